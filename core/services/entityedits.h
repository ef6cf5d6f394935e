#pragma once

#include "storage/entityreader.h"
#include "storage/entityrows.h"
#include "storage/rowstore.h"
#include "util/result.h"

#include <QCoreApplication>

namespace trellis {

// The shared steps of create/update/delete inside an edit: validate through the domain
// type, then write its row through the RowStore.
class EntityEdits {
public:
    template <typename T>
    [[nodiscard]] static Result<Id> insert(RowStore &rows, const T &value)
    {
        if (auto s = value.validate(); !s)
            return s.error();
        return rows.insert(EntityRows::entity<T>(), EntityRows::toRow(value));
    }

    template <typename T>
    [[nodiscard]] static Result<Id> update(RowStore &rows, const T &value)
    {
        if (value.id <= 0)
            return Error{
                QCoreApplication::translate("EntityEdits", "Cannot update a record that was never saved.")};
        if (auto s = value.validate(); !s)
            return s.error();
        if (auto s = rows.update(EntityRows::entity<T>(), value.id, EntityRows::toRow(value)); !s)
            return s.error();
        return value.id;
    }

    template <typename T>
    [[nodiscard]] static Result<Id> remove(RowStore &rows, Id id)
    {
        if (auto s = rows.remove(EntityRows::entity<T>(), id); !s)
            return s.error();
        return id;
    }

    // The stored value (inside an edit, so it sees the edit's own writes).
    template <typename T>
    [[nodiscard]] static Result<T> load(RowStore &rows, Id id)
    {
        auto row = rows.fetch(EntityRows::entity<T>(), id);
        if (!row)
            return row.error();
        if (!row.value())
            return EntityReader::missing(EntityRows::entity<T>(), id);
        QVariantMap values = *row.value();
        values.insert(QStringLiteral("id"), id);
        return EntityRows::from<T>(values);
    }
};

} // namespace trellis
