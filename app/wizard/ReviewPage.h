#pragma once

#include "wizard/ModelPage.h"

#include <memory>

namespace Ui {
class ReviewPage;
}

/// Every finding with its hint, and the diff against the app directory's file when one is chosen.
/// The token check summary goes into `tokenCheckArea`.
class ReviewPage : public ModelPage
{
    Q_OBJECT

public:
    explicit ReviewPage(WizardModel *model, QWidget *parent = nullptr);
    ~ReviewPage() override;

    void initializePage() override;
    QWidget *tokenCheckArea() const;

signals:
    /// The user activated an Okta-side finding (or its "Set up Okta…" line).
    void oktaSetupRequested();

protected:
    QStringList ownedFields() const override;
    void refresh() override;

private:
    void refreshFindings();
    void refreshDiff();

    std::unique_ptr<Ui::ReviewPage> ui;
};
