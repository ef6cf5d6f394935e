#include "storage/chartquery.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("trellis::ChartQuery", text);
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

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql,
                      const QList<std::pair<QString, QVariant>> &binds)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Error{tr("Could not prepare the chart data: %1").arg(query.lastError().text())};
    for (const auto &[name, value] : binds)
        query.bindValue(name, value);
    if (!query.exec())
        return Error{tr("Could not read the chart data: %1").arg(query.lastError().text())};
    return query;
}

} // namespace

Result<ChartFacts> ChartQuery::facts(const RelationshipScope &scope, qint64 nowUtc) const
{
    ChartFacts facts;
    const QString onRelationship =
        whereScope(scope, QStringLiteral("relationship_id"), QStringLiteral("AND"));
    const QString now = QStringLiteral(":now");

    auto relationships = run(m_db,
                             QStringLiteral("SELECT r.id, r.status, r.proposed_on, r.start_date, r.end_date,"
                                            " r.cadence_days, mentor.display_name, mentee.display_name"
                                            " FROM relationship r"
                                            " JOIN person mentor ON mentor.id = r.mentor_id"
                                            " JOIN person mentee ON mentee.id = r.mentee_id") +
                                 whereScope(scope, QStringLiteral("r.id"), QStringLiteral("WHERE")) +
                                 QStringLiteral(" ORDER BY r.id"),
                             {});
    if (!relationships)
        return relationships.error();
    while (relationships->next()) {
        const QSqlQuery &q = *relationships;
        ChartFacts::Relationship row;
        row.id = q.value(0).toLongLong();
        row.status = q.value(1).toString();
        row.proposedOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        row.startDate = optionalDate(q.value(3));
        row.endDate = optionalDate(q.value(4));
        row.cadenceDays = q.value(5).toInt();
        row.mentorName = q.value(6).toString();
        row.menteeName = q.value(7).toString();
        facts.relationships.append(row);
    }

    auto meetings =
        run(m_db,
            QStringLiteral("SELECT id, relationship_id, start_utc, duration_minutes, title FROM meeting"
                           " WHERE kind <> 'series' AND status = 'held' AND start_utc <= ") +
                now + onRelationship + QStringLiteral(" ORDER BY start_utc, id"),
            {{now, nowUtc}});
    if (!meetings)
        return meetings.error();
    while (meetings->next()) {
        const QSqlQuery &q = *meetings;
        facts.meetings.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                               q.value(3).toInt(), q.value(4).toString()});
    }

    auto contacts =
        run(m_db,
            QStringLiteral("SELECT id, relationship_id, occurred_at FROM contact WHERE occurred_at <= ") +
                now + onRelationship + QStringLiteral(" ORDER BY occurred_at, id"),
            {{now, nowUtc}});
    if (!contacts)
        return contacts.error();
    while (contacts->next()) {
        const QSqlQuery &q = *contacts;
        facts.contacts.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()});
    }

    auto goals =
        run(m_db,
            QStringLiteral("SELECT g.id, g.relationship_id, g.title, g.status, g.start_value, g.target_value,"
                           " (SELECT p.value FROM progress_update p WHERE p.goal_id = g.id"
                           "  ORDER BY p.recorded_on DESC, p.id DESC LIMIT 1)"
                           " FROM goal g") +
                whereScope(scope, QStringLiteral("g.relationship_id"), QStringLiteral("WHERE")) +
                QStringLiteral(" ORDER BY g.id"),
            {});
    if (!goals)
        return goals.error();
    while (goals->next()) {
        const QSqlQuery &q = *goals;
        ChartFacts::Goal goal;
        goal.id = q.value(0).toLongLong();
        goal.relationshipId = q.value(1).toLongLong();
        goal.title = q.value(2).toString();
        goal.status = fromText<GoalStatus>(q.value(3).toString()).value_or(GoalStatus::NotStarted);
        goal.startValue = q.value(4).toDouble();
        goal.targetValue = q.value(5).toDouble();
        if (!q.value(6).isNull())
            goal.latest = q.value(6).toDouble();
        facts.goals.append(goal);
    }

    // The ratings the viewer may see (Feedback::isVisibleTo, as RelationshipOverviewQuery says it).
    auto feedback = run(m_db,
                        QStringLiteral("SELECT id, relationship_id, given_on, rating FROM feedback"
                                       " WHERE (:viewer = 'coordinator' OR visibility = 'shared_with_pair'"
                                       " OR author_role = :viewer)") +
                            onRelationship + QStringLiteral(" ORDER BY given_on, id"),
                        {{QStringLiteral(":viewer"), toText(scope.viewer)}});
    if (!feedback)
        return feedback.error();
    while (feedback->next()) {
        const QSqlQuery &q = *feedback;
        facts.feedback.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                               QDate::fromString(q.value(2).toString(), Qt::ISODate), q.value(3).toInt()});
    }
    return facts;
}

} // namespace trellis
