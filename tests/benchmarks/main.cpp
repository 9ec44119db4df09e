// owz-bench: the in-process benchmarks (`make bench` runs it through run-benchmarks.sh).
// Prints one tab-separated ROW line per measurement. Arguments choose groups: preview token deploy export
// okta-setup.
#include "DeployBench.h"
#include "ExportBench.h"
#include "OktaSetupBench.h"
#include "PreviewBench.h"
#include "TokenBench.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStringList groups = app.arguments().mid(1);
    if (groups.isEmpty())
        groups = {QStringLiteral("preview"), QStringLiteral("token"), QStringLiteral("deploy"),
                  QStringLiteral("export"), QStringLiteral("okta-setup")};
    for (const QString &group : groups) {
        QList<BenchRow> rows;
        if (group == QLatin1String("preview"))
            rows = PreviewBench::run();
        else if (group == QLatin1String("token"))
            rows = TokenBench::run();
        else if (group == QLatin1String("deploy"))
            rows = DeployBench::run();
        else if (group == QLatin1String("export"))
            rows = ExportBench::run();
        else if (group == QLatin1String("okta-setup"))
            rows = OktaSetupBench::run();
        else
            qFatal("unknown benchmark group %s (preview, token, deploy, export, okta-setup)",
                   qPrintable(group));
        for (const BenchRow &row : rows)
            row.print();
    }
    return 0;
}
