#include "wizard/FindingLabel.h"

#include <QTest>

// The message styles of FindingLabel: restyled only when the kind changes, never left unstyled, the two
// layouts (hanging icon for findings, inline icon for a one-line status), and what it says it shows.
class tst_FindingLabel : public QObject
{
    Q_OBJECT

private slots:
    void styledByKind()
    {
        FindingLabel label;
        label.showMessage(FindingLabel::Kind::Error, QString()); // nothing to say yet
        QVERIFY(label.isHidden());
        label.showMessage(FindingLabel::Kind::Error, QStringLiteral("1 error"));
        const QString errorStyle = label.styleSheet();
        QVERIFY(errorStyle.contains(QStringLiteral("#c62828")));
        QVERIFY(label.text().contains(QStringLiteral("1 error")));
        label.showMessage(FindingLabel::Kind::Error, QStringLiteral("2 errors"));
        QVERIFY(label.text().contains(QStringLiteral("2 errors")));
        QCOMPARE(label.styleSheet(), errorStyle);
        label.showMessage(FindingLabel::Kind::Success, QStringLiteral("Valid"));
        QVERIFY(label.styleSheet() != errorStyle);
        QCOMPARE(label.kind(), FindingLabel::Kind::Success);
        QCOMPARE(label.messageText(), QStringLiteral("Valid"));
    }

    // A label hidden while its kind changed comes back in the style of its new kind.
    void hiddenThenShownTakesTheNewStyle()
    {
        FindingLabel label;
        label.showMessage(FindingLabel::Kind::Success, QStringLiteral("Valid"));
        const QString successStyle = label.styleSheet();
        label.showMessage(FindingLabel::Kind::Error, QString());
        label.showMessage(FindingLabel::Kind::Error, QStringLiteral("Broken"));
        QVERIFY(!label.isHidden());
        QVERIFY(label.styleSheet() != successStyle);
        QVERIFY(label.styleSheet().contains(QStringLiteral("#c62828")));
    }

    void statusHasTheIconInline()
    {
        FindingLabel label;
        label.showMessage(FindingLabel::Kind::Warning, QStringLiteral("Valid, 1 warning"));
        QVERIFY(label.text().contains(QStringLiteral("<table")));
        label.showStatus(FindingLabel::Kind::Warning, QStringLiteral("Valid, 1 warning"));
        QVERIFY(!label.text().contains(QStringLiteral("<table")));
        QVERIFY(label.text().contains(QStringLiteral("warning.png")));
        QVERIFY(label.text().endsWith(QStringLiteral("Valid, 1 warning")));
    }

    void findingsErrorsFirstWithTheirCodes()
    {
        FindingLabel label;
        QWidget field;
        label.showFindings({Finding::warning(QStringLiteral("w1"), QString(), QStringLiteral("Careful."), {}),
                            Finding::error(QStringLiteral("e1"), QString(), QStringLiteral("Broken."),
                                           QStringLiteral("Fix it."))},
                           &field);
        QCOMPARE(label.kind(), FindingLabel::Kind::Error);
        QCOMPARE(label.codes(), (QStringList{QStringLiteral("e1"), QStringLiteral("w1")}));
        QVERIFY(label.messageText().indexOf(QStringLiteral("Broken.")) <
                label.messageText().indexOf(QStringLiteral("Careful.")));
        QCOMPARE(field.accessibleDescription(), QStringLiteral("Broken. Careful."));
        label.showMessage(FindingLabel::Kind::Info, QStringLiteral("A note"));
        QVERIFY(label.codes().isEmpty());
    }
};

QTEST_MAIN(tst_FindingLabel)
#include "tst_FindingLabel.moc"
