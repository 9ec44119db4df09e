#pragma once

#include "core/JournalEntry.h"
#include "core/UndoPlan.h"

#include <QList>
#include <QString>
#include <QWidget>

class AdminApiClient;
class Undoer;
struct DeployResult;

namespace Ui {
class HistoryPanel;
}

/// The journal of remote changes for one App (or Okta domain): entries newest first, the diff an Undo would
/// apply, and Undo after a confirmation that shows what it will change. The undo reads the remote first and
/// asks again, with the difference, when the object changed since the entry.
class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    /// Undo goes through `client` (e.g. the deploy panel's, so its session is reused).
    explicit HistoryPanel(AdminApiClient *client, QWidget *parent = nullptr);
    ~HistoryPanel() override;

    /// Lists the entries made against this Admin API, project and App (`_id` or Client App ID) and reloads.
    void setTarget(const QString &adminApiBase, const QString &projectId, const QString &appId,
                   const QString &clientAppId);
    /// Also lists the entries of this Okta domain (empty: none) and reloads.
    void setOktaDomain(const QString &domain);
    /// The API key for an undo when the client has no session; the private key stays in memory only.
    void setCredentials(const QString &publicKey, const QString &privateKey);
    /// Default: the journal under the XDG state folder.
    void setJournalPath(const QString &path);
    QList<JournalEntry> entries() const { return m_entries; }
    Undoer *undoer() const { return m_undoer; }
    bool isBusy() const;

public slots:
    /// Reads the journal again.
    void reload();
    /// Plans the undo of the selected entry (reads only), then asks before any write.
    void undoSelected();

signals:
    /// An undo wrote to the remote (the entry it reverted); the remote differs from what was shown.
    void remoteChanged(const QString &entryId);

private:
    void showSelected();
    void onPlanned(const UndoPlan &plan);
    void onFinished(const DeployResult &result);
    void start(bool dryRun, bool force);
    void updateEnabled();

    Ui::HistoryPanel *ui;
    AdminApiClient *m_client;
    Undoer *m_undoer;
    QString m_journalPath;
    QString m_adminApi;
    QString m_projectId;
    QString m_appId;
    QString m_clientAppId;
    QString m_oktaDomain;
    QString m_publicKey;
    QString m_privateKey;
    QList<JournalEntry> m_entries;
    JournalEntry m_undoing;
    bool m_dryRun = false;
};
