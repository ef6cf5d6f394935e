#pragma once

#include "commands/editstep.h"

#include <functional>

namespace trellis {

// An undo step for a value kept in the database's settings table (the profile, the database's
// preferences), which has no ChangeSet yet. `apply` writes the new value, `restore` the old one;
// `isApplied` / `isRestored` say whether the stored value is still the new / the old one, so that an
// undo never overwrites a value another process wrote meanwhile. EditHistory runs `apply` before it
// pushes the step.
class SettingCommand final : public EditStep {
public:
    struct Steps {
        std::function<Status()> apply;
        std::function<Status()> restore;
        std::function<Status()> isApplied;
        std::function<Status()> isRestored;
    };

    SettingCommand(EditKind kind, const QString &text, Steps steps, FailureHandler onFailure = {});

    void redo() override;
    void undo() override;
    [[nodiscard]] Status checkUndo() const override { return m_steps.isApplied(); }
    [[nodiscard]] Status checkRedo() const override { return m_steps.isRestored(); }

    // Writes the new value now; the redo() that QUndoStack::push() calls next then does nothing.
    [[nodiscard]] Status runFirst();

private:
    Steps m_steps;
    bool m_skipRedo = false;
};

} // namespace trellis
