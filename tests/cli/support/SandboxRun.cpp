#include "SandboxRun.h"

#include "CliRunner.h"
#include "sandbox/Sandbox.h"

QStringList SandboxRun::args(const Sandbox &sandbox, const QString &command, const QString &app)
{
    return {command,
            "--okta-domain",
            sandbox.oktaDomain(),
            "--claim",
            "uid",
            "--admin-api",
            sandbox.adminApiUrl(),
            "--project-id",
            sandbox.projectId(),
            "--app",
            app,
            "--timeout",
            "5"};
}

QProcessEnvironment SandboxRun::env(const Sandbox &sandbox)
{
    return withApiKey(QProcessEnvironment::systemEnvironment(), sandbox.publicKey(), sandbox.privateKey());
}

QStringList SandboxRun::writes(Sandbox &sandbox)
{
    return sandbox.admin()->writeLines();
}
