#include "wizard/Accessibility.h"

#include <QLabel>

void Accessibility::nameInputsFromBuddies(QWidget *root)
{
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        QWidget *buddy = label->buddy();
        if (!buddy)
            continue;
        buddy->setAccessibleName(withoutMnemonic(label->text()));
        if (QWidget *proxy = buddy->focusProxy()) // composite editors: the focused part is what AT reads
            proxy->setAccessibleName(withoutMnemonic(label->text()));
    }
}

QString Accessibility::withoutMnemonic(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&'))
                out += text.at(++i);
            continue;
        }
        out += text.at(i);
    }
    return out;
}
