#include "cli/checkcommand.h"

#include "storage/databasecheck.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace trellis::cli {

QString CheckCommand::summary() const
{
    return QCoreApplication::translate("cli",
                                       "Check integrity, schema version and application id (read-only).");
}

void CheckCommand::configure(QCommandLineParser &) const {}

int CheckCommand::run(const QString &database, const QCommandLineParser &, Streams streams) const
{
    const QString path = QFileInfo(database).absoluteFilePath();
    if (!QFileInfo::exists(path)) {
        streams.err
            << QCoreApplication::translate("cli", "Cannot check %1: the file does not exist.").arg(path)
            << Qt::endl;
        return 1;
    }
    auto report = DatabaseCheck::run(path);
    if (!report) {
        streams.err << report.errorMessage() << Qt::endl;
        return 1;
    }
    for (const QString &note : std::as_const(report->notes))
        streams.out << QCoreApplication::translate("cli", "note: %1").arg(note) << Qt::endl;
    if (!report->problems.isEmpty()) {
        for (const QString &problem : std::as_const(report->problems))
            streams.out << QCoreApplication::translate("cli", "problem: %1").arg(problem) << Qt::endl;
        streams.err << QCoreApplication::translate("cli", "%1 has %n problem(s).", nullptr,
                                                   int(report->problems.size()))
                           .arg(path)
                    << Qt::endl;
        return 1;
    }
    streams.out << QCoreApplication::translate("cli",
                                               "%1: OK (schema %2, %3 bytes, integrity ok, foreign keys ok)")
                       .arg(path)
                       .arg(report->schemaVersion)
                       .arg(QLocale::c().toString(report->fileBytes))
                << Qt::endl;
    return 0;
}

} // namespace trellis::cli
