#include "insights/calendaragenda.h"

#include "calendar/recurrenceexpander.h"
#include "storage/database.h"
#include "storage/occurrencequery.h"
#include "storage/relationshipownerquery.h"
#include "storage/relationshippeoplequery.h"

#include <QHash>
#include <QJsonValue>
#include <QSet>

#include <algorithm>

namespace trellis {

namespace {

using People = RelationshipPeople;

QString isoIn(qint64 utc, const QTimeZone &zone)
{
    return QDateTime::fromSecsSinceEpoch(utc, zone).toString(Qt::ISODate);
}

// The entries of whole days [first, first + days) in `viewer`'s zone, of a read a day wider on each
// side: timed ones that overlap the days, all-day ones whose dates fall on them.
QList<AgendaEntry> inside(QList<AgendaEntry> entries, const QDate &first, int days, const QTimeZone &viewer)
{
    QList<AgendaEntry> kept;
    const auto [windowFrom, windowTo] = CalendarAgenda::utcBounds(first, days, viewer);
    const QDate last = first.addDays(days - 1);
    for (AgendaEntry &e : entries) {
        const Occurrence &o = e.occurrence;
        bool shown = false;
        if (o.allDay) {
            const auto [firstDay, lastDay] = CalendarAgenda::daysOf(o, viewer);
            shown = firstDay <= last && lastDay >= first;
        } else {
            shown = RecurrenceExpander::overlaps(o.startUtc, o.endUtc, windowFrom, windowTo);
        }
        if (shown)
            kept.append(std::move(e));
    }
    return kept;
}

} // namespace

QString AgendaEntry::key() const
{
    if (occurrence.seriesId)
        return QString::number(*occurrence.seriesId) + QLatin1Char('/') + occurrence.recurrenceId;
    return QString::number(occurrence.meetingId);
}

Result<QList<AgendaEntry>> CalendarAgenda::load(Database &db, const RelationshipScope &scope, qint64 fromUtc,
                                                qint64 toUtc)
{
    const OccurrenceQuery query(db.connection());
    auto occurrences = query.occurrences(scope, fromUtc, toUtc);
    if (!occurrences)
        return occurrences.error();
    // The people of the relationships shown: all of them for the whole programme, else only those
    // of the occurrences read (a mentor's month names a handful).
    const RelationshipPeopleQuery peopleQuery(db.connection());
    QSet<Id> shown;
    for (const Occurrence &o : std::as_const(*occurrences))
        shown << o.relationshipId;
    auto listed = scope.kind == RelationshipScope::Kind::All
                      ? peopleQuery.all()
                      : peopleQuery.ofRelationships(QList<Id>(shown.cbegin(), shown.cend()));
    if (!listed)
        return listed.error();
    QHash<Id, People> &people = *listed;
    QList<AgendaEntry> entries;
    entries.reserve(occurrences->size());
    QSet<Id> persons;
    for (const Occurrence &o : std::as_const(*occurrences)) {
        const People p = people.value(o.relationshipId);
        entries.append({o, p.mentorId, p.menteeId, p.cohortId, p.mentor, p.mentee, false});
        persons << p.mentorId << p.menteeId;
    }
    persons.remove(0);
    // A conflict is a person's, whatever the scope shows: their meetings in relationships outside
    // the scope count too (one more query, only for those relationships).
    QList<Id> others;
    if (scope.kind != RelationshipScope::Kind::All && !persons.isEmpty()) {
        auto around = peopleQuery.ofPersons(QList<Id>(persons.cbegin(), persons.cend()));
        if (!around)
            return around.error();
        for (auto it = around->cbegin(); it != around->cend(); ++it)
            if (!shown.contains(it.key())) {
                others.append(it.key());
                people.insert(it.key(), it.value());
            }
        std::sort(others.begin(), others.end());
    }
    if (others.isEmpty()) {
        markConflicts(entries);
        return entries;
    }
    auto outside = query.forRelationships(others, fromUtc, toUtc);
    if (!outside)
        return outside.error();
    QList<AgendaEntry> all = entries;
    for (const Occurrence &o : *outside) {
        const People p = people.value(o.relationshipId);
        all.append({o, p.mentorId, p.menteeId, p.cohortId, p.mentor, p.mentee, false});
    }
    markConflicts(all);
    for (qsizetype i = 0; i < entries.size(); ++i)
        entries[i].conflict = all.at(i).conflict;
    return entries;
}

std::pair<qint64, qint64> CalendarAgenda::utcBounds(const QDate &first, int days, const QTimeZone &zone)
{
    return {QDateTime(first, QTime(0, 0), zone).toSecsSinceEpoch(),
            QDateTime(first.addDays(days), QTime(0, 0), zone).toSecsSinceEpoch()};
}

std::pair<QDate, QDate> CalendarAgenda::daysOf(const Occurrence &o, const QTimeZone &zone)
{
    if (o.allDay) {
        // All-day dates are the same everywhere; the end is exclusive.
        const QDate first = o.startLocal.date();
        return {first, std::max(first, o.endLocal.date().addDays(-1))};
    }
    const QDateTime start = QDateTime::fromSecsSinceEpoch(o.startUtc, zone);
    const QDateTime end = QDateTime::fromSecsSinceEpoch(std::max(o.startUtc, o.endUtc - 1), zone);
    return {start.date(), end.date()};
}

Result<QList<AgendaEntry>> CalendarAgenda::window(Database &db, const RelationshipScope &scope,
                                                  const QDate &first, int days, const QTimeZone &viewer)
{
    if (days <= 0)
        return QList<AgendaEntry>();
    // A day wider on each side: all-day occurrences are dates, not instants, and are kept by date.
    const auto [from, to] = utcBounds(first.addDays(-1), days + 2, viewer);
    auto entries = load(db, scope, from, to);
    if (!entries)
        return entries.error();
    // Conflicts of the wider read are kept: a meeting just before the window still conflicts.
    return inside(std::move(*entries), first, days, viewer);
}

Result<std::optional<AgendaUpdate>>
CalendarAgenda::windowUpdate(Database &db, const QList<std::pair<Entity, QList<Id>>> &changes,
                             const QDate &first, int days, const QTimeZone &viewer)
{
    // 1. The relationships the changed rows belong to (a removed row: nobody can say whose).
    const RelationshipOwnerQuery owners(db.connection());
    QSet<Id> touched;
    for (const auto &[entity, ids] : changes) {
        auto found = owners.owners(entity, ids);
        if (!found)
            return found.error();
        if (!found->complete)
            return std::optional<AgendaUpdate>();
        touched.unite(QSet<Id>(found->relationships.cbegin(), found->relationships.cend()));
    }
    // 2. Their people, and every relationship of those people: a change of one meeting can make or
    //    end a conflict with a meeting of the mentor's other mentee.
    const RelationshipPeopleQuery peopleQuery(db.connection());
    auto touchedPeople = peopleQuery.ofRelationships(QList<Id>(touched.cbegin(), touched.cend()));
    if (!touchedPeople)
        return touchedPeople.error();
    QSet<Id> persons;
    for (const People &p : std::as_const(*touchedPeople))
        persons << p.mentorId << p.menteeId;
    persons.remove(0);
    QSet<Id> around = touched;
    if (!persons.isEmpty()) {
        auto neighbours = peopleQuery.ofPersons(QList<Id>(persons.cbegin(), persons.cend()));
        if (!neighbours)
            return neighbours.error();
        for (auto it = neighbours->cbegin(); it != neighbours->cend(); ++it)
            around.insert(it.key());
    }
    AgendaUpdate update;
    update.relationships = QList<Id>(around.cbegin(), around.cend());
    std::sort(update.relationships.begin(), update.relationships.end());
    if (days <= 0 || update.relationships.isEmpty())
        return std::optional<AgendaUpdate>(std::move(update));
    // 3. Their entries, as window() reads them (load() marks conflicts with these people's other
    //    meetings, whatever relationship they are in).
    const auto [from, to] = utcBounds(first.addDays(-1), days + 2, viewer);
    auto entries = load(db, RelationshipScope::relationships(update.relationships), from, to);
    if (!entries)
        return entries.error();
    update.entries = inside(std::move(*entries), first, days, viewer);
    return std::optional<AgendaUpdate>(std::move(update));
}

bool CalendarAgenda::inScope(const AgendaEntry &entry, const RelationshipScope &scope)
{
    switch (scope.kind) {
    case RelationshipScope::Kind::All:
        return true;
    case RelationshipScope::Kind::Relationship:
        return entry.occurrence.relationshipId == scope.id;
    case RelationshipScope::Kind::Relationships:
        return scope.ids.contains(entry.occurrence.relationshipId);
    case RelationshipScope::Kind::Person:
        return entry.mentorId == scope.id || entry.menteeId == scope.id;
    case RelationshipScope::Kind::Mentor:
        return entry.mentorId == scope.id;
    case RelationshipScope::Kind::Mentee:
        return entry.menteeId == scope.id;
    case RelationshipScope::Kind::Cohort:
        return entry.cohortId == scope.id;
    }
    return false;
}

bool CalendarAgenda::precedes(const AgendaEntry &a, const AgendaEntry &b)
{
    if (a.occurrence.startUtc != b.occurrence.startUtc)
        return a.occurrence.startUtc < b.occurrence.startUtc;
    return a.occurrence.meetingId < b.occurrence.meetingId;
}

void CalendarAgenda::markConflicts(QList<AgendaEntry> &entries)
{
    // Per person, the rows of their timed, not cancelled occurrences by start; a sweep keeps the
    // row that ends last so far: whatever starts before that end overlaps it.
    QHash<Id, QList<int>> byPerson;
    for (int row = 0; row < entries.size(); ++row) {
        AgendaEntry &e = entries[row];
        e.conflict = false;
        if (e.occurrence.allDay || e.occurrence.status == OccurrenceStatus::Cancelled)
            continue;
        for (const Id person : {e.mentorId, e.menteeId})
            if (person != 0)
                byPerson[person].append(row);
    }
    for (auto it = byPerson.begin(); it != byPerson.end(); ++it) {
        QList<int> &rows = it.value();
        std::sort(rows.begin(), rows.end(), [&](int a, int b) {
            return entries[a].occurrence.startUtc < entries[b].occurrence.startUtc;
        });
        int latest = -1;
        for (const int row : rows) {
            const Occurrence &o = entries[row].occurrence;
            if (latest >= 0 && o.startUtc < entries[latest].occurrence.endUtc) {
                entries[row].conflict = true;
                entries[latest].conflict = true;
            }
            if (latest < 0 || o.endUtc > entries[latest].occurrence.endUtc)
                latest = row;
        }
    }
}

QList<int> CalendarAgenda::overlapping(const QList<AgendaEntry> &entries, const AgendaEntry &moving,
                                       qint64 startUtc, qint64 endUtc)
{
    QList<int> found;
    const QString key = moving.key();
    for (int i = 0; i < entries.size(); ++i) {
        const AgendaEntry &e = entries.at(i);
        if (e.key() == key || e.occurrence.allDay || e.occurrence.status == OccurrenceStatus::Cancelled)
            continue;
        const bool shared = e.mentorId == moving.mentorId || e.menteeId == moving.menteeId ||
                            e.mentorId == moving.menteeId || e.menteeId == moving.mentorId;
        if (shared && e.occurrence.startUtc < endUtc && e.occurrence.endUtc > startUtc)
            found.append(i);
    }
    return found;
}

Result<QList<AgendaEntry>> CalendarAgenda::clashes(Database &db, Id mentorId, Id menteeId, qint64 startUtc,
                                                   qint64 endUtc, const QString &exceptKey)
{
    QList<AgendaEntry> found;
    if (endUtc <= startUtc)
        return found;
    QSet<QString> seen;
    if (!exceptKey.isEmpty())
        seen.insert(exceptKey);
    for (const Id person : {mentorId, menteeId}) {
        if (person == 0)
            continue;
        auto entries = load(db, RelationshipScope::person(person), startUtc, endUtc);
        if (!entries)
            return entries.error();
        for (const AgendaEntry &e : std::as_const(*entries)) {
            const Occurrence &o = e.occurrence;
            if (o.allDay || o.status == OccurrenceStatus::Cancelled || seen.contains(e.key()))
                continue;
            if (o.startUtc < endUtc && o.endUtc > startUtc) {
                seen.insert(e.key());
                found.append(e);
            }
        }
    }
    std::sort(found.begin(), found.end(), [](const AgendaEntry &a, const AgendaEntry &b) {
        return a.occurrence.startUtc < b.occurrence.startUtc;
    });
    return found;
}

QJsonObject CalendarAgenda::toJson(const AgendaEntry &entry, const QTimeZone &viewer, qint64 nowUtc)
{
    const Occurrence &o = entry.occurrence;
    QJsonObject json;
    json.insert(QStringLiteral("key"), entry.key());
    json.insert(QStringLiteral("meetingId"), o.meetingId);
    json.insert(QStringLiteral("seriesId"), o.seriesId ? QJsonValue(*o.seriesId) : QJsonValue());
    json.insert(QStringLiteral("overrideId"), o.overrideId ? QJsonValue(*o.overrideId) : QJsonValue());
    json.insert(QStringLiteral("recurrenceId"), o.recurrenceId);
    json.insert(QStringLiteral("relationshipId"), o.relationshipId);
    json.insert(QStringLiteral("mentorId"), entry.mentorId);
    json.insert(QStringLiteral("mentor"), entry.mentorName);
    json.insert(QStringLiteral("menteeId"), entry.menteeId);
    json.insert(QStringLiteral("mentee"), entry.menteeName);
    json.insert(QStringLiteral("title"), o.title);
    json.insert(QStringLiteral("allDay"), o.allDay);
    json.insert(QStringLiteral("floating"), o.floating);
    if (o.allDay) {
        // All-day: dates, the same for every viewer.
        json.insert(QStringLiteral("start"), o.startLocal.date().toString(Qt::ISODate));
        json.insert(QStringLiteral("end"), o.endLocal.date().toString(Qt::ISODate));
    } else {
        json.insert(QStringLiteral("start"), isoIn(o.startUtc, viewer));
        json.insert(QStringLiteral("end"), isoIn(o.endUtc, viewer));
    }
    json.insert(QStringLiteral("startUtc"), o.startUtc);
    json.insert(QStringLiteral("endUtc"), o.endUtc);
    json.insert(QStringLiteral("timezone"), o.timezone);
    json.insert(QStringLiteral("status"), occurrenceStatusText(o.status));
    json.insert(QStringLiteral("unlogged"), o.isUnloggedAt(nowUtc));
    json.insert(QStringLiteral("conflict"), entry.conflict);
    return json;
}

QString CalendarAgenda::toLine(const AgendaEntry &entry, const QTimeZone &viewer, qint64 nowUtc)
{
    const Occurrence &o = entry.occurrence;
    QString when;
    if (o.allDay) {
        when = o.startLocal.date().toString(Qt::ISODate) + QStringLiteral(" all day    ");
    } else {
        const QDateTime start = QDateTime::fromSecsSinceEpoch(o.startUtc, viewer);
        const QDateTime end = QDateTime::fromSecsSinceEpoch(o.endUtc, viewer);
        when = start.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral("-") +
               end.toString(QStringLiteral("HH:mm"));
    }
    QString status = occurrenceStatusText(o.status);
    if (o.isUnloggedAt(nowUtc))
        status = QStringLiteral("unlogged");
    QString line = when + QStringLiteral("  ") + entry.mentorName + QStringLiteral(" - ") + entry.menteeName;
    if (!o.title.isEmpty())
        line += QStringLiteral("  ") + o.title;
    line += QStringLiteral("  [") + status + QLatin1Char(']');
    if (!o.allDay && !o.floating && o.timezone != QString::fromUtf8(viewer.id()))
        line += QStringLiteral("  (") + o.startLocal.toString(QStringLiteral("HH:mm")) + QLatin1Char(' ') +
                o.timezone + QLatin1Char(')');
    if (entry.conflict)
        line += QStringLiteral("  conflict");
    return line;
}

} // namespace trellis
