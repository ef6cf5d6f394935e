#include "commands/editcommand.h"

namespace trellis {

EditCommand::EditCommand(const ChangeApplier &applier, const QString &text, Action action,
                         QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_applier(applier)
    , m_action(std::move(action))
{}

bool EditCommand::runFirst()
{
    redo();
    m_skipRedo = m_done;
    return m_done;
}

void EditCommand::redo()
{
    if (std::exchange(m_skipRedo, false))
        return;
    m_error.reset();
    auto result = m_done ? m_applier.apply(m_changes) : m_action();
    if (!result) {
        m_error = result.error();
        if (!m_done)
            setObsolete(true);
        return;
    }
    m_changes = std::move(result).value();
    m_done = true;
}

void EditCommand::undo()
{
    m_error.reset();
    if (!m_done)
        return;
    auto result = m_applier.apply(m_changes.inverse());
    if (!result) {
        m_error = result.error();
        return;
    }
    // Keep exactly what undo did, so the next redo is its inverse.
    m_changes = result->inverse();
}

} // namespace trellis
