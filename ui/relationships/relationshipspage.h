#pragma once

#include "widgets/pagescaffold.h"
#include "workspace/workspacecontext.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLineEdit;
class QTableView;

namespace trellis {

class ModelLoader;
class RelationshipFilterModel;
class RelationshipTableModel;

// Every relationship in scope with its health, in a sortable, filterable table. Live: a
// ModelLoader re-reads only the relationships an edit touched (see OverviewListModel), inside a
// PageScaffold that shows loading, empty and failed states.
class RelationshipsPage final : public QWidget {
    Q_OBJECT
public:
    RelationshipsPage(const WorkspaceContext &context, QWidget *parent = nullptr);
    ~RelationshipsPage() override;

    RelationshipTableModel *model() const { return m_model; }
    ModelLoader *loader() const { return m_loader; }
    // Loads now (the loader reloads by itself after changes; tests wait for loaded()).
    void reload();
    // Find: filter by this text (a person's name), or select and open one relationship.
    void setSearchText(const QString &text);
    void showRelationship(qint64 relationshipId);

Q_SIGNALS:
    // After each load was applied (the loader's loaded()).
    void loaded();
    void relationshipActivated(qint64 relationshipId);

private:
    std::optional<PageScaffold::EmptyState> emptyState() const;
    void updateSummary();

    WorkspaceContext m_context;
    RelationshipTableModel *m_model = nullptr;
    RelationshipFilterModel *m_filter = nullptr;
    ModelLoader *m_loader = nullptr;
    PageScaffold *m_scaffold = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_show = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace trellis
