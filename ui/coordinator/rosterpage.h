#pragma once

#include "widgets/pagescaffold.h"
#include "workspace/workspacecontext.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace trellis {

class ModelLoader;
class PageScaffold;
class RosterFilterModel;
class RosterTableModel;

// The coordinator's roster: everybody with roles, skills, interests, capacity (used of total),
// department, manager, languages and time zone; search and role filter; add, edit and delete
// people (undoable); import a CSV roster; export roster and relationships as CSV; pair by hand.
// The pattern every page follows: a live model fed by a ModelLoader (after an edit only the people
// whose ids changed are re-read, and the mentors' loads when a relationship changed) inside a
// PageScaffold that shows loading, empty and failed states.
class RosterPage final : public QWidget {
    Q_OBJECT
public:
    explicit RosterPage(const WorkspaceContext &context, QWidget *parent = nullptr);

    RosterTableModel *model() const { return m_model; }
    ModelLoader *loader() const { return m_loader; }
    // Reads everything again (the loader does this by itself after changes).
    void reload();

    void addPerson();
    void editPerson(qint64 personId);
    void deleteSelected();
    void importRoster();
    void exportRoster();
    void exportRelationships();
    void pair();

Q_SIGNALS:
    // After each load was applied (the loader's loaded()).
    void loaded();

private:
    std::optional<PageScaffold::EmptyState> emptyState() const;
    void updateSummary();
    qint64 selectedPersonId() const;

    WorkspaceContext m_context;
    RosterTableModel *m_model = nullptr;
    RosterFilterModel *m_filter = nullptr;
    ModelLoader *m_loader = nullptr;
    PageScaffold *m_scaffold = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace trellis
