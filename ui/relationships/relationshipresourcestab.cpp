#include "relationships/relationshipresourcestab.h"

#include "commands/edits.h"
#include "models/modelloader.h"
#include "models/sharelistmodel.h"
#include "models/suggestionlistmodel.h"
#include "util/clock.h"
#include "widgets/pagestyle.h"
#include "widgets/placeholdertreeview.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace trellis {

RelationshipResourcesTab::RelationshipResourcesTab(const WorkspaceContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new ShareListModel(this))
    , m_loader(new ModelLoader(context.dataSource(),
                               {Entity::ResourceShare, Entity::Resource, Entity::Person}, this))
    , m_suggestions(new SuggestionListModel(this))
    , m_suggestionsLoader(new ModelLoader(
          context.dataSource(), {Entity::ResourceSuggestion, Entity::Resource, Entity::Person}, this))
{
    setObjectName(QStringLiteral("resourcesTab"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(8);
    // What the mentee suggested, above what was shared with them: the mentor adds it to the
    // library or dismisses it (one undo step each). Hidden while there is none.
    m_suggestionsBox = new QWidget(this);
    m_suggestionsBox->setObjectName(QStringLiteral("suggestionsBox"));
    auto *suggestionsLayout = new QVBoxLayout(m_suggestionsBox);
    suggestionsLayout->setContentsMargins(0, 0, 0, 8);
    suggestionsLayout->setSpacing(6);
    m_suggestionsTitle = PageStyle::sectionTitle(tr("Suggested by the mentee"), m_suggestionsBox);
    suggestionsLayout->addWidget(m_suggestionsTitle);
    m_suggestionsView = new PlaceholderTreeView(m_suggestionsBox);
    m_suggestionsView->setObjectName(QStringLiteral("suggestionsTree"));
    m_suggestionsView->setAccessibleName(tr("Suggestions"));
    m_suggestionsView->setRootIsDecorated(false);
    m_suggestionsView->setUniformRowHeights(true);
    m_suggestionsView->setModel(m_suggestions);
    // Columns share the width (no horizontal scroll bar to cover the short list's rows).
    m_suggestionsView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_suggestionsView->header()->setStretchLastSection(false);
    m_suggestionsView->header()->setSectionResizeMode(SuggestionListModel::Suggestion, QHeaderView::Stretch);
    m_suggestionsView->header()->setSectionResizeMode(SuggestionListModel::Suggested,
                                                      QHeaderView::ResizeToContents);
    m_suggestionsView->header()->setSectionResizeMode(SuggestionListModel::Status,
                                                      QHeaderView::ResizeToContents);
    m_suggestionsView->header()->setSectionResizeMode(SuggestionListModel::Note, QHeaderView::Stretch);
    suggestionsLayout->addWidget(m_suggestionsView);
    auto *suggestionButtons = new QHBoxLayout;
    m_accept =
        new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add to Library"), m_suggestionsBox);
    m_accept->setObjectName(QStringLiteral("acceptSuggestionButton"));
    m_dismiss = new QPushButton(tr("Dismiss"), m_suggestionsBox);
    m_dismiss->setObjectName(QStringLiteral("dismissSuggestionButton"));
    suggestionButtons->addWidget(m_accept);
    suggestionButtons->addWidget(m_dismiss);
    suggestionButtons->addStretch(1);
    suggestionsLayout->addLayout(suggestionButtons);
    layout->addWidget(m_suggestionsBox);
    m_suggestionsBox->hide();
    connect(m_accept, &QPushButton::clicked, this, &RelationshipResourcesTab::acceptCurrentSuggestion);
    connect(m_dismiss, &QPushButton::clicked, this, &RelationshipResourcesTab::dismissCurrentSuggestion);
    connect(m_suggestionsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RelationshipResourcesTab::updateSuggestionButtons);
    connect(m_suggestions, &QAbstractItemModel::dataChanged, this,
            &RelationshipResourcesTab::updateSuggestionButtons);

    // With suggestions above, the shared list gets a title of its own so the two lists read apart.
    m_sharedTitle = PageStyle::sectionTitle(tr("Shared with the mentee"), this);
    m_sharedTitle->hide();
    layout->addWidget(m_sharedTitle);
    m_summary = PageStyle::secondary(QString(), this);
    m_summary->setObjectName(QStringLiteral("resourcesSummary"));
    layout->addWidget(m_summary);
    m_view = new PlaceholderTreeView(this);
    m_view->setObjectName(QStringLiteral("resourcesTree"));
    m_view->setAccessibleName(tr("Shared resources"));
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setModel(m_model);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(ShareListModel::ResourceColumn, 340);
    m_view->setColumnWidth(ShareListModel::Shared, 200);
    m_view->setColumnWidth(ShareListModel::Status, 170);
    m_view->setPlaceholderText(
        tr("Nothing shared yet. Share articles, templates and job leads from the Library."));
    layout->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    m_opened = new QPushButton(QIcon::fromTheme(QStringLiteral("document-open")), tr("Mark Opened"), this);
    m_opened->setObjectName(QStringLiteral("markOpenedButton"));
    m_discussed = new QPushButton(QIcon::fromTheme(QStringLiteral("checkmark")), tr("Mark Discussed"), this);
    m_discussed->setObjectName(QStringLiteral("markDiscussedButton"));
    m_notYet = new QPushButton(tr("Not Opened Yet"), this);
    m_notYet->setObjectName(QStringLiteral("markSharedButton"));
    m_openLink =
        new QPushButton(QIcon::fromTheme(QStringLiteral("internet-web-browser")), tr("Open Link"), this);
    m_unshare = new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Stop Sharing"), this);
    m_unshare->setObjectName(QStringLiteral("unshareButton"));
    buttons->addWidget(m_opened);
    buttons->addWidget(m_discussed);
    buttons->addWidget(m_notYet);
    buttons->addStretch(1);
    buttons->addWidget(m_openLink);
    buttons->addWidget(m_unshare);
    layout->addLayout(buttons);
    connect(m_opened, &QPushButton::clicked, this, [this] { markCurrent(ShareStatus::Opened); });
    connect(m_discussed, &QPushButton::clicked, this, [this] { markCurrent(ShareStatus::Discussed); });
    connect(m_notYet, &QPushButton::clicked, this, [this] { markCurrent(ShareStatus::Shared); });
    connect(m_openLink, &QPushButton::clicked, this, [this] {
        if (const auto row = current(); row && !row->url.isEmpty())
            QDesktopServices::openUrl(QUrl::fromUserInput(row->url));
    });
    connect(m_unshare, &QPushButton::clicked, this, [this] {
        if (const auto id = currentId(); id && m_context.edits)
            (void)m_context.edits->unshareResource(*id);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RelationshipResourcesTab::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RelationshipResourcesTab::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RelationshipResourcesTab::updateButtons);
    connect(m_loader, &ModelLoader::loaded, this, &RelationshipResourcesTab::loaded);
    updateButtons();
}

void RelationshipResourcesTab::setSnapshot(const RelationshipSnapshot &snapshot)
{
    if (snapshot.relationship.id == m_relationshipId)
        return;
    m_relationshipId = snapshot.relationship.id;
    m_loader->setLoad(ShareListModel::Fetch(m_relationshipId), this, &RelationshipResourcesTab::apply);
    m_loader->reload();
    m_suggestionsLoader->setLoad(SuggestionListModel::Fetch(m_relationshipId), this,
                                 &RelationshipResourcesTab::applySuggestions);
    m_suggestionsLoader->reload();
}

void RelationshipResourcesTab::applySuggestions(QList<SuggestionRow> rows, const LoadRequest &)
{
    m_suggestions->setItems(std::move(rows));
    const int pending = m_suggestions->pendingCount();
    m_suggestionsTitle->setText(pending > 0 ? tr("Suggested by the mentee (%n waiting)", nullptr, pending)
                                            : tr("Suggested by the mentee"));
    m_suggestionsBox->setVisible(m_suggestions->rowCount() > 0);
    m_sharedTitle->setVisible(m_suggestions->rowCount() > 0);
    // As tall as its rows (up to four, then it scrolls): the shared list below keeps the room.
    if (m_suggestions->rowCount() > 0) {
        const int shown = std::min(m_suggestions->rowCount(), 4);
        const int rowHeight = std::max(m_suggestionsView->sizeHintForRow(0), fontMetrics().height() + 4);
        m_suggestionsView->setFixedHeight(m_suggestionsView->header()->sizeHint().height() +
                                          shown * rowHeight + 2 * m_suggestionsView->frameWidth() + 2);
    }
    if (!m_suggestionsView->currentIndex().isValid() && m_suggestions->rowCount() > 0)
        m_suggestionsView->setCurrentIndex(m_suggestions->index(0, 0));
    updateSuggestionButtons();
}

std::optional<Id> RelationshipResourcesTab::currentSuggestionId() const
{
    const QModelIndex index = m_suggestionsView->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    return m_suggestions->itemAt(index.row()).id();
}

void RelationshipResourcesTab::acceptCurrentSuggestion()
{
    const auto id = currentSuggestionId();
    if (!id || !m_context.edits)
        return;
    std::optional<Id> me;
    if (m_context.profile)
        me = m_context.profile->personId;
    (void)m_context.edits->acceptSuggestion(*id, Clock::today(), me);
}

void RelationshipResourcesTab::dismissCurrentSuggestion()
{
    if (const auto id = currentSuggestionId(); id && m_context.edits)
        (void)m_context.edits->dismissSuggestion(*id, Clock::today());
}

void RelationshipResourcesTab::updateSuggestionButtons()
{
    const QModelIndex index = m_suggestionsView->currentIndex();
    const bool pending =
        index.isValid() && m_context.edits && m_suggestions->itemAt(index.row()).suggestion.isPending();
    // The mentor decides: the mentee sees their own suggestions in their workspace.
    const bool mentor = !m_context.profile || m_context.profile->role != Role::Mentee;
    m_accept->setEnabled(pending && mentor);
    m_dismiss->setEnabled(pending && mentor);
    m_accept->setVisible(mentor);
    m_dismiss->setVisible(mentor);
}

void RelationshipResourcesTab::apply(QList<ShareRow> rows, const LoadRequest &)
{
    int discussed = 0;
    int open = 0;
    for (const ShareRow &row : std::as_const(rows)) {
        if (row.share.status() == ShareStatus::Discussed)
            ++discussed;
        else if (!row.share.isRemoved())
            ++open;
    }
    m_model->setItems(std::move(rows));
    m_summary->setText(m_model->rowCount() == 0
                           ? QString()
                           : tr("%n shared", nullptr, m_model->rowCount()) + QStringLiteral(" · ") +
                                 tr("%n discussed", nullptr, discussed) + QStringLiteral(" · ") +
                                 tr("%n still to talk about", nullptr, open));
    m_summary->setVisible(m_model->rowCount() > 0);
    updateButtons();
}

std::optional<ShareRow> RelationshipResourcesTab::current() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    return m_model->itemAt(index.row());
}

std::optional<Id> RelationshipResourcesTab::currentId() const
{
    if (const auto row = current())
        return row->id();
    return std::nullopt;
}

void RelationshipResourcesTab::markCurrent(ShareStatus status)
{
    const auto id = currentId();
    if (!id || !m_context.edits)
        return;
    std::optional<Id> me;
    if (m_context.profile)
        me = m_context.profile->personId;
    (void)m_context.edits->setShareStatus(*id, status, Clock::today(), me);
}

void RelationshipResourcesTab::updateButtons()
{
    const auto row = current();
    const bool editable = row.has_value() && m_context.edits;
    m_opened->setEnabled(editable && row->share.status() == ShareStatus::Shared);
    m_discussed->setEnabled(editable && row->share.status() != ShareStatus::Discussed);
    m_notYet->setEnabled(editable && row->share.status() != ShareStatus::Shared);
    m_openLink->setEnabled(row.has_value() && !row->url.isEmpty());
    m_unshare->setEnabled(editable);
}

} // namespace trellis
