#pragma once

#include "core/SandboxConnection.h"

#include <QObject>
#include <functional>

class QDialog;
class QNetworkAccessManager;
class QWidget;
class SignInDialog;
class WizardModel;

/// Opens the dialogs that talk to Okta for the wizard's model: "Pick from token…", "Sign in with Okta…"
/// (whose token goes on into the picker) and "Set up Okta…", each window-modal over `parent` and deleted on
/// close. In sandbox mode they get the simulator's demo token sources instead of the keychain.
class OktaDialogs : public QObject
{
    Q_OBJECT

public:
    /// `network` gives the wizard's shared manager, made when the first dialog needs it.
    OktaDialogs(WizardModel *model, std::function<QNetworkAccessManager *()> network, QWidget *parent);

    void setSandbox(const SandboxConnection &connection);

    /// With `token` in its box and checked when one is given.
    void pickFromToken(const QByteArray &token = {});
    SignInDialog *signInWithOkta();
    void setUpOkta();

private:
    QWidget *parentWidget() const;
    static void openWithinScreen(QDialog *dialog);

    WizardModel *m_model;
    std::function<QNetworkAccessManager *()> m_network;
    SandboxConnection m_sandbox;
    bool m_sandboxMode = false;
};
