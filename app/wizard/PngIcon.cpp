#include "PngIcon.h"

QIcon PngIcon::load(const QString &name)
{
    QIcon icon;
    for (int size : sizes())
        icon.addFile(path(name, size), QSize(size, size));
    return icon;
}

QStringList PngIcon::names()
{
    return {QStringLiteral("app"),     QStringLiteral("new"),  QStringLiteral("open"), QStringLiteral("file"),
            QStringLiteral("folder"),  QStringLiteral("copy"), QStringLiteral("ok"),   QStringLiteral("info"),
            QStringLiteral("warning"), QStringLiteral("error")};
}

QList<int> PngIcon::sizes()
{
    return {16, 20, 24, 32, 40, 48, 64, 96}; // 1x and 2x of the sizes the first page and the window use
}

QString PngIcon::path(const QString &name, int size)
{
    if (size == 0)
        return QStringLiteral(":/icons/png/%1.png").arg(name);
    return QStringLiteral(":/icons/png/%1-%2.png").arg(name).arg(size);
}
