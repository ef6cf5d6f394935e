#include "changenotifier.h"
#include "commands/edits.h"
#include "dialogs/icsexportdialog.h"
#include "dialogs/icsimportdialog.h"
#include "storage/database.h"
#include "testlib/sampledata.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace trellis;
using namespace trellis::test;

namespace {

QString corpus(const QString &name)
{
    return QStringLiteral(TRELLIS_SHARED_DIR "/testdata/ics/") + name;
}

qint64 meetingRows(Database &db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM meeting")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

WorkspaceContext contextFor(Database &db)
{
    WorkspaceContext context;
    context.data = DataSource(&db, nullptr);
    return context;
}

} // namespace

class CalendarDialogsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldExportTheChosenScopeOnAWorker_data()
    {
        QTest::addColumn<bool>("notes");
        QTest::newRow("without notes") << false;
        QTest::newRow("with shared notes") << true;
    }

    void shouldExportTheChosenScopeOnAWorker()
    {
        QFETCH(bool, notes);
        // GIVEN the export dialog on the sample programme, its choices loaded
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());
        IcsExportDialog dialog(contextFor(temp.db()));
        QSignalSpy loaded(&dialog, &IcsExportDialog::choicesLoaded);
        QVERIFY(loaded.wait(5000));

        // WHEN one relationship is exported to a file, with or without shared notes
        dialog.setScope(MeetingExportScope::relationship(d.relationship));
        QCOMPARE(dialog.scope().kind, MeetingExportScope::Kind::Relationship);
        QCOMPARE(dialog.scope().id, d.relationship);
        dialog.findChild<QCheckBox *>(QStringLiteral("exportIncludeNotes"))->setChecked(notes);
        const QString path = temp.file(QStringLiteral("out.ics"));
        dialog.setPath(path);
        QSignalSpy finished(&dialog, &IcsExportDialog::finished);
        QSignalSpy exported(&dialog, &IcsExportDialog::exported);
        QVERIFY(dialog.startExport());
        QVERIFY(dialog.isRunning());
        QVERIFY(finished.wait(10000));

        // THEN the file holds the meetings, shared notes only when asked, private notes never
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(exported.count(), 1);
        QVERIFY(exported.first().at(1).toLongLong() >= 2);
        const QByteArray written = readAll(path);
        QVERIFY(written.startsWith("BEGIN:VCALENDAR"));
        QVERIFY(written.contains("SUMMARY:Kick-off"));
        QCOMPARE(written.contains("Agreed goals"), notes);
        QVERIFY(!written.contains("nervous"));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("exportStatus"))
                    ->text()
                    .contains(QStringLiteral("Exported")));
    }

    void shouldPreviewAndImportAsOneUndoableStep()
    {
        // GIVEN the import dialog with an undo stack WHEN a valid corpus file is chosen
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());
        ChangeNotifier notifier;
        QUndoStack stack;
        Edits edits(temp.db(), &notifier, &stack);
        WorkspaceContext context = contextFor(temp.db());
        context.data = DataSource(&temp.db(), &notifier);
        context.edits = &edits;
        const qint64 before = meetingRows(temp.db());
        IcsImportDialog dialog(context);
        QSignalSpy loaded(&dialog, &IcsImportDialog::choicesLoaded);
        QVERIFY(loaded.wait(5000));
        dialog.setRelationship(d.relationship);
        QSignalSpy ready(&dialog, &IcsImportDialog::previewReady);
        dialog.setPath(corpus(QStringLiteral("valid/icaljs_recur_instances.ics")));
        QVERIFY(ready.wait(10000));
        while (dialog.isBusy())
            QVERIFY(ready.wait(10000));

        // THEN the preview counts and lists what would be added (1 series + 2 changed occurrences),
        // and nothing is written yet
        const auto counts = dialog.counts();
        QVERIFY(!counts.refused);
        QCOMPARE(counts.events, 3);
        QCOMPARE(counts.added, 3);
        QCOMPARE(counts.updated, 0);
        const QAbstractItemModel *preview =
            dialog.findChild<QTreeView *>(QStringLiteral("importPreview"))->model();
        QCOMPARE(preview->rowCount(), 3);
        for (int row = 0; row < 3; ++row)
            QCOMPARE(preview->index(row, 0).data().toString(), QStringLiteral("Add"));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("importSummary"))
                    ->text()
                    .startsWith(QStringLiteral("To add: 3")));
        QCOMPARE(meetingRows(temp.db()), before);

        // WHEN Import is pressed THEN the meetings are written as one undoable step
        auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
        QVERIFY(importButton->isEnabled());
        QSignalSpy imported(&dialog, &IcsImportDialog::imported);
        QSignalSpy changed(&notifier, &ChangeNotifier::changed);
        importButton->click();
        QVERIFY(imported.wait(10000));
        QCOMPARE(imported.first().first().toBool(), true);
        QCOMPARE(meetingRows(temp.db()), before + 3);
        QCOMPARE(stack.count(), 1);
        QVERIFY(!changed.isEmpty());
        stack.undo();
        QCOMPARE(meetingRows(temp.db()), before);
        stack.redo();
        QCOMPARE(meetingRows(temp.db()), before + 3);
    }

    void shouldListProblemsAndSkipInvalidEventsWhenAsked()
    {
        TempDatabase temp;
        SampleData::create(temp.db());
        IcsImportDialog dialog(contextFor(temp.db()));
        QSignalSpy loaded(&dialog, &IcsImportDialog::choicesLoaded);
        QVERIFY(loaded.wait(5000));
        QSignalSpy ready(&dialog, &IcsImportDialog::previewReady);

        // A damaged file is refused by default, its problems listed with their lines…
        dialog.setPath(corpus(QStringLiteral("malformed/nodeical_badRRULE.ics")));
        QVERIFY(ready.wait(10000));
        while (dialog.isBusy())
            QVERIFY(ready.wait(10000));
        QVERIFY(dialog.counts().refused);
        QCOMPARE(dialog.counts().events, 0);
        auto *problems = dialog.findChild<QListWidget *>(QStringLiteral("importProblems"));
        QVERIFY(problems->count() > 0);
        QVERIFY(problems->item(0)->text().startsWith(QStringLiteral("Line ")));

        // …and with "skip invalid events" the valid ones are previewed and the rest listed as skipped.
        ready.clear();
        dialog.setSkipInvalid(true);
        QVERIFY(ready.wait(10000));
        while (dialog.isBusy())
            QVERIFY(ready.wait(10000));
        QVERIFY(!dialog.counts().refused);
        QCOMPARE(dialog.counts().events, 2);
        QVERIFY(dialog.counts().skipped > 0);
    }
};

TRELLIS_REGISTER_TEST(CalendarDialogsTest);

#include "calendardialogstest.moc"
