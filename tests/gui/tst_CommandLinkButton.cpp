#include "wizard/CommandLinkButton.h"

#include <QPixmap>
#include <QTest>
#include <QVBoxLayout>

// The cached button must answer exactly what Qt's own answers, before and after every change that moves
// its size: a stale size would clip a description or leave a gap.
class tst_CommandLinkButton : public QObject
{
    Q_OBJECT

    struct Pair
    {
        QWidget window;
        CommandLinkButton *cached = new CommandLinkButton;
        QCommandLinkButton *plain = new QCommandLinkButton;
        Pair()
        {
            auto *layout = new QVBoxLayout(&window);
            layout->addWidget(cached);
            layout->addWidget(plain);
        }
        void set(const QString &text, const QString &description)
        {
            for (QCommandLinkButton *b : {static_cast<QCommandLinkButton *>(cached), plain}) {
                b->setText(text);
                b->setDescription(description);
            }
        }
    };

    static void compareSizes(Pair &pair)
    {
        if (QTest::currentTestFailed())
            return; // report the first difference only
        QCOMPARE(pair.cached->sizeHint(), pair.plain->sizeHint());
        QCOMPARE(pair.cached->minimumSizeHint(), pair.plain->minimumSizeHint());
        for (const int width : {120, 200, 320, 480, 640, 200, 120})
            QCOMPARE(pair.cached->heightForWidth(width), pair.plain->heightForWidth(width));
    }

private slots:
    void answersWhatQtAnswers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("description");
        QTest::newRow("title only") << QStringLiteral("&Start a new provider") << QString();
        QTest::newRow("short") << QStringLiteral("&Open a saved profile…")
                               << QStringLiteral("Continue from a wizard profile you saved earlier.");
        QTest::newRow("long") << QStringLiteral("Import an &app directory…")
                              << QStringLiteral(
                                     "Edit the provider of an app folder from appservices pull; exports "
                                     "go back there. Edit the provider of an app folder again.");
    }

    void answersWhatQtAnswers()
    {
        QFETCH(QString, text);
        QFETCH(QString, description);
        Pair pair;
        pair.set(text, description);
        compareSizes(pair);
        compareSizes(pair); // the second time from the cache
    }

    void followsEveryChange()
    {
        Pair pair;
        pair.set(QStringLiteral("Title"), QStringLiteral("Short."));
        compareSizes(pair);
        const int before = pair.cached->heightForWidth(200);

        pair.set(QStringLiteral("Title"), QStringLiteral("A description long enough to wrap over several "
                                                         "lines at two hundred pixels, and then some more."));
        compareSizes(pair);
        QVERIFY(pair.cached->heightForWidth(200) > before);

        pair.set(QStringLiteral("A much longer title than before"), pair.plain->description());
        compareSizes(pair);

        QFont big = pair.window.font();
        big.setPointSizeF(big.pointSizeF() * 2);
        pair.cached->setFont(big);
        pair.plain->setFont(big);
        compareSizes(pair);

        pair.cached->setIconSize(QSize(48, 48));
        pair.plain->setIconSize(QSize(48, 48));
        compareSizes(pair);

        pair.cached->setIcon(QIcon());
        pair.plain->setIcon(QIcon());
        compareSizes(pair);

        pair.cached->setFlat(true);
        pair.plain->setFlat(true);
        compareSizes(pair);

        // One non-null icon for another of a different shape: the text moves.
        for (const QSize size : {QSize(64, 64), QSize(8, 64)}) {
            QPixmap pixmap(size);
            pixmap.fill(Qt::red);
            pair.cached->setIcon(QIcon(pixmap));
            pair.plain->setIcon(QIcon(pixmap));
            compareSizes(pair);
        }

        pair.cached->setDefault(true);
        pair.plain->setDefault(true);
        compareSizes(pair);

        const QString sheet = QStringLiteral("QCommandLinkButton { padding: 20px; font-size: 30px; }");
        pair.cached->setStyleSheet(sheet);
        pair.plain->setStyleSheet(sheet);
        compareSizes(pair);
    }
};

QTEST_MAIN(tst_CommandLinkButton)
#include "tst_CommandLinkButton.moc"
