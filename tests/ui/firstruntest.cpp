#include "coordinator/cohortpage.h"
#include "dialogs/logmeetingdialog.h"
#include "dialogs/persondialog.h"
#include "mentee/menteegoalspage.h"
#include "mentor/mymenteespage.h"
#include "models/backgroundjob.h"
#include "relationships/relationshippage.h"
#include "storage/database.h"
#include "storage/profilestore.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "ui/screenshotchecks.h"
#include "ui/workspacefixture.h"
#include "widgets/pagescaffold.h"
#include "workspace/firstrunpage.h"
#include "workspace/mainwindow.h"
#include "workspace/workspacebuilder.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

#include <string_view>

using namespace trellis;
using namespace trellis::test;

namespace {

int countOf(Database &db, const QString &table)
{
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    return query.next() ? query.value(0).toInt() : -1;
}

// A new, empty database in the window, rebuilt for each new profile as the application does
// (app/gui/guiapplication.cpp: Edits::profileChanged, after the edit is over).
struct EmptyWorkspace {
    TempDatabase temp;
    WorkspaceFixture fixture{temp.db()};
    MainWindow window;

    EmptyWorkspace()
    {
        window.setDatabase(&temp.db());
        window.resize(1440, 900);
        QObject::connect(fixture.edits.get(), &Edits::profileChanged, &window,
                         [this](const std::optional<Profile> &profile) {
                             QTimer::singleShot(0, &window, [this, profile] {
                                 fixture.context.profile = profile;
                                 WorkspaceBuilder::populate(window, fixture.context);
                             });
                         });
        WorkspaceBuilder::populate(window, fixture.context);
        window.show();
    }
    ~EmptyWorkspace()
    {
        window.setDatabase(nullptr);
        BackgroundJob::drain(); // no loader or roster read still uses the database that closes next
    }

    template <typename T>
    T *visible(const QString &name = {})
    {
        T *found = nullptr;
        [&] { QTRY_VERIFY((found = window.findChild<T *>(name)) && found->isVisible()); }();
        return found;
    }

    // "Who are you?": a name and a role, then Continue; waits for the role's workspace.
    void whoAreYou(const QString &name, const char *roleButton)
    {
        QCOMPARE(window.currentPlace(), QStringLiteral("start"));
        QPointer<FirstRunPage> page = window.findChild<FirstRunPage *>();
        QVERIFY(page);
        auto *field = visible<QLineEdit>(QStringLiteral("firstRunName"));
        QVERIFY(field);
        auto *next = page->findChild<QPushButton *>(QStringLiteral("firstRunContinue"));
        QTest::keyClicks(field, name);
        QVERIFY2(!next->isEnabled(), "Continue before a role was chosen");
        // On the button's circle (the row is wider than what it hits)
        auto *radio = page->findChild<QRadioButton *>(QLatin1String(roleButton));
        QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
        QVERIFY2(next->isEnabled(), qPrintable(page->problem()));
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_VERIFY(!page); // the workspace of the role replaced it
        QVERIFY(fixture.context.profile.has_value());
    }

    // The current page's scaffold, once it shows its empty state.
    PageScaffold *emptyScaffold(QWidget *page)
    {
        PageScaffold *scaffold = page ? page->findChild<PageScaffold *>() : nullptr;
        [&] {
            QVERIFY(scaffold);
            QTRY_COMPARE(scaffold->body(), PageScaffold::Body::Empty);
        }();
        return scaffold;
    }

    // Types a name into the person dialog that opened and saves it.
    void addPersonNamed(const QString &name)
    {
        auto *dialog = visible<PersonDialog>(QStringLiteral("personDialog"));
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("personName")), name);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("personSave")), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
    }
};

} // namespace

