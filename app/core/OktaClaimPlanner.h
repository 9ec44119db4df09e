#pragma once

#include "core/Finding.h"
#include "core/OktaSetupStep.h"
#include "core/OktaState.h"
#include "core/ProviderSettings.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

/// Which access-token claims the metadata fields need that Okta does not issue yet, and how to value them.
class OktaClaimPlanner
{
    Q_DECLARE_TR_FUNCTIONS(OktaClaimPlanner)

public:
    /// Claims Okta puts into every access token of a custom authorization server.
    static const QStringList &defaultAccessTokenClaims();
    /// The Okta expression for a well-known claim ("email" → "user.email"); empty when unknown. Groups are
    /// no expression: claimBody makes them a GROUPS claim.
    static QString knownExpression(const QString &claim);
    /// The body that creates `claim` as an ACTIVE RESOURCE claim valued by `expression` (groups without an
    /// expression: a GROUPS claim matching every group).
    static QJsonObject claimBody(const QString &claim, const QString &expression);

    /// Appends a CreateClaim step per missing claim, and findings for nested, unknown, inactive or
    /// differently valued claims (never changed).
    static void plan(const OktaState &state, const ProviderSettings &settings,
                     const QMap<QString, QString> &claimValues, QList<OktaSetupStep> *steps,
                     Findings *findings);
};
