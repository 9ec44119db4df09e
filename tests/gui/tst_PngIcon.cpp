#include "GuiTest.h"
#include "PngIcon.h"

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
        for (const QString &name : PngIcon::names()) {
            const QString svg = QStringLiteral(":/icons/%1.svg").arg(name);
            const QIcon drawn(svg);
            for (int size : PngIcon::sizes()) {
                const QImage png(PngIcon::path(name, size));
                QVERIFY2(!png.isNull(), qPrintable(PngIcon::path(name, size)));
                QCOMPARE(png.size(), QSize(size, size));
                const QImage expected = drawn.pixmap(QSize(size, size), 1.0).toImage();
                QVERIFY2(png.convertToFormat(QImage::Format_ARGB32_Premultiplied) ==
                             expected.convertToFormat(QImage::Format_ARGB32_Premultiplied),
                         qPrintable(PngIcon::path(name, size)));
            }
            // As rich text's <img> shows it (FindingLabel): at the SVG's own size.
            const QImage png(PngIcon::path(name, 0));
            QVERIFY2(!png.isNull(), qPrintable(PngIcon::path(name, 0)));
            QVERIFY2(png.convertToFormat(QImage::Format_ARGB32_Premultiplied) ==
                         QImage(svg).convertToFormat(QImage::Format_ARGB32_Premultiplied),
                     qPrintable(PngIcon::path(name, 0)));
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
