#pragma once

#include "commands/editcommand.h"
#include "workspace/workspacecontext.h"

#include <QString>

class QWidget;

namespace trellis {

// Runs one undoable edit for a widget: through the context's EditFacade (one step on the undo
// stack), then says so in the window's status bar ("Goal added — Ctrl+Z undoes it"); a refusal
// is shown to the user with the service's message. Returns whether the edit was made.
class EditRunner {
public:
    static bool run(const WorkspaceContext &context, QWidget *widget, const QString &text,
                    const EditCommand::Action &action);
};

} // namespace trellis
