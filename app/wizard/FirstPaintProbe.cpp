#include "wizard/FirstPaintProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QWizardPage>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <unistd.h>

void FirstPaintProbe::installIfRequested()
{
    if (!std::getenv("OWZ_BENCH_EXIT_AFTER_FIRST_PAINT"))
        return;
    QCoreApplication *app = QCoreApplication::instance();
    app->installEventFilter(new FirstPaintProbe(app));
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    // Report once the page's paint event has been handled and the backing store flushed: a queued call
    // runs after the update request that painted it returns. A page covered by opaque children (a scroll
    // area's viewport) gets no paint event itself, so a paint of anything inside a page counts.
    if (!m_seen && event->type() == QEvent::Paint && insidePage(watched)) {
        m_seen = true;
        QMetaObject::invokeMethod(this, &FirstPaintProbe::reportAndExit, Qt::QueuedConnection);
    }
    return false;
}

bool FirstPaintProbe::insidePage(const QObject *object)
{
    for (; object; object = object->parent()) {
        if (qobject_cast<const QWizardPage *>(object))
            return true;
    }
    return false;
}

void FirstPaintProbe::reportAndExit()
{
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    const double t0 = std::atof(qgetenv("OWZ_BENCH_T0").constData());
    const double elapsedMs = (double(now.tv_sec) + double(now.tv_nsec) / 1e9 - t0) * 1000.0;
    QFile status(QStringLiteral("/proc/self/status"));
    long rssKb = -1;
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                rssKb = line.mid(6).trimmed().split(' ').value(0).toLong();
        }
    }
    std::printf("first_paint_ms=%.3f rss_kb=%ld\n", t0 > 0 ? elapsedMs : -1.0, rssKb);
    std::fflush(stdout);
    // No teardown: the benchmark measures start-up only, and must not save settings or geometry.
    ::_exit(0);
}
