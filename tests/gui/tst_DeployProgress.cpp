#include "wizard/DeployProgress.h"
#include "wizard/FindingLabel.h"

#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTest>

class tst_DeployProgress : public QObject
{
    Q_OBJECT

private slots:
    // The request log follows its newest entry, even after the user scrolled up to read an older one.
    void logFollowsTheNewestEntry()
    {
        QWidget window;
        auto *steps = new QListWidget(&window);
        auto *log = new QPlainTextEdit(&window);
        auto *result = new FindingLabel(&window);
        log->setGeometry(0, 0, 300, 80);
        window.resize(300, 200);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DeployProgress progress(steps, log, result);
        progress.begin(QStringLiteral("Deploy"), QStringLiteral("Working…"));
        for (int i = 0; i < 40; ++i)
            progress.appendLog(QStringLiteral("> GET /api/admin/v3.0/groups/%1/apps").arg(i));
        QScrollBar *bar = log->verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        QCOMPARE(bar->value(), bar->maximum());
        bar->setValue(0); // reading an older line
        progress.report(FindingLabel::Kind::Success, QStringLiteral("Deployed."));
        QCOMPARE(bar->value(), bar->maximum());
        QVERIFY(log->toPlainText().endsWith(QStringLiteral("Deployed.")));
    }
};

QTEST_MAIN(tst_DeployProgress)
#include "tst_DeployProgress.moc"
