#pragma once

#include "commands/editkind.h"
#include "util/result.h"

#include <QString>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace trellis {

// One step on the undo stack (an edit's ChangeSet: EditCommand). Before it undoes or redoes it
// checks that the stored data is still as it left it: another Trellis, or another program, may have
// changed the same rows since. A refused or failed undo/redo is never swallowed: the step keeps the
// error, reports it, and marks itself obsolete so that QUndoStack drops it instead of moving its
// index over a step that did not happen (Qt 6.4 QUndoStack::undo()/redo() delete an obsolete
// command at that point), which keeps the stack's index true to the database.
class EditStep : public QUndoCommand {
public:
    // `step` is what was refused ("Undo Add goal"), `error` why.
    using FailureHandler = std::function<void(const QString &step, const Error &error)>;

    EditStep(EditKind kind, const QString &text, FailureHandler onFailure);

    EditKind kind() const { return m_kind; }
    // Whether undo() / redo() would apply now (the data is still as this step left it).
    [[nodiscard]] virtual Status checkUndo() const = 0;
    [[nodiscard]] virtual Status checkRedo() const = 0;
    // The last failure (of the first run, an undo or a redo), if any.
    const std::optional<Error> &error() const { return m_error; }

protected:
    // Records a failed undo or redo, drops the step (obsolete) and reports it.
    void refuse(bool undoing, const Error &error);
    // Records a failed first run (the caller reports it; the step never reaches the stack).
    void failFirstRun(const Error &error);
    void clearError() { m_error.reset(); }

private:
    EditKind m_kind;
    FailureHandler m_onFailure;
    std::optional<Error> m_error;
};

} // namespace trellis
