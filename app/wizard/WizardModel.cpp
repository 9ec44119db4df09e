#include "WizardModel.h"

#include "ProviderValidator.h"

WizardModel::WizardModel(QObject *parent) : QObject(parent)
{
    revalidate();
}

void WizardModel::setSettings(const ProviderSettings &settings)
{
    m_settings = settings;
    revalidate();
    emit reset();
    emit changed();
}

void WizardModel::update(const std::function<void(ProviderSettings &)> &edit)
{
    ProviderSettings next = m_settings;
    edit(next);
    if (next == m_settings)
        return;
    m_settings = next;
    revalidate();
    emit changed();
}

Findings WizardModel::findingsFor(const QStringList &fields) const
{
    Findings out;
    for (const Finding &f : m_findings) {
        for (const QString &name : fields) {
            if (f.field == name ||
                (f.field.startsWith(name) && (f.field.at(name.size()) == QLatin1Char('[') ||
                                              f.field.at(name.size()) == QLatin1Char('.')))) {
                out << f;
                break;
            }
        }
    }
    return out;
}

void WizardModel::setAppDirectory(const QString &dir)
{
    if (dir == m_appDirectory)
        return;
    m_appDirectory = dir;
    emit appDirectoryChanged();
}

void WizardModel::revalidate()
{
    m_findings = ProviderValidator::validate(m_settings);
}
