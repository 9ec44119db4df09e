#include "core/HttpRequestHead.h"

#include <QTest>
#include <QUrlQuery>

using Progress = HttpRequestHead::Progress;

// The request heads the sign-in's loopback listener reads, whole and in pieces, and each one it refuses.
class tst_HttpRequestHead : public QObject
{
    Q_OBJECT

    // Feeds `raw` whole (byBytes false) or one byte at a time; every byte before the last must ask for more.
    static Result<Progress> feedAll(HttpRequestHead &head, const QByteArray &raw, bool byBytes)
    {
        if (!byBytes)
            return head.feed(raw);
        Result<Progress> last = Progress::NeedMore;
        for (qsizetype i = 0; i < raw.size(); ++i) {
            last = head.feed(raw.mid(i, 1));
            if (!last || *last == Progress::Complete)
                return last;
        }
        return last;
    }

    static void addBothWays(const char *name)
    {
        QTest::newRow(qPrintable(QStringLiteral("%1, whole").arg(QLatin1String(name)))) << false;
        QTest::newRow(qPrintable(QStringLiteral("%1, byte by byte").arg(QLatin1String(name)))) << true;
    }

private slots:
    void goodRequest_data()
    {
        QTest::addColumn<bool>("byBytes");
        addBothWays("redirect");
    }
    void goodRequest()
    {
        QFETCH(bool, byBytes);
        const QByteArray raw = "GET /callback?code=a%2Fb&state=s1 HTTP/1.1\r\nHost: 127.0.0.1:8484\r\n"
                               "User-Agent:\tbrowser\r\nAccept: */*\r\n\r\n";
        HttpRequestHead head;
        // Nothing is complete before the blank line's last byte.
        QVERIFY(*head.feed(raw.left(raw.size() - 1)) == Progress::NeedMore);
        HttpRequestHead fresh;
        const Result<Progress> r = feedAll(fresh, raw, byBytes);
        QVERIFY2(r.ok(), qPrintable(r.problem().message));
        QVERIFY(*r == Progress::Complete);
        QCOMPARE(fresh.requestLine().method, QByteArray("GET"));
        QCOMPARE(fresh.requestLine().version, QByteArray("HTTP/1.1"));
        QCOMPARE(fresh.requestLine().target.path(), QStringLiteral("/callback"));
        QCOMPARE(QUrlQuery(fresh.requestLine().target).queryItemValue("code", QUrl::FullyDecoded),
                 QStringLiteral("a/b"));
        QVERIFY(fresh.requestLine().target.host().isEmpty());
    }

