#pragma once

#include "BenchRow.h"

// `okta-jwt deploy` against the in-process sandbox: request counts for create and update,
// wall time against a curl script making the same requests, and discovery running beside the login.
namespace DeployBench {
QList<BenchRow> run();
}
