#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <functional>

/// Whether App Services would accept a custom-token login: the project's own token check with App Services'
/// rules (no issuer check, its audience default) and App Services' error texts instead of the wizard's.
class AppServicesLoginCheck
{
public:
    /// The JWKS (JSON text) served at a jwk URI, or empty when the URI is unknown to the sandbox.
    using JwksSource = std::function<QByteArray(const QString &uri)>;

    /// Why App Services would refuse `token` for the app `clientAppId` under the custom-token `provider`
    /// (its error text), or empty when it accepts it; *claims and *data get the token's claims and the
    /// user's metadata either way.
    static QString refusal(const QString &clientAppId, const QJsonObject &provider, const QByteArray &token,
                           const JwksSource &jwks, QJsonObject *claims, QJsonObject *data);
    /// App Services' own wording for a refusing check code (`field`: the metadata field it concerns).
    static QString text(const QString &code, const QString &expectedAudience, const QString &field);
};
