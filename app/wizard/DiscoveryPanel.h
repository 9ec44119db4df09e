#pragma once

#include "core/Finding.h"
#include "wizard/FindingLabel.h"
#include "wizard/WizardModel.h"

#include <QWidget>

class OktaClient;
class FindingLabel;
class QNetworkAccessManager;
class QPushButton;
class QTreeWidget;

/// The Okta page's Discover step: fetches the discovery document and the JWKS in the background and hands
/// them to the model (which keeps them only while the domain and server stay as they were); shows the
/// model's discovery: the issuer, the keys and their warnings.
class DiscoveryPanel : public QWidget
{
    Q_OBJECT

public:
    DiscoveryPanel(WizardModel *model, QNetworkAccessManager *nam, QWidget *parent = nullptr);

    OktaClient *client() const { return m_client; }
    bool isBusy() const;

public slots:
    void discover();
    void cancel();

private:
    /// Model → widgets.
    void render();
    void finish(const WizardModel::Discovery &result);
    void fail(const Problem &error);

    WizardModel *m_model;
    OktaClient *m_client;
    QPushButton *m_discover;
    QPushButton *m_cancel;
    FindingLabel *m_status;
    QTreeWidget *m_keys;
    QString m_inputs;               // what the running discovery was begun for
    WizardModel::Discovery m_found; // discovery's part of a result whose keys are being fetched
    bool m_hadFocus = false;
    bool m_stopRequested = false; // the user pressed Stop (not: the inputs changed under the request)
};
