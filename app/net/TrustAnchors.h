#pragma once

#include "core/Result.h"

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
    /// The certificates in the PEM file `path`; a `ca_file` Problem naming the file when it cannot be read
    /// or holds no certificate.
    static Result<QList<QSslCertificate>> load(const QString &path);
    /// Makes the process-wide default QSslConfiguration (every later request of every
    /// QNetworkAccessManager) trust the system's anchors plus those in `path`; an empty path means the
    /// system's alone. A Problem leaves the configuration as it was.
    static Result<void> use(const QString &path);
};
