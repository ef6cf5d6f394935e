#include "storage/sqlitedialect.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

#include <algorithm>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

Error queryError(const QSqlQuery &query)
{
    return Error{query.lastError().text()};
}

Result<qint64> scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql) || !query.next())
        return queryError(query);
    return query.value(0).toLongLong();
}

Status exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return queryError(query);
    return {};
}

OnDelete onDeleteFrom(const QString &action)
{
    if (action.compare(QLatin1String("CASCADE"), Qt::CaseInsensitive) == 0)
        return OnDelete::Cascade;
    if (action.compare(QLatin1String("SET NULL"), Qt::CaseInsensitive) == 0)
        return OnDelete::SetNull;
    return OnDelete::Restrict; // RESTRICT and NO ACTION both refuse the removal
}

// Schema 3's triggers stand still while this settings key exists (0003_search.sql).
const char *const SuspendSearchSql = "INSERT INTO settings(key, value) VALUES('search.suspended', '1') "
                                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value";

// The same documents as the triggers write, for every row at once (see 0003_search.sql).
const char *const RebuildSearchSql =
    "DELETE FROM search_index;"
    "INSERT INTO search_index(rowid, kind, title, body)"
    "  SELECT id * 8 + 1, 'person', title, body FROM search_doc_person;"
    "INSERT INTO search_index(rowid, kind, title, body)"
    "  SELECT id * 8 + 2, 'relationship', title, body FROM search_doc_relationship;"
    "INSERT INTO search_index(rowid, kind, title, body)"
    "  SELECT id * 8 + 3, 'goal', title, body FROM search_doc_goal;"
    "INSERT INTO search_index(rowid, kind, title, body)"
    "  SELECT id * 8 + 4, 'meeting', title, body FROM search_doc_meeting;"
    "INSERT INTO search_index(rowid, kind, title, body)"
    "  SELECT id * 8 + 5, 'contact', title, body FROM search_doc_contact;"
    "INSERT INTO search_index(rowid, kind, title, body)"
    "  SELECT id * 8 + 6, 'resource', title, body FROM search_doc_resource;"
    "DELETE FROM library_index;"
    "INSERT INTO library_index(rowid, title, description, tags, attachments)"
    "  SELECT id, title, description, tags, attachments FROM library_doc;"
    "DELETE FROM settings WHERE key = 'search.suspended';";

} // namespace

const SqlDialect &SqlDialect::of(const QSqlDatabase &db)
{
    // One dialect today; a second one is chosen here by db.driverName().
    Q_UNUSED(db);
    return SqliteDialect::instance();
}

const SqlDialect &SqlDialect::standard()
{
    return SqliteDialect::instance();
}

QString SqlDialect::quoted(const QString &identifier)
{
    QString copy = identifier;
    return QLatin1Char('"') + copy.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

const SqliteDialect &SqliteDialect::instance()
{
    static const SqliteDialect dialect;
    return dialect;
}

bool SqliteDialect::inTransaction(const QSqlDatabase &db) const
{
    sqlite3 *handle = nativeHandle(db);
    return handle && sqlite3_get_autocommit(handle) == 0;
}

sqlite3 *SqliteDialect::nativeHandle(const QSqlDatabase &db)
{
    if (!db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

Status SqliteDialect::configureConnection(QSqlDatabase &db) const
{
    for (const char *pragma :
         {"PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 5000", "PRAGMA synchronous = FULL"}) {
        if (auto s = exec(db, QLatin1String(pragma)); !s)
            return s;
    }
    return {};
}

Status SqliteDialect::prepareDatabase(QSqlDatabase &db) const
{
    QSqlQuery journal(db);
    if (!journal.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !journal.next() ||
        journal.value(0).toString() != QLatin1String("wal"))
        return Error{tr("write-ahead logging is unavailable (%1).").arg(journal.lastError().text())};
    return {};
}

std::optional<qint64> SqliteDialect::dataVersion(const QSqlDatabase &db) const
{
    auto version = scalar(db, QStringLiteral("PRAGMA data_version"));
    return version ? std::optional<qint64>(*version) : std::nullopt;
}

Result<qint64> SqliteDialect::applicationId(const QSqlDatabase &db) const
{
    return scalar(db, QStringLiteral("PRAGMA application_id"));
}

Result<int> SqliteDialect::schemaVersion(const QSqlDatabase &db) const
{
    auto version = scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    return int(*version);
}

Status SqliteDialect::stampSchema(QSqlDatabase &db, quint32 applicationId, int version) const
{
    return executeScript(db, QByteArray("PRAGMA application_id = ") + QByteArray::number(applicationId) +
                                 "; PRAGMA user_version = " + QByteArray::number(version) + ";");
}

Status SqliteDialect::executeScript(QSqlDatabase &db, const QByteArray &script) const
{
    // QSqlQuery runs one statement; sqlite3_exec runs a whole script.
    sqlite3 *handle = nativeHandle(db);
    if (!handle)
        return Error{tr("the SQLite driver is unavailable.")};
    char *message = nullptr;
    if (sqlite3_exec(handle, script.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(handle));
        sqlite3_free(message);
        return Error{text};
    }
    return {};
}

Result<qint64> SqliteDialect::objectCount(const QSqlDatabase &db) const
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
}

Result<QStringList> SqliteDialect::fullTextTables(const QSqlDatabase &db) const
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                   "AND sql LIKE 'CREATE VIRTUAL TABLE%' ORDER BY rowid")))
        return queryError(query);
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

