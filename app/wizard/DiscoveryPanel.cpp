#include "DiscoveryPanel.h"

#include "OktaClient.h"
#include "TokenChecker.h"
#include "WizardModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

DiscoveryPanel::DiscoveryPanel(WizardModel *model, QNetworkAccessManager *nam, QWidget *parent)
    : QWidget(parent), m_model(model), m_client(new OktaClient(nam, this)),
      m_discover(new QPushButton(QIcon(QStringLiteral(":/icons/search.svg")), tr("D&iscover"), this)),
      m_cancel(new QPushButton(tr("Stop"), this)), m_status(new QLabel(this)), m_keys(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("discoveryPanel"));
    m_discover->setObjectName(QStringLiteral("discoverButton"));
    m_discover->setToolTip(tr("Read the authorization server's discovery document and keys"));
    m_discover->setAutoDefault(false);
    m_cancel->setObjectName(QStringLiteral("cancelDiscoveryButton"));
    m_cancel->setAccessibleName(tr("Stop discovery"));
    m_cancel->setAutoDefault(false);
    m_cancel->setVisible(false);
    m_status->setObjectName(QStringLiteral("discoveryStatusLabel"));
    m_status->setVisible(false);
    m_keys->setObjectName(QStringLiteral("discoveryKeysTreeWidget"));
    m_keys->setAccessibleName(tr("Signing keys"));
    m_keys->setHeaderLabels({tr("Key id (kid)"), tr("Algorithm"), tr("Use")});
    m_keys->setRootIsDecorated(false);
    m_keys->setMaximumHeight(100);
    m_keys->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_keys->setVisible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_discover);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_keys);

    connect(m_discover, &QPushButton::clicked, this, &DiscoveryPanel::discover);
    connect(m_cancel, &QPushButton::clicked, this, &DiscoveryPanel::cancel);
    connect(m_model, &WizardModel::changed, this, &DiscoveryPanel::updateEnabled);
    connect(m_client, &OktaClient::discovered, this,
            [this](const DiscoveryDocument &doc, const Findings &warnings) {
                m_warnings = warnings;
                // DESIGN §3: a discovered jwkURI is taken verbatim from jwks_uri.
                m_model->update([&doc](ProviderSettings &s) {
                    s.issuer = doc.issuer();
                    s.jwkUri = doc.jwksUri();
                });
                m_client->fetchJwks(doc.jwksUri());
            });
    connect(m_client, &OktaClient::jwksReady, this, [this](const QString &, const JwkSet &keys, bool) {
        m_keys->clear();
        for (const Jwk &key : keys.keys())
            new QTreeWidgetItem(m_keys, {key.hasKid() ? key.kid() : tr("(none)"), key.alg(), key.use()});
        m_keys->setVisible(true);
        const Findings warnings = m_warnings + TokenChecker::jwksWarnings(keys);
        const qsizetype count = keys.keys().size();
        QStringList lines{
            (count == 1 ? tr("Found the issuer %1 and 1 key.") : tr("Found the issuer %1 and %2 keys."))
                .arg(m_model->settings().issuer.toHtmlEscaped())
                .arg(count)};
        for (const Finding &f : warnings)
            lines << f.message.toHtmlEscaped() + QLatin1Char(' ') + f.hint.toHtmlEscaped();
        finish(warnings.isEmpty() ? FindingLabel::Kind::Success : FindingLabel::Kind::Warning,
               lines.join(QStringLiteral("<br>")));
    });
    connect(m_client, &OktaClient::failed, this, [this](const Finding &error) {
        if (error.code == QLatin1String("okta_cancelled"))
            return finish(FindingLabel::Kind::Info, tr("Discovery stopped."));
        finish(FindingLabel::Kind::Error,
               error.message.toHtmlEscaped() + QStringLiteral("<br>") + error.hint.toHtmlEscaped());
    });
    updateEnabled();
}

bool DiscoveryPanel::isBusy() const
{
    return m_client->isBusy() || !m_cancel->isHidden();
}

void DiscoveryPanel::discover()
{
    if (isBusy())
        return;
    m_warnings.clear();
    m_keys->clear();
    m_keys->setVisible(false);
    setBusy(true);
    FindingLabel::showMessage(m_status, FindingLabel::Kind::Info, tr("Discovering…"));
    const ProviderSettings &s = m_model->settings();
    m_client->discover(s.oktaDomain, s.authServerId);
}

void DiscoveryPanel::cancel()
{
    m_client->cancel(); // failed(okta_cancelled) follows
}

void DiscoveryPanel::finish(FindingLabel::Kind kind, const QString &html)
{
    setBusy(false);
    FindingLabel::showMessage(m_status, kind, html);
}

void DiscoveryPanel::setBusy(bool busy)
{
    m_cancel->setVisible(busy);
    m_discover->setVisible(!busy);
    updateEnabled();
    if (busy)
        m_cancel->setFocus();
    else
        m_discover->setFocus();
}

void DiscoveryPanel::updateEnabled()
{
    // Discovery needs what core accepts as domain and server; it never guesses.
    const Findings findings =
        m_model->findingsFor({QStringLiteral("oktaDomain"), QStringLiteral("authServerId")});
    const ProviderSettings &s = m_model->settings();
    m_discover->setEnabled(!s.oktaDomain.isEmpty() && !hasErrors(findings) &&
                           s.verification == ProviderSettings::Verification::JwkUri);
}
