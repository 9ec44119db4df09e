#pragma once

#include "core/Finding.h"

#include <QJsonObject>
#include <QStringList>

/// The outcome of TokenChecker::check: failures and warnings in the order App Services meets them, the
/// decoded token, the matched key id and the user `data` document App Services would build.
struct TokenCheckResult
{
    Findings failures; // Severity::Error, codes such as "kid_unknown"
    Findings warnings; // Severity::Warning, codes such as "org_server"
    QJsonObject header;
    QJsonObject claims;
    QString kid;          // the kid of the key that verified the signature; empty if none did
    QJsonObject userData; // effective field name -> claim value
    /// True when the JWKS was fetched a second time because the first set lacked the token's kid.
    bool jwksRefetched = false;
    /// True when the only key problem is an unknown kid: the caller may refetch the JWKS once
    /// (JwksRefetchPolicy) and check again with the new set.
    bool needsJwksRefetch = false;
    /// False for TokenChecker::checkWithoutKeys(): every check ran except the signature's.
    bool signatureChecked = true;

    bool isValid() const { return failures.isEmpty(); }
    QStringList failureCodes() const;
    QStringList warningCodes() const;
    bool hasFailure(const QString &code) const { return failureCodes().contains(code); }
    bool hasWarning(const QString &code) const { return warningCodes().contains(code); }

    /// False only for failures App Services itself never checks: it has no issuer setting, so an
    /// `issuer_mismatch` is a setup mistake the local check reports, not a reason App Services refuses.
    static bool refusedByAppServices(const QString &failureCode);
    /// The failure codes App Services itself would refuse the token for, in check order.
    QStringList refusingCodes() const;
    bool refusedByAppServices() const { return !refusingCodes().isEmpty(); }

    /// {"valid", "refused_by_app_services", "failures": [{code, message, refused_by_app_services}],
    /// "warnings": [{code, message}], "header", "claims", "kid", "user_data", "jwks_refetched"} (`kid` is
    /// null when no key matched).
    QJsonObject toJson() const;
};
