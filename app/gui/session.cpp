#include "gui/session.h"

#include "changenotifier.h"
#include "commands/edits.h"
#include "models/backgroundjob.h"
#include "storage/database.h"
#include "storage/profilestore.h"
#include "storage/rosterqueries.h"
#include "workspace/workspacebuilder.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace trellis {

Session::Session(std::unique_ptr<Database> database, QUndoStack *undoStack)
    : m_database(std::move(database))
    , m_notifier(std::make_unique<ChangeNotifier>())
    , m_undoStack(undoStack)
{
    m_edits = std::make_unique<Edits>(*m_database, m_notifier.get(), undoStack);
    m_context.edits = m_edits.get();
    m_context.data = DataSource(m_database.get(), m_notifier.get());
    m_context.profile = ProfileStore(m_database->connection()).profile();
    m_notifier->watchForeignChanges(*m_database);
}

Session::~Session()
{
    // Workers may still read this database (or write an import through the edits); the undo
    // stack's commands refer to the edits' history.
    BackgroundJob::drain();
    m_undoStack->clear();
    m_notifier->stopWatching();
}

QString Session::profileText() const
{
    if (!m_context.profile)
        return QCoreApplication::translate("Session", "Who are you?");
    const auto person = RosterQueries(m_database->connection()).person(m_context.profile->personId);
    const QString name =
        person ? person->displayName : QCoreApplication::translate("Session", "Unknown person");
    return QCoreApplication::translate("Session", "%1 · %2")
        .arg(name, WorkspaceBuilder::roleName(m_context.profile->role));
}

} // namespace trellis
