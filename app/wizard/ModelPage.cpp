#include "ModelPage.h"

#include "Accessibility.h"
#include "WizardModel.h"

ModelPage::ModelPage(WizardModel *model, QWidget *parent) : QWizardPage(parent), m_model(model) {}

bool ModelPage::isComplete() const
{
    return !hasErrors(m_model->findingsFor(ownedFields()));
}

void ModelPage::cleanupPage()
{
    load();
}

void ModelPage::bindModel()
{
    Accessibility::nameInputsFromBuddies(this);
    connect(m_model, &WizardModel::reset, this, [this] { load(); });
    connect(m_model, &WizardModel::changed, this, [this] {
        refresh();
        emit completeChanged();
    });
    load();
    refresh();
}
