#include "search/finddialog.h"

#include "models/modelloader.h"
#include "models/searchresultsmodel.h"
#include "search/searchhitdelegate.h"
#include "widgets/pagestyle.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <optional>
#include <utility>

namespace trellis {

FindDialog::FindDialog(const DataSource &source, QWidget *parent)
    : QDialog(parent)
    , m_model(new SearchResultsModel(this))
    , m_loader(new ModelLoader(source, SearchResultsModel::watchedEntities(), this))
{
    setObjectName(QStringLiteral("findDialog"));
    setWindowTitle(tr("Find"));

    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("findField"));
    m_field->setAccessibleName(tr("Find"));
    m_field->setPlaceholderText(tr("Find people, relationships, goals, notes and resources…"));
    m_field->setClearButtonEnabled(true);
    m_field->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    m_field->installEventFilter(this);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("findResults"));
    m_view->setAccessibleName(tr("Results"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new SearchHitDelegate(m_view));
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(false);
    m_view->setIndentation(0);
    m_view->setUniformRowHeights(false);
    m_view->setItemsExpandable(false);
    m_view->setExpandsOnDoubleClick(false);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("findStatus"));
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignCenter);
    PageStyle::makeSecondary(m_status);
    showHint();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(8);
    layout->addWidget(m_field);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    m_view->hide();

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &FindDialog::searchNow);
    connect(m_field, &QLineEdit::textChanged, this, &FindDialog::textEdited);
    connect(m_view, &QTreeView::activated, this, &FindDialog::activate);
    connect(m_view, &QTreeView::doubleClicked, this, &FindDialog::activate);
    connect(m_loader, &ModelLoader::failed, this, &FindDialog::showError);

    resize(600, 520);
}

FindDialog::~FindDialog() = default;

void FindDialog::setText(const QString &text)
{
    m_field->setText(text);
}

QString FindDialog::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void FindDialog::showHint()
{
    if (m_field && !m_field->text().trimmed().isEmpty())
        m_status->setText(tr("Keep typing: words of two letters or more are searched."));
    else
        m_status->setText(
            tr("Type a name, a goal or a word from shared notes. Private notes are never searched."));
}

void FindDialog::textEdited()
{
    // The results shown answer another text from now on: never leave them looking current.
    if (!m_model->results().isEmpty() || m_view->isVisible()) {
        m_model->setResults(SearchResults{});
        m_view->hide();
    }
    if (SearchResultsModel::isSearchable(m_field->text()))
        m_status->setText(tr("Searching…"));
    else
        showHint();
    m_status->show();
    m_debounce->start();
}

void FindDialog::searchNow()
{
    m_debounce->stop();
    if (SearchResultsModel::isSearchable(m_field->text())) {
        m_status->setText(tr("Searching…"));
        m_status->show();
    }
    // A new text is a new load: reload() cancels the search of the previous text and drops its result.
    m_loader->setLoad(m_searchFor(m_field->text()), this, &FindDialog::showResults);
    m_loader->reload();
}

void FindDialog::showResults(SearchResults results, const LoadRequest &)
{
    // Only the search of the text in the field is shown (the loader drops superseded loads; this
    // also holds for a text typed while its result was on its way to the GUI thread).
    if (results.text != m_field->text().trimmed())
        return;
    // The same text searched again (a record changed) keeps the hit the user is on.
    std::optional<std::pair<SearchHit::Kind, Id>> current;
    if (const SearchHit *hit = m_model->hit(m_view->currentIndex());
        hit && m_model->results().text == results.text)
        current = std::pair(hit->kind, hit->id);
    m_model->setResults(results);
    m_view->expandAll();
    if (results.text.isEmpty()) {
        showHint();
        m_status->show();
        m_view->hide();
    } else if (results.isEmpty()) {
        m_status->setText(tr("Nothing matches “%1”. Try fewer or shorter words.").arg(results.text));
        m_status->show();
        m_view->hide();
    } else {
        m_status->hide();
        m_view->show();
        const QModelIndex kept = current ? m_model->indexOf(current->first, current->second) : QModelIndex();
        m_view->setCurrentIndex(kept.isValid() ? kept : m_model->firstHit());
    }
    Q_EMIT resultsShown();
}

void FindDialog::showError(const QString &message)
{
    m_model->setResults(SearchResults{});
    m_status->setText(message);
    m_status->show();
    m_view->hide();
    Q_EMIT resultsShown();
}

void FindDialog::activate(const QModelIndex &index)
{
    const SearchHit *hit = m_model->hit(index);
    if (!hit || m_model->results().text != m_field->text().trimmed())
        return;
    const SearchHit chosen = *hit;
    accept();
    Q_EMIT hitActivated(chosen);
}

bool FindDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Up/Down and Enter in the field move through and open the results, keeping focus in the field.
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
        case Qt::Key_PageDown:
        case Qt::Key_PageUp: {
            if (!m_view->isVisible())
                break;
            QKeyEvent copy(key->type(), key->key(), key->modifiers());
            QCoreApplication::sendEvent(m_view, &copy);
            // Skip the group headers.
            QModelIndex current = m_view->currentIndex();
            if (current.isValid() && !m_model->hit(current)) {
                const bool down = key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown;
                const QModelIndex next = down ? m_view->indexBelow(current) : m_view->indexAbove(current);
                if (next.isValid())
                    m_view->setCurrentIndex(next);
            }
            return true;
        }
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_debounce->isActive()) {
                searchNow();
                return true;
            }
            activate(m_view->currentIndex());
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace trellis
