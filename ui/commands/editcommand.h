#pragma once

#include "services/changeapplier.h"
#include "storage/changeset.h"
#include "util/result.h"

#include <QString>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace trellis {

// One user edit on the undo stack. The first redo() runs the service call and keeps its
// ChangeSet; undo() applies the inverse through the ChangeApplier (explicit ids, so removed
// rows come back as they were); later redo() calls re-apply the ChangeSet. A failed first run
// marks the command obsolete; error() tells why. EditFacade runs it before pushing, so a
// failed edit never reaches the stack.
class EditCommand final : public QUndoCommand {
public:
    using Action = std::function<Result<ChangeSet>()>;

    EditCommand(const ChangeApplier &applier, const QString &text, Action action,
                QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // Runs the action now; the redo() that QUndoStack::push() calls next then does nothing.
    [[nodiscard]] bool runFirst();

    // The ChangeSet of the last successful redo.
    const ChangeSet &changes() const { return m_changes; }
    // The last failure (of the action, an undo or a redo), if any.
    const std::optional<Error> &error() const { return m_error; }

private:
    const ChangeApplier &m_applier;
    Action m_action;
    ChangeSet m_changes;
    bool m_done = false; // the action ran once successfully
    bool m_skipRedo = false;
    std::optional<Error> m_error;
};

} // namespace trellis
