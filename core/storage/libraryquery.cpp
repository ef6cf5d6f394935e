#include "storage/libraryquery.h"

#include "domain/searchresults.h"
#include "storage/entityreader.h"
#include "storage/sqldialect.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace trellis {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("LibraryQuery", text, disambiguation, n);
}

Error queryError(const QSqlQuery &query)
{
    return Error{tr("Cannot read the library: %1").arg(query.lastError().text())};
}

// The resource's columns (as EntityRows reads them), then what the list adds.
const char *const ItemColumns =
    "r.*, (SELECT p.display_name FROM person p WHERE p.id = r.added_by) AS added_by_name, "
    "(SELECT count(*) FROM resource_attachment a WHERE a.resource_id = r.id) AS attachment_count, "
    "(SELECT count(*) FROM resource_share s WHERE s.resource_id = r.id) AS share_count";

LibraryItem itemOf(const QSqlQuery &query)
{
    QVariantMap row;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i)
        row.insert(record.fieldName(i), query.value(i));
    LibraryItem item;
    item.resource = EntityRows::from<Resource>(row);
    item.addedOn =
        QDateTime::fromSecsSinceEpoch(row.value(QStringLiteral("created_at")).toLongLong(), Qt::UTC);
    item.addedByName = row.value(QStringLiteral("added_by_name")).toString();
    item.attachmentCount = row.value(QStringLiteral("attachment_count")).toInt();
    item.shareCount = row.value(QStringLiteral("share_count")).toInt();
    item.highlightedTitle = item.resource.title;
    return item;
}

// Kind and tag as conditions on the resource aliased r.
QString filterSql(const LibraryFilter &filter, QVariantList &binds)
{
    QString where;
    if (filter.kind) {
        where += QStringLiteral(" AND r.kind = ?");
        binds.append(toText(*filter.kind));
    }
    if (!filter.tag.trimmed().isEmpty()) {
        // Tags are stored comma-separated; a tag matches whole, in any case.
        where += QStringLiteral(" AND (',' || lower(r.tags) || ',') LIKE ?");
        binds.append(QString(QStringLiteral("%,") + filter.tag.trimmed().toLower() + QStringLiteral(",%")));
    }
    return where;
}

QString marks(qsizetype count)
{
    return QStringList(count, QStringLiteral("?")).join(QLatin1Char(','));
}

} // namespace

QString IndexCoverage::summary() const
{
    if (files == 0)
        return tr("No files in the library yet.");
    QString text = tr("%1 of %n file(s) indexed", nullptr, files).arg(QLocale().toString(indexed));
    if (unreadable.isEmpty())
        return text + QLatin1Char('.');
    return text + QStringLiteral("; ") +
           tr("%n could not be read: %1", nullptr, int(unreadable.size()))
               .arg(QLocale().createSeparatedList(unreadable)) +
           QLatin1Char('.');
}

Result<QList<LibraryItem>> LibraryQuery::select(const QString &where, const QVariantList &binds,
                                                const QString &orderBy) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT %1 FROM resource r WHERE 1 = 1 %2 ORDER BY %3")
                           .arg(QLatin1String(ItemColumns), where, orderBy)))
        return queryError(query);
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!query.exec())
        return queryError(query);
    QList<LibraryItem> items;
    while (query.next())
        items.append(itemOf(query));
    return items;
}

