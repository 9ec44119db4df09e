#include "GuiTest.h"
#include "net/OktaClient.h"
#include "sandbox/OktaSandbox.h"
#include "wizard/ClaimsTreeWidget.h"
#include "wizard/FindingLabel.h"
#include "wizard/TokenPickerDialog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

// Readable QCOMPARE failures for metadata field lists.
char *toString(const MetadataField &f)
{
    return QTest::toString(
        QStringLiteral("{%1, %2, %3}")
            .arg(f.name, f.fieldName, QLatin1String(f.required ? "required" : "optional")));
}

// "Pick from token…" against the local Okta simulator on 127.0.0.1 (never the internet). The dialog is
// constructed and driven directly: no exec().
class tst_TokenPickerDialog : public QObject
{
    Q_OBJECT

    OktaSandbox m_sandbox; // one server for all cases: RSA keys are generated once
    QNetworkAccessManager m_nam;

    ProviderSettings settings() const
    {
        ProviderSettings s;
        s.oktaDomain = m_sandbox.domain();
        s.authServerId = QStringLiteral("default");
        s.audience = {QStringLiteral("api://default")};
        s.clientAppId = QStringLiteral("0oawizardclient00000");
        return s;
    }
    /// Pastes `token`, clicks Check token and waits (event loop, no sleep) until the check finished.
    static bool checkToken(TokenPickerDialog &dialog, const QString &token)
    {
        GuiTest::find<QPlainTextEdit>(&dialog, "tokenTextEdit")->setPlainText(token);
        auto *check = GuiTest::find<QPushButton>(&dialog, "checkTokenButton");
        if (!check->isEnabled())
            return false;
        QTest::mouseClick(check, Qt::LeftButton);
        // A token that cannot be decoded is answered at once, without the network.
        return QTest::qWaitFor([&] { return !dialog.isBusy(); });
    }
    /// Settings whose Okta domain does not answer (a closed port on this machine): "offline".
    ProviderSettings offlineSettings() const
    {
        ProviderSettings s = settings();
        s.oktaDomain = QStringLiteral("http://127.0.0.1:1");
        return s;
    }
    static QStringList codesShown(const TokenPickerDialog &dialog)
    {
        QStringList codes;
        auto *tree = GuiTest::find<QTreeWidget>(&dialog, "tokenFindingsTree");
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            codes << tree->topLevelItem(i)->text(0);
        return codes;
    }
    static QString errorText(const TokenPickerDialog &dialog)
    {
        return GuiTest::find<FindingLabel>(&dialog, "tokenCheckErrorLabel")->messageText();
    }

private slots:
    void initTestCase() { QVERIFY(m_sandbox.start()); }
    void cleanup() { m_sandbox.resetBehaviour(); }

