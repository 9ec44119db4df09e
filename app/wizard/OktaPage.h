#pragma once

#include "wizard/ModelPage.h"

#include <memory>

namespace Ui {
class OktaPage;
}

/// Okta domain, authorization server and JWK URI; the extra CA certificates file for TLS (kept in
/// WizardSettings, not in the profile). The Discover button goes in `discoveryArea`.
class OktaPage : public ModelPage
{
    Q_OBJECT

public:
    explicit OktaPage(WizardModel *model, QWidget *parent = nullptr);
    ~OktaPage() override;

    /// The empty area under the form where discovery (button, issuer, keys) is placed.
    QWidget *discoveryArea() const;

protected:
    QStringList ownedFields() const override;
    void load() override;
    void refresh() override;

private:
    /// The user set the CA file field: remembers it, drops cached connections and trusts it.
    void applyCaFile();
    /// Trusts `path` (TrustAnchors: in addition to the system's anchors), or shows an error naming the file
    /// when it holds no certificate.
    void trustCaFile(const QString &path);

    std::unique_ptr<Ui::OktaPage> ui;
    QString m_appliedCaFile;
};
