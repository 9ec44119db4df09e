#pragma once

#include "BenchRow.h"

// Okta setup against the in-process Okta sandbox seeded like a fresh developer org with two mapped claims:
// requests sent against the minimum (the reads plus the two claim creates; a second run: the reads only).
namespace OktaSetupBench {
QList<BenchRow> run();
}
