#include "storage/occurrencequery.h"

#include "calendar/meetingdefinition.h"
#include "calendar/meetingtimes.h"
#include "calendar/recurrenceexpander.h"
#include "storage/sqliterows.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("trellis::OccurrenceQuery", text);
}

const QString s_columns =
    QStringLiteral("m.id, m.relationship_id, m.kind, m.series_id, m.title, m.start_local, m.timezone, "
                   "m.floating, m.all_day, "
                   "m.duration_minutes, m.rrule, m.rdates, m.exdates, m.recurrence_id, m.status, m.uid");

struct Definitions {
    QList<SeriesDefinition> series;
    QList<OverrideDefinition> overrides;
    QList<SingleDefinition> singles;
    QStringList seriesUids; // of `series`, for their moved overrides
    QSet<qint64> seen;
};

// Read through SQLite's own statement: a coordinator's month is some ten thousand rows, and
// QSqlQuery's QVariant per value cost more than the read itself.
Status readRows(SqliteRows &rows, Definitions &out)
{
    while (rows.next()) {
        const qint64 id = rows.integer(0);
        if (out.seen.contains(id))
            continue;
        out.seen.insert(id);
        const qint64 relationshipId = rows.integer(1);
        const QString kind = rows.sharedText(2);
        const LocalStart start{rows.text(5), rows.sharedText(6), rows.integer(7) != 0, rows.integer(8) != 0};
        const int minutes = int(rows.integer(9));
        const QString statusText = rows.sharedText(14);
        const auto status = occurrenceStatusFromText(statusText);
        if (!status)
            return Error{tr("Meeting %1 has an unknown status “%2”.").arg(id).arg(statusText)};
        const QString title = rows.sharedText(4);
        if (kind == QLatin1String("series")) {
            out.series.append(SeriesDefinition{id, relationshipId, start, minutes, rows.text(10),
                                               rows.text(11), rows.text(12), *status, title});
            out.seriesUids.append(rows.text(15));
        } else if (kind == QLatin1String("override")) {
            out.overrides.append(OverrideDefinition{id, rows.integer(3), relationshipId, rows.text(13), start,
                                                    minutes, *status, title});
        } else {
            out.singles.append(SingleDefinition{id, relationshipId, start, minutes, *status, title});
        }
    }
    return rows.status();
}

QString andCondition(const RelationshipScope &scope, const QString &column)
{
    const QString condition = scope.sqlCondition(column);
    return condition.isEmpty() ? QString() : QStringLiteral(" AND ") + condition;
}

} // namespace

