#include "storage/chartquery.h"

#include "storage/sqliterows.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <variant>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("trellis::ChartQuery", text);
}

std::optional<QDate> optionalDate(const SqliteRows &rows, int column)
{
    if (rows.isNull(column))
        return std::nullopt;
    const QDate date = QDate::fromString(rows.text(column), Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QString whereScope(const RelationshipScope &scope, const QString &column, const QString &keyword)
{
    const QString condition = scope.sqlCondition(column);
    return condition.isEmpty() ? QString() : QLatin1Char(' ') + keyword + QLatin1Char(' ') + condition;
}

using Binds = QList<std::pair<QString, std::variant<qint64, QString>>>;

// The charts read tens of thousands of rows: through SqliteRows, not QSqlQuery (see there).
Result<SqliteRows> run(const QSqlDatabase &db, const QString &sql, const Binds &binds)
{
    auto rows = SqliteRows::prepare(db, sql);
    if (!rows)
        return Error{tr("Could not prepare the chart data: %1").arg(rows.errorMessage())};
    for (const auto &[name, value] : binds) {
        const Status bound = std::holds_alternative<qint64>(value)
                                 ? rows->bind(name, std::get<qint64>(value))
                                 : rows->bind(name, std::get<QString>(value));
        if (!bound)
            return Error{tr("Could not read the chart data: %1").arg(bound.errorMessage())};
    }
    return rows;
}

Status finished(const SqliteRows &rows)
{
    if (!rows.status())
        return Error{tr("Could not read the chart data: %1").arg(rows.status().errorMessage())};
    return {};
}

} // namespace

Result<ChartFacts> ChartQuery::facts(const RelationshipScope &scope, qint64 nowUtc) const
{
    auto found = relationships(scope);
    if (!found)
        return found.error();
    return readActivity(std::move(*found), scope, nowUtc, std::nullopt);
}

Result<ChartFacts> ChartQuery::factsSince(QList<ChartFacts::Relationship> relationships,
                                          const RelationshipScope &scope, qint64 nowUtc,
                                          qint64 sinceUtc) const
{
    return readActivity(std::move(relationships), scope, nowUtc, sinceUtc);
}

Result<QList<ChartFacts::Relationship>> ChartQuery::relationships(const RelationshipScope &scope) const
{
    auto rows = run(m_db,
                    QStringLiteral("SELECT r.id, r.status, r.proposed_on, r.start_date, r.end_date,"
                                   " r.cadence_days, mentor.display_name, mentee.display_name"
                                   " FROM relationship r"
                                   " JOIN person mentor ON mentor.id = r.mentor_id"
                                   " JOIN person mentee ON mentee.id = r.mentee_id") +
                        whereScope(scope, QStringLiteral("r.id"), QStringLiteral("WHERE")) +
                        QStringLiteral(" ORDER BY r.id"),
                    {});
    if (!rows)
        return rows.error();
    QList<ChartFacts::Relationship> found;
    while (rows->next()) {
        ChartFacts::Relationship row;
        row.id = rows->integer(0);
        row.status = rows->sharedText(1);
        row.proposedOn = QDate::fromString(rows->text(2), Qt::ISODate);
        row.startDate = optionalDate(*rows, 3);
        row.endDate = optionalDate(*rows, 4);
        row.cadenceDays = int(rows->integer(5));
        row.mentorName = rows->sharedText(6);
        row.menteeName = rows->sharedText(7);
        found.append(row);
    }
    if (const Status done = finished(*rows); !done)
        return done.error();
    return found;
}

Result<ChartFacts> ChartQuery::readActivity(QList<ChartFacts::Relationship> relationships,
                                            const RelationshipScope &scope, qint64 nowUtc,
                                            std::optional<qint64> sinceUtc) const
{
    ChartFacts facts;
    facts.relationships = std::move(relationships);
    facts.sinceUtc = sinceUtc;
    const QString onRelationship =
        whereScope(scope, QStringLiteral("relationship_id"), QStringLiteral("AND"));
    Binds window{{QStringLiteral(":now"), nowUtc}};
    if (sinceUtc)
        window.append({QStringLiteral(":since"), *sinceUtc});

    if (sinceUtc) {
        // Each relationship's last contact before the window: one index seek per relationship
        // (meeting_relationship, contact_relationship). For meetings that are not a series'
        // own row, range_start_utc is start_utc.
        auto before =
            run(m_db,
                QStringLiteral("SELECT r.id,"
                               " (SELECT m.start_utc FROM meeting m WHERE m.relationship_id = r.id"
                               "  AND m.range_start_utc < :since AND m.kind <> 'series' AND m.status = 'held'"
                               "  ORDER BY m.range_start_utc DESC LIMIT 1),"
                               " (SELECT MAX(c.occurred_at) FROM contact c WHERE c.relationship_id = r.id"
                               "  AND c.occurred_at < :since)"
                               " FROM relationship r") +
                    whereScope(scope, QStringLiteral("r.id"), QStringLiteral("WHERE")),
                {{QStringLiteral(":since"), *sinceUtc}});
        if (!before)
            return before.error();
        QHash<Id, qsizetype> indexOf;
        indexOf.reserve(facts.relationships.size());
        for (qsizetype i = 0; i < facts.relationships.size(); ++i)
            indexOf.insert(facts.relationships.at(i).id, i);
        while (before->next()) {
            const auto it = indexOf.constFind(before->integer(0));
            if (it == indexOf.cend())
                continue;
            std::optional<qint64> last;
            for (int column : {1, 2})
                if (!before->isNull(column))
                    last = std::max(last.value_or(before->integer(column)), before->integer(column));
            facts.relationships[*it].lastContactBeforeUtc = last;
        }
        if (const Status done = finished(*before); !done)
            return done.error();
    }

    // By start alone: the order of meeting_held, which the read then needs no sort for.
    auto meetings =
        run(m_db,
            QStringLiteral("SELECT id, relationship_id, start_utc, duration_minutes, title FROM meeting"
                           " WHERE kind <> 'series' AND status = 'held' AND start_utc <= :now") +
                (sinceUtc ? QStringLiteral(" AND start_utc >= :since") : QString()) + onRelationship +
                QStringLiteral(" ORDER BY start_utc"),
            window);
    if (!meetings)
        return meetings.error();
    while (meetings->next())
        facts.meetings.append({meetings->integer(0), meetings->integer(1), meetings->integer(2),
                               int(meetings->integer(3)), meetings->sharedText(4)});
    if (const Status done = finished(*meetings); !done)
        return done.error();

    auto contacts =
        run(m_db,
            QStringLiteral("SELECT id, relationship_id, occurred_at FROM contact WHERE occurred_at <= :now") +
                (sinceUtc ? QStringLiteral(" AND occurred_at >= :since") : QString()) + onRelationship +
                QStringLiteral(" ORDER BY occurred_at, id"),
            window);
    if (!contacts)
        return contacts.error();
    while (contacts->next())
        facts.contacts.append({contacts->integer(0), contacts->integer(1), contacts->integer(2)});
    if (const Status done = finished(*contacts); !done)
        return done.error();

    auto goals =
        run(m_db,
            QStringLiteral("SELECT g.id, g.relationship_id, g.title, g.status, g.start_value, g.target_value,"
                           " CASE WHEN g.status IN ('achieved', 'abandoned') THEN NULL ELSE"
                           " (SELECT p.value FROM progress_update p WHERE p.goal_id = g.id"
                           "  ORDER BY p.recorded_on DESC, p.id DESC LIMIT 1) END"
                           " FROM goal g") +
                whereScope(scope, QStringLiteral("g.relationship_id"), QStringLiteral("WHERE")) +
                QStringLiteral(" ORDER BY g.id"),
            {});
    if (!goals)
        return goals.error();
    while (goals->next()) {
        ChartFacts::Goal goal;
        goal.id = goals->integer(0);
        goal.relationshipId = goals->integer(1);
        goal.title = goals->sharedText(2);
        goal.status = fromText<GoalStatus>(goals->sharedText(3)).value_or(GoalStatus::NotStarted);
        goal.startValue = goals->real(4);
        goal.targetValue = goals->real(5);
        if (!goals->isNull(6))
            goal.latest = goals->real(6);
        facts.goals.append(goal);
    }
    if (const Status done = finished(*goals); !done)
        return done.error();

    // The ratings the viewer may see (Feedback::isVisibleTo, as RelationshipOverviewQuery says it);
    // with a window, those given from its first (local) day on.
    Binds feedbackBinds{{QStringLiteral(":viewer"), toText(scope.viewer)}};
    if (sinceUtc)
        feedbackBinds.append({QStringLiteral(":sinceDate"),
                              QDateTime::fromSecsSinceEpoch(*sinceUtc).date().toString(Qt::ISODate)});
    auto feedback = run(m_db,
                        QStringLiteral("SELECT id, relationship_id, given_on, rating FROM feedback"
                                       " WHERE (:viewer = 'coordinator' OR visibility = 'shared_with_pair'"
                                       " OR author_role = :viewer)") +
                            (sinceUtc ? QStringLiteral(" AND given_on >= :sinceDate") : QString()) +
                            onRelationship + QStringLiteral(" ORDER BY given_on, id"),
                        feedbackBinds);
    if (!feedback)
        return feedback.error();
    while (feedback->next())
        facts.feedback.append({feedback->integer(0), feedback->integer(1),
                               QDate::fromString(feedback->text(2), Qt::ISODate), int(feedback->integer(3))});
    if (const Status done = finished(*feedback); !done)
        return done.error();
    return facts;
}

} // namespace trellis
