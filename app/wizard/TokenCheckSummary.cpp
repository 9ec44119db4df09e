#include "wizard/TokenCheckSummary.h"

#include "ui_TokenCheckSummary.h"
#include "wizard/Accessibility.h"
#include "wizard/FindingLabel.h"

#include <QFontDatabase>
#include <QJsonDocument>

TokenCheckSummary::TokenCheckSummary(QWidget *parent) : QWidget(parent), ui(new Ui::TokenCheckSummary)
{
    ui->setupUi(this);
    ui->userDataTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    ui->tokenFindingsTree->setAccessibleName(tr("Failures and warnings"));
    ui->tokenCheckKidLabel->setAccessibleName(tr("Key id"));
    ui->userDataTextEdit->setAccessibleName(Accessibility::withoutMnemonic(ui->userDataLabel->text()));
    clear();
}

TokenCheckSummary::~TokenCheckSummary() = default;

void TokenCheckSummary::setEmptyText(const QString &text)
{
    ui->tokenCheckEmptyLabel->setText(text);
}

void TokenCheckSummary::clear()
{
    m_result = TokenCheckResult();
    m_hasResult = false;
    m_stale = false;
    ui->tokenFindingsTree->clear();
    ui->userDataTextEdit->clear();
    ui->tokenCheckStack->setCurrentWidget(ui->tokenCheckEmptyPage);
}

void TokenCheckSummary::setResult(const TokenCheckResult &result, bool stale)
{
    m_result = result;
    m_hasResult = true;
    m_stale = stale;
    const qsizetype failures = result.failures.size();
    const qsizetype warnings = result.warnings.size();
    if (stale)
        ui->tokenCheckStatusLabel->showMessage(
            FindingLabel::Kind::Info,
            tr("Out of date: the Okta, audience or Client App ID inputs changed since "
               "this token was checked. Check it again."));
    else if (failures > 0 && result.refusedByAppServices())
        ui->tokenCheckStatusLabel->showMessage(
            FindingLabel::Kind::Error,
            tr("Invalid: App Services would reject this token (%n failure(s)).", nullptr, int(failures)));
    else if (failures > 0) // App Services has no issuer setting: a wrong issuer alone is no reason it refuses
        ui->tokenCheckStatusLabel->showMessage(
            FindingLabel::Kind::Warning,
            tr("App Services would accept this token, but its issuer is not the one "
               "discovered (a setup mistake)."));
    else if (!result.signatureChecked)
        ui->tokenCheckStatusLabel->showMessage(
            FindingLabel::Kind::Warning,
            tr("Every check without keys passed; the signature is not verified yet."));
    else if (warnings > 0)
        ui->tokenCheckStatusLabel->showMessage(FindingLabel::Kind::Warning,
                                               tr("Valid, with %n warning(s).", nullptr, int(warnings)));
    else
        ui->tokenCheckStatusLabel->showMessage(FindingLabel::Kind::Success,
                                               tr("Valid: App Services would accept this token."));
    // A stale verdict stays readable but greyed: it no longer describes these inputs.
    ui->tokenFindingsTree->setEnabled(!stale);
    ui->userDataTextEdit->setEnabled(!stale);
    ui->tokenCheckKidLabel->setEnabled(!stale);
    ui->tokenCheckStatusLabel->setAccessibleName(ui->tokenCheckStatusLabel->messageText());

    ui->tokenFindingsTree->clear();
    for (const Finding &f : result.failures + result.warnings) {
        auto *item = new QTreeWidgetItem(ui->tokenFindingsTree, {f.code, f.message});
        item->setIcon(0, QIcon(f.isError() ? QStringLiteral(":/icons/error.svg")
                                           : QStringLiteral(":/icons/warning.svg")));
        item->setToolTip(1, f.hint.isEmpty() ? f.message : f.message + QLatin1Char('\n') + f.hint);
        if (!f.hint.isEmpty())
            new QTreeWidgetItem(item, {QString(), f.hint});
    }
    ui->tokenFindingsTree->expandAll();
    ui->tokenFindingsTree->setVisible(failures + warnings > 0);
    ui->tokenFindingsTree->resizeColumnToContents(0);

    if (!result.kid.isEmpty())
        ui->tokenCheckKidLabel->setText(result.kid);
    else
        ui->tokenCheckKidLabel->setText(result.signatureChecked ? tr("(no key verified the signature)")
                                                                : tr("(signature not checked yet)"));
    ui->userDataTextEdit->setPlainText(
        QString::fromUtf8(QJsonDocument(result.userData).toJson(QJsonDocument::Indented)));
    ui->tokenCheckStack->setCurrentWidget(ui->tokenCheckResultPage);
}
