#include "workspace/workspacebuilder.h"

#include "calendar/calendarpage.h"
#include "coordinator/cohortpage.h"
#include "coordinator/programmespage.h"
#include "coordinator/rosterpage.h"
#include "library/librarypage.h"
#include "matching/matchingpage.h"
#include "mentee/menteegoalspage.h"
#include "mentor/mymenteespage.h"
#include "mentor/progresspage.h"
#include "relationships/relationshippage.h"
#include "relationships/relationshipspage.h"
#include "reports/reportspage.h"
#include "workspace/firstrunpage.h"
#include "workspace/mainwindow.h"

#include <QCoreApplication>
#include <QIcon>

namespace trellis {

QString WorkspaceBuilder::roleName(Role role)
{
    switch (role) {
    case Role::Mentor:
        return QCoreApplication::translate("WorkspaceBuilder", "Mentor");
    case Role::Mentee:
        return QCoreApplication::translate("WorkspaceBuilder", "Mentee");
    case Role::Coordinator:
        return QCoreApplication::translate("WorkspaceBuilder", "Coordinator");
    }
    return {};
}

void WorkspaceBuilder::populate(MainWindow &window, const WorkspaceContext &context)
{
    window.setEdits(context.edits);
    window.clearPlaces();
    const bool mentor = context.profile && context.profile->role == Role::Mentor;
    const bool mentee = context.profile && context.profile->role == Role::Mentee;
    if (!context.profile) {
        // The first run: "Who are you?" leads to the workspace of a role. Queued: what the window
        // does next (open the demo, which closes this database) may delete this page.
        auto *start = new FirstRunPage(context);
        window.addPlace(QStringLiteral("start"), QIcon::fromTheme(QStringLiteral("user-identity")),
                        QCoreApplication::translate("WorkspaceBuilder", "Get started"), start);
        QObject::connect(start, &FirstRunPage::demoRequested, &window, &MainWindow::demoRequested,
                         Qt::QueuedConnection);
        QObject::connect(start, &FirstRunPage::chooseProfileRequested, &window, &MainWindow::profileRequested,
                         Qt::QueuedConnection);
    }
    MyMenteesPage *today = nullptr;
    if (mentor) {
        today = new MyMenteesPage(context);
        window.addPlace(QStringLiteral("today"), QIcon::fromTheme(QStringLiteral("go-home")),
                        QCoreApplication::translate("WorkspaceBuilder", "Today"), today);
        QObject::connect(today, &MyMenteesPage::relationshipActivated, &window,
                         &MainWindow::openRelationship);
    }
    if (mentee) {
        auto *goals = new MenteeGoalsPage(context);
        window.addPlace(QStringLiteral("myGoals"), QIcon::fromTheme(QStringLiteral("flag")),
                        QCoreApplication::translate("WorkspaceBuilder", "My goals"), goals);
    }
    const bool coordinator = context.profile && context.profile->role == Role::Coordinator;
    if (coordinator) {
        auto *cohort = new CohortPage(context);
        window.addPlace(QStringLiteral("cohort"), QIcon::fromTheme(QStringLiteral("view-statistics")),
                        QCoreApplication::translate("WorkspaceBuilder", "Cohort"), cohort);
        QObject::connect(cohort, &CohortPage::relationshipActivated, &window, &MainWindow::openRelationship);
        window.addPlace(QStringLiteral("roster"), QIcon::fromTheme(QStringLiteral("user-group-properties")),
                        QCoreApplication::translate("WorkspaceBuilder", "Roster"), new RosterPage(context));
        window.addPlace(QStringLiteral("programmes"), QIcon::fromTheme(QStringLiteral("folder-documents")),
                        QCoreApplication::translate("WorkspaceBuilder", "Programmes"),
                        new ProgrammesPage(context));
        // The best pairs for the mentees still to be paired, accepted into a cohort (issue 14).
        auto *matching = new MatchingPage(context);
        window.addPlace(QStringLiteral("matching"), QIcon::fromTheme(QStringLiteral("user-group-new")),
                        QCoreApplication::translate("WorkspaceBuilder", "Matching"), matching);
        QObject::connect(matching, &MatchingPage::programmesRequested, &window,
                         [&window] { window.showPlace(QStringLiteral("programmes")); });
        // A cohort's board pack or full report, printed or as PDF, and its KPIs as CSV (issue 13).
        auto *reports = new ReportsPage(context);
        window.addPlace(QStringLiteral("reports"), QIcon::fromTheme(QStringLiteral("x-office-document")),
                        QCoreApplication::translate("WorkspaceBuilder", "Reports"), reports);
        QObject::connect(reports, &ReportsPage::programmesRequested, &window,
                         [&window] { window.showPlace(QStringLiteral("programmes")); });
    }
    auto *relationships = new RelationshipsPage(context);
    window.addPlace(QStringLiteral("relationships"), QIcon::fromTheme(QStringLiteral("system-users")),
                    mentor ? QCoreApplication::translate("WorkspaceBuilder", "All relationships")
                           : QCoreApplication::translate("WorkspaceBuilder", "Relationships"),
                    relationships);
    QObject::connect(relationships, &RelationshipsPage::relationshipActivated, &window,
                     &MainWindow::openRelationship);
    if (mentor) {
        // Charts of the mentor's relationships by month (issue 11).
        auto *progress = new ProgressPage(context);
        window.addPlace(QStringLiteral("progress"), QIcon::fromTheme(QStringLiteral("view-statistics")),
                        QCoreApplication::translate("WorkspaceBuilder", "Progress"), progress);
        QObject::connect(progress, &ProgressPage::relationshipActivated, &window,
                         &MainWindow::openRelationship);
    }

    if (context.profile) {
        // Every profile's meetings by month, week, day and as an agenda.
        auto *calendar = new CalendarPage(context);
        window.addPlace(QStringLiteral("calendar"), QIcon::fromTheme(QStringLiteral("view-calendar")),
                        QCoreApplication::translate("WorkspaceBuilder", "Calendar"), calendar);
        QObject::connect(calendar, &CalendarPage::relationshipActivated, &window,
                         &MainWindow::openRelationship);
    }

    if (context.profile) {
        // Every role: coordinators curate the programme's library, mentors keep theirs and share.
        window.addPlace(QStringLiteral("library"), QIcon::fromTheme(QStringLiteral("folder-bookmark")),
                        QCoreApplication::translate("WorkspaceBuilder", "Library"), new LibraryPage(context));
    }

    // One relationship's page, opened from any list through MainWindow::openRelationship.
    auto *relationship = new RelationshipPage(context);
    window.addDetailPage(QStringLiteral("relationship"), relationship);
    QObject::connect(&window, &MainWindow::relationshipRequested, relationship,
                     [&window, relationship](qint64 id) {
                         relationship->openRelationship(id);
                         window.showDetailPage(QStringLiteral("relationship"));
                     });
    QObject::connect(relationship, &RelationshipPage::backRequested, &window, &MainWindow::showCurrentPlace);
    if (today) {
        // A mentor logs and plans meetings from the relationship's page too.
        relationship->setMeetingActionsVisible(true);
        QObject::connect(relationship, &RelationshipPage::logMeetingRequested, today,
                         [today](qint64 id) { today->logMeeting(id); });
        QObject::connect(relationship, &RelationshipPage::planMeetingRequested, today,
                         [today](qint64 id) { today->planMeeting(id); });
    }
    window.showPlace(mentor        ? QStringLiteral("today")
                     : mentee      ? QStringLiteral("myGoals")
                     : coordinator ? QStringLiteral("cohort")
                                   : QStringLiteral("start"));
}

} // namespace trellis
