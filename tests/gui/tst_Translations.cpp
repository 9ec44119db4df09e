#include "GuiTest.h"
#include "core/AdminApiError.h"
#include "core/FieldKeys.h"
#include "core/OktaValidator.h"
#include "wizard/Translations.h"
#include "wizard/WizardModel.h"

#include <QAbstractButton>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QMap>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

class tst_Translations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString text(SetupWizard *wizard, const char *button)
    {
        return GuiTest::find<QAbstractButton>(wizard, button)->text();
    }
    static bool qtGermanShipped()
    {
        return QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                             QStringLiteral("/qtbase_de.qm"));
    }
    // The character after a single '&' (lower case), or a null QChar.
    static QChar mnemonic(const QString &text)
    {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != QLatin1Char('&'))
                continue;
            if (text.at(i + 1) != QLatin1Char('&'))
                return text.at(i + 1).toLower();
            ++i; // "&&" is a literal ampersand
        }
        return {};
    }
    // Placeholders and mnemonic ampersands a translation must keep.
    static QStringList markers(const QString &text)
    {
        QStringList out;
        auto it = QRegularExpression(QStringLiteral("%(\\d|n)")).globalMatch(text);
        while (it.hasNext())
            out << it.next().captured();
        out.sort();
        out << QString::number(text.count(QRegularExpression(QStringLiteral("&(?!&)"))));
        return out;
    }

