#pragma once

#include "core/Finding.h"
#include "core/OktaSetupStep.h"
#include "core/OktaState.h"
#include "core/ProviderSettings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QString>

/// The ordered changes that make Okta issue access tokens App Services accepts: audience, access policy, rule
/// and access-token claims, computed from the Okta state and the provider settings without any I/O.
class OktaSetupPlan
{
    Q_DECLARE_TR_FUNCTIONS(OktaSetupPlan)

public:
    struct Options
    {
        QString createAuthServer; // name of a dedicated server to create (or find by exact name)
        bool replaceAudience = false;
        QString group;                      // rule people: this group id instead of EVERYONE
        QMap<QString, QString> claimValues; // claim name → Okta expression
    };

    /// The loopback redirect the sign-in uses by default.
    static QString defaultRedirectUri() { return QStringLiteral("http://localhost:8484/callback"); }
    static OktaSetupPlan make(const OktaState &state, const ProviderSettings &settings,
                              const QString &clientAppId, const QString &clientId, const Options &options);

    const QList<OktaSetupStep> &steps() const { return m_steps; }
    const Findings &findings() const { return m_findings; }
    /// A finding blocks every write (nested or unknown claims, org server, missing app...).
    bool isBlocked() const { return hasErrors(m_findings); }
    bool hasOktaWrites() const;
    /// The audience App Services must check after this plan, when it differs from the settings' (else empty).
    QString alignedAudience() const;
    bool isEmpty() const { return m_steps.isEmpty(); }
    QJsonArray stepsJson() const;
    QJsonArray findingsJson() const;

private:
    void planAudience(const OktaState &state, const ProviderSettings &settings, const QString &clientAppId,
                      const Options &options);
    void checkKeys(const OktaState &state);
    void checkApp(const OktaState &state);
    void planAccess(const OktaState &state, const QString &clientId, const Options &options);

    QList<OktaSetupStep> m_steps;
    Findings m_findings;
};
