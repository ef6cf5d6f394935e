#include "storage/database.h"
#include "storage/schema.h"
#include "storage/sqldialect.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace trellis;
using trellis::test::TempDatabase;

namespace {

QString describe(const SqlDialect::CatalogueForeignKey &key)
{
    const char *actions[] = {"CASCADE", "SET NULL", "RESTRICT"};
    return key.column + QStringLiteral(" -> ") + key.parentTable + QLatin1Char(' ') +
           QLatin1String(actions[int(key.onDelete)]);
}

// The code's schema definition must be the database's own: same tables, columns (in order) and
// foreign keys with the same ON DELETE, or RowStore would cascade differently from the schema.
void compareWithCatalogue(const QSqlDatabase &db)
{
    const SqlDialect &dialect = SqlDialect::of(db);
    auto tables = dialect.tables(db);
    QVERIFY2(tables.ok(), qPrintable(tables.ok() ? QString() : tables.errorMessage()));
    QStringList defined;
    for (const TableDefinition &table : Schema::tables())
        defined.append(table.name);
    QStringList stored = *tables;
    std::sort(defined.begin(), defined.end());
    std::sort(stored.begin(), stored.end());
    QCOMPARE(stored, defined);

    for (const TableDefinition &table : Schema::tables()) {
        auto columns = dialect.columns(db, table.name);
        QVERIFY(columns.ok());
        QCOMPARE(*columns, table.columns);

        auto keys = dialect.foreignKeys(db, table.name);
        QVERIFY(keys.ok());
        QStringList actual;
        for (const SqlDialect::CatalogueForeignKey &key : std::as_const(*keys))
            actual.append(describe(key));
        QStringList expected;
        for (const ForeignKeyDefinition &key : table.foreignKeys)
            expected.append(describe({key.column, Schema::tableName(key.parent), key.onDelete}));
        actual.sort();
        expected.sort();
        QCOMPARE(actual, expected);
    }
}

} // namespace

class SchemaDefinitionTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldMatchANewDatabase()
    {
        TempDatabase temp;
        compareWithCatalogue(temp.db().connection());
    }

    void shouldMatchEveryMigratedFixture_data()
    {
        QTest::addColumn<QString>("fixture");
        const QDir dir(QStringLiteral(TRELLIS_TEST_DATA_DIR "/schemas"));
        for (const QString &name :
             dir.entryList({QStringLiteral("schema-*.sqlite")}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }

    void shouldMatchEveryMigratedFixture()
    {
        QFETCH(QString, fixture);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(QFile::copy(fixture, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        auto opened = Database::open(path);
        QVERIFY(opened.ok());
        compareWithCatalogue(opened.value()->connection());
    }

    void shouldMapEveryEntityWithATable()
    {
        for (const TableDefinition &table : Schema::tables()) {
            QCOMPARE(Schema::entityOf(table.name), std::optional<Entity>(table.entity));
            QCOMPARE(Schema::find(table.entity), &table);
            QCOMPARE(table.columns.first(), QStringLiteral("id"));
            QVERIFY(table.captionColumn.isEmpty() || table.columns.contains(table.captionColumn));
            QVERIFY(!Schema::label(table.entity).isEmpty());
        }
        QCOMPARE(Schema::find(Entity::Profile), nullptr);
        QCOMPARE(Schema::entityOf(u"no_such_table"), std::optional<Entity>());
    }
};

TRELLIS_REGISTER_TEST(SchemaDefinitionTest);

#include "schemadefinitiontest.moc"
