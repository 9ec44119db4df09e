#pragma once

#include "core/AdminReply.h"

#include <QList>
#include <QObject>
#include <QString>

class QComboBox;

/// The App list of the deploy panel: Client App IDs with their names, the wanted one selected, and each
/// App's `_id` while the list still belongs to the connection it was loaded for.
class AppPicker : public QObject
{
    Q_OBJECT

public:
    AppPicker(QComboBox *combo, QObject *parent = nullptr);

    /// Fills the list from one listing; `source` names where it came from (base URL and project).
    void fill(const QList<AdminReply::App> &apps, const QString &source);
    /// The App the model names; selected when the list holds it.
    void setWanted(const QString &clientAppId);
    QString wanted() const { return m_wanted; }
    bool hasSelection() const;
    /// The selected App's Client App ID, else the wanted one.
    QString clientAppId() const;
    /// The selected App's `_id` when the list was loaded from `source`, else empty (resolve by listing).
    QString appId(const QString &source) const;

signals:
    /// The user picked another App.
    void picked(const QString &clientAppId);

private:
    QComboBox *m_combo;
    QString m_wanted;
    QString m_source;
};
