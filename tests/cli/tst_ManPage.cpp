#include "CliRunner.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// okta-jwt(1) comes from `okta-jwt --man`, made from the option tables --help prints: every option of every
// command's help is in it with the same text, and it renders without roff warnings.
class tst_ManPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyHelpOptionIsInTheManPage();
    void rendersWithoutWarnings();
};

namespace {
// How the man page spells text: roff escapes hyphens.
QString asRoff(QString text)
{
    return text.replace(QLatin1Char('-'), QLatin1String("\\-"));
}
} // namespace

void tst_ManPage::everyHelpOptionIsInTheManPage()
{
    const CliRun man = runCli({"--man"});
    QCOMPARE(man.exitCode, 0);
    const QString page = man.outText();
    const CliRun overview = runCli({"--help"});
    static const QRegularExpression commandRow(QStringLiteral("^  ([a-z-]+) +\\S"),
                                               QRegularExpression::MultilineOption);
    // An option row of --help: "  --name VALUE   Description" (long names and descriptions may wrap).
    static const QRegularExpression optionRow(
        QStringLiteral("^  (?:-\\w, )?--([a-z0-9-]+)(?: (\\S+))?\\s+(\\S.*?)(?: \\[|$)"),
        QRegularExpression::MultilineOption);
    int commands = 0, options = 0;
    for (auto c = commandRow.globalMatch(overview.outText()); c.hasNext();) {
        const QString command = c.next().captured(1);
        ++commands;
        QVERIFY2(page.contains(QStringLiteral(".SS ") + asRoff(command)), qPrintable(command));
        const QString help = runCli({command, QStringLiteral("--help")}).outText();
        for (auto o = optionRow.globalMatch(help); o.hasNext();) {
            const QRegularExpressionMatch m = o.next();
            if (m.captured(1) == QLatin1String("help"))
                continue;
            ++options;
            const QString name = QStringLiteral("\\-\\-") + asRoff(m.captured(1));
            QVERIFY2(page.contains(name), qPrintable(command + QStringLiteral(": ") + m.captured(1)));
            // The first line of the description, as far as --help printed it on the option's line.
            const QString firstWords = m.captured(3).section(QLatin1Char(' '), 0, 3);
            QVERIFY2(page.contains(asRoff(firstWords)),
                     qPrintable(command + QStringLiteral(": ") + firstWords));
        }
    }
    QVERIFY(commands >= 9);
    QVERIFY(options > 40);
}

void tst_ManPage::rendersWithoutWarnings()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("okta-jwt.1"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(runCli({"--man"}).out);
    f.close();
    QProcess groff;
    groff.start(QStringLiteral("groff"), {"-man", "-Tutf8", "-ww", path});
    QVERIFY(groff.waitForFinished(20000));
    QCOMPARE(groff.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(groff.readAllStandardError()), QString());
    const QString text =
        QString::fromUtf8(groff.readAllStandardOutput()).remove(QRegularExpression("\\x08."));
    QVERIFY2(text.contains(QStringLiteral("okta-jwt verify-token")), qPrintable(text.left(500)));
    QVERIFY(text.contains(QStringLiteral("PROVIDER OPTIONS")));
    QVERIFY(text.contains(QStringLiteral("MONGODB_ATLAS_PRIVATE_API_KEY")));
}

QTEST_GUILESS_MAIN(tst_ManPage)
#include "tst_ManPage.moc"
