#pragma once

/// Exit codes of `okta-jwt`, the same for every command so scripts can branch on them.
enum ExitCode
{
    ExitOk = 0,
    ExitCheckFailed = 1, // invalid config or token, or diff found differences
    ExitUsage = 2,       // usage or input error
    ExitRemote = 3,      // network or remote error
};
