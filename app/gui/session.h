#pragma once

#include "workspace/workspacecontext.h"

#include <QString>

#include <memory>

class QUndoStack;

namespace trellis {

class ChangeNotifier;
class Database;
class Edits;

// One open database and everything wired to it, created once: the change notifier, the named
// edits over their services (on the window's undo stack) and the profile.
class Session {
public:
    Session(std::unique_ptr<Database> database, QUndoStack *undoStack);
    ~Session();
    Q_DISABLE_COPY_MOVE(Session)

    Database &database() const { return *m_database; }
    Edits &edits() const { return *m_edits; }
    const WorkspaceContext &context() const { return m_context; }
    void setProfile(const std::optional<Profile> &profile) { m_context.profile = profile; }
    // "Maria Costa · Mentor", or a prompt to choose.
    QString profileText() const;

private:
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<Edits> m_edits;
    QUndoStack *m_undoStack = nullptr;
    WorkspaceContext m_context;
};

} // namespace trellis
