#include "wizard/PngIcon.h"

#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>

namespace {
// Loads a rendition only when a size is first asked for: QIcon::addFile decodes every file it is given at
// once, which cost more at start-up than the SVGs did. Each size is a plain one-file QIcon, so modes
// (disabled, selected) and painting behave exactly as with QIcon's own engine.
class PngIconEngine : public QIconEngine
{
public:
    explicit PngIconEngine(const QString &name) : m_name(name) {}

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return iconFor(size).pixmap(size, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return iconFor(size).actualSize(size, mode, state);
    }
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        iconFor(rect.size() * dpr).paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        QList<QSize> sizes;
        for (int size : PngIcon::sizes())
            sizes << QSize(size, size);
        return sizes;
    }
    QIconEngine *clone() const override { return new PngIconEngine(m_name); }
    QString key() const override { return QStringLiteral("PngIconEngine"); }

private:
    // The smallest rendition at least as large as `size` (the largest for anything bigger).
    QIcon &iconFor(const QSize &size)
    {
        const int wanted = qMax(size.width(), size.height());
        int best = PngIcon::sizes().constLast();
        for (int rendered : PngIcon::sizes()) {
            if (rendered >= wanted) {
                best = rendered;
                break;
            }
        }
        auto it = m_icons.find(best);
        if (it == m_icons.end())
            it = m_icons.insert(best, QIcon(PngIcon::path(m_name, best)));
        return *it;
    }

    QString m_name;
    QHash<int, QIcon> m_icons;
};
} // namespace

QIcon PngIcon::load(const QString &name)
{
    if (!QFile::exists(path(name, sizes().constFirst())))
        return QIcon();
    return QIcon(new PngIconEngine(name));
}

QStringList PngIcon::names()
{
    return {QStringLiteral("app"),     QStringLiteral("new"),  QStringLiteral("open"), QStringLiteral("file"),
            QStringLiteral("folder"),  QStringLiteral("copy"), QStringLiteral("ok"),   QStringLiteral("info"),
            QStringLiteral("warning"), QStringLiteral("error")};
}

QList<int> PngIcon::sizes()
{
    return {16, 20, 24, 32, 40, 48, 64, 96}; // 1x and 2x of the sizes the first page and the window use
}

QString PngIcon::path(const QString &name, int size)
{
    if (size == 0)
        return QStringLiteral(":/icons/png/%1.png").arg(name);
    return QStringLiteral(":/icons/png/%1-%2.png").arg(name).arg(size);
}
