#pragma once

#include "core/TokenCheckResult.h"

#include <QWidget>

#include <memory>

namespace Ui {
class TokenCheckSummary;
}

/// A token check at a glance: valid or not, every failure and warning with its code, the key id that
/// verified it, and the user `data` document App Services would build (pretty JSON). A stale check (its
/// inputs changed since) is shown greyed with a note to check again.
class TokenCheckSummary : public QWidget
{
    Q_OBJECT

public:
    explicit TokenCheckSummary(QWidget *parent = nullptr);
    ~TokenCheckSummary() override;

    bool hasResult() const { return m_hasResult; }
    const TokenCheckResult &result() const { return m_result; }
    /// What the empty state says (the Review page points to "Pick from token…").
    void setEmptyText(const QString &text);

    bool isStale() const { return m_stale; }

public slots:
    void setResult(const TokenCheckResult &result, bool stale = false);
    /// Back to the empty state.
    void clear();

private:
    std::unique_ptr<Ui::TokenCheckSummary> ui;
    TokenCheckResult m_result;
    bool m_hasResult = false;
    bool m_stale = false;
};
