#pragma once

#include "Finding.h"
#include "FindingLabel.h"

#include <QWidget>

class OktaClient;
class QLabel;
class QNetworkAccessManager;
class QPushButton;
class QTreeWidget;
class WizardModel;

/// The Okta page's Discover step: fetches the discovery document and the JWKS in the background,
/// fills the issuer and the JWK URI (verbatim from jwks_uri) and lists the keys with their warnings.
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
    void setBusy(bool busy);
    void updateEnabled();
    void finish(FindingLabel::Kind kind, const QString &html);

    WizardModel *m_model;
    OktaClient *m_client;
    QPushButton *m_discover;
    QPushButton *m_cancel;
    QLabel *m_status;
    QTreeWidget *m_keys;
    Findings m_warnings; // from discovery, shown with the JWKS ones
};
