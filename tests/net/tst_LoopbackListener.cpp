#include "net/LoopbackListener.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

// The sign-in's redirect listener over real sockets on 127.0.0.1, the test playing browser and intruder.
class tst_LoopbackListener : public QObject
{
    Q_OBJECT

    static constexpr auto kState = "st4te0fThisSignIn";
    std::unique_ptr<LoopbackListener> listener;
    quint16 port = 0;

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }
    static QByteArray genuine(const QByteArray &code = "c0de")
    {
        return "GET /callback?code=" + code + "&state=" + kState + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    }

    // A client that connects, sends `request` and reads until the listener closes the connection (the answer
    // then ends with "<closed>") or `timeoutMs` pass.
    struct Client
    {
        QTcpSocket socket;
        QByteArray got;
        bool closed = false;

        explicit Client(quint16 port)
        {
            QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [this] { got += socket.readAll(); });
            QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [this] { closed = true; });
            QObject::connect(&socket, &QTcpSocket::errorOccurred, &socket, [this] { closed = true; });
            socket.connectToHost(QHostAddress::LocalHost, port);
        }
        QByteArray exchange(const QByteArray &request, int timeoutMs = 3000)
        {
            socket.write(request);
            return waitForClose(timeoutMs);
        }
        QByteArray waitForClose(int timeoutMs)
        {
            (void)QTest::qWaitFor([this] { return closed; }, timeoutMs);
            got += socket.readAll();
            return closed ? got + "<closed>" : got;
        }
    };
    QByteArray exchange(const QByteArray &request) { return Client(port).exchange(request); }

