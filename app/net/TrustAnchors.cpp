#include "net/TrustAnchors.h"

#include "core/FileReader.h"

#include <QSslConfiguration>

QList<QSslCertificate> TrustAnchors::load(const QString &path, QString *error)
{
    // PEM bundles are regular files: a device or a FIFO is not one (FileReader's size limit applies).
    const FileReader::Result file = FileReader::read(path, FileReader::Kind::RegularOnly);
    if (!file.ok) {
        *error = tr("Extra CA certificates: %1").arg(file.error);
        return {};
    }
    const QByteArray &pem = file.data;
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
