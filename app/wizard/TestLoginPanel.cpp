#include "wizard/TestLoginPanel.h"

#include "core/TokenChecker.h"
#include "net/AdminApiClient.h"
#include "net/AppServicesLogin.h"
#include "wizard/SignInDialog.h"
#include "wizard/WizardModel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QString text(const QJsonValue &v)
{
    if (v.isUndefined())
        return QStringLiteral("—");
    if (v.isString())
        return v.toString();
    const QJsonDocument doc = v.isObject() ? QJsonDocument(v.toObject()) : QJsonDocument(QJsonArray{v});
    const QString json = QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
    return v.isObject() ? json : json.mid(1, json.size() - 2);
}

QLabel *wrapping(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

TestLoginPanel::TestLoginPanel(WizardModel *model, QNetworkAccessManager *nam, AdminApiClient *admin,
                               QWidget *parent)
    : QWidget(parent), m_model(model), m_nam(nam), m_admin(admin), m_login(new AppServicesLogin(nam, this)),
      m_clientApi(new QLineEdit(AppServicesLogin::Config().clientApiUrl, this)),
      m_deleteUser(new QCheckBox(tr("&Delete the test user afterwards"), this)),
      m_signIn(new QPushButton(tr("Sign in and &test login…"), this)),
      m_demo(new QPushButton(tr("Test with a &demo token"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_status(wrapping("testLoginStatusLabel", this)),
      m_user(wrapping("testLoginUserLabel", this)), m_data(new QTableWidget(0, 3, this)),
      m_details(wrapping("testLoginDetailsLabel", this))
{
    setObjectName(QStringLiteral("testLoginPanel"));
    m_clientApi->setObjectName(QStringLiteral("clientApiLineEdit"));
    m_deleteUser->setObjectName(QStringLiteral("deleteTestUserCheckBox"));
    m_signIn->setObjectName(QStringLiteral("testLoginSignInButton"));
    m_demo->setObjectName(QStringLiteral("testLoginDemoButton"));
    m_demo->hide();
    m_cancel->setObjectName(QStringLiteral("testLoginCancelButton"));
    m_cancel->setEnabled(false);
    m_data->setObjectName(QStringLiteral("testLoginDataTable"));
    m_data->setHorizontalHeaderLabels({tr("Field"), tr("App Services built"), tr("Predicted")});
    m_data->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_data->verticalHeader()->hide();
    m_data->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_data->setMinimumHeight(80);

    auto *intro =
        new QLabel(tr("Proves the setup: App Services logs a user in with a real Okta access token and "
                      "builds the user data, compared here with the local prediction."),
                   this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Client &API:"), m_clientApi);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_signIn);
    buttons->addWidget(m_demo);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_deleteUser);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_user);
    layout->addWidget(m_data, 1);
    layout->addWidget(m_details);

    connect(m_signIn, &QPushButton::clicked, this, &TestLoginPanel::signInAndTest);
    connect(m_demo, &QPushButton::clicked, this, &TestLoginPanel::testWithDemoToken);
    connect(m_cancel, &QPushButton::clicked, this, &TestLoginPanel::cancel);
    connect(m_login, &AppServicesLogin::progress, this,
            [this](const QString &step) { m_status->setText(tr("Running: %1…").arg(step)); });
    connect(m_login, &AppServicesLogin::finished, this, [this](const AppServicesLogin::Result &result) {
        m_signIn->setEnabled(true);
        m_demo->setEnabled(true);
        m_cancel->setEnabled(false);
        WizardModel::TestLogin outcome;
        outcome.result = result;
        outcome.predicted = true;
        outcome.expectedData = m_expected;
        outcome.diagnosis = m_diagnosis;
        outcome.clientApiUrl = m_clientApi->text().trimmed();
        m_model->setTestLogin(outcome, m_madeWith);
    });
    connect(m_model, &WizardModel::resultsChanged, this, &TestLoginPanel::render);
    connect(m_model, &WizardModel::changed, this, &TestLoginPanel::render);
    render();
}

void TestLoginPanel::setSandbox(const QString &clientApiUrl, DemoTokenSource mintDemoToken)
{
    m_clientApi->setText(clientApiUrl);
    m_mintDemoToken = std::move(mintDemoToken);
    m_demo->setVisible(bool(m_mintDemoToken));
}

bool TestLoginPanel::isRunning() const
{
    return m_login->isRunning();
}

void TestLoginPanel::signInAndTest()
{
    m_dialog = new SignInDialog(m_model, m_nam, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &SignInDialog::tokenReady, this, &TestLoginPanel::run, Qt::QueuedConnection);
    m_dialog->open();
}

void TestLoginPanel::testWithDemoToken()
{
    if (!m_mintDemoToken)
        return;
    // The token arrives from the sandbox's process; a panel gone by then does nothing.
    m_mintDemoToken([self = QPointer<TestLoginPanel>(this)](const QByteArray &token) {
        if (self && !token.isEmpty())
            self->run(token);
    });
}

void TestLoginPanel::run(const QByteArray &token)
{
    m_madeWith = m_model->settings();
    // The prediction needs no key: the data App Services builds depends on the claims alone.
    const TokenCheckResult check =
        TokenChecker::checkWithoutKeys(token, TokenCheckOptions::fromSettings(m_madeWith));
    m_expected = check.userData;
    m_diagnosis.clear();
    for (const Finding &f : check.failures)
        m_diagnosis << QStringLiteral("%1: %2").arg(f.code, f.message);
    AppServicesLogin::Config config;
    config.clientApiUrl = m_clientApi->text().trimmed();
    config.clientAppId = m_madeWith.clientAppId;
    config.deleteUser = m_deleteUser->isChecked();
    config.admin = m_admin && m_admin->isLoggedIn() ? m_admin : nullptr;
    config.groupId = m_madeWith.projectId;
    m_signIn->setEnabled(false);
    m_demo->setEnabled(false);
    m_cancel->setEnabled(true);
    m_login->start(token, config);
}

void TestLoginPanel::cancel()
{
    m_login->cancel();
}

void TestLoginPanel::render()
{
    if (m_login->isRunning())
        return;
    // App Services is asked for the App by its Client App ID: without one there is nothing to test.
    const bool known = !m_model->settings().clientAppId.trimmed().isEmpty();
    m_signIn->setEnabled(known);
    m_demo->setEnabled(known);
    const WizardModel::TestLogin &t = m_model->testLogin();
    const AppServicesLogin::Result &r = t.result;
    m_data->setRowCount(0);
    m_user->clear();
    m_details->clear();
    // A stale result stays readable but greyed: it no longer describes these settings.
    for (QWidget *w :
         {static_cast<QWidget *>(m_data), static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_details)})
        w->setEnabled(!(t.present && t.stale));
    if (!t.present) {
        m_status->setText(m_model->settings().clientAppId.isEmpty()
                              ? tr("Enter the Client App ID first (App Services page).")
                              : tr("No test login yet."));
        return;
    }
    const QString stale = t.stale ? tr(" (made with other settings: test again)") : QString();
    if (r.ok)
        m_status->setText(tr("App Services accepted the token.") + stale);
    else
        m_status->setText(tr("The test login failed at the %1 step: %2").arg(r.stage, r.error.message) +
                          stale);
    if (!r.userId.isEmpty()) {
        QStringList identities;
        for (const QJsonValue &i : r.identities)
            identities << tr("%1 (%2)").arg(i[QStringLiteral("id")].toString(),
                                            i[QStringLiteral("provider_type")].toString());
        m_user->setText(tr("User id: %1\nIdentities: %2%3")
                            .arg(r.userId, identities.join(QStringLiteral(", ")),
                                 r.userDeleted ? tr("\nThe test user was deleted.") : QString()));
    }
    if (r.ok) {
        QStringList keys = r.data.keys() + t.expectedData.keys();
        keys.sort();
        keys.removeDuplicates();
        for (const QString &k : std::as_const(keys)) {
            const bool differs = r.data.value(k) != t.expectedData.value(k);
            const int row = m_data->rowCount();
            m_data->insertRow(row);
            m_data->setItem(row, 0, new QTableWidgetItem(differs ? tr("≠ %1").arg(k) : k));
            m_data->setItem(row, 1, new QTableWidgetItem(text(r.data.value(k))));
            m_data->setItem(row, 2, new QTableWidgetItem(text(t.expectedData.value(k))));
            for (int c = 0; differs && c < 3; ++c)
                m_data->item(row, c)->setBackground(palette().color(QPalette::Highlight).lighter(170));
        }
    }
    QStringList details;
    if (!r.appServicesError.isEmpty())
        details << tr("App Services: %1 (%2), co_id %3").arg(r.appServicesError, r.errorCode, r.coId);
    if (!r.logEntry.isEmpty())
        details << tr("Log entry: %1 at %2, status %3")
                       .arg(r.logEntry.value(QStringLiteral("error")).toString(),
                            r.logEntry.value(QStringLiteral("started")).toString())
                       .arg(r.logEntry.value(QStringLiteral("status")).toInt());
    for (const QString &d : t.diagnosis)
        details << tr("Local check: %1").arg(d);
    m_details->setText(details.join(QLatin1Char('\n')));
}
