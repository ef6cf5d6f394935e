#pragma once

#include "storage/sqldialect.h"

struct sqlite3;

namespace trellis {

// SQLite 3 through QSQLITE: PRAGMAs, sqlite_master, lastInsertId, INSERT OR REPLACE, group_concat,
// FTS5 (MATCH, snippet, bm25; the index kept by triggers that a settings key suspends), VACUUM INTO.
class SqliteDialect final : public SqlDialect {
public:
    static const SqliteDialect &instance();
    // The C handle behind a QSQLITE connection (BulkWriter's prepared statements), or null.
    static sqlite3 *nativeHandle(const QSqlDatabase &db);

    QString name() const override { return QStringLiteral("sqlite"); }
    QString driverName() const override { return QStringLiteral("QSQLITE"); }

    Status configureConnection(QSqlDatabase &db) const override;
    Status prepareDatabase(QSqlDatabase &db) const override;
    std::optional<qint64> dataVersion(const QSqlDatabase &db) const override;

    Result<qint64> applicationId(const QSqlDatabase &db) const override;
    Result<int> schemaVersion(const QSqlDatabase &db) const override;
    Status stampSchema(QSqlDatabase &db, quint32 applicationId, int version) const override;
    Status executeScript(QSqlDatabase &db, const QByteArray &script) const override;
    QString beginWriteSql() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    bool inTransaction(const QSqlDatabase &db) const override;

    Result<qint64> objectCount(const QSqlDatabase &db) const override;
    Result<QStringList> tables(const QSqlDatabase &db) const override;
    Result<QStringList> fullTextTables(const QSqlDatabase &db) const override;
    Result<QStringList> columns(const QSqlDatabase &db, const QString &table) const override;
    Result<QList<CatalogueForeignKey>> foreignKeys(const QSqlDatabase &db,
                                                   const QString &table) const override;

    QString insertSql(const QString &table, const QStringList &columns,
                      OnConflict onConflict = OnConflict::Fail) const override;
    Result<Id> insertedId(const QSqlQuery &query) const override;
    QString upsertSql(const QString &table, const QString &keyColumn,
                      const QStringList &valueColumns) const override;
    QString stringAggregate(const QString &expression, const QString &separator) const override;

    QString fullTextMatch(const QString &text) const override;
    QString fullTextSourceId() const override;
    QString fullTextHitSql(const QString &extra, const QString &joins, bool newest = false) const override;
    QString fullTextRankedSql() const override;
    QString fullTextCountSql() const override;
    QVariant fullTextKindKey(const QString &kind) const override;
    QStringList fullTextWarmSql() const override;
    QString libraryMatch(const QString &text) const override;
    QString libraryRankedSql(const QString &where) const override;
    QString libraryNewestSql(const QString &where) const override;
    QString libraryCountSql(const QString &where) const override;

    QString bulkSessionSql(bool starting) const override;
    QString suspendIndexingSql() const override;
    QString rebuildIndexSql() const override;

    Status backup(const QSqlDatabase &db, const QString &outPath) const override;
    Result<qint64> pageCount(const QSqlDatabase &db) const override;
    Result<QStringList> integrityProblems(const QSqlDatabase &db) const override;
    Result<QStringList> quickCheckProblems(const QSqlDatabase &db, int limit) const override;

private:
    SqliteDialect() = default;
};

} // namespace trellis
