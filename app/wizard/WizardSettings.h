#pragma once

#include <QString>

class QWidget;
class WizardModel;

/// Remembers the non-secret inputs (as a profile, which never holds a secret) and the window geometry
/// between runs, in QSettings.
class WizardSettings
{
public:
    static void save(const WizardModel &model, const QWidget *window);
    static void restore(WizardModel *model, QWidget *window);
    /// The extra CA certificates file (PEM) of the Okta page; empty when none.
    static QString caFile();
    static void setCaFile(const QString &path);
    /// The width the preview column was dragged to, or `fallback` when it never was.
    static int previewWidth(int fallback);
    static void setPreviewWidth(int width);
};
