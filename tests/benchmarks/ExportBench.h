#pragma once

#include "BenchRow.h"

// Export into an app directory whose auth/providers.json is 2 MB (generated at run time), against plainly
// reading and writing the same file.
namespace ExportBench {
QList<BenchRow> run();
}
