#include "io/rosterimporter.h"

#include "storage/database.h"
#include "storage/rosterqueries.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <tuple>

namespace trellis {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("RosterImport", text, nullptr, n);
}

QString fieldKey(RosterField field)
{
    return RosterMapping::fieldKey(field);
}

QString key(const QString &text)
{
    return text.trimmed().toCaseFolded();
}

} // namespace

QString RosterImportPlan::problemReport() const
{
    QStringList lines;
    lines.reserve(problems.size());
    for (const RosterProblem &problem : problems)
        lines.append(problem.toString(fileName));
    return lines.join(QLatin1Char('\n'));
}

Result<RosterImportPlan> RosterImporter::plan(const CsvTable &table, const RosterMapping &mapping,
                                              const QString &fileName) const
{
    auto parsed = RosterParser::parse(table, mapping);
    if (!parsed)
        return parsed.error();

    RosterImportPlan plan;
    plan.fileName = fileName;
    plan.mapping = mapping;
    if (!table.records.isEmpty())
        plan.header = table.records.first().fields;
    plan.problems = parsed->problems;
    if (parsed->entries.isEmpty()) {
        plan.problems.append(RosterProblem{table.records.isEmpty() ? 1 : table.records.first().line,
                                           QString(), tr("there are no people below the header")});
        return plan;
    }

    auto stored = RosterQueries(m_db.connection()).search();
    if (!stored)
        return stored.error();
    QHash<QString, const Person *> storedByEmail;
    QHash<QString, QList<const Person *>> storedByName;
    for (const Person &person : std::as_const(*stored)) {
        if (!person.email.isEmpty())
            storedByEmail.insert(key(person.email), &person);
        storedByName[key(person.displayName)].append(&person);
    }

    const QList<RosterEntry> &entries = parsed->entries;
    QHash<QString, int> fileByEmail;
    QHash<QString, QList<int>> fileByName;
    for (int i = 0; i < entries.size(); ++i) {
        if (!entries.at(i).email.isEmpty() && !fileByEmail.contains(key(entries.at(i).email)))
            fileByEmail.insert(key(entries.at(i).email), i);
        if (!entries.at(i).name.isEmpty())
            fileByName[key(entries.at(i).name)].append(i);
    }

    for (int i = 0; i < entries.size(); ++i) {
        const RosterEntry &entry = entries.at(i);
        auto problem = [&](const QString &field, const QString &message) {
            plan.problems.append(RosterProblem{entry.line, field, message});
        };
        RosterImportRow row{entry, {}, false, false};

        // Somebody already stored: the same e-mail, or the same name where no e-mail tells them apart.
        if (!entry.email.isEmpty()) {
            if (const Person *existing = storedByEmail.value(key(entry.email)))
                problem(
                    fieldKey(RosterField::Email),
                    tr("%1 already belongs to %2 in this database").arg(entry.email, existing->displayName));
        }
        if (!entry.name.isEmpty()) {
            for (const Person *existing : storedByName.value(key(entry.name))) {
                if (entry.email.isEmpty() || existing->email.isEmpty()) {
                    problem(fieldKey(RosterField::Name),
                            tr("%1 is already in this database; give an e-mail address to add a different "
                               "person with the same name")
                                .arg(entry.name));
                    break;
                }
            }
            const QList<int> sameName = fileByName.value(key(entry.name));
            if (entry.email.isEmpty() && sameName.first() != i)
                problem(fieldKey(RosterField::Name),
                        tr("%1 is also on line %2; give e-mail addresses to tell them apart")
                            .arg(entry.name)
                            .arg(entries.at(sameName.first()).line));
        }

        Person person;
        person.displayName = entry.name;
        person.email = entry.email;
        person.phone = entry.phone;
        person.isMentor = entry.mentor;
        person.isMentee = entry.mentee;
        person.isCoordinator = entry.coordinator;
        person.capacity = entry.capacity;
        person.timezone = entry.timeZone;
        person.department = entry.department;
        person.languages = entry.languages;
        person.skills = entry.skills;
        person.interests = entry.interests;
        person.bio = entry.bio;
        PeopleService::NewPerson newPerson{person, std::nullopt, {}, {}};

        // Someone the row names (the manager, a wished-for mentor): by e-mail or by name, first in
        // the file, then in the database.
        struct Found {
            std::optional<int> inFile;
            const Person *inDatabase = nullptr;
            QString problem;
        };
        const auto resolve = [&](const QString &named) {
            Found found;
            const QString wanted = key(named);
            if (named.contains(QLatin1Char('@'))) {
                if (fileByEmail.contains(wanted))
                    found.inFile = fileByEmail.value(wanted);
                else
                    found.inDatabase = storedByEmail.value(wanted);
            } else {
                const QList<int> inFile = fileByName.value(wanted);
                const QList<const Person *> storedNamed = storedByName.value(wanted);
                if (inFile.size() == 1)
                    found.inFile = inFile.first();
                else if (inFile.size() > 1)
                    found.problem =
                        tr("%1 names several people in the file; use their e-mail address").arg(named);
                else if (storedNamed.size() == 1)
                    found.inDatabase = storedNamed.first();
                else if (storedNamed.size() > 1)
                    found.problem =
                        tr("%1 names several people in the database; use their e-mail address").arg(named);
            }
            if (found.problem.isEmpty() && !found.inFile && !found.inDatabase)
                found.problem = tr("nobody called %1 is in the file or the database").arg(named);
            return found;
        };

        if (!entry.manager.isEmpty()) {
            const Found manager = resolve(entry.manager);
            if (!manager.problem.isEmpty()) {
                problem(fieldKey(RosterField::Manager), manager.problem);
            } else if (manager.inFile && *manager.inFile == i) {
                problem(fieldKey(RosterField::Manager), tr("a person cannot be their own manager"));
            } else if (manager.inFile) {
                newPerson.managerIndex = *manager.inFile;
                row.managerName = entries.at(*manager.inFile).name;
                row.managerInFile = true;
            } else {
                newPerson.person.managerId = manager.inDatabase->id;
                row.managerName = manager.inDatabase->displayName;
            }
        }

        // Wished-for and ruled-out mentors: each must be a mentor, other than the mentee.
        for (const auto &[field, names, refs] :
             {std::tuple{RosterField::Wishes, &entry.wishes, &newPerson.wishes},
              std::tuple{RosterField::NeverPair, &entry.never, &newPerson.never}}) {
            for (const QString &named : *names) {
                const Found mentor = resolve(named);
                const bool isMentor = mentor.inFile ? entries.at(*mentor.inFile).mentor
                                                    : mentor.inDatabase && mentor.inDatabase->isMentor;
                if (!mentor.problem.isEmpty())
                    problem(fieldKey(field), mentor.problem);
                else if (mentor.inFile && *mentor.inFile == i)
                    problem(fieldKey(field), tr("a mentee cannot be their own mentor"));
                else if (!isMentor)
                    problem(fieldKey(field), tr("%1 is not a mentor").arg(named));
                else if (mentor.inFile)
                    refs->append(PeopleService::PersonRef{0, *mentor.inFile});
                else
                    refs->append(PeopleService::PersonRef{mentor.inDatabase->id, std::nullopt});
            }
        }

        // The domain's own checks, for what the parser does not already report on this row.
        const bool parserFound = std::any_of(parsed->problems.cbegin(), parsed->problems.cend(),
                                             [&](const RosterProblem &p) { return p.line == entry.line; });
        if (!entry.name.isEmpty() && !parserFound) {
            if (auto s = newPerson.person.validate(); !s)
                problem(QStringLiteral("row"), s.errorMessage());
        }
        plan.rows.append(row);
        plan.people.append(newPerson);
    }

    std::stable_sort(plan.problems.begin(), plan.problems.end(),
                     [](const RosterProblem &a, const RosterProblem &b) { return a.line < b.line; });
    QSet<int> badLines;
    for (const RosterProblem &problem : std::as_const(plan.problems))
        badLines.insert(problem.line);
    for (RosterImportRow &row : plan.rows)
        row.hasProblem = badLines.contains(row.entry.line);
    return plan;
}

