#pragma once

#include <QObject>

/// Start-up benchmark hook: with OWZ_BENCH_EXIT_AFTER_FIRST_PAINT set, prints the time from
/// OWZ_BENCH_T0 (the driver's clock, seconds since the epoch) to the first painted wizard page and the
/// resident memory at that point, then exits. Without the variable it costs one getenv.
class FirstPaintProbe : public QObject
{
public:
    /// Installs the probe on the application when the variable is set.
    static void installIfRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FirstPaintProbe(QObject *parent) : QObject(parent) {}
    static void reportAndExit();
    static bool insidePage(const QObject *object);

    bool m_seen = false;
};
