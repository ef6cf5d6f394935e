#include "library/librarypage.h"
#include "models/backgroundjob.h"
#include "models/librarylistmodel.h"
#include "storage/libraryquery.h"
#include "testlib/sampledata.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "ui/workspacefixture.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace trellis;
using namespace trellis::test;

// Files added to the Library place are read and written on worker threads (a 20 MB PDF would
// otherwise hold the GUI for half a second; tests/benchmarks/libraryprobe.cpp measures it), and
// still become one undo step each, announced so the list shows them (issue 12).
class LibraryFilesTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { BackgroundJob::drain(); }

    void shouldAddFilesOnAWorkerAsOneUndoStepEach()
    {
        TempDatabase temp;
        const SampleData data = SampleData::create(temp.db());
        WorkspaceFixture fixture(temp.db(), Profile{data.mentor, Role::Mentor});
        LibraryPage page(fixture.context);
        page.resize(1200, 800);
        page.show();
        QTRY_VERIFY(page.model()->rowCount() > 0);
        QTemporaryDir dir;
        QStringList paths;
        for (const char *name : {"interview-notes.md", "salary-guide.txt"}) {
            const QString path = dir.filePath(QString::fromLatin1(name));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray("# ") + name + "\n\nPractise the counteroffer conversation.\n");
            paths.append(path);
        }
        const int steps = fixture.stack->count();
        QSignalSpy handled(&page, &LibraryPage::filesHandled);
        page.addFiles(paths); // two files: no form to fill in
        QVERIFY(handled.wait(20000));
        QCOMPARE(fixture.stack->count(), steps + 2);
        QCOMPARE(fixture.stack->undoText(), QStringLiteral("Add resource"));
        const auto titles = [&] {
            QStringList out;
            for (const LibraryItem &item : page.model()->items())
                out.append(item.resource.title);
            return out;
        };
        QTRY_VERIFY(titles().contains(QStringLiteral("interview-notes")) &&
                    titles().contains(QStringLiteral("salary-guide")));
        LibraryFilter filter;
        filter.text = QStringLiteral("counteroffer");
        QCOMPARE(LibraryQuery(temp.db().connection()).find(filter).value().size(), 2);
        // One undo takes back the last file only.
        fixture.stack->undo();
        QTRY_VERIFY(!titles().contains(QStringLiteral("salary-guide")));
        QVERIFY(titles().contains(QStringLiteral("interview-notes")));
        QCOMPARE(LibraryQuery(temp.db().connection()).find(filter).value().size(), 1);
    }
};

TRELLIS_REGISTER_TEST(LibraryFilesTest);
#include "libraryfilestest.moc"
