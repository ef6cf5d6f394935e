#include "storage/catalogquery.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace trellis {

namespace {

Error queryError(const QSqlQuery &query, const QString &what)
{
    return Error{QCoreApplication::translate("CatalogQuery", "Cannot read %1: %2")
                     .arg(what, query.lastError().text())};
}

} // namespace

QStringList CatalogQuery::entityTables()
{
    return {QStringLiteral("person"),   QStringLiteral("person_tag"),     QStringLiteral("programme"),
            QStringLiteral("cohort"),   QStringLiteral("relationship"),   QStringLiteral("support_contact"),
            QStringLiteral("goal"),     QStringLiteral("milestone"),      QStringLiteral("progress_update"),
            QStringLiteral("meeting"),  QStringLiteral("action_item"),    QStringLiteral("contact"),
            QStringLiteral("resource"), QStringLiteral("resource_share"), QStringLiteral("feedback")};
}

std::optional<CatalogQuery::Listing> CatalogQuery::listingFromName(const QString &name)
{
    if (name == QLatin1String("people"))
        return Listing::People;
    if (name == QLatin1String("programmes"))
        return Listing::Programmes;
    if (name == QLatin1String("cohorts"))
        return Listing::Cohorts;
    if (name == QLatin1String("relationships"))
        return Listing::Relationships;
    return std::nullopt;
}

Result<qint64> CatalogQuery::scalar(const QString &sql) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(sql) || !query.next())
        return queryError(query, sql);
    return query.value(0).toLongLong();
}

Result<QList<CatalogQuery::Count>> CatalogQuery::entityCounts() const
{
    QList<Count> counts;
    for (const QString &table : entityTables()) {
        // Table names come from the fixed list above, never from input.
        auto count = scalar(QStringLiteral("SELECT count(*) FROM ") + table);
        if (!count)
            return count.error();
        counts.append({table, count.value()});
    }
    return counts;
}

Result<QList<CatalogQuery::Count>> CatalogQuery::grouped(const QString &sql, const QStringList &keys) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return queryError(query, sql);
    QHash<QString, qint64> found;
    while (query.next())
        found.insert(query.value(0).toString(), query.value(1).toLongLong());
    QList<Count> counts;
    for (const QString &key : keys)
        counts.append({key, found.value(key)});
    return counts;
}

Result<QList<CatalogQuery::Count>> CatalogQuery::meetingRowsByKind() const
{
    return grouped(QStringLiteral("SELECT kind, count(*) FROM meeting GROUP BY kind"),
                   {QStringLiteral("single"), QStringLiteral("series"), QStringLiteral("override")});
}

Result<QList<CatalogQuery::Count>> CatalogQuery::meetingRowsByStatus() const
{
    return grouped(
        QStringLiteral("SELECT status, count(*) FROM meeting WHERE kind <> 'series' GROUP BY status"),
        {QStringLiteral("planned"), QStringLiteral("held"), QStringLiteral("cancelled"),
         QStringLiteral("no_show")});
}

Result<QList<CatalogQuery::Count>> CatalogQuery::relationshipsByStatus() const
{
    return grouped(QStringLiteral("SELECT status, count(*) FROM relationship GROUP BY status"),
                   {QStringLiteral("proposed"), QStringLiteral("active"), QStringLiteral("paused"),
                    QStringLiteral("completed"), QStringLiteral("ended_early")});
}

Result<QList<CatalogQuery::Count>> CatalogQuery::peopleByRole() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString sql = QStringLiteral(
        "SELECT coalesce(sum(is_mentor), 0), coalesce(sum(is_mentee), 0), coalesce(sum(is_coordinator), 0) "
        "FROM person");
    if (!query.exec(sql) || !query.next())
        return queryError(query, sql);
    return QList<Count>{{QStringLiteral("mentor"), query.value(0).toLongLong()},
                        {QStringLiteral("mentee"), query.value(1).toLongLong()},
                        {QStringLiteral("coordinator"), query.value(2).toLongLong()}};
}

Result<qint64> CatalogQuery::meetingsWithPrivateNotes() const
{
    return scalar(QStringLiteral("SELECT count(*) FROM meeting WHERE private_notes <> ''"));
}

Result<CatalogQuery::Table> CatalogQuery::list(Listing listing) const
{
    QString sql;
    switch (listing) {
    case Listing::People:
        // Flags are integers 0/1 (standard SQL has no integer truth values): compare them.
        sql = QStringLiteral(
            "SELECT id, display_name AS name, "
            "rtrim(CASE WHEN is_mentor <> 0 THEN 'mentor,' ELSE '' END || CASE WHEN is_mentee <> 0 "
            "THEN 'mentee,' ELSE '' END "
            "|| CASE WHEN is_coordinator <> 0 THEN 'coordinator,' ELSE '' END, ',') AS roles, "
            "email, department, timezone FROM person ORDER BY id");
        break;
    case Listing::Programmes:
        sql = QStringLiteral("SELECT p.id, p.name, p.format, p.default_cadence_days AS cadence_days, "
                             "(SELECT count(*) FROM cohort c WHERE c.programme_id = p.id) AS cohorts "
                             "FROM programme p ORDER BY p.id");
        break;
    case Listing::Cohorts:
        sql = QStringLiteral(
            "SELECT c.id, c.name, c.programme_id, p.name AS programme, c.start_date, c.end_date "
            "FROM cohort c JOIN programme p ON p.id = c.programme_id ORDER BY c.id");
        break;
    case Listing::Relationships:
        sql = QStringLiteral("SELECT r.id, r.mentor_id, m.display_name AS mentor, r.mentee_id, "
                             "e.display_name AS mentee, r.status, r.cohort_id, r.start_date, r.cadence_days "
                             "FROM relationship r JOIN person m ON m.id = r.mentor_id "
                             "JOIN person e ON e.id = r.mentee_id ORDER BY r.id");
        break;
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return queryError(query, sql);
    Table table;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i)
        table.columns << record.fieldName(i);
    while (query.next()) {
        QVariantList row;
        row.reserve(record.count());
        for (int i = 0; i < record.count(); ++i)
            row << query.value(i);
        table.rows << row;
    }
    return table;
}

} // namespace trellis
