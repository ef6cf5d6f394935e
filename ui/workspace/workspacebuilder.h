#pragma once

#include "workspace/workspacecontext.h"

namespace trellis {

class MainWindow;

// Fills the window's places for the current profile: which pages a mentor, a
// mentee or a coordinator sees, in which order. The one place pages are wired.
class WorkspaceBuilder {
public:
    static void populate(MainWindow &window, const WorkspaceContext &context);
    static QString roleName(Role role);
};

} // namespace trellis
