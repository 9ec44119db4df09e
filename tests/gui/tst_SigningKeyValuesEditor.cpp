#include "FakeDialogProvider.h"
#include "GuiTest.h"
#include "core/SigningKeyFile.h"
#include "wizard/SigningKeyValuesEditor.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The deploy panel's signing-key values: one hidden field per Secret name, filled by typing or from a file,
// checked like the CLI's --signing-key NAME=FILE before anything is sent.
class tst_SigningKeyValuesEditor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QStringList codes(const Findings &findings)
    {
        QStringList out;
        for (const Finding &f : findings)
            out << f.code;
        return out;
    }

private slots:
    void initTestCase() { GuiTest::isolateSettings(m_dir); }

    void oneHiddenFieldPerName()
    {
        SigningKeyValuesEditor editor;
        editor.show();
        QVERIFY(!editor.isVisible() || editor.names().isEmpty());
        editor.setNames({QStringLiteral("key_a"), QStringLiteral("key_b")});
        QVERIFY(editor.isVisible());
        QLineEdit *a = GuiTest::find<QLineEdit>(&editor, "signingKeyValueLineEdit_key_a");
        QCOMPARE(a->echoMode(), QLineEdit::Password);
        QCOMPARE(a->accessibleName(), QStringLiteral("Value of signing key key_a"));
        QVERIFY(editor.values().isEmpty()); // nothing entered: the App's Secrets are kept
        QVERIFY(editor.findings().isEmpty());

        QSignalSpy changed(&editor, &SigningKeyValuesEditor::valuesChanged);
        a->setFocus();
        QTest::keyClicks(a, QStringLiteral("short"));
        QVERIFY(changed.count() > 0);
        QCOMPARE(codes(editor.findings()), QStringList{QStringLiteral("signing_key_value_length")});
        a->setText(QString(40, QLatin1Char('x')) + QStringLiteral("!"));
        QCOMPARE(codes(editor.findings()), QStringList{QStringLiteral("signing_key_value_invalid")});
        a->setText(QString(40, QLatin1Char('x')));
        QVERIFY(editor.findings().isEmpty());
        QCOMPARE(editor.values(),
                 (QMap<QString, QString>{{QStringLiteral("key_a"), QString(40, QLatin1Char('x'))}}));

        // Another list of names keeps what was typed for the names that stay.
        editor.setNames({QStringLiteral("key_c"), QStringLiteral("key_a")});
        QCOMPARE(editor.values().value(QStringLiteral("key_a")), QString(40, QLatin1Char('x')));
        QVERIFY(!editor.findChild<QLineEdit *>(QStringLiteral("signingKeyValueLineEdit_key_b")));
        editor.clearValues();
        QVERIFY(editor.values().isEmpty());
        editor.setNames({});
        QVERIFY(!editor.isVisible());
    }

    void valueFromAFile()
    {
        FakeDialogProvider dialogs;
        SigningKeyValuesEditor editor;
        editor.setNames({QStringLiteral("key_a")});
        const QString file = m_dir.filePath(QStringLiteral("key.txt"));
        QVERIFY(GuiTest::writeFile(file, QByteArray(64, 'f') + "\n"));
        dialogs.openFileAnswers << file;
        QTest::mouseClick(GuiTest::find<QPushButton>(&editor, "signingKeyFileButton_key_a"), Qt::LeftButton);
        QCOMPARE(editor.values().value(QStringLiteral("key_a")),
                 QString(64, QLatin1Char('f'))); // newline dropped
        QVERIFY(dialogs.warnings.isEmpty());

        const QString huge = m_dir.filePath(QStringLiteral("huge"));
        QVERIFY(GuiTest::writeFile(huge, QByteArray(SigningKeyFile::kMaxBytes + 1, 'a')));
        dialogs.openFileAnswers << huge << m_dir.filePath(QStringLiteral("missing"));
        QTest::mouseClick(GuiTest::find<QPushButton>(&editor, "signingKeyFileButton_key_a"), Qt::LeftButton);
        QTest::mouseClick(GuiTest::find<QPushButton>(&editor, "signingKeyFileButton_key_a"), Qt::LeftButton);
        QCOMPARE(dialogs.warnings.size(), 2);
        QCOMPARE(editor.values().value(QStringLiteral("key_a")), QString(64, QLatin1Char('f'))); // unchanged
    }
};

QTEST_MAIN(tst_SigningKeyValuesEditor)
#include "tst_SigningKeyValuesEditor.moc"