Result<QList<LibraryItem>> LibraryQuery::find(const LibraryFilter &filter) const
{
    const SqlDialect &dialect = SqlDialect::of(m_db);
    QVariantList filterBinds;
    const QString where = filterSql(filter, filterBinds);
    const QString match = dialect.libraryMatch(filter.text);
    if (match.isEmpty())
        return select(where, filterBinds, QStringLiteral("r.title COLLATE NOCASE, r.id"));

    // Count (cheap) before ranking: a two-letter prefix may match most of a large library, and
    // bm25 over all of them costs more than the search may take; recency then says as much.
    int matching = 0;
    {
        QSqlQuery count(m_db);
        count.setForwardOnly(true);
        if (!count.prepare(dialect.libraryCountSql(where)))
            return queryError(count);
        count.addBindValue(match);
        for (const QVariant &bind : std::as_const(filterBinds))
            count.addBindValue(bind);
        count.addBindValue(RankLimit + 1);
        if (!count.exec())
            return queryError(count);
        if (count.next())
            matching = count.value(0).toInt();
    }
    if (matching == 0)
        return QList<LibraryItem>();

    // The hits with their highlights and snippets, in one statement.
    struct Hit {
        Id id = 0;
        QString title;
        QString snippet;
        double score = 0;
    };
    QList<Hit> hits;
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(matching > RankLimit ? dialect.libraryNewestSql(where)
                                                : dialect.libraryRankedSql(where)))
            return queryError(query);
        for (int i = 0; i < 2; ++i) {
            query.addBindValue(QString(SearchHit::MatchStart));
            query.addBindValue(QString(SearchHit::MatchEnd));
        }
        query.addBindValue(match);
        for (const QVariant &bind : std::as_const(filterBinds))
            query.addBindValue(bind);
        query.addBindValue(filter.limit);
        if (!query.exec())
            return queryError(query);
        while (query.next())
            hits.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                         query.value(3).toDouble()});
        if (query.lastError().isValid())
            return queryError(query);
    }
    QList<Id> ids;
    ids.reserve(hits.size());
    for (const Hit &hit : std::as_const(hits))
        ids.append(hit.id);

    auto found = items(ids);
    if (!found)
        return found.error();
    QHash<Id, LibraryItem> byId;
    for (LibraryItem &item : *found)
        byId.insert(item.id(), std::move(item));

    QList<LibraryItem> result;
    result.reserve(hits.size());
    for (const Hit &hit : std::as_const(hits)) {
        auto it = byId.find(hit.id);
        if (it == byId.end())
            continue;
        it->highlightedTitle = hit.title;
        it->snippet = hit.snippet.simplified();
        // A snippet of the title only repeats it: the list shows the description instead.
        QString plain = it->snippet;
        plain.remove(SearchHit::MatchStart).remove(SearchHit::MatchEnd);
        if (plain == it->resource.title.simplified())
            it->snippet.clear();
        it->score = hit.score;
        result.append(std::move(*it));
    }
    return result;
}

Result<QList<LibraryItem>> LibraryQuery::items(const QList<Id> &ids) const
{
    QList<LibraryItem> all;
    // Bound in chunks: SQLite limits the variables of one statement.
    constexpr qsizetype Chunk = 500;
    for (qsizetype start = 0; start < ids.size(); start += Chunk) {
        const QList<Id> chunk = ids.mid(start, Chunk);
        QVariantList binds;
        for (const Id id : chunk)
            binds.append(id);
        auto part = select(QStringLiteral(" AND r.id IN (%1)").arg(marks(chunk.size())), binds,
                           QStringLiteral("r.id"));
        if (!part)
            return part.error();
        all.append(*part);
    }
    return all;
}

Result<int> LibraryQuery::resourceCount() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM resource")) || !query.next())
        return queryError(query);
    return query.value(0).toInt();
}

Result<QList<LibraryItem>> LibraryQuery::closingSoon(const QDate &today, int days) const
{
    return select(QStringLiteral(" AND r.kind = 'job_lead' AND r.deadline >= ? AND r.deadline <= ?"),
                  {today.toString(Qt::ISODate), today.addDays(days).toString(Qt::ISODate)},
                  QStringLiteral("r.deadline, r.title COLLATE NOCASE"));
}

Result<IndexCoverage> LibraryQuery::coverage() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT file_name, text_status FROM resource_attachment "
                                   "ORDER BY file_name COLLATE NOCASE, id")))
        return queryError(query);
    IndexCoverage coverage;
    while (query.next()) {
        ++coverage.files;
        if (query.value(1).toString() == toText(AttachmentText::Indexed))
            ++coverage.indexed;
        else
            coverage.unreadable.append(query.value(0).toString());
    }
    return coverage;
}

