#include "wizard/OktaDialogs.h"

#include "net/KeychainStore.h"
#include "wizard/OktaSetupDialog.h"
#include "wizard/SignInDialog.h"
#include "wizard/TokenPickerDialog.h"
#include "wizard/WizardModel.h"

#include <QScreen>
#include <QWidget>

OktaDialogs::OktaDialogs(WizardModel *model, std::function<QNetworkAccessManager *()> network,
                         QWidget *parent)
    : QObject(parent), m_model(model), m_network(std::move(network))
{}

void OktaDialogs::setSandbox(const SandboxConnection &connection)
{
    m_sandbox = connection;
    m_sandboxMode = true;
}

QWidget *OktaDialogs::parentWidget() const
{
    return static_cast<QWidget *>(parent());
}

void OktaDialogs::openWithinScreen(QDialog *dialog)
{
    // The designed sizes suit a desktop; on a small screen (800×600) the dialog shrinks to what the screen
    // offers, its window frame included, so that its buttons stay on screen.
    const QWidget *parent = dialog->parentWidget();
    if (const QScreen *screen = parent ? parent->screen() : dialog->screen()) {
        const QSize frame =
            parent && parent->isVisible() ? parent->frameGeometry().size() - parent->size() : QSize();
        const QSize room = screen->availableGeometry().size() - frame;
        dialog->resize(dialog->size().boundedTo(room).expandedTo(dialog->minimumSizeHint()));
    }
    dialog->open();
}

SignInDialog *OktaDialogs::signInWithOkta()
{
    auto *dialog = new SignInDialog(m_model, m_network(), parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Queued: the sign-in dialog closes before the token picker opens with the token.
    connect(
        dialog, &SignInDialog::tokenReady, this, [this](const QByteArray &token) { pickFromToken(token); },
        Qt::QueuedConnection);
    openWithinScreen(dialog);
    return dialog;
}

void OktaDialogs::pickFromToken(const QByteArray &token)
{
    auto *dialog = new TokenPickerDialog(m_model->settings(), m_network(), parentWidget());
    dialog->setObjectName(QStringLiteral("tokenPickerDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const ProviderSettings checkedWith = m_model->settings(); // the dialog is modal: they stay so
    connect(dialog, &TokenPickerDialog::tokenChecked, m_model,
            [model = m_model, checkedWith](const TokenCheckResult &result) {
                model->setTokenCheck(result, checkedWith);
            });
    if (m_sandboxMode)
        dialog->setDemoTokenSource(m_sandbox.mintDemoToken);
    connect(dialog, &QDialog::accepted, m_model, [model = m_model, dialog] {
        const QList<MetadataField> fields = dialog->mergedFields();
        model->update([&fields](ProviderSettings &s) { s.metadataFields = fields; });
    });
    openWithinScreen(dialog);
    if (!token.isEmpty()) {
        dialog->setToken(QString::fromLatin1(token));
        dialog->check();
    }
}

void OktaDialogs::setUpOkta()
{
    auto *dialog = new OktaSetupDialog(m_model, m_network(), parentWidget());
    dialog->setObjectName(QStringLiteral("oktaSetupDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_sandboxMode) {
        dialog->setClientId(m_sandbox.oktaClientId);
        dialog->setDemoToken(m_sandbox.oktaApiToken);
    } else {
        dialog->setKeychain(new KeychainStore(dialog));
    }
    openWithinScreen(dialog);
}
