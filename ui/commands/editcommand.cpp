#include "commands/editcommand.h"

#include "commands/changecheck.h"
#include "services/changeapplier.h"

namespace trellis {

EditCommand::EditCommand(const ChangeApplier &applier, const ChangeCheck &check, EditKind kind,
                         const QString &text, Action action, FailureHandler onFailure)
    : EditStep(kind, text, std::move(onFailure))
    , m_applier(applier)
    , m_check(check)
    , m_action(std::move(action))
{}

bool EditCommand::runFirst()
{
    redo();
    m_skipRedo = m_done;
    return m_done;
}

Status EditCommand::checkUndo() const
{
    return m_check.stillApplies(m_changes.inverse());
}

Status EditCommand::checkRedo() const
{
    return m_check.stillApplies(m_changes);
}

void EditCommand::redo()
{
    if (std::exchange(m_skipRedo, false))
        return;
    clearError();
    if (!m_done) {
        auto result = m_action();
        if (!result) {
            failFirstRun(result.error());
            return;
        }
        m_changes = std::move(result).value();
        m_done = true;
        return;
    }
    if (const Status applies = checkRedo(); !applies) {
        refuse(false, applies.error());
        return;
    }
    auto result = m_applier.apply(m_changes);
    if (!result) {
        refuse(false, result.error());
        return;
    }
    m_changes = std::move(result).value();
}

void EditCommand::undo()
{
    clearError();
    if (!m_done)
        return;
    const ChangeSet inverse = m_changes.inverse();
    if (const Status applies = m_check.stillApplies(inverse); !applies) {
        refuse(true, applies.error());
        return;
    }
    auto result = m_applier.apply(inverse);
    if (!result) {
        refuse(true, result.error());
        return;
    }
    // Keep exactly what undo did, so the next redo is its inverse.
    m_changes = result->inverse();
}

} // namespace trellis
