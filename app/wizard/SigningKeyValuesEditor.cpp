#include "wizard/SigningKeyValuesEditor.h"

#include "core/ProviderValidator.h"
#include "core/SigningKeyFile.h"
#include "wizard/DialogProvider.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

SigningKeyValuesEditor::SigningKeyValuesEditor(QWidget *parent)
    : QWidget(parent), m_form(new QFormLayout(this))
{
    setObjectName(QStringLiteral("signingKeyValuesEditor"));
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
}

void SigningKeyValuesEditor::setNames(const QStringList &names)
{
    if (names == m_names)
        return;
    QMap<QString, QString> kept;
    for (const QString &name : names) {
        if (QLineEdit *edit = m_edits.value(name))
            kept.insert(name, edit->text());
    }
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_edits.clear();
    m_names = names;
    for (const QString &name : names) {
        auto *edit = new QLineEdit(kept.value(name), this);
        edit->setObjectName(QStringLiteral("signingKeyValueLineEdit_") + name);
        edit->setEchoMode(QLineEdit::Password);
        edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText |
                                  Qt::ImhNoAutoUppercase);
        edit->setPlaceholderText(tr("Leave empty to keep the App's Secret"));
        edit->setAccessibleName(tr("Value of signing key %1").arg(name));
        auto *file = new QPushButton(tr("From file…"), this);
        file->setObjectName(QStringLiteral("signingKeyFileButton_") + name);
        file->setAccessibleName(tr("Read the value of signing key %1 from a file").arg(name));
        file->setAutoDefault(false);
        auto *row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(file);
        auto *label = new QLabel(tr("Value of %1:").arg(name), this);
        label->setBuddy(edit);
        m_form->addRow(label, row);
        m_edits.insert(name, edit);
        connect(edit, &QLineEdit::textChanged, this, &SigningKeyValuesEditor::valuesChanged);
        connect(file, &QPushButton::clicked, this, [this, name] { chooseFile(name); });
    }
    setVisible(!names.isEmpty());
    emit valuesChanged();
}

QMap<QString, QString> SigningKeyValuesEditor::values() const
{
    QMap<QString, QString> out;
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
        if (!it.value()->text().isEmpty())
            out.insert(it.key(), it.value()->text());
    }
    return out;
}

Findings SigningKeyValuesEditor::findings() const
{
    Findings out;
    const QMap<QString, QString> entered = values();
    for (auto it = entered.cbegin(); it != entered.cend(); ++it)
        out << ProviderValidator::validateSigningKeyValue(it.key(), it.value());
    return out;
}

void SigningKeyValuesEditor::clearValues()
{
    for (QLineEdit *edit : std::as_const(m_edits))
        edit->clear();
}

void SigningKeyValuesEditor::chooseFile(const QString &name)
{
    const QString path = DialogProvider::current().openFileName(this, tr("Value of signing key %1").arg(name),
                                                                QString(), tr("All files (*)"));
    if (path.isEmpty())
        return;
    // Read once, as the CLI's --signing-key NAME=FILE does; the value goes into the field, never elsewhere.
    const Result<SigningKeyFile::Value> key = SigningKeyFile::read(name, path);
    if (!key)
        return DialogProvider::current().warning(this, tr("Cannot read the signing key"),
                                                 key.problem().message);
    m_edits.value(name)->setText(key->value);
}