private slots:
    void initTestCase() { GuiTest::isolateSettings(m_dir); }

    void germanPagesAreGerman()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/okta-jwt-wizard_de.qm")));
        Translations translations;
        QVERIFY(translations.install(QLocale(QStringLiteral("de_DE"))));
        auto wizard = GuiTest::openAt(SetupWizard::WelcomePageId);
        QCOMPARE(text(wizard.get(), "startNewButton"), QStringLiteral("&Neuen Anbieter anlegen"));
        QCOMPARE(wizard->currentPage()->title(),
                 QStringLiteral("Okta-Anmeldung für App Services einrichten"));
        // QWizard's own buttons come from Qt's translation (qt6-translations-l10n, installed by make deps).
        QVERIFY2(qtGermanShipped(), "Qt's German translation is missing: run make deps");
        QVERIFY(translations.hasQtTranslation());
        QCOMPARE(text(wizard.get(), "nextButton"), QStringLiteral("&Weiter >"));
    }

    void coreMessagesShowTranslated()
    {
        Translations translations;
        QVERIFY(translations.install(QLocale(QStringLiteral("de_AT")))); // falls back to plain "de"
        auto wizard = GuiTest::openAt(SetupWizard::OktaPageId);          // empty domain: a core Finding
        wizard->model()->markTouched(FieldKeys::OktaDomain);             // shown once the field was left
        auto *label = GuiTest::find<QLabel>(wizard.get(), "oktaDomainErrorLabel");
        QVERIFY(GuiTest::showsCode(label, QStringLiteral("domain_empty")));
        QVERIFY2(label->text().contains(QStringLiteral("Die Okta-Domain ist leer.")),
                 qPrintable(label->text()));
        QCOMPARE(OktaValidator::validateDomain({}).value(0).message,
                 QStringLiteral("Die Okta-Domain ist leer."));
    }

    // German messages the wizard shows say "Abhilfe:" and name the wizard's fields, never a CLI flag.
    void germanHintsNameNoCliFlag()
    {
        Translations translations;
        QVERIFY(translations.install(QLocale(QStringLiteral("de_DE"))));
        for (const auto kind : {AdminApiError::Kind::Network, AdminApiError::Kind::Redirect}) {
            const QString line =
                AdminApiError::make(kind, QStringLiteral("network_error"), QStringLiteral("x")).toLine();
            QVERIFY2(line.contains(QStringLiteral("Abhilfe: ")) && !line.contains(QStringLiteral("Fix:")),
                     qPrintable(line));
            QVERIFY2(!line.contains(QStringLiteral("--")), qPrintable(line));
        }
    }

    void unsupportedLocaleStaysEnglish()
    {
        Translations translations;
        QVERIFY(translations.install(QLocale(QStringLiteral("de_DE"))));
        QVERIFY(!translations.install(QLocale(QStringLiteral("ja_JP")))); // replaces the German one
        QVERIFY(!translations.hasQtTranslation()); // no Japanese buttons around English pages
        auto wizard = GuiTest::openAt(SetupWizard::WelcomePageId);
        QCOMPARE(text(wizard.get(), "startNewButton"), QStringLiteral("&Start a new provider"));
        QCOMPARE(text(wizard.get(), "nextButton"), QStringLiteral("&Next >"));
        QCOMPARE(OktaValidator::validateDomain({}).value(0).message,
                 QStringLiteral("The Okta domain is empty."));
    }

    // English plural forms come from the English translation, also when the locale has none of its own.
    void englishPluralForms()
    {
        Translations translations;
        QVERIFY(!translations.install(QLocale(QStringLiteral("ja_JP"))));
        QCOMPARE(QCoreApplication::translate("PreviewPane", "%n warning(s)", nullptr, 1),
                 QStringLiteral("1 warning"));
        QCOMPARE(QCoreApplication::translate("PreviewPane", "%n warning(s)", nullptr, 2),
                 QStringLiteral("2 warnings"));
        QVERIFY(translations.install(QLocale(QStringLiteral("de_DE"))));
        QCOMPARE(QCoreApplication::translate("PreviewPane", "%n warning(s)", nullptr, 2),
                 QStringLiteral("2 Warnungen"));
    }

    void removedWhenDestroyed()
    {
        {
            Translations translations;
            QVERIFY(translations.install(QLocale(QStringLiteral("de_DE"))));
            QCOMPARE(OktaValidator::validateDomain({}).value(0).message,
                     QStringLiteral("Die Okta-Domain ist leer."));
        }
        QCOMPARE(OktaValidator::validateDomain({}).value(0).message,
                 QStringLiteral("The Okta domain is empty."));
    }

    // Alt+letter must reach one control: on every page, the visible buttons and buddied labels (the page's,
    // the preview's and the wizard's) have distinct German mnemonics.
    void germanMnemonicsDoNotClash_data()
    {
        QTest::addColumn<int>("page");
        for (int page = SetupWizard::WelcomePageId; page <= SetupWizard::ApplyPageId; ++page)
            QTest::addRow("page %d", page) << page;
    }
    void germanMnemonicsDoNotClash()
    {
        QFETCH(int, page);
        Translations translations;
        QVERIFY(translations.install(QLocale(QStringLiteral("de_DE"))));
        auto wizard = GuiTest::openAt(SetupWizard::PageId(page), GuiTest::validSettings());
        QMap<QChar, QStringList> owners;
        for (const QAbstractButton *b : wizard->findChildren<QAbstractButton *>())
            if (b->isVisibleTo(wizard.get()) && !mnemonic(b->text()).isNull())
                owners[mnemonic(b->text())] << b->text();
        for (const QLabel *l : wizard->findChildren<QLabel *>())
            if (l->buddy() && l->isVisibleTo(wizard.get()) && !mnemonic(l->text()).isNull())
                owners[mnemonic(l->text())] << l->text();
        QVERIFY(!owners.isEmpty());
        for (auto it = owners.cbegin(); it != owners.cend(); ++it)
            QVERIFY2(it->size() == 1, qPrintable(it->join(QStringLiteral(" | "))));
    }

    // Each .ts in the source tree is complete: every message translated, none left unfinished or vanished,
    // placeholders and mnemonics kept, both plural forms filled. The English one holds the plural forms only,
    // and none of them still reads "(s)".
    void tsIsComplete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("atLeast");
        QTest::newRow("German") << QStringLiteral("de") << 500;
        QTest::newRow("English plural forms") << QStringLiteral("en") << 20;
    }
    void tsIsComplete()
    {
        QFETCH(QString, language);
        QFETCH(int, atLeast);
        QFile file(QStringLiteral(OWZ_TEST_DATA "/../../resources/translations/okta-jwt-wizard_%1.ts")
                       .arg(language));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QString context, source;
        QStringList forms;
        bool numerus = false;
        QString type;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == QLatin1String("name"))
                    context = xml.readElementText();
                else if (xml.name() == QLatin1String("message")) {
                    numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                    forms.clear();
                    type.clear();
                } else if (xml.name() == QLatin1String("source"))
                    source = xml.readElementText();
                else if (xml.name() == QLatin1String("translation")) {
                    type = xml.attributes().value(QLatin1String("type")).toString();
                    if (!numerus)
                        forms << xml.readElementText();
                } else if (xml.name() == QLatin1String("numerusform"))
                    forms << xml.readElementText();
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                ++messages;
                const QString where = context + QStringLiteral(": ") + source;
                QVERIFY2(type.isEmpty(), qPrintable(type + QStringLiteral(" - ") + where));
                QVERIFY2(forms.size() == (numerus ? 2 : 1), qPrintable(where));
                QVERIFY2(numerus || language != QLatin1String("en"), qPrintable(where));
                for (const QString &form : std::as_const(forms)) {
                    QVERIFY2(!form.trimmed().isEmpty(), qPrintable(where));
                    QVERIFY2(!form.contains(QLatin1String("(s)")),
                             qPrintable(where + QStringLiteral(" -> ") + form));
                    QVERIFY2(markers(form) == markers(source),
                             qPrintable(where + QStringLiteral(" -> ") + form));
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > atLeast);
    }
};

QTEST_MAIN(tst_Translations)
#include "tst_Translations.moc"
