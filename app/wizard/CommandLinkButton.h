#pragma once

#include <QCommandLinkButton>

/// A QCommandLinkButton that remembers its size hint and its height for the last widths asked. Qt's own
/// lays out its title and description again on every call, and a wizard layout asks many times before the
/// first paint (20 size hints for the Welcome page's five buttons). The cache is keyed by everything the
/// answer depends on (texts, font, icon size, style), so it never returns a stale size.
class CommandLinkButton : public QCommandLinkButton
{
    Q_OBJECT

public:
    using QCommandLinkButton::QCommandLinkButton;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Drops the cache when anything the sizes depend on has changed since it was filled.
    void validate() const;

    mutable QString m_key;
    mutable QSize m_sizeHint;
    mutable QSize m_minimumSizeHint;
    mutable QList<std::pair<int, int>> m_heights; // (width, height), the last few asked
};
