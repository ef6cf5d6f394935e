#include "storage/reportquery.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("trellis::ReportQuery", text);
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

QString whereScope(const RelationshipScope &scope, const QString &column)
{
    const QString condition = scope.sqlCondition(column);
    return condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + condition;
}

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Error{tr("Could not prepare the report data: %1").arg(query.lastError().text())};
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec())
        return Error{tr("Could not read the report data: %1").arg(query.lastError().text())};
    return query;
}

Result<QList<ReportFacts::Pair>> pairs(const QSqlDatabase &db, const QString &where)
{
    auto query =
        run(db, QStringLiteral("SELECT id, mentor_id, mentee_id, status, start_date, end_date, end_reason"
                               " FROM relationship") +
                    where + QStringLiteral(" ORDER BY id"));
    if (!query)
        return query.error();
    QList<ReportFacts::Pair> found;
    while (query->next()) {
        const QSqlQuery &q = *query;
        found.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                      q.value(3).toString(), optionalDate(q.value(4)), optionalDate(q.value(5)),
                      q.value(6).toString()});
    }
    return found;
}

ReportCohort cohortOf(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(),
            q.value(1).toLongLong(),
            q.value(2).toString(),
            q.value(3).toString(),
            QDate::fromString(q.value(4).toString(), Qt::ISODate),
            optionalDate(q.value(5))};
}

const char *cohortColumns = "SELECT c.id, c.programme_id, p.name, c.name, c.start_date, c.end_date"
                            " FROM cohort c JOIN programme p ON p.id = c.programme_id";

} // namespace

Result<ReportFacts> ReportQuery::facts(const RelationshipScope &scope) const
{
    ReportFacts facts;
    auto scoped = pairs(m_db, whereScope(scope, QStringLiteral("id")));
    if (!scoped)
        return scoped.error();
    facts.pairs = *scoped;

    // Every rating (a coordinator's report): the author's role splits satisfaction by role.
    const QString condition = scope.sqlCondition(QStringLiteral("relationship_id"));
    auto ratings =
        run(m_db, QStringLiteral("SELECT relationship_id, author_role, given_on, rating FROM feedback") +
                      (condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + condition) +
                      QStringLiteral(" ORDER BY given_on, id"));
    if (!ratings)
        return ratings.error();
    while (ratings->next()) {
        const QSqlQuery &q = *ratings;
        facts.ratings.append({q.value(0).toLongLong(),
                              fromText<Role>(q.value(1).toString()).value_or(Role::Coordinator),
                              QDate::fromString(q.value(2).toString(), Qt::ISODate), q.value(3).toInt()});
    }

    auto roster = run(m_db, QStringLiteral("SELECT id, is_mentor, is_mentee FROM person"
                                           " WHERE is_mentor = 1 OR is_mentee = 1 ORDER BY id"));
    if (!roster)
        return roster.error();
    while (roster->next())
        facts.roster.append(
            {roster->value(0).toLongLong(), roster->value(1).toInt() == 1, roster->value(2).toInt() == 1});

    auto all = pairs(m_db, {});
    if (!all)
        return all.error();
    facts.rosterPairs = *all;
    return facts;
}

Result<ReportCohort> ReportQuery::cohort(Id cohortId) const
{
    auto query = run(m_db, QLatin1String(cohortColumns) + QStringLiteral(" WHERE c.id = ?"), {cohortId});
    if (!query)
        return query.error();
    if (!query->next())
        return Error{tr("There is no cohort %1.").arg(cohortId)};
    return cohortOf(*query);
}

Result<QString> ReportQuery::programmeName(Id programmeId) const
{
    auto query = run(m_db, QStringLiteral("SELECT name FROM programme WHERE id = ?"), {programmeId});
    if (!query)
        return query.error();
    if (!query->next())
        return Error{tr("There is no programme %1.").arg(programmeId)};
    return query->value(0).toString();
}

Result<QList<ReportCohort>> ReportQuery::cohortsOf(Id programmeId) const
{
    auto query = run(m_db,
                     QLatin1String(cohortColumns) +
                         QStringLiteral(" WHERE c.programme_id = ? ORDER BY c.start_date, c.id"),
                     {programmeId});
    if (!query)
        return query.error();
    QList<ReportCohort> found;
    while (query->next())
        found.append(cohortOf(*query));
    return found;
}

Result<QList<Id>> ReportQuery::relationshipsOf(Id programmeId) const
{
    auto query = run(m_db,
                     QStringLiteral("SELECT r.id FROM relationship r LEFT JOIN cohort c ON c.id = r.cohort_id"
                                    " WHERE r.programme_id = ? OR c.programme_id = ? ORDER BY r.id"),
                     {programmeId, programmeId});
    if (!query)
        return query.error();
    QList<Id> found;
    while (query->next())
        found.append(query->value(0).toLongLong());
    return found;
}

Result<QList<ReportSharedNote>> ReportQuery::sharedNotes(const RelationshipScope &scope, qint64 fromUtc,
                                                         qint64 toUtc) const
{
    const QString condition = scope.sqlCondition(QStringLiteral("relationship_id"));
    auto query = run(m_db,
                     QStringLiteral("SELECT relationship_id, start_utc, title, shared_notes FROM meeting"
                                    " WHERE kind <> 'series' AND status = 'held' AND trim(shared_notes) <> ''"
                                    " AND start_utc >= ? AND start_utc < ?") +
                         (condition.isEmpty() ? QString() : QStringLiteral(" AND ") + condition) +
                         QStringLiteral(" ORDER BY relationship_id, start_utc, id"),
                     {fromUtc, toUtc});
    if (!query)
        return query.error();
    QList<ReportSharedNote> found;
    while (query->next())
        found.append({query->value(0).toLongLong(), query->value(1).toLongLong(), query->value(2).toString(),
                      query->value(3).toString()});
    return found;
}

} // namespace trellis
