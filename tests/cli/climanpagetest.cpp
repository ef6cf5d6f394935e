#include "clirunner.h"
#include "testlib/testregistry.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace trellis;
using namespace trellis::test;

// The man page (packaging/linux/man/trellis-cli.1) is kept beside --help: every command and
// every option --help lists must appear in it (issue 18).
class CliManPageTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldDocumentEveryCommandAndOptionOfTheHelp()
    {
        QFile file(QStringLiteral(TRELLIS_MAN_DIR "/trellis-cli.1"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString man = QString::fromUtf8(file.readAll());

        const CliResult help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        const QString commandsPart =
            help.out.section(QStringLiteral("Commands:"), 1).section(QStringLiteral("Options:"), 0, 0);
        QStringList commands;
        const QRegularExpression commandLine(QStringLiteral("^  ([a-z][a-z-]+)  "),
                                             QRegularExpression::MultilineOption);
        for (auto it = commandLine.globalMatch(commandsPart); it.hasNext();)
            commands << it.next().captured(1);
        QVERIFY(commands.size() >= 10);
        const QRegularExpression optionName(QStringLiteral("--([a-z][a-z-]+)"));
        for (const QString &command : std::as_const(commands)) {
            QVERIFY2(man.contains(QStringLiteral(".B %1 ").arg(command)),
                     qPrintable(QStringLiteral("the man page lacks the command %1").arg(command)));
            const CliResult options = runCli({command, QStringLiteral("--help")});
            QVERIFY2(options.exitCode == 0, qPrintable(command + options.err));
            for (auto it = optionName.globalMatch(options.out); it.hasNext();) {
                const QString option = it.next().captured(1);
                QVERIFY2(man.contains(QStringLiteral("\\-\\-") + option),
                         qPrintable(QStringLiteral("the man page lacks %1 --%2").arg(command, option)));
            }
        }
    }
};

TRELLIS_REGISTER_TEST(CliManPageTest);

#include "climanpagetest.moc"
