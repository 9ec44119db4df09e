#pragma once

class QWidget;
class WizardModel;

/// Remembers the non-secret inputs (as a profile, which never holds a secret) and the window geometry
/// between runs, in QSettings.
class WizardSettings
{
public:
    static void save(const WizardModel &model, const QWidget *window);
    static void restore(WizardModel *model, QWidget *window);
};
