#include "TrustAnchors.h"

#include <QFile>
#include <QFileInfo>
#include <QSslConfiguration>

QList<QSslCertificate> TrustAnchors::load(const QString &path, QString *error)
{
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
        *error = tr("The CA file %1 cannot be read: %2")
                     .arg(path, QFileInfo(path).isDir() ? tr("it is a directory") : file.errorString());
        return {};
    }
    // PEM bundles are small; a larger file is not one.
    const QByteArray pem = file.read(16 * 1024 * 1024);
    QList<QSslCertificate> certs;
    for (const QSslCertificate &cert : QSslCertificate::fromData(pem, QSsl::Pem)) {
        if (!cert.isNull())
            certs << cert;
    }
    if (certs.isEmpty())
        *error = tr("The CA file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).").arg(path);
    return certs;
}

bool TrustAnchors::use(const QString &path, QString *error)
{
    QList<QSslCertificate> extra;
    if (!path.isEmpty()) {
        extra = load(path, error);
        if (extra.isEmpty())
            return false;
    }
    // The system's anchors are listed explicitly: adding certificates to the default configuration turns
    // off Qt's on-demand loading of the system store, which would leave only the extra ones trusted.
    static const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates(system + extra);
    QSslConfiguration::setDefaultConfiguration(config);
    return true;
}