    void validTokenBecomesMetadataFields()
    {
        ProviderSettings s = settings();
        s.metadataFields = {{QStringLiteral("uid"), QStringLiteral("userId"), false},
                            {QStringLiteral("groups"), {}, false}}; // not in the token: kept on merge
        TokenPickerDialog dialog(s, &m_nam);
        dialog.show();
        QSignalSpy checked(&dialog, &TokenPickerDialog::tokenChecked);
        const QByteArray token = m_sandbox.mintToken(
            {{QStringLiteral("profile"), QJsonObject{{QStringLiteral("department"), QStringLiteral("eng")},
                                                     {QStringLiteral("locale"), QStringLiteral("en-GB")}}},
             {QStringLiteral("https://example.com/role"), QStringLiteral("admin")}});
        // What people paste: a copied Authorization header with a trailing newline.
        QVERIFY(checkToken(dialog, QStringLiteral("Bearer %1\n").arg(QString::fromLatin1(token))));
        QCOMPARE(checked.count(), 1);
        QVERIFY2(dialog.result().isValid(), qPrintable(dialog.result().failureCodes().join(u',')));
        QCOMPARE(GuiTest::find<FindingLabel>(&dialog, "tokenCheckStatusLabel")->kind(),
                 FindingLabel::Kind::Success);
        QVERIFY(errorText(dialog).isEmpty());
        QCOMPARE(dialog.result().userData.value(QStringLiteral("userId")).toString(),
                 QStringLiteral("00usandboxuser000000"));

        auto *tree = GuiTest::find<ClaimsTreeWidget>(&dialog, "claimsTree");
        QVERIFY(tree->isEnabled());
        QTreeWidgetItem *department = tree->itemForPath(QStringLiteral("profile.department"));
        QVERIFY(department);
        QCOMPARE(department->parent()->text(ClaimsTreeWidget::ClaimColumn), QStringLiteral("profile"));
        QCOMPARE(department->text(ClaimsTreeWidget::ValueColumn), QStringLiteral("eng"));
        QTreeWidgetItem *role = tree->itemForPath(QStringLiteral("https://example\\.com/role"));
        QVERIFY(role);
        QVERIFY(!role->parent()); // one claim whose name holds dots, not a nested path
        QCOMPARE(tree->itemForPath(QStringLiteral("uid"))->checkState(0), Qt::Checked); // already mapped
        QCOMPARE(tree->itemForPath(QStringLiteral("sub"))->checkState(0), Qt::Unchecked);

        // Keyboard: Space on the claim ticks it, Space on its Required cell marks it required.
        tree->setFocus();
        tree->setCurrentItem(department, ClaimsTreeWidget::ClaimColumn);
        QTest::keyClick(tree, Qt::Key_Space);
        QCOMPARE(department->checkState(ClaimsTreeWidget::ClaimColumn), Qt::Checked);
        tree->setCurrentItem(department, ClaimsTreeWidget::RequiredColumn);
        QTest::keyClick(tree, Qt::Key_Space);
        QCOMPARE(department->checkState(ClaimsTreeWidget::RequiredColumn), Qt::Checked);
        // Marking a claim required ticks it too.
        role->setCheckState(ClaimsTreeWidget::RequiredColumn, Qt::Checked);
        QCOMPARE(role->checkState(ClaimsTreeWidget::ClaimColumn), Qt::Checked);
        role->setCheckState(ClaimsTreeWidget::RequiredColumn, Qt::Unchecked);

        const QList<MetadataField> selected{{QStringLiteral("https://example\\.com/role"), {}, false},
                                            {QStringLiteral("profile.department"), {}, true},
                                            {QStringLiteral("uid"), QStringLiteral("userId"), false}};
        QCOMPARE(dialog.selectedFields(), selected);
        QCOMPARE(selected.first().pathSegments(), QStringList{QStringLiteral("https://example.com/role")});
        const QList<MetadataField> merged{s.metadataFields.at(0), s.metadataFields.at(1), selected.at(0),
                                          selected.at(1)};
        QCOMPARE(dialog.mergedFields(), merged);

        // Unticking a mapped claim the token carries removes its mapping; "groups" stays.
        tree->itemForPath(QStringLiteral("uid"))->setCheckState(ClaimsTreeWidget::ClaimColumn, Qt::Unchecked);
        QCOMPARE(dialog.mergedFields(),
                 (QList<MetadataField>{s.metadataFields.at(1), selected.at(0), selected.at(1)}));
        // Unticking a claim clears its Required mark.
        department->setCheckState(ClaimsTreeWidget::ClaimColumn, Qt::Unchecked);
        QCOMPARE(department->checkState(ClaimsTreeWidget::RequiredColumn), Qt::Unchecked);
    }

    void expiredTokenStillShowsItsClaims()
    {
        TokenPickerDialog dialog(settings(), &m_nam);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QByteArray token =
            m_sandbox.mintToken({{QStringLiteral("iat"), now - 7200}, {QStringLiteral("exp"), now - 3600}});
        QVERIFY(checkToken(dialog, QString::fromLatin1(token)));
        QVERIFY(!dialog.result().isValid());
        QVERIFY2(codesShown(dialog).contains(QStringLiteral("expired")),
                 qPrintable(codesShown(dialog).join(u',')));
        QCOMPARE(GuiTest::find<FindingLabel>(&dialog, "tokenCheckStatusLabel")->kind(),
                 FindingLabel::Kind::Error);
        auto *tree = GuiTest::find<ClaimsTreeWidget>(&dialog, "claimsTree");
        QVERIFY(tree->isEnabled());
        QVERIFY(tree->itemForPath(QStringLiteral("sub")));
        QVERIFY(tree->itemForPath(QStringLiteral("exp"))->text(ClaimsTreeWidget::ValueColumn).contains(u'T'));
    }

    void timeClaimsBeyondAnyDateShowNoDate()
    {
        ClaimsTreeWidget tree;
        tree.setClaims({{QStringLiteral("exp"), -1e300}, {QStringLiteral("iat"), 1700000000}});
        const QString exp = tree.itemForPath(QStringLiteral("exp"))->text(ClaimsTreeWidget::ValueColumn);
        QVERIFY2(exp.startsWith(QStringLiteral("-1e+300")) && !exp.contains(u'('), qPrintable(exp));
        QCOMPARE(tree.itemForPath(QStringLiteral("iat"))->text(ClaimsTreeWidget::ValueColumn),
                 QStringLiteral("1700000000 (2023-11-14T22:13:20Z)"));
    }

