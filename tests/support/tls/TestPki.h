#pragma once

#include <QByteArray>
#include <QStringList>

/// A certificate and its private key, PEM.
struct TestCert
{
    QByteArray certPem;
    QByteArray keyPem;
};

/// Test-time certificates made with OpenSSL 3 (EC P-256, SHA-256): a CA (basicConstraints CA:TRUE) and
/// server certificates it signs, with chosen subjectAltNames and validity. Never for real use.
class TestPki
{
public:
    /// A self-signed CA named `commonName`.
    static TestCert makeCa(const QString &commonName);
    /// A server certificate for `dnsNames` and `ipAddresses` (subjectAltName) signed by `ca`, valid from
    /// now + `notBeforeSecs` to now + `notAfterSecs` (negative values lie in the past).
    static TestCert makeServer(const TestCert &ca, const QStringList &dnsNames,
                               const QStringList &ipAddresses, long notBeforeSecs = -3600,
                               long notAfterSecs = 86400);
};
