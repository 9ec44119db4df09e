#pragma once

#include <QString>

class QNetworkReply;

/// The certificate errors of a reply, kept so that a failed TLS connection is reported with its host and
/// reason. They are only recorded: nothing here (or anywhere in the tool) ignores them.
class TlsFailure
{
public:
    /// Records the certificate errors `reply` reports (QNetworkReply::sslErrors) on the reply itself.
    static void watch(QNetworkReply *reply);
    /// True when `reply` failed in the TLS handshake: a certificate error or a handshake failure.
    static bool failed(const QNetworkReply *reply);
    /// Why: the recorded certificate errors ("The certificate is self-signed, and untrusted; ..."), else the
    /// reply's error string.
    static QString reason(const QNetworkReply *reply);
};
