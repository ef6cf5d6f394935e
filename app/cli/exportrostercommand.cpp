#include "cli/exportrostercommand.h"

#include "io/rosterexporter.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace trellis::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

} // namespace

QString ExportRosterCommand::summary() const
{
    return tr("Export the roster (or --relationships) to a CSV file -o OUT.csv.");
}

void ExportRosterCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("The CSV file to write (replaced if it exists)."),
                      QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("relationships"),
                      tr("Write the relationships with their health instead of the people.")});
}

int ExportRosterCommand::run(const QString &database, const QCommandLineParser &parser, Streams streams) const
{
    const QString out = parser.value(QStringLiteral("output"));
    if (out.isEmpty()) {
        streams.err << tr("export-roster needs an output file: -o OUT.csv") << Qt::endl;
        return 2;
    }
    if (QFileInfo(out).absoluteFilePath() == QFileInfo(database).absoluteFilePath()) {
        streams.err << tr("export-roster: the output file must not be the database itself") << Qt::endl;
        return 2;
    }
    auto opened = Database::open(database, Database::OpenMode::ReadOnly);
    if (!opened) {
        streams.err << opened.errorMessage() << Qt::endl;
        return 1;
    }
    const bool relationships = parser.isSet(QStringLiteral("relationships"));
    const auto written = relationships ? RosterExporter::writeRelationships(opened.value()->connection(), out)
                                       : RosterExporter::writeRoster(opened.value()->connection(), out);
    if (!written) {
        streams.err << tr("export-roster: %1").arg(written.errorMessage()) << Qt::endl;
        return 1;
    }
    const QString path = QFileInfo(out).absoluteFilePath();
    streams.out << (relationships
                        ? QCoreApplication::translate("cli", "Wrote %n relationship(s) to %1", nullptr,
                                                      *written)
                        : QCoreApplication::translate("cli", "Wrote %n person(s) to %1", nullptr, *written))
                       .arg(path)
                << Qt::endl;
    return 0;
}

} // namespace trellis::cli
