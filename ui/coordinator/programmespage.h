#pragma once

#include "workspace/workspacecontext.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;
class QTreeView;

namespace trellis {

class ProgrammeTreeModel;

// Programmes & cohorts: the programmes with their cohorts, the selected one's objectives,
// format and defaults; create, edit and delete both (undoable).
class ProgrammesPage final : public QWidget {
    Q_OBJECT
public:
    explicit ProgrammesPage(const WorkspaceContext &context, QWidget *parent = nullptr);

    ProgrammeTreeModel *model() const { return m_model; }
    void reload();

    void newProgramme();
    void newCohort();
    void editSelected();
    void deleteSelected();

Q_SIGNALS:
    void loaded();

private:
    void scheduleReload();
    void showDetails();
    void updateState();

    WorkspaceContext m_context;
    ProgrammeTreeModel *m_model = nullptr;
    QStackedWidget *m_body = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_newCohort = nullptr;
    QPushButton *m_edit = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyButton = nullptr;
    QTimer *m_reloadTimer = nullptr;
    bool m_loading = false;
    bool m_reloadAgain = false;
    qint64 m_selectProgramme = 0;
    qint64 m_selectCohort = 0;
};

} // namespace trellis
