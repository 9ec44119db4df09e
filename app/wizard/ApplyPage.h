#pragma once

#include "ModelPage.h"

#include <memory>

namespace Ui {
class ApplyPage;
}

/// Export into an app directory (diff, consent before replacing), save a providers.json, and the
/// equivalent commands. The Admin API deploy panel is placed in `deployGroupBox`.
class ApplyPage : public ModelPage
{
    Q_OBJECT

public:
    explicit ApplyPage(WizardModel *model, QWidget *parent = nullptr);
    ~ApplyPage() override;

    void initializePage() override;
    /// The group box (with an empty `deployLayout`) reserved for deploying through the Admin API.
    QWidget *deployArea() const;

public slots:
    /// Exports into the chosen app directory; asks before replacing a different custom-token.
    void exportToAppDirectory();
    void saveProvidersFile();
    void copyCommands();

protected:
    QStringList ownedFields() const override;
    void refresh() override;

private:
    void refreshTarget();
    void refreshCommands();
    /// The model's last export outcome (none once the provider or the directory changed).
    void renderExport();

    std::unique_ptr<Ui::ApplyPage> ui;
    QByteArray m_savedFile; // what "Saved …" refers to: the message goes when the provider changes
};
