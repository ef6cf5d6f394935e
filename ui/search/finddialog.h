#pragma once

#include "domain/searchresults.h"
#include "models/datasource.h"
#include "models/searchresultsmodel.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QTimer;
class QTreeView;

namespace trellis {

class LoadRequest;
class ModelLoader;
class SearchResultsModel;

// Edit ▸ Find: one search box over people, relationships, goals, shared notes and resources
// with grouped results (never private notes). Searches off the GUI thread as you type (a
// ModelLoader running SearchResultsModel::searchFor(text); a newer text cancels the older search
// and drops its results), and again when a record it shows changes. Results are only ever shown
// for the text in the field: typing clears them and says "Searching…" until the new ones come.
// Enter or a double click on a result emits hitActivated() and closes the dialog.
class FindDialog final : public QDialog {
    Q_OBJECT
public:
    explicit FindDialog(const DataSource &source, QWidget *parent = nullptr);
    ~FindDialog() override;

    SearchResultsModel *model() const { return m_model; }
    void setText(const QString &text);
    // Starts the search for the current text now (tests; typing waits a moment first).
    void searchNow();
    // What a text's search runs on the loader's worker (SearchResultsModel::searchFor; tests put
    // in one they control).
    using SearchFor = std::function<SearchResultsModel::Fetch(const QString &text)>;
    void setSearchFor(SearchFor searchFor) { m_searchFor = std::move(searchFor); }
    // The line above the results ("Searching…", the hint, "Nothing matches…"); empty when hidden.
    QString statusText() const;

Q_SIGNALS:
    void hitActivated(const trellis::SearchHit &hit);
    // A search finished and its results are shown.
    void resultsShown();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void textEdited();
    void showHint();
    void showResults(SearchResults results, const LoadRequest &request);
    void showError(const QString &message);
    void activate(const QModelIndex &index);

    QLineEdit *m_field = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_debounce = nullptr;
    SearchResultsModel *m_model = nullptr;
    ModelLoader *m_loader = nullptr;
    SearchFor m_searchFor = &SearchResultsModel::searchFor;
};

} // namespace trellis
