#include "TokenCheckSummary.h"

#include "Accessibility.h"
#include "FindingLabel.h"
#include "UserDataBuilder.h"
#include "ui_TokenCheckSummary.h"

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
    ui->tokenFindingsTree->clear();
    ui->userDataTextEdit->clear();
    ui->tokenCheckStack->setCurrentWidget(ui->tokenCheckEmptyPage);
}

void TokenCheckSummary::setResult(const TokenCheckResult &result)
{
    m_result = result;
    m_hasResult = true;
    const qsizetype failures = result.failures.size();
    const qsizetype warnings = result.warnings.size();
    if (failures > 0)
        FindingLabel::showMessage(
            ui->tokenCheckStatusLabel, FindingLabel::Kind::Error,
            tr("Invalid: App Services would reject this token (%n failure(s)).", nullptr, int(failures)));
    else if (warnings > 0)
        FindingLabel::showMessage(ui->tokenCheckStatusLabel, FindingLabel::Kind::Warning,
                                  tr("Valid, with %n warning(s).", nullptr, int(warnings)));
    else
        FindingLabel::showMessage(ui->tokenCheckStatusLabel, FindingLabel::Kind::Success,
                                  tr("Valid: App Services would accept this token."));
    ui->tokenCheckStatusLabel->setAccessibleName(
        ui->tokenCheckStatusLabel->property("messageText").toString());

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

    ui->tokenCheckKidLabel->setText(result.kid.isEmpty() ? tr("(no key verified the signature)")
                                                         : result.kid);
    ui->userDataTextEdit->setPlainText(
        QString::fromUtf8(QJsonDocument(result.userData).toJson(QJsonDocument::Indented)));
    ui->tokenCheckStack->setCurrentWidget(ui->tokenCheckResultPage);
}

void TokenCheckSummary::setMetadataFields(const QList<MetadataField> &fields)
{
    if (!m_hasResult || m_result.claims.isEmpty())
        return; // a malformed token has no claims to map
    // Same order as TokenChecker: the metadata failures come after the others, before token_too_large.
    static const QStringList metadataCodes{QStringLiteral("required_claim_missing"),
                                           QStringLiteral("claim_too_long")};
    Findings failures, last;
    for (const Finding &f : std::as_const(m_result.failures)) {
        if (f.code == QLatin1String("token_too_large"))
            last << f;
        else if (!metadataCodes.contains(f.code))
            failures << f;
    }
    TokenCheckResult result = m_result;
    result.userData = UserDataBuilder::build(result.claims, fields, &failures);
    result.failures = failures + last;
    setResult(result);
}
