#include "storage/meetingexportquery.h"

#include "storage/sqldialect.h"

#include <QCoreApplication>
#include <QSqlError>

#include <algorithm>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MeetingExportQuery", text);
}

// Rows written as VEVENTs: everything but cancelled overrides (those become EXDATEs).
const auto kWritten = QLatin1String("NOT (m.kind = 'override' AND m.status = 'cancelled')");

const auto kFrom = QLatin1String(" FROM meeting m"
                                 " JOIN relationship r ON r.id = m.relationship_id");

MeetingExportRow::Kind kindFrom(const QString &text)
{
    if (text == QLatin1String("series"))
        return MeetingExportRow::Kind::Series;
    if (text == QLatin1String("override"))
        return MeetingExportRow::Kind::Override;
    return MeetingExportRow::Kind::Single;
}

} // namespace

MeetingExportQuery::MeetingExportQuery(QSqlDatabase db, MeetingExportScope scope, Columns columns)
    : m_db(std::move(db))
    , m_scope(scope)
    , m_columns(columns)
{}

QString MeetingExportQuery::scopeCondition() const
{
    switch (m_scope.kind) {
    case MeetingExportScope::Kind::Relationship:
        return QStringLiteral("r.id = :scope");
    case MeetingExportScope::Kind::Person:
        return QStringLiteral("(r.mentor_id = :scope OR r.mentee_id = :scope)");
    case MeetingExportScope::Kind::Cohort:
        return QStringLiteral("r.cohort_id = :scope");
    case MeetingExportScope::Kind::All:
        break;
    }
    return QStringLiteral("1 = 1");
}

void MeetingExportQuery::bindScope(QSqlQuery &query) const
{
    if (m_scope.kind != MeetingExportScope::Kind::All)
        query.bindValue(QStringLiteral(":scope"), m_scope.id);
}

Status MeetingExportQuery::checkScope() const
{
    QString table;
    QString what;
    switch (m_scope.kind) {
    case MeetingExportScope::Kind::All:
        return {};
    case MeetingExportScope::Kind::Relationship:
        table = QStringLiteral("relationship");
        what = tr("There is no relationship with id %1.");
        break;
    case MeetingExportScope::Kind::Person:
        table = QStringLiteral("person");
        what = tr("There is no person with id %1.");
        break;
    case MeetingExportScope::Kind::Cohort:
        table = QStringLiteral("cohort");
        what = tr("There is no cohort with id %1.");
        break;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table));
    query.addBindValue(m_scope.id);
    if (!query.exec())
        return Error{tr("Cannot read the database: %1").arg(query.lastError().text())};
    if (!query.next())
        return Error{what.arg(m_scope.id)};
    return {};
}

Result<std::vector<MeetingExportZone>> MeetingExportQuery::zones() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // An override's RECURRENCE-ID uses its series' zone, which the series row brings in.
    query.prepare(QStringLiteral("SELECT m.timezone, MIN(MIN(m.start_utc, m.range_start_utc,"
                                 " COALESCE(m.recurrence_id_utc, m.start_utc)))") %
                  kFrom % QStringLiteral(" WHERE ") % scopeCondition() % QStringLiteral(" AND ") % kWritten %
                  QStringLiteral(" AND m.timezone <> '' AND m.floating = 0 AND m.all_day = 0"
                                 " GROUP BY m.timezone ORDER BY m.timezone"));
    bindScope(query);
    if (!query.exec())
        return Error{tr("Cannot read the meetings' time zones: %1").arg(query.lastError().text())};
    std::vector<MeetingExportZone> zones;
    while (query.next())
        zones.push_back({query.value(0).toString(), query.value(1).toLongLong()});
    return zones;
}

Result<qint64> MeetingExportQuery::count() const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT COUNT(*)") % kFrom % QStringLiteral(" WHERE ") % scopeCondition() %
                  QStringLiteral(" AND ") % kWritten);
    bindScope(query);
    if (!query.exec() || !query.next())
        return Error{tr("Cannot count the meetings: %1").arg(query.lastError().text())};
    return query.value(0).toLongLong();
}

