#pragma once

#include "core/MetadataField.h"
#include "core/SandboxConnection.h"
#include "sandbox/AdminSandbox.h"
#include "sandbox/OktaSandbox.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

/// Both simulators together, for `okta-jwt sandbox` and the wizard's --sandbox mode: an Okta custom
/// authorization server and the Admin API, each on 127.0.0.1, and everything a person needs to walk through
/// the product without an Okta or Atlas account. Nothing here ever talks to a real service.
class Sandbox : public QObject
{
    Q_OBJECT

public:
    explicit Sandbox(QObject *parent = nullptr);

    /// Okta on `oktaPort` (0: any free port), the Admin API on the next free port after it.
    bool start(quint16 oktaPort = 0, QString *error = nullptr);

    OktaSandbox *okta() { return &m_okta; }
    AdminSandbox *admin() { return &m_admin; }

    QString oktaDomain() const { return m_okta.domain(); }
    QString authServerId() const { return m_okta.authServerId(); }
    QString adminApiUrl() const { return m_admin.baseUrl(); }
    QString projectId() const { return m_admin.projectId(); }
    /// The demo App whose Client App ID the demo tokens carry as their audience.
    static QString demoClientAppId() { return QStringLiteral("myapp-abcde"); }
    /// The sandbox's own demo API key pair: accepted by this simulator only, so it is no secret.
    QString publicKey() const { return m_admin.publicKey(); }
    QString privateKey() const { return m_admin.privateKey(); }
    /// A fresh demo access token for the demo App (aud = its Client App ID), with a few profile claims.
    QByteArray mintDemoToken() const;

    /// Healthy simulators again (no faults, client API served, no log lag) for the next test; data stays.
    void resetBehaviour();
    /// What a deploy leaves on the demo App: its custom-token provider replaced by one for this Okta sandbox
    /// with these audiences and metadata fields (the client API's logins then apply it).
    void deployDemoProvider(const QStringList &audience, const QList<MetadataField> &fields);

    /// Everything above as the wizard takes it (mintDemoToken stays bound to this sandbox while it lives).
    SandboxConnection connection();
    /// What okta-jwt-wizard gives its SetupWizard: the first call creates a Sandbox as a child of `owner`
    /// and starts it on free ports (so its keys are made only when asked for); later calls reuse it.
    static SandboxStarter starter(QObject *owner);

    /// Everything above as one JSON object (for `okta-jwt sandbox --json` and scripts).
    QJsonObject describe() const;

private:
    OktaSandbox m_okta;
    AdminSandbox m_admin;
};
