#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

/// A compact JWS (header.payload.signature) decoded strictly; no signature or claim check here.
class Jwt
{
    Q_DECLARE_TR_FUNCTIONS(Jwt)

public:
    /// Decodes `compact`; on any defect a `token_malformed` Problem names the part and the reason.
    static Result<Jwt> parse(const QByteArray &compact);

    QJsonObject header() const { return m_header; }
    QJsonObject claims() const { return m_claims; }
    /// The raw "header.payload" bytes the signature covers.
    QByteArray signingInput() const { return m_signingInput; }
    QByteArray signature() const { return m_signature; }

    /// The header's `alg` if it is a string, else empty.
    QString alg() const;
    bool hasKid() const;
    /// The header's `kid` if it is a string, else empty.
    QString kid() const;

private:
    static Result<QJsonObject> decodeJsonPart(const QByteArray &part, const QString &name);

    QJsonObject m_header;
    QJsonObject m_claims;
    QByteArray m_signingInput;
    QByteArray m_signature;
};
