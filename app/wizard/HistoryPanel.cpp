#include "wizard/HistoryPanel.h"

#include "core/JournalFile.h"
#include "net/AdminApiClient.h"
#include "net/Undoer.h"
#include "ui_HistoryPanel.h"
#include "wizard/DialogProvider.h"

#include <QHeaderView>
#include <QLocale>
#include <QTimer>
#include <QUrl>

namespace {
QString lines(const QList<ProviderDiff::Entry> &entries)
{
    return ProviderDiff::lines(entries).join(QLatin1Char('\n'));
}

QString outcomeText(JournalEntry::Outcome outcome)
{
    switch (outcome) {
    case JournalEntry::Outcome::Ok:
        return HistoryPanel::tr("done");
    case JournalEntry::Outcome::Failed:
        return HistoryPanel::tr("failed");
    case JournalEntry::Outcome::Unknown:
        break;
    }
    return HistoryPanel::tr("outcome unknown");
}
} // namespace

HistoryPanel::HistoryPanel(AdminApiClient *client, QWidget *parent)
    : QWidget(parent), ui(new Ui::HistoryPanel), m_client(client), m_undoer(new Undoer(client, this)),
      m_journalPath(JournalFile::defaultPath())
{
    ui->setupUi(this);
    ui->historyTree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    ui->historyTree->header()->setStretchLastSection(false);
    connect(ui->historyTree, &QTreeWidget::currentItemChanged, this, &HistoryPanel::showSelected);
    connect(ui->historyRefreshButton, &QPushButton::clicked, this, &HistoryPanel::reload);
    connect(ui->historyUndoButton, &QPushButton::clicked, this, &HistoryPanel::undoSelected);
    // Handled on the next turn: the answer may open a dialog, never inside the network call's slot.
    connect(m_undoer, &Undoer::finished, this, [this](const DeployResult &result) {
        QTimer::singleShot(0, this, [this, result] { onFinished(result); });
    });
    reload();
}

HistoryPanel::~HistoryPanel()
{
    delete ui;
}

void HistoryPanel::setTarget(const QString &adminApiBase, const QString &projectId, const QString &appId,
                             const QString &clientAppId)
{
    m_adminApi = adminApiBase;
    m_projectId = projectId;
    m_appId = appId;
    m_clientAppId = clientAppId;
    reload();
}

void HistoryPanel::setOktaDomain(const QString &domain)
{
    m_oktaDomain = domain;
    reload();
}

void HistoryPanel::setCredentials(const QString &publicKey, const QString &privateKey)
{
    m_publicKey = publicKey;
    m_privateKey = privateKey;
}

void HistoryPanel::setJournalPath(const QString &path)
{
    m_journalPath = path;
    m_undoer->journal().setPath(path); // an undo is journaled where the entry was read
    reload();
}

bool HistoryPanel::isBusy() const
{
    return m_undoer->isRunning();
}

