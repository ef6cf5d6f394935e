#include "storage/entityreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace trellis {

Result<QList<QVariantMap>> EntityReader::rows(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Error{QCoreApplication::translate("EntityReader", "Cannot read the database: %1")
                         .arg(query.lastError().text())};
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!query.exec())
        return Error{QCoreApplication::translate("EntityReader", "Cannot read the database: %1")
                         .arg(query.lastError().text())};
    QList<QVariantMap> result;
    const QSqlRecord record = query.record();
    while (query.next()) {
        QVariantMap row;
        for (int i = 0; i < record.count(); ++i) {
            const QVariant value = query.value(i);
            row.insert(record.fieldName(i), value.isNull() ? QVariant() : value);
        }
        result.append(std::move(row));
    }
    return result;
}

Status EntityReader::loadTags(Person &person) const
{
    QList<Person> people{person};
    if (auto s = loadTags(people); !s)
        return s;
    person = people.first();
    return {};
}

Status EntityReader::loadTags(QList<Person> &people) const
{
    QHash<Id, qsizetype> index;
    for (qsizetype i = 0; i < people.size(); ++i) {
        people[i].skills.clear();
        people[i].interests.clear();
        index.insert(people[i].id, i);
    }
    constexpr qsizetype chunk = 500;
    for (qsizetype start = 0; start < people.size(); start += chunk) {
        QStringList marks;
        QVariantList ids;
        for (qsizetype i = start; i < std::min(people.size(), start + chunk); ++i) {
            marks.append(QStringLiteral("?"));
            ids.append(people[i].id);
        }
        auto tags = rows(QStringLiteral("SELECT person_id, kind, tag FROM person_tag WHERE person_id IN (%1) "
                                        "ORDER BY id")
                             .arg(marks.join(QLatin1Char(','))),
                         ids);
        if (!tags)
            return tags.error();
        for (const QVariantMap &tag : std::as_const(*tags)) {
            Person &person = people[index.value(tag.value(QStringLiteral("person_id")).toLongLong())];
            const QString text = tag.value(QStringLiteral("tag")).toString();
            if (tag.value(QStringLiteral("kind")).toString() == toText(TagKind::Skill))
                person.skills.append(text);
            else
                person.interests.append(text);
        }
    }
    return {};
}

Result<std::optional<Id>> EntityReader::firstId(const QString &sql, const QVariantList &binds) const
{
    auto found = rows(sql, binds);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Id>();
    return std::optional<Id>(found->first().value(QStringLiteral("id")).toLongLong());
}

namespace {

// Qt binds a null QString as NULL, which equals nothing; recurrence_id is '' when there is none.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace

Result<std::optional<Id>> EntityReader::overrideId(Id seriesId, const QString &recurrenceId) const
{
    return firstId(QStringLiteral("SELECT id FROM meeting WHERE series_id = ? AND recurrence_id = ?"),
                   {seriesId, text(recurrenceId)});
}

Result<std::optional<Id>> EntityReader::meetingId(const QString &uid, const QString &recurrenceId) const
{
    return firstId(QStringLiteral("SELECT id FROM meeting WHERE uid = ? AND recurrence_id = ?"),
                   {text(uid), text(recurrenceId)});
}

Result<QList<Meeting>> EntityReader::meetingsWithUid(const QString &uid) const
{
    return where<Meeting>(QStringLiteral("uid"), uid);
}

Result<QList<Meeting>> EntityReader::overridesOf(Id seriesId) const
{
    return where<Meeting>(QStringLiteral("series_id"), seriesId);
}

Result<QList<StoredTag>> EntityReader::tagsOf(Id personId) const
{
    auto found = rows(QStringLiteral("SELECT id, kind, tag FROM person_tag WHERE person_id = ? ORDER BY id"),
                      {personId});
    if (!found)
        return found.error();
    QList<StoredTag> tags;
    tags.reserve(found->size());
    for (const QVariantMap &row : std::as_const(*found)) {
        tags.append({row.value(QStringLiteral("id")).toLongLong(),
                     fromText<TagKind>(row.value(QStringLiteral("kind")).toString()).value_or(TagKind::Skill),
                     row.value(QStringLiteral("tag")).toString()});
    }
    return tags;
}

Result<int> EntityReader::relationshipCount(Id personId) const
{
    auto found =
        rows(QStringLiteral("SELECT count(*) AS n FROM relationship WHERE mentor_id = ? OR mentee_id = ?"),
             {personId, personId});
    if (!found)
        return found.error();
    return found->isEmpty() ? 0 : found->first().value(QStringLiteral("n")).toInt();
}

Result<std::optional<Id>> EntityReader::shareId(Id resourceId, Id relationshipId) const
{
    return firstId(
        QStringLiteral("SELECT id FROM resource_share WHERE resource_id = ? AND relationship_id = ?"),
        {resourceId, relationshipId});
}

bool EntityReader::exists(Entity entity, Id id) const
{
    const QString table = Schema::tableName(entity);
    if (table.isEmpty())
        return false;
    auto found = rows(QStringLiteral("SELECT id FROM %1 WHERE id = ?").arg(table), {id});
    return found && !found->isEmpty();
}

Error EntityReader::missing(Entity entity, Id id)
{
    return Error{QCoreApplication::translate("EntityReader", "The %1 #%2 does not exist.")
                     .arg(Schema::label(entity))
                     .arg(id)};
}

Result<std::optional<Id>> EntityReader::duplicateResource(const QString &url, const QString &sha256,
                                                          Id except) const
{
    const QString trimmedUrl = url.trimmed();
    if (!trimmedUrl.isEmpty()) {
        auto byUrl =
            firstId(QStringLiteral("SELECT id FROM resource WHERE url <> '' AND lower(trim(url)) = lower(?) "
                                   "AND id <> ? ORDER BY id LIMIT 1"),
                    {trimmedUrl, except});
        if (!byUrl || *byUrl)
            return byUrl;
    }
    if (sha256.isEmpty())
        return std::optional<Id>();
    return firstId(QStringLiteral("SELECT resource_id AS id FROM resource_attachment WHERE sha256 = ? "
                                  "AND resource_id <> ? ORDER BY id LIMIT 1"),
                   {sha256, except});
}

Result<std::optional<Id>> EntityReader::libraryTagId(const QString &name) const
{
    return firstId(QStringLiteral("SELECT id FROM library_tag WHERE name = ? COLLATE NOCASE"),
                   {name.trimmed()});
}

Result<QList<ResourceAttachment>> EntityReader::attachmentsOf(Id resourceId) const
{
    return where<ResourceAttachment>(QStringLiteral("resource_id"), resourceId);
}

Result<QList<ResourceShare>> EntityReader::sharesOf(Id resourceId) const
{
    return where<ResourceShare>(QStringLiteral("resource_id"), resourceId);
}

Result<QList<MatchPreference>> EntityReader::matchPreferencesOf(Id menteeId) const
{
    return where<MatchPreference>(QStringLiteral("mentee_id"), menteeId,
                                  QStringLiteral("kind DESC, rank, id"));
}

} // namespace trellis
