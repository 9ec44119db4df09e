#pragma once

#include "core/MetadataField.h"
#include "core/ProviderSettings.h"
#include "core/SandboxConnection.h"
#include "core/TokenCheckResult.h"

#include <QDialog>

#include <functional>
#include <memory>

class OktaClient;
class QNetworkAccessManager;
struct Problem;

namespace Ui {
class TokenPickerDialog;
}

/// "Pick from token…": checks a pasted access token as App Services would (discovery, JWKS, claims),
/// shows every failure and warning, and lists its claims as a tree to tick into metadata fields.
/// The token lives only in the text box: it is never logged, saved or put into the settings.
class TokenPickerDialog : public QDialog
{
    Q_OBJECT

public:
    /// `settings` gives the Okta domain, audience, Client App ID and the fields already mapped (pre-ticked).
    TokenPickerDialog(const ProviderSettings &settings, QNetworkAccessManager *nam,
                      QWidget *parent = nullptr);
    ~TokenPickerDialog() override;

    OktaClient *client() const { return m_client; }
    bool isBusy() const { return m_busy; }
    void setToken(const QString &token);
    /// Sandbox mode: shows "Mint a demo token", which fills the box with what `mint` hands back and checks
    /// it.
    void setDemoTokenSource(DemoTokenSource mint);

    /// The last finished check (hasResult() false before one). When the keys could not be fetched it is the
    /// check without keys (`signatureChecked` false).
    bool hasResult() const { return m_hasResult; }
    const TokenCheckResult &result() const { return m_result; }

    /// The ticked claims, `name` being the dotted path ("\." for a literal dot in a claim name).
    QList<MetadataField> selectedFields() const;
    /// settings.metadataFields with the ticks applied (what the Metadata table should become on OK).
    QList<MetadataField> mergedFields() const;

public slots:
    void check();
    void mintDemoToken();
    void cancel();
    void reject() override;

signals:
    void tokenChecked(const TokenCheckResult &result);
    void busyChanged(bool busy);

private:
    QByteArray token() const;
    void setBusy(bool busy);
    void showChecked(const TokenCheckResult &result);
    /// `result` becomes the dialog's verdict (shown, and handed on with tokenChecked()).
    void finishWith(const TokenCheckResult &result);
    /// Shows `result` for the ticked claims, without making it the verdict.
    void showResult(const TokenCheckResult &result);
    void showFailure(const Problem &error);
    void showClaimsOf(const QJsonObject &claims);
    void useDemoToken(const QByteArray &token);

    std::unique_ptr<Ui::TokenPickerDialog> ui;
    ProviderSettings m_settings;
    OktaClient *m_client;
    TokenCheckResult m_result;
    TokenCheckResult m_offline; // the checks made without keys, shown while they are fetched
    bool m_hasResult = false;
    bool m_busy = false;
    DemoTokenSource m_mintDemoToken;
    bool m_minting = false; // asked the sandbox, its token not yet back
};
