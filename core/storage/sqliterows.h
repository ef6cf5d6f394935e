#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QString>

#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3_stmt;

namespace trellis {

// One read statement on a connection's native SQLite handle, stepped row by row. For reads of
// tens of thousands of rows (the progress charts of a large cohort): QSqlQuery turns every value
// into a QVariant and every text into UTF-16 first, which costs more than SQLite's own work.
// Values are read by column index from the current row. Move-only; finalises the statement.
class SqliteRows {
public:
    [[nodiscard]] static Result<SqliteRows> prepare(const QSqlDatabase &db, const QString &sql);

    SqliteRows(SqliteRows &&other) noexcept;
    SqliteRows &operator=(SqliteRows &&other) noexcept;
    SqliteRows(const SqliteRows &) = delete;
    SqliteRows &operator=(const SqliteRows &) = delete;
    ~SqliteRows();

    // Binds a named parameter (":name"); a name the statement does not have is an error.
    [[nodiscard]] Status bind(const QString &name, qint64 value);
    [[nodiscard]] Status bind(const QString &name, const QString &value);
    // Binds a "?" parameter by its position, from 1.
    [[nodiscard]] Status bind(int position, qint64 value);
    [[nodiscard]] Status bind(int position, const QString &value);

    // Steps to the next row: false at the end or on an error (then status() says which).
    [[nodiscard]] bool next();
    [[nodiscard]] const Status &status() const { return m_status; }

    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] qint64 integer(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] QString text(int column) const;
    // The same text as text(), one shared QString per distinct value read by this statement: for
    // columns whose values repeat over many rows (titles of a series' meetings, names).
    [[nodiscard]] QString sharedText(int column);

private:
    explicit SqliteRows(sqlite3_stmt *statement);
    [[nodiscard]] Status failure(const QString &what) const;
    [[nodiscard]] Status bindAt(int index, const QString &name, qint64 value);
    [[nodiscard]] Status bindAt(int index, const QString &name, const QString &value);

    struct ViewHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };

    sqlite3_stmt *m_statement = nullptr;
    Status m_status;
    std::unordered_map<std::string, QString, ViewHash, std::equal_to<>> m_shared;
};

} // namespace trellis
