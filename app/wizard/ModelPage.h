#pragma once

#include <QStringList>
#include <QWizardPage>

class WizardModel;

/// Base of the pages that edit the model: reloads widgets on reset, refreshes inline findings on every
/// change, and is complete when core reports no error for the fields the page owns.
class ModelPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ModelPage(WizardModel *model, QWidget *parent = nullptr);

    bool isComplete() const override;
    /// Going Back must not reset the fields (QWizardPage's default): the model is the truth, so reload it.
    void cleanupPage() override;
    WizardModel *model() const { return m_model; }

protected:
    /// Finding fields this page owns ("oktaDomain", "audience", ...); their errors block Next.
    virtual QStringList ownedFields() const { return {}; }
    /// Model → widgets, after a reset (new, open, import).
    virtual void load() {}
    /// Findings → inline labels, after every change.
    virtual void refresh() {}
    /// Call at the end of the subclass constructor, once the widgets exist.
    void bindModel();

private:
    WizardModel *m_model;
};
