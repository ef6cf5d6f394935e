#include "changenotifier.h"
#include "commands/editkind.h"
#include "commands/edits.h"
#include "models/choicelistmodel.h"
#include "models/icspreviewmodel.h"
#include "models/programmetreemodel.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace trellis;
using namespace trellis::test;

// Issue 9: one wording for undo messages, the calendar import's confirmation and preview dates,
// cohort labels that name programme, cohort and dates once each.
class CoordinatorWordingTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldWordEveryUndoStepAsAVerbPhraseInSentenceCase()
    {
        // The verbs an undo step may start with: "Undo Add person", "Undo Log meeting"…
        const QStringList verbs = {
            QStringLiteral("Add"),    QStringLiteral("Edit"),     QStringLiteral("Delete"),
            QStringLiteral("Import"), QStringLiteral("Pair"),     QStringLiteral("Activate"),
            QStringLiteral("Pause"),  QStringLiteral("Resume"),   QStringLiteral("Confirm"),
            QStringLiteral("End"),    QStringLiteral("Complete"), QStringLiteral("Log"),
            QStringLiteral("Remove"), QStringLiteral("Mark"),     QStringLiteral("Change"),
            QStringLiteral("Record"), QStringLiteral("Plan"),     QStringLiteral("Cancel"),
            QStringLiteral("Share"),  QStringLiteral("Stop"),     QStringLiteral("Merge"),
            QStringLiteral("Attach"), QStringLiteral("Tag"),      QStringLiteral("Save"),
            QStringLiteral("Accept"), QStringLiteral("Suggest"),  QStringLiteral("Dismiss")};
        for (int i = 0; i < EditKinds::count(); ++i) {
            const auto kind = EditKind(i);
            const QString text = EditKinds::undoText(kind);
            const QStringList words = text.split(QLatin1Char(' '));
            QVERIFY2(verbs.contains(words.first()),
                     qPrintable(QStringLiteral("%1: “%2” does not start with a verb")
                                    .arg(QLatin1String(EditKinds::name(kind)), text)));
            // Sentence case: only the first word is capitalised.
            for (qsizetype w = 1; w < words.size(); ++w)
                QVERIFY2(!words.at(w).front().isUpper(), qPrintable(text));
        }
    }

    void shouldNameTheRecordAfterTheKindsWords()
    {
        // GIVEN the edits over a database
        TempDatabase temp;
        ChangeNotifier notifier;
        QUndoStack stack;
        Edits edits(temp.db(), &notifier, &stack);
        QSignalSpy performed(&edits, &Edits::performed);

        // WHEN a programme is added THEN undo and status read like every other step
        Programme programme;
        programme.name = QStringLiteral("Graduates");
        QVERIFY(edits.addProgramme(programme).ok());
        QCOMPARE(stack.undoText(), QStringLiteral("Add programme “Graduates”"));
        QCOMPARE(performed.last().at(1).toString(), QStringLiteral("Programme added: “Graduates”"));
        Person person;
        person.displayName = QStringLiteral("Maria Costa");
        person.isMentee = true;
        QVERIFY(edits.addPerson(person).ok());
        QCOMPARE(stack.undoText(), QStringLiteral("Add person “Maria Costa”"));
    }

    void shouldShowEachPreviewedEventsDateInTheLocalesFormat()
    {
        IcsPreviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        IcsImportReport report;
        IcsImportedEvent event;
        event.line = 12;
        event.summary = QStringLiteral("Kick-off");
        event.start =
            LocalStart{QStringLiteral("2026-05-04T17:30:00"), QStringLiteral("Europe/Berlin"), false, false};
        report.changedEvents.push_back(event);
        IcsImportedEvent allDay;
        allDay.line = 20;
        allDay.summary = QStringLiteral("Away day");
        allDay.start = LocalStart{QStringLiteral("2026-06-01"), QString(), false, true};
        report.changedEvents.push_back(allDay);
        model.setReport(report);

        QCOMPARE(model.headerData(IcsPreviewModel::DateColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Date"));
        const QDateTime start(QDate(2026, 5, 4), QTime(17, 30), QTimeZone("Europe/Berlin"));
        QCOMPARE(model.index(0, IcsPreviewModel::DateColumn).data().toString(),
                 QLocale().toString(start, QLocale::ShortFormat));
        QCOMPARE(model.index(1, IcsPreviewModel::DateColumn).data().toString(),
                 QLocale().toString(QDate(2026, 6, 1), QLocale::ShortFormat));
    }

    void shouldConfirmACalendarImportWithItsCountAndRelationship()
    {
        TempDatabase temp;
        ChangeNotifier notifier;
        QUndoStack stack;
        Edits edits(temp.db(), &notifier, &stack);
        // (what an import wrote: any ChangeSet already applied will do)
        Programme programme;
        programme.name = QStringLiteral("Graduates");
        auto written = edits.addProgramme(programme);
        QVERIFY(written.ok());
        QSignalSpy performed(&edits, &Edits::performed);
        IcsImportReport report;
        report.added = 12;
        report.changes = *written;
        QVERIFY(edits.importCalendar(report, QStringLiteral("Ada Lovelace – Maria Costa")).ok());
        QCOMPARE(performed.count(), 1);
        QCOMPARE(performed.first().at(1).toString(),
                 QStringLiteral("Imported 12 meetings into Ada Lovelace – Maria Costa"));
    }

    void shouldNameProgrammeCohortAndDatesOnceEach_data()
    {
        QTest::addColumn<QString>("programme");
        QTest::addColumn<QString>("cohort");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("Career Compass") << QStringLiteral("Winter 2022")
                               << QStringLiteral("Career Compass · Winter 2022");
        QTest::newRow("programme after a dash")
            << QStringLiteral("Career Compass") << QStringLiteral("Winter 2022 — Career Compass")
            << QStringLiteral("Career Compass · Winter 2022");
        QTest::newRow("programme first")
            << QStringLiteral("Leaders") << QStringLiteral("Leaders: spring intake")
            << QStringLiteral("Leaders · spring intake");
        QTest::newRow("only the programme")
            << QStringLiteral("Leaders") << QStringLiteral("Leaders") << QStringLiteral("Leaders · Leaders");
    }

    void shouldNameProgrammeCohortAndDatesOnceEach()
    {
        QFETCH(QString, programme);
        QFETCH(QString, cohort);
        QFETCH(QString, expected);
        Cohort row;
        row.name = cohort;
        row.startDate = QDate(2022, 1, 22);
        row.endDate = QDate(2025, 9, 21);
        QCOMPARE(ProgrammeTreeModel::cohortLabel(programme, row, false), expected);
        QCOMPARE(ProgrammeTreeModel::cohortLabel(programme, row),
                 expected + QStringLiteral(" · ") + ProgrammeTreeModel::cohortDates(row));
    }

    void shouldLeaveOutDatesACohortDoesNotHave()
    {
        Cohort undated;
        undated.name = QStringLiteral("Pilot");
        // No "from " with nothing after it: a cohort entered without dates shows none.
        QCOMPARE(ProgrammeTreeModel::cohortLabel(QStringLiteral("Leaders"), undated),
                 QStringLiteral("Leaders · Pilot"));
        undated.endDate = QDate(2026, 6, 30);
        QVERIFY(ProgrammeTreeModel::cohortLabel(QStringLiteral("Leaders"), undated)
                    .endsWith(QLocale().toString(QDate(2026, 6, 30), QLocale::ShortFormat)));
    }

    void shouldOfferTwoThousandFiveHundredChoicesAsOneModel()
    {
        ChoiceListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<CalendarChoices::Choice> choices;
        for (int i = 1; i <= 2500; ++i)
            choices.append({i, QStringLiteral("Mentor %1 – Mentee %2").arg(i).arg(2501 - i), 0, 0});
        model.setChoices(choices);
        QCOMPARE(model.rowCount(), 2500);
        QCOMPARE(model.index(41, 0).data(ChoiceListModel::IdRole).toLongLong(), 42);
        QCOMPARE(model.index(41, 0).data().toString(), QStringLiteral("Mentor 42 – Mentee 2459"));
        model.setChoices(choices.mid(0, 10));
        QCOMPARE(model.rowCount(), 10);
    }
};

TRELLIS_REGISTER_TEST(CoordinatorWordingTest);

#include "coordinatorwordingtest.moc"
