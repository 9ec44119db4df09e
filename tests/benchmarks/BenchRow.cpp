#include "BenchRow.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

BenchRow BenchRow::reported(const QString &what, const QString &ours, const QString &baseline,
                            const QString &ratio)
{
    return {what, ours, baseline, ratio, QStringLiteral("-"), false, false};
}

void BenchRow::print() const
{
    std::printf("ROW\t%s\t%s\t%s\t%s\t%s\t%s\n", qPrintable(what), qPrintable(ours), qPrintable(baseline),
                qPrintable(ratio), qPrintable(bar),
                !hasBar ? "reported"
                : pass  ? "pass"
                        : "FAIL");
    std::fflush(stdout);
}

double BenchRow::median(QList<double> samples)
{
    return percentile(std::move(samples), 0.5);
}

double BenchRow::percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return std::nan("");
    std::sort(samples.begin(), samples.end());
    const auto index = qsizetype(std::ceil(p * double(samples.size()))) - 1;
    return samples.at(std::clamp<qsizetype>(index, 0, samples.size() - 1));
}

qint64 BenchRow::threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}
