#include "wizard/DialogProvider.h"

#include <QFileDialog>
#include <QMessageBox>

namespace {
DialogProvider *g_override = nullptr;
} // namespace

QString DialogProvider::openFileName(QWidget *parent, const QString &caption, const QString &dir,
                                     const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString DialogProvider::saveFileName(QWidget *parent, const QString &caption, const QString &path,
                                     const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, caption, path, filter);
}

QString DialogProvider::existingDirectory(QWidget *parent, const QString &caption, const QString &dir)
{
    return QFileDialog::getExistingDirectory(parent, caption, dir);
}

bool DialogProvider::confirm(QWidget *parent, const QString &title, const QString &text,
                             const QString &details)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Yes | QMessageBox::Cancel, parent);
    box.setDefaultButton(QMessageBox::Cancel); // replacing a file is never the default
    box.setDetailedText(details);
    return box.exec() == QMessageBox::Yes;
}

void DialogProvider::warning(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

DialogProvider &DialogProvider::current()
{
    static DialogProvider real;
    return g_override ? *g_override : real;
}

void DialogProvider::setCurrent(DialogProvider *provider)
{
    g_override = provider;
}
