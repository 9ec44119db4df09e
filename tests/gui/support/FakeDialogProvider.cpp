#include "FakeDialogProvider.h"

namespace {
QString take(QStringList &answers)
{
    return answers.isEmpty() ? QString() : answers.takeFirst();
}
} // namespace

QString FakeDialogProvider::openFileName(QWidget *, const QString &caption, const QString &, const QString &)
{
    asked << caption;
    return take(openFileAnswers);
}

QString FakeDialogProvider::saveFileName(QWidget *, const QString &caption, const QString &, const QString &)
{
    asked << caption;
    return take(saveFileAnswers);
}

QString FakeDialogProvider::existingDirectory(QWidget *, const QString &caption, const QString &)
{
    asked << caption;
    return take(directoryAnswers);
}

bool FakeDialogProvider::confirm(QWidget *, const QString &title, const QString &, const QString &details)
{
    asked << title;
    lastConfirmDetails = details;
    return !confirmAnswers.isEmpty() && confirmAnswers.takeFirst();
}

void FakeDialogProvider::warning(QWidget *, const QString &title, const QString &text)
{
    asked << title;
    warnings << text;
}
