#pragma once

#include "domain/enums.h"
#include "storage/schema.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

class QSqlQuery;

namespace trellis {

// Everything that differs between SQL databases, in one place: the rest of core/storage writes
// standard SQL and asks its connection's dialect (SqlDialect::of) for the rest. SQLite
// (SqliteDialect) is the one implementation today; a shared PostgreSQL database (QPSQL) is
// meant to be a second one, with its own migrations in resources/sql/<name()>/.
// Methods that take a connection run on it; methods returning SQL build text for the caller's
// statement. Identifiers passed in are Schema's names, never user input.
class SqlDialect {
public:
    enum class OnConflict { Fail, Replace }; // an insert that meets an existing key: fail, or replace the row

    // A foreign key as the database's own catalogue describes it.
    struct CatalogueForeignKey {
        QString column;
        QString parentTable;
        OnDelete onDelete = OnDelete::Restrict;
        bool operator==(const CatalogueForeignKey &) const = default;
    };

    virtual ~SqlDialect() = default;

    // The dialect of a connection, chosen by its Qt driver.
    static const SqlDialect &of(const QSqlDatabase &db);
    // The dialect of the files Trellis opens itself (SQLite).
    static const SqlDialect &standard();

    // "sqlite": names the migrations folder (:/sql/<name>/NNNN_name.sql).
    virtual QString name() const = 0;
    virtual QString driverName() const = 0; // the Qt SQL driver ("QSQLITE")
    QString migrationsFolder() const { return QStringLiteral(":/sql/") + name(); }
    static QString quoted(const QString &identifier);

    // --- Connections ---
    // Per connection: foreign keys enforced, a wait when another writer holds the lock, durable commits.
    [[nodiscard]] virtual Status configureConnection(QSqlDatabase &db) const = 0;
    // Once per database before migrating: the journal that lets readers and one writer work together.
    [[nodiscard]] virtual Status prepareDatabase(QSqlDatabase &db) const = 0;
    // A number that changes when another connection commits (the change notifier polls it).
    [[nodiscard]] virtual std::optional<qint64> dataVersion(const QSqlDatabase &db) const = 0;

    // --- Identity, schema version and migrations ---
    [[nodiscard]] virtual Result<qint64> applicationId(const QSqlDatabase &db) const = 0;
    [[nodiscard]] virtual Result<int> schemaVersion(const QSqlDatabase &db) const = 0;
    // Inside a migration's transaction: marks the database as Trellis's at `version`.
    [[nodiscard]] virtual Status stampSchema(QSqlDatabase &db, quint32 applicationId, int version) const = 0;
    // Runs a script of several statements (a migration; BEGIN/COMMIT of one).
    [[nodiscard]] virtual Status executeScript(QSqlDatabase &db, const QByteArray &script) const = 0;
    // Starts a transaction that holds the write lock from the start (a migration, a bulk load).
    virtual QString beginWriteSql() const = 0;
    // Whether the connection is inside a transaction (an edit then nests as a savepoint).
    [[nodiscard]] virtual bool inTransaction(const QSqlDatabase &db) const = 0;

    // --- Catalogue ---
    // Schema objects of any kind (0: an empty database).
    [[nodiscard]] virtual Result<qint64> objectCount(const QSqlDatabase &db) const = 0;
    // Tables holding rows, in creation order: without the database's internal tables and without
    // the full-text index and its storage.
    [[nodiscard]] virtual Result<QStringList> tables(const QSqlDatabase &db) const = 0;
    // The full-text index tables (compared by their documents, not their storage).
    [[nodiscard]] virtual Result<QStringList> fullTextTables(const QSqlDatabase &db) const = 0;
    [[nodiscard]] virtual Result<QStringList> columns(const QSqlDatabase &db, const QString &table) const = 0;
    [[nodiscard]] virtual Result<QList<CatalogueForeignKey>> foreignKeys(const QSqlDatabase &db,
                                                                         const QString &table) const = 0;

