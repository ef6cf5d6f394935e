#pragma once

#include "storage/entityrows.h"
#include "storage/schema.h"
#include "util/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>
#include <QVariantMap>

#include <optional>
#include <type_traits>

namespace trellis {

// A skill or interest row of a person (Entity::PersonTag).
struct StoredTag {
    Id id = 0;
    TagKind kind = TagKind::Skill;
    QString tag;
};

// Reads domain values by id, plus the named lookups services need while they edit (inside an
// edit it reads through the edit's connection, so it sees the edit's own writes). The SQL
// behind them stays here: rows() and where() are for the storage query objects only.
class EntityReader {
public:
    explicit EntityReader(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // The entity with this id, or an error naming it ("The goal #12 does not exist.").
    template <typename T>
    [[nodiscard]] Result<T> get(Id id) const
    {
        constexpr Entity entity = EntityRows::entity<T>();
        auto found =
            rows(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(Schema::tableName(entity)), {id});
        if (!found)
            return found.error();
        if (found->isEmpty())
            return missing(entity, id);
        T value = EntityRows::from<T>(found->first());
        if constexpr (std::is_same_v<T, Person>) {
            if (auto s = loadTags(value); !s)
                return s.error();
        }
        return value;
    }

    template <typename T>
    static QList<T> fromRows(const QList<QVariantMap> &found)
    {
        QList<T> result;
        result.reserve(found.size());
        for (const QVariantMap &row : found)
            result.append(EntityRows::from<T>(row));
        return result;
    }

    // Fills skills and interests (in the order they were added).
    [[nodiscard]] Status loadTags(Person &person) const;
    [[nodiscard]] Status loadTags(QList<Person> &people) const;
    [[nodiscard]] bool exists(Entity entity, Id id) const;
    static Error missing(Entity entity, Id id);

    // --- Named lookups ---
    // The override of a series' occurrence (by its RECURRENCE-ID, in the series' form), if any.
    [[nodiscard]] Result<std::optional<Id>> overrideId(Id seriesId, const QString &recurrenceId) const;
    // The meeting row with this iCalendar identity (UID + RECURRENCE-ID, '' for a single or series).
    [[nodiscard]] Result<std::optional<Id>> meetingId(const QString &uid, const QString &recurrenceId) const;
    // Every row with this UID (a series and its overrides), by id.
    [[nodiscard]] Result<QList<Meeting>> meetingsWithUid(const QString &uid) const;
    // A series' overrides, by id.
    [[nodiscard]] Result<QList<Meeting>> overridesOf(Id seriesId) const;
    // A person's tag rows, in the order they were added.
    [[nodiscard]] Result<QList<StoredTag>> tagsOf(Id personId) const;
    // Relationships in which the person is the mentor or the mentee.
    [[nodiscard]] Result<int> relationshipCount(Id personId) const;
    // The share of a resource with a relationship, if it is shared.
    [[nodiscard]] Result<std::optional<Id>> shareId(Id resourceId, Id relationshipId) const;
    // A library resource with this URL (any case, surrounding spaces ignored) or holding a file with
    // this SHA-256, other than `except`: the duplicate to offer instead of adding.
    [[nodiscard]] Result<std::optional<Id>> duplicateResource(const QString &url, const QString &sha256,
                                                              Id except = 0) const;
    // The library tag with this name (any case).
    [[nodiscard]] Result<std::optional<Id>> libraryTagId(const QString &name) const;
    // A mentee's wishes (by rank) and exclusions (kind 'never'), as stored.
    [[nodiscard]] Result<QList<MatchPreference>> matchPreferencesOf(Id menteeId) const;
    // A resource's attachments, by id.
    [[nodiscard]] Result<QList<ResourceAttachment>> attachmentsOf(Id resourceId) const;
    // The shares of a resource, by id.
    [[nodiscard]] Result<QList<ResourceShare>> sharesOf(Id resourceId) const;

private:
    friend class LibraryQuery;
    friend class PeopleQuery;
    friend class ProgrammeQueries;
    friend class RelationshipQueries;
    friend class RosterQueries;

    // Entities whose `column` equals `value`, ordered by `orderBy` (a column list of the table).
    template <typename T>
    [[nodiscard]] Result<QList<T>> where(const QString &column, const QVariant &value,
                                         const QString &orderBy = QStringLiteral("id")) const
    {
        auto found = rows(QStringLiteral("SELECT * FROM %1 WHERE %2 = ? ORDER BY %3")
                              .arg(Schema::tableName(EntityRows::entity<T>()), column, orderBy),
                          {value});
        if (!found)
            return found.error();
        return fromRows<T>(*found);
    }

    [[nodiscard]] Result<QList<QVariantMap>> rows(const QString &sql, const QVariantList &binds) const;
    [[nodiscard]] Result<std::optional<Id>> firstId(const QString &sql, const QVariantList &binds) const;

    QSqlDatabase m_db;
};

} // namespace trellis
