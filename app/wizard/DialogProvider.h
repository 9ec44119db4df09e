#pragma once

#include <QString>

class QWidget;

/// Every modal dialog the wizard opens goes through here, so tests can answer them without blocking.
class DialogProvider
{
public:
    virtual ~DialogProvider() = default;

    virtual QString openFileName(QWidget *parent, const QString &caption, const QString &dir,
                                 const QString &filter);
    virtual QString saveFileName(QWidget *parent, const QString &caption, const QString &path,
                                 const QString &filter);
    virtual QString existingDirectory(QWidget *parent, const QString &caption, const QString &dir);
    /// A yes/no question with optional detail text (e.g. a diff); true means yes.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &details);
    /// An error the user must acknowledge.
    virtual void warning(QWidget *parent, const QString &title, const QString &text);

    /// The provider in use: the real dialogs unless a test installed its own.
    static DialogProvider &current();
    /// Installs `provider` (not owned); nullptr goes back to the real dialogs.
    static void setCurrent(DialogProvider *provider);
};
