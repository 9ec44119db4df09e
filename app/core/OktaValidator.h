#pragma once

#include "core/FieldKeys.h"
#include "core/Finding.h"

#include <QCoreApplication>
#include <QString>

/// The Okta-side rules of the model: domain, authorization server id and JWK URI.
class OktaValidator
{
    Q_DECLARE_TR_FUNCTIONS(OktaValidator)

public:
    static Findings validateDomain(const QString &domain);
    static Findings validateAuthServer(const QString &authServerId);
    static Findings validateJwkUri(const QString &uri, const QString &field = FieldKeys::JwkUri);

    static bool isLoopbackHost(const QString &host);
    /// `{yourOktaDomain}`, `${OKTA_DOMAIN}` or `__IdentityUrl__`: a value meant to be filled in later.
    static bool isPlaceholder(const QString &value);
};