Result<QList<LibraryTag>> LibraryQuery::tags() const
{
    EntityReader reader(m_db);
    auto rows = reader.rows(QStringLiteral("SELECT * FROM library_tag ORDER BY name COLLATE NOCASE"), {});
    if (!rows)
        return rows.error();
    QList<LibraryTag> tags = EntityReader::fromRows<LibraryTag>(*rows);
    // Tags typed on a resource before they had a row of their own (an import, the demo).
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT DISTINCT tags FROM resource WHERE tags <> ''")))
        return queryError(query);
    QStringList known;
    for (const LibraryTag &tag : std::as_const(tags))
        known.append(tag.name.toCaseFolded());
    while (query.next()) {
        for (const QString &name : query.value(0).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString trimmed = name.trimmed();
            if (trimmed.isEmpty() || known.contains(trimmed.toCaseFolded()))
                continue;
            known.append(trimmed.toCaseFolded());
            tags.append(LibraryTag{0, trimmed, {}});
        }
    }
    std::sort(tags.begin(), tags.end(),
              [](const LibraryTag &a, const LibraryTag &b) { return a.name.localeAwareCompare(b.name) < 0; });
    return tags;
}

Result<QList<SavedSearch>> LibraryQuery::savedSearches() const
{
    EntityReader reader(m_db);
    auto rows =
        reader.rows(QStringLiteral("SELECT * FROM saved_search ORDER BY name COLLATE NOCASE, id"), {});
    if (!rows)
        return rows.error();
    return EntityReader::fromRows<SavedSearch>(*rows);
}

Result<QList<ResourceAttachment>> LibraryQuery::attachments(Id resourceId, bool withContent) const
{
    EntityReader reader(m_db);
    const QString columns = withContent
                                ? QStringLiteral("*")
                                : QStringLiteral("id, resource_id, file_name, media_type, byte_size, sha256, "
                                                 "X'' AS content, '' AS extracted_text, text_status");
    auto rows = reader.rows(
        QStringLiteral("SELECT %1 FROM resource_attachment WHERE resource_id = ? ORDER BY id").arg(columns),
        {resourceId});
    if (!rows)
        return rows.error();
    QList<ResourceAttachment> found = EntityReader::fromRows<ResourceAttachment>(*rows);
    if (!withContent) {
        // The size without the bytes: kept in the row for lists like this one.
        for (qsizetype i = 0; i < found.size(); ++i)
            found[i].listedSize = rows->at(i).value(QStringLiteral("byte_size")).toLongLong();
    }
    return found;
}

Result<ResourceAttachment> LibraryQuery::attachment(Id attachmentId) const
{
    return EntityReader(m_db).get<ResourceAttachment>(attachmentId);
}

Result<QList<ShareRow>> LibraryQuery::shares(const QString &where, const QVariantList &binds,
                                             const QString &orderBy) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(
            QStringLiteral(
                "SELECT s.*, mentor.display_name || ' – ' || mentee.display_name AS pair_label, "
                "mentee.display_name AS mentee_name, coalesce(res.title, s.resource_title) AS shown_title, "
                "res.kind AS resource_kind, coalesce(res.url, '') AS resource_url, res.deadline AS "
                "resource_deadline, "
                "coalesce(res.organisation, '') AS resource_organisation, "
                "coalesce(res.location, '') AS resource_location, "
                "coalesce(sharer.display_name, '') AS sharer_name, coalesce(g.title, '') AS goal_title "
                "FROM resource_share s "
                "JOIN relationship rel ON rel.id = s.relationship_id "
                "JOIN person mentor ON mentor.id = rel.mentor_id "
                "JOIN person mentee ON mentee.id = rel.mentee_id "
                "LEFT JOIN resource res ON res.id = s.resource_id "
                "LEFT JOIN person sharer ON sharer.id = s.shared_by "
                "LEFT JOIN goal g ON g.id = s.goal_id "
                "WHERE %1 ORDER BY %2")
                .arg(where, orderBy)))
        return queryError(query);
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!query.exec())
        return queryError(query);
    QList<ShareRow> rows;
    while (query.next()) {
        QVariantMap row;
        const QSqlRecord record = query.record();
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), query.value(i));
        ShareRow share;
        share.share = EntityRows::from<ResourceShare>(row);
        share.pairLabel = row.value(QStringLiteral("pair_label")).toString();
        share.menteeName = row.value(QStringLiteral("mentee_name")).toString();
        share.resourceTitle = row.value(QStringLiteral("shown_title")).toString();
        if (!row.value(QStringLiteral("resource_kind")).isNull())
            share.kind = fromText<ResourceKind>(row.value(QStringLiteral("resource_kind")).toString());
        share.url = row.value(QStringLiteral("resource_url")).toString();
        const QString deadline = row.value(QStringLiteral("resource_deadline")).toString();
        if (!deadline.isEmpty())
            share.deadline = QDate::fromString(deadline, Qt::ISODate);
        share.sharedByName = row.value(QStringLiteral("sharer_name")).toString();
        share.organisation = row.value(QStringLiteral("resource_organisation")).toString();
        share.location = row.value(QStringLiteral("resource_location")).toString();
        share.goalTitle = row.value(QStringLiteral("goal_title")).toString();
        rows.append(share);
    }
    return rows;
}