Status MeetingExportQuery::start()
{
    m_streamError.reset();
    const QString notes =
        m_columns.notes ? QStringLiteral("m.agenda, m.shared_notes") : QStringLiteral("'', ''");
    const QString emails =
        m_columns.emails ? QStringLiteral("mentor.email, mentee.email") : QStringLiteral("'', ''");
    // Never select private_notes here.
    const QString sql =
        QStringLiteral("SELECT m.id, m.kind, m.series_id, COALESCE(s.uid, m.uid), m.sequence, m.title,"
                       " m.location, m.start_local, m.timezone, m.floating, m.all_day, m.duration_minutes,"
                       " m.rrule, m.rdates, m.exdates, m.recurrence_id, m.status, m.reminder_minutes,"
                       " m.created_at, m.updated_at,"
                       " COALESCE(s.timezone, ''), COALESCE(s.floating, 0), COALESCE(s.all_day, 0),"
                       " CASE WHEN m.kind = 'series' THEN (SELECT ") %
        SqlDialect::of(m_db).stringAggregate(QStringLiteral("c.recurrence_id"), QStringLiteral("','")) %
        QStringLiteral("   FROM meeting c WHERE c.series_id = m.id AND c.kind = 'override'"
                       "   AND c.status = 'cancelled') ELSE NULL END,"
                       " r.id, r.status, mentor.display_name, mentee.display_name, ") %
        notes % QStringLiteral(", ") % emails % kFrom %
        QStringLiteral(" JOIN person mentor ON mentor.id = r.mentor_id"
                       " JOIN person mentee ON mentee.id = r.mentee_id"
                       " LEFT JOIN meeting s ON s.id = m.series_id"
                       " WHERE ") %
        scopeCondition() % QStringLiteral(" AND ") % kWritten %
        QStringLiteral(" ORDER BY COALESCE(m.series_id, m.id), m.series_id IS NOT NULL,"
                       " m.recurrence_id_utc, m.id");
    m_query = QSqlQuery(m_db);
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        return Error{tr("Cannot read the meetings: %1").arg(m_query.lastError().text())};
    bindScope(m_query);
    if (!m_query.exec())
        return Error{tr("Cannot read the meetings: %1").arg(m_query.lastError().text())};
    return {};
}

bool MeetingExportQuery::next(MeetingExportRow &row)
{
    if (!m_query.isActive())
        return false;
    if (!m_query.next()) {
        if (m_query.lastError().isValid())
            m_streamError = Error{tr("Cannot read the meetings: %1").arg(m_query.lastError().text())};
        m_query.finish();
        return false;
    }
    const QSqlQuery &q = m_query;
    int c = 0;
    row.id = q.value(c++).toLongLong();
    row.kind = kindFrom(q.value(c++).toString());
    const QVariant series = q.value(c++);
    row.seriesId = series.isNull() ? std::nullopt : std::optional<qint64>(series.toLongLong());
    row.uid = q.value(c++).toString();
    row.sequence = q.value(c++).toInt();
    row.title = q.value(c++).toString();
    row.location = q.value(c++).toString();
    row.startLocal = q.value(c++).toString();
    row.timezone = q.value(c++).toString();
    row.floating = q.value(c++).toInt() != 0;
    row.allDay = q.value(c++).toInt() != 0;
    row.durationMinutes = q.value(c++).toInt();
    row.rrule = q.value(c++).toString();
    row.rdates = q.value(c++).toString();
    row.exdates = q.value(c++).toString();
    row.recurrenceId = q.value(c++).toString();
    row.status = q.value(c++).toString();
    const QVariant reminder = q.value(c++);
    row.reminderMinutes = reminder.isNull() ? std::nullopt : std::optional<int>(reminder.toInt());
    row.createdAt = q.value(c++).toLongLong();
    row.updatedAt = q.value(c++).toLongLong();
    row.seriesTimezone = q.value(c++).toString();
    row.seriesFloating = q.value(c++).toInt() != 0;
    row.seriesAllDay = q.value(c++).toInt() != 0;
    const QString cancelled = q.value(c++).toString();
    row.cancelledRecurrenceIds =
        cancelled.isEmpty() ? QStringList() : cancelled.split(QLatin1Char(','), Qt::SkipEmptyParts);
    std::sort(row.cancelledRecurrenceIds.begin(), row.cancelledRecurrenceIds.end());
    row.relationshipId = q.value(c++).toLongLong();
    row.relationshipStatus = q.value(c++).toString();
    row.mentorName = q.value(c++).toString();
    row.menteeName = q.value(c++).toString();
    row.agenda = q.value(c++).toString();
    row.sharedNotes = q.value(c++).toString();
    row.mentorEmail = q.value(c++).toString();
    row.menteeEmail = q.value(c++).toString();
    return true;
}

} // namespace trellis
