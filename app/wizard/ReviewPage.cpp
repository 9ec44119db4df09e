#include "wizard/ReviewPage.h"

#include "core/AppDirectory.h"
#include "ui_ReviewPage.h"
#include "wizard/DialogProvider.h"
#include "wizard/DiffHighlighter.h"
#include "wizard/FindingLabel.h"
#include "wizard/OktaSetupDialog.h"
#include "wizard/WizardModel.h"

#include <QDir>
#include <QFontDatabase>
#include <QWizard>

ReviewPage::ReviewPage(WizardModel *model, QWidget *parent) : ModelPage(model, parent), ui(new Ui::ReviewPage)
{
    ui->setupUi(this);
    setTitle(tr("Review"));
    setSubTitle(tr("Everything core checks before a file is written, and what will change."));
    new DiffHighlighter(ui->reviewDiffTextEdit->document());
    ui->reviewDiffTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    ui->reviewTargetLabel->setAccessibleName(tr("App directory"));
    ui->reviewTargetLayout->setStretch(0, 1); // the path takes the room, the button keeps its size
    ui->chooseReviewAppDirButton->setIcon(QIcon(QStringLiteral(":/icons/folder.svg")));
    connect(ui->chooseReviewAppDirButton, &QPushButton::clicked, this, [this] {
        const QString dir = DialogProvider::current().existingDirectory(
            this, tr("Choose the app directory to compare with"), this->model()->appDirectory());
        if (!dir.isEmpty())
            this->model()->setAppDirectory(dir);
    });
    connect(model, &WizardModel::appDirectoryChanged, this, &ReviewPage::refreshDiff);
    connect(ui->findingsTreeWidget, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (OktaSetupDialog::fixes(item->data(0, Qt::UserRole).toString()))
            emit oktaSetupRequested();
    });
    bindModel();
}

ReviewPage::~ReviewPage() = default;

QWidget *ReviewPage::tokenCheckArea() const
{
    return ui->tokenCheckArea;
}

QStringList ReviewPage::ownedFields() const
{
    // Every finding counts here, including ones no earlier page shows (e.g. from an imported file).
    QStringList fields;
    for (const Finding &f : model()->findings())
        fields << f.field;
    return fields;
}

void ReviewPage::initializePage()
{
    refreshDiff();
}

void ReviewPage::refresh()
{
    refreshFindings();
    if (wizard() && wizard()->currentPage() == this)
        refreshDiff();
}

void ReviewPage::refreshFindings()
{
    const Findings &findings = model()->findings();
    qsizetype errors = 0;
    ui->findingsTreeWidget->clear();
    for (const Finding &f : findings) {
        errors += f.isError();
        auto *item = new QTreeWidgetItem(ui->findingsTreeWidget, {f.message});
        item->setIcon(0, QIcon(f.isError() ? QStringLiteral(":/icons/error.svg")
                                           : QStringLiteral(":/icons/warning.svg")));
        item->setData(0, Qt::UserRole, f.code);
        item->setToolTip(0, f.code);
        if (!f.hint.isEmpty()) {
            auto *hint = new QTreeWidgetItem(item, {f.hint});
            hint->setForeground(0, palette().color(QPalette::Disabled, QPalette::Text));
            hint->setFlags(Qt::ItemIsEnabled);
        }
        if (OktaSetupDialog::fixes(f.code)) { // Okta's side can be set up from here
            auto *setUp = new QTreeWidgetItem(item, {tr("Set up Okta… (double-click or Enter)")});
            setUp->setData(0, Qt::UserRole, f.code);
            setUp->setIcon(0, QIcon(QStringLiteral(":/icons/open.svg")));
        }
    }
    ui->findingsTreeWidget->expandAll();
    if (findings.isEmpty())
        new QTreeWidgetItem(ui->findingsTreeWidget, {tr("No errors and no warnings.")});
    // The summary speaks for the token check shown below it too, so the two never contradict each other.
    const WizardModel::TokenCheck &check = model()->tokenCheck();
    const bool current = check.present && !check.stale;
    const qsizetype refusals =
        current && check.result.refusedByAppServices() ? check.result.failures.size() : 0;
    // App Services has no issuer setting: a wrong issuer alone is a setup mistake, not a refusal.
    const bool wrongIssuerOnly = current && !check.result.isValid() && refusals == 0;
    const QString tokenPart =
        tr("The checked token would be refused (%n failure(s)): see the token check below.", nullptr,
           int(refusals));
    const qsizetype warnings = findings.size() - errors;
    if (errors > 0) {
        ui->summaryLabel->showMessage(
            FindingLabel::Kind::Error,
            tr("<b>%1 of %2 findings are errors.</b> Go back and fix them to continue.")
                .arg(errors)
                .arg(findings.size()));
    } else if (refusals > 0) {
        ui->summaryLabel->showMessage(
            FindingLabel::Kind::Error,
            tr("<b>The settings have no errors, but App Services would refuse the checked "
               "token.</b>") +
                QLatin1Char(' ') + tokenPart.toHtmlEscaped());
    } else if (wrongIssuerOnly) {
        ui->summaryLabel->showMessage(
            FindingLabel::Kind::Warning,
            tr("<b>The settings have no errors.</b> App Services would accept the checked "
               "token, but its issuer is not the one discovered (a setup mistake): see the "
               "token check below."));
    } else if (warnings > 0) {
        ui->summaryLabel->showMessage(
            FindingLabel::Kind::Warning,
            tr("<b>No errors, %n warning(s).</b> Read them before you continue.", nullptr, int(warnings)));
    } else {
        ui->summaryLabel->showMessage(FindingLabel::Kind::Success,
                                      tr("<b>All checks passed.</b> The provider is ready to export."));
    }
}

void ReviewPage::refreshDiff()
{
    const QString dir = model()->appDirectory();
    if (dir.isEmpty()) {
        ui->reviewTargetLabel->setText(tr("No app directory chosen. Choose one to see what an export would "
                                          "change."));
        ui->reviewDiffTextEdit->setPlainText(QString());
        return;
    }
    // A dry run with consent given: the diff shows exactly what Export will write after the user agrees.
    const AppDirectory::Export e = AppDirectory::exportTo(dir, model()->settings(), true, true);
    ui->reviewTargetLabel->setText(e.file.isEmpty() ? QDir::toNativeSeparators(dir)
                                                    : QDir::toNativeSeparators(e.file));
    if (!e.ok())
        ui->reviewDiffTextEdit->setPlainText(tr("Cannot compare: %1").arg(e.problem.message));
    else if (e.diff.isEmpty())
        ui->reviewDiffTextEdit->setPlainText(tr("No changes: the file already holds this provider."));
    else
        ui->reviewDiffTextEdit->setPlainText(e.diff);
}
