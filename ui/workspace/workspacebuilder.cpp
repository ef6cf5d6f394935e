#include "workspace/workspacebuilder.h"

#include "mentor/mymenteespage.h"
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
    if (mentor)
        window.addPlace(QStringLiteral("today"), QIcon::fromTheme(QStringLiteral("go-home")),
                        QCoreApplication::translate("WorkspaceBuilder", "Today"), new MyMenteesPage(context));
    auto *relationships = new RelationshipsPage(context);
    window.addPlace(QStringLiteral("relationships"), QIcon::fromTheme(QStringLiteral("system-users")),
                    mentor ? QCoreApplication::translate("WorkspaceBuilder", "All relationships")
                           : QCoreApplication::translate("WorkspaceBuilder", "Relationships"),
                    relationships);
    window.showPlace(mentor ? QStringLiteral("today") : QStringLiteral("relationships"));
}

} // namespace trellis
