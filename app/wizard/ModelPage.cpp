#include "wizard/ModelPage.h"

#include "wizard/Accessibility.h"
#include "wizard/FindingLabel.h"
#include "wizard/WizardModel.h"

#include <QFocusEvent>
#include <QLineEdit>

namespace {
// Marks a field touched when the keyboard focus leaves it.
class TouchOnLeave : public QObject
{
public:
    TouchOnLeave(QObject *parent, WizardModel *model, QString field)
        : QObject(parent), m_model(model), m_field(std::move(field))
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Leaving means moving on inside the window: not the window going away or inactive, and not a line
        // edit being destroyed (it loses its focus too, while the pages around it go).
        if (event->type() == QEvent::FocusOut && qobject_cast<QLineEdit *>(watched)) {
            const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
            if (reason != Qt::ActiveWindowFocusReason && reason != Qt::PopupFocusReason)
                m_model->markTouched(m_field);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    WizardModel *m_model;
    QString m_field;
};
} // namespace

ModelPage::ModelPage(WizardModel *model, QWidget *parent) : QWizardPage(parent), m_model(model) {}

bool ModelPage::isComplete() const
{
    return !hasErrors(m_model->findingsFor(ownedFields()));
}

void ModelPage::cleanupPage()
{
    m_loading = true;
    load();
    m_loading = false;
}

void ModelPage::bindModel()
{
    Accessibility::nameInputsFromBuddies(this);
    connect(m_model, &WizardModel::reset, this, [this] {
        m_loading = true;
        load();
        m_loading = false;
    });
    connect(m_model, &WizardModel::changed, this, [this] {
        refresh();
        emit completeChanged();
    });
    m_loading = true;
    load();
    m_loading = false;
    refresh();
}

void ModelPage::bindText(QLineEdit *edit, const QString &field, TextSetter set)
{
    edit->installEventFilter(new TouchOnLeave(edit, m_model, field));
    connect(edit, &QLineEdit::textChanged, this, [this, field, set = std::move(set)](const QString &text) {
        if (m_loading)
            return;
        m_model->markTouched(field);
        m_model->update([&](ProviderSettings &s) { set(s, text); });
    });
}

void ModelPage::syncText(QLineEdit *edit, const QString &value)
{
    if (edit->text() == value)
        return;
    m_loading = true;
    edit->setText(value);
    m_loading = false;
}

Findings ModelPage::shownFindingsFor(const QStringList &fields) const
{
    Findings shown;
    for (const Finding &f : m_model->findingsFor(fields)) {
        if (!m_model->isWaitingForInput(f))
            shown << f;
    }
    return shown;
}

void ModelPage::showFindings(FindingLabel *label, const QStringList &fields, QWidget *input) const
{
    label->showFindings(shownFindingsFor(fields), input);
}
