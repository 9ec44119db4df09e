#pragma once

#include "core/ProviderSettings.h"
#include "wizard/SetupWizard.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <QWidget>
#include <memory>

class QLabel;
class QLineEdit;

/// Shared set-up for the GUI tests: private QSettings, a wizard opened at a page, widgets by objectName.
class GuiTest
{
public:
    /// Points QSettings and QStandardPaths at a private temporary folder (call in initTestCase).
    static void isolateSettings(const QTemporaryDir &dir);
    /// A shown wizard that starts at `page`, with `settings` in its model.
    static std::unique_ptr<SetupWizard> openAt(SetupWizard::PageId page,
                                               const ProviderSettings &settings = ProviderSettings());
    /// Settings that pass every check.
    static ProviderSettings validSettings();

    template <class T> static T *find(const QWidget *root, const char *objectName)
    {
        T *w = root->findChild<T *>(QLatin1String(objectName));
        if (!w)
            qFatal("no %s named %s", T::staticMetaObject.className(), objectName);
        return w;
    }

    /// Focuses `edit`, clears it with the keyboard and types `text` key by key.
    static void retype(QLineEdit *edit, const QString &text);
    /// True when `label` is shown and its findings include `code`.
    static bool showsCode(const QLabel *label, const QString &code);
    static bool nextEnabled(const SetupWizard &wizard);
    /// Clicks the wizard's Next button with the mouse.
    static void clickNext(SetupWizard *wizard);
    /// Selects the tab (of any QTabWidget around it) that holds `widget`, as a click on that tab would.
    static void showTab(QWidget *widget);
    /// Clicks a check box or radio button on its indicator (a click past its text does nothing).
    static void clickIndicator(QWidget *button);
    /// Types into the item editor that has the focus and commits it with Return; false when none has.
    static bool typeInFocusedEditor(const QString &text);
    /// An app directory in the current layout (root_config.json), with `providers` as auth/providers.json
    /// unless it is null. Returns `dir`.
    static QString makeCurrentApp(const QString &dir, const QByteArray &providers);
    /// A realm-cli v1 app directory (config.json 20180301) with one provider file, anon-user.json.
    static QString makeLegacyApp(const QString &dir);
    /// An auth/providers.json holding only the anon-user provider, as App Services writes it.
    static QByteArray anonUserProviders();
    static QByteArray readFile(const QString &path);
    static bool writeFile(const QString &path, const QByteArray &data);
};
