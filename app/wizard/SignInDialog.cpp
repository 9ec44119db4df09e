#include "wizard/SignInDialog.h"

#include "wizard/WizardModel.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SignInDialog::SignInDialog(WizardModel *model, QNetworkAccessManager *nam, QWidget *parent)
    : QDialog(parent), m_model(model), m_signIn(new OktaSignIn(nam, this)), m_clientId(new QLineEdit(this)),
      m_redirect(new QLineEdit(this)),
      m_device(new QCheckBox(tr("Use a &device code (sign in on another device)"), this)),
      m_status(new QLabel(this)), m_code(new QLabel(this)), m_start(new QPushButton(tr("&Sign in"), this)),
      m_openUrl([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    setWindowTitle(tr("Sign in with Okta"));
    setObjectName(QStringLiteral("signInDialog"));
    m_clientId->setObjectName(QStringLiteral("oktaClientIdLineEdit"));
    m_clientId->setPlaceholderText(tr("Client ID of a native Okta app, e.g. 0oa1b2c3d4"));
    m_clientId->setText(model->oktaClientId());
    m_redirect->setObjectName(QStringLiteral("redirectUriLineEdit"));
    m_redirect->setText(OktaSignIn::Config().redirectUri.toString());
    m_device->setObjectName(QStringLiteral("deviceCodeCheckBox"));
    m_status->setObjectName(QStringLiteral("signInStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_code->setObjectName(QStringLiteral("deviceCodeLabel"));
    m_code->setWordWrap(true);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_code->setOpenExternalLinks(true);
    m_code->hide();
    m_start->setObjectName(QStringLiteral("startSignInButton"));

    auto *intro =
        new QLabel(tr("Signs a user in to %1 and checks the access token the way App Services will. The "
                      "token is used once and never stored.")
                       .arg(model->settings().oktaBaseUrl().toHtmlEscaped()),
                   this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Okta &client ID:"), m_clientId);
    form->addRow(tr("&Redirect URI:"), m_redirect);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_start, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_device);
    layout->addWidget(m_code);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(buttons);
    // Wrapped texts get a readable width; the height follows what the dialog shows.
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    layout->setSizeConstraint(QLayout::SetMinimumSize);

    connect(m_start, &QPushButton::clicked, this, &SignInDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_signIn, &OktaSignIn::authorizeUrlReady, this, [this](const QUrl &url) {
        m_status->setText(tr("Waiting for the browser… Sign in there, then return here."));
        m_openUrl(url);
    });
    connect(m_signIn, &OktaSignIn::deviceCodeReady, this, [this](const OktaSignIn::DeviceCode &code) {
        const QString url =
            code.verificationUriComplete.isEmpty() ? code.verificationUri : code.verificationUriComplete;
        m_code->setText(tr("Code: <b>%1</b><br>Open <a href=\"%2\">%3</a> on any device and confirm it.")
                            .arg(code.userCode.toHtmlEscaped(), url.toHtmlEscaped(),
                                 code.verificationUri.toHtmlEscaped()));
        m_code->show();
        adjustSize(); // room for the code and the link: the dialog grows rather than cut them off
    });
    connect(m_signIn, &OktaSignIn::countdown, this,
            [this](int left) { m_status->setText(tr("Waiting for the sign-in: %1 s left.").arg(left)); });
    connect(m_signIn, &OktaSignIn::callbackRefused, this,
            [this](const QString &why) { m_status->setText(why); });
    connect(m_signIn, &OktaSignIn::failed, this, &SignInDialog::showError);
    connect(m_signIn, &OktaSignIn::signedIn, this, [this](const OktaSignIn::Tokens &tokens) {
        setRunning(false);
        m_status->setText(tr("Signed in."));
        emit tokenReady(tokens.accessToken);
        accept();
    });
}

void SignInDialog::start()
{
    m_model->setOktaClientId(m_clientId->text());
    OktaSignIn::Config config;
    config.oktaDomain = m_model->settings().oktaDomain;
    config.authServerId = m_model->settings().authServerId;
    config.clientId = m_clientId->text().trimmed();
    config.redirectUri = QUrl(m_redirect->text().trimmed());
    m_code->hide();
    setRunning(true);
    if (m_device->isChecked())
        m_signIn->startDevice(config);
    else
        m_signIn->startBrowser(config);
}

void SignInDialog::reject()
{
    m_signIn->cancel();
    QDialog::reject();
}

void SignInDialog::setRunning(bool running)
{
    m_start->setEnabled(!running);
    m_clientId->setEnabled(!running);
    m_redirect->setEnabled(!running);
    m_device->setEnabled(!running);
}

void SignInDialog::showError(const Problem &error)
{
    setRunning(false);
    m_code->hide();
    m_status->setText(error.fix.isEmpty() ? error.message : tr("%1\nFix: %2").arg(error.message, error.fix));
}
