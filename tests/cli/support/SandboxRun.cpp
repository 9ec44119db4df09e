#include "SandboxRun.h"

#include "Sandbox.h"

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
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("MONGODB_ATLAS_PUBLIC_API_KEY"), sandbox.publicKey());
    e.insert(QStringLiteral("MONGODB_ATLAS_PRIVATE_API_KEY"), sandbox.privateKey());
    return e;
}

QStringList SandboxRun::writes(Sandbox &sandbox)
{
    QStringList out;
    for (const QString &line : sandbox.admin()->requestLines()) {
        if (!line.startsWith(QLatin1String("GET ")) && !line.contains(QLatin1String("/login")))
            out << line;
    }
    return out;
}