    void laterBytesAreIgnored()
    {
        HttpRequestHead head;
        QVERIFY(*head.feed("GET / HTTP/1.0\r\n\r\n") == Progress::Complete);
        // A second request (or a body) after the head changes nothing.
        QVERIFY(*head.feed("POST /other HTTP/9\r\n\0\r\n") == Progress::Complete);
        QCOMPARE(head.requestLine().target.path(), QStringLiteral("/"));
        QCOMPARE(head.requestLine().version, QByteArray("HTTP/1.0"));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("status");
        const struct
        {
            const char *name;
            QByteArray raw;
            const char *code;
            int status;
        } cases[] = {
            {"POST", "POST /callback HTTP/1.1\r\n\r\n", "http_method_not_allowed", 405},
            {"lower-case get", "get /callback HTTP/1.1\r\n\r\n", "http_method_not_allowed", 405},
            {"HEAD", "HEAD /callback HTTP/1.1\r\n\r\n", "http_method_not_allowed", 405},
            {"absolute-form", "GET http://evil.example/callback HTTP/1.1\r\n\r\n", "http_bad_target", 400},
            {"authority in path", "GET //evil.example/callback HTTP/1.1\r\n\r\n", "http_bad_target", 400},
            {"asterisk", "GET * HTTP/1.1\r\n\r\n", "http_bad_target", 400},
            {"no slash", "GET callback HTTP/1.1\r\n\r\n", "http_bad_target", 400},
            {"fragment", "GET /callback#x HTTP/1.1\r\n\r\n", "http_bad_target", 400},
            {"bad escape", "GET /callback?code=%zz HTTP/1.1\r\n\r\n", "http_bad_target", 400},
            {"non-ASCII", "GET /caf\xc3\xa9 HTTP/1.1\r\n\r\n", "http_bad_target", 400},
            {"HTTP/2", "GET / HTTP/2.0\r\n\r\n", "http_version_not_supported", 505},
            {"HTTP/0.9 style", "GET /\r\n\r\n", "http_malformed", 400},
            {"not HTTP", "GET / FTP/1.1\r\n\r\n", "http_version_not_supported", 505},
            {"version suffix", "GET / HTTP/1.1x\r\n\r\n", "http_version_not_supported", 505},
            {"two spaces", "GET  / HTTP/1.1\r\n\r\n", "http_malformed", 400},
            {"four parts", "GET / x HTTP/1.1\r\n\r\n", "http_malformed", 400},
            {"empty line first", "\r\nGET / HTTP/1.1\r\n\r\n", "http_malformed", 400},
            {"NUL in request line", QByteArray("GET /\0 HTTP/1.1\r\n\r\n", 19), "http_control_byte", 400},
            {"tab in request line", "GET\t/ HTTP/1.1\r\n\r\n", "http_control_byte", 400},
            {"NUL in header", QByteArray("GET / HTTP/1.1\r\nX: \0\r\n\r\n", 24), "http_control_byte", 400},
            {"DEL in header", "GET / HTTP/1.1\r\nX: \x7f\r\n\r\n", "http_control_byte", 400},
            {"bare LF", "GET / HTTP/1.1\n\n", "http_control_byte", 400},
            {"bare CR", "GET / HTTP/1.1\rX\r\n\r\n", "http_malformed", 400},
            {"garbage", "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", "http_control_byte", 400},
        };
        for (const auto &c : cases) {
            QTest::newRow(c.name) << c.raw << QString::fromLatin1(c.code) << c.status;
        }
    }
    void refusals()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, code);
        QFETCH(int, status);
        for (const bool byBytes : {false, true}) {
            HttpRequestHead head;
            const Result<Progress> r = feedAll(head, raw, byBytes);
            QVERIFY2(!r.ok(), byBytes ? "byte by byte" : "whole");
            QCOMPARE(r.problem().code, code);
            QVERIFY(!r.problem().message.isEmpty());
            QCOMPARE(HttpRequestHead::statusFor(r.problem()), status);
            // Refused stays refused, whatever follows.
            const Result<Progress> again = head.feed("GET / HTTP/1.1\r\n\r\n");
            QVERIFY(!again.ok());
            QCOMPARE(again.problem(), r.problem());
        }
    }

    void bounds_data()
    {
        QTest::addColumn<qsizetype>("max");
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("code");                              // empty: complete
        const QByteArray line = "GET /callback HTTP/1.1\r\n";           // 24 bytes
        const QByteArray header = "X: " + QByteArray(30, 'h') + "\r\n"; // 35 bytes
        QTest::newRow("head exactly at the bound") << qsizetype(24 + 35 + 2) << line + header + "\r\n"
                                                   << QString();
        QTest::newRow("head one byte over") << qsizetype(24 + 35 + 1) << line + header + "\r\n"
                                            << QStringLiteral("http_head_too_large");
        QTest::newRow("request line without CRLF in the bound")
            << qsizetype(20) << line << QStringLiteral("http_request_line_too_long");
        QTest::newRow("request line ends exactly at the bound") << qsizetype(24) << line + "\r\n"
                                                                << QStringLiteral("http_head_too_large");
        const qsizetype max = HttpRequestHead::kMaxHeadBytes;
        QTest::newRow("default: a long redirect fits")
            << max << "GET /callback?code=" + QByteArray(max - 64, 'c') + " HTTP/1.1\r\n\r\n"
            << QString();
        QTest::newRow("default: endless request line")
            << max << "GET /" + QByteArray(max, 'a') << QStringLiteral("http_request_line_too_long");
        QTest::newRow("default: endless headers")
            << max << line + QByteArray(max, 'h') << QStringLiteral("http_head_too_large");
        QTest::newRow("default: many short headers")
            << max << line + QByteArray("A: b\r\n").repeated(max / 6) + "\r\n"
            << QStringLiteral("http_head_too_large");
    }
    void bounds()
    {
        QFETCH(qsizetype, max);
        QFETCH(QByteArray, raw);
        QFETCH(QString, code);
        for (const bool byBytes : {false, true}) {
            HttpRequestHead head(max);
            const Result<Progress> r = feedAll(head, raw, byBytes);
            if (code.isEmpty()) {
                QVERIFY2(r.ok(), qPrintable(r.problem().message));
                QVERIFY(*r == Progress::Complete);
            } else {
                QVERIFY(!r.ok());
                QCOMPARE(r.problem().code, code);
                QVERIFY(r.problem().message.contains(QString::number(max)));
            }
        }
        QCOMPARE(HttpRequestHead::statusFor({QStringLiteral("http_head_too_large"), {}, {}}), 431);
        QCOMPARE(HttpRequestHead::statusFor({QStringLiteral("http_request_line_too_long"), {}, {}}), 414);
    }
};

QTEST_GUILESS_MAIN(tst_HttpRequestHead)
#include "tst_HttpRequestHead.moc"
