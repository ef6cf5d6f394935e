#pragma once

#include "models/librarylistmodel.h"
#include "widgets/pagescaffold.h"
#include "workspace/workspacecontext.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSplitter;
class QTimer;
class QToolButton;

namespace trellis {

class LibraryDetailPane;
class LibraryItemDelegate;
class LoadRequest;
class ModelLoader;

// Library (every role): the programme's shared resources — articles, documents, templates, job
// leads… A search field (title, description, tags and the text inside files; ranked, matched
// words marked), kind and tag filters, saved searches, the job leads closing soon, the index
// coverage ("12 of 13 files indexed; 1 could not be read: scan.pdf") and a detail pane. Files and
// links dropped on the page are added; files are read (and PDFs' text extracted) on a worker.
class LibraryPage final : public QWidget {
    Q_OBJECT
public:
    explicit LibraryPage(const WorkspaceContext &context, QWidget *parent = nullptr);

    LibraryListModel *model() const { return m_model; }
    LibraryDetailPane *detailPane() const { return m_detail; }
    QLineEdit *searchField() const { return m_search; }
    QString coverageText() const;
    // Runs the search for the field's text now (tests; typing waits a moment).
    void searchNow();
    void selectResource(Id resourceId);
    // The flows behind the buttons (public for tests and the relationship page).
    void addLink(const QString &url = {});
    void addFiles(const QStringList &paths);
    void shareResource(Id resourceId);
    // "Import Links…": a CSV list of links (LinkCsv) added in one transaction and one undo step,
    // duplicates left out and named. Returns what it told the user (a refusal names file, line and
    // field); `ask` false adds without the confirmation and shows no message (tests).
    QString importLinks(const QString &path, bool ask = true);

Q_SIGNALS:
    void loaded();
    // A file read for adding is done (added, refused or cancelled): tests wait for it.
    void filesHandled();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    void apply(LibraryListModel::Data loaded, const LoadRequest &request);
    std::optional<PageScaffold::EmptyState> emptyState() const;
    LibraryFilter filter() const;
    void chooseFiles();
    void chooseLinkList();
    void addReadFiles(const QList<ResourceAttachment> &files);
    void editResource(Id resourceId);
    void deleteResource(Id resourceId);
    void attachTo(Id resourceId);
    void openAttachment(Id attachmentId, const QString &fileName);
    void saveAttachment(Id attachmentId, const QString &fileName);
    void saveCurrentSearch();
    void applySavedSearch(const SavedSearch &search);
    void rebuildSavedMenu();
    void showClosingSoon();
    // "Already in the library as “…”": true to go on adding.
    bool confirmDuplicate(Id existingId, const Resource &resource);
    std::optional<Id> me() const;

    WorkspaceContext m_context;
    LibraryListModel *m_model = nullptr;
    ModelLoader *m_loader = nullptr;
    PageScaffold *m_scaffold = nullptr;
    LibraryItemDelegate *m_delegate = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_tag = nullptr;
    QToolButton *m_saved = nullptr;
    QPushButton *m_addLink = nullptr;
    QPushButton *m_addFile = nullptr;
    QPushButton *m_importLinks = nullptr;
    QListView *m_list = nullptr;
    QSplitter *m_splitter = nullptr;
    LibraryDetailPane *m_detail = nullptr;
    QLabel *m_closing = nullptr;
    QLabel *m_coverage = nullptr;
    QTimer *m_typing = nullptr;
    LibraryListModel::Data m_side; // tags, saved searches, closing soon, coverage of the last load
    Id m_wanted = 0;               // select once it is listed
    bool m_shownOnce = false;
};

} // namespace trellis
