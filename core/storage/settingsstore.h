#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace trellis {

// Per-database key/value settings (the profile, defaults shared by everyone
// who opens this file). Per-user preferences live in QSettings instead.
class SettingsStore {
public:
    explicit SettingsStore(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    [[nodiscard]] std::optional<QString> value(const QString &key) const;
    [[nodiscard]] Status setValue(const QString &key, const QString &value);
    [[nodiscard]] Status remove(const QString &key);

private:
    QSqlDatabase m_db;
};

} // namespace trellis
