#include "GuiTest.h"

#include "wizard/FindingLabel.h"
#include "wizard/Translations.h"
#include "wizard/WizardModel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

namespace {
// The wizard installs the system locale's translation at start; for the C locale of the tests that is the
// English one, whose plural forms turn "%n key(s)" into "1 key". Tests that need German install it on top.
void installEnglish()
{
    static auto *english = new Translations; // lives as long as the application; never removed
    english->install(QLocale(QLocale::English));
}
} // namespace
Q_COREAPP_STARTUP_FUNCTION(installEnglish)

void GuiTest::isolateSettings(const QTemporaryDir &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("okta-jwt-wizard-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("okta-jwt-wizard-tests"));
    for (const auto format : {QSettings::NativeFormat, QSettings::IniFormat})
        QSettings::setPath(format, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
    QSettings().clear();
}

std::unique_ptr<SetupWizard> GuiTest::openAt(SetupWizard::PageId page, const ProviderSettings &settings)
{
    auto wizard = std::make_unique<SetupWizard>();
    wizard->model()->setSettings(settings);
    wizard->startAt(page);
    wizard->show(); // starts at the start id
    if (!QTest::qWaitForWindowExposed(wizard.get()))
        qWarning("the wizard window was not exposed");
    return wizard;
}

ProviderSettings GuiTest::validSettings()
{
    ProviderSettings s;
    s.oktaDomain = QStringLiteral("dev-123456.okta.com");
    s.clientAppId = QStringLiteral("myapp-abcde");
    s.audience = {QStringLiteral("api://default")};
    s.metadataFields = {{QStringLiteral("sub"), QStringLiteral("userId"), true}};
    return s;
}

void GuiTest::retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

bool GuiTest::showsCode(const QLabel *label, const QString &code)
{
    const auto *findings = qobject_cast<const FindingLabel *>(label);
    return findings && findings->isVisibleTo(findings->window()) && findings->codes().contains(code);
}

bool GuiTest::nextEnabled(const SetupWizard &wizard)
{
    return wizard.button(QWizard::NextButton)->isEnabled();
}

void GuiTest::clickNext(SetupWizard *wizard)
{
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
}

void GuiTest::showTab(QWidget *widget)
{
    for (QWidget *p = widget->parentWidget(); p; p = p->parentWidget())
        if (auto *tabs = qobject_cast<QTabWidget *>(p))
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->widget(i) == widget || tabs->widget(i)->isAncestorOf(widget))
                    tabs->setCurrentIndex(i);
}

void GuiTest::clickIndicator(QWidget *button)
{
    QTest::mouseClick(button, Qt::LeftButton, Qt::NoModifier, QPoint(8, button->height() / 2));
}

bool GuiTest::typeInFocusedEditor(const QString &text)
{
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    if (!editor)
        return false;
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    return true;
}

QString GuiTest::makeCurrentApp(const QString &dir, const QByteArray &providers)
{
    writeFile(dir + QStringLiteral("/root_config.json"), "{\"config_version\": 20210101}\n");
    if (!providers.isNull())
        writeFile(dir + QStringLiteral("/auth/providers.json"), providers);
    return dir;
}

QString GuiTest::makeLegacyApp(const QString &dir)
{
    writeFile(dir + QStringLiteral("/config.json"), "{\"config_version\": 20180301}\n");
    writeFile(dir + QStringLiteral("/auth_providers/anon-user.json"),
              "{\n    \"id\": \"5f0\",\n    \"name\": \"anon-user\",\n    \"type\": \"anon-user\",\n"
              "    \"config\": {},\n    \"disabled\": false\n}\n");
    return dir;
}

QByteArray GuiTest::anonUserProviders()
{
    return "{\n    \"anon-user\": {\n        \"name\": \"anon-user\",\n        \"type\": \"anon-user\",\n"
           "        \"disabled\": false\n    }\n}\n";
}

QByteArray GuiTest::readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool GuiTest::writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}
