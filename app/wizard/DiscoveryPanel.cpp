#include "wizard/DiscoveryPanel.h"

#include "core/FieldKeys.h"
#include "core/TokenChecker.h"
#include "net/OktaClient.h"
#include "wizard/WizardModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <utility>

DiscoveryPanel::DiscoveryPanel(WizardModel *model, QNetworkAccessManager *nam, QWidget *parent)
    : QWidget(parent), m_model(model), m_client(new OktaClient(nam, this)),
      m_discover(new QPushButton(QIcon(QStringLiteral(":/icons/search.svg")), tr("D&iscover"), this)),
      m_cancel(new QPushButton(tr("Stop"), this)), m_status(new FindingLabel(this)),
      m_keys(new QTreeWidget(this))
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
    connect(m_model, &WizardModel::changed, this, &DiscoveryPanel::render);
    connect(m_client, &OktaClient::discovered, this,
            [this](const DiscoveryDocument &doc, const Findings &warnings) {
                m_found.issuer = doc.issuer();
                m_found.jwksUri = doc.jwksUri(); // taken verbatim: Okta publishes where its keys are
                m_found.warnings = warnings;
                m_client->fetchJwks(doc.jwksUri());
            });
    connect(m_client, &OktaClient::jwksReady, this, [this](const QString &, const JwkSet &keys, bool) {
        WizardModel::Discovery result = m_found;
        result.status = WizardModel::Discovery::Status::Found;
        result.keys = keys;
        result.warnings << TokenChecker::jwksWarnings(keys);
        finish(result);
    });
    connect(m_client, &OktaClient::failed, this, &DiscoveryPanel::fail);
    render();
}

bool DiscoveryPanel::isBusy() const
{
    return m_client->isBusy() || m_model->discovery().status == WizardModel::Discovery::Status::Running;
}

void DiscoveryPanel::discover()
{
    if (isBusy() || !m_discover->isEnabled())
        return;
    m_found = WizardModel::Discovery();
    m_hadFocus = true;
    m_stopRequested = false;
    m_inputs = m_model->beginDiscovery();
    const ProviderSettings &s = m_model->settings();
    m_client->discover(s.oktaDomain.trimmed(), s.authServerId.trimmed());
}

void DiscoveryPanel::cancel()
{
    m_stopRequested = true;
    m_client->cancel(); // failed(okta_cancelled) follows
}

void DiscoveryPanel::fail(const Problem &error)
{
    // A request stopped because its inputs changed says so late, maybe while a new discovery runs: only the
    // user's Stop ends a discovery as stopped.
    if (error.code == QLatin1String("okta_cancelled") && !std::exchange(m_stopRequested, false))
        return;
    WizardModel::Discovery result;
    result.status = WizardModel::Discovery::Status::Failed;
    result.error = error;
    finish(result);
}

void DiscoveryPanel::finish(const WizardModel::Discovery &result)
{
    m_model->finishDiscovery(m_inputs, result); // ignored when the domain or server changed meanwhile
    render();
}

void DiscoveryPanel::render()
{
    using Status = WizardModel::Discovery::Status;
    const WizardModel::Discovery &d = m_model->discovery();
    // The inputs changed under a running discovery: its answer would be for something no longer entered.
    if (d.status != Status::Running && m_client->isBusy())
        m_client->cancel();
    const bool busy = d.status == Status::Running;
    const bool cancelHadFocus = m_cancel->hasFocus();
    m_cancel->setVisible(busy);
    m_discover->setVisible(!busy);
    if (busy && m_hadFocus)
        m_cancel->setFocus();
    else if (!busy && cancelHadFocus)
        m_discover->setFocus();
    m_hadFocus = false;

    // Discovery needs what core accepts as domain and server; it never guesses.
    const ProviderSettings &s = m_model->settings();
    const Findings findings = m_model->findingsFor({FieldKeys::OktaDomain, FieldKeys::AuthServerId});
    m_discover->setEnabled(!s.oktaDomain.trimmed().isEmpty() && !hasErrors(findings) &&
                           s.verification == ProviderSettings::Verification::JwkUri);

    m_keys->clear();
    m_keys->setVisible(d.status == Status::Found);
    for (const Jwk &key : d.keys.keys())
        new QTreeWidgetItem(m_keys, {key.hasKid() ? key.kid() : tr("(none)"), key.alg(), key.use()});
    switch (d.status) {
    case Status::None:
        m_status->showMessage(FindingLabel::Kind::Info, QString());
        break;
    case Status::Running:
        m_status->showMessage(FindingLabel::Kind::Info, tr("Discovering…"));
        break;
    case Status::Failed:
        if (d.error.code == QLatin1String("okta_cancelled"))
            m_status->showMessage(FindingLabel::Kind::Info, tr("Discovery stopped."));
        else
            m_status->showMessage(FindingLabel::Kind::Error, d.error.message.toHtmlEscaped() +
                                                                 QStringLiteral("<br>") +
                                                                 d.error.fix.toHtmlEscaped());
        break;
    case Status::Found: {
        const qsizetype count = d.keys.keys().size();
        QStringList lines{
            tr("Found the issuer %1 and %n key(s).", nullptr, int(count)).arg(d.issuer.toHtmlEscaped())};
        for (const Finding &f : d.warnings)
            lines << f.message.toHtmlEscaped() + QLatin1Char(' ') + f.hint.toHtmlEscaped();
        m_status->showMessage(d.warnings.isEmpty() ? FindingLabel::Kind::Success
                                                   : FindingLabel::Kind::Warning,
                              lines.join(QStringLiteral("<br>")));
        break;
    }
    }
}
