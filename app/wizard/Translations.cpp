#include "wizard/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>

Translations::~Translations()
{
    remove();
}

bool Translations::install(const QLocale &locale)
{
    remove();
    if (!m_wizard.load(locale, QStringLiteral("okta-jwt-wizard"), QStringLiteral("_"),
                       QStringLiteral(":/i18n"))) {
        // English throughout (no Japanese buttons around English pages), with English plural forms.
        m_wizardInstalled = m_wizard.load(QStringLiteral(":/i18n/okta-jwt-wizard_en.qm")) &&
                            QCoreApplication::installTranslator(&m_wizard);
        return false;
    }
    // Qt's first: the translator installed last is asked first, so the wizard's own texts win.
    m_qtInstalled = m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath)) &&
                    QCoreApplication::installTranslator(&m_qt);
    m_wizardInstalled = QCoreApplication::installTranslator(&m_wizard);
    return m_wizardInstalled;
}

void Translations::remove()
{
    if (m_wizardInstalled)
        QCoreApplication::removeTranslator(&m_wizard);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
    m_wizardInstalled = m_qtInstalled = false;
}
