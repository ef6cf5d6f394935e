#include "matching/matchingpage.h"

#include "demo/demogenerator.h"
#include "matching/attributerulesdialog.h"
#include "matching/checkcolumndelegate.h"
#include "matching/matchinginputquery.h"
#include "matching/matchingprofilepanel.h"
#include "matching/matchingprofilestore.h"
#include "matching/matchingsolver.h"
#include "matching/matchwishesdialog.h"
#include "models/backgroundjob.h"
#include "models/matchsuggestionmodel.h"
#include "models/modelloader.h"
#include "models/textcontrast.h"
#include "models/unmatchedmenteemodel.h"
#include "services/peopleservice.h"
#include "services/relationshipservice.h"
#include "services/settingsservice.h"
#include "storage/programmequeries.h"
#include "storage/relationshipqueries.h"
#include "storage/rosterqueries.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "ui/screenshotchecks.h"
#include "ui/workspacefixture.h"
#include "util/clock.h"
#include "widgets/pagescaffold.h"
#include "workspace/mainwindow.h"
#include "workspace/workspacebuilder.h"

#include <QComboBox>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace trellis;
using namespace trellis::test;
using namespace trellis::test::ScreenshotChecks;

namespace {

// The relationships still proposed, as (mentee, mentor).
QSet<QPair<Id, Id>> proposedPairs(Database &db)
{
    QSet<QPair<Id, Id>> pairs;
    auto relationships = RelationshipQueries(db.connection()).relationships();
    if (relationships.ok()) {
        for (const Relationship &r : std::as_const(*relationships))
            if (r.status == RelationshipStatus::Proposed)
                pairs.insert({r.menteeId, r.mentorId});
    }
    return pairs;
}

} // namespace