// Issue 9 item 1: a new database leads somewhere. From an empty database, "Who are you?" creates
// you and your profile (one undo step); each role's workspace opens on an empty state with one
// clear button; a mentor reaches a relationship with a logged meeting through it alone.
class FirstRunTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldReachALoggedMeetingFromAnEmptyDatabaseThroughTheFirstRun()
    {
        // GIVEN a new, empty database
        EmptyWorkspace run;
        QCOMPARE(countOf(run.temp.db(), QStringLiteral("person")), 0);
        QVERIFY(!run.fixture.context.profile);

        // WHEN I say who I am: Maria Costa, a mentor
        run.whoAreYou(QStringLiteral("Maria Costa"), "firstRunMentor");
        if (QTest::currentTestFailed())
            return;
        // THEN I am the profile, in one undo step, and Today is where I am
        QCOMPARE(run.fixture.context.profile->role, Role::Mentor);
        QCOMPARE(run.fixture.stack->count(), 1);
        QCOMPARE(run.window.currentPlace(), QStringLiteral("today"));
        auto *today = run.window.findChild<MyMenteesPage *>();
        PageScaffold *scaffold = run.emptyScaffold(today);
        if (QTest::currentTestFailed())
            return;
        // AND its empty state has one clear button: Add a Mentee
        QPushButton *add = scaffold->emptyButton();
        QVERIFY(add->isVisible());
        QCOMPARE(add->text(), QStringLiteral("Add a Mentee…"));

        // WHEN I add Sam Lee as my mentee
        QTest::mouseClick(add, Qt::LeftButton);
        run.addPersonNamed(QStringLiteral("Sam Lee"));
        if (QTest::currentTestFailed())
            return;

        // THEN the relationship with me as mentor exists (one more undo step) and its page is shown
        QCOMPARE(countOf(run.temp.db(), QStringLiteral("relationship")), 1);
        QCOMPARE(run.fixture.stack->count(), 2);
        auto *relationship = run.window.findChild<RelationshipPage *>();
        QVERIFY(relationship);
        QTRY_COMPARE(run.window.currentPage(), static_cast<QWidget *>(relationship));
        QTRY_VERIFY(relationship->snapshot().has_value());
        QCOMPARE(relationship->snapshot()->relationship.mentorId, run.fixture.context.profile->personId);
        QCOMPARE(relationship->snapshot()->relationship.status, RelationshipStatus::Active);
        QVERIFY(relationship->findChild<QLabel *>(QStringLiteral("relationshipNames"))
                    ->text()
                    .contains(QStringLiteral("Sam Lee")));

        // WHEN I log a meeting from it
        auto *log = relationship->findChild<QPushButton *>(QStringLiteral("relationshipLogMeeting"));
        QVERIFY(log->isVisible());
        QTest::mouseClick(log, Qt::LeftButton);
        auto *dialog = run.visible<LogMeetingDialog>(QStringLiteral("logMeetingDialog"));
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("logMeetingSharedNotes")),
                         QStringLiteral("First meeting: what Sam wants from the year"));
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("logMeetingSave"));
        QVERIFY2(save->isEnabled(), qPrintable(dialog->problem()));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(run.window.findChildren<LogMeetingDialog *>().isEmpty());

        // THEN the meeting is listed on the relationship's Meetings tab
        QCOMPARE(countOf(run.temp.db(), QStringLiteral("meeting")), 1);
        relationship->showTab(RelationshipPage::MeetingsTab);
        auto *past = relationship->findChild<QTreeView *>(QStringLiteral("pastMeetingsTree"));
        QVERIFY(past);
        QTRY_COMPARE(past->model()->rowCount(), 1);
        QVERIFY(past->isVisible());
        QCOMPARE(relationship->snapshot()->past.size(), 1);
        QCOMPARE(relationship->snapshot()->past.first().sharedNotes(),
                 QStringLiteral("First meeting: what Sam wants from the year"));
    }

    void shouldRenderWhoAreYouAndEachRolesEmptyState()
    {
        // With TRELLIS_SCREENSHOT_DIR set, each is saved there (light and dark, both sizes).
        const QString dir = qEnvironmentVariable("TRELLIS_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QDir().mkpath(dir);
        const auto save = [&dir](QWidget *window, const QString &name) {
            QTest::qWait(50);
            if (!dir.isEmpty())
                QVERIFY(window->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
        };
        const QList<std::tuple<const char *, const char *, QString>> roles = {
            {"mentor", "firstRunMentor", QStringLiteral("Add a Mentee…")},
            {"mentee", "firstRunMentee", QStringLiteral("Add Your Mentor…")},
            {"coordinator", "firstRunCoordinator", QStringLiteral("Import Roster…")}};
        const QPalette original = QApplication::palette();
        const auto restore = qScopeGuard([&original] { QApplication::setPalette(original); });
        for (const bool dark : {false, true}) {
            QApplication::setPalette(dark ? ScreenshotChecks::darkPalette()
                                          : ScreenshotChecks::lightPalette());
            for (const QSize size : {QSize(1440, 900), QSize(1024, 700)}) {
                const QString suffix = QStringLiteral("-%1-%2x%3")
                                           .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"))
                                           .arg(size.width())
                                           .arg(size.height());
                for (const auto &[role, button, emptyButton] : roles) {
                    EmptyWorkspace run;
                    run.window.resize(size);
                    QVERIFY(QTest::qWaitForWindowExposed(&run.window));
                    QVERIFY(run.visible<QLineEdit>(QStringLiteral("firstRunName")));
                    // THEN Who are you? fits: Continue and the demo are on screen
                    auto *next = run.window.findChild<QPushButton *>(QStringLiteral("firstRunContinue"));
                    const QRect shown = run.window.rect();
                    QVERIFY(shown.contains(QRect(next->mapTo(&run.window, QPoint(0, 0)), next->size())));
                    if (std::string_view(role) == "mentor")
                        save(&run.window, QStringLiteral("firstrun-whoareyou") + suffix);
                    run.whoAreYou(QStringLiteral("Maria Costa"), button);
                    if (QTest::currentTestFailed())
                        return;
                    PageScaffold *scaffold = run.emptyScaffold(run.window.currentPage());
                    QVERIFY(scaffold);
                    QCOMPARE(scaffold->emptyButton()->text(), emptyButton);
                    QVERIFY(scaffold->emptyButton()->isVisible());
                    save(&run.window, QStringLiteral("firstrun-%1").arg(QLatin1String(role)) + suffix);
                }
            }
        }
    }

    void shouldUndoWhoAreYouInOneStep()
    {
        // GIVEN I said who I am
        EmptyWorkspace run;
        run.whoAreYou(QStringLiteral("Ana Lima"), "firstRunCoordinator");
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(run.fixture.stack->count(), 1);
        QCOMPARE(run.fixture.stack->undoText(), QStringLiteral("Add yourself (Ana Lima)"));
        QCOMPARE(countOf(run.temp.db(), QStringLiteral("person")), 1);
        // WHEN undone
        run.fixture.stack->undo();
        // THEN the person and the profile are gone together, and "Who are you?" is back
        QCOMPARE(countOf(run.temp.db(), QStringLiteral("person")), 0);
        QVERIFY(!ProfileStore(run.temp.db().connection()).profile());
        QTRY_COMPARE(run.window.currentPlace(), QStringLiteral("start"));
        QVERIFY(run.window.findChild<FirstRunPage *>());
        // AND redo brings both back
        run.fixture.stack->redo();
        QTRY_COMPARE(run.window.currentPlace(), QStringLiteral("cohort"));
        QCOMPARE(ProfileStore(run.temp.db().connection()).profile()->role, Role::Coordinator);
    }

    void shouldLetAMenteeAddTheirMentor()
    {
        // GIVEN I said I am a mentee
        EmptyWorkspace run;
        run.whoAreYou(QStringLiteral("Sam Lee"), "firstRunMentee");
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(run.window.currentPlace(), QStringLiteral("myGoals"));
        auto *goals = run.window.findChild<MenteeGoalsPage *>();
        PageScaffold *scaffold = run.emptyScaffold(goals);
        if (QTest::currentTestFailed())
            return;
        // THEN My goals offers one button: add my mentor
        QCOMPARE(scaffold->emptyButton()->text(), QStringLiteral("Add Your Mentor…"));
        QVERIFY(scaffold->emptyButton()->isVisible());
        // WHEN I add Maria Costa as my mentor
        QTest::mouseClick(scaffold->emptyButton(), Qt::LeftButton);
        run.addPersonNamed(QStringLiteral("Maria Costa"));
        if (QTest::currentTestFailed())
            return;
        // THEN she mentors me and My goals shows our relationship
        QSqlQuery query(run.temp.db().connection());
        QVERIFY(query.exec(QStringLiteral("SELECT p.display_name, p.is_mentor, r.status FROM relationship r "
                                          "JOIN person p ON p.id = r.mentor_id WHERE r.mentee_id = %1")
                               .arg(run.fixture.context.profile->personId)));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("Maria Costa"));
        QCOMPARE(query.value(1).toInt(), 1);
        QTRY_COMPARE(scaffold->body(), PageScaffold::Body::Content);
        QCOMPARE(run.fixture.stack->count(), 2);
    }

    void shouldOfferACoordinatorTheRosterFirst()
    {
        // GIVEN I said I am a coordinator
        EmptyWorkspace run;
        run.whoAreYou(QStringLiteral("Ana Lima"), "firstRunCoordinator");
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(run.window.currentPlace(), QStringLiteral("cohort"));
        PageScaffold *scaffold = run.emptyScaffold(run.window.findChild<CohortPage *>());
        if (QTest::currentTestFailed())
            return;
        // THEN the empty cohort asks for people first: import a roster, or add people one by one
        QCOMPARE(scaffold->emptyButton()->text(), QStringLiteral("Import Roster…"));
        QVERIFY(scaffold->emptySecondaryButton()->isVisible());
        QCOMPARE(scaffold->emptySecondaryButton()->text(), QStringLiteral("Add Person…"));
        // WHEN I add a person from there
        QTest::mouseClick(scaffold->emptySecondaryButton(), Qt::LeftButton);
        run.addPersonNamed(QStringLiteral("Ben Okafor"));
        if (QTest::currentTestFailed())
            return;
        // THEN they are on the roster beside me
        QCOMPARE(countOf(run.temp.db(), QStringLiteral("person")), 2);
    }
};

TRELLIS_REGISTER_TEST(FirstRunTest);

#include "firstruntest.moc"
