#include "cli/Suggestion.h"

#include <QTest>

// The edit distance behind "did you mean": swaps of neighbours count once, case does not count.
class tst_Suggestion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void distance_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("expected");
        QTest::newRow("same") << "deploy"
                              << "deploy" << 0;
        QTest::newRow("swap") << "deplyo"
                              << "deploy" << 1;
        QTest::newRow("swap inside") << "okta-domian"
                                     << "okta-domain" << 1;
        QTest::newRow("insert") << "genrate"
                                << "generate" << 1;
        QTest::newRow("delete") << "validatte"
                                << "validate" << 1;
        QTest::newRow("replace") << "dify"
                                 << "diff" << 1;
        QTest::newRow("case") << "DePloy"
                              << "deploy" << 0;
        QTest::newRow("empty") << ""
                               << "abc" << 3;
        QTest::newRow("both empty") << ""
                                    << "" << 0;
        QTest::newRow("all replaced") << "abc"
                                      << "xyz" << 3;
        // Optimal string alignment: a swapped pair is not edited again.
        QTest::newRow("osa") << "ca"
                             << "abc" << 3;
    }
    void distance()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, expected);
        QCOMPARE(Suggestion::distance(a, b), expected);
        QCOMPARE(Suggestion::distance(b, a), expected);
    }

    void nearest()
    {
        const QStringList commands{"generate", "validate", "export",  "discover",  "verify-token",
                                   "diff",     "deploy",   "sandbox", "completion"};
        QCOMPARE(Suggestion::nearest("deplyo", commands), QStringList{"deploy"});
        QCOMPARE(Suggestion::nearest("verify", commands), QStringList{"verify-token"}); // a unique prefix
        QCOMPARE(Suggestion::nearest("d", commands), QStringList());                    // too short to guess
        QCOMPARE(Suggestion::nearest("de", commands), QStringList());                   // a prefix of two
        QCOMPARE(Suggestion::nearest("xyzzy", commands), QStringList());
        QCOMPARE(Suggestion::nearest("bsh", {"bash", "zsh", "fish"}), (QStringList{"bash", "zsh"}));
        QCOMPARE(Suggestion::didYouMean("bsh", {"bash", "zsh"}, "--"),
                 QStringLiteral("; did you mean --bash or --zsh?"));
        QCOMPARE(Suggestion::didYouMean("xyzzy", {"bash"}), QString());
    }
};

QTEST_GUILESS_MAIN(tst_Suggestion)
#include "tst_Suggestion.moc"
