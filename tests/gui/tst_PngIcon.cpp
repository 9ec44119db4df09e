#include "GuiTest.h"
#include "wizard/PngIcon.h"

#include <QFile>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QtTest>

// The first page's icons come from PNGs rendered at build time: showing it parses no SVG, and every PNG is
// pixel for pixel what the SVG gave before.
class tst_PngIcon : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { GuiTest::isolateSettings(m_dir); }

    // First: once anything in this process has drawn an SVG, the plugins stay loaded.
    void theFirstPageParsesNoSvg()
    {
        auto wizard = GuiTest::openAt(SetupWizard::WelcomePageId);
        QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
        QVERIFY(!wizard->grab().isNull()); // every widget of the first page painted, icons included
        QFile maps(QStringLiteral("/proc/self/maps"));
        QVERIFY(maps.open(QIODevice::ReadOnly));
        const QByteArray mapped = maps.readAll();
        QVERIFY2(!mapped.contains("libqsvgicon"), "the SVG icon engine was loaded");
        // Rich text shows its <img> through the image plugins, which Qt loads anyway (the command links'
        // default arrow): no label may name an SVG.
        for (const QLabel *label : wizard->findChildren<QLabel *>())
            QVERIFY2(!label->text().contains(QLatin1String(".svg")), qPrintable(label->text()));
    }

    void everyRenditionLooksLikeItsSvg()
    {
        const auto same = [](const QImage &a, const QImage &b) {
            return a.convertToFormat(QImage::Format_ARGB32_Premultiplied) ==
                   b.convertToFormat(QImage::Format_ARGB32_Premultiplied);
        };
        for (const QString &name : PngIcon::names()) {
            const QString svg = QStringLiteral(":/icons/%1.svg").arg(name);
            const QIcon drawn(svg);
            const QIcon png = PngIcon::load(name);
            for (int size : PngIcon::sizes()) {
                const QImage file(PngIcon::path(name, size));
                QVERIFY2(!file.isNull(), qPrintable(PngIcon::path(name, size)));
                QCOMPARE(file.size(), QSize(size, size));
                const QSize s(size, size);
                QVERIFY2(same(file, drawn.pixmap(s, 1.0).toImage()), qPrintable(PngIcon::path(name, size)));
                for (QIcon::Mode mode : {QIcon::Normal, QIcon::Disabled, QIcon::Selected})
                    QVERIFY2(same(png.pixmap(s, 1.0, mode).toImage(), drawn.pixmap(s, 1.0, mode).toImage()),
                             qPrintable(QStringLiteral("%1 at %2, mode %3").arg(name).arg(size).arg(mode)));
                QCOMPARE(png.actualSize(s), s);
            }
            // As rich text's <img> shows it (FindingLabel): at the SVG's own size.
            const QImage file(PngIcon::path(name, 0));
            QVERIFY2(!file.isNull(), qPrintable(PngIcon::path(name, 0)));
            QVERIFY2(same(file, QImage(svg)), qPrintable(PngIcon::path(name, 0)));
        }
    }

    void anIconHasEverySize()
    {
        const QIcon icon = PngIcon::load(QStringLiteral("new"));
        QList<QSize> expected;
        for (int size : PngIcon::sizes())
            expected << QSize(size, size);
        QCOMPARE(icon.availableSizes(), expected);
        QVERIFY(PngIcon::load(QStringLiteral("no-such-icon")).availableSizes().isEmpty());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(tst_PngIcon)
#include "tst_PngIcon.moc"
