#include "storage/relationshipownerquery.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("trellis::RelationshipOwnerQuery", text);
}

// How one entity's rows lead to their relationships: `existing` selects the ids of the rows that
// still exist, `owners` the relationship ids; both hold "%1" where the id placeholders go.
struct OwnerSql {
    QString existing;
    QString owners;
    int placeholders = 1; // how often "%1" occurs in `owners`
};

// A child row with its own relationship_id column.
OwnerSql child(const QString &table)
{
    return {
        QStringLiteral("SELECT id FROM %1 WHERE id IN (%2)").arg(table, QStringLiteral("%1")),
        QStringLiteral("SELECT relationship_id FROM %1 WHERE id IN (%2)").arg(table, QStringLiteral("%1")),
        1};
}

// A row of a goal.
OwnerSql ofGoal(const QString &table)
{
    return {QStringLiteral("SELECT id FROM %1 WHERE id IN (%2)").arg(table, QStringLiteral("%1")),
            QStringLiteral(
                "SELECT g.relationship_id FROM %1 x JOIN goal g ON g.id = x.goal_id WHERE x.id IN (%2)")
                .arg(table, QStringLiteral("%1")),
            1};
}

// A row the relationships refer to through `column`.
OwnerSql referenced(const QString &table, const QString &column)
{
    return {QStringLiteral("SELECT id FROM %1 WHERE id IN (%2)").arg(table, QStringLiteral("%1")),
            QStringLiteral("SELECT id FROM relationship WHERE %1 IN (%2)").arg(column, QStringLiteral("%1")),
            1};
}

std::optional<OwnerSql> sqlFor(Entity entity)
{
    switch (entity) {
    case Entity::Relationship:
        return OwnerSql{QStringLiteral("SELECT id FROM relationship WHERE id IN (%1)"),
                        QStringLiteral("SELECT id FROM relationship WHERE id IN (%1)"), 1};
    case Entity::Person:
        return OwnerSql{
            QStringLiteral("SELECT id FROM person WHERE id IN (%1)"),
            QStringLiteral("SELECT id FROM relationship WHERE mentor_id IN (%1) OR mentee_id IN (%1)"), 2};
    case Entity::Programme:
        return referenced(QStringLiteral("programme"), QStringLiteral("programme_id"));
    case Entity::Cohort:
        return referenced(QStringLiteral("cohort"), QStringLiteral("cohort_id"));
    case Entity::SupportContact:
        return child(QStringLiteral("support_contact"));
    case Entity::Goal:
        return child(QStringLiteral("goal"));
    case Entity::Milestone:
        return ofGoal(QStringLiteral("milestone"));
    case Entity::ProgressUpdate:
        return ofGoal(QStringLiteral("progress_update"));
    case Entity::Meeting:
        return child(QStringLiteral("meeting"));
    case Entity::ActionItem:
        return child(QStringLiteral("action_item"));
    case Entity::Contact:
        return child(QStringLiteral("contact"));
    case Entity::ResourceShare:
        return child(QStringLiteral("resource_share"));
    case Entity::Feedback:
        return child(QStringLiteral("feedback"));
    case Entity::ResourceSuggestion:
        return child(QStringLiteral("resource_suggestion"));
    case Entity::Resource:
        return OwnerSql{
            QStringLiteral("SELECT id FROM resource WHERE id IN (%1)"),
            QStringLiteral("SELECT relationship_id FROM resource_share WHERE resource_id IN (%1)"), 1};
    default:
        // Rows that no relationship refers to (the profile, settings…) belong to none.
        break;
    }
    return std::nullopt;
}

// Runs `sql` with `chunk` bound once per "%1" occurrence (`times`), appending column 0 to `out`.
Status collect(const QSqlDatabase &db, const QString &sql, const QList<Id> &chunk, int times, QSet<Id> &out)
{
    const QStringList marks(chunk.size(), QStringLiteral("?"));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql.arg(marks.join(QLatin1Char(',')))))
        return Error{
            tr("Could not prepare the relationships of changed rows: %1").arg(query.lastError().text())};
    for (int i = 0; i < times; ++i)
        for (const Id id : chunk)
            query.addBindValue(id);
    if (!query.exec())
        return Error{
            tr("Could not read the relationships of changed rows: %1").arg(query.lastError().text())};
    while (query.next())
        out.insert(query.value(0).toLongLong());
    return {};
}

} // namespace

Result<RelationshipOwners> RelationshipOwnerQuery::owners(Entity entity, const QList<Id> &ids) const
{
    RelationshipOwners result;
    const std::optional<OwnerSql> sql = sqlFor(entity);
    if (!sql || ids.isEmpty())
        return result;
    const QSet<Id> wanted(ids.cbegin(), ids.cend());
    const QList<Id> unique(wanted.cbegin(), wanted.cend());
    QSet<Id> existing;
    QSet<Id> owners;
    constexpr qsizetype chunkSize = 400; // under SQLite's bound-parameter limit, also when bound twice
    for (qsizetype start = 0; start < unique.size(); start += chunkSize) {
        const QList<Id> chunk = unique.mid(start, chunkSize);
        if (Status s = collect(m_db, sql->existing, chunk, 1, existing); !s)
            return s.error();
        if (Status s = collect(m_db, sql->owners, chunk, sql->placeholders, owners); !s)
            return s.error();
    }
    result.complete = existing.size() == wanted.size();
    result.relationships = QList<Id>(owners.cbegin(), owners.cend());
    std::sort(result.relationships.begin(), result.relationships.end());
    return result;
}

} // namespace trellis
