#pragma once

#include "insights/relationshipsnapshot.h"
#include "workspace/workspacecontext.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace trellis {

class LoadRequest;
class ModelLoader;
class PlaceholderTreeView;
class ShareListModel;
class SuggestionListModel;
struct ShareRow;
struct SuggestionRow;

// What was shared in the relationship, newest first, and how far each got: shared → opened →
// discussed (dates and who). Mark Opened / Mark Discussed / Not Yet are one undoable edit each;
// a resource since removed from the library stays as a line of history. Reads through a loader
// of its own (resource shares are not part of the relationship's snapshot).
class RelationshipResourcesTab final : public QWidget {
    Q_OBJECT
public:
    explicit RelationshipResourcesTab(const WorkspaceContext &context, QWidget *parent = nullptr);

    void setSnapshot(const RelationshipSnapshot &snapshot);
    ShareListModel *model() const { return m_model; }
    std::optional<Id> currentId() const;
    void markCurrent(ShareStatus status);
    // The mentee's suggestions (pending first) and the mentor's answer to the current one.
    SuggestionListModel *suggestions() const { return m_suggestions; }
    ModelLoader *suggestionsLoader() const { return m_suggestionsLoader; }
    std::optional<Id> currentSuggestionId() const;
    void acceptCurrentSuggestion();
    void dismissCurrentSuggestion();

Q_SIGNALS:
    void loaded();

private:
    void apply(QList<ShareRow> rows, const LoadRequest &request);
    void updateButtons();
    void applySuggestions(QList<SuggestionRow> rows, const LoadRequest &request);
    void updateSuggestionButtons();
    std::optional<ShareRow> current() const;

    WorkspaceContext m_context;
    Id m_relationshipId = 0;
    ShareListModel *m_model = nullptr;
    ModelLoader *m_loader = nullptr;
    PlaceholderTreeView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_opened = nullptr;
    QPushButton *m_discussed = nullptr;
    QPushButton *m_notYet = nullptr;
    QPushButton *m_openLink = nullptr;
    QPushButton *m_unshare = nullptr;
    SuggestionListModel *m_suggestions = nullptr;
    ModelLoader *m_suggestionsLoader = nullptr;
    QWidget *m_suggestionsBox = nullptr;
    QLabel *m_suggestionsTitle = nullptr;
    QLabel *m_sharedTitle = nullptr;
    PlaceholderTreeView *m_suggestionsView = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_dismiss = nullptr;
};

} // namespace trellis
