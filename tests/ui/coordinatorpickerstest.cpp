#include "coordinator/cohortpage.h"
#include "dialogs/icsexportdialog.h"
#include "dialogs/icsimportdialog.h"
#include "dialogs/logmeetingdialog.h"
#include "dialogs/pairingdialog.h"
#include "dialogs/planmeetingdialog.h"
#include "dialogs/unloggedmeetingswalk.h"
#include "models/backgroundjob.h"
#include "models/choicelistmodel.h"
#include "testlib/sampledata.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "ui/workspacefixture.h"
#include "util/clock.h"
#include "widgets/searchablecombobox.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

using namespace trellis;
using namespace trellis::test;

namespace {

// A combo a user can search: typing filters anywhere in the entries, any case.
bool isSearchable(const QComboBox *box)
{
    return box && box->isEditable() && box->completer() &&
           box->completer()->filterMode() == Qt::MatchContains &&
           box->completer()->caseSensitivity() == Qt::CaseInsensitive &&
           box->insertPolicy() == QComboBox::NoInsert;
}

Person mentor(Id id, const QString &name, int capacity)
{
    Person person;
    person.id = id;
    person.displayName = name;
    person.isMentor = true;
    person.capacity = capacity;
    return person;
}

} // namespace

// Issue 9, items 5 and 11: searchable pickers that scale, pairing defaults, the recurrence editor,
// "Log them", the calendar export's folder.
class CoordinatorPickersTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { Clock::reset(); }

    void shouldFilterTwoThousandFiveHundredRelationshipsAsYouType()
    {
        // GIVEN a searchable picker over 2,500 relationships
        ChoiceListModel model;
        QList<CalendarChoices::Choice> choices;
        for (int i = 1; i <= 2500; ++i)
            choices.append({i, QStringLiteral("Mentor %1 – Mentee %2").arg(i).arg(2501 - i), 0, 0});
        model.setChoices(choices);
        SearchableComboBox box;
        box.setChoices(&model);
        QAbstractItemModelTester tester(box.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(box.count(), 2500);
        QVERIFY(isSearchable(&box));

        // WHEN a part of a name is typed, in another case THEN only the entries containing it remain
        QAbstractItemModel *matches = box.matchesFor(QStringLiteral("mentee 2459"));
        QAbstractItemModelTester matchTester(matches, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(matches->rowCount(), 1);
        QCOMPARE(matches->index(0, 0).data().toString(), QStringLiteral("Mentor 42 – Mentee 2459"));
        QCOMPARE(box.matchesFor(QStringLiteral("OR 250"))->rowCount(), 2); // Mentor 250 and Mentor 2500
        QCOMPARE(box.matchesFor(QStringLiteral("nobody"))->rowCount(), 0);

        // WHEN the match is picked THEN it is the current entry, by id
        box.completer()->setCompletionPrefix(QStringLiteral("mentee 2459"));
        Q_EMIT box.completer()->activated(box.completer()->completionModel()->index(0, 0));
        QCOMPARE(box.currentData().toLongLong(), 42);

        // WHEN focus leaves after a half-typed text THEN the box shows its current entry again
        box.show();
        QVERIFY(QTest::qWaitForWindowExposed(&box));
        box.lineEdit()->setText(QStringLiteral("Ment"));
        QFocusEvent out(QEvent::FocusOut, Qt::TabFocusReason);
        QCoreApplication::sendEvent(&box, &out);
        QCOMPARE(box.lineEdit()->text(), QStringLiteral("Mentor 42 – Mentee 2459"));
    }

    void shouldNameTheChosenCohortWithItsProgrammeAndDates()
    {
        TempDatabase temp;
        SampleData::create(temp.db());
        WorkspaceFixture fixture(temp.db());
        CohortPage page(fixture.context);
        page.show();
        QVERIFY(waitLoaded(&page));
        auto *choice = page.findChild<SearchableComboBox *>(QStringLiteral("cohortChoice"));
        QVERIFY(choice->currentIndex() >= 0);
        QVERIFY2(choice->currentText().count(QStringLiteral(" · ")) == 2, // programme · cohort · dates
                 qPrintable(choice->currentText()));
        // The page's own picker is searchable and shows its entry after the choices reload
        QVERIFY(isSearchable(choice));
        const QString shown = choice->itemText(choice->currentIndex());
        QCOMPARE(choice->lineEdit()->text(), shown);
        QSignalSpy reloaded(&page, &CohortPage::loaded);
        page.reload();
        QVERIFY(reloaded.wait(15000));
        QTRY_COMPARE(choice->lineEdit()->text(), shown);
        QCOMPARE(choice->matchesFor(QStringLiteral("SPRING 2025"))->rowCount(), 1);
        BackgroundJob::drain(); // the choices' reload too, before the database closes
    }

    void shouldShowTheCurrentEntryAfterItsChoicesReload()
    {
        // GIVEN a searchable picker showing its first entry
        ChoiceListModel model;
        model.setChoices(
            {{1, QStringLiteral("Ada – Grace"), 0, 0}, {2, QStringLiteral("Alan – Joan"), 0, 0}});
        SearchableComboBox box;
        box.setChoices(&model);
        QCOMPARE(box.lineEdit()->text(), QStringLiteral("Ada – Grace"));

        // WHEN the choices reload with the same first row (a loader's reset) THEN the text stays
        model.setChoices(
            {{1, QStringLiteral("Ada – Grace"), 0, 0}, {3, QStringLiteral("Mary – Kurt"), 0, 0}});
        QCOMPARE(box.currentIndex(), 0);
        QCOMPARE(box.lineEdit()->text(), QStringLiteral("Ada – Grace"));

        // WHEN the current entry is renamed THEN the box shows the new name
        model.setChoices({{1, QStringLiteral("Ada – Grace Hopper"), 0, 0}});
        QCOMPARE(box.lineEdit()->text(), QStringLiteral("Ada – Grace Hopper"));
    }

    void shouldLetEveryCalendarPickerBeSearched()
    {
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());
        WorkspaceFixture fixture(temp.db());
        IcsExportDialog exporter(fixture.context);
        QVERIFY(isSearchable(exporter.findChild<QComboBox *>(QStringLiteral("exportScopeTarget"))));
        IcsImportDialog importer(fixture.context);
        QVERIFY(isSearchable(importer.findChild<QComboBox *>(QStringLiteral("importRelationship"))));
        QSignalSpy loaded(&importer, &IcsImportDialog::choicesLoaded);
        QVERIFY(loaded.wait(5000));
        importer.setRelationship(d.relationship);
        QCOMPARE(
            importer.findChild<QComboBox *>(QStringLiteral("importRelationship"))->currentData().toLongLong(),
            d.relationship);
    }

    void shouldProposeAnExportFolderThatExistsAndCreateNothing()
    {
        // GIVEN a last export folder that was removed since
        QTemporaryDir scratch;
        const QString gone = QDir(scratch.path()).filePath(QStringLiteral("gone"));
        QSettings().setValue(QStringLiteral("icsExport/lastFolder"), gone);
        TempDatabase temp;
        WorkspaceFixture fixture(temp.db());

        // WHEN the export dialog opens
        IcsExportDialog dialog(fixture.context);
        const QString path = dialog.findChild<QLineEdit *>(QStringLiteral("exportPath"))->text();

        // THEN it proposes a file in a folder that exists, and made none
        QVERIFY2(QFileInfo(QFileInfo(path).absolutePath()).isDir(), qPrintable(path));
        QVERIFY(!QFileInfo::exists(gone));
        QCOMPARE(QFileInfo(IcsExportDialog::defaultFolder()).isDir(), true);

        // WHEN the last folder exists THEN it is the one proposed
        QSettings().setValue(QStringLiteral("icsExport/lastFolder"), scratch.path());
        QCOMPARE(IcsExportDialog::defaultFolder(), scratch.path());
        QSettings().remove(QStringLiteral("icsExport/lastFolder"));
    }

    void shouldOpenPairingOnAMentorWithFreeCapacityAndTheCohortInView()
    {
        // GIVEN a full mentor listed first, and two cohorts of a programme whose names repeat it
        PairingDialog::Choices choices;
        choices.people = {mentor(1, QStringLiteral("Ada Full"), 2), mentor(2, QStringLiteral("Bea Free"), 3)};
        Person mentee;
        mentee.id = 3;
        mentee.displayName = QStringLiteral("Cleo Mentee");
        mentee.isMentee = true;
        choices.people.append(mentee);
        choices.mentorLoads = {{1, 2}, {2, 1}};
        Programme programme;
        programme.id = 7;
        programme.name = QStringLiteral("Career Compass");
        programme.defaultCadenceDays = 14;
        choices.programmes = {programme};
        choices.cohorts = {
            Cohort{10, 7, QStringLiteral("Winter 2022 — Career Compass"), QDate(2022, 1, 22),
                   QDate(2022, 9, 21)},
            Cohort{11, 7, QStringLiteral("Spring 2022 — Career Compass"), QDate(2022, 4, 4), std::nullopt}};

        // WHEN it opens from the page of the winter cohort
        PairingDialog dialog(choices, Id(10), {});
        auto *mentors = dialog.findChild<QComboBox *>(QStringLiteral("pairingMentor"));
        auto *cohorts = dialog.findChild<QComboBox *>(QStringLiteral("pairingCohort"));

        // THEN the mentor with room is chosen, the cohort is that one, named once, and both search
        QCOMPARE(dialog.pairing().mentorId, Id(2));
        QCOMPARE(dialog.pairing().cohortId, std::optional<Id>(10));
        QVERIFY(cohorts->currentText().startsWith(QStringLiteral("Career Compass · Winter 2022 · ")));
        QCOMPARE(cohorts->currentText().count(QStringLiteral("Career Compass")), 1);
        QVERIFY(isSearchable(mentors));
        QVERIFY(isSearchable(cohorts));

        // WHEN it opens with no cohort in view THEN the newest cohort is proposed
        PairingDialog other(choices, std::nullopt, {});
        QCOMPARE(other.pairing().cohortId, std::optional<Id>(11));
    }

    void shouldRepeatAtAnyIntervalAndWarnOfAnOverlappingSeries()
    {
        // GIVEN the plan dialog of a relationship
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());
        WorkspaceFixture fixture(temp.db());
        const auto open = [&](PlanMeetingDialog &dialog) {
            dialog.findChild<QComboBox *>(QStringLiteral("planMeetingZone"))
                ->setCurrentText(QStringLiteral("Europe/Berlin"));
            dialog.findChild<QDateEdit *>(QStringLiteral("planMeetingDate"))->setDate(QDate(2031, 5, 6));
            dialog.findChild<QTimeEdit *>(QStringLiteral("planMeetingTime"))->setTime(QTime(9, 0));
            auto *repeat = dialog.findChild<QComboBox *>(QStringLiteral("planMeetingRepeat"));
            repeat->setCurrentIndex(repeat->findData(int(PlanMeetingDialog::Repeat::Custom)));
            dialog.findChild<QSpinBox *>(QStringLiteral("planMeetingInterval"))->setValue(3);
            auto *unit = dialog.findChild<QComboBox *>(QStringLiteral("planMeetingUnit"));
            unit->setCurrentIndex(unit->findData(int(PlanMeetingDialog::Unit::Weeks)));
            dialog.findChild<QCheckBox *>(QStringLiteral("planMeetingHasUntil"))->setChecked(false);
        };
        PlanMeetingDialog first(fixture.context, d.relationship);
        QVERIFY2(first.loadError().isEmpty(), qPrintable(first.loadError()));
        open(first);

        // WHEN every 3 weeks is chosen THEN the rule says so, and nothing overlaps yet
        auto *unit = first.findChild<QComboBox *>(QStringLiteral("planMeetingUnit"));
        QCOMPARE(unit->currentText(), QStringLiteral("weeks"));
        QCOMPARE(first.meeting().kind, MeetingKind::Series);
        QVERIFY2(first.meeting().rrules.value(0) == QStringLiteral("FREQ=WEEKLY;INTERVAL=3"),
                 qPrintable(first.meeting().rrules.value(0)));
        QCOMPARE(first.overlapWarning(), QString());
        first.accept();
        QCOMPARE(first.result(), int(QDialog::Accepted));

        // WHEN the same series is planned again THEN the dialog warns, and still lets it be saved
        PlanMeetingDialog second(fixture.context, d.relationship);
        open(second);
        QVERIFY2(second.overlapWarning().contains(QStringLiteral("overlaps the series")),
                 qPrintable(second.overlapWarning()));
        QVERIFY(second.findChild<QPushButton *>(QStringLiteral("planMeetingSave"))->isEnabled());

        // WHEN it starts an hour later THEN nothing overlaps
        second.findChild<QTimeEdit *>(QStringLiteral("planMeetingTime"))->setTime(QTime(11, 0));
        QCOMPARE(second.overlapWarning(), QString());
    }

    void shouldWalkThroughEveryUnloggedMeetingWithSkip()
    {
        // GIVEN a relationship with three past weekly meetings nobody logged
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());
        WorkspaceFixture fixture(temp.db());
        Meeting series;
        series.relationshipId = d.relationship;
        series.kind = MeetingKind::Series;
        series.title = QStringLiteral("Weekly");
        series.timezone = QStringLiteral("UTC");
        series.startLocal = Clock::nowUtc().addDays(-22).toString(QStringLiteral("yyyy-MM-ddT10:00:00"));
        series.rrules = {QStringLiteral("FREQ=WEEKLY;COUNT=3")};
        QVERIFY(fixture.edits->planMeeting(series).ok());
        QWidget page;
        page.show();

        // WHEN "Log them" starts THEN the first has Skip and says where it is
        UnloggedMeetingsWalk *walk = UnloggedMeetingsWalk::start(fixture.context, d.relationship, &page);
        QVERIFY(walk);
        QSignalSpy ended(walk, &UnloggedMeetingsWalk::finished);
        LogMeetingDialog *dialog = walk->currentDialog();
        QVERIFY(dialog);
        const int total = dialog->unloggedCount();
        QVERIFY(total >= 3);
        QVERIFY2(dialog->windowTitle().endsWith(QStringLiteral("(1 of %1)").arg(total)),
                 qPrintable(dialog->windowTitle()));

        // WHEN it is skipped THEN the next one opens
        dialog->findChild<QPushButton *>(QStringLiteral("logMeetingSkip"))->click();
        // (a new dialog may take the old one's address: wait for its title)
        QTRY_VERIFY(walk->currentDialog() &&
                    walk->currentDialog()->windowTitle().endsWith(QStringLiteral("(2 of %1)").arg(total)));
        dialog = walk->currentDialog();

        // WHEN it is logged THEN the third opens, one fewer to log
        QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
        dialog->accept();
        QCOMPARE(walk->logged(), 1);
        QTRY_VERIFY(walk->currentDialog() &&
                    walk->currentDialog()->windowTitle().endsWith(QStringLiteral("(3 of %1)").arg(total)));
        dialog = walk->currentDialog();
        QCOMPARE(dialog->unloggedCount(), total - 1);

        // WHEN it is cancelled THEN the walk ends
        dialog->reject();
        QTRY_COMPARE(ended.count(), 1);
    }
};

TRELLIS_REGISTER_TEST(CoordinatorPickersTest);

#include "coordinatorpickerstest.moc"
