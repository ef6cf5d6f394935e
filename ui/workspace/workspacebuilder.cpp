#include "workspace/workspacebuilder.h"

#include "coordinator/cohortpage.h"
#include "coordinator/programmespage.h"
#include "coordinator/rosterpage.h"
#include "relationships/relationshipspage.h"
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
    window.clearPlaces();
    const bool mentor = context.profile && context.profile->role == Role::Mentor;
    auto *relationships = new RelationshipsPage(context);
    window.addPlace(QStringLiteral("relationships"), QIcon::fromTheme(QStringLiteral("system-users")),
                    mentor ? QCoreApplication::translate("WorkspaceBuilder", "My mentees")
                           : QCoreApplication::translate("WorkspaceBuilder", "Relationships"),
                    relationships);
    if (context.profile && context.profile->role == Role::Coordinator) {
        window.addPlace(QStringLiteral("cohort"), QIcon::fromTheme(QStringLiteral("view-statistics")),
                        QCoreApplication::translate("WorkspaceBuilder", "Cohort"), new CohortPage(context));
        window.addPlace(QStringLiteral("roster"), QIcon::fromTheme(QStringLiteral("user-group-properties")),
                        QCoreApplication::translate("WorkspaceBuilder", "Roster"), new RosterPage(context));
        window.addPlace(QStringLiteral("programmes"), QIcon::fromTheme(QStringLiteral("folder-documents")),
                        QCoreApplication::translate("WorkspaceBuilder", "Programmes"),
                        new ProgrammesPage(context));
    }
    window.showPlace(QStringLiteral("relationships"));
}

} // namespace trellis
