#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QString>

/// Extra trust anchors from a PEM file (--ca-file, the wizard's CA field): added to the system's anchors,
/// never instead of them, and never a way to ignore certificate errors.
class TrustAnchors
{
    Q_DECLARE_TR_FUNCTIONS(TrustAnchors)

public:
    /// The certificates in the PEM file `path`; empty (and *error naming the file) when it cannot be read
    /// or holds no certificate.
    static QList<QSslCertificate> load(const QString &path, QString *error);
    /// Makes the process-wide default QSslConfiguration (every later request of every
    /// QNetworkAccessManager) trust the system's anchors plus those in `path`; an empty path means the
    /// system's alone. False (and *error) leaves the configuration as it was.
    static bool use(const QString &path, QString *error);
};
