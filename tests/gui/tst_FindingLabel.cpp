#include "FindingLabel.h"

#include <QLabel>
#include <QTest>

// The message styles of FindingLabel: restyled only when the kind changes, never left unstyled, and the two
// layouts (hanging icon for findings, inline icon for a one-line status).
class tst_FindingLabel : public QObject
{
    Q_OBJECT

private slots:
    void styledByKind()
    {
        QLabel label;
        FindingLabel::showMessage(&label, FindingLabel::Kind::Error, QString()); // nothing to say yet
        QVERIFY(label.isHidden());
        FindingLabel::showMessage(&label, FindingLabel::Kind::Error, QStringLiteral("1 error"));
        QCOMPARE(label.styleSheet(), FindingLabel::styleSheet(FindingLabel::Kind::Error));
        QVERIFY(label.text().contains(QStringLiteral("1 error")));
        FindingLabel::showMessage(&label, FindingLabel::Kind::Error, QStringLiteral("2 errors"));
        QVERIFY(label.text().contains(QStringLiteral("2 errors")));
        QCOMPARE(label.styleSheet(), FindingLabel::styleSheet(FindingLabel::Kind::Error));
        FindingLabel::showMessage(&label, FindingLabel::Kind::Success, QStringLiteral("Valid"));
        QCOMPARE(label.styleSheet(), FindingLabel::styleSheet(FindingLabel::Kind::Success));
        QCOMPARE(label.property("messageKind").toInt(), int(FindingLabel::Kind::Success));
    }

    void statusHasTheIconInline()
    {
        QLabel label;
        FindingLabel::showMessage(&label, FindingLabel::Kind::Warning, QStringLiteral("Valid, 1 warning"));
        QVERIFY(label.text().contains(QStringLiteral("<table")));
        FindingLabel::showStatus(&label, FindingLabel::Kind::Warning, QStringLiteral("Valid, 1 warning"));
        QVERIFY(!label.text().contains(QStringLiteral("<table")));
        QVERIFY(label.text().contains(QStringLiteral("warning.png")));
        QVERIFY(label.text().endsWith(QStringLiteral("Valid, 1 warning")));
    }
};

QTEST_MAIN(tst_FindingLabel)
#include "tst_FindingLabel.moc"
