#pragma once

#include "storage/entityrows.h"
#include "storage/schema.h"
#include "util/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>
#include <QVariantMap>

#include <type_traits>

namespace trellis {

// Reads domain values by id or by a parent column; the building block of the query objects.
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

    template <typename T>
    static QList<T> fromRows(const QList<QVariantMap> &found)
    {
        QList<T> result;
        result.reserve(found.size());
        for (const QVariantMap &row : found)
            result.append(EntityRows::from<T>(row));
        return result;
    }

    [[nodiscard]] Result<QList<QVariantMap>> rows(const QString &sql, const QVariantList &binds) const;
    // Fills skills and interests (in the order they were added).
    [[nodiscard]] Status loadTags(Person &person) const;
    [[nodiscard]] Status loadTags(QList<Person> &people) const;
    [[nodiscard]] bool exists(Entity entity, Id id) const;
    static Error missing(Entity entity, Id id);

private:
    QSqlDatabase m_db;
};

} // namespace trellis
