#include "CliNetwork.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QSslCertificate>
#include <QSslConfiguration>

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
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(path, QSsl::Pem);
    if (certs.isEmpty()) {
        *error = QStringLiteral("%1 holds no PEM certificate").arg(path);
        return false;
    }
    // Added to the system's anchors, never instead of them, and never a switch to ignore errors.
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.addCaCertificates(certs);
    QSslConfiguration::setDefaultConfiguration(config);
    return true;
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
