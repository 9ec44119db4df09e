#pragma once

#include <QLocale>
#include <QTranslator>

/// The wizard's translation and Qt's own (QWizard's buttons, standard dialogs) for one locale. Install before
/// the wizard is built: pages translate their texts when they are constructed. Only the wizard installs one;
/// the CLI stays English.
class Translations
{
public:
    Translations() = default;
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    /// Replaces what an earlier call installed. Looks for :/i18n/okta-jwt-wizard_<lang>.qm along the
    /// locale's UI languages and, only when it is found, for qtbase_<lang>.qm in Qt's translations folder.
    /// Returns true when the wizard's own translation was found; otherwise everything stays English (with
    /// the English plural forms installed, as for an English locale).
    bool install(const QLocale &locale);
    /// Whether Qt's own translation was installed too (it is optional: Debian qt6-translations-l10n).
    bool hasQtTranslation() const { return m_qtInstalled; }

private:
    void remove();

    QTranslator m_wizard;
    QTranslator m_qt;
    bool m_wizardInstalled = false;
    bool m_qtInstalled = false;
};
