#include "clirunner.h"
#include "io/meetingfixture.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace trellis;
using namespace trellis::test;

// Issue 16, item 2: a file with one damaged page in the middle (a leaf of the meeting table)
// used to open without a word and take an import. Now the writing work (import-ics,
// import-roster) and backup check the file first: each refuses in one line naming the damage,
// exits 1 and leaves the file byte-identical; the backup leaves no copy.
class CliDamagedFileTest : public QObject {
    Q_OBJECT

private:
    // A closed database of 300 meetings, one of whose meeting-table leaf pages is overwritten.
    static QByteArray damagedDatabase(TempDatabase &temp)
    {
        qint64 page = 0;
        qint64 pageSize = 0;
        {
            MeetingFixture f(temp.db().connection());
            const qint64 relationship = f.addAdaAndGrace();
            for (int i = 0; i < 300; ++i) {
                MeetingSpec spec;
                spec.title = QStringLiteral("Session %1 with a title long enough to fill pages").arg(i);
                spec.startLocal = QDateTime(QDate(2026, 1, 5).addDays(i), QTime(10, 0)).toString(Qt::ISODate);
                spec.timezone = QStringLiteral("Europe/Berlin");
                f.addMeeting(relationship, spec);
            }
            QSqlQuery query(temp.db().connection());
            if (query.exec(
                    QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'meeting' AND pagetype = 'leaf' "
                                   "ORDER BY pageno"))) {
                QList<qint64> leaves;
                while (query.next())
                    leaves << query.value(0).toLongLong();
                if (leaves.size() >= 3)
                    page = leaves.at(leaves.size() / 2); // one in the middle
            }
            if (query.exec(QStringLiteral("PRAGMA page_size")) && query.next())
                pageSize = query.value(0).toLongLong();
        }
        temp.close();
        if (page == 0 || pageSize == 0)
            return {};
        QFile file(temp.path());
        if (!file.open(QIODevice::ReadWrite) || !file.seek((page - 1) * pageSize))
            return {};
        file.write(QByteArray(64, '\xA5')); // its page header and first cell pointers
        file.close();
        return readAll(temp.path());
    }

private Q_SLOTS:
    void shouldRefuseToWriteIntoOrCopyADamagedFile()
    {
        TempDatabase temp;
        const QByteArray before = damagedDatabase(temp);
        QVERIFY(!before.isEmpty());
        const QString path = temp.path();

        const QString ics = temp.file(QStringLiteral("one.ics"));
        QVERIFY(writeOneEventCalendar(ics));
        QFile csv(temp.file(QStringLiteral("people.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("Name,Email,Role\nBen Ode,ben@example.org,mentee\n");
        csv.close();

        const QList<QStringList> writes{
            {QStringLiteral("import-ics"), path, QStringLiteral("--relationship"), QStringLiteral("1"), ics},
            {QStringLiteral("import-roster"), path, csv.fileName()},
            {QStringLiteral("backup"), path, QStringLiteral("-o"), temp.file(QStringLiteral("copy.sqlite"))}};
        for (const QStringList &arguments : writes) {
            const CliResult result = runCli(arguments);
            QVERIFY2(result.exitCode == 1,
                     qPrintable(arguments.first() + QLatin1Char(' ') + result.out + result.err));
            QVERIFY2(result.err.contains(QStringLiteral("damaged")), qPrintable(result.err));
            QCOMPARE(result.err.trimmed().count(QLatin1Char('\n')), 0);
            QCOMPARE(readAll(path), before);
            QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) ||
                    QFileInfo(path + QStringLiteral("-wal")).size() == 0);
        }
        QVERIFY(!QFile::exists(temp.file(QStringLiteral("copy.sqlite"))));
    }
};

TRELLIS_REGISTER_TEST(CliDamagedFileTest);

#include "clidamagedfiletest.moc"
