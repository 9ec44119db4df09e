// owz-icon-renderer OUTDIR SIZE... -- ICON.svg...: writes OUTDIR/<icon>-<size>.png for every size, drawn by
// the same SVG icon engine that would draw the SVG as a QIcon, and OUTDIR/<icon>.png as an <img> in rich
// text would load it (the SVG image plugin, at the SVG's own size), so each PNG looks exactly like the SVG
// did. The build runs it for the first page's icons: showing them then parses no SVG.
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QStringList args = QGuiApplication::arguments().mid(1);
    const qsizetype separator = args.indexOf(QStringLiteral("--"));
    if (args.size() < 4 || separator < 2) {
        QTextStream(stderr) << "usage: owz-icon-renderer OUTDIR SIZE... -- ICON.svg...\n";
        return 2;
    }
    const QDir out(args.constFirst());
    const QStringList sizes = args.mid(1, separator - 1);
    for (const QString &svg : args.mid(separator + 1)) {
        const QString base = out.filePath(QFileInfo(svg).completeBaseName());
        const QImage image(svg);
        if (image.isNull() || !image.save(base + QStringLiteral(".png"))) {
            QTextStream(stderr) << "owz-icon-renderer: could not render " << svg << '\n';
            return 1;
        }
        const QIcon icon(svg);
        for (const QString &size : sizes) {
            const int pixels = size.toInt();
            const QPixmap pixmap = icon.pixmap(QSize(pixels, pixels), 1.0);
            const QString png = base + QStringLiteral("-%1.png").arg(size);
            if (pixels <= 0 || pixmap.size() != QSize(pixels, pixels) || !pixmap.save(png)) {
                QTextStream(stderr) << "owz-icon-renderer: could not render " << svg << " at " << size
                                    << '\n';
                return 1;
            }
        }
    }
    return 0;
}
