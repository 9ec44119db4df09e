#include "wizard/ApplyPage.h"

#include "core/AppDirectory.h"
#include "core/ProvidersWriter.h"
#include "core/ShellCommands.h"
#include "ui_ApplyPage.h"
#include "wizard/DialogProvider.h"
#include "wizard/DiffHighlighter.h"
#include "wizard/FindingLabel.h"
#include "wizard/WizardModel.h"

#include <QClipboard>
#include <QDir>
#include <QFontDatabase>
#include <QGuiApplication>

ApplyPage::ApplyPage(WizardModel *model, QWidget *parent) : ModelPage(model, parent), ui(new Ui::ApplyPage)
{
    ui->setupUi(this);
    setTitle(tr("Apply"));
    setSubTitle(tr("Write the provider into your app, save it as a file, or copy the commands."));
    setFinalPage(true);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    ui->exportDiffTextEdit->setFont(fixed);
    ui->commandsTextEdit->setFont(fixed);
    ui->commandsTextEdit->setMaximumHeight(96);
    ui->exportDiffTextEdit->setMinimumHeight(140);
    new DiffHighlighter(ui->exportDiffTextEdit->document());
    ui->browseAppDirButton->setIcon(QIcon(QStringLiteral(":/icons/folder.svg")));
    ui->exportButton->setIcon(QIcon(QStringLiteral(":/icons/export.svg")));
    ui->saveProvidersButton->setIcon(QIcon(QStringLiteral(":/icons/save.svg")));
    ui->copyCommandsButton->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));

    connect(ui->appDirLineEdit, &QLineEdit::textChanged, this, [this](const QString &dir) {
        if (!isLoading())
            this->model()->setAppDirectory(dir);
    });
    connect(ui->browseAppDirButton, &QPushButton::clicked, this, [this] {
        const QString dir = DialogProvider::current().existingDirectory(
            this, tr("Choose the app directory (from appservices pull)"), this->model()->appDirectory());
        if (!dir.isEmpty())
            this->model()->setAppDirectory(dir);
    });
    connect(ui->applyTabWidget, &QTabWidget::currentChanged, this, [this] {
        if (ui->applyTabWidget->currentWidget() == ui->historyTab)
            emit historyShown();
    });
    connect(ui->exportButton, &QPushButton::clicked, this, &ApplyPage::exportToAppDirectory);
    connect(ui->saveProvidersButton, &QPushButton::clicked, this, &ApplyPage::saveProvidersFile);
    connect(ui->copyCommandsButton, &QPushButton::clicked, this, &ApplyPage::copyCommands);
    connect(model, &WizardModel::appDirectoryChanged, this, [this] {
        if (ui->appDirLineEdit->text() != this->model()->appDirectory())
            ui->appDirLineEdit->setText(this->model()->appDirectory());
        refresh();
    });
    bindModel();
}

ApplyPage::~ApplyPage() = default;

QWidget *ApplyPage::deployArea() const
{
    return ui->deployGroupBox;
}

QWidget *ApplyPage::historyArea() const
{
    return ui->historyTab;
}

QWidget *ApplyPage::testLoginArea() const
{
    return ui->testLoginTab;
}

QStringList ApplyPage::ownedFields() const
{
    return {}; // Finish is always possible; exporting itself is refused while core reports errors
}

void ApplyPage::initializePage()
{
    // The folder may have been filled by `appservices pull` since it was chosen.
    model()->refreshExportTarget();
    if (ui->appDirLineEdit->text() != model()->appDirectory())
        ui->appDirLineEdit->setText(model()->appDirectory());
    refresh();
}

void ApplyPage::refresh()
{
    const bool valid = !hasErrors(model()->findings());
    ui->saveProvidersButton->setEnabled(valid);
    refreshTarget();
    refreshCommands();
    renderExport();
    if (!valid)
        ui->saveResultLabel->showMessage(FindingLabel::Kind::Error,
                                         tr("Fix the errors listed on the Review page first."));
    else if (m_savedFile.isEmpty() || m_savedFile != ProvidersWriter::providersFile(model()->settings()))
        ui->saveResultLabel->showMessage(FindingLabel::Kind::Info, QString());
}

