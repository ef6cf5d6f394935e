#pragma once

#include "dialogs/pairingdialog.h"
#include "domain/cohort.h"
#include "domain/person.h"
#include "domain/programme.h"
#include "workspace/workspacecontext.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class QWidget;

namespace trellis {

class MainWindow;

// Small pieces the coordinator pages share: opening the pairing dialog with fresh choices read
// from the database, the roster import and exports, status-bar feedback. (Page titles and empty
// states come from PageScaffold.)
class CoordinatorUi {
public:
    // Reads the choices on a worker, then opens the pairing dialog (window-modal); the edit lands on the undo
    // stack as one step.
    static void openPairing(const WorkspaceContext &context, QWidget *parent, std::optional<Id> cohortId = {},
                            std::optional<Id> personId = {});
    static void showPairingDialog(const WorkspaceContext &context, QWidget *parent,
                                  PairingDialog::Choices choices, std::optional<Id> cohortId,
                                  std::optional<Id> personId);
    // Roster CSV import (dialog with mapping and preview) and CSV exports on a worker; used by the
    // Roster page and by File ▸ Import/Export.
    static void importRoster(const WorkspaceContext &context, QWidget *parent);
    static void exportRoster(const WorkspaceContext &context, QWidget *parent);
    static void exportRelationships(const WorkspaceContext &context, QWidget *parent);
    // Shows "text — Undo" style feedback in the main window's status bar, when there is one.
    static void showStatus(QWidget *widget, const QString &text);
};

} // namespace trellis
