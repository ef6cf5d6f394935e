#pragma once

#include "workspace/workspacecontext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace trellis {

class RosterFilterModel;
class RosterTableModel;

// The coordinator's roster: everybody with roles, skills, interests, capacity (used of total),
// department, manager, languages and time zone; search and role filter; add, edit and delete
// people (undoable); import a CSV roster; export roster and relationships as CSV; pair by hand.
class RosterPage final : public QWidget {
    Q_OBJECT
public:
    explicit RosterPage(const WorkspaceContext &context, QWidget *parent = nullptr);

    RosterTableModel *model() const { return m_model; }
    void reload();

    void addPerson();
    void editPerson(qint64 personId);
    void deleteSelected();
    void importRoster();
    void exportRoster();
    void exportRelationships();
    void pair();

Q_SIGNALS:
    void loaded();

private:
    void scheduleReload();
    void updateState();
    qint64 selectedPersonId() const;

    WorkspaceContext m_context;
    RosterTableModel *m_model = nullptr;
    RosterFilterModel *m_filter = nullptr;
    QLabel *m_summary = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_search = nullptr;
    QStackedWidget *m_body = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyButton = nullptr;
    QTimer *m_reloadTimer = nullptr;
    bool m_loading = false;
    bool m_reloadAgain = false;
    bool m_loadedOnce = false;
};

} // namespace trellis
