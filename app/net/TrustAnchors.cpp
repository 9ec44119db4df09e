#include "net/TrustAnchors.h"

#include "core/FileReader.h"

#include <QSslConfiguration>

Result<QList<QSslCertificate>> TrustAnchors::load(const QString &path)
{
    const QString fix = tr("Choose a PEM file with the certificate(s) of the CA to trust.");
    // PEM bundles are regular files: a device or a FIFO is not one (FileReader's size limit applies).
    const Result<QByteArray> file = FileReader::read(path, FileReader::Kind::RegularOnly);
    if (!file)
        return Problem{QStringLiteral("ca_file"), tr("Extra CA certificates: %1").arg(file.problem().message),
                       fix};
    const QByteArray &pem = *file;
    QList<QSslCertificate> certs;
    for (const QSslCertificate &cert : QSslCertificate::fromData(pem, QSsl::Pem)) {
        if (!cert.isNull())
            certs << cert;
    }
    if (certs.isEmpty())
        return Problem{QStringLiteral("ca_file"),
                       tr("The CA file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).").arg(path),
                       fix};
    return certs;
}

Result<void> TrustAnchors::use(const QString &path)
{
    QList<QSslCertificate> extra;
    if (!path.isEmpty()) {
        const auto loaded = load(path);
        if (!loaded)
            return loaded.problem();
        extra = *loaded;
    }
    // The system's anchors are listed explicitly: adding certificates to the default configuration turns
    // off Qt's on-demand loading of the system store, which would leave only the extra ones trusted.
    static const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates(system + extra);
    QSslConfiguration::setDefaultConfiguration(config);
    return {};
}
