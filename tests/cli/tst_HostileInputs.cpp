#include "CliRunner.h"
#include "HostileCase.h"
#include "HostileServer.h"
#include "TreeSnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

// Every case of tests/data/hostile/cases.json through the built okta-jwt: the promised exit code and error
// codes, within the case's time limit, no crash, and not one byte, mtime or entry changed in the case's
// folder (inputs, app directory, HOME/XDG folders and TMPDIR all live there).
class tst_HostileInputs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void manifestIsSound();
    void run_data();
    void run();

private:
    QJsonObject m_manifest;
    HostileCase::Keys m_keys;
};

namespace {
// Every "code" (and "error_code") member anywhere in a JSON value.
void collectCodes(const QJsonValue &v, QSet<QString> *out)
{
    if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            collectCodes(item, out);
        return;
    }
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if ((it.key() == QLatin1String("code") || it.key() == QLatin1String("error_code")) &&
            it.value().isString())
            out->insert(it.value().toString());
        collectCodes(it.value(), out);
    }
}

QSet<QString> codesOf(const CliRun &r)
{
    QSet<QString> out;
    collectCodes(QJsonDocument::fromJson(r.out).object(), &out);
    static const QRegularExpression line(QStringLiteral("^okta-jwt: (?:warning: )?([a-z_]+):"),
                                         QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(r.errText()); it.hasNext();)
        out.insert(it.next().captured(1));
    return out;
}
} // namespace

void tst_HostileInputs::initTestCase()
{
    QFile f(QStringLiteral(OWZ_TEST_DATA "/hostile/cases.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonParseError pe;
    m_manifest = QJsonDocument::fromJson(f.readAll(), &pe).object();
    QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
    m_keys.published = RsaKeyPair::generate().value();
    m_keys.other = RsaKeyPair::generate().value();
    QVERIFY(!m_keys.published.isNull() && !m_keys.other.isNull());
}

void tst_HostileInputs::manifestIsSound()
{
    const QJsonArray cases = m_manifest.value(QStringLiteral("cases")).toArray();
    QVERIFY2(cases.size() >= 100, qPrintable(QString::number(cases.size())));
    QSet<QString> ids;
    for (const QJsonValue &c : cases) {
        const QString id = c.toObject().value(QStringLiteral("id")).toString();
        QVERIFY2(!id.isEmpty() && !ids.contains(id), qPrintable(id));
        ids.insert(id);
        QVERIFY2(c.toObject().value(QStringLiteral("expect")).toObject().contains(QStringLiteral("exit")),
                 qPrintable(id));
    }
}

void tst_HostileInputs::run_data()
{
    QTest::addColumn<QJsonObject>("item");
    for (const QJsonValue &c : m_manifest.value(QStringLiteral("cases")).toArray())
        QTest::newRow(qPrintable(c.toObject().value(QStringLiteral("id")).toString())) << c.toObject();
}

void tst_HostileInputs::run()
{
    QFETCH(QJsonObject, item);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    HostileServer server, otherHost;
    QVERIFY(server.listen());
    QVERIFY(otherHost.listen(QHostAddress(QStringLiteral("127.0.0.2"))));
    HostileCase c(m_manifest, item);
    QString error;
    QVERIFY2(c.prepare(dir.path(), &server, &otherHost, m_keys, &error), qPrintable(error));

    const QMap<QString, QString> before = TreeSnapshot::take(dir.path());
    const CliRun r = runCli(c.args, c.stdinData, c.env, c.timeoutMs, qint64(2) << 30);
    const QMap<QString, QString> after = TreeSnapshot::take(dir.path());

    const QString shown = QStringLiteral("okta-jwt %1\nexit %2 after %3 ms\nstdout: %4\nstderr: %5")
                              .arg(c.args.join(QLatin1Char(' ')).left(400))
                              .arg(r.exitCode)
                              .arg(r.elapsedMs)
                              .arg(r.outText().left(1500), r.errText().left(1500));
    QVERIFY2(!r.timedOut, qPrintable(QStringLiteral("hang: ") + shown));
    QVERIFY2(!r.crashed, qPrintable(QStringLiteral("crash: ") + shown));
    QVERIFY2(r.exitCode == c.exitCode,
             qPrintable(QStringLiteral("expected exit %1; ").arg(c.exitCode) + shown));
    const QSet<QString> codes = codesOf(r);
    for (const QString &code : std::as_const(c.codes))
        QVERIFY2(codes.contains(code), qPrintable(QStringLiteral("missing code %1; ").arg(code) + shown));
    for (const QString &code : std::as_const(c.notCodes))
        QVERIFY2(!codes.contains(code), qPrintable(QStringLiteral("unexpected code %1; ").arg(code) + shown));
    if (!c.stderrContains.isEmpty())
        QVERIFY2(r.errText().contains(c.stderrContains), qPrintable(shown));
    if (c.otherHostRequests >= 0)
        QVERIFY2(otherHost.requests().size() == c.otherHostRequests,
                 qPrintable(otherHost.requests().join(QLatin1Char(' ')) + QLatin1Char('\n') + shown));
    const QStringList changed = TreeSnapshot::differences(before, after);
    QVERIFY2(changed.isEmpty(), qPrintable(changed.join(QLatin1Char('\n')) + QLatin1Char('\n') + shown));
}

QTEST_GUILESS_MAIN(tst_HostileInputs)
#include "tst_HostileInputs.moc"
