#include "core/AdminApiError.h"

#include <QLatin1Char>
#include <QTest>

class tst_AdminApiError : public QObject
{
    Q_OBJECT

private slots:
    void envelope()
    {
        const auto e = AdminApiError::fromReply(
            401, R"({"error":"invalid session: access token expired","error_code":"InvalidSession"})");
        QCOMPARE(e.code, QStringLiteral("invalid_session"));
        QCOMPARE(e.errorCode, QStringLiteral("InvalidSession"));
        QVERIFY(e.isInvalidSession());
        QVERIFY(e.toLine().contains(QLatin1String("error_code InvalidSession")));
        QVERIFY(e.toLine().contains(QLatin1String("HTTP 401")));
    }
    void envelopeWithLink()
    {
        const auto e = AdminApiError::fromReply(
            400,
            "{\"error\":\"expected field sub\",\"error_code\":\"AuthError\",\"link\":\"https://x.test/l\"}");
        QCOMPARE(e.link, QStringLiteral("https://x.test/l"));
        QCOMPARE(e.code, QStringLiteral("bad_request"));
        QCOMPARE(e.toJson().value(QStringLiteral("link")).toString(), QStringLiteral("https://x.test/l"));
    }
    void loginFailureWithEmptyCode()
    {
        const auto e = AdminApiError::fromReply(
            401,
            R"({"error":"failed to authenticate with MongoDB Cloud API: You are not authorized for this resource.","error_code":""})");
        QCOMPARE(e.code, QStringLiteral("unauthorized"));
        QVERIFY(!e.isInvalidSession());
        QVERIFY(e.fix.contains(QLatin1String("API key")));
    }
    void draftExists()
    {
        const auto e = AdminApiError::fromReply(
            409, R"({"error":"a draft already exists","error_code":"DraftAlreadyExists"})");
        QVERIFY(e.isDraftAlreadyExists());
        QCOMPARE(e.code, QStringLiteral("draft_exists"));
        QVERIFY(!e.fix.isEmpty());
    }
    void notJsonAndEmpty()
    {
        const auto html = AdminApiError::fromReply(502, "<html>\n<body>Bad gateway</body></html>");
        QCOMPARE(html.code, QStringLiteral("server_error"));
        QVERIFY(html.message.contains(QLatin1String("Bad gateway")));
        QVERIFY(!html.message.contains(QLatin1Char('\n')));
        const auto empty = AdminApiError::fromReply(429, {});
        QCOMPARE(empty.code, QStringLiteral("rate_limited"));
        QVERIFY(empty.message.contains(QLatin1String("429")));
        const auto huge = AdminApiError::fromReply(500, QByteArray(5000, 'x'));
        QVERIFY(huge.message.size() < 300);
    }
    void transportErrors()
    {
        const auto t =
            AdminApiError::make(AdminApiError::Kind::Timeout, QStringLiteral("timeout"), QStringLiteral("x"));
        QVERIFY(!t.isNull());
        QVERIFY(!t.cause().isEmpty() && !t.fix.isEmpty());
        QVERIFY(AdminApiError().isNull());
        const auto r =
            AdminApiError::make(AdminApiError::Kind::Redirect, QStringLiteral("redirect_refused"), {});
        QVERIFY(r.cause().contains(QLatin1String("redirect")));
    }
};

QTEST_GUILESS_MAIN(tst_AdminApiError)
#include "tst_AdminApiError.moc"
