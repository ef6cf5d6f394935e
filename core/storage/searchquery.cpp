#include "storage/searchquery.h"

#include "storage/sqldialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SearchQuery", text);
}

const char *kindName(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::Person:
        return "person";
    case SearchHit::Kind::Relationship:
        return "relationship";
    case SearchHit::Kind::Goal:
        return "goal";
    case SearchHit::Kind::Meeting:
        return "meeting";
    case SearchHit::Kind::Contact:
        return "contact";
    case SearchHit::Kind::Resource:
        return "resource";
    }
    return "";
}

// The pair's names for records that belong to a relationship aliased `r`.
QString pairJoins(const SqlDialect &dialect, const QString &childTable, const QString &alias)
{
    return QStringLiteral("JOIN %1 %2 ON %2.id = %3 "
                          "JOIN relationship r ON r.id = %2.relationship_id "
                          "JOIN person mentor ON mentor.id = r.mentor_id "
                          "JOIN person mentee ON mentee.id = r.mentee_id")
        .arg(childTable, alias, dialect.fullTextSourceId());
}

// The join of a kind's own table (aliased `alias`) to its hits.
QString ownJoin(const SqlDialect &dialect, const QString &table, const QString &alias)
{
    return QStringLiteral("JOIN %1 %2 ON %2.id = %3").arg(table, alias, dialect.fullTextSourceId());
}

QString pairLabel()
{
    return QStringLiteral("mentor.display_name || ' – ' || mentee.display_name");
}

// Context columns (after the four common ones) and joins for each kind.
QString hitSql(const SqlDialect &dialect, SearchHit::Kind kind, bool newest)
{
    const auto hits = [&dialect, newest](const QString &extra, const QString &joins) {
        return dialect.fullTextHitSql(extra, joins, newest);
    };
    switch (kind) {
    case SearchHit::Kind::Person:
        return hits(QStringLiteral("p.department, p.is_mentor, p.is_mentee, p.is_coordinator"),
                    ownJoin(dialect, QStringLiteral("person"), QStringLiteral("p")));
    case SearchHit::Kind::Relationship:
        return hits(QStringLiteral("r.id, search_index.body"),
                    ownJoin(dialect, QStringLiteral("relationship"), QStringLiteral("r")));
    case SearchHit::Kind::Goal:
        return hits(QStringLiteral("r.id, ") + pairLabel(),
                    pairJoins(dialect, QStringLiteral("goal"), QStringLiteral("g")));
    case SearchHit::Kind::Meeting:
        return hits(QStringLiteral("r.id, ") + pairLabel() + QStringLiteral(", m.start_local"),
                    pairJoins(dialect, QStringLiteral("meeting"), QStringLiteral("m")));
    case SearchHit::Kind::Contact:
        return hits(QStringLiteral("r.id, ") + pairLabel() + QStringLiteral(", ct.occurred_at"),
                    pairJoins(dialect, QStringLiteral("contact"), QStringLiteral("ct")));
    case SearchHit::Kind::Resource:
        return hits(QStringLiteral("res.url"),
                    ownJoin(dialect, QStringLiteral("resource"), QStringLiteral("res")));
    }
    return {};
}

// Roles, and the department unless the snippet (the matched body) already shows it.
QString personContext(const QSqlQuery &query, bool withDepartment)
{
    QStringList parts;
    if (query.value(5).toBool())
        parts.append(tr("Mentor"));
    if (query.value(6).toBool())
        parts.append(tr("Mentee"));
    if (query.value(7).toBool())
        parts.append(tr("Coordinator"));
    if (withDepartment && !query.value(4).toString().isEmpty())
        parts.append(query.value(4).toString());
    return parts.join(QStringLiteral(" · "));
}

SearchHit readHit(SearchHit::Kind kind, const QSqlQuery &query)
{
    SearchHit hit;
    hit.kind = kind;
    hit.id = query.value(0).toLongLong();
    hit.title = query.value(1).toString();
    hit.snippet = query.value(2).toString().simplified();
    hit.score = query.value(3).toDouble();
    switch (kind) {
    case SearchHit::Kind::Person: {
        QString plain = hit.snippet;
        plain.remove(SearchHit::MatchStart).remove(SearchHit::MatchEnd);
        hit.context = personContext(query, plain == hit.title);
        break;
    }
    case SearchHit::Kind::Relationship:
        hit.relationshipId = query.value(4).toLongLong();
        hit.context = query.value(5).toString();
        break;
    case SearchHit::Kind::Goal:
        hit.relationshipId = query.value(4).toLongLong();
        hit.context = query.value(5).toString();
        break;
    case SearchHit::Kind::Meeting:
        hit.relationshipId = query.value(4).toLongLong();
        hit.context = query.value(5).toString();
        hit.date = QDate::fromString(query.value(6).toString().left(10), Qt::ISODate);
        break;
    case SearchHit::Kind::Contact:
        hit.relationshipId = query.value(4).toLongLong();
        hit.context = query.value(5).toString();
        hit.date = QDateTime::fromSecsSinceEpoch(query.value(6).toLongLong()).date();
        break;
    case SearchHit::Kind::Resource:
        hit.context = query.value(4).toString();
        break;
    }
    return hit;
}

} // namespace

