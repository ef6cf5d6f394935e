#include "io/meetingfixture.h"
#include "storage/database.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace trellis;
using namespace trellis::test;

namespace {

// A calendar of `count` one-hour events with UIDs of their own (prefix), in UTC.
QByteArray calendar(const QString &prefix, int count)
{
    QByteArray text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Trellis tests//EN\r\n");
    const QDateTime first(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        const QDateTime start = first.addSecs(qint64(i) * 7200);
        text += "BEGIN:VEVENT\r\nUID:" + prefix.toUtf8() + '-' + QByteArray::number(i) +
                "@example.org\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:" +
                start.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toUtf8() +
                "\r\nDTEND:" + start.addSecs(3600).toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toUtf8() +
                "\r\nSUMMARY:Session " + QByteArray::number(i) + "\r\nEND:VEVENT\r\n";
    }
    return text + "END:VCALENDAR\r\n";
}

} // namespace

// Issue 16, item 7: two writers on one file. Each edit begins IMMEDIATE, so the second import
// waits for the first's write lock (the busy timeout) instead of failing with "database is
// locked": two imports started together both succeed, 20 times out of 20, and nothing is lost.
class CliConcurrentWriteTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldLetTwoImportsIntoOneFileBothSucceed()
    {
        constexpr int runs = 20;
        constexpr int events = 400;
        TempDatabase files;
        const QString first = files.file(QStringLiteral("first.ics"));
        const QString second = files.file(QStringLiteral("second.ics"));
        for (const auto &[path, prefix] :
             {std::pair{first, QStringLiteral("a")}, std::pair{second, QStringLiteral("b")}}) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            QVERIFY(out.write(calendar(prefix, events)) > 0);
        }
        int bothSucceeded = 0;
        for (int run = 0; run < runs; ++run) {
            TempDatabase temp;
            {
                MeetingFixture f(temp.db().connection());
                f.addAdaAndGrace();
                temp.close();
            }
            QProcess a;
            QProcess b;
            const QStringList common{QStringLiteral("import-ics"), temp.path(),
                                     QStringLiteral("--relationship"), QStringLiteral("1")};
            a.start(QStringLiteral(TRELLIS_CLI_PATH), common + QStringList{first});
            b.start(QStringLiteral(TRELLIS_CLI_PATH), common + QStringList{second});
            QVERIFY(a.waitForFinished(120000));
            QVERIFY(b.waitForFinished(120000));
            const QString errors = QString::fromUtf8(a.readAllStandardError() + b.readAllStandardError());
            QVERIFY2(a.exitStatus() == QProcess::NormalExit && a.exitCode() == 0, qPrintable(errors));
            QVERIFY2(b.exitStatus() == QProcess::NormalExit && b.exitCode() == 0, qPrintable(errors));

            // Every event of both files is there.
            auto opened = Database::open(temp.path());
            QVERIFY(opened.ok());
            QSqlQuery count((*opened)->connection());
            QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM meeting")) && count.next());
            QCOMPARE(count.value(0).toInt(), 2 * events);
            ++bothSucceeded;
        }
        QCOMPARE(bothSucceeded, runs);
    }
};

TRELLIS_REGISTER_TEST(CliConcurrentWriteTest);

#include "cliconcurrentwritetest.moc"
