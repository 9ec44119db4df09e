#pragma once

#include "ModelPage.h"

#include <memory>

namespace Ui {
class OktaPage;
}

/// Okta domain, authorization server and JWK URI. The Discover button (issue 4) goes in `discoveryArea`.
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
    std::unique_ptr<Ui::OktaPage> ui;
};
