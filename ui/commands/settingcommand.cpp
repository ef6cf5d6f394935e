#include "commands/settingcommand.h"

namespace trellis {

SettingCommand::SettingCommand(EditKind kind, const QString &text, Steps steps, FailureHandler onFailure)
    : EditStep(kind, text, std::move(onFailure))
    , m_steps(std::move(steps))
{}

Status SettingCommand::runFirst()
{
    clearError();
    if (Status applied = m_steps.apply(); !applied) {
        failFirstRun(applied.error());
        return applied;
    }
    m_skipRedo = true;
    return {};
}

void SettingCommand::redo()
{
    if (std::exchange(m_skipRedo, false))
        return;
    clearError();
    if (Status restored = m_steps.isRestored(); !restored) {
        refuse(false, restored.error());
        return;
    }
    if (Status applied = m_steps.apply(); !applied)
        refuse(false, applied.error());
}

void SettingCommand::undo()
{
    clearError();
    if (Status applied = m_steps.isApplied(); !applied) {
        refuse(true, applied.error());
        return;
    }
    if (Status restored = m_steps.restore(); !restored)
        refuse(true, restored.error());
}

} // namespace trellis
