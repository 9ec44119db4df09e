#include "GuiTest.h"
#include "LayoutInspector.h"
#include "wizard/ApplyPage.h"
#include "wizard/DeployPanel.h"
#include "wizard/FindingLabel.h"
#include "wizard/HistoryPanel.h"
#include "wizard/TestLoginPanel.h"
#include "wizard/Translations.h"
#include "wizard/WizardModel.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

// Every page, in English and German, at 800×600 and at the default size, in its plain state and in the
// states that make it grow: no control may be cut off by its parent, squeezed below its minimum size,
// or make a page scroll sideways.
class tst_WizardLayout : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    enum class State
    {
        Plain,
        Errors,
        ManualKeys,
        Exported,
        Deploy,
        History,
        TestLogin
    };

    // Installs the German translation for "de"; English needs none.
    static bool speak(Translations *translations, const QString &language)
    {
        return language != QLatin1String("de") || translations->install(QLocale(QStringLiteral("de_DE")));
    }

    static void settle()
    {
        for (int i = 0; i < 4; ++i) {
            QCoreApplication::sendPostedEvents();
            QApplication::processEvents();
        }
    }

    static ProviderSettings settingsFor(State state)
    {
        ProviderSettings s = GuiTest::validSettings();
        if (state == State::Errors) {
            s.oktaDomain = QStringLiteral("not a domain!");
            s.authServerId = QStringLiteral("bad server id");
            s.jwkUri = QStringLiteral("http://example.com/keys");
            s.clientAppId = QStringLiteral("x");
            s.projectId = QStringLiteral("123");
            s.audience = {QStringLiteral(" ")};
            s.metadataFields = {{QStringLiteral("bad name!"), QStringLiteral("a.b"), true}};
        } else if (state == State::Deploy) { // manual keys: the deploy panel asks for each key's value
            s.verification = ProviderSettings::Verification::ManualKeys;
            s.signingAlgorithm = QStringLiteral("HS256");
            s.signingKeyNames = {QStringLiteral("okta-signing-key-one"),
                                 QStringLiteral("okta-signing-key-two")};
        } else if (state == State::ManualKeys) {
            s.verification = ProviderSettings::Verification::ManualKeys;
            s.signingKeyNames = {QStringLiteral("bad key!"), QStringLiteral("bad key!")};
        }
        return s;
    }

    void prepare(SetupWizard *wizard, State state)
    {
        if (state == State::Exported) {
            // A long path without a space, as real ones are: it must wrap, not widen the page.
            const QString app =
                m_dir.filePath(QStringLiteral("my-application-pulled-with-appservices-cli/%1/myapp")
                                   .arg(qHash(QString::fromLatin1(QTest::currentDataTag()))));
            wizard->model()->setAppDirectory(GuiTest::makeCurrentApp(app, GuiTest::anonUserProviders()));
            wizard->applyPage()->exportToAppDirectory();
        } else if (state == State::Deploy) {
            DeployPanel *panel = wizard->deployPanel();
            GuiTest::showTab(panel);
            auto *result = GuiTest::find<FindingLabel>(panel, "deployResultLabel");
            result->showMessage(FindingLabel::Kind::Error,
                                QStringLiteral("Deploy failed: the Admin API answered 401 Unauthorized "
                                               "(the API key is wrong or has no access to the project)"));
            GuiTest::find<QPlainTextEdit>(panel, "deployDiffTextEdit")->setVisible(true);
            GuiTest::find<QListWidget>(panel, "deployStepsListWidget")->setVisible(true);
            QVERIFY(
                GuiTest::find<QLineEdit>(panel, "signingKeyValueLineEdit_okta-signing-key-two")->isVisible());
        } else if (state == State::History) {
            GuiTest::showTab(wizard->historyPanel());
            QVERIFY(GuiTest::find<QWidget>(wizard->historyPanel(), "historyUndoButton")->isVisible());
        } else if (state == State::TestLogin) {
            // A refused login with long texts (they must wrap), then the page shows the tab.
            WizardModel::TestLogin outcome;
            outcome.result.stage = QStringLiteral("login");
            outcome.result.error =
                Problem(QStringLiteral("login_refused"),
                        QStringLiteral("App Services refused the login (HTTP 401 AuthError): "
                                       "'myapp-abcde' not found in 'aud' claim"),
                        {}, QStringLiteral("login"));
            outcome.result.appServicesError = QStringLiteral("'myapp-abcde' not found in 'aud' claim");
            outcome.result.errorCode = QStringLiteral("AuthError");
            outcome.result.coId = QStringLiteral("65000000000000000000002a");
            outcome.diagnosis = {QStringLiteral("audience_mismatch: The token's aud [api://default] lacks "
                                                "[myapp-abcde]; every configured audience is required.")};
            wizard->model()->setTestLogin(outcome, wizard->model()->settings());
            GuiTest::showTab(wizard->testLoginPanel());
            QVERIFY(GuiTest::find<QWidget>(wizard->testLoginPanel(), "testLoginSignInButton")->isVisible());
        }
    }

    static void addRows(const QList<std::pair<int, State>> &pages)
    {
        for (const char *lang : {"en", "de"})
            for (const QSize size : {QSize(800, 600), QSize()})
                for (const auto &[page, state] : pages) {
                    const QString pageName =
                        QString::fromLatin1(QMetaEnum::fromType<SetupWizard::PageId>().valueToKey(page));
                    const char *stateNames[] = {"plain",  "errors",  "manual keys", "exported",
                                                "deploy", "history", "test login"};
                    QTest::addRow(
                        "%s %s %s %s", lang,
                        size.isValid()
                            ? qPrintable(QStringLiteral("%1x%2").arg(size.width()).arg(size.height()))
                            : "default",
                        qPrintable(pageName), stateNames[int(state)])
                        << QString::fromLatin1(lang) << size << page << int(state);
                }
    }

