#include "storage/relationshipoverviewquery.h"

#include "storage/occurrencequery.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("trellis::RelationshipOverviewQuery", text);
}

std::optional<qint64> optionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

std::optional<QDate> optionalDate(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QString whereScope(const RelationshipScope &scope, const QString &column, const QString &keyword)
{
    const QString condition = scope.sqlCondition(column);
    return condition.isEmpty() ? QString() : QLatin1Char(' ') + keyword + QLatin1Char(' ') + condition;
}

} // namespace

Result<QList<RelationshipOverviewRow>> RelationshipOverviewQuery::rows(const RelationshipScope &scope,
                                                                       std::optional<qint64> nowUtc) const
{
    const qint64 now = nowUtc.value_or(Clock::nowSecs());
    const QString onMeeting = whereScope(scope, QStringLiteral("relationship_id"), QStringLiteral("AND"));

    // MATERIALIZED (SQLite ≥ 3.35, PostgreSQL ≥ 12) keeps the latest-update subquery from being
    // evaluated once per reference in the CASE below.
    // Per-goal progress: the latest update (by date, then id) relative to start → target,
    // clamped to 0..1; achieved goals count as 1, abandoned ones are left out of the average.
    const QString progress = QStringLiteral("((latest - start_value) / (target_value - start_value))");
    const QString sql =
        QStringLiteral("WITH held AS ("
                       " SELECT relationship_id, MAX(start_utc) AS last_held FROM meeting"
                       " WHERE kind <> 'series' AND status = 'held' AND start_utc <= :now") +
        onMeeting +
        QStringLiteral(" GROUP BY relationship_id),"
                       " contacted AS ("
                       " SELECT relationship_id, MAX(occurred_at) AS last_contact FROM contact"
                       " WHERE occurred_at <= :now") +
        onMeeting +
        QStringLiteral(" GROUP BY relationship_id),"
                       " goal_latest AS MATERIALIZED ("
                       " SELECT g.relationship_id, g.status, g.start_value, g.target_value,"
                       "  (SELECT p.value FROM progress_update p WHERE p.goal_id = g.id"
                       "   ORDER BY p.recorded_on DESC, p.id DESC LIMIT 1) AS latest"
                       " FROM goal g") +
        whereScope(scope, QStringLiteral("g.relationship_id"), QStringLiteral("WHERE")) +
        QStringLiteral("),"
                       " goals AS ("
                       " SELECT relationship_id, COUNT(*) AS goal_count, AVG(CASE"
                       "  WHEN status = 'abandoned' THEN NULL"
                       "  WHEN status = 'achieved' THEN 1.0"
                       "  WHEN latest IS NULL THEN 0.0") +
        QStringLiteral("  WHEN ") + progress + QStringLiteral(" < 0 THEN 0.0") + QStringLiteral("  WHEN ") +
        progress + QStringLiteral(" > 1 THEN 1.0") + QStringLiteral("  ELSE ") + progress +
        QStringLiteral(" END) AS avg_progress"
                       " FROM goal_latest GROUP BY relationship_id),"
                       " actions AS ("
                       " SELECT relationship_id, COUNT(*) AS open_actions FROM action_item"
                       " WHERE done_on IS NULL") +
        onMeeting +
        QStringLiteral(
            " GROUP BY relationship_id)"
            " SELECT r.id, r.mentor_id, mentor.display_name, r.mentee_id, mentee.display_name,"
            "  r.programme_id, p.name, r.cohort_id, c.name, r.status, r.start_date, r.cadence_days,"
            "  r.fit_check_due, r.fit_check_outcome,"
            "  held.last_held, contacted.last_contact, goals.goal_count, goals.avg_progress,"
            "  actions.open_actions,"
            // The latest rating the viewer may see (Feedback::isVisibleTo, in SQL).
            "  (SELECT f.rating FROM feedback f WHERE f.relationship_id = r.id"
            "   AND (:viewer = 'coordinator' OR f.visibility = 'shared_with_pair' OR f.author_role = :viewer)"
            "   ORDER BY f.given_on DESC, f.id DESC LIMIT 1) AS last_rating"
            " FROM relationship r"
            " JOIN person mentor ON mentor.id = r.mentor_id"
            " JOIN person mentee ON mentee.id = r.mentee_id"
            " LEFT JOIN programme p ON p.id = r.programme_id"
            " LEFT JOIN cohort c ON c.id = r.cohort_id"
            " LEFT JOIN held ON held.relationship_id = r.id"
            " LEFT JOIN contacted ON contacted.relationship_id = r.id"
            " LEFT JOIN goals ON goals.relationship_id = r.id"
            " LEFT JOIN actions ON actions.relationship_id = r.id") +
        whereScope(scope, QStringLiteral("r.id"), QStringLiteral("WHERE")) + QStringLiteral(" ORDER BY r.id");

    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Error{tr("Could not prepare the relationship overview: %1").arg(query.lastError().text())};
    query.bindValue(QStringLiteral(":now"), now);
    query.bindValue(QStringLiteral(":viewer"), toText(scope.viewer));
    if (!query.exec())
        return Error{tr("Could not read the relationship overview: %1").arg(query.lastError().text())};

    QList<RelationshipOverviewRow> result;
    QHash<qint64, qsizetype> indexById;
    while (query.next()) {
        RelationshipOverviewRow row;
        row.relationshipId = query.value(0).toLongLong();
        row.mentorId = query.value(1).toLongLong();
        row.mentorName = query.value(2).toString();
        row.menteeId = query.value(3).toLongLong();
        row.menteeName = query.value(4).toString();
        row.programmeId = optionalInt(query.value(5));
        row.programmeName = query.value(6).toString();
        row.cohortId = optionalInt(query.value(7));
        row.cohortName = query.value(8).toString();
        row.status = query.value(9).toString();
        row.startDate = optionalDate(query.value(10));
        row.cadenceDays = query.value(11).toInt();

        HealthInputs &in = row.inputs;
        in.status = row.status;
        in.startDate = row.startDate;
        in.cadenceDays = row.cadenceDays;
        in.fitCheckDue = optionalDate(query.value(12));
        in.fitCheckOutcome = query.value(13).toString();
        in.lastHeldMeetingUtc = optionalInt(query.value(14));
        in.lastContactUtc = optionalInt(query.value(15));
        in.goalCount = query.value(16).toInt();
        if (!query.value(17).isNull())
            in.averageGoalProgress = query.value(17).toDouble();
        in.openActionItems = query.value(18).toInt();
        if (!query.value(19).isNull())
            in.lastFeedbackRating = query.value(19).toInt();
        indexById.insert(row.relationshipId, result.size());
        result.append(std::move(row));
    }
    if (query.lastError().isValid())
        return Error{tr("Could not read the relationship overview: %1").arg(query.lastError().text())};

    if (Status read = readMonthlyContacts(scope, now, result, indexById); !read)
        return read.error();

    // Next planned and unlogged past occurrences: one windowed expansion for the whole scope
    // over [now - look-back, now + near look-ahead); then, only for active relationships with
    // nothing planned that soon, one more over the rest of the look-ahead.
    if (!result.isEmpty()) {
        const auto apply = [&](const QList<Occurrence> &occurrences) {
            for (const Occurrence &occurrence : occurrences) {
                const auto found = indexById.constFind(occurrence.relationshipId);
                if (found == indexById.constEnd())
                    continue;
                HealthInputs &in = result[*found].inputs;
                if (occurrence.isUnloggedAt(now)) {
                    ++in.unloggedPastOccurrences;
                } else if (occurrence.status == OccurrenceStatus::Planned && occurrence.startUtc >= now &&
                           (!in.nextPlannedUtc || occurrence.startUtc < *in.nextPlannedUtc)) {
                    in.nextPlannedUtc = occurrence.startUtc;
                    in.nextPlannedZone = occurrence.timezone;
                }
            }
        };
        const qint64 nearEnd = now + qint64(nearLookAheadDays) * 86400;
        const auto nearby =
            OccurrenceQuery(m_db).occurrences(scope, now - qint64(unloggedLookBackDays) * 86400, nearEnd);
        if (!nearby)
            return nearby.error();
        apply(*nearby);

        QList<qint64> without;
        for (const RelationshipOverviewRow &row : std::as_const(result)) {
            if (row.status == QLatin1String("active") && !row.inputs.nextPlannedUtc)
                without.append(row.relationshipId);
        }
        if (!without.isEmpty()) {
            const auto later = OccurrenceQuery(m_db).forRelationships(
                without, nearEnd, now + qint64(nextLookAheadDays) * 86400);
            if (!later)
                return later.error();
            apply(*later);
        }
    }
    return result;
}

