#include "storage/occurrencequery.h"

#include "calendar/meetingdefinition.h"
#include "calendar/meetingtimes.h"
#include "calendar/recurrenceexpander.h"

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

Status readRows(QSqlQuery &query, Definitions &out)
{
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (out.seen.contains(id))
            continue;
        out.seen.insert(id);
        const qint64 relationshipId = query.value(1).toLongLong();
        const QString kind = query.value(2).toString();
        const LocalStart start{query.value(5).toString(), query.value(6).toString(),
                               query.value(7).toInt() != 0, query.value(8).toInt() != 0};
        const int minutes = query.value(9).toInt();
        const QString statusText = query.value(14).toString();
        const auto status = occurrenceStatusFromText(statusText);
        if (!status)
            return Error{tr("Meeting %1 has an unknown status “%2”.").arg(id).arg(statusText)};
        const QString title = query.value(4).toString();
        if (kind == QLatin1String("series")) {
            out.series.append(SeriesDefinition{id, relationshipId, start, minutes, query.value(10).toString(),
                                               query.value(11).toString(), query.value(12).toString(),
                                               *status, title});
            out.seriesUids.append(query.value(15).toString());
        } else if (kind == QLatin1String("override")) {
            out.overrides.append(OverrideDefinition{id, query.value(3).toLongLong(), relationshipId,
                                                    query.value(13).toString(), start, minutes, *status,
                                                    title});
        } else {
            out.singles.append(SingleDefinition{id, relationshipId, start, minutes, *status, title});
        }
    }
    return Status::success();
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
    QSqlQuery rows(m_db);
    rows.setForwardOnly(true);
    rows.prepare(QStringLiteral("SELECT ") + s_columns +
                 QStringLiteral(" FROM meeting m WHERE m.range_start_utc < :to"
                                " AND (m.range_end_utc IS NULL OR m.range_end_utc >= :from)") +
                 andCondition(scope, QStringLiteral("m.relationship_id")));
    rows.bindValue(QStringLiteral(":from"), fromUtc);
    rows.bindValue(QStringLiteral(":to"), toUtc);
    if (!rows.exec())
        return Error{tr("Could not read meetings: %1").arg(rows.lastError().text())};
    if (Status read = readRows(rows, definitions); !read)
        return read.error();

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
        QSqlQuery moved(m_db);
        moved.setForwardOnly(true);
        moved.prepare(QStringLiteral("SELECT ") + movedColumns +
                      QStringLiteral(" FROM meeting o WHERE o.kind = 'override'"
                                     " AND o.recurrence_id >= ? AND o.recurrence_id < ?"
                                     " AND NOT (o.range_start_utc < ? AND (o.range_end_utc IS NULL OR "
                                     "o.range_end_utc >= ?)) AND o.uid IN (") +
                      QStringList(chunk.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
                      QStringLiteral(")"));
        moved.addBindValue(dateText(fromUtc - longest - 2 * 86400));
        moved.addBindValue(dateText(toUtc + 2 * 86400));
        moved.addBindValue(toUtc);
        moved.addBindValue(fromUtc);
        for (const QString &uid : chunk)
            moved.addBindValue(uid);
        if (!moved.exec())
            return Error{tr("Could not read meeting overrides: %1").arg(moved.lastError().text())};
        if (Status read = readRows(moved, definitions); !read)
            return read.error();
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
