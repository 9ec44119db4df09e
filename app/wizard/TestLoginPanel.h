#pragma once

#include "core/ProviderSettings.h"
#include "core/SandboxConnection.h"

#include <QJsonObject>
#include <QStringList>
#include <QWidget>
#include <functional>

class AdminApiClient;
class AppServicesLogin;
class QCheckBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QTableWidget;
class SignInDialog;
class WizardModel;

/// The Apply page's "Test login": signs a user in with Okta (or takes a sandbox demo token), logs in to App
/// Services with the token as an SDK does, and shows the user, its identities and its data beside what the
/// local check predicts, differences marked; on a refusal App Services' error, its log entry and the local
/// diagnosis. The outcome lives in the model; the token is used once and dropped.
class TestLoginPanel : public QWidget
{
    Q_OBJECT

public:
    TestLoginPanel(WizardModel *model, QNetworkAccessManager *nam, AdminApiClient *admin,
                   QWidget *parent = nullptr);

    /// Sandbox mode: the simulator's client API and "Test with a demo token".
    void setSandbox(const QString &clientApiUrl, DemoTokenSource mintDemoToken);
    /// The sign-in dialog of the last "Sign in and test login…" (tests play the browser through it).
    SignInDialog *signInDialog() const { return m_dialog; }
    bool isRunning() const;

public slots:
    void signInAndTest();
    void testWithDemoToken();
    /// Logs in to App Services with `token` (never kept).
    void run(const QByteArray &token);
    void cancel();

private:
    void render();

    WizardModel *m_model;
    QNetworkAccessManager *m_nam;
    AdminApiClient *m_admin;
    AppServicesLogin *m_login;
    ProviderSettings m_madeWith;
    QStringList m_diagnosis;
    QJsonObject m_expected;
    SignInDialog *m_dialog = nullptr;
    DemoTokenSource m_mintDemoToken;
    QLineEdit *m_clientApi;
    QCheckBox *m_deleteUser;
    QPushButton *m_signIn;
    QPushButton *m_demo;
    QPushButton *m_cancel;
    QLabel *m_status;
    QLabel *m_user;
    QTableWidget *m_data;
    QLabel *m_details;
};
