#pragma once

#include "commands/editstep.h"
#include "storage/changeset.h"

#include <functional>

namespace trellis {

class ChangeApplier;
class ChangeCheck;

// One user edit on the undo stack. The first redo() runs the service call and keeps its ChangeSet;
// undo() applies the inverse through the ChangeApplier (explicit ids, so removed rows come back as
// they were); later redo() calls re-apply the ChangeSet. Both first check that the rows are still
// as the edit left them (ChangeCheck) and are refused otherwise (EditStep). A failed first run
// marks the command obsolete; EditHistory runs it before pushing, so a failed edit never reaches
// the stack.
class EditCommand final : public EditStep {
public:
    using Action = std::function<Result<ChangeSet>()>;

    EditCommand(const ChangeApplier &applier, const ChangeCheck &check, EditKind kind, const QString &text,
                Action action, FailureHandler onFailure = {});

    void redo() override;
    void undo() override;
    [[nodiscard]] Status checkUndo() const override;
    [[nodiscard]] Status checkRedo() const override;

    // Runs the action now; the redo() that QUndoStack::push() calls next then does nothing.
    [[nodiscard]] bool runFirst();

    // The ChangeSet of the last successful redo (what an undo reverts).
    const ChangeSet &changes() const { return m_changes; }

private:
    const ChangeApplier &m_applier;
    const ChangeCheck &m_check;
    Action m_action;
    ChangeSet m_changes;
    bool m_done = false; // the action ran once successfully
    bool m_skipRedo = false;
};

} // namespace trellis