Result<QStringList> SqliteDialect::tables(const QSqlDatabase &db) const
{
    auto virtuals = fullTextTables(db);
    if (!virtuals)
        return virtuals.error();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                   "'sqlite_%' ORDER BY rowid")))
        return queryError(query);
    QStringList names;
    while (query.next()) {
        const QString name = query.value(0).toString();
        // FTS5 keeps its index in shadow tables named after it ("search_index_data").
        const bool fullText = std::any_of(virtuals->cbegin(), virtuals->cend(), [&](const QString &table) {
            return name == table || name.startsWith(table + QLatin1Char('_'));
        });
        if (!fullText)
            names.append(name);
    }
    return names;
}

Result<QStringList> SqliteDialect::columns(const QSqlDatabase &db, const QString &table) const
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table))))
        return queryError(query);
    QStringList names;
    while (query.next())
        names.append(query.value(1).toString());
    return names;
}

Result<QList<SqlDialect::CatalogueForeignKey>> SqliteDialect::foreignKeys(const QSqlDatabase &db,
                                                                          const QString &table) const
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(quoted(table))))
        return queryError(query);
    QList<CatalogueForeignKey> keys;
    while (query.next())
        keys.append(
            {query.value(3).toString(), query.value(2).toString(), onDeleteFrom(query.value(6).toString())});
    return keys;
}

QString SqliteDialect::insertSql(const QString &table, const QStringList &columns,
                                 OnConflict onConflict) const
{
    QStringList names;
    QStringList marks;
    for (const QString &column : columns) {
        names.append(quoted(column));
        marks.append(QStringLiteral("?"));
    }
    const QString verb = onConflict == OnConflict::Replace ? QStringLiteral("INSERT OR REPLACE INTO ")
                                                           : QStringLiteral("INSERT INTO ");
    return verb + quoted(table) + QStringLiteral(" (") + names.join(QLatin1Char(',')) +
           QStringLiteral(") VALUES (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
}

Result<Id> SqliteDialect::insertedId(const QSqlQuery &query) const
{
    const QVariant id = query.lastInsertId();
    if (!id.isValid())
        return Error{tr("the database did not say which id it gave the new row.")};
    return id.toLongLong();
}

QString SqliteDialect::upsertSql(const QString &table, const QString &keyColumn,
                                 const QStringList &valueColumns) const
{
    QStringList assignments;
    for (const QString &column : valueColumns)
        assignments.append(quoted(column) + QStringLiteral(" = excluded.") + quoted(column));
    return insertSql(table, QStringList{keyColumn} + valueColumns) + QStringLiteral(" ON CONFLICT(") +
           quoted(keyColumn) + QStringLiteral(") DO UPDATE SET ") + assignments.join(QStringLiteral(", "));
}

QString SqliteDialect::stringAggregate(const QString &expression, const QString &separator) const
{
    return QStringLiteral("group_concat(%1, %2)").arg(expression, separator);
}

QString SqliteDialect::fullTextMatch(const QString &text) const
{
    // FTS5: each word as a quoted prefix term, all required ("mar cos" -> "mar"* "cos"*). A
    // one-letter word is left out: no prefix index covers it, and it matches most of the index.
    static const QRegularExpression separators(QStringLiteral("[\\s\"]+"));
    QStringList terms;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts)) {
        if (word.size() >= 2)
            terms.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
    }
    return terms.join(QLatin1Char(' '));
}

