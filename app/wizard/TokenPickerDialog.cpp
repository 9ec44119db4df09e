#include "wizard/TokenPickerDialog.h"

#include "core/FieldKeys.h"
#include "core/Jwt.h"
#include "core/TokenChecker.h"
#include "net/OktaClient.h"
#include "ui_TokenPickerDialog.h"
#include "wizard/Accessibility.h"
#include "wizard/FindingLabel.h"

#include <QFontDatabase>
#include <QPointer>
#include <QPushButton>

TokenPickerDialog::TokenPickerDialog(const ProviderSettings &settings, QNetworkAccessManager *nam,
                                     QWidget *parent)
    : QDialog(parent), ui(new Ui::TokenPickerDialog), m_settings(settings),
      m_client(new OktaClient(nam, this))
{
    ui->setupUi(this);
    ui->tokenTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    ui->tokenCheckSummary->setEmptyText(tr("Paste an access token and choose Check token."));
    ui->claimsTree->setMappedFields(settings.metadataFields);
    ui->checkCancelButton->setVisible(false);
    ui->checkProgressBar->setVisible(false);
    ui->tokenCheckErrorLabel->setVisible(false);
    QPushButton *ok = ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Use ticked claims"));
    ok->setObjectName(QStringLiteral("useClaimsButton"));
    Accessibility::nameInputsFromBuddies(this);
    ui->checkTokenButton->setAccessibleName(Accessibility::withoutMnemonic(ui->checkTokenButton->text()));
    ui->checkCancelButton->setAccessibleName(Accessibility::withoutMnemonic(ui->checkCancelButton->text()));

    connect(ui->checkTokenButton, &QPushButton::clicked, this, &TokenPickerDialog::check);
    connect(ui->checkCancelButton, &QPushButton::clicked, this, &TokenPickerDialog::cancel);
    connect(ui->mintDemoTokenButton, &QPushButton::clicked, this, &TokenPickerDialog::mintDemoToken);
    connect(ui->tokenTextEdit, &QPlainTextEdit::textChanged, this,
            [this] { ui->checkTokenButton->setEnabled(!m_busy && !token().isEmpty()); });
    connect(m_client, &OktaClient::tokenChecked, this, &TokenPickerDialog::showChecked);
    connect(m_client, &OktaClient::failed, this, &TokenPickerDialog::showFailure);
    // Ticking a claim changes the user data App Services would build: show it at once.
    connect(ui->claimsTree, &ClaimsTreeWidget::claimSelectionChanged, this, [this] {
        if (m_hasResult)
            ui->tokenCheckSummary->setResult(TokenChecker::withMetadataFields(m_result, mergedFields()));
    });
    ui->checkTokenButton->setEnabled(false);
}

TokenPickerDialog::~TokenPickerDialog() = default;

void TokenPickerDialog::setToken(const QString &token)
{
    ui->tokenTextEdit->setPlainText(token);
}

void TokenPickerDialog::setDemoTokenSource(DemoTokenSource mint)
{
    m_mintDemoToken = std::move(mint);
    ui->mintDemoTokenButton->setVisible(bool(m_mintDemoToken));
    ui->mintDemoTokenButton->setAccessibleName(
        Accessibility::withoutMnemonic(ui->mintDemoTokenButton->text()));
}

void TokenPickerDialog::mintDemoToken()
{
    if (m_busy || m_minting || !m_mintDemoToken)
        return;
    m_minting = true;
    ui->mintDemoTokenButton->setEnabled(false);
    const QPointer<TokenPickerDialog> self(this); // the answer may come after the dialog closed
    m_mintDemoToken([self](const QByteArray &token) {
        if (self)
            self->useDemoToken(token);
    });
}

void TokenPickerDialog::useDemoToken(const QByteArray &token)
{
    m_minting = false;
    ui->mintDemoTokenButton->setEnabled(!m_busy);
    if (token.isEmpty())
        return showFailure(Problem{QStringLiteral("sandbox_stopped"),
                                   tr("The built-in sandbox no longer runs: no demo token."),
                                   tr("Restart okta-jwt-wizard with --sandbox."), QString()});
    setToken(QString::fromLatin1(token));
    check();
}

