#include "storage/rosterqueries.h"

namespace trellis {

namespace {

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped.toLower() + QLatin1Char('%');
}

const QString openStatuses = QStringLiteral("status IN ('proposed', 'active', 'paused')");

} // namespace

Result<int> RosterQueries::mentorLoad(Id mentorId) const
{
    auto found = m_reader.rows(
        QStringLiteral("SELECT count(*) AS n FROM relationship WHERE mentor_id = ? AND ") + openStatuses,
        {mentorId});
    if (!found)
        return found.error();
    return found->first().value(QStringLiteral("n")).toInt();
}

Result<QHash<Id, int>> RosterQueries::mentorLoads() const
{
    auto found = m_reader.rows(QStringLiteral("SELECT mentor_id, count(*) AS n FROM relationship WHERE ") +
                                   openStatuses + QStringLiteral(" GROUP BY mentor_id"),
                               {});
    if (!found)
        return found.error();
    QHash<Id, int> loads;
    for (const QVariantMap &row : std::as_const(*found))
        loads.insert(row.value(QStringLiteral("mentor_id")).toLongLong(),
                     row.value(QStringLiteral("n")).toInt());
    return loads;
}

Result<QSet<Id>> RosterQueries::menteesInOpenRelationships() const
{
    auto found = m_reader.rows(
        QStringLiteral("SELECT DISTINCT mentee_id FROM relationship WHERE ") + openStatuses, {});
    if (!found)
        return found.error();
    QSet<Id> mentees;
    for (const QVariantMap &row : std::as_const(*found))
        mentees.insert(row.value(QStringLiteral("mentee_id")).toLongLong());
    return mentees;
}

Result<bool> RosterQueries::hasOpenPairing(Id mentorId, Id menteeId) const
{
    auto found = m_reader.rows(
        QStringLiteral("SELECT count(*) AS n FROM relationship WHERE mentor_id = ? AND mentee_id = ? AND ") +
            openStatuses,
        {mentorId, menteeId});
    if (!found)
        return found.error();
    return found->first().value(QStringLiteral("n")).toInt() > 0;
}

Result<QList<Person>> RosterQueries::search(const RosterFilter &filter) const
{
    QStringList conditions;
    QVariantList binds;
    if (!filter.nameContains.trimmed().isEmpty()) {
        // lower() in SQLite folds ASCII only; good enough for a substring search, and portable.
        conditions.append(QStringLiteral("lower(display_name) LIKE ? ESCAPE '\\'"));
        binds.append(likePattern(filter.nameContains.trimmed()));
    }
    if (filter.role) {
        switch (*filter.role) {
        case Role::Mentor:
            conditions.append(QStringLiteral("is_mentor = 1"));
            break;
        case Role::Mentee:
            conditions.append(QStringLiteral("is_mentee = 1"));
            break;
        case Role::Coordinator:
            conditions.append(QStringLiteral("is_coordinator = 1"));
            break;
        }
    }
    if (!filter.tag.trimmed().isEmpty()) {
        conditions.append(QStringLiteral(
            "EXISTS (SELECT 1 FROM person_tag t WHERE t.person_id = person.id AND lower(t.tag) = ?)"));
        binds.append(filter.tag.trimmed().toLower());
    }
    QString sql = QStringLiteral("SELECT * FROM person");
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY lower(display_name), id");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    auto found = m_reader.rows(sql, binds);
    if (!found)
        return found.error();
    QList<Person> people = EntityReader::fromRows<Person>(*found);
    if (auto s = m_reader.loadTags(people); !s)
        return s.error();
    return people;
}

Result<QList<MatchPreference>> RosterQueries::matchPreferences() const
{
    // 'wish' sorts after 'never': DESC puts a mentee's wishes first.
    auto found = m_reader.rows(
        QStringLiteral("SELECT * FROM match_preference ORDER BY mentee_id, kind DESC, rank, id"), {});
    if (!found)
        return found.error();
    return EntityReader::fromRows<MatchPreference>(*found);
}

} // namespace trellis
