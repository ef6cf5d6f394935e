#include "cli/initcommand.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace trellis::cli {

QString InitCommand::summary() const
{
    return QCoreApplication::translate("cli", "Create a new, empty Trellis database.");
}

void InitCommand::configure(QCommandLineParser &) const {}

int InitCommand::run(const QString &database, const QCommandLineParser &, Streams streams) const
{
    if (QFileInfo::exists(database)) {
        streams.err << QCoreApplication::translate("cli", "Cannot create %1: the file already exists.")
                           .arg(QFileInfo(database).absoluteFilePath())
                    << Qt::endl;
        return 1;
    }
    auto opened = Database::open(database, Database::OpenMode::CreateIfMissing);
    if (!opened) {
        streams.err << opened.errorMessage() << Qt::endl;
        return 1;
    }
    streams.out << QCoreApplication::translate("cli", "Created %1 (schema %2).")
                       .arg(opened.value()->path())
                       .arg(opened.value()->schemaVersion())
                << Qt::endl;
    return 0;
}

} // namespace trellis::cli
