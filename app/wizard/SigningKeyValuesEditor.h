#pragma once

#include "core/Finding.h"

#include <QMap>
#include <QStringList>
#include <QWidget>

class QFormLayout;
class QLineEdit;

/// One password field per signing-key Secret name, with "From file…": the values deploy writes to the App's
/// Secrets before the provider. Values live in these fields only: never saved, logged or shown in clear.
class SigningKeyValuesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SigningKeyValuesEditor(QWidget *parent = nullptr);

    /// One row per name; values typed for names that stay are kept.
    void setNames(const QStringList &names);
    QStringList names() const { return m_names; }
    /// The values entered (names without one are left out: deploy then keeps the existing Secret).
    QMap<QString, QString> values() const;
    /// The checks deploy applies before anything is sent (length, characters), for the entered values.
    Findings findings() const;
    /// Forgets every value (after a deploy: they are never shown again).
    void clearValues();
    QLineEdit *valueEdit(const QString &name) const { return m_edits.value(name); }

signals:
    void valuesChanged();

private:
    void chooseFile(const QString &name);

    QFormLayout *m_form;
    QStringList m_names;
    QMap<QString, QLineEdit *> m_edits;
};
