#pragma once

#include "widgets/pagescaffold.h"
#include "workspace/workspacecontext.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTreeView;

namespace trellis {

class ModelLoader;
class ProgrammeTreeModel;

// Programmes & cohorts: the programmes with their cohorts, the selected one's objectives,
// format and defaults; create, edit and delete both (undoable). A live ProgrammeTreeModel (applied
// by diff: the selection and what is expanded stay) in a PageScaffold.
class ProgrammesPage final : public QWidget {
    Q_OBJECT
public:
    explicit ProgrammesPage(const WorkspaceContext &context, QWidget *parent = nullptr);

    ProgrammeTreeModel *model() const { return m_model; }
    ModelLoader *loader() const { return m_loader; }
    // Reads everything again (the loader does this by itself after changes).
    void reload();

    void newProgramme();
    void newCohort();
    void editSelected();
    void deleteSelected();

Q_SIGNALS:
    // After each load was applied (the loader's loaded()).
    void loaded();

private:
    void showDetails();
    void updateState();
    std::optional<PageScaffold::EmptyState> emptyState() const;

    WorkspaceContext m_context;
    ProgrammeTreeModel *m_model = nullptr;
    ModelLoader *m_loader = nullptr;
    PageScaffold *m_scaffold = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_newCohort = nullptr;
    QPushButton *m_edit = nullptr;
    // What an edit just created, to select once it is loaded.
    qint64 m_selectProgramme = 0;
    qint64 m_selectCohort = 0;
};

} // namespace trellis