QString SqliteDialect::fullTextSourceId() const
{
    // rowid = source id * 8 + kind code (0003_search.sql).
    return QStringLiteral("search_index.rowid / 8");
}

QString SqliteDialect::fullTextHitSql(const QString &extra, const QString &joins, bool newest) const
{
    // The kind is the rowid's remainder (0003_search.sql), so FTS5 never reads the content table for
    // the UNINDEXED kind of each match. FTS5 walks a match's rows in rowid order and stops at the
    // LIMIT, and it seeks a single rowid directly; an IN list of rowids it cannot seek, and it
    // walked every match of the term (on the large demo "ma" matches tens of thousands of rows:
    // ~40 ms a group). bm25: the title weighs more than the body.
    const QString select = QStringLiteral("SELECT ") + fullTextSourceId() +
                           QStringLiteral(", search_index.title, snippet(search_index, -1, ?, ?, '…', 12), "
                                          "bm25(search_index, 0, 4.0, 1.0) AS score, ") +
                           extra + QStringLiteral(" FROM search_index ") + joins +
                           QStringLiteral(" WHERE search_index MATCH ? AND ");
    if (newest)
        return select + QStringLiteral("search_index.rowid % 8 = ? ORDER BY search_index.rowid DESC LIMIT ?");
    return select + QStringLiteral("search_index.rowid = ?");
}

QString SqliteDialect::fullTextRankedSql() const
{
    return QStringLiteral("SELECT rowid FROM search_index WHERE search_index MATCH ? AND rowid % 8 = ? "
                          "ORDER BY bm25(search_index, 0, 4.0, 1.0) LIMIT ?");
}

QString SqliteDialect::fullTextCountSql() const
{
    return QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM search_index WHERE search_index MATCH ? "
                          "AND rowid % 8 = ? LIMIT ?)");
}

QVariant SqliteDialect::fullTextKindKey(const QString &kind) const
{
    // rowid = source id * 8 + this code (0003_search.sql).
    static const QStringList codes = {QString(),
                                      QStringLiteral("person"),
                                      QStringLiteral("relationship"),
                                      QStringLiteral("goal"),
                                      QStringLiteral("meeting"),
                                      QStringLiteral("contact"),
                                      QStringLiteral("resource")};
    const qsizetype code = codes.indexOf(kind);
    return code > 0 ? QVariant(int(code)) : QVariant(-1);
}

QStringList SqliteDialect::fullTextWarmSql() const
{
    // The index's segments (what every MATCH reads) and the document sizes (what bm25 reads).
    return {QStringLiteral("SELECT sum(length(block)) FROM search_index_data"),
            QStringLiteral("SELECT sum(sz IS NOT NULL) FROM search_index_docsize")};
}

// bm25 weights per column of library_index: a word in the title counts most, then the tags, the
// description, and the attachments' text (long, so each word there says least).
#define TRELLIS_LIBRARY_BM25 "bm25(library_index, 8.0, 2.0, 4.0, 1.0)"

QString SqliteDialect::libraryMatch(const QString &text) const
{
    // Outside quotes: each word a prefix term (as fullTextMatch). Inside: one FTS5 phrase of the
    // words, the last one a prefix ("cv temp" finds "CV template"). An unclosed quote runs to the end.
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QStringList terms;
    const QStringList parts = text.split(QLatin1Char('"'));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QStringList words = parts.at(i).split(spaces, Qt::SkipEmptyParts);
        if (i % 2 == 1 && words.size() > 1) {
            terms.append(QLatin1Char('"') + words.join(QLatin1Char(' ')) + QStringLiteral("\"*"));
            continue;
        }
        for (const QString &word : words) {
            if (word.size() >= 2)
                terms.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
        }
    }
    return terms.join(QLatin1Char(' '));
}

