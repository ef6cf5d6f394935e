#include "storage/sqliterows.h"

#include "storage/database.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"

#include <QSqlQuery>
#include <QTest>

using namespace trellis;

// SqliteRows reads through SQLite's own statement: named and positional parameters, integers,
// texts (shared ones too) and NULLs, and a clear error for a parameter the read does not have.
class SqliteRowsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldBindByNameAndPositionAndReadEachType()
    {
        test::TempDatabase temp;
        QSqlDatabase db = temp.db().connection();
        QSqlQuery setup(db);
        QVERIFY(setup.exec(QStringLiteral("CREATE TEMP TABLE t (n INTEGER, s TEXT)")));
        QVERIFY(
            setup.exec(QStringLiteral("INSERT INTO t VALUES (1, 'Zoë'), (2, 'Zoë'), (3, NULL), (4, 'x')")));

        auto rows = SqliteRows::prepare(db, QStringLiteral("SELECT n, s FROM t WHERE n >= :low AND n <= ? "
                                                           "AND (s IS NULL OR s <> ?) ORDER BY n"));
        QVERIFY(rows.ok());
        QVERIFY(rows->bind(QStringLiteral(":low"), qint64(2)));
        QVERIFY(rows->bind(2, qint64(4)));
        QVERIFY(rows->bind(3, QStringLiteral("x")));
        QVERIFY(!rows->bind(4, qint64(0))); // there is no fourth parameter
        QVERIFY(!rows->bind(QStringLiteral(":high"), qint64(0)));

        QVERIFY(rows->next());
        QCOMPARE(rows->integer(0), qint64(2));
        QCOMPARE(rows->sharedText(1), QStringLiteral("Zoë"));
        QVERIFY(!rows->isNull(1));
        QVERIFY(rows->next());
        QCOMPARE(rows->integer(0), qint64(3));
        QVERIFY(rows->isNull(1));
        QVERIFY(!rows->next()); // 4 is 'x'
        QVERIFY(rows->status().ok());
    }

    void shouldRefuseAReadThatDoesNotPrepare()
    {
        test::TempDatabase temp;
        auto rows = SqliteRows::prepare(temp.db().connection(), QStringLiteral("SELECT nope FROM nowhere"));
        QVERIFY(!rows.ok());
        QVERIFY2(rows.errorMessage().contains(QStringLiteral("nowhere")), qPrintable(rows.errorMessage()));
    }
};

TRELLIS_REGISTER_TEST(SqliteRowsTest);

#include "sqliterowstest.moc"
