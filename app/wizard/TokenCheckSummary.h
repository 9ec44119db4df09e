#pragma once

#include "MetadataField.h"
#include "TokenCheckResult.h"

#include <QWidget>

#include <memory>

namespace Ui {
class TokenCheckSummary;
}

/// The last token check at a glance: valid or not, every failure and warning with its code, the key id
/// that verified it, and the user `data` document App Services would build (pretty JSON).
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

public slots:
    void setResult(const TokenCheckResult &result);
    /// Rebuilds the user data and the metadata failures (required_claim_missing, claim_too_long) of the
    /// shown result for `fields`, so the summary follows metadata edits made after the check.
    void setMetadataFields(const QList<MetadataField> &fields);
    /// Back to the empty state.
    void clear();

private:
    std::unique_ptr<Ui::TokenCheckSummary> ui;
    TokenCheckResult m_result;
    bool m_hasResult = false;
};
