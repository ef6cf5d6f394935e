#include "cli/importicscommand.h"

#include "io/icsimporter.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace trellis::cli {

namespace {

constexpr size_t s_listed = 50; // added/updated events listed one by one; the rest counted

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

void listEvents(QTextStream &out, const IcsImportReport &report, bool updated)
{
    size_t shown = 0;
    size_t total = 0;
    for (const IcsImportedEvent &event : report.changedEvents) {
        if (event.updated != updated)
            continue;
        ++total;
        if (shown == s_listed)
            continue;
        ++shown;
        out << "  " << tr("line %1: %2 (%3)").arg(event.line).arg(event.summary, event.uid) << '\n';
    }
    if (total > shown)
        out << "  " << tr("… and %1 more").arg(total - shown) << '\n';
}

} // namespace

QString ImportIcsCommand::summary() const
{
    return tr("Import an iCalendar (.ics) file into a relationship.");
}

void ImportIcsCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("IN.ics"), tr("The .ics file to import."));
    parser.addOption({QStringLiteral("relationship"),
                      tr("The relationship that receives new events (known events stay where they are)."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("skip-invalid"),
                      tr("Import the valid events of a damaged file and list the skipped ones.")});
}

int ImportIcsCommand::run(const QString &database, const QCommandLineParser &parser, Streams streams) const
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        streams.err << tr("import-ics needs the database and one .ics file: "
                          "import-ics DATABASE --relationship ID [--skip-invalid] IN.ics")
                    << Qt::endl;
        return 2;
    }
    const QString in = positional.at(1);
    bool ok = false;
    const QString text = parser.value(QStringLiteral("relationship"));
    const qint64 relationship = text.toLongLong(&ok);
    if (!parser.isSet(QStringLiteral("relationship")) || !ok || relationship <= 0) {
        streams.err << tr("import-ics needs --relationship ID (a numeric id), not \"%1\"").arg(text)
                    << Qt::endl;
        return 2;
    }
    if (!QFileInfo::exists(in)) {
        streams.err << tr("import-ics: there is no file %1").arg(in) << Qt::endl;
        return 1;
    }
    auto opened = Database::open(database);
    if (!opened) {
        streams.err << opened.errorMessage() << Qt::endl;
        return 1;
    }
    IcsImporter importer(*opened.value());
    importer.setSkipInvalid(parser.isSet(QStringLiteral("skip-invalid")));
    const auto result = importer.importFile(in, relationship);
    if (!result) {
        streams.err << tr("import-ics: %1").arg(result.errorMessage()) << Qt::endl;
        return 1;
    }
    const IcsImportReport &report = *result;
    if (report.refused) {
        streams.err << tr("import-ics: %1 was refused; nothing was written.").arg(in) << Qt::endl;
        for (const IcsProblem &problem : report.errors)
            streams.err << "  " << problem.message << Qt::endl;
        streams.err << tr("Use --skip-invalid to import the valid events and skip the others.") << Qt::endl;
        return 1;
    }
    if (report.nothingToImport())
        streams.out << tr("Nothing to import: %1 holds no events.").arg(in) << '\n';
    else
        streams.out
            << tr("Imported %1 into relationship #%2: %3 added, %4 updated, %5 unchanged, %6 skipped, "
                  "%7 warnings.")
                   .arg(QFileInfo(in).fileName())
                   .arg(relationship)
                   .arg(report.added)
                   .arg(report.updated)
                   .arg(report.unchanged)
                   .arg(report.skipped)
                   .arg(report.warnings.size())
            << '\n';
    if (report.added > 0) {
        streams.out << tr("Added:") << '\n';
        listEvents(streams.out, report, false);
    }
    if (report.updated > 0) {
        streams.out << tr("Updated:") << '\n';
        listEvents(streams.out, report, true);
    }
    if (!report.skippedEvents.empty()) {
        streams.out << tr("Skipped:") << '\n';
        for (const IcsSkippedEvent &skipped : report.skippedEvents) {
            streams.out << "  " << tr("line %1: %2").arg(skipped.line).arg(skipped.summary) << '\n';
            for (const IcsProblem &problem : skipped.problems)
                streams.out << "    " << problem.message << '\n';
        }
    }
    if (!report.warnings.empty()) {
        streams.out << tr("Warnings:") << '\n';
        for (const IcsProblem &warning : report.warnings)
            streams.out << "  " << warning.message << '\n';
    }
    streams.out.flush();
    return 0;
}

} // namespace trellis::cli
