#include "cli/backupcommand.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace trellis::cli {

QString BackupCommand::summary() const
{
    return QCoreApplication::translate("cli", "Write a consistent, verified copy of the database to -o OUT.");
}

void BackupCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QCoreApplication::translate("cli", "The backup file to write (must not exist)."),
                      QStringLiteral("OUT")});
}

int BackupCommand::run(const QString &database, const QCommandLineParser &parser, Streams streams) const
{
    const QString out = parser.value(QStringLiteral("output"));
    if (out.isEmpty()) {
        streams.err << QCoreApplication::translate("cli", "backup needs an output file: -o OUT") << Qt::endl;
        return 2;
    }
    auto opened = Database::open(database, Database::OpenMode::ReadOnly);
    if (!opened) {
        streams.err << opened.errorMessage() << Qt::endl;
        return 1;
    }
    if (const Status done = opened.value()->backupTo(out); !done) {
        streams.err << done.errorMessage() << Qt::endl;
        return 1;
    }
    streams.out << QCoreApplication::translate("cli", "Backed up %1 to %2 (verified).")
                       .arg(opened.value()->path(), QFileInfo(out).absoluteFilePath())
                << Qt::endl;
    return 0;
}

} // namespace trellis::cli
