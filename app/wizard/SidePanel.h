#pragma once

#include <QFrame>
#include <QWidget>

/// The column QWizard shows beside every page (the sandbox banner above the providers.json preview), with a
/// handle on its right edge that drags its width. QWizard lays the side widget and the page out itself, so
/// no QSplitter can sit between them: the panel asks for the dragged width instead, and always leaves the
/// page at least pageMinimumWidth().
class SidePanel : public QWidget
{
    Q_OBJECT

public:
    explicit SidePanel(QWidget *content, QWidget *parent = nullptr);

    /// The width asked for (dragged or restored); the panel is narrower when the window is too small for it.
    int preferredWidth() const { return m_preferred; }
    void setPreferredWidth(int width);
    QWidget *handle() const { return m_handle; }

    static constexpr int minimumWidth = 240;
    static constexpr int defaultWidth = 440;
    static constexpr int pageMinimumWidth = 560;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /// The user let go of the handle at a new width.
    void dragged(int width);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int effectiveWidth() const;

    QFrame *m_handle;
    int m_preferred = defaultWidth;
    int m_grab = -1; // where in the handle the drag started, or -1
    QWidget *m_watchedWindow = nullptr;
};