QByteArray TokenPickerDialog::token() const
{
    // A copied Authorization header or a trailing newline is what people paste; inner whitespace stays
    // (and makes the token malformed, as it would for App Services).
    QString text = ui->tokenTextEdit->toPlainText().trimmed();
    if (text.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive))
        text = text.mid(7).trimmed();
    return text.toUtf8();
}

QList<MetadataField> TokenPickerDialog::selectedFields() const
{
    return ui->claimsTree->selectedFields();
}

QList<MetadataField> TokenPickerDialog::mergedFields() const
{
    return ui->claimsTree->mergedFields();
}

void TokenPickerDialog::check()
{
    if (m_busy || token().isEmpty())
        return;
    m_hasResult = false;
    ui->tokenCheckErrorLabel->showMessage(FindingLabel::Kind::Info, QString());
    TokenCheckOptions options = TokenCheckOptions::fromSettings(m_settings);
    if (m_settings.jwkUri.isEmpty() && m_settings.discoveredJwkUri.isEmpty())
        options.jwksUri.clear(); // let discovery say where the keys are rather than the derived guess
    // Structure, algorithm, issuer, audience, times and claims need no network: they are shown at once,
    // and a token that cannot even be decoded is never sent anywhere.
    m_offline = TokenChecker::checkWithoutKeys(token(), options);
    showResult(m_offline);
    if (m_offline.claims.isEmpty() && m_offline.header.isEmpty())
        return finishWith(m_offline);
    if (!m_settings.oktaDomain.trimmed().isEmpty()) {
        m_client->discoverAndVerify(m_settings.oktaDomain.trimmed(), m_settings.authServerId.trimmed(),
                                    token(), options);
    } else if (!options.jwksUri.isEmpty()) {
        m_client->verifyToken(token(), options);
    } else {
        return showFailure(Problem{QStringLiteral("okta_domain_missing"),
                                   tr("No Okta domain or JWK URI to fetch the signing keys from."),
                                   tr("Enter the Okta domain on the Okta page first."),
                                   FieldKeys::OktaDomain});
    }
    setBusy(true);
}

void TokenPickerDialog::cancel()
{
    if (m_busy)
        m_client->cancel(); // failed(okta_cancelled) follows, from the event loop
}

void TokenPickerDialog::reject()
{
    cancel();
    QDialog::reject();
}

void TokenPickerDialog::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    ui->checkTokenButton->setEnabled(!busy && !token().isEmpty());
    ui->mintDemoTokenButton->setEnabled(!busy && !m_minting);
    ui->checkCancelButton->setVisible(busy);
    ui->checkProgressBar->setVisible(busy);
    ui->tokenTextEdit->setReadOnly(busy);
    if (busy)
        ui->checkCancelButton->setFocus();
    else
        ui->checkTokenButton->setFocus();
    emit busyChanged(busy);
}

void TokenPickerDialog::showChecked(const TokenCheckResult &result)
{
    setBusy(false);
    finishWith(result);
}

void TokenPickerDialog::finishWith(const TokenCheckResult &result)
{
    m_result = result;
    m_hasResult = true;
    showResult(result);
    emit tokenChecked(result);
}

void TokenPickerDialog::showResult(const TokenCheckResult &result)
{
    ui->tokenCheckSummary->setResult(TokenChecker::withMetadataFields(result, mergedFields()));
    showClaimsOf(result.claims);
}

void TokenPickerDialog::showFailure(const Problem &error)
{
    setBusy(false);
    if (error.code == QLatin1String("okta_cancelled")) {
        ui->tokenCheckErrorLabel->showMessage(FindingLabel::Kind::Info, tr("Check stopped."));
    } else {
        QString html = tr("The signature was not checked: <b>%1</b>: %2")
                           .arg(error.code.toHtmlEscaped(), error.message.toHtmlEscaped());
        if (!error.fix.isEmpty())
            html += QStringLiteral("<br>") + error.fix.toHtmlEscaped();
        ui->tokenCheckErrorLabel->showMessage(FindingLabel::Kind::Error, html);
    }
    // The keys could not be had: what was checked without them still stands.
    if (!m_offline.header.isEmpty() || !m_offline.claims.isEmpty())
        finishWith(m_offline);
    else
        showClaimsOf(Jwt::parse(token()).valueOr(Jwt()).claims());
}

void TokenPickerDialog::showClaimsOf(const QJsonObject &claims)
{
    ui->claimsTree->setClaims(claims);
    ui->claimsTree->setEnabled(!claims.isEmpty());
}
