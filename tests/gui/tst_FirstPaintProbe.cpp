#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// `make bench` launches okta-jwt-wizard with OWZ_BENCH_EXIT_AFTER_FIRST_PAINT and waits for its report: a
// wizard that never reports would hang the benchmark.
class tst_FirstPaintProbe : public QObject
{
    Q_OBJECT

private slots:
    void theWizardReportsItsFirstPaintAndExits()
    {
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("OWZ_BENCH_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
        env.insert(QStringLiteral("OWZ_BENCH_T0"),
                   QString::number(QDateTime::currentMSecsSinceEpoch() / 1000.0, 'f', 3));
        QProcess wizard;
        wizard.setProcessEnvironment(env);
        wizard.start(QStringLiteral(OWZ_BIN_DIR "/okta-jwt-wizard"), {});
        QVERIFY(wizard.waitForFinished(20000));
        QCOMPARE(wizard.exitCode(), 0);
        const QString out = QString::fromLatin1(wizard.readAllStandardOutput());
        static const QRegularExpression report(
            QStringLiteral("^first_paint_ms=(\\d+\\.\\d+) rss_kb=(\\d+)\\n$"));
        const QRegularExpressionMatch m = report.match(out);
        QVERIFY2(m.hasMatch(), qPrintable(out));
        QVERIFY(m.captured(1).toDouble() > 0);
        QVERIFY(m.captured(2).toLong() > 0);
    }
};

QTEST_GUILESS_MAIN(tst_FirstPaintProbe)
#include "tst_FirstPaintProbe.moc"
