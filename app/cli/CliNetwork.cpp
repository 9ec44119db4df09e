#include "cli/CliNetwork.h"

#include "net/TrustAnchors.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>

CliOptions CliNetwork::options()
{
    using O = CliOption;
    return {
        O::valued(QStringLiteral("ca-file"), QStringLiteral("PEM"),
                  QStringLiteral("Extra trust anchors (PEM), added to the system's."), O::Group::Network,
                  O::Value::File),
        O::valued(QStringLiteral("timeout"), QStringLiteral("S"), QStringLiteral("Seconds per request."),
                  O::Group::Network)
            .withDefault(QStringLiteral("30")),
    };
}

bool CliNetwork::configure(const CommandArgs &parser, QString *error)
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    if (!parser.isSet(QStringLiteral("ca-file")))
        return true;
    const QString path = parser.value(QStringLiteral("ca-file"));
    if (path.isEmpty()) {
        *error = QStringLiteral("--ca-file needs the path of a PEM file");
        return false;
    }
    const Result<void> trusted = TrustAnchors::use(path);
    if (!trusted)
        *error = trusted.problem().message;
    return trusted.ok();
}

int CliNetwork::timeoutMs(const CommandArgs &parser)
{
    bool ok = false;
    const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
    return ok && seconds > 0 && seconds <= 3600 ? int(seconds * 1000) : 0;
}

QNetworkAccessManager *CliNetwork::createManager(QObject *parent)
{
    return new QNetworkAccessManager(parent);
}
