#include "storage/edittransaction.h"

#include "storage/database.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace trellis;
using namespace trellis::test;

namespace {

QByteArray fileBytes(const QString &path)
{
    QByteArray all = readAll(path);
    if (QFile::exists(path + QStringLiteral("-wal")))
        all += readAll(path + QStringLiteral("-wal"));
    return all;
}

int people(QSqlDatabase db)
{
    QSqlQuery count(db);
    return count.exec(QStringLiteral("SELECT count(*) FROM person")) && count.next() ? count.value(0).toInt()
                                                                                     : -1;
}

} // namespace

// Issue 16, item 4: an edit takes the write lock when it begins (so a second writer waits for the
// busy timeout, and a lock that outlasts it is named for what it is), and a refused edit commits
// nothing at all: the file stays byte-identical.
class EditTransactionTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldLeaveTheFileByteIdenticalWhenAnEditIsRefused()
    {
        TempDatabase temp;
        QSqlDatabase db = temp.db().connection();
        QSqlQuery checkpoint(db);
        QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        const QByteArray before = fileBytes(temp.path());

        // The edit writes a row, then fails: everything is rolled back and nothing committed.
        auto refused = EditTransaction::run(db, [](RowStore &rows) -> Result<Id> {
            if (auto added =
                    rows.insert(Entity::Person, {{QStringLiteral("display_name"), QStringLiteral("Ada")}});
                !added)
                return added.error();
            return Error{QStringLiteral("refused on purpose")};
        });
        QVERIFY(!refused.ok());
        QCOMPARE(refused.errorMessage(), QStringLiteral("refused on purpose"));
        QCOMPARE(people(db), 0);
        QCOMPARE(fileBytes(temp.path()), before);

        // A dry run leaves it as it was, too.
        QVERIFY(EditTransaction::tryOut(db, [](RowStore &rows) -> Status {
            return rows.insert(Entity::Person, {{QStringLiteral("display_name"), QStringLiteral("Ada")}}).ok()
                       ? Status()
                       : Status(Error{QStringLiteral("no")});
        }));
        QCOMPARE(fileBytes(temp.path()), before);
    }

    void shouldNameAnotherWriterThatHoldsTheLockTooLong()
    {
        TempDatabase temp;
        // A second Database on the same file (another Trellis) holds the write lock.
        auto other = Database::open(temp.path());
        QVERIFY(other.ok());
        QSqlQuery holder((*other)->connection());
        QVERIFY(holder.exec(QStringLiteral("BEGIN IMMEDIATE")));

        QSqlDatabase db = temp.db().connection();
        QSqlQuery shortWait(db);
        QVERIFY(shortWait.exec(QStringLiteral("PRAGMA busy_timeout = 200")));
        auto blocked = EditTransaction::run(db, [](RowStore &rows) -> Result<Id> {
            return rows.insert(Entity::Person, {{QStringLiteral("display_name"), QStringLiteral("Ada")}});
        });
        QVERIFY(!blocked.ok());
        QVERIFY2(blocked.errorMessage().contains(QStringLiteral("another Trellis")),
                 qPrintable(blocked.errorMessage()));
        QVERIFY(holder.exec(QStringLiteral("ROLLBACK")));

        // Once the lock is free the same edit goes through.
        auto done = EditTransaction::run(db, [](RowStore &rows) -> Result<Id> {
            return rows.insert(Entity::Person, {{QStringLiteral("display_name"), QStringLiteral("Ada")}});
        });
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.errorMessage()));
        QCOMPARE(people(db), 1);
    }

    void shouldNestInsideACallersTransaction()
    {
        TempDatabase temp;
        QSqlDatabase db = temp.db().connection();
        QSqlQuery outer(db);
        QVERIFY(outer.exec(QStringLiteral("BEGIN IMMEDIATE")));
        auto first = EditTransaction::run(db, [](RowStore &rows) -> Result<Id> {
            return rows.insert(Entity::Person, {{QStringLiteral("display_name"), QStringLiteral("Ada")}});
        });
        QVERIFY(first.ok());
        auto second = EditTransaction::run(db, [](RowStore &rows) -> Result<Id> {
            if (auto added =
                    rows.insert(Entity::Person, {{QStringLiteral("display_name"), QStringLiteral("Ben")}});
                !added)
                return added.error();
            return Error{QStringLiteral("refused")};
        });
        QVERIFY(!second.ok());
        // The refused inner edit is undone, the first one stays, the caller still owns the transaction.
        QCOMPARE(people(db), 1);
        QVERIFY(outer.exec(QStringLiteral("ROLLBACK")));
        QCOMPARE(people(db), 0);
    }
};

TRELLIS_REGISTER_TEST(EditTransactionTest);

#include "edittransactiontest.moc"
