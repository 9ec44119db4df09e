#pragma once

#include "wizard/ModelPage.h"

#include <memory>

namespace Ui {
class ApplyPage;
}

/// Export into an app directory (diff, consent before replacing), save a providers.json, and the
/// equivalent commands, on one tab; the Admin API deploy goes into `deployGroupBox` on the other, so it is
/// one click away rather than below everything else.
class ApplyPage : public ModelPage
{
    Q_OBJECT

public:
    explicit ApplyPage(WizardModel *model, QWidget *parent = nullptr);
    ~ApplyPage() override;

    void initializePage() override;
    /// The group box (with an empty `deployLayout`) on the Deploy tab, for deploying through the Admin API.
    QWidget *deployArea() const;
    /// The tab (with an empty layout) where the journal of remote changes and Undo are placed.
    QWidget *historyArea() const;
    /// The tab (with an empty layout) where the test login at App Services is placed.
    QWidget *testLoginArea() const;

signals:
    /// The History tab was chosen: the journal is read when it is looked at, not on every edit.
    void historyShown();

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