    void garbageIsMalformed()
    {
        TokenPickerDialog dialog(settings(), &m_nam);
        QVERIFY(checkToken(dialog, QStringLiteral("this is not.a.token")));
        QVERIFY(codesShown(dialog).contains(QStringLiteral("malformed")));
        auto *tree = GuiTest::find<ClaimsTreeWidget>(&dialog, "claimsTree");
        QCOMPARE(tree->topLevelItemCount(), 0);
        QVERIFY(!tree->isEnabled());
        QVERIFY(dialog.selectedFields().isEmpty());
    }

    void idTokenIsFlagged()
    {
        TokenPickerDialog dialog(settings(), &m_nam);
        const QByteArray token = m_sandbox.mintToken({{QStringLiteral("nonce"), QStringLiteral("n-1")}});
        QVERIFY(checkToken(dialog, QString::fromLatin1(token)));
        QVERIFY(codesShown(dialog).contains(QStringLiteral("id_token_suspected")));
    }

    void stopWhileWaitingForKeys()
    {
        m_sandbox.setFault(OktaSandbox::Fault::Hang, OktaSandbox::Keys);
        TokenPickerDialog dialog(settings(), &m_nam);
        dialog.show();
        QSignalSpy busy(&dialog, &TokenPickerDialog::busyChanged);
        GuiTest::find<QPlainTextEdit>(&dialog, "tokenTextEdit")
            ->setPlainText(QString::fromLatin1(m_sandbox.mintToken()));
        QTest::mouseClick(GuiTest::find<QPushButton>(&dialog, "checkTokenButton"), Qt::LeftButton);
        QVERIFY(dialog.isBusy()); // asynchronous: the dialog is not blocked
        auto *stop = GuiTest::find<QPushButton>(&dialog, "checkCancelButton");
        QTRY_VERIFY(m_sandbox.jwksRequestCount() == 1);
        QVERIFY(stop->isVisible());
        QVERIFY(!GuiTest::find<QPushButton>(&dialog, "checkTokenButton")->isEnabled());
        QTest::mouseClick(stop, Qt::LeftButton);
        QTRY_VERIFY(!dialog.isBusy());
        QCOMPARE(busy.count(), 2);
        QVERIFY(!stop->isVisible());
        QVERIFY(errorText(dialog).contains(QStringLiteral("stopped")));
        QVERIFY(dialog.hasResult()); // what was checked without the keys
        QVERIFY(!dialog.result().signatureChecked);
        // Unverified, but still readable and tickable.
        QVERIFY(GuiTest::find<ClaimsTreeWidget>(&dialog, "claimsTree")->itemForPath(QStringLiteral("uid")));
    }

    // Seen before: after one failed check (offline), every later Check token cleared the error and showed
    // only the placeholder: the button seemed to do nothing.
    void aFailedCheckIsShownAgainOnTheNextCheck()
    {
        TokenPickerDialog dialog(offlineSettings(), &m_nam);
        dialog.show();
        const QString token = QString::fromLatin1(m_sandbox.mintToken());
        auto *error = GuiTest::find<FindingLabel>(&dialog, "tokenCheckErrorLabel");
        for (int attempt = 0; attempt < 3; ++attempt) {
            QVERIFY(checkToken(dialog, token));
            QVERIFY2(error->isVisible(), qPrintable(QString::number(attempt)));
            QCOMPARE(error->kind(), FindingLabel::Kind::Error);
        }
        QVERIFY(errorText(dialog).contains(QLatin1String("signature was not checked")));
    }

    // Seen before: offline, "Bearer abc.def" was reported as a network error. Checks that need no keys run
    // (and show) first; a token that cannot be decoded never reaches the network.
    void checksWithoutKeysComeFirst()
    {
        TokenPickerDialog dialog(settings(), &m_nam);
        dialog.show();
        QVERIFY(checkToken(dialog, QStringLiteral("Bearer abc.def")));
        QCOMPARE(codesShown(dialog), QStringList{QStringLiteral("malformed")});
        QCOMPARE(dialog.client()->requestCount(), 0);
        QVERIFY(errorText(dialog).isEmpty());

        TokenPickerDialog offline(offlineSettings(), &m_nam);
        offline.show();
        const QByteArray token =
            m_sandbox.mintToken({{QStringLiteral("aud"), QStringLiteral("api://other")}});
        QVERIFY(checkToken(offline, QString::fromLatin1(token)));
        QVERIFY2(codesShown(offline).contains(QStringLiteral("audience_mismatch")),
                 qPrintable(codesShown(offline).join(u',')));
        QVERIFY(errorText(offline).contains(QLatin1String("signature was not checked")));
        QVERIFY(!offline.result().signatureChecked);
        QCOMPARE(GuiTest::find<QLabel>(&offline, "tokenCheckKidLabel")->text(),
                 QStringLiteral("(signature not checked yet)"));
    }

