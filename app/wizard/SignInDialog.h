#pragma once

#include "net/OktaSignIn.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class WizardModel;

/// "Sign in with Okta…": signs a user in to the model's Okta server with the remembered client id, in the
/// browser (PKCE) or with a device code, and hands the access token on once (tokenReady); it keeps no copy.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(WizardModel *model, QNetworkAccessManager *nam, QWidget *parent = nullptr);

    /// How the authorize URL reaches a browser (default: QDesktopServices); tests play the browser here.
    void setUrlOpener(std::function<void(const QUrl &)> opener) { m_openUrl = std::move(opener); }
    OktaSignIn *signIn() const { return m_signIn; }

public slots:
    void start();
    void reject() override;

signals:
    /// The signed-in user's access token: the receiver checks it and drops it.
    void tokenReady(const QByteArray &accessToken);

private:
    void setRunning(bool running);
    void showError(const Problem &error);

    WizardModel *m_model;
    OktaSignIn *m_signIn;
    QLineEdit *m_clientId;
    QLineEdit *m_redirect;
    QCheckBox *m_device;
    QLabel *m_status;
    QLabel *m_code;
    QPushButton *m_start;
    std::function<void(const QUrl &)> m_openUrl;
};