void HistoryPanel::reload()
{
    ui->historyTree->clear();
    m_entries.clear();
    const Result<JournalFile::Contents> read = JournalFile(m_journalPath).read();
    if (!read) {
        ui->historyStatusLabel->setText(read.problem().message + QLatin1Char(' ') + read.problem().fix);
        return showSelected();
    }
    const bool anyTarget = !m_appId.isEmpty() || !m_clientAppId.isEmpty() || !m_oktaDomain.isEmpty();
    const QUrl base(m_adminApi);
    for (const JournalEntry &e : read->history.newestFirst()) {
        const bool okta = !m_oktaDomain.isEmpty() && e.matches({}, m_oktaDomain);
        const bool app = e.service == JournalEntry::appServices() &&
                         (m_adminApi.isEmpty() || QUrl(e.adminApi).matches(base, QUrl::StripTrailingSlash)) &&
                         (m_projectId.isEmpty() || e.projectId == m_projectId) &&
                         ((!m_appId.isEmpty() && e.appId == m_appId) ||
                          (!m_clientAppId.isEmpty() && e.clientAppId == m_clientAppId));
        if (anyTarget && !okta && !app)
            continue;
        m_entries << e;
        QString change = e.actionText();
        if (!e.undoOf.isEmpty())
            change = tr("%1 (undo)").arg(change);
        auto *item = new QTreeWidgetItem(
            ui->historyTree,
            {QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat), change, outcomeText(e.outcome)});
        item->setToolTip(1, e.targetText());
        if (!e.error.isEmpty())
            item->setToolTip(2, e.error);
    }
    QString status = tr("%n change(s) in the journal %1.", nullptr, int(m_entries.size())).arg(m_journalPath);
    if (!read->history.skipped.isEmpty())
        status +=
            QLatin1Char(' ') + tr("%n line(s) of the journal could not be read; they were skipped and left "
                                  "as they are.",
                                  nullptr, int(read->history.skipped.size()));
    ui->historyStatusLabel->setText(status);
    if (ui->historyTree->topLevelItemCount() > 0)
        ui->historyTree->setCurrentItem(ui->historyTree->topLevelItem(0));
    showSelected();
}

void HistoryPanel::showSelected()
{
    const int row = ui->historyTree->indexOfTopLevelItem(ui->historyTree->currentItem());
    if (row < 0 || row >= m_entries.size()) {
        ui->historyDiffView->clear();
        return updateEnabled();
    }
    const UndoPlan plan = UndoPlan::preview(m_entries.at(row));
    ui->historyDiffView->setPlainText(
        plan.isRefused() ? plan.refusal.message : plan.describe() + QLatin1Char('\n') + lines(plan.changes));
    updateEnabled();
}

void HistoryPanel::updateEnabled()
{
    const bool idle = !isBusy();
    ui->historyUndoButton->setEnabled(idle && ui->historyTree->currentItem() != nullptr);
    ui->historyRefreshButton->setEnabled(idle);
}

void HistoryPanel::undoSelected()
{
    const int row = ui->historyTree->indexOfTopLevelItem(ui->historyTree->currentItem());
    if (isBusy() || row < 0 || row >= m_entries.size())
        return;
    m_undoing = m_entries.at(row);
    start(true, false); // read the remote first; nothing is written before the user confirms
}

void HistoryPanel::start(bool dryRun, bool force)
{
    Undoer::Request request;
    request.entry = m_undoing;
    request.dryRun = dryRun;
    request.force = force;
    request.publicKey = m_publicKey;
    if (!m_client->isLoggedIn())
        request.privateKey = m_privateKey;
    m_dryRun = dryRun;
    m_undoer->start(request);
    updateEnabled();
}

void HistoryPanel::onFinished(const DeployResult &result)
{
    updateEnabled();
    const UndoPlan plan = m_undoer->plan();
    DialogProvider &dialogs = DialogProvider::current();
    const bool changedSince = plan.refusal.code == QLatin1String("remote_changed");
    if (plan.isRefused() && (!changedSince || !m_dryRun)) {
        dialogs.warning(this, tr("Cannot undo"), plan.refusal.message);
        return reload();
    }
    if (!result.ok() && result.outcome != DeployResult::Outcome::Blocked) {
        dialogs.warning(this, tr("Undo failed"), result.summary());
        return reload();
    }
    if (!m_dryRun) {
        emit remoteChanged(m_undoing.id);
        return reload();
    }
    const bool yes =
        changedSince
            ? dialogs.confirm(this, tr("Undo anyway?"),
                              plan.refusal.message + QLatin1Char(' ') +
                                  tr("Undo anyway and overwrite that change?"),
                              tr("Changed since the entry (recorded → now):\n%1\n\nUndo would change:\n%2")
                                  .arg(lines(plan.drift), lines(plan.changes)))
            : dialogs.confirm(this, tr("Undo this change?"), plan.describe(), lines(plan.changes));
    if (yes)
        start(false, changedSince);
}
