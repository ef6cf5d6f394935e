#include "cli/importrostercommand.h"

#include "io/rosterimporter.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace trellis::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

} // namespace

QString ImportRosterCommand::summary() const
{
    return tr("Add the people of a CSV roster IN.csv (all or nothing).");
}

void ImportRosterCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("IN.csv"),
                                 tr("The roster: one person per row, a header row."));
    parser.addOption({QStringLiteral("mapping"),
                      tr("A file of \"field = Column header\" lines (fields: name, email, phone, roles, "
                         "skills, interests, capacity, timezone, department, manager, languages, bio); "
                         "without it the columns are recognised by their headers."),
                      QStringLiteral("FILE")});
}

int ImportRosterCommand::run(const QString &database, const QCommandLineParser &parser, Streams streams) const
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        streams.err << tr("import-roster needs a database and a CSV file: import-roster DATABASE IN.csv")
                    << Qt::endl;
        return 2;
    }
    const QString csv = positional.at(1);
    auto opened = Database::open(database);
    if (!opened) {
        streams.err << opened.errorMessage() << Qt::endl;
        return 1;
    }
    const RosterImporter importer(*opened.value());
    auto plan = importer.planFile(csv, parser.value(QStringLiteral("mapping")));
    if (!plan) {
        streams.err << tr("import-roster: %1").arg(plan.errorMessage()) << Qt::endl;
        return 1;
    }
    if (!plan->problems.isEmpty()) {
        streams.err << QCoreApplication::translate(
                           "cli", "import-roster: nothing was imported; %n problem(s):", nullptr,
                           int(plan->problems.size()))
                    << '\n'
                    << plan->problemReport() << Qt::endl;
        return 1;
    }
    auto changes = importer.commit(*plan);
    if (!changes) {
        streams.err << tr("import-roster: %1").arg(changes.errorMessage()) << Qt::endl;
        return 1;
    }
    const int added = int(changes->ids(Entity::Person, ChangeKind::Inserted).size());
    streams.out << QCoreApplication::translate("cli", "Added %n person(s) from %1.", nullptr, added)
                       .arg(plan->fileName)
                << Qt::endl;
    return 0;
}

} // namespace trellis::cli
