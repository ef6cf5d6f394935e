#include "changenotifier.h"
#include "commands/edits.h"
#include "io/linkcsv.h"
#include "services/resourceservice.h"
#include "storage/libraryquery.h"
#include "testlib/databasedump.h"
#include "testlib/sampledata.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"

#include <QTest>
#include <QUndoStack>

using namespace trellis;
using namespace trellis::test;

// Importing a CSV list of links into the library (issue 12, item 4): the first bad cell refuses
// the whole file naming file, line and field; spreadsheet formulas are plain text; duplicates (same
// URL as the library or an earlier line) are left out and named; the new links go in one
// transaction and one undo step.
class LinkImportTest : public QObject {
    Q_OBJECT

private:
    static QStringList titles(Database &db)
    {
        auto items = LibraryQuery(db.connection()).find(LibraryFilter{});
        QStringList out;
        for (const LibraryItem &item : items.value())
            out.append(item.resource.title);
        return out;
    }

private Q_SLOTS:
    void shouldReadColumnsInAnyOrderAndKeepFormulasAsText()
    {
        auto rows = LinkCsv::parse(
            QByteArrayLiteral("\xEF\xBB\xBFTitle;URL;Tags;Kind;Deadline;Organisation\r\n"
                              "\"=HYPERLINK(\"\"x\"\")\";https://example.org/a;\"career; cv ;Career\";"
                              "Job lead;2026-04-01;+Acme\r\n"
                              ";https://example.org/b;;;;\r\n"),
            QStringLiteral("links.csv"));
        QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.errorMessage()));
        QCOMPARE(rows->size(), 2);
        const Resource &lead = rows->at(0).resource;
        QCOMPARE(rows->at(0).line, 2);
        QCOMPARE(lead.title, QStringLiteral("=HYPERLINK(\"x\")"));
        QCOMPARE(lead.organisation, QStringLiteral("+Acme"));
        QCOMPARE(lead.kind, ResourceKind::JobLead);
        QCOMPARE(lead.deadline, QDate(2026, 4, 1));
        QCOMPARE(lead.tags, (QStringList{QStringLiteral("career"), QStringLiteral("cv")}));
        // A missing title is the address; a missing kind a link.
        QCOMPARE(rows->at(1).resource.title, QStringLiteral("https://example.org/b"));
        QCOMPARE(rows->at(1).resource.kind, ResourceKind::Link);
    }

    void shouldNameFileLineAndFieldOfABadCell_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not a web address")
            << QByteArrayLiteral("url,title\nhttps://example.org/a,A\n=cmd|' /C calc'!A0,B\n")
            << QStringLiteral("links.csv, line 3, field \u201curl\u201d");
        QTest::newRow("empty address") << QByteArrayLiteral("title,url\nA,https://example.org/a\nB,\n")
                                       << QStringLiteral("links.csv, line 3, field \u201curl\u201d");
        QTest::newRow("bad date") << QByteArrayLiteral("url,deadline\nhttps://example.org/a,31/12/2026\n")
                                  << QStringLiteral("links.csv, line 2, field \u201cdeadline\u201d");
        QTest::newRow("bad kind") << QByteArrayLiteral("url,kind\nhttps://example.org/a,podcast\n")
                                  << QStringLiteral("links.csv, line 2, field \u201ckind\u201d");
        QTest::newRow("unknown column") << QByteArrayLiteral("url,colour\nhttps://example.org/a,red\n")
                                        << QStringLiteral("links.csv, line 1, field \u201ccolour\u201d");
        QTest::newRow("no url column")
            << QByteArrayLiteral("title\nA\n") << QStringLiteral("links.csv, line 1, field \u201curl\u201d");
        // The line a record starts on, also after a quoted cell with a line break.
        QTest::newRow("after a multi-line cell")
            << QByteArrayLiteral("url,description\nhttps://example.org/a,\"two\nlines\"\nftp://x,\n")
            << QStringLiteral("links.csv, line 4, field \u201curl\u201d");
    }

    void shouldNameFileLineAndFieldOfABadCell()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        auto rows = LinkCsv::parse(csv, QStringLiteral("links.csv"));
        QVERIFY(!rows.ok());
        QVERIFY2(rows.errorMessage().startsWith(expected), qPrintable(rows.errorMessage()));
    }

    void shouldImportNewLinksInOneUndoStepLeavingDuplicatesOut()
    {
        TempDatabase temp;
        const SampleData data = SampleData::create(temp.db());
        ChangeNotifier notifier;
        QUndoStack stack;
        Edits edits(temp.db(), &notifier, &stack);
        Resource existing;
        existing.title = QStringLiteral("Already here");
        existing.url = QStringLiteral("https://example.org/here");
        QVERIFY(edits.addResource(existing).ok());
        const QString before = dumpDatabase(temp.db().connection());
        const int steps = stack.count();

        auto rows = LinkCsv::parse(QByteArrayLiteral("url,title,tags\n"
                                                     "https://example.org/one,One,career;new tag\n"
                                                     "https://example.org/here,Copy of here,\n"
                                                     "https://example.org/two,Two,\n"
                                                     "https://example.org/one,One again,\n"),
                                   QStringLiteral("links.csv"));
        QVERIFY(rows.ok());
        auto plan = edits.planLinkImport(*rows);
        QVERIFY(plan.ok());
        QCOMPARE(plan->toAdd.size(), 2);
        QCOMPARE(plan->duplicates.size(), 2);
        QCOMPARE(plan->duplicates.at(0).line, 3);
        QCOMPARE(plan->duplicates.at(0).existingTitle, QStringLiteral("Already here"));
        QCOMPARE(plan->duplicates.at(1).line, 5);
        QCOMPARE(plan->duplicates.at(1).earlierLine, 2);

        auto imported = edits.importLinks(*rows, data.mentor);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.errorMessage()));
        QCOMPARE(stack.count(), steps + 1);
        const QStringList after = titles(temp.db());
        QVERIFY(after.contains(QStringLiteral("One")));
        QVERIFY(after.contains(QStringLiteral("Two")));
        QVERIFY(!after.contains(QStringLiteral("One again")));
        QVERIFY(!after.contains(QStringLiteral("Copy of here")));
        auto tags = LibraryQuery(temp.db().connection()).tags();
        QVERIFY(tags.ok());
        QVERIFY(std::any_of(tags->cbegin(), tags->cend(), [](const LibraryTag &t) {
            return t.name == QStringLiteral("new tag") && t.id > 0;
        }));

        // One step undoes them all.
        stack.undo();
        QCOMPARE(dumpDatabase(temp.db().connection()), before);

        // Nothing new at all: refused, nothing written, no step.
        auto again =
            LinkCsv::parse(QByteArrayLiteral("url\nhttps://example.org/here\n"), QStringLiteral("x.csv"));
        QVERIFY(again.ok());
        QVERIFY(!edits.importLinks(*again, data.mentor).ok());
        QCOMPARE(dumpDatabase(temp.db().connection()), before);
    }

    void shouldWriteNothingWhenARowIsRefusedInsideTheTransaction()
    {
        TempDatabase temp;
        const SampleData data = SampleData::create(temp.db());
        ResourceService service(temp.db());
        const QString before = dumpDatabase(temp.db().connection());
        // Rows made in code (not through the parser) may hold what the domain refuses: a title of
        // spaces on the second row must take the first row back with it.
        QList<LinkRow> rows(2);
        rows[0].line = 2;
        rows[0].resource.title = QStringLiteral("Fine");
        rows[0].resource.url = QStringLiteral("https://example.org/fine");
        rows[1].line = 3;
        rows[1].resource.title = QStringLiteral("   ");
        rows[1].resource.url = QStringLiteral("https://example.org/blank");
        auto imported = service.importLinks(rows, data.mentor);
        QVERIFY(!imported.ok());
        QVERIFY2(imported.errorMessage().startsWith(QStringLiteral("Line 3")),
                 qPrintable(imported.errorMessage()));
        QCOMPARE(dumpDatabase(temp.db().connection()), before);
    }
};

TRELLIS_REGISTER_TEST(LinkImportTest);
#include "linkimporttest.moc"