private slots:
    void init()
    {
        listener = std::make_unique<LoopbackListener>();
        port = freePort();
        const Result<void> listening = listener->listenFor(
            QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(port)), QString::fromLatin1(kState));
        QVERIFY2(listening, qPrintable(listening.problem().message));
    }
    void cleanup() { listener.reset(); }

    void genuineRedirectIsAnsweredAndCloses()
    {
        QSignalSpy code(listener.get(), &LoopbackListener::codeReceived);
        const QByteArray answer = exchange(genuine());
        QVERIFY2(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer.constData());
        QVERIFY(answer.contains("\r\nConnection: close\r\n"));
        QVERIFY(answer.contains("You can close this tab."));
        QVERIFY(answer.endsWith("</html><closed>")); // the listener closes after its answer
        QCOMPARE(code.size(), 1);
        QCOMPARE(code.at(0).at(0).toString(), QStringLiteral("c0de"));
        QVERIFY(!listener->isListening());
        QTRY_COMPARE(listener->openConnections(), 0);
    }

    void hostileRequests_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("statusLine");
        QTest::addColumn<int>("refusals"); // `refused` signals: only for the redirect path with a wrong state
        QTest::newRow("POST") << QByteArray("POST /callback HTTP/1.1\r\nContent-Length: 25\r\n\r\n"
                                            "code=c0de&state=st4te0fThisSignIn")
                              << QByteArray("HTTP/1.1 405 Method Not Allowed") << 0;
        QTest::newRow("oversized head")
            << QByteArray("GET /callback?code=c0de&state=" + QByteArray(kState) + " HTTP/1.1\r\nX-Big: " +
                          QByteArray(HttpRequestHead::kMaxHeadBytes, 'b') + "\r\n\r\n")
            << QByteArray("HTTP/1.1 431 Request Header Fields Too Large") << 0;
        QTest::newRow("endless request line")
            << QByteArray("GET /callback?code=" + QByteArray(HttpRequestHead::kMaxHeadBytes + 10, 'c'))
            << QByteArray("HTTP/1.1 414 URI Too Long") << 0;
        QTest::newRow("absolute-form")
            << QByteArray("GET http://127.0.0.1/callback?code=c0de&state=" + QByteArray(kState) +
                          " HTTP/1.1\r\n\r\n")
            << QByteArray("HTTP/1.1 400 Bad Request") << 0;
        QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n")
                                        << QByteArray("HTTP/1.1 505 HTTP Version Not Supported") << 0;
        QTest::newRow("NUL bytes") << QByteArray("\0\1\2 not http\r\n\r\n", 16)
                                   << QByteArray("HTTP/1.1 400 Bad Request") << 0;
        QTest::newRow("wrong state") << QByteArray("GET /callback?code=c0de&state=forged HTTP/1.1\r\n\r\n")
                                     << QByteArray("HTTP/1.1 400 Bad Request") << 1;
        QTest::newRow("other path") << QByteArray("GET /favicon.ico HTTP/1.1\r\n\r\n")
                                    << QByteArray("HTTP/1.1 404 Not Found") << 0;
    }
    void hostileRequests()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, statusLine);
        QFETCH(int, refusals);
        QSignalSpy code(listener.get(), &LoopbackListener::codeReceived);
        QSignalSpy refused(listener.get(), &LoopbackListener::refused);
        const QByteArray answer = exchange(raw);
        QVERIFY2(answer.startsWith(statusLine + "\r\n"), answer.left(80).constData());
        QVERIFY(answer.contains("\r\nConnection: close\r\n"));
        QVERIFY(answer.endsWith("<closed>"));
        QCOMPARE(refused.size(), refusals);
        QCOMPARE(code.size(), 0);
        // Still listening, and the genuine redirect still signs in.
        QVERIFY(listener->isListening());
        QVERIFY(exchange(genuine()).startsWith("HTTP/1.1 200 "));
        QCOMPARE(code.size(), 1);
    }

    void silentClientIsDropped()
    {
        listener->setIdleTimeout(300);
        Client silent(port);
        QTRY_COMPARE(listener->openConnections(), 1);
        QElapsedTimer t;
        t.start();
        QCOMPARE(silent.waitForClose(5000), QByteArray("<closed>")); // dropped without an answer
        QVERIFY(t.elapsed() < 3000);
        QTRY_COMPARE(listener->openConnections(), 0);
        QVERIFY(exchange(genuine()).startsWith("HTTP/1.1 200 "));
    }

    void tricklingClientIsDropped()
    {
        listener->setIdleTimeout(600);
        Client slow(port);
        QTRY_COMPARE(listener->openConnections(), 1);
        // A byte every 100 ms never completes the head in time: the deadline is not reset by each byte.
        const QByteArray request = genuine();
        for (int i = 0; i < 12 && !slow.closed; ++i) {
            slow.socket.write(request.mid(i, 1));
            QTest::qWait(100);
        }
        QVERIFY(slow.closed);
        QVERIFY(slow.got.isEmpty());
    }

    void requestAfterTheRedirectIsGone()
    {
        QSignalSpy code(listener.get(), &LoopbackListener::codeReceived);
        Client early(port); // opened while the sign-in still waits
        QTRY_COMPARE(listener->openConnections(), 1);
        QVERIFY(exchange(genuine()).startsWith("HTTP/1.1 200 "));
        QCOMPARE(code.size(), 1);
        const QByteArray late = early.exchange(genuine("an0ther"));
        QVERIFY2(late.startsWith("HTTP/1.1 410 Gone\r\n"), late.left(80).constData());
        QVERIFY(late.contains("already complete"));
        QCOMPARE(code.size(), 1);
    }

    void connectionsAreCapped()
    {
        listener->setIdleTimeout(3000); // long enough that the held ones stay while the extra one is refused
        std::vector<std::unique_ptr<Client>> held;
        for (int i = 0; i < LoopbackListener::kMaxConnections; ++i)
            held.push_back(std::make_unique<Client>(port));
        QTRY_COMPARE(listener->openConnections(), LoopbackListener::kMaxConnections);
        Client extra(port);
        QCOMPARE(extra.waitForClose(1000), QByteArray("<closed>"));
        QCOMPARE(listener->openConnections(), LoopbackListener::kMaxConnections);
        QVERIFY(!held.front()->closed);
        // Once the held connections time out, the genuine redirect gets through.
        QTRY_COMPARE_WITH_TIMEOUT(listener->openConnections(), 0, 10000);
        QVERIFY(exchange(genuine()).startsWith("HTTP/1.1 200 "));
    }
    void refusesWhatItCannotListenFor()
    {
        LoopbackListener other;
        const auto codeOf = [&other](const QString &uri) {
            return other.listenFor(QUrl(uri), QString::fromLatin1(kState)).problem().code;
        };
        QCOMPARE(codeOf(QStringLiteral("http://example.com:8484/callback")),
                 QStringLiteral("redirect_uri_not_loopback"));
        QCOMPARE(codeOf(QStringLiteral("https://127.0.0.1:8484/callback")),
                 QStringLiteral("redirect_uri_not_loopback"));
        QCOMPARE(codeOf(QStringLiteral("http://127.0.0.1/callback")),
                 QStringLiteral("redirect_uri_not_loopback"));
        // The port the fixture's listener holds.
        QCOMPARE(codeOf(QStringLiteral("http://127.0.0.1:%1/callback").arg(port)),
                 QStringLiteral("redirect_port_busy"));
        QVERIFY(!other.isListening());
    }
};

QTEST_GUILESS_MAIN(tst_LoopbackListener)
#include "tst_LoopbackListener.moc"
