#pragma once

#include "Finding.h"
#include "ProviderSettings.h"

#include <QObject>
#include <functional>

/// The one model every page edits: the provider settings, their findings and the chosen app directory.
class WizardModel : public QObject
{
    Q_OBJECT

public:
    explicit WizardModel(QObject *parent = nullptr);

    const ProviderSettings &settings() const { return m_settings; }
    /// Replaces everything (new, open, import): pages reload their widgets on reset().
    void setSettings(const ProviderSettings &settings);
    /// One user edit; emits changed() only when it changed something.
    void update(const std::function<void(ProviderSettings &)> &edit);

    /// All findings of ProviderValidator::validate() for the current settings.
    const Findings &findings() const { return m_findings; }
    /// The findings whose field is one of `fields` or below it ("audience" matches "audience[2]").
    Findings findingsFor(const QStringList &fields) const;

    /// The app directory exports go to (and Review diffs against); empty when none is chosen.
    QString appDirectory() const { return m_appDirectory; }
    void setAppDirectory(const QString &dir);

signals:
    void changed();
    void reset();
    void appDirectoryChanged();

private:
    void revalidate();

    ProviderSettings m_settings;
    Findings m_findings;
    QString m_appDirectory;
};
