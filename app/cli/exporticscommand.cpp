#include "cli/exporticscommand.h"

#include "io/icsexporter.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <optional>

namespace trellis::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

} // namespace

QString ExportIcsCommand::summary() const
{
    return tr("Export meetings to an iCalendar (.ics) file -o OUT.ics.");
}

void ExportIcsCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("relationship"), tr("Export the meetings of one relationship."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("person"),
                      tr("Export the meetings of one person (as mentor or mentee)."), QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("cohort"), tr("Export the meetings of one cohort."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("all"), tr("Export every meeting in the database.")});
    parser.addOption(
        {QStringLiteral("include-notes"),
         tr("Write agendas and shared notes as descriptions (private notes are never written).")});
    parser.addOption({QStringLiteral("include-attendees"),
                      tr("Write the mentor's and mentee's e-mail addresses as organizer and attendees.")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("The .ics file to write (replaced if it exists)."),
                      QStringLiteral("OUT")});
}

int ExportIcsCommand::run(const QString &database, const QCommandLineParser &parser, Streams streams) const
{
    struct Choice {
        const char *option;
        MeetingExportScope::Kind kind;
    };
    const Choice choices[] = {{"relationship", MeetingExportScope::Kind::Relationship},
                              {"person", MeetingExportScope::Kind::Person},
                              {"cohort", MeetingExportScope::Kind::Cohort}};
    std::optional<MeetingExportScope> scope;
    int given = parser.isSet(QStringLiteral("all")) ? 1 : 0;
    if (given)
        scope = MeetingExportScope::all();
    for (const Choice &choice : choices) {
        const QString option = QLatin1String(choice.option);
        if (!parser.isSet(option))
            continue;
        ++given;
        bool ok = false;
        const QString text = parser.value(option);
        const qint64 id = text.toLongLong(&ok);
        if (!ok || id <= 0) {
            streams.err << tr("export-ics: --%1 needs a numeric id, not \"%2\"").arg(option, text)
                        << Qt::endl;
            return 2;
        }
        scope = MeetingExportScope{choice.kind, id};
    }
    if (given != 1) {
        streams.err
            << tr("export-ics needs exactly one of --relationship ID, --person ID, --cohort ID or --all")
            << Qt::endl;
        return 2;
    }
    const QString out = parser.value(QStringLiteral("output"));
    if (out.isEmpty()) {
        streams.err << tr("export-ics needs an output file: -o OUT.ics") << Qt::endl;
        return 2;
    }

    if (QFileInfo(out).absoluteFilePath() == QFileInfo(database).absoluteFilePath()) {
        streams.err << tr("export-ics: the output file must not be the database itself") << Qt::endl;
        return 2;
    }
    auto opened = Database::open(database, Database::OpenMode::ReadOnly);
    if (!opened) {
        streams.err << opened.errorMessage() << Qt::endl;
        return 1;
    }
    IcsExporter exporter(*opened.value());
    exporter.setOptions(
        {parser.isSet(QStringLiteral("include-notes")), parser.isSet(QStringLiteral("include-attendees"))});
    const auto result = exporter.exportToFile(*scope, out);
    if (!result) {
        streams.err << tr("export-ics: %1").arg(result.errorMessage()) << Qt::endl;
        return 1;
    }
    const IcsExportSummary &summary = result.value();
    streams.out << QCoreApplication::translate("cli", "Wrote %n event(s) to %1", nullptr,
                                               static_cast<int>(summary.events))
                       .arg(QFileInfo(out).absoluteFilePath())
                << tr(" (%1, %2, %3, %4, %5).")
                       .arg(QCoreApplication::translate("cli", "%n single(s)", nullptr, int(summary.singles)),
                            QCoreApplication::translate("cli", "%n series", nullptr, int(summary.series)),
                            QCoreApplication::translate("cli", "%n changed occurrence(s)", nullptr,
                                                        int(summary.overrides)),
                            QCoreApplication::translate("cli", "%n cancelled occurrence(s)", nullptr,
                                                        int(summary.cancelledOccurrences)),
                            QCoreApplication::translate("cli", "%n time zone(s)", nullptr,
                                                        int(summary.timeZones)))
                << Qt::endl;
    return 0;
}

} // namespace trellis::cli
