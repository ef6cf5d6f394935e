#include "storage/relationshippeoplequery.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("trellis::RelationshipPeopleQuery", text);
}

} // namespace

Result<QHash<Id, RelationshipPeople>> RelationshipPeopleQuery::all() const
{
    return read({}, {}, 0);
}

Result<QHash<Id, RelationshipPeople>> RelationshipPeopleQuery::ofRelationships(const QList<Id> &ids) const
{
    return read(QStringLiteral("r.id IN (%1)"), ids, 1);
}

Result<QHash<Id, RelationshipPeople>> RelationshipPeopleQuery::ofPersons(const QList<Id> &persons) const
{
    return read(QStringLiteral("r.mentor_id IN (%1) OR r.mentee_id IN (%1)"), persons, 2);
}

Result<QHash<Id, RelationshipPeople>> RelationshipPeopleQuery::read(const QString &condition,
                                                                    const QList<Id> &ids, int times) const
{
    QHash<Id, RelationshipPeople> people;
    const QString select =
        QStringLiteral("SELECT r.id, r.mentor_id, m.display_name, r.mentee_id, e.display_name, "
                       "r.cohort_id FROM relationship r JOIN person m ON m.id = r.mentor_id "
                       "JOIN person e ON e.id = r.mentee_id");
    const QSet<Id> unique(ids.cbegin(), ids.cend());
    const QList<Id> wanted(unique.cbegin(), unique.cend());
    if (times > 0 && wanted.isEmpty())
        return people;
    // In chunks under SQLite's limit on bound parameters, also when bound twice.
    constexpr qsizetype chunkSize = 400;
    for (qsizetype begin = 0; begin == 0 || begin < wanted.size(); begin += chunkSize) {
        const QList<Id> chunk = wanted.mid(begin, chunkSize);
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        const QString sql =
            times == 0
                ? select
                : select + QStringLiteral(" WHERE ") +
                      condition.arg(QStringList(chunk.size(), QStringLiteral("?")).join(QLatin1Char(',')));
        if (!query.prepare(sql))
            return Error{tr("Could not read the people of relationships: %1").arg(query.lastError().text())};
        for (int i = 0; i < times; ++i)
            for (const Id id : chunk)
                query.addBindValue(id);
        if (!query.exec())
            return Error{tr("Could not read the people of relationships: %1").arg(query.lastError().text())};
        while (query.next()) {
            const QVariant cohort = query.value(5);
            people.insert(query.value(0).toLongLong(),
                          {query.value(1).toLongLong(), query.value(3).toLongLong(),
                           cohort.isNull() ? std::nullopt : std::optional<Id>(cohort.toLongLong()),
                           query.value(2).toString(), query.value(4).toString()});
        }
        if (times == 0)
            break;
    }
    return people;
}

} // namespace trellis
