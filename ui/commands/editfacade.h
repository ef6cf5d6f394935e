#pragma once

#include "commands/editcommand.h"
#include "services/changeapplier.h"
#include "util/result.h"

#include <QObject>
#include <QString>

class QUndoStack;

namespace trellis {

class ChangeNotifier;
class Database;

// The GUI's one entry to edits: wraps a service call in an EditCommand and pushes it onto
// the undo stack, e.g.
//   facade.perform(tr("Add goal"), [&] { return goals.createGoal(goal); });
// Returns the edit's ChangeSet, or its error (then nothing is pushed).
class EditFacade {
public:
    EditFacade(Database &db, ChangeNotifier *notifier, QUndoStack *stack);
    Q_DISABLE_COPY_MOVE(EditFacade)

    [[nodiscard]] Result<ChangeSet> perform(const QString &text, EditCommand::Action action);
    QUndoStack *stack() const { return m_stack; }
    const ChangeApplier &applier() const { return m_applier; }

private:
    ChangeApplier m_applier;
    QUndoStack *m_stack;
};

} // namespace trellis
