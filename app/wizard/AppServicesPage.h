#pragma once

#include "wizard/ModelPage.h"

#include <memory>

namespace Ui {
class AppServicesPage;
}

/// The App Services side: Client App ID, project, audience, verification method, disabled.
class AppServicesPage : public ModelPage
{
    Q_OBJECT

public:
    explicit AppServicesPage(WizardModel *model, QWidget *parent = nullptr);
    ~AppServicesPage() override;

protected:
    QStringList ownedFields() const override;
    void load() override;
    void refresh() override;

private:
    std::unique_ptr<Ui::AppServicesPage> ui;
};
