#pragma once

#include "io/rosterparser.h"
#include "services/peopleservice.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace trellis {

class ChangeNotifier;
class Database;

// One row of a roster file as the import would add it.
struct RosterImportRow {
    RosterEntry entry;
    QString managerName;        // the resolved manager's name; empty when none or unresolved
    bool managerInFile = false; // the manager is added by the same import
    bool hasProblem = false;    // at least one problem names this row's line
};

// What importing a roster would do, checked in full before anything is written.
struct RosterImportPlan {
    QString fileName;
    QStringList header;
    RosterMapping mapping;
    QList<RosterImportRow> rows;            // every data row of the file, in order
    QList<RosterProblem> problems;          // by line; any problem means nothing is imported
    QList<PeopleService::NewPerson> people; // what commit() adds, one per row

    bool canImport() const { return problems.isEmpty() && !people.isEmpty(); }
    // Every problem on its own line ("people.csv, line 4, email: …").
    QString problemReport() const;
};

// CSV roster import: CsvReader + RosterParser, managers resolved by name or e-mail within the
// file or the database, duplicates of people already stored refused, every problem listed with
// its line and field. commit() adds everybody in ONE edit (PeopleService::createPeople), so
// an import is all or nothing and one undo step.
class RosterImporter {
public:
    explicit RosterImporter(Database &db, ChangeNotifier *notifier = nullptr)
        : m_db(db)
        , m_notifier(notifier)
    {}

    // Checks every row against the rest of the file and the database; writes nothing.
    [[nodiscard]] Result<RosterImportPlan> plan(const CsvTable &table, const RosterMapping &mapping,
                                                const QString &fileName) const;
    // Reads the file; the mapping comes from mappingPath, or is guessed from the header.
    [[nodiscard]] Result<RosterImportPlan> planFile(const QString &csvPath,
                                                    const QString &mappingPath = {}) const;
    // Adds the plan's people in one edit; refuses a plan with problems (listing them all).
    [[nodiscard]] Result<ChangeSet> commit(const RosterImportPlan &plan) const;
    // planFile() then commit(): the error lists every problem.
    [[nodiscard]] Result<ChangeSet> importFile(const QString &csvPath, const QString &mappingPath = {}) const;

private:
    Database &m_db;
    ChangeNotifier *m_notifier;
};

} // namespace trellis
