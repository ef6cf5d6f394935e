// trellis-cli COMMAND DATABASE [options]: scripted work on a Trellis database.
#include "cli/agendacommand.h"
#include "cli/backupcommand.h"
#include "cli/chartcommand.h"
#include "cli/checkcommand.h"
#include "cli/democommand.h"
#include "cli/exporticscommand.h"
#include "cli/exportrostercommand.h"
#include "cli/importicscommand.h"
#include "cli/importrostercommand.h"
#include "cli/initcommand.h"
#include "cli/listcommand.h"
#include "cli/matchcommand.h"
#include "cli/reportcommand.h"
#include "cli/resourcescommand.h"
#include "cli/statscommand.h"
#include "util/translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>
#include <vector>

using namespace trellis::cli;

namespace {

std::vector<std::unique_ptr<CliCommand>> allCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<InitCommand>());
    commands.push_back(std::make_unique<CheckCommand>());
    commands.push_back(std::make_unique<BackupCommand>());
    commands.push_back(std::make_unique<DemoCommand>());
    commands.push_back(std::make_unique<StatsCommand>());
    commands.push_back(std::make_unique<ListCommand>());
    commands.push_back(std::make_unique<ExportIcsCommand>());
    commands.push_back(std::make_unique<ImportRosterCommand>());
    commands.push_back(std::make_unique<ExportRosterCommand>());
    commands.push_back(std::make_unique<ImportIcsCommand>());
    commands.push_back(std::make_unique<MatchCommand>());
    commands.push_back(std::make_unique<ChartCommand>());
    commands.push_back(std::make_unique<AgendaCommand>());
    commands.push_back(std::make_unique<ResourcesCommand>());
    commands.push_back(std::make_unique<AddResourceCommand>());
    commands.push_back(std::make_unique<ReportCommand>());
    return commands;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

void printUsage(QTextStream &out, const std::vector<std::unique_ptr<CliCommand>> &commands)
{
    out << tr("Usage: trellis-cli COMMAND DATABASE [options]") << '\n'
        << tr("       trellis-cli COMMAND --help") << '\n'
        << '\n'
        << tr("Commands:") << '\n';
    for (const auto &command : commands)
        out << QStringLiteral("  %1%2").arg(command->name(), -15).arg(command->summary()) << '\n';
    out << '\n'
        << tr("Options:") << '\n'
        << QStringLiteral("  %1%2").arg(QStringLiteral("--help"), -10).arg(tr("Show this help.")) << '\n'
        << QStringLiteral("  %1%2").arg(QStringLiteral("--version"), -10).arg(tr("Show the version."))
        << '\n';
    out.flush();
}

QtMessageHandler previousHandler = nullptr;

// The offscreen platform warns, for every window a chart is drawn in, that it cannot pass size
// hints on: noise to a person running a command, so it is dropped; everything else goes through.
void dropOffscreenNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message == QLatin1String("This plugin does not support propagateSizeHints()"))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

int main(int argc, char *argv[])
{
    // Commands that draw need a QApplication; it runs on the offscreen platform unless told
    // otherwise, so the command works without a display. Every other command stays a
    // QCoreApplication.
    const bool draws = argc > 1 && (qstrcmp(argv[1], "chart") == 0 || qstrcmp(argv[1], "report") == 0);
    if (draws && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (draws)
        previousHandler = qInstallMessageHandler(dropOffscreenNoise);
    std::unique_ptr<QCoreApplication> application =
        draws ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Trellis"));
    QCoreApplication::setApplicationName(QStringLiteral("trellis-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRELLIS_VERSION));

    trellis::Translations::install();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto commands = allCommands();
    const QStringList args = QCoreApplication::arguments();

    if (args.size() < 2) {
        printUsage(err, commands);
        return 2;
    }
    const QString first = args.at(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        printUsage(out, commands);
        return 0;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << QStringLiteral("trellis-cli %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
        return 0;
    }

    const CliCommand *command = nullptr;
    for (const auto &candidate : commands) {
        if (candidate->name() == first)
            command = candidate.get();
    }
    if (!command) {
        err << tr("trellis-cli: unknown command \"%1\"; see trellis-cli --help").arg(first) << Qt::endl;
        return 2;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary());
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(helpOption);
    parser.addPositionalArgument(QStringLiteral("DATABASE"), tr("The Trellis database file."));
    command->configure(parser);

    QStringList commandArgs = args;
    commandArgs.removeAt(1); // parse as if the command were the program
    commandArgs[0] = QStringLiteral("trellis-cli %1").arg(command->name());
    if (!parser.parse(commandArgs)) {
        err << QStringLiteral("trellis-cli %1: %2").arg(command->name(), parser.errorText()) << Qt::endl;
        return 2;
    }
    if (parser.isSet(helpOption)) {
        out << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        err << tr("trellis-cli %1: missing DATABASE; see trellis-cli %1 --help").arg(command->name())
            << Qt::endl;
        return 2;
    }
    out.flush();
    const int code = command->run(positional.first(), parser, Streams{out, err});
    out.flush();
    err.flush();
    return code;
}
