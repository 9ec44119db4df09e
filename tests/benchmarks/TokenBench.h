#pragma once

#include "BenchRow.h"

// Token checks per second (RS256, 2048-bit, warm JWKS) against raw OpenSSL verify.
namespace TokenBench {
QList<BenchRow> run();
}