    // --- Statements ---
    // "INSERT INTO table(columns…) VALUES(?…)", with what to do on a key conflict.
    virtual QString insertSql(const QString &table, const QStringList &columns,
                              OnConflict onConflict = OnConflict::Fail) const = 0;
    // The id of the row an insertSql() statement just wrote.
    [[nodiscard]] virtual Result<Id> insertedId(const QSqlQuery &query) const = 0;
    // Insert, or update `valueColumns` of the row with the same `keyColumn` (binds: key, values…).
    virtual QString upsertSql(const QString &table, const QString &keyColumn,
                              const QStringList &valueColumns) const = 0;
    // The texts of `expression` over a group joined by `separator` (an SQL string literal).
    virtual QString stringAggregate(const QString &expression, const QString &separator) const = 0;

    // --- Full-text search (the index and its triggers are made by the dialect's migrations) ---
    // The match expression for a user's words ("" when there are none): every word of two letters
    // or more, as a prefix.
    virtual QString fullTextMatch(const QString &text) const = 0;
    // The id of a hit's source row, as an SQL expression to join on.
    virtual QString fullTextSourceId() const = 0;
    // Hits of one kind with their snippet and score (lower is better), then `extra` columns, joined
    // to `joins`; snippets and joins are built only for the rows returned, never per match (a
    // prefix may match most of a large index). `newest`: the newest rows of the kind (highest ids),
    // for a kind with too many matches to rank quickly (SearchQuery::RankLimit); binds match start,
    // match end, match expression, kind key, limit. Otherwise one ranked row by its index row id
    // (from fullTextRankedSql); binds match start, match end, match expression, row id.
    virtual QString fullTextHitSql(const QString &extra, const QString &joins, bool newest = false) const = 0;
    // The index row ids of a kind's best ranked matches (binds: match expression, kind key, limit).
    virtual QString fullTextRankedSql() const = 0;
    // How many rows of a kind match, counting no further than a limit (binds: match expression,
    // kind key, limit); cheap, no ranking.
    virtual QString fullTextCountSql() const = 0;
    // What fullTextHitSql binds for a kind ("person", "meeting"…).
    virtual QVariant fullTextKindKey(const QString &kind) const = 0;
    // Statements that read the index once, so that the first search does not wait for the disk
    // (run on a worker after the window's first paint).
    virtual QStringList fullTextWarmSql() const = 0;

    // --- The library's own index (schema 6: one document per resource; title, description, tags,
    // attachment text) ---
    // The match expression for the library's search box: words as prefixes like fullTextMatch, and
    // "quoted words" as a phrase (its last word a prefix); "" when there is nothing to search.
    virtual QString libraryMatch(const QString &text) const = 0;
    // The best ranked matches, best first, each as its resource id, the highlighted title, a
    // snippet of the other columns and the score; `where` is extra conditions on the resource
    // aliased `r` ("" or "AND r.kind = ?"). Binds: match start, match end, match start, match end,
    // match expression, where's binds, limit.
    virtual QString libraryRankedSql(const QString &where) const = 0;
    // The same columns for matches newest first (too many to rank quickly), same binds.
    virtual QString libraryNewestSql(const QString &where) const = 0;
    // How many resources match, up to a limit. Binds: match expression, where's binds, limit.
    virtual QString libraryCountSql(const QString &where) const = 0;

    // --- Bulk load (BulkWriter) ---
    // Connection tuning around a bulk load (before it begins, after it ends).
    virtual QString bulkSessionSql(bool starting) const = 0;
    // Inside the bulk transaction: stop per-row indexing; before its commit: index everything once
    // and resume.
    virtual QString suspendIndexingSql() const = 0;
    virtual QString rebuildIndexSql() const = 0;

    // --- Backup and checks ---
    // A consistent copy of the open database into `outPath` (an empty file already there).
    [[nodiscard]] virtual Status backup(const QSqlDatabase &db, const QString &outPath) const = 0;
    [[nodiscard]] virtual Result<qint64> pageCount(const QSqlDatabase &db) const = 0;
    // Structural damage and broken references, one readable line each (empty: healthy).
    [[nodiscard]] virtual Result<QStringList> integrityProblems(const QSqlDatabase &db) const = 0;
    // The quick structural check (pages, b-trees, records; not indexes against tables), at most
    // `limit` problems: cheap enough to run before every import or backup.
    [[nodiscard]] virtual Result<QStringList> quickCheckProblems(const QSqlDatabase &db, int limit) const = 0;
};

} // namespace trellis
