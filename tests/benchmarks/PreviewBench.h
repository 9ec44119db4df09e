#pragma once

#include "BenchRow.h"

// Preview regeneration + highlight after one edit, 200 and 5 metadata fields.
namespace PreviewBench {
QList<BenchRow> run();
}