private slots:
    void initTestCase() { GuiTest::isolateSettings(m_dir); }

    void nothingClippedOrCrushed_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("page");
        QTest::addColumn<int>("state");
        QList<std::pair<int, State>> pages;
        for (int page = SetupWizard::WelcomePageId; page <= SetupWizard::ApplyPageId; ++page)
            pages.append({page, State::Plain});
        for (int page = SetupWizard::OktaPageId; page <= SetupWizard::MetadataPageId; ++page)
            pages.append({page, State::Errors});
        pages.append({SetupWizard::AppServicesPageId, State::ManualKeys});
        pages.append({SetupWizard::ApplyPageId, State::Exported});
        pages.append({SetupWizard::ApplyPageId, State::Deploy});
        pages.append({SetupWizard::ApplyPageId, State::History});
        pages.append({SetupWizard::ApplyPageId, State::TestLogin});
        addRows(pages);
    }
    void nothingClippedOrCrushed()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QFETCH(int, page);
        QFETCH(int, state);
        Translations translations;
        QVERIFY(speak(&translations, language));
        auto wizard = GuiTest::openAt(SetupWizard::PageId(page), settingsFor(State(state)));
        if (size.isValid())
            wizard->resize(size);
        prepare(wizard.get(), State(state));
        if (QTest::currentTestFailed())
            return;
        settle();
        QStringList found = LayoutInspector::violations(wizard.get());
        if (size.isValid() && wizard->size() != size)
            found.prepend(QStringLiteral("the window cannot be %1x%2 (it is %3x%4)")
                              .arg(size.width())
                              .arg(size.height())
                              .arg(wizard->width())
                              .arg(wizard->height()));
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1:\n  ").arg(QTest::currentDataTag()) +
                                             found.join(QStringLiteral("\n  "))));
    }

    // Back, Next (Finish on the last page) and Cancel are where the mouse left them, on every page.
    void navigationButtonsStayPut_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const char *lang : {"en", "de"}) {
            QTest::addRow("%s 800x600", lang) << QString::fromLatin1(lang) << QSize(800, 600);
            QTest::addRow("%s default", lang) << QString::fromLatin1(lang) << QSize();
        }
    }
    void navigationButtonsStayPut()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        Translations translations;
        QVERIFY(speak(&translations, language));
        auto wizard = GuiTest::openAt(SetupWizard::WelcomePageId, GuiTest::validSettings());
        if (size.isValid())
            wizard->resize(size);
        QMap<QString, QRect> places;
        for (int page = SetupWizard::WelcomePageId; page <= SetupWizard::ApplyPageId; ++page) {
            if (page > SetupWizard::WelcomePageId)
                wizard->next();
            settle();
            QCOMPARE(wizard->currentId(), page);
            const QList<std::pair<QString, QList<QWizard::WizardButton>>> roles = {
                {QStringLiteral("Back"), {QWizard::BackButton}},
                {QStringLiteral("Next/Finish"), {QWizard::NextButton, QWizard::FinishButton}},
                {QStringLiteral("Cancel"), {QWizard::CancelButton}}};
            for (const auto &[role, buttons] : roles) {
                for (const QWizard::WizardButton which : buttons) {
                    const QAbstractButton *b = wizard->button(which);
                    if (!b->isVisible())
                        continue;
                    const QRect place(b->mapToGlobal(QPoint(0, 0)), b->size());
                    if (!places.contains(role))
                        places.insert(role, place);
                    QVERIFY2(places.value(role) == place,
                             qPrintable(QStringLiteral("%1 moved on page %2").arg(role).arg(page)));
                }
            }
        }
        QCOMPARE(places.size(), 3);
    }

    // A message that appears for a field (or goes away) does not move the page's input fields: they do not
    // jump away from under the mouse.
    void fieldsStayPutWhenAMessageAppears_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("page");
        QTest::addColumn<QString>("edited");
        QTest::addColumn<QString>("wrong");
        for (const char *lang : {"en", "de"}) {
            QTest::addRow("%s Okta domain", lang)
                << QString::fromLatin1(lang) << int(SetupWizard::OktaPageId) << QStringLiteral("oktaDomain")
                << QStringLiteral("bad domain!");
            QTest::addRow("%s auth server", lang) << QString::fromLatin1(lang) << int(SetupWizard::OktaPageId)
                                                  << QStringLiteral("authServer") << QStringLiteral("bad id");
            QTest::addRow("%s Client App ID", lang)
                << QString::fromLatin1(lang) << int(SetupWizard::AppServicesPageId)
                << QStringLiteral("clientAppId") << QStringLiteral("x");
        }
    }
    void fieldsStayPutWhenAMessageAppears()
    {
        QFETCH(QString, language);
        QFETCH(int, page);
        QFETCH(QString, edited);
        QFETCH(QString, wrong);
        Translations translations;
        QVERIFY(speak(&translations, language));
        auto wizard = GuiTest::openAt(SetupWizard::PageId(page), GuiTest::validSettings());
        settle();
        const auto places = [&wizard] {
            QMap<QString, QPoint> out;
            for (const QLineEdit *e : wizard->currentPage()->findChildren<QLineEdit *>())
                if (e->isVisible())
                    out.insert(e->objectName(), e->mapTo(wizard.get(), QPoint(0, 0)));
            return out;
        };
        auto *edit = GuiTest::find<QLineEdit>(wizard.get(), qPrintable(edited + QStringLiteral("LineEdit")));
        const auto *message =
            GuiTest::find<QLabel>(wizard.get(), qPrintable(edited + QStringLiteral("ErrorLabel")));
        const QString right = edit->text();
        const QMap<QString, QPoint> before = places();
        QVERIFY(before.size() >= 2);
        GuiTest::retype(edit, wrong);
        settle();
        QVERIFY(message->isVisible() && !message->text().isEmpty());
        QCOMPARE(places(), before);
        GuiTest::retype(edit, right);
        settle();
        QVERIFY(!message->isVisible());
        QCOMPARE(places(), before);
    }

    // At the default size the Apply page's Deploy button is one click (its tab) away, never below a scroll.
    void deployReachableWithoutScrolling_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("en") << QStringLiteral("en");
        QTest::addRow("de") << QStringLiteral("de");
    }
    void deployReachableWithoutScrolling()
    {
        QFETCH(QString, language);
        Translations translations;
        QVERIFY(speak(&translations, language));
        auto wizard = GuiTest::openAt(SetupWizard::ApplyPageId, GuiTest::validSettings());
        settle();
        auto *deploy = GuiTest::find<QAbstractButton>(wizard->deployPanel(), "deployButton");
        auto *tabs = GuiTest::find<QTabWidget>(wizard.get(), "applyTabWidget");
        const int tab = tabs->indexOf(GuiTest::find<QWidget>(wizard.get(), "deployTab"));
        QVERIFY(tab >= 0);
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, Qt::NoModifier,
                          tabs->tabBar()->tabRect(tab).center());
        settle();
        QVERIFY(deploy->isVisible());
        for (const QWidget *p = deploy->parentWidget(); p; p = p->parentWidget()) {
            if (const auto *area = qobject_cast<const QAbstractScrollArea *>(p)) {
                const QRect inView(deploy->mapTo(area->viewport(), QPoint(0, 0)), deploy->size());
                QVERIFY2(area->viewport()->rect().contains(inView),
                         qPrintable(QStringLiteral("the Deploy button is scrolled out of %1")
                                        .arg(LayoutInspector::describe(area))));
            }
        }
    }

    // The preview wraps a long line (the jwkURI) instead of hiding its end behind a sideways scroll bar.
    void previewShowsLongLinesWhole()
    {
        ProviderSettings s = GuiTest::validSettings();
        s.oktaDomain = QStringLiteral("dev-12345678.oktapreview.com");
        s.authServerId = QStringLiteral("aus1a2b3c4d5e6f7g8h9");
        auto wizard = GuiTest::openAt(SetupWizard::OktaPageId, s);
        settle();
        const auto *preview = GuiTest::find<QPlainTextEdit>(wizard.get(), "previewTextEdit");
        QVERIFY(preview->toPlainText().contains(s.effectiveJwkUri()));
        QVERIFY(!preview->horizontalScrollBar()->isVisible());
    }

    // The preview's column is dragged wider by its handle, and the next window opens at that width.
    void previewWidthIsDraggedAndRemembered()
    {
        int dragged = 0;
        {
            auto wizard = GuiTest::openAt(SetupWizard::OktaPageId, GuiTest::validSettings());
            settle();
            QWidget *side = GuiTest::find<QWidget>(wizard.get(), "sidePanel");
            QWidget *handle = GuiTest::find<QWidget>(wizard.get(), "sidePanelHandle");
            const auto drag = [handle](const QPoint &from, const QList<QPoint> &path) {
                QTest::mousePress(handle, Qt::LeftButton, Qt::NoModifier, handle->mapFromGlobal(from));
                for (const QPoint &to : path) {
                    QMouseEvent move(QEvent::MouseMove, QPointF(handle->mapFromGlobal(to)), QPointF(to),
                                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
                    QApplication::sendEvent(handle, &move);
                    settle();
                }
                QTest::mouseRelease(handle, Qt::LeftButton, Qt::NoModifier,
                                    handle->mapFromGlobal(path.last()));
                settle();
            };
            const int before = side->width();
            const QPoint start = handle->mapToGlobal(handle->rect().center());
            drag(start, {start + QPoint(60, 0)});
            dragged = side->width();
            QCOMPARE(dragged, before + 60);
            // The page keeps its room: the handle cannot take the window's whole width.
            const QPoint now = handle->mapToGlobal(handle->rect().center());
            drag(now, {now + QPoint(2000, 0)});
            QVERIFY(wizard->currentPage()->width() >= wizard->currentPage()->minimumSizeHint().width());
            QVERIFY(side->width() < wizard->width() - 400);
            drag(handle->mapToGlobal(handle->rect().center()), {now});
            QCOMPARE(side->width(), dragged);
        }
        auto again = GuiTest::openAt(SetupWizard::OktaPageId, GuiTest::validSettings());
        settle();
        QCOMPARE(GuiTest::find<QWidget>(again.get(), "sidePanel")->width(), dragged);
    }
};

QTEST_MAIN(tst_WizardLayout)
#include "tst_WizardLayout.moc"