// The hit's columns, computed in the ranking statement itself: one statement for every hit,
// not one per hit (each MATCH is parsed and run again).
#define TRELLIS_LIBRARY_HIT                                                                                  \
    "library_index.rowid, highlight(library_index, 0, ?, ?), snippet(library_index, -1, ?, ?, '…', "       \
    "14), " TRELLIS_LIBRARY_BM25

// CROSS JOIN keeps the full-text index the outer loop: otherwise SQLite may walk every resource of
// a kind and run the MATCH once for each of them (seconds on a large library).
QString SqliteDialect::libraryRankedSql(const QString &where) const
{
    // The join only when filtering: FTS5 then ranks in the index alone.
    if (where.isEmpty())
        return QStringLiteral("SELECT " TRELLIS_LIBRARY_HIT " FROM library_index WHERE library_index MATCH ? "
                              "ORDER BY " TRELLIS_LIBRARY_BM25 " LIMIT ?");
    return QStringLiteral("SELECT " TRELLIS_LIBRARY_HIT
                          " FROM library_index CROSS JOIN resource r ON r.id = library_index.rowid "
                          "WHERE library_index MATCH ? ") +
           where + QStringLiteral(" ORDER BY " TRELLIS_LIBRARY_BM25 " LIMIT ?");
}

QString SqliteDialect::libraryNewestSql(const QString &where) const
{
    return QStringLiteral("SELECT " TRELLIS_LIBRARY_HIT
                          " FROM library_index CROSS JOIN resource r ON r.id = library_index.rowid "
                          "WHERE library_index MATCH ? ") +
           where + QStringLiteral(" ORDER BY library_index.rowid DESC LIMIT ?");
}

QString SqliteDialect::libraryCountSql(const QString &where) const
{
    return QStringLiteral(
               "SELECT count(*) FROM (SELECT library_index.rowid FROM library_index "
               "CROSS JOIN resource r ON r.id = library_index.rowid WHERE library_index MATCH ? ") +
           where + QStringLiteral(" LIMIT ?)");
}

#undef TRELLIS_LIBRARY_HIT
#undef TRELLIS_LIBRARY_BM25

QString SqliteDialect::bulkSessionSql(bool starting) const
{
    // A larger page cache while a bulk transaction is open keeps index pages in memory.
    return starting ? QStringLiteral("PRAGMA cache_size = -65536")
                    : QStringLiteral("PRAGMA cache_size = -2000");
}

QString SqliteDialect::suspendIndexingSql() const
{
    return QString::fromLatin1(SuspendSearchSql);
}

QString SqliteDialect::rebuildIndexSql() const
{
    return QString::fromLatin1(RebuildSearchSql);
}

Status SqliteDialect::backup(const QSqlDatabase &db, const QString &outPath) const
{
    // VACUUM INTO writes a consistent snapshot while the database stays open (into an empty file).
    QSqlQuery query(db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(outPath);
    if (!query.exec())
        return queryError(query);
    return {};
}

Result<qint64> SqliteDialect::pageCount(const QSqlDatabase &db) const
{
    return scalar(db, QStringLiteral("PRAGMA page_count"));
}

Result<QStringList> SqliteDialect::quickCheckProblems(const QSqlDatabase &db, int limit) const
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA quick_check(%1)").arg(std::max(1, limit))))
        return QStringList{query.lastError().databaseText()};
    QStringList problems;
    while (query.next()) {
        // A row may hold several lines, and "*** in database main ***" headings.
        for (const QString &line : query.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line != QLatin1String("ok") && !line.startsWith(QLatin1String("***")))
                problems << line.trimmed();
        }
    }
    return problems;
}

Result<QStringList> SqliteDialect::integrityProblems(const QSqlDatabase &db) const
{
    QStringList problems;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        problems << tr("integrity check failed: %1").arg(query.lastError().databaseText());
    } else {
        while (query.next()) {
            const QString line = query.value(0).toString();
            if (line != QLatin1String("ok"))
                problems << tr("integrity: %1").arg(line);
        }
    }
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        problems << tr("foreign key check failed: %1").arg(query.lastError().databaseText());
    } else {
        while (query.next())
            problems << tr("foreign key: row %1 of %2 refers to a missing %3 row")
                            .arg(query.value(1).toString(), query.value(0).toString(),
                                 query.value(2).toString());
    }
    return problems;
}

} // namespace trellis
