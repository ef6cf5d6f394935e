#include "io/rosterexporter.h"

#include "insights/relationshipoverview.h"
#include "io/csvwriter.h"
#include "io/writefailure.h"
#include "storage/rosterqueries.h"

#include <QCoreApplication>
#include <QHash>
#include <QSaveFile>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RosterExport", text);
}

const QString listSeparator = QStringLiteral("; ");

QString isoDate(const std::optional<QDate> &date)
{
    return date ? date->toString(Qt::ISODate) : QString();
}

QString cadenceText(CadenceState state)
{
    switch (state) {
    case CadenceState::NotApplicable:
        return {};
    case CadenceState::Paused:
        return QStringLiteral("paused");
    case CadenceState::OnTrack:
        return QStringLiteral("on track");
    case CadenceState::DueSoon:
        return QStringLiteral("due soon");
    case CadenceState::Overdue:
        return QStringLiteral("overdue");
    }
    return {};
}

QString reasonText(RiskReason reason)
{
    switch (reason) {
    case RiskReason::LongOverdue:
        return QStringLiteral("long overdue");
    case RiskReason::NoGoals:
        return QStringLiteral("no goals");
    case RiskReason::FitCheckOverdue:
        return QStringLiteral("fit check overdue");
    case RiskReason::LowFeedback:
        return QStringLiteral("low feedback");
    case RiskReason::UnloggedMeetings:
        return QStringLiteral("unlogged meetings");
    }
    return {};
}

// Returns the number of data rows (the header excluded).
Result<int> save(const Result<QList<QStringList>> &records, const QString &path)
{
    if (!records)
        return records.error();
    const QByteArray csv = CsvWriter::encode(*records);
    // Unbuffered, so a short write (a full disk) shows at write() rather than being lost in the
    // buffer's flush; the old file stays until the whole new one is written.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || file.write(csv) != csv.size() ||
        !file.commit())
        return Error{tr("Cannot write %1: %2").arg(path, WriteFailure::reason(file, path, csv.size()))};
    return int(records->size()) - 1;
}

Result<QList<QStringList>> rosterRecords(QSqlDatabase db)
{
    auto people = RosterQueries(db).search();
    if (!people)
        return people.error();
    QHash<Id, const Person *> byId;
    for (const Person &person : std::as_const(*people))
        byId.insert(person.id, &person);
    // Someone a row names (a manager, a wished-for mentor): by e-mail when there is one, so the
    // import finds them again.
    const auto reference = [&byId](Id id) {
        const Person *named = byId.value(id);
        return !named ? QString() : named->email.isEmpty() ? named->displayName : named->email;
    };
    auto preferences = RosterQueries(db).matchPreferences();
    if (!preferences)
        return preferences.error();
    QHash<Id, QStringList> wishes; // by rank: the query's order
    QHash<Id, QStringList> never;
    for (const MatchPreference &preference : std::as_const(*preferences))
        (preference.kind == MatchPreferenceKind::Wish ? wishes : never)[preference.menteeId].append(
            reference(preference.mentorId));

    QList<QStringList> records;
    records.reserve(people->size() + 1);
    records.append({QStringLiteral("Name"), QStringLiteral("Email"), QStringLiteral("Phone"),
                    QStringLiteral("Roles"), QStringLiteral("Skills"), QStringLiteral("Interests"),
                    QStringLiteral("Capacity"), QStringLiteral("Time zone"), QStringLiteral("Department"),
                    QStringLiteral("Manager"), QStringLiteral("Languages"), QStringLiteral("Bio"),
                    QStringLiteral("Wishes"), QStringLiteral("Never pair with")});
    for (const Person &person : std::as_const(*people)) {
        QStringList roles;
        if (person.isMentor)
            roles << QStringLiteral("mentor");
        if (person.isMentee)
            roles << QStringLiteral("mentee");
        if (person.isCoordinator)
            roles << QStringLiteral("coordinator");
        const QString manager = person.managerId ? reference(*person.managerId) : QString();
        records.append({person.displayName, person.email, person.phone, roles.join(listSeparator),
                        person.skills.join(listSeparator), person.interests.join(listSeparator),
                        QString::number(person.capacity), person.timezone, person.department, manager,
                        person.languages.join(listSeparator), person.bio,
                        wishes.value(person.id).join(listSeparator),
                        never.value(person.id).join(listSeparator)});
    }
    return records;
}

Result<QList<QStringList>> relationshipRecords(QSqlDatabase db, const RelationshipScope &scope)
{
    auto people = RosterQueries(db).search();
    if (!people)
        return people.error();
    QHash<Id, QString> emails;
    for (const Person &person : std::as_const(*people))
        emails.insert(person.id, person.email);
    auto entries = RelationshipOverview::load(db, scope);
    if (!entries)
        return entries.error();

    QList<QStringList> records;
    records.reserve(entries->size() + 1);
    records.append({QStringLiteral("Mentor"), QStringLiteral("Mentor email"), QStringLiteral("Mentee"),
                    QStringLiteral("Mentee email"), QStringLiteral("Programme"), QStringLiteral("Cohort"),
                    QStringLiteral("Status"), QStringLiteral("Start date"), QStringLiteral("Cadence days"),
                    QStringLiteral("Health"), QStringLiteral("Last contact"), QStringLiteral("Days overdue"),
                    QStringLiteral("Open actions"), QStringLiteral("Goal progress"),
                    QStringLiteral("At risk")});
    for (const RelationshipOverviewEntry &entry : std::as_const(*entries)) {
        const RelationshipOverviewRow &row = entry.row;
        const RelationshipHealth &health = entry.health;
        QStringList reasons;
        for (RiskReason reason : health.riskReasons)
            reasons << reasonText(reason);
        records.append({row.mentorName, emails.value(row.mentorId), row.menteeName,
                        emails.value(row.menteeId), row.programmeName, row.cohortName, row.status,
                        isoDate(row.startDate), QString::number(row.cadenceDays), cadenceText(health.state),
                        isoDate(health.lastContactDate),
                        health.daysOverdue > 0 ? QString::number(health.daysOverdue) : QString(),
                        QString::number(health.openActionItems),
                        health.averageGoalProgress
                            ? QString::number(qRound(*health.averageGoalProgress * 100)) + QLatin1Char('%')
                            : QString(),
                        reasons.join(listSeparator)});
    }
    return records;
}

} // namespace

Result<QByteArray> RosterExporter::rosterCsv(QSqlDatabase db)
{
    auto records = rosterRecords(std::move(db));
    if (!records)
        return records.error();
    return CsvWriter::encode(*records);
}

Result<QByteArray> RosterExporter::relationshipsCsv(QSqlDatabase db, const RelationshipScope &scope)
{
    auto records = relationshipRecords(std::move(db), scope);
    if (!records)
        return records.error();
    return CsvWriter::encode(*records);
}

Result<int> RosterExporter::writeRoster(QSqlDatabase db, const QString &path)
{
    return save(rosterRecords(std::move(db)), path);
}

Result<int> RosterExporter::writeRelationships(QSqlDatabase db, const QString &path,
                                               const RelationshipScope &scope)
{
    return save(relationshipRecords(std::move(db), scope), path);
}

} // namespace trellis