Result<RosterImportPlan> RosterImporter::planFile(const QString &csvPath, const QString &mappingPath) const
{
    auto table = CsvReader::readFile(csvPath);
    if (!table)
        return table.error();
    const QStringList header = table->records.isEmpty() ? QStringList() : table->records.first().fields;
    RosterMapping mapping;
    if (mappingPath.isEmpty()) {
        mapping = RosterMapping::guess(header);
    } else {
        auto fromFile = RosterMapping::fromFile(mappingPath, header);
        if (!fromFile)
            return fromFile.error();
        mapping = *fromFile;
    }
    return plan(*table, mapping, QFileInfo(csvPath).fileName());
}

Result<ChangeSet> RosterImporter::commit(const RosterImportPlan &plan) const
{
    if (!plan.problems.isEmpty())
        return Error{tr("Nothing was imported; %n problem(s) to fix first:", int(plan.problems.size())) +
                     QLatin1Char('\n') + plan.problemReport()};
    if (plan.people.isEmpty())
        return Error{tr("Nothing was imported: the file lists nobody.")};
    // Nothing is written into a damaged file (it would hide the damage under new rows).
    if (Status intact = m_db.checkIntact(); !intact)
        return intact.error();
    return PeopleService(m_db, m_notifier).createPeople(plan.people);
}

Result<ChangeSet> RosterImporter::importFile(const QString &csvPath, const QString &mappingPath) const
{
    auto planned = planFile(csvPath, mappingPath);
    if (!planned)
        return planned.error();
    return commit(*planned);
}

} // namespace trellis
