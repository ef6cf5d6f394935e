#pragma once

#include "storage/entityrows.h"
#include "storage/schema.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <optional>
#include <variant>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace trellis {

class Database;

// One value bound to an insert: NULL, an integer, a real or a text.
using BulkValue = std::variant<std::monostate, qint64, double, QString>;

// The modification stamps of a bulk-written row (Unix seconds), for tables that have them.
struct BulkStamps {
    std::optional<qint64> createdAt;
    std::optional<qint64> updatedAt;
};

// The fast write path for many rows (demo data, large imports): prepared
// statements through the SQLite C API (SqliteDialect's text for the SQL), all in
// one transaction on the calling thread's connection. A second dialect brings a
// writer of its own (e.g. COPY for PostgreSQL) behind the same interface. Nothing is visible until commit();
// destroying an uncommitted writer (or a failed insert followed by destruction) rolls back, so a cancelled or
// failed run writes nothing.
//
// Callers choose explicit ids so they can refer to rows they wrote earlier. Domain values go
// through insertEntity(), the row mapping every edit uses (EntityRows), so a bulk caller never
// spells a table's columns.
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

    // Inserts a domain value with an explicit id, mapped by EntityRows::writeRow (the columns
    // RowStore writes for it), plus the given stamps.
    template <typename T>
    [[nodiscard]] Status insertEntity(Id id, const T &value, const BulkStamps &stamps = {})
    {
        EntityInsert &insert = entityInsert(Schema::tableName(EntityRows::entity<T>()), stamps);
        insert.begin();
        EntityRows::writeRow(value, insert);
        return finishEntity(insert, id, stamps);
    }
    // A person with its skills and interests (EntityRows::tagRows; the tags' ids are assigned in order).
    [[nodiscard]] Status insertEntity(Id id, const Person &value, const BulkStamps &stamps = {});
    // A settings value, replacing one with the same key.
    [[nodiscard]] Status setSetting(const QString &key, const QString &value);

    // Row count of a table inside the transaction (e.g. to refuse a non-empty target).
    [[nodiscard]] Result<qint64> countRows(const QString &table);
    template <typename T>
    [[nodiscard]] Result<qint64> countRows()
    {
        return countRows(Schema::tableName(EntityRows::entity<T>()));
    }

    // The largest id in a table (0 when empty), so appended rows can take the next ids.
    [[nodiscard]] Result<qint64> maxId(const QString &table);
    template <typename T>
    [[nodiscard]] Result<qint64> maxId()
    {
        return maxId(Schema::tableName(EntityRows::entity<T>()));
    }

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

    // The insert of one entity's rows (id, writeRow()'s columns, stamps), prepared once the first
    // row has named its columns; a row's values are kept until the row is complete, then bound.
    class EntityInsert final : public RowSink {
    public:
        void begin();
        void column(const QString &name, const QVariant &value) override;

        QString table;
        bool created = false;
        bool updated = false;
        std::optional<TableId> statement;
        QStringList columns;
        std::vector<QVariant> values;
        qsizetype filled = 0;
        bool mismatch = false; // a row named other columns than the prepared ones
    };

    // An insert prepared for one table and column list (id, the row's columns in key order, stamps).
    struct RowStatement {
        QString table;
        QStringList columns; // the row map's keys
        bool id = false;
        bool created = false;
        bool updated = false;
        TableId statement = 0;
    };

    BulkWriter(sqlite3 *handle, QString path);
    Status insertRow(const QString &table, std::optional<Id> id, const QVariantMap &row,
                     const BulkStamps &stamps);
    Result<TableId> rowStatement(const QString &table, bool withId, const QVariantMap &row,
                                 const BulkStamps &stamps);
    EntityInsert &entityInsert(const QString &table, const BulkStamps &stamps);
    Status finishEntity(EntityInsert &insert, Id id, const BulkStamps &stamps);
    Status bindAndStep(TableId table, const std::vector<QVariant> &values, qsizetype count, Id id,
                       const BulkStamps &stamps);
    Status exec(const QString &sql);
    Error sqliteError(const QString &what) const;
    Result<qint64> scalar(const QString &sql, const QString &what);
    void finalizeAll();

    sqlite3 *m_handle = nullptr;
    QString m_path;
    std::vector<Statement> m_statements;
    std::vector<RowStatement> m_rowStatements;
    std::vector<std::unique_ptr<EntityInsert>> m_entityInserts;
    EntityInsert *m_lastInsert = nullptr;
    std::optional<TableId> m_settings;
    bool m_open = false;
    qint64 m_rowsWritten = 0;
    QByteArray m_scratch;
};

} // namespace trellis
