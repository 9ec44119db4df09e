#include "GuiTest.h"
#include "wizard/MetadataPage.h"
#include "wizard/MetadataTableModel.h"
#include "wizard/PreviewPane.h"
#include "wizard/WizardModel.h"

#include <QBrush>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class tst_MetadataPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static void click(SetupWizard *wizard, const char *button)
    {
        QTest::mouseClick(GuiTest::find<QPushButton>(wizard, button), Qt::LeftButton);
    }

    // Adds a row with the Add button and types the claim path into the editor that opens.
    static void addClaim(SetupWizard *wizard, const QString &claim)
    {
        click(wizard, "addFieldButton");
        QVERIFY(GuiTest::typeInFocusedEditor(claim));
    }

    static QStringList claims(const SetupWizard &wizard)
    {
        QStringList out;
        for (const MetadataField &f : wizard.model()->settings().metadataFields)
            out << f.name;
        return out;
    }

private slots:
    void initTestCase() { GuiTest::isolateSettings(m_dir); }

    void addTypeAndPreviewLive()
    {
        ProviderSettings s = GuiTest::validSettings();
        s.metadataFields.clear();
        auto wizard = GuiTest::openAt(SetupWizard::MetadataPageId, s);
        auto *view = GuiTest::find<QTableView>(wizard.get(), "metadataTableView");
        QCOMPARE(view->accessibleName(), QStringLiteral("Metadata fields"));
        QVERIFY(GuiTest::nextEnabled(*wizard)); // no metadata is fine

        click(wizard.get(), "addFieldButton");
        QCOMPARE(view->model()->rowCount(), 1);
        QVERIFY(!GuiTest::nextEnabled(*wizard)); // the new row has no claim yet
        QVERIFY(GuiTest::showsCode(GuiTest::find<QLabel>(wizard.get(), "metadataErrorLabel"),
                                   "metadata_path_empty"));
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral("profile.dep"));
        // Live: the preview has the claim before the editor is closed.
        QVERIFY(wizard->previewPane()->text().contains(QStringLiteral("\"name\": \"profile.dep\"")));
        QTest::keyClicks(editor, QStringLiteral("artment"));
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(claims(*wizard), QStringList{QStringLiteral("profile.department")});
        QVERIFY(GuiTest::nextEnabled(*wizard));

        // The default field name shows in grey italics, and is the editor's placeholder.
        const QModelIndex field = view->model()->index(0, MetadataTableModel::FieldNameColumn);
        QCOMPARE(field.data(Qt::DisplayRole).toString(), QStringLiteral("department"));
        QCOMPARE(field.data(Qt::EditRole).toString(), QString());
        QVERIFY(field.data(Qt::ForegroundRole).isValid());
        QVERIFY(field.data(Qt::FontRole).value<QFont>().italic());
        view->setCurrentIndex(field);
        view->edit(field);
        auto *fieldEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(fieldEditor);
        QCOMPARE(fieldEditor->placeholderText(), QStringLiteral("department"));
        QTest::keyClicks(fieldEditor, QStringLiteral("dept"));
        QTest::keyClick(fieldEditor, Qt::Key_Return);
        QCOMPARE(wizard->model()->settings().metadataFields.at(0).fieldName, QStringLiteral("dept"));
        QVERIFY(!field.data(Qt::ForegroundRole).isValid());
        QVERIFY(wizard->previewPane()->text().contains(QStringLiteral("\"field_name\": \"dept\"")));
    }

    void requiredCheckbox()
    {
        auto wizard = GuiTest::openAt(SetupWizard::MetadataPageId, GuiTest::validSettings());
        auto *view = GuiTest::find<QTableView>(wizard.get(), "metadataTableView");
        const QModelIndex required = view->model()->index(0, MetadataTableModel::RequiredColumn);
        QCOMPARE(required.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        view->setFocus();
        view->setCurrentIndex(required);
        QTest::keyClick(view, Qt::Key_Space);
        QVERIFY(!wizard->model()->settings().metadataFields.at(0).required);
        QVERIFY(wizard->previewPane()->text().contains(QStringLiteral("\"required\": false")));
    }

    void duplicateFieldNamesBlockNext()
    {
        auto wizard = GuiTest::openAt(SetupWizard::MetadataPageId, GuiTest::validSettings()); // sub → userId
        addClaim(wizard.get(), QStringLiteral("claims.userId")); // default field name userId: a duplicate
        QVERIFY(GuiTest::showsCode(GuiTest::find<QLabel>(wizard.get(), "metadataErrorLabel"),
                                   "field_name_duplicate"));
        QVERIFY(!GuiTest::nextEnabled(*wizard));
        auto *view = GuiTest::find<QTableView>(wizard.get(), "metadataTableView");
        const QModelIndex flagged = view->model()->index(1, MetadataTableModel::FieldNameColumn);
        QVERIFY(flagged.data(Qt::DecorationRole).isValid());
        QVERIFY(flagged.data(Qt::ToolTipRole).toString().contains(QStringLiteral("userId")));
        view->model()->setData(flagged, QStringLiteral("otherId"), Qt::EditRole);
        QVERIFY(!GuiTest::showsCode(GuiTest::find<QLabel>(wizard.get(), "metadataErrorLabel"),
                                    "field_name_duplicate"));
        QVERIFY(GuiTest::nextEnabled(*wizard));
        view->model()->setData(flagged, QStringLiteral("bad name"), Qt::EditRole);
        QVERIFY(GuiTest::showsCode(GuiTest::find<QLabel>(wizard.get(), "metadataErrorLabel"),
                                   "field_name_invalid"));
        QVERIFY(!GuiTest::nextEnabled(*wizard));
    }

    void idTokenClaimsGetAHint()
    {
        auto wizard = GuiTest::openAt(SetupWizard::MetadataPageId, GuiTest::validSettings());
        addClaim(wizard.get(), QStringLiteral("email"));
        auto *label = GuiTest::find<QLabel>(wizard.get(), "metadataErrorLabel");
        QVERIFY(GuiTest::showsCode(label, "claim_not_in_access_token"));
        QVERIFY(label->text().contains(QStringLiteral("custom claim")));
        QVERIFY(GuiTest::nextEnabled(*wizard)); // a hint, not an error
        const QModelIndex claim =
            GuiTest::find<QTableView>(wizard.get(), "metadataTableView")->model()->index(1, 0);
        QVERIFY(claim.data(Qt::DecorationRole).isValid());
    }

    void removeAndReorder()
    {
        ProviderSettings s = GuiTest::validSettings();
        s.metadataFields = {{QStringLiteral("a"), {}, false},
                            {QStringLiteral("b"), {}, false},
                            {QStringLiteral("c"), {}, false}};
        auto wizard = GuiTest::openAt(SetupWizard::MetadataPageId, s);
        auto *view = GuiTest::find<QTableView>(wizard.get(), "metadataTableView");
        view->setCurrentIndex(QModelIndex());
        QVERIFY(
            !GuiTest::find<QPushButton>(wizard.get(), "removeFieldButton")->isEnabled()); // nothing selected
        view->setCurrentIndex(view->model()->index(0, 0));
        QVERIFY(!GuiTest::find<QPushButton>(wizard.get(), "moveUpButton")->isEnabled());
        click(wizard.get(), "moveDownButton");
        QCOMPARE(claims(*wizard), (QStringList{"b", "a", "c"}));
        QCOMPARE(view->currentIndex().row(), 1); // the selection follows the row
        click(wizard.get(), "moveDownButton");
        QCOMPARE(claims(*wizard), (QStringList{"b", "c", "a"}));
        QVERIFY(!GuiTest::find<QPushButton>(wizard.get(), "moveDownButton")->isEnabled());
        click(wizard.get(), "moveUpButton");
        QCOMPARE(claims(*wizard), (QStringList{"b", "a", "c"}));
        const QString preview = wizard->previewPane()->text();
        QVERIFY(preview.indexOf(QStringLiteral("\"name\": \"b\"")) <
                preview.indexOf(QStringLiteral("\"name\": \"a\"")));
        click(wizard.get(), "removeFieldButton");
        QCOMPARE(claims(*wizard), (QStringList{"b", "c"}));
        QCOMPARE(view->model()->rowCount(), 2);
        QVERIFY(!wizard->previewPane()->text().contains(QStringLiteral("\"name\": \"a\"")));
    }

    void reloadsOnReset()
    {
        auto wizard = GuiTest::openAt(SetupWizard::MetadataPageId, GuiTest::validSettings());
        ProviderSettings s = GuiTest::validSettings();
        s.metadataFields.append({QStringLiteral("groups"), QStringLiteral("roles"), false});
        wizard->model()->setSettings(s);
        QCOMPARE(wizard->metadataPage()->tableModel()->rowCount(), 2);
        QCOMPARE(wizard->metadataPage()->tableModel()->index(1, 1).data().toString(),
                 QStringLiteral("roles"));
    }
};

QTEST_MAIN(tst_MetadataPage)
#include "tst_MetadataPage.moc"