QString SearchQuery::matchExpression(const QString &text)
{
    return SqlDialect::standard().fullTextMatch(text);
}

Result<QList<SearchHit>> SearchQuery::hitsOf(SearchHit::Kind kind, const QString &match, int limit) const
{
    const SqlDialect &dialect = SqlDialect::of(m_db);
    const QVariant kindKey = dialect.fullTextKindKey(QLatin1String(kindName(kind)));
    QSqlQuery count(m_db);
    count.setForwardOnly(true);
    if (!count.prepare(dialect.fullTextCountSql()))
        return Error{tr("Cannot search: %1").arg(count.lastError().text())};
    count.addBindValue(match);
    count.addBindValue(kindKey);
    count.addBindValue(RankLimit + 1);
    if (!count.exec() || !count.next())
        return Error{tr("Cannot search: %1").arg(count.lastError().text())};
    const bool newest = count.value(0).toInt() > RankLimit;
    count.finish();

    // The rows to show: the newest (one query), or the best ranked, each then read by its row id.
    QList<QVariant> rowIds;
    if (!newest) {
        QSqlQuery ranked(m_db);
        ranked.setForwardOnly(true);
        if (!ranked.prepare(dialect.fullTextRankedSql()))
            return Error{tr("Cannot search: %1").arg(ranked.lastError().text())};
        ranked.addBindValue(match);
        ranked.addBindValue(kindKey);
        ranked.addBindValue(limit);
        if (!ranked.exec())
            return Error{tr("Cannot search: %1").arg(ranked.lastError().text())};
        while (ranked.next())
            rowIds.append(ranked.value(0));
    }

    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(hitSql(dialect, kind, newest)))
        return Error{tr("Cannot search: %1").arg(query.lastError().text())};
    QList<SearchHit> hits;
    const auto readAll = [&]() -> Status {
        if (!query.exec())
            return Error{tr("Cannot search: %1").arg(query.lastError().text())};
        while (query.next())
            hits.append(readHit(kind, query));
        return {};
    };
    if (newest) {
        query.addBindValue(QString(SearchHit::MatchStart));
        query.addBindValue(QString(SearchHit::MatchEnd));
        query.addBindValue(match);
        query.addBindValue(kindKey);
        query.addBindValue(limit);
        if (auto read = readAll(); !read)
            return read.error();
    }
    for (const QVariant &rowId : std::as_const(rowIds)) {
        query.bindValue(0, QString(SearchHit::MatchStart));
        query.bindValue(1, QString(SearchHit::MatchEnd));
        query.bindValue(2, match);
        query.bindValue(3, rowId);
        if (auto read = readAll(); !read)
            return read.error();
    }
    return hits;
}

Status SearchQuery::warm() const
{
    for (const QString &sql : SqlDialect::of(m_db).fullTextWarmSql()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(sql))
            return Error{tr("Cannot read the search index: %1").arg(query.lastError().text())};
        while (query.next()) {
        }
    }
    return {};
}

Result<SearchResults> SearchQuery::run(const QString &text, int perGroup) const
{
    SearchResults results;
    results.text = text.trimmed();
    const QString match = SqlDialect::of(m_db).fullTextMatch(text);
    if (match.isEmpty() || perGroup <= 0)
        return results;

    struct Part {
        SearchGroup::Kind group;
        QList<SearchHit::Kind> kinds;
    };
    const QList<Part> parts = {
        {SearchGroup::Kind::People, {SearchHit::Kind::Person}},
        {SearchGroup::Kind::Relationships, {SearchHit::Kind::Relationship}},
        {SearchGroup::Kind::Goals, {SearchHit::Kind::Goal}},
        {SearchGroup::Kind::Notes, {SearchHit::Kind::Meeting, SearchHit::Kind::Contact}},
        {SearchGroup::Kind::Resources, {SearchHit::Kind::Resource}},
    };
    for (const Part &part : parts) {
        SearchGroup group;
        group.kind = part.group;
        for (SearchHit::Kind kind : part.kinds) {
            auto hits = hitsOf(kind, match, perGroup + 1);
            if (!hits)
                return hits.error();
            group.hits.append(*hits);
        }
        std::stable_sort(group.hits.begin(), group.hits.end(),
                         [](const SearchHit &a, const SearchHit &b) { return a.score < b.score; });
        if (group.hits.size() > perGroup) {
            group.more = true;
            group.hits.resize(perGroup);
        }
        if (!group.hits.isEmpty())
            results.groups.append(group);
    }
    return results;
}

} // namespace trellis
