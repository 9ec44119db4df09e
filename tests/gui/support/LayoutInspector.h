#pragma once

#include <QString>
#include <QStringList>

class QWidget;

/// The layout rules the wizard's pages must keep, checked on real widgets: nothing clipped by its parent,
/// squeezed below what its layout promises, a word-wrapped label cut short, a page scrolling sideways, or
/// scroll areas nested more than two deep. Each violation names the widget so it can be found in a .ui.
class LayoutInspector
{
public:
    /// Every violation among the visible widgets below `root`, one line each.
    static QStringList violations(const QWidget *root);
    /// "ClassName#objectName" of the widget and of its nearest named ancestor.
    static QString describe(const QWidget *w);
};
