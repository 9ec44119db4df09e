#pragma once

#include "BenchRow.h"

// DESIGN §8: preview regeneration + highlight after one edit, 200 and 5 metadata fields.
namespace PreviewBench {
QList<BenchRow> run();
}