void ApplyPage::refreshTarget()
{
    const QString dir = model()->appDirectory();
    const Result<AppDirectory::Detection> &d = model()->exportTarget();
    if (dir.isEmpty())
        ui->appDirStatusLabel->showMessage(
            FindingLabel::Kind::Info,
            tr("Choose the folder that <code>appservices pull</code> created. No such "
               "folder yet? Run <code>appservices pull</code> first."));
    else if (!d) // an empty or new folder is not an app yet: the app comes from `appservices pull`
        ui->appDirStatusLabel->showMessage(
            FindingLabel::Kind::Error,
            d.problem().message.toHtmlEscaped() +
                (d.problem().code == QLatin1String("app_dir_missing") ||
                         d.problem().code == QLatin1String("app_dir_unrecognized")
                     ? QLatin1Char(' ') + tr("Run <code>appservices pull</code> first, "
                                             "then choose the folder it created.")
                     : QString()));
    else
        ui->appDirStatusLabel->showMessage(
            FindingLabel::Kind::Info,
            (d->layout == AppDirectory::Layout::Current ? tr("Current layout: the provider goes into %1.")
                                                        : tr("Legacy layout: the provider goes into %1."))
                .arg(QDir::toNativeSeparators(d->providerFile).toHtmlEscaped()));
    ui->exportButton->setEnabled(!dir.isEmpty() && d.ok() && !hasErrors(model()->findings()));
}

void ApplyPage::renderExport()
{
    const WizardModel::ExportOutcome &o = model()->exportOutcome();
    const AppDirectory::Export &e = o.result;
    ui->exportDiffTextEdit->setVisible(o.present && !e.diff.isEmpty() && (o.declined || e.ok()));
    if (!ui->exportDiffTextEdit->isHidden() && ui->exportDiffTextEdit->toPlainText() != e.diff)
        ui->exportDiffTextEdit->setPlainText(e.diff);
    if (!o.present) {
        ui->exportResultLabel->showMessage(FindingLabel::Kind::Info, QString());
    } else if (o.declined) {
        ui->exportResultLabel->showMessage(FindingLabel::Kind::Warning,
                                           tr("Nothing was written: the existing provider was kept."));
    } else if (!e.ok()) {
        ui->exportResultLabel->showMessage(FindingLabel::Kind::Error,
                                           tr("Export failed: %1").arg(e.problem.message.toHtmlEscaped()));
    } else {
        const QString file = QDir::toNativeSeparators(e.file).toHtmlEscaped();
        const QString message = e.action == ProvidersMerger::Action::Unchanged
                                    ? tr("Unchanged: %1 already holds this provider.").arg(file)
                                : e.action == ProvidersMerger::Action::Added
                                    ? tr("Added the custom-token provider to %1.").arg(file)
                                    : tr("Replaced the custom-token provider in %1.").arg(file);
        ui->exportResultLabel->showMessage(FindingLabel::Kind::Success, message);
    }
}

void ApplyPage::refreshCommands()
{
    const ProviderSettings &s = model()->settings();
    const QString dir = model()->appDirectory().isEmpty() ? tr("./my-app") : model()->appDirectory();
    ui->commandsTextEdit->setPlainText(ShellCommands::oktaJwtExport(s, dir) + QLatin1Char('\n') +
                                       ShellCommands::appServicesPush(dir, s.clientAppId));
}

void ApplyPage::exportToAppDirectory()
{
    if (hasErrors(model()->findings())) { // like `okta-jwt export`: an invalid provider touches nothing
        ui->exportResultLabel->showMessage(
            FindingLabel::Kind::Error,
            tr("Nothing was written: fix the errors listed on the Review page first."));
        return;
    }
    const QString dir = model()->appDirectory();
    const ProviderSettings settings = model()->settings();
    AppDirectory::Export e = AppDirectory::exportTo(dir, settings, false, false);
    if (e.ok() && e.action == ProvidersMerger::Action::NeedsConsent) {
        const bool replace = DialogProvider::current().confirm(
            this, tr("Replace the existing provider?"),
            tr("%1 already has a different custom-token provider. Replace it? The details show the diff.")
                .arg(QDir::toNativeSeparators(e.file)),
            e.diff);
        if (!replace)
            return model()->setExportOutcome(e, true);
        e = AppDirectory::exportTo(dir, settings, true, false);
    }
    model()->refreshExportTarget(); // an export into a new app may have made its provider file
    model()->setExportOutcome(e, false);
}

void ApplyPage::saveProvidersFile()
{
    const QString path = DialogProvider::current().saveFileName(
        this, tr("Save providers.json"), QStringLiteral("providers.json"), tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    const QByteArray file = ProvidersWriter::providersFile(model()->settings());
    m_savedFile.clear();
    const Result<void> written = AppDirectory::writeAtomically(path, file);
    if (written) {
        m_savedFile = file;
        ui->saveResultLabel->showMessage(FindingLabel::Kind::Success,
                                         tr("Saved %1.").arg(QDir::toNativeSeparators(path).toHtmlEscaped()));
    } else {
        ui->saveResultLabel->showMessage(FindingLabel::Kind::Error,
                                         written.problem().message.toHtmlEscaped());
    }
}

void ApplyPage::copyCommands()
{
    QGuiApplication::clipboard()->setText(ui->commandsTextEdit->toPlainText());
}