Result<QList<ShareRow>> LibraryQuery::sharesOfResource(Id resourceId) const
{
    return shares(QStringLiteral("s.resource_id = ?"), {resourceId}, QStringLiteral("s.shared_on, s.id"));
}

Result<QList<ShareRow>> LibraryQuery::sharesInRelationship(Id relationshipId) const
{
    return shares(QStringLiteral("s.relationship_id = ?"), {relationshipId},
                  QStringLiteral("s.shared_on DESC, s.id DESC"));
}

Result<QList<ShareRow>> LibraryQuery::jobLeadsFor(Id menteeId, const QDate &today) const
{
    return shares(QStringLiteral("rel.mentee_id = ? AND res.kind = 'job_lead' AND (res.deadline IS NULL OR "
                                 "res.deadline >= ?)"),
                  {menteeId, today.toString(Qt::ISODate)},
                  QStringLiteral("res.deadline IS NULL, res.deadline, s.id"));
}

Result<QList<ShareRow>> LibraryQuery::jobLeadsClosingForMentor(Id mentorId, const QDate &today,
                                                               int days) const
{
    // Only relationships still running: a finished one's mentee is not applying through it.
    return shares(QStringLiteral("rel.mentor_id = ? AND rel.status IN ('active', 'paused', 'proposed') AND "
                                 "res.kind = 'job_lead' AND res.deadline >= ? AND res.deadline <= ?"),
                  {mentorId, today.toString(Qt::ISODate), today.addDays(days).toString(Qt::ISODate)},
                  QStringLiteral("res.deadline, mentee.display_name, s.id"));
}

Result<QList<SuggestionRow>> LibraryQuery::suggestionRows(const QString &where,
                                                          const QVariantList &binds) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(
            QStringLiteral("SELECT s.*, coalesce(sugg.display_name, '') AS suggested_by_name, "
                           "mentee.display_name AS mentee_name, coalesce(res.title, '') AS shown_title "
                           "FROM resource_suggestion s "
                           "JOIN relationship rel ON rel.id = s.relationship_id "
                           "JOIN person mentee ON mentee.id = rel.mentee_id "
                           "LEFT JOIN person sugg ON sugg.id = s.suggested_by "
                           "LEFT JOIN resource res ON res.id = s.resource_id "
                           "WHERE %1 "
                           "ORDER BY s.status <> 'pending', s.suggested_on DESC, s.id DESC")
                .arg(where)))
        return queryError(query);
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!query.exec())
        return queryError(query);
    QList<SuggestionRow> rows;
    while (query.next()) {
        QVariantMap row;
        const QSqlRecord record = query.record();
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), query.value(i));
        SuggestionRow suggestion;
        suggestion.suggestion = EntityRows::from<ResourceSuggestion>(row);
        suggestion.suggestedByName = row.value(QStringLiteral("suggested_by_name")).toString();
        suggestion.menteeName = row.value(QStringLiteral("mentee_name")).toString();
        suggestion.resourceTitle = row.value(QStringLiteral("shown_title")).toString();
        rows.append(suggestion);
    }
    return rows;
}

Result<QList<SuggestionRow>> LibraryQuery::suggestionsInRelationship(Id relationshipId) const
{
    return suggestionRows(QStringLiteral("s.relationship_id = ?"), {relationshipId});
}

Result<QList<SuggestionRow>> LibraryQuery::suggestions(const QList<Id> &ids) const
{
    if (ids.isEmpty())
        return QList<SuggestionRow>();
    QVariantList binds;
    for (const Id id : ids)
        binds.append(id);
    return suggestionRows(QStringLiteral("s.id IN (%1)").arg(marks(ids.size())), binds);
}

} // namespace trellis
