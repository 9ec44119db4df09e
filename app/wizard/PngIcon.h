#pragma once

#include <QIcon>
#include <QList>
#include <QStringList>

/// The first page's icons from their PNG renditions, drawn from the SVGs at build time by Qt's own SVG icon
/// engine (:/icons/png/<name>-<size>.png): showing the first page then parses no SVG and loads no SVG
/// plugin, which was a measurable part of start-up. The other pages keep their SVG icons.
class PngIcon
{
public:
    /// `name` (e.g. "new") at every rendered size, each file read when its size is first drawn; another size
    /// is scaled from the next larger one. A null icon for an unknown name.
    static QIcon load(const QString &name);
    /// The icons and sizes the build renders (app/wizard/CMakeLists.txt lists the same).
    static QStringList names();
    static QList<int> sizes();
    /// The rendition at `size`, or with size 0 the one at the SVG's own size as an <img> in rich text shows
    /// it.
    static QString path(const QString &name, int size);
};