QDate RelationshipOverviewQuery::trendStart(const QDate &today)
{
    return QDate(today.year(), today.month(), 1).addMonths(-(trendMonths - 1));
}

Status RelationshipOverviewQuery::readMonthlyContacts(const RelationshipScope &scope, qint64 now,
                                                      QList<RelationshipOverviewRow> &rows,
                                                      const QHash<qint64, qsizetype> &indexById) const
{
    for (RelationshipOverviewRow &row : rows)
        row.monthlyContacts = QList<int>(trendMonths, 0);
    if (rows.isEmpty())
        return {};
    const QDate today = QDateTime::fromSecsSinceEpoch(now).date();
    const QDate first = trendStart(today);
    const qint64 from = QDateTime(first, QTime(0, 0)).toSecsSinceEpoch();
    const QString onMeeting = whereScope(scope, QStringLiteral("relationship_id"), QStringLiteral("AND"));
    // What health counts as contact: held single meetings and overrides, and logged contacts.
    const QString sql = QStringLiteral("SELECT relationship_id, start_utc FROM meeting"
                                       " WHERE kind <> 'series' AND status = 'held'"
                                       " AND start_utc >= :from AND start_utc <= :now") +
                        onMeeting +
                        QStringLiteral(" UNION ALL SELECT relationship_id, occurred_at FROM contact"
                                       " WHERE occurred_at >= :from AND occurred_at <= :now") +
                        onMeeting;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Error{tr("Could not prepare the contact trend: %1").arg(query.lastError().text())};
    query.bindValue(QStringLiteral(":from"), from);
    query.bindValue(QStringLiteral(":now"), now);
    if (!query.exec())
        return Error{tr("Could not read the contact trend: %1").arg(query.lastError().text())};
    while (query.next()) {
        const auto found = indexById.constFind(query.value(0).toLongLong());
        if (found == indexById.constEnd())
            continue;
        const QDate date = QDateTime::fromSecsSinceEpoch(query.value(1).toLongLong()).date();
        const int month = (date.year() - first.year()) * 12 + date.month() - first.month();
        if (month >= 0 && month < trendMonths)
            ++rows[*found].monthlyContacts[month];
    }
    if (query.lastError().isValid())
        return Error{tr("Could not read the contact trend: %1").arg(query.lastError().text())};
    return {};
}

} // namespace trellis
