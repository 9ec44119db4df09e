#include "CliNetwork.h"

#include "TrustAnchors.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>

void CliNetwork::addOptions(QCommandLineParser &parser, bool caFile)
{
    if (caFile)
        parser.addOption(
            {QStringLiteral("ca-file"), QStringLiteral("Extra trust anchors (PEM)."), QStringLiteral("PEM")});
    parser.addOption({QStringLiteral("timeout"), QStringLiteral("Seconds per request (default 30)."),
                      QStringLiteral("S"), QStringLiteral("30")});
}

bool CliNetwork::configure(const QCommandLineParser &parser, QString *error)
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    if (!parser.isSet(QStringLiteral("ca-file")))
        return true;
    const QString path = parser.value(QStringLiteral("ca-file"));
    if (path.isEmpty()) {
        *error = QStringLiteral("--ca-file needs the path of a PEM file");
        return false;
    }
    return TrustAnchors::use(path, error);
}

int CliNetwork::timeoutMs(const QCommandLineParser &parser)
{
    bool ok = false;
    const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
    return ok && seconds > 0 && seconds <= 3600 ? int(seconds * 1000) : 0;
}

QNetworkAccessManager *CliNetwork::createManager(QObject *parent)
{
    return new QNetworkAccessManager(parent);
}
