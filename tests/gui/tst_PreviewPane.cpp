#include "GuiTest.h"
#include "core/FieldKeys.h"
#include "core/ProvidersWriter.h"
#include "wizard/FindingLabel.h"
#include "wizard/PreviewPane.h"
#include "wizard/WizardModel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTest>
#include <QTextBlock>
#include <algorithm>

class tst_PreviewPane : public QObject
{
    Q_OBJECT

    static QString expected(const WizardModel &model)
    {
        return QString::fromUtf8(ProvidersWriter::providersFile(model.settings()));
    }

    static QString lineOf(const PreviewPane &pane, qsizetype line)
    {
        return pane.text().split(QLatin1Char('\n')).at(line);
    }

private slots:
    void showsProvidersJsonOfTheModel()
    {
        WizardModel model;
        PreviewPane pane(&model);
        QCOMPARE(pane.text(), expected(model));
        QVERIFY(pane.markedLines().isEmpty()); // the first fill is not an edit
        model.setSettings(GuiTest::validSettings());
        QCOMPARE(pane.text(), expected(model));
        QVERIFY(pane.text().contains(
            QStringLiteral("\"jwkURI\": \"https://dev-123456.okta.com/oauth2/default/v1/keys\"")));
    }

    void namesAndAccessibility()
    {
        WizardModel model;
        PreviewPane pane(&model);
        auto *edit = GuiTest::find<QPlainTextEdit>(&pane, "previewTextEdit");
        QCOMPARE(edit->accessibleName(), QStringLiteral("providers.json preview"));
        QVERIFY(edit->isReadOnly());
        QVERIFY(GuiTest::find<QPushButton>(&pane, "copyPreviewButton"));
    }

    void marksTheLinesOfTheLastEdit()
    {
        WizardModel model;
        PreviewPane pane(&model);
        model.update([](ProviderSettings &s) { s.oktaDomain = QStringLiteral("dev-1.okta.com"); });
        QCOMPARE(pane.markedLines().size(), 1);
        QVERIFY(lineOf(pane, pane.markedLines().first()).contains(QStringLiteral("\"jwkURI\"")));
        QCOMPARE(pane.textEdit()->extraSelections().size(), 1);

        model.update([](ProviderSettings &s) { s.disabled = true; });
        QCOMPARE(pane.markedLines().size(), 1);
        QCOMPARE(lineOf(pane, pane.markedLines().first()).trimmed(), QStringLiteral("\"disabled\": true,"));

        // A new metadata field: "[]" becomes "[", the object lines, "]".
        model.update([](ProviderSettings &s) { s.metadataFields.append({QStringLiteral("sub"), {}, true}); });
        QCOMPARE(pane.text(), expected(model));
        QStringList marked;
        for (const qsizetype line : pane.markedLines())
            marked << lineOf(pane, line).trimmed();
        QCOMPARE(marked, (QStringList{"\"metadata_fields\": [", "{", "\"required\": true,",
                                      "\"name\": \"sub\"", "}", "]"}));

        model.update([](ProviderSettings &s) { s.metadataFields.clear(); }); // lines removed and changed
        QCOMPARE(pane.text(), expected(model));
        model.update(
            [](ProviderSettings &s) { s.oktaDomain = QStringLiteral("dev-1.okta.com"); }); // no change
        QCOMPARE(pane.text(), expected(model));
    }

    void onlyTheChangedLineIsRewritten()
    {
        WizardModel model;
        model.setSettings(GuiTest::validSettings());
        PreviewPane pane(&model);
        QTextDocument *doc = pane.textEdit()->document();
        QList<QList<int>> changes;
        connect(doc, &QTextDocument::contentsChange, this, [&changes](int position, int removed, int added) {
            changes.append({position, removed, added});
        });
        const int before = doc->characterCount();
        model.update([](ProviderSettings &s) { s.metadataFields[0].fieldName = QStringLiteral("oktaId"); });
        QCOMPARE(pane.text(), expected(model));
        // One patch of one line (the highlighter then re-colours only that block), not a reset of the text.
        QCOMPARE(changes.size(), 1);
        const QTextBlock changed = doc->findBlock(changes.first().at(0));
        QCOMPARE(changed.text().trimmed(), QStringLiteral("\"field_name\": \"oktaId\""));
        QVERIFY(changes.first().at(2) < 40);
        QVERIFY(before > 400);
    }

    void randomEditsKeepTheTextExact()
    {
        WizardModel model;
        PreviewPane pane(&model);
        QRandomGenerator rng(1234); // fixed seed: the same sequence every run
        for (int step = 0; step < 300; ++step) {
            model.update([&rng, step](ProviderSettings &s) {
                const int n = int(s.metadataFields.size());
                switch (rng.bounded(6)) {
                case 0:
                    s.metadataFields.insert(n ? rng.bounded(n) : 0,
                                            {QStringLiteral("c%1").arg(step), {}, false});
                    break;
                case 1:
                    if (n)
                        s.metadataFields.removeAt(rng.bounded(n));
                    break;
                case 2:
                    if (n)
                        s.metadataFields[rng.bounded(n)].fieldName = QStringLiteral("f%1").arg(step);
                    break;
                case 3:
                    s.audience = rng.bounded(2) ? QStringList()
                                                : QStringList{QStringLiteral("a"), QStringLiteral("b")};
                    break;
                case 4:
                    s.oktaDomain = QStringLiteral("dev-%1.okta.com").arg(rng.bounded(3));
                    break;
                default:
                    s.verification = rng.bounded(2) ? ProviderSettings::Verification::ManualKeys
                                                    : ProviderSettings::Verification::JwkUri;
                }
            });
            QCOMPARE(pane.text(), expected(model));
        }
    }

    void copyPutsTheTextOnTheClipboard()
    {
        WizardModel model;
        model.setSettings(GuiTest::validSettings());
        PreviewPane pane(&model);
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(GuiTest::find<QPushButton>(&pane, "copyPreviewButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), expected(model));
    }

    void statusSummarisesTheFindings()
    {
        WizardModel model;
        PreviewPane pane(&model);
        auto *status = GuiTest::find<FindingLabel>(&pane, "previewStatusLabel");
        // Seen before: "1 error to fix" before the user had typed anything. An untouched empty domain is
        // something to fill in, not an error.
        QVERIFY2(status->text().contains(QStringLiteral("1 field to fill in")), qPrintable(status->text()));
        QCOMPARE(status->kind(), FindingLabel::Kind::Info);
        model.markTouched(FieldKeys::OktaDomain);
        QVERIFY(status->text().contains(QStringLiteral("1 error to fix")));
        model.setSettings(GuiTest::validSettings());
        QVERIFY(status->text().contains(QStringLiteral("Valid")));
    }
};

QTEST_MAIN(tst_PreviewPane)
#include "tst_PreviewPane.moc"
