#include "wizard/WelcomePage.h"

#include "core/AppDirectory.h"
#include "core/FileReader.h"
#include "core/Profile.h"
#include "core/ProvidersReader.h"
#include "ui_WelcomePage.h"
#include "wizard/DialogProvider.h"
#include "wizard/FindingLabel.h"
#include "wizard/PngIcon.h"
#include "wizard/WizardModel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QWizard>

#include <utility>

WelcomePage::WelcomePage(WizardModel *model, QWidget *parent)
    : ModelPage(model, parent), ui(new Ui::WelcomePage)
{
    ui->setupUi(this);
    setTitle(tr("Set up Okta sign-in for App Services"));
    setSubTitle(
        tr("Configure the Custom JWT provider so that users signed in with Okta can log in with their "
           "access tokens."));
    // Plain text broken into lines by hand, not word-wrapped: a wrapped label (worse, a rich-text one, with
    // a whole QTextDocument) is laid out again for every width the layout tries, which was the largest
    // single cost of showing the first page (README, Performance).
    ui->welcomeIntroLabel->setTextFormat(Qt::PlainText);
    ui->welcomeIntroLabel->setText(
        tr("You will need:\n"
           "• your Okta domain, e.g. dev-123456.okta.com\n"
           "• the authorization server that issues your access tokens (often “default”)\n"
           "• the Client App ID of your App Services app, e.g. myapp-abcde\n"
           "• optionally, your app's folder from “appservices pull”\n\n"
           "Nothing is written until the last step."));
    ui->startNewButton->setIcon(PngIcon::load(QStringLiteral("new")));
    ui->openProfileButton->setIcon(PngIcon::load(QStringLiteral("open")));
    ui->importFileButton->setIcon(PngIcon::load(QStringLiteral("file")));
    ui->importAppDirButton->setIcon(PngIcon::load(QStringLiteral("folder")));
    ui->tryWithSandboxButton->setIcon(PngIcon::load(QStringLiteral("app")));
    connect(ui->startNewButton, &QAbstractButton::clicked, this, &WelcomePage::startNew);
    connect(ui->openProfileButton, &QAbstractButton::clicked, this, &WelcomePage::openProfile);
    connect(ui->importFileButton, &QAbstractButton::clicked, this, &WelcomePage::importProvidersFile);
    connect(ui->importAppDirButton, &QAbstractButton::clicked, this, &WelcomePage::importAppDirectory);
    connect(ui->tryWithSandboxButton, &QAbstractButton::clicked, this, &WelcomePage::sandboxRequested);
    bindModel();
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::startNew()
{
    // Back on this page after work elsewhere: a click must not wipe it unasked.
    if (!model()->isPristine() &&
        !DialogProvider::current().confirm(this, tr("Start a new provider?"),
                                           tr("This clears every input of the wizard (the Okta domain, the "
                                              "App, the metadata fields and the app directory)."),
                                           QString()))
        return;
    model()->setSettings(ProviderSettings());
    model()->setAppDirectory(QString());
    loaded(QString(), {});
}

void WelcomePage::openProfile()
{
    QString path;
    QByteArray data;
    if (!askAndRead(tr("Open a wizard profile"), tr("Wizard profiles (*.json);;All files (*)"), &path, &data))
        return;
    const Result<ProviderSettings> profile = Profile::fromJson(data);
    if (!profile)
        return failed(tr("%1 is not a wizard profile: %2")
                          .arg(QDir::toNativeSeparators(path), profile.problem().message));
    model()->setSettings(*profile);
    loaded(tr("Opened the profile %1.").arg(QDir::toNativeSeparators(path)), {});
}

void WelcomePage::importProvidersFile()
{
    QString path;
    QByteArray data;
    if (!askAndRead(tr("Import a providers.json"), tr("JSON files (*.json);;All files (*)"), &path, &data))
        return;
    const ProvidersReader::Reading r = ProvidersReader::readAny(data);
    if (!parsed(path, r))
        return;
    if (!r.found)
        return failed(tr("%1 has no custom-token provider to edit.").arg(QDir::toNativeSeparators(path)));
    model()->setSettings(r.settings);
    loaded(tr("Imported the custom-token provider of %1.").arg(QDir::toNativeSeparators(path)), r.findings);
}

void WelcomePage::importAppDirectory()
{
    const QString dir =
        DialogProvider::current().existingDirectory(this, tr("Import an app directory"), QString());
    if (dir.isEmpty())
        return;
    const Result<AppDirectory::Detection> d = AppDirectory::detect(dir);
    if (!d)
        return failed(d.problem().message);
    const QString shown = QDir::toNativeSeparators(d->providerFile);
    ProvidersReader::Reading r;
    QByteArray data;
    if (QFileInfo::exists(d->providerFile)) {
        if (!readFile(d->providerFile, &data))
            return;
        r = ProvidersReader::readAny(data);
        if (!parsed(d->providerFile, r))
            return;
    }
    model()->setSettings(r.found ? r.settings : ProviderSettings());
    model()->setAppDirectory(dir);
    loaded(r.found ? tr("Imported the custom-token provider of %1.").arg(shown)
                   : tr("%1 has no custom-token provider yet; export will add one.").arg(shown),
           r.findings);
}

void WelcomePage::offerSandbox(bool offered)
{
    ui->tryWithSandboxButton->setVisible(offered);
}

void WelcomePage::showSandboxStarting()
{
    if (m_sandboxButtonText.isEmpty())
        m_sandboxButtonText = ui->tryWithSandboxButton->text();
    ui->tryWithSandboxButton->setEnabled(false);
    ui->tryWithSandboxButton->setText(tr("Starting the sandbox…"));
    ui->welcomeStatusLabel->showMessage(FindingLabel::Kind::Info, QString());
}

void WelcomePage::showSandboxStarted()
{
    endSandboxStart();
    loaded(tr("The built-in sandbox runs on 127.0.0.1 and the wizard is filled in for it."), {});
}

void WelcomePage::showSandboxFailed(const Problem &problem)
{
    endSandboxStart();
    failed(tr("The built-in sandbox could not start: %1").arg(problem.message));
}

void WelcomePage::endSandboxStart()
{
    if (!m_sandboxButtonText.isEmpty())
        ui->tryWithSandboxButton->setText(std::exchange(m_sandboxButtonText, QString()));
    ui->tryWithSandboxButton->setEnabled(true);
}

bool WelcomePage::askAndRead(const QString &caption, const QString &filter, QString *path, QByteArray *data)
{
    *path = DialogProvider::current().openFileName(this, caption, QString(), filter);
    return !path->isEmpty() && readFile(*path, data);
}

bool WelcomePage::parsed(const QString &path, const ProvidersReader::Reading &r)
{
    if (!r.ok())
        failed(tr("%1, line %2, column %3: %4")
                   .arg(QDir::toNativeSeparators(path))
                   .arg(r.line)
                   .arg(r.column)
                   .arg(r.problem.message));
    return r.ok();
}

bool WelcomePage::readFile(const QString &path, QByteArray *data)
{
    // Capped, so a chosen /dev/zero or a huge file is refused instead of exhausting memory.
    const Result<QByteArray> file = FileReader::read(path);
    if (!file) {
        failed(tr("Cannot read: %1").arg(file.problem().message));
        return false;
    }
    *data = *file;
    return true;
}

void WelcomePage::loaded(const QString &message, const Findings &findings)
{
    if (findings.isEmpty()) {
        ui->welcomeStatusLabel->showMessage(FindingLabel::Kind::Success, message.toHtmlEscaped());
        if (wizard() && wizard()->currentPage() == this)
            wizard()->next();
        return;
    }
    // Parts of the file were not understood: say so here before the user moves on.
    QStringList lines{message.toHtmlEscaped()};
    for (const Finding &f : findings)
        lines << f.message.toHtmlEscaped();
    ui->welcomeStatusLabel->showMessage(FindingLabel::Kind::Warning,
                                        lines.join(QStringLiteral("<br>")) + QStringLiteral("<br>") +
                                            tr("Press Next to continue.").toHtmlEscaped());
}

void WelcomePage::failed(const QString &message)
{
    ui->welcomeStatusLabel->showMessage(FindingLabel::Kind::Error, message.toHtmlEscaped());
}