Result<QList<Occurrence>> OccurrenceQuery::occurrences(const RelationshipScope &scope, qint64 fromUtc,
                                                       qint64 toUtc) const
{
    if (toUtc <= fromUtc)
        return QList<Occurrence>{};
    Definitions definitions;

    // 1. Every row (single, series, override) whose span touches the window.
    auto rows = SqliteRows::prepare(
        m_db, QStringLiteral("SELECT ") + s_columns +
                  QStringLiteral(" FROM meeting m WHERE m.range_start_utc < :to"
                                 " AND (m.range_end_utc IS NULL OR m.range_end_utc >= :from)") +
                  andCondition(scope, QStringLiteral("m.relationship_id")));
    if (!rows)
        return Error{tr("Could not read meetings: %1").arg(rows.errorMessage())};
    if (Status bound = rows->bind(QStringLiteral(":from"), fromUtc); !bound)
        return bound.error();
    if (Status bound = rows->bind(QStringLiteral(":to"), toUtc); !bound)
        return bound.error();
    if (Status read = readRows(*rows, definitions); !read)
        return Error{tr("Could not read meetings: %1").arg(read.errorMessage())};

    // 2. Overrides of those series whose original occurrence lies in the window but whose own
    //    time does not (moved out, so the original must disappear). They are found through the
    //    (uid, recurrence_id) index: recurrence_id is wall-clock text that sorts by time, so a
    //    date range with margins for zone offsets (a day) and for occurrences that start before
    //    the window yet overlap it (the longest selected series' duration) covers every original
    //    start in the window. Extra overrides only suppress occurrences outside it: harmless.
    if (definitions.series.isEmpty())
        return RecurrenceExpander::occurrences(definitions.series, definitions.overrides, definitions.singles,
                                               fromUtc, toUtc);
    qint64 longest = 86400;
    for (const SeriesDefinition &series : std::as_const(definitions.series))
        longest = std::max(longest, MeetingTimes::endUtc(0, series.durationMinutes, series.start.allDay));
    const auto dateText = [](qint64 utc) {
        return QDateTime::fromSecsSinceEpoch(utc, Qt::UTC).date().toString(Qt::ISODate);
    };
    // The series are those just read, so their UIDs are bound (in chunks under SQLite's limit on
    // parameters) rather than selected again by a subquery, which would visit every meeting that
    // began before the window's end; each UID is one range search of the (uid, recurrence_id) index.
    QString movedColumns = s_columns;
    movedColumns.replace(QStringLiteral("m."), QStringLiteral("o."));
    constexpr qsizetype chunkSize = 500;
    const QStringList uids = definitions.seriesUids;
    for (qsizetype begin = 0; begin < uids.size(); begin += chunkSize) {
        const QStringList chunk = uids.mid(begin, chunkSize);
        auto moved = SqliteRows::prepare(
            m_db, QStringLiteral("SELECT ") + movedColumns +
                      QStringLiteral(" FROM meeting o WHERE o.kind = 'override'"
                                     " AND o.recurrence_id >= ? AND o.recurrence_id < ?"
                                     " AND NOT (o.range_start_utc < ? AND (o.range_end_utc IS NULL OR "
                                     "o.range_end_utc >= ?)) AND o.uid IN (") +
                      QStringList(chunk.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
                      QStringLiteral(")"));
        if (!moved)
            return Error{tr("Could not read meeting overrides: %1").arg(moved.errorMessage())};
        Status bound = moved->bind(1, dateText(fromUtc - longest - 2 * 86400));
        if (bound)
            bound = moved->bind(2, dateText(toUtc + 2 * 86400));
        if (bound)
            bound = moved->bind(3, toUtc);
        if (bound)
            bound = moved->bind(4, fromUtc);
        for (qsizetype i = 0; bound && i < chunk.size(); ++i)
            bound = moved->bind(int(5 + i), chunk.at(i));
        if (!bound)
            return bound.error();
        if (Status read = readRows(*moved, definitions); !read)
            return Error{tr("Could not read meeting overrides: %1").arg(read.errorMessage())};
    }

    return RecurrenceExpander::occurrences(definitions.series, definitions.overrides, definitions.singles,
                                           fromUtc, toUtc);
}

Result<QList<Occurrence>> OccurrenceQuery::forRelationship(qint64 relationshipId, qint64 fromUtc,
                                                           qint64 toUtc) const
{
    return occurrences(RelationshipScope::relationship(relationshipId), fromUtc, toUtc);
}

Result<QList<Occurrence>> OccurrenceQuery::forRelationships(const QList<qint64> &relationshipIds,
                                                            qint64 fromUtc, qint64 toUtc) const
{
    return occurrences(RelationshipScope::relationships(relationshipIds), fromUtc, toUtc);
}

Result<QList<Occurrence>> OccurrenceQuery::forPerson(qint64 personId, qint64 fromUtc, qint64 toUtc) const
{
    return occurrences(RelationshipScope::person(personId), fromUtc, toUtc);
}

Result<QList<Occurrence>> OccurrenceQuery::forCohort(qint64 cohortId, qint64 fromUtc, qint64 toUtc) const
{
    return occurrences(RelationshipScope::cohort(cohortId), fromUtc, toUtc);
}

Result<QList<Occurrence>> OccurrenceQuery::all(qint64 fromUtc, qint64 toUtc) const
{
    return occurrences(RelationshipScope::all(), fromUtc, toUtc);
}

} // namespace trellis
