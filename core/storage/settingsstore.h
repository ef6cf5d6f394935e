#pragma once

#include "domain/enums.h"
#include "util/result.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace trellis {

class RowStore;

// Per-database key/value settings (the profile, defaults shared by everyone
// who opens this file). Per-user preferences live in QSettings instead.
// Settings are rows (Entity::Setting): put() and erase() write them through an edit's RowStore,
// so the change is in its ChangeSet and undoable; setValue() and remove() write directly
// (bookkeeping that is no user edit, and tests).
class SettingsStore {
public:
    explicit SettingsStore(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    [[nodiscard]] std::optional<QString> value(const QString &key) const;
    [[nodiscard]] Status setValue(const QString &key, const QString &value);
    [[nodiscard]] Status remove(const QString &key);

    // Inside an edit: sets or removes a key's row (unchanged values write nothing).
    [[nodiscard]] static Status put(RowStore &rows, const QString &key, const QString &value);
    [[nodiscard]] static Status erase(RowStore &rows, const QString &key);

private:
    static Result<std::optional<Id>> idOf(const QSqlDatabase &db, const QString &key);

    QSqlDatabase m_db;
};

} // namespace trellis
