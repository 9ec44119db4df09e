#include "PreviewBench.h"

#include "core/ProvidersWriter.h"
#include "wizard/JsonHighlighter.h"
#include "wizard/PreviewPane.h"
#include "wizard/WizardModel.h"

#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QSignalBlocker>

namespace {
constexpr int kEdits = 400;

ProviderSettings settingsWith(int fields)
{
    ProviderSettings s;
    s.oktaDomain = QStringLiteral("dev-123456.okta.com");
    s.clientAppId = QStringLiteral("myapp-abcde");
    s.audience = {QStringLiteral("api://default")};
    for (int i = 0; i < fields; ++i)
        s.metadataFields.append(
            {QStringLiteral("claims.c%1").arg(i), QStringLiteral("f%1").arg(i), i % 2 == 0});
    return s;
}

// The pane after each edit (regenerate, diff, patch the changed lines, re-highlight them) against a plain,
// unhighlighted QPlainTextEdit::setPlainText of the same text; interleaved edit by edit.
QList<BenchRow> measure(int fields)
{
    WizardModel model;
    model.setSettings(settingsWith(fields));
    PreviewPane pane(&model);
    pane.resize(480, 700);
    pane.show();
    QPlainTextEdit plain;
    plain.setLineWrapMode(QPlainTextEdit::NoWrap);
    plain.setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    plain.resize(480, 700);
    plain.show();
    const int edited = fields / 2;
    QList<double> ours, baseline;
    for (int i = 0; i < kEdits; ++i) {
        {
            const QSignalBlocker quiet(&model); // the preview alone, not the pages' validation
            model.update([i, edited](ProviderSettings &x) {
                x.metadataFields[edited].fieldName = QStringLiteral("e%1").arg(i);
            });
        }
        qint64 start = BenchRow::threadCpuNs();
        pane.refresh();
        ours << double(BenchRow::threadCpuNs() - start) / 1e6;
        const QString text = QString::fromUtf8(ProvidersWriter::providersFile(model.settings()));
        start = BenchRow::threadCpuNs();
        plain.setPlainText(text);
        baseline << double(BenchRow::threadCpuNs() - start) / 1e6;
    }
    if (pane.text() != QString::fromUtf8(ProvidersWriter::providersFile(model.settings())))
        qFatal("preview benchmark: the pane does not show the model's providers.json");
    const double med = BenchRow::median(ours), base = BenchRow::median(baseline);
    const double p99 = BenchRow::percentile(ours, 0.99), baseP99 = BenchRow::percentile(baseline, 0.99);
    QList<BenchRow> rows;
    const QString label = QStringLiteral("Preview after one edit, %1 fields").arg(fields);
    rows << BenchRow{label + QStringLiteral(" (median)"),
                     BenchRow::ms(med),
                     BenchRow::ms(base) + QStringLiteral(" setPlainText"),
                     QString::number(med / base, 'f', 2) + QStringLiteral("x"),
                     QStringLiteral("<= 2 ms"),
                     med <= 2.0};
    rows << BenchRow::reported(label + QStringLiteral(" (p99)"), BenchRow::ms(p99),
                               BenchRow::ms(baseP99) + QStringLiteral(" setPlainText"),
                               QString::number(p99 / baseP99, 'f', 2) + QStringLiteral("x"));
    return rows;
}
} // namespace

QList<BenchRow> PreviewBench::run()
{
    return measure(200) + measure(5);
}
