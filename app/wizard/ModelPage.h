#pragma once

#include "core/Finding.h"

#include <QStringList>
#include <QWizardPage>

#include <functional>

class FindingLabel;
class QLineEdit;
class WizardModel;
struct ProviderSettings;

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
    using TextSetter = std::function<void(ProviderSettings &, const QString &)>;

    /// Finding fields this page owns ("oktaDomain", "audience", ...); their errors block Next.
    virtual QStringList ownedFields() const { return {}; }
    /// Model → widgets, after a reset (new, open, import).
    virtual void load() {}
    /// Findings → inline labels, after every change.
    virtual void refresh() {}
    /// Call at the end of the subclass constructor, once the widgets exist.
    void bindModel();
    /// True while load() fills the widgets: their change signals are not user edits.
    bool isLoading() const { return m_loading; }
    /// Every way of setting `edit`'s text (typing, paste, drop, completion, the accessibility API) reaches
    /// the model through `set`; loading does not. Leaving or editing the field marks `field` touched.
    void bindText(QLineEdit *edit, const QString &field, TextSetter set);
    /// Shows `value` in `edit` when another page or a result changed it (equal text is left alone, so the
    /// cursor of someone typing does not jump); not an edit.
    void syncText(QLineEdit *edit, const QString &value);
    /// The findings to show beside `fields`: an untouched empty field is not an error to show yet.
    Findings shownFindingsFor(const QStringList &fields) const;
    /// Shows shownFindingsFor(fields) in `label`, described on `input`.
    void showFindings(FindingLabel *label, const QStringList &fields, QWidget *input) const;

private:
    WizardModel *m_model;
    bool m_loading = false;
};