// Coordinator ▸ Matching on the small demo (issue 14): the suggestions are the core solver's,
// locks hold and rejections stay out when run again, Accept proposes the pairs in one undo step,
// and the page renders readably in light and dark at both window sizes.
class MatchingPageTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_clock = std::make_unique<PinnedClock>(QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC));
    }
    void init()
    {
        m_temp = std::make_unique<TempDatabase>();
        QVERIFY(DemoGenerator::generate(m_temp->db(), DemoOptions{}).ok());
    }
    void cleanup()
    {
        BackgroundJob::drain();
        m_temp.reset();
    }
    void cleanupTestCase() { m_clock.reset(); }

    void shouldSuggestTheSolversPairsWithTheirTerms()
    {
        // GIVEN the coordinator's Matching page on the demo
        WorkspaceFixture fixture(m_temp->db(), Profile{1, Role::Coordinator});
        MatchingPage page(fixture.context);
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(page.loader()->hasLoaded(), 20000);
        QCOMPARE(page.findChild<PageScaffold *>()->body(), PageScaffold::Body::Content);
        QVERIFY(page.cohortId() > 0);

        // THEN the suggestions are the core solver's optimum under the balanced preset
        auto input = MatchingInputQuery::load(m_temp->db().connection());
        QVERIFY(input.ok());
        auto expected =
            MatchingSolver::solve(*input, MatchingProfile::preset(MatchingProfile::Preset::Balanced));
        QVERIFY(expected.ok());
        MatchSuggestionModel *model = page.suggestions();
        QVERIFY(model->rowCount() > 1);
        QCOMPARE(model->rowCount(), int(expected->pairs.size()));
        for (const MatchedPair &pair : expected->pairs) {
            const int row = model->rowOf(pair.menteeId);
            QVERIFY(row >= 0);
            QCOMPARE(model->itemAt(row).mentorId, pair.mentorId);
            QCOMPARE(
                model->index(row, MatchSuggestionModel::Score).data(MatchSuggestionModel::ScoreRole).toInt(),
                pair.score.total);
            QCOMPARE(model->index(row, MatchSuggestionModel::Score).data().toString(),
                     QLocale().toString(pair.score.total));
        }
        QCOMPARE(page.fairnessText(QStringLiteral("total")), QLocale().toString(expected->total));
        QCOMPARE(page.fairnessText(QStringLiteral("unmatched")),
                 QLocale().toString(expected->unmatched.size()));

        // AND the chosen pair is explained by terms that add up to its score, in words
        auto *table = page.findChild<QTableView *>(QStringLiteral("matchingSuggestions"));
        table->setCurrentIndex(model->index(1, MatchSuggestionModel::Mentee));
        const MatchSuggestion chosen = model->itemAt(1);
        int sum = 0;
        for (const ScoreTerm &term : chosen.score.terms) {
            sum += term.points;
            QVERIFY2(page.explanationText().contains(term.words), qPrintable(page.explanationText()));
        }
        QCOMPARE(sum, chosen.score.total);
        QVERIFY(page.explanationText().contains(chosen.mentee));
        QVERIFY(page.explanationText().contains(chosen.mentor));
    }

    void shouldKeepLocksAndRejectionsWhenRunAgain()
    {
        // GIVEN a run on the page
        WorkspaceFixture fixture(m_temp->db(), Profile{1, Role::Coordinator});
        MatchingPage page(fixture.context);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(page.loader()->hasLoaded(), 20000);
        MatchSuggestionModel *model = page.suggestions();
        QVERIFY(model->rowCount() > 2);

        // WHEN the first pair is locked and the second rejected, the profile changed, and run again
        const MatchSuggestion locked = model->itemAt(0);
        const MatchSuggestion rejected = model->itemAt(1);
        QVERIFY(model->setData(model->index(0, MatchSuggestionModel::Lock), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(
            model->setData(model->index(1, MatchSuggestionModel::Reject), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("matchingStale"))->isVisibleTo(&page));
        page.profilePanel()->choosePreset(MatchingProfile::Preset::SkillsFirst);
        QSignalSpy loaded(&page, &MatchingPage::loaded);
        page.findChild<QPushButton *>(QStringLiteral("matchingRun"))->click();
        QVERIFY(loaded.wait(20000));

        // THEN the locked pair holds, marked locked, and the rejected one is not suggested again
        QVERIFY(page.run().has_value());
        QCOMPARE(page.run()->profile.skillFit,
                 MatchingProfile::preset(MatchingProfile::Preset::SkillsFirst).skillFit);
        const int row = model->rowOf(locked.menteeId);
        QVERIFY(row >= 0);
        QCOMPARE(model->itemAt(row).mentorId, locked.mentorId);
        QVERIFY(model->itemAt(row).locked);
        for (const MatchSuggestion &suggestion : model->items())
            QVERIFY(!(suggestion.menteeId == rejected.menteeId && suggestion.mentorId == rejected.mentorId));
        QVERIFY(!page.findChild<QLabel *>(QStringLiteral("matchingStale"))->isVisibleTo(&page));

        // AND once more with the same rulings: still so
        page.runMatching();
        QVERIFY(loaded.wait(20000));
        QCOMPARE(model->itemAt(model->rowOf(locked.menteeId)).mentorId, locked.mentorId);
        for (const MatchSuggestion &suggestion : model->items())
            QVERIFY(!(suggestion.menteeId == rejected.menteeId && suggestion.mentorId == rejected.mentorId));
    }

    void shouldAcceptAsProposedRelationshipsAndUndo()
    {
        // GIVEN a run on the page
        WorkspaceFixture fixture(m_temp->db(), Profile{1, Role::Coordinator});
        MatchingPage page(fixture.context);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(page.loader()->hasLoaded(), 20000);
        MatchSuggestionModel *model = page.suggestions();
        const QList<MatchSuggestion> suggested = model->items();
        QVERIFY(suggested.size() > 1);
        const QSet<QPair<Id, Id>> before = proposedPairs(m_temp->db());
        auto *accept = page.findChild<QPushButton *>(QStringLiteral("matchingAccept"));
        QVERIFY(accept->isEnabled());
        QVERIFY(accept->text().contains(QLocale().toString(suggested.size())));

        // WHEN accepted
        QSignalSpy loaded(&page, &MatchingPage::loaded);
        accept->click();

        // THEN one undo step made every suggestion a proposed relationship of the cohort
        QCOMPARE(fixture.stack->count(), 1);
        const QSet<QPair<Id, Id>> after = proposedPairs(m_temp->db());
        for (const MatchSuggestion &suggestion : suggested)
            QVERIFY(after.contains({suggestion.menteeId, suggestion.mentorId}));
        QCOMPARE(after.size(), before.size() + suggested.size());
        // AND the page runs again by itself: the accepted mentees are no longer to be paired
        QVERIFY(loaded.wait(20000));
        for (const MatchSuggestion &suggestion : suggested)
            QCOMPARE(model->rowOf(suggestion.menteeId), -1);

        // WHEN undone (Ctrl+Z) THEN the relationships are gone and the suggestions come back
        fixture.stack->undo();
        QCOMPARE(proposedPairs(m_temp->db()), before);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(model->rowCount(), int(suggested.size()));
    }

    void shouldKeepTheProgrammesProfileAndSaveItOnRun()
    {
        // GIVEN the demo's first cohort's programme with a saved profile
        auto cohorts = ProgrammeQueries(m_temp->db().connection()).cohorts();
        QVERIFY(cohorts.ok() && !cohorts->isEmpty());
        MatchingProfile saved = MatchingProfile::preset(MatchingProfile::Preset::Onboarding);
        saved.skillFit = 44;
        saved.minimumScore = 3;
        WorkspaceFixture fixture(m_temp->db(), Profile{1, Role::Coordinator});
        MatchingPage page(fixture.context);
        QSignalSpy profileLoaded(&page, &MatchingPage::profileLoaded);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(page.loader()->hasLoaded() && profileLoaded.count() > 0, 20000);
        const Id programmeId = page.profileProgramme();
        QVERIFY(programmeId > 0);
        QVERIFY(SettingsService(m_temp->db()).saveMatchingProfile(programmeId, saved).ok());

        // WHEN the page is opened again
        MatchingPage again(fixture.context);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        // THEN it shows the programme's profile and its run is made with it
        QTRY_VERIFY_WITH_TIMEOUT(
            again.run().has_value() && again.run()->profile == saved && !again.loader()->isLoading(), 20000);
        QCOMPARE(again.profilePanel()->profile(), saved);
        QCOMPARE(again.profilePanel()->weightBox(QStringLiteral("skillFit"))->value(), 44);
        QVERIFY(again.profilePanel()->presetBox()->currentText().contains(QStringLiteral("Onboarding")));
        QVERIFY(again.profilePanel()->presetBox()->currentText().contains(QStringLiteral("changed")));

        // WHEN a weight is changed and run
        again.profilePanel()->weightBox(QStringLiteral("topicFit"))->setValue(33);
        QSignalSpy loaded(&again, &MatchingPage::loaded);
        again.findChild<QPushButton *>(QStringLiteral("matchingRun"))->click();
        QVERIFY(loaded.wait(20000));
        // THEN the profile run is saved with the programme, in one undo step
        QCOMPARE(fixture.stack->count(), 1);
        QCOMPARE(MatchingProfileStore::load(m_temp->db().connection(), programmeId)->topicFit, 33);
        // AND running again unchanged adds no step
        again.runMatching();
        QVERIFY(loaded.wait(20000));
        QCOMPARE(fixture.stack->count(), 1);

        // WHEN undone THEN the saved profile is the earlier one again, and the panel follows
        fixture.stack->undo();
        QCOMPARE(*MatchingProfileStore::load(m_temp->db().connection(), programmeId), saved);
        QTRY_COMPARE_WITH_TIMEOUT(again.profilePanel()->profile(), saved, 20000);
    }

    void shouldSaveAMenteesWishesAndNeverPairListAsOneUndoStep()
    {
        // GIVEN a run on the page, a suggested pair chosen
        WorkspaceFixture fixture(m_temp->db(), Profile{1, Role::Coordinator});
        MatchingPage page(fixture.context);
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(page.loader()->hasLoaded(), 20000);
        MatchSuggestionModel *model = page.suggestions();
        QVERIFY(model->rowCount() > 1);
        auto *table = page.findChild<QTableView *>(QStringLiteral("matchingSuggestions"));
        table->setCurrentIndex(model->index(0, MatchSuggestionModel::Mentee));
        const MatchSuggestion chosen = model->itemAt(0);
        QCOMPARE(page.chosenMentee(), chosen.menteeId);
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("matchingWishes"))->isEnabled());
        // Another mentor with a place, to wish for
        Id other = 0;
        for (const Person &mentor : page.run()->input.mentors) {
            if (mentor.id != chosen.mentorId && mentor.id != chosen.menteeId)
                other = mentor.id;
        }
        QVERIFY(other > 0);

        // WHEN the coordinator, in the dialog, wishes for the other mentor and rules out the suggested one
        MatchWishesDialog dialog(chosen.mentee, page.run()->input.mentorNames, {chosen.menteeId, {}, {}},
                                 &page);
        dialog.addMentor(chosen.mentorId, false);
        dialog.addMentor(other, false);
        dialog.addMentor(chosen.mentorId, true); // moves from the wishes to the never-pair list
        const MatchPreferences wanted = dialog.preferences();
        QCOMPARE(wanted.wishes, QList<Id>{other});
        QCOMPARE(wanted.never, QList<Id>{chosen.mentorId});
        QSignalSpy loaded(&page, &MatchingPage::loaded);
        QVERIFY(page.saveWishes(wanted));

        // THEN one undo step, named for the mentee, and the page runs again by itself honouring both
        QCOMPARE(fixture.stack->count(), 1);
        QVERIFY2(fixture.stack->undoText().contains(chosen.mentee), qPrintable(fixture.stack->undoText()));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(page.run()->input.wishes.value(chosen.menteeId), QList<Id>{other});
        QVERIFY(page.run()->storedExclusions.contains(MatchPair{chosen.menteeId, chosen.mentorId}));
        const int row = model->rowOf(chosen.menteeId);
        if (row >= 0) {
            QVERIFY(model->itemAt(row).mentorId != chosen.mentorId);
            table->setCurrentIndex(model->index(row, MatchSuggestionModel::Mentee));
        } else {
            auto *unmatched = page.findChild<QTableView *>(QStringLiteral("matchingUnmatched"));
            unmatched->setCurrentIndex(page.unmatched()->index(page.unmatched()->rowOf(chosen.menteeId), 0));
        }
        // AND the explanation lists the stored wishes and the never-pair mentor
        QVERIFY2(page.explanationText().contains(QStringLiteral("Never pair with: ") + chosen.mentor),
                 qPrintable(page.explanationText()));
        QVERIFY2(page.explanationText().contains(QStringLiteral("Wishes: 1. ") + page.run()->nameOf(other)),
                 qPrintable(page.explanationText()));

        // WHEN undone THEN the lists are gone from the next run
        fixture.stack->undo();
        QVERIFY(loaded.wait(20000));
        QVERIFY(page.run()->input.wishes.value(chosen.menteeId).isEmpty());
        QVERIFY(!page.run()->storedExclusions.contains(MatchPair{chosen.menteeId, chosen.mentorId}));
    }

    void shouldScoreTheCoordinatorsOwnRulesAndKeepThemWithTheProfile()
    {
        // GIVEN a run on the page
        WorkspaceFixture fixture(m_temp->db(), Profile{1, Role::Coordinator});
        MatchingPage page(fixture.context);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(page.loader()->hasLoaded() && page.profileProgramme() > 0, 20000);
        QCOMPARE(page.profilePanel()->rulesSummary(), QStringLiteral("none yet"));

        // WHEN the coordinator adds "same time zone: +9" in the rules dialog and runs
        AttributeRulesDialog dialog({}, &page);
        dialog.addRule(AttributeRule{AttributeRule::Attribute::TimeZone, true, 9});
        QCOMPARE(dialog.table()->rowCount(), 1);
        page.profilePanel()->setRules(dialog.rules());
        QVERIFY2(page.profilePanel()->rulesSummary().contains(QStringLiteral("Same time zone +9")),
                 qPrintable(page.profilePanel()->rulesSummary()));
        QSignalSpy loaded(&page, &MatchingPage::loaded);
        page.findChild<QPushButton *>(QStringLiteral("matchingRun"))->click();
        QVERIFY(loaded.wait(20000));

        // THEN every suggested pair in one time zone has the rule's term, the others none
        QHash<Id, QString> zones;
        for (const Person &person : page.run()->input.mentees)
            zones.insert(person.id, person.timezone);
        for (const Person &person : page.run()->input.mentors)
            zones.insert(person.id, person.timezone);
        int ruled = 0;
        for (const MatchSuggestion &suggestion : page.suggestions()->items()) {
            const QString zone = zones.value(suggestion.menteeId);
            const bool same = !zone.isEmpty() && zone == zones.value(suggestion.mentorId);
            const auto rule =
                std::find_if(suggestion.score.terms.cbegin(), suggestion.score.terms.cend(),
                             [](const ScoreTerm &term) { return term.kind == ScoreTerm::Kind::Rule; });
            QCOMPARE(rule != suggestion.score.terms.cend(), same);
            if (same) {
                QCOMPARE(rule->points, 9);
                QVERIFY2(rule->words.contains(zone), qPrintable(rule->words));
                ++ruled;
            }
        }
        QVERIFY(ruled > 0);
        // AND the rule is saved with the programme's profile
        const auto stored = MatchingProfileStore::load(m_temp->db().connection(), page.profileProgramme());
        QVERIFY(stored);
        QCOMPARE(stored->rules, dialog.rules());
    }

    void shouldDrawAndToggleLockAndRejectReadablyInDark()
    {
        // GIVEN the page in dark, with suggestions
        const PaletteScope palette(darkPalette());
        WorkspaceFixture fixture(m_temp->db(), Profile{1, Role::Coordinator});
        MatchingPage page(fixture.context);
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(page.loader()->hasLoaded(), 20000);
        auto *table = page.findChild<QTableView *>(QStringLiteral("matchingSuggestions"));
        MatchSuggestionModel *model = page.suggestions();
        QVERIFY(model->rowCount() > 1);
        // THEN both columns draw their own box, its edge at 3:1 or more on both row colours
        QVERIFY(
            qobject_cast<CheckColumnDelegate *>(table->itemDelegateForColumn(MatchSuggestionModel::Lock)));
        QVERIFY(
            qobject_cast<CheckColumnDelegate *>(table->itemDelegateForColumn(MatchSuggestionModel::Reject)));
        const QPalette dark = table->palette();
        for (const QColor &row : {dark.color(QPalette::Base), dark.color(QPalette::AlternateBase)})
            QVERIFY(TextContrast::contrast(CheckColumnDelegate::edgeColour(dark, row), row) >=
                    TextContrast::Graphics);
        // AND a click in the cell toggles the lock, and again back
        const Id mentee = model->itemAt(1).menteeId;
        const QRect cell = table->visualRect(model->index(1, MatchSuggestionModel::Lock));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QVERIFY(model->itemAt(model->rowOf(mentee)).locked);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QVERIFY(!model->itemAt(model->rowOf(mentee)).locked);
        // AND Space on the Reject cell rejects
        table->setCurrentIndex(model->index(1, MatchSuggestionModel::Reject));
        QTest::keyClick(table, Qt::Key_Space);
        QVERIFY(model->itemAt(model->rowOf(mentee)).rejected);
    }

    void shouldOfferTheNextStepWhenThereIsNothingToMatch()
    {
        // GIVEN a database with a coordinator and a mentee, and no cohort
        TempDatabase empty;
        PeopleService people(empty.db());
        for (const Role role : {Role::Coordinator, Role::Mentee}) {
            Person person;
            person.displayName = role == Role::Mentee ? QStringLiteral("Mia Mentee") : QStringLiteral("Coco");
            person.setRole(role);
            QVERIFY(people.createPerson(person).ok());
        }
        {
            WorkspaceFixture fixture(empty.db(), Profile{1, Role::Coordinator});
            MatchingPage page(fixture.context);
            QSignalSpy programmes(&page, &MatchingPage::programmesRequested);
            page.show();
            auto *scaffold = page.findChild<PageScaffold *>();
            QTRY_COMPARE_WITH_TIMEOUT(scaffold->body(), PageScaffold::Body::Empty, 20000);
            QVERIFY2(scaffold->stateText().contains(QStringLiteral("Add a cohort")),
                     qPrintable(scaffold->stateText()));
            QCOMPARE(scaffold->emptyButton()->text(), QStringLiteral("Open Programmes"));
            scaffold->emptyButton()->click();
            QCOMPARE(programmes.count(), 1);
        }
        BackgroundJob::drain();

        // GIVEN a cohort, and the one mentee paired already
        Programme programme;
        programme.name = QStringLiteral("Onboarding");
        auto madeProgramme = people.createProgramme(programme);
        QVERIFY(madeProgramme.ok());
        Cohort cohort;
        cohort.programmeId = madeProgramme->primaryId;
        cohort.name = QStringLiteral("Spring");
        cohort.startDate = QDate(2026, 3, 1);
        QVERIFY(people.createCohort(cohort).ok());
        Person mentor;
        mentor.displayName = QStringLiteral("Max Mentor");
        mentor.isMentor = true;
        mentor.capacity = 2;
        auto madeMentor = people.createPerson(mentor);
        QVERIFY(madeMentor.ok());
        Pairing pairing;
        pairing.mentorId = madeMentor->primaryId;
        pairing.menteeId = 2;
        QVERIFY(RelationshipService(empty.db()).pair(pairing).ok());
        {
            // THEN nobody is waiting: the page says so and offers to add people
            WorkspaceFixture fixture(empty.db(), Profile{1, Role::Coordinator});
            MatchingPage page(fixture.context);
            page.show();
            auto *scaffold = page.findChild<PageScaffold *>();
            QTRY_COMPARE_WITH_TIMEOUT(scaffold->body(), PageScaffold::Body::Empty, 20000);
            QVERIFY2(scaffold->stateText().startsWith(QStringLiteral("Every mentee already has a mentor")),
                     qPrintable(scaffold->stateText()));
            QCOMPARE(scaffold->emptyButton()->text(), QStringLiteral("Add Person…"));
        }
        BackgroundJob::drain();
    }

    void shouldRenderTheWishesAndRulesDialogsReadably_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addRow("light") << false;
        QTest::addRow("dark") << true;
    }
    void shouldRenderTheWishesAndRulesDialogsReadably()
    {
        QFETCH(bool, dark);
        const PaletteScope palette(dark ? darkPalette() : lightPalette());
        const QString shot = dark ? QStringLiteral("-dark") : QStringLiteral("-light");
        auto input = MatchingInputQuery::load(m_temp->db().connection());
        QVERIFY(input.ok() && input->mentors.size() > 3 && !input->mentees.isEmpty());
        {
            // A mentee with two wishes and one mentor ruled out
            const Person &mentee = input->mentees.first();
            MatchWishesDialog dialog(
                mentee.displayName, input->mentorNames,
                {mentee.id, {input->mentors.at(0).id, input->mentors.at(1).id}, {input->mentors.at(2).id}});
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.wishList()->setCurrentRow(1);
            QTest::qWait(50);
            QVERIFY(dialog.width() <= 1024 && dialog.height() <= 700);
            const QString problem = renderAndCheck(&dialog,
                                                   {QStringLiteral("wishMentor"), QStringLiteral("addWish"),
                                                    QStringLiteral("addNever"), QStringLiteral("wishList"),
                                                    QStringLiteral("neverList")},
                                                   QStringLiteral("matching-wishes") + shot);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        {
            AttributeRulesDialog dialog({{AttributeRule::Attribute::TimeZone, true, 7},
                                         {AttributeRule::Attribute::EmailDomain, false, 4}});
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QTest::qWait(50);
            const QString problem = renderAndCheck(
                &dialog, {QStringLiteral("attributeRules"), QStringLiteral("addAttributeRule")},
                QStringLiteral("matching-rules") + shot);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }

    void shouldRenderReadably_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<QSize>("size");
        QTest::addRow("light 1440x900") << false << QSize(1440, 900);
        QTest::addRow("light 1024x700") << false << QSize(1024, 700);
        QTest::addRow("dark 1440x900") << true << QSize(1440, 900);
        QTest::addRow("dark 1024x700") << true << QSize(1024, 700);
    }
    void shouldRenderReadably()
    {
        QFETCH(bool, dark);
        QFETCH(QSize, size);
        const PaletteScope palette(dark ? darkPalette() : lightPalette());
        WorkspaceFixture fixture(m_temp->db(), Profile{1, Role::Coordinator});
        MainWindow window;
        window.setDatabase(&m_temp->db());
        WorkspaceBuilder::populate(window, fixture.context);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *page = window.findChild<MatchingPage *>();
        QVERIFY(page);
        window.showPlace(QStringLiteral("matching"));
        QCOMPARE(window.currentPlace(), QStringLiteral("matching"));
        QTRY_VERIFY_WITH_TIMEOUT(page->loader()->hasLoaded(), 20000);
        QTRY_VERIFY(page->cohortId() > 0);
        // A lock and a rejection, so that the shot shows both check boxes in use.
        MatchSuggestionModel *model = page->suggestions();
        QVERIFY(model->rowCount() > 2);
        model->setLocked(model->itemAt(0).menteeId, true);
        model->setRejected(model->itemAt(2).menteeId, true);
        QTest::qWait(100);
        const QString problem =
            renderAndCheck(&window,
                           {QStringLiteral("matchingPage"), QStringLiteral("matchingSuggestions"),
                            QStringLiteral("matchingExplanation"), QStringLiteral("matchingRun"),
                            QStringLiteral("matchingAccept")},
                           QStringLiteral("matching") + suffix(dark, size));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        window.setDatabase(nullptr);
    }

private:
    std::unique_ptr<PinnedClock> m_clock;
    std::unique_ptr<TempDatabase> m_temp;
};

TRELLIS_REGISTER_TEST(MatchingPageTest);

#include "matchingpagetest.moc"
