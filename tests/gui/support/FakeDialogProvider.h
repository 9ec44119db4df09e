#pragma once

#include "wizard/DialogProvider.h"

#include <QList>
#include <QStringList>

/// Answers the wizard's dialogs from queues (an empty queue means "Cancel") and records what was asked.
/// Installs itself for its lifetime.
class FakeDialogProvider : public DialogProvider
{
public:
    FakeDialogProvider() { DialogProvider::setCurrent(this); }
    ~FakeDialogProvider() override { DialogProvider::setCurrent(nullptr); }

    QStringList openFileAnswers;
    QStringList saveFileAnswers;
    QStringList directoryAnswers;
    QList<bool> confirmAnswers;

    QStringList asked; // every caption / title, in order
    QString lastConfirmDetails;
    QStringList warnings;

    QString openFileName(QWidget *, const QString &caption, const QString &, const QString &) override;
    QString saveFileName(QWidget *, const QString &caption, const QString &, const QString &) override;
    QString existingDirectory(QWidget *, const QString &caption, const QString &) override;
    bool confirm(QWidget *, const QString &title, const QString &text, const QString &details) override;
    void warning(QWidget *, const QString &title, const QString &text) override;
};
