#pragma once

#include <QList>
#include <QString>

// One row of the `make bench` table, printed as a tab-separated "ROW" line the driver script formats.
struct BenchRow
{
    QString what;
    QString ours;
    QString baseline;
    QString ratio;
    QString bar;
    bool pass = false;
    bool hasBar = true; // false: a figure reported beside its baseline, never "pass" or "FAIL"

    /// A row without a bar: its result reads "reported".
    static BenchRow reported(const QString &what, const QString &ours, const QString &baseline,
                             const QString &ratio);
    void print() const;
    static double median(QList<double> samples);
    static double percentile(QList<double> samples, double p);
    /// CPU time of the calling thread in ns: unlike wall time, it ignores the time other processes hold the
    /// CPU, so in-process figures stay comparable on a loaded machine.
    static qint64 threadCpuNs();
    static QString ms(double value) { return QString::number(value, 'f', 3) + QStringLiteral(" ms"); }
};