    // Seen before: ticking claims did not update "User data App Services would build".
    void tickingAClaimShowsItInTheUserData()
    {
        TokenPickerDialog dialog(settings(), &m_nam);
        dialog.show();
        QVERIFY(checkToken(dialog, QString::fromLatin1(m_sandbox.mintToken())));
        auto *data = GuiTest::find<QPlainTextEdit>(&dialog, "userDataTextEdit");
        QVERIFY(!data->toPlainText().contains(QLatin1String("\"uid\"")));
        auto *tree = GuiTest::find<ClaimsTreeWidget>(&dialog, "claimsTree");
        tree->itemForPath(QStringLiteral("uid"))->setCheckState(ClaimsTreeWidget::ClaimColumn, Qt::Checked);
        QVERIFY2(data->toPlainText().contains(QLatin1String("\"uid\": \"00usandboxuser000000\"")),
                 qPrintable(data->toPlainText()));
        tree->itemForPath(QStringLiteral("uid"))->setCheckState(ClaimsTreeWidget::ClaimColumn, Qt::Unchecked);
        QVERIFY(!data->toPlainText().contains(QLatin1String("\"uid\"")));
    }

    void discoveryTimeoutIsExplained()
    {
        m_sandbox.setFault(OktaSandbox::Fault::Hang, OktaSandbox::Discovery);
        TokenPickerDialog dialog(settings(), &m_nam);
        dialog.client()->setTimeout(300);
        QVERIFY(checkToken(dialog, QString::fromLatin1(m_sandbox.mintToken())));
        QVERIFY2(errorText(dialog).contains(QStringLiteral("okta_timeout")), qPrintable(errorText(dialog)));
        QCOMPARE(GuiTest::find<FindingLabel>(&dialog, "tokenCheckErrorLabel")->kind(),
                 FindingLabel::Kind::Error);
        QVERIFY(GuiTest::find<ClaimsTreeWidget>(&dialog, "claimsTree")->itemForPath(QStringLiteral("sub")));
    }

    void unknownAuthorizationServer()
    {
        ProviderSettings s = settings();
        s.authServerId = QStringLiteral("ausNope0");
        TokenPickerDialog dialog(s, &m_nam);
        QVERIFY(checkToken(dialog, QString::fromLatin1(m_sandbox.mintToken())));
        QVERIFY2(errorText(dialog).contains(QStringLiteral("ausNope0")), qPrintable(errorText(dialog)));
    }

    void needsAnOktaDomain()
    {
        TokenPickerDialog dialog(ProviderSettings(), &m_nam);
        auto *check = GuiTest::find<QPushButton>(&dialog, "checkTokenButton");
        QVERIFY(!check->isEnabled()); // nothing pasted yet
        GuiTest::find<QPlainTextEdit>(&dialog, "tokenTextEdit")
            ->setPlainText(QString::fromLatin1(m_sandbox.mintToken()));
        QVERIFY(check->isEnabled());
        QTest::mouseClick(check, Qt::LeftButton);
        QVERIFY(!dialog.isBusy());
        QVERIFY(errorText(dialog).contains(QStringLiteral("Okta domain")));
        QVERIFY(GuiTest::find<ClaimsTreeWidget>(&dialog, "claimsTree")->itemForPath(QStringLiteral("cid")));
    }

    void accessibleNamesFollowLabels()
    {
        TokenPickerDialog dialog(settings(), &m_nam);
        QCOMPARE(GuiTest::find<QPlainTextEdit>(&dialog, "tokenTextEdit")->accessibleName(),
                 QStringLiteral("Access token"));
        QCOMPARE(GuiTest::find<QPushButton>(&dialog, "checkTokenButton")->accessibleName(),
                 QStringLiteral("Check token"));
    }
};

QTEST_MAIN(tst_TokenPickerDialog)
#include "tst_TokenPickerDialog.moc"
