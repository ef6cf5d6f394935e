#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <variant>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace trellis {

class Database;

// One value bound to an insert: NULL, an integer, a real or a text.
using BulkValue = std::variant<std::monostate, qint64, double, QString>;

// The fast write path for many rows (demo data, large imports): prepared
// statements through the SQLite C API (SqliteDialect's text for the SQL), all in
// one transaction on the calling thread's connection. A second dialect brings a
// writer of its own (e.g. COPY for PostgreSQL) behind the same interface. Nothing is visible until commit();
// destroying an uncommitted writer (or a failed insert followed by destruction) rolls back, so a cancelled or
// failed run writes nothing.
//
// Callers choose explicit ids so they can refer to rows they wrote earlier.
class BulkWriter {
public:
    enum class OnConflict { Fail, Replace };
    using TableId = int;

    // Starts an immediate (write-locking) transaction on db's connection for this thread.
    [[nodiscard]] static Result<std::unique_ptr<BulkWriter>> begin(Database &db);
    ~BulkWriter();
    BulkWriter(const BulkWriter &) = delete;
    BulkWriter &operator=(const BulkWriter &) = delete;

    // Prepares "INSERT INTO table(columns…) VALUES(?…)" once; insert() then binds values in column order.
    [[nodiscard]] Result<TableId> prepareInsert(const QString &table, const QStringList &columns,
                                                OnConflict onConflict = OnConflict::Fail);
    [[nodiscard]] Status insert(TableId table, const std::vector<BulkValue> &values);

    // Row count of a table inside the transaction (e.g. to refuse a non-empty target).
    [[nodiscard]] Result<qint64> countRows(const QString &table);

    // The largest id in a table (0 when empty), so appended rows can take the next ids.
    [[nodiscard]] Result<qint64> maxId(const QString &table);

    // Rows inserted so far through this writer.
    qint64 rowsWritten() const { return m_rowsWritten; }

    [[nodiscard]] Status commit();
    void rollback();

private:
    struct Statement {
        QString table;
        int columnCount = 0;
        sqlite3_stmt *statement = nullptr;
    };

    BulkWriter(sqlite3 *handle, QString path);
    Status exec(const QString &sql);
    Error sqliteError(const QString &what) const;
    Result<qint64> scalar(const QString &sql, const QString &what);
    void finalizeAll();

    sqlite3 *m_handle = nullptr;
    QString m_path;
    std::vector<Statement> m_statements;
    bool m_open = false;
    qint64 m_rowsWritten = 0;
    QByteArray m_scratch;
};

} // namespace trellis
