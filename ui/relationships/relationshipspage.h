#pragma once

#include "workspace/workspacecontext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;

namespace trellis {

class RelationshipFilterModel;
class RelationshipTableModel;

// Every relationship in scope with its health, in a sortable, filterable table.
// Loads off the GUI thread and refreshes (throttled) when the notifier reports edits.
class RelationshipsPage final : public QWidget {
    Q_OBJECT
public:
    RelationshipsPage(const WorkspaceContext &context, QWidget *parent = nullptr);
    ~RelationshipsPage() override;

    RelationshipTableModel *model() const { return m_model; }
    // Loads now (tests wait for loaded()).
    void reload();
    // Find: filter by this text (a person's name), or select and open one relationship.
    void setSearchText(const QString &text);
    void showRelationship(qint64 relationshipId);

Q_SIGNALS:
    void loaded();
    void relationshipActivated(qint64 relationshipId);

private:
    void scheduleReload();
    void updateSummary();
    void saveLayout() const;

    WorkspaceContext m_context;
    RelationshipTableModel *m_model = nullptr;
    RelationshipFilterModel *m_filter = nullptr;
    QLabel *m_summary = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_show = nullptr;
    QStackedWidget *m_body = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QTimer *m_reloadTimer = nullptr;
    bool m_loading = false;
    bool m_reloadAgain = false;
};

} // namespace trellis
