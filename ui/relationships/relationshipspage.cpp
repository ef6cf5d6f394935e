#include "relationships/relationshipspage.h"

#include "coordinator/coordinatorui.h"
#include "dialogs/peopleflows.h"
#include "models/modelloader.h"
#include "models/relationshipfiltermodel.h"
#include "models/relationshiptablemodel.h"
#include "widgets/columnfitter.h"
#include "widgets/sparklinedelegate.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace trellis {

namespace {

RelationshipScope scopeFor(const WorkspaceContext &context)
{
    if (!context.profile)
        return RelationshipScope::all();
    switch (context.profile->role) {
    case Role::Mentor:
        return RelationshipScope::mentor(context.profile->personId).seenBy(Role::Mentor);
    case Role::Mentee:
        return RelationshipScope::mentee(context.profile->personId).seenBy(Role::Mentee);
    case Role::Coordinator:
        break;
    }
    return RelationshipScope::all();
}

} // namespace

RelationshipsPage::RelationshipsPage(const WorkspaceContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new RelationshipTableModel(this))
    , m_filter(new RelationshipFilterModel(this))
    , m_loader(new ModelLoader(context.dataSource(), {}, this))
{
    setObjectName(QStringLiteral("relationshipsPage"));
    m_filter->setSourceModel(m_model);
    m_model->loadWith(m_loader, scopeFor(m_context));

    const bool mine = context.profile && context.profile->role == Role::Mentor;
    // A mentor's own pairs, under the name the sidebar gives them (Today is "My mentees").
    m_scaffold = new PageScaffold(mine ? tr("All relationships") : tr("Relationships"), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scaffold);
    m_scaffold->summaryLabel()->setObjectName(QStringLiteral("relationshipsSummary"));
    m_scaffold->statePanel()->setObjectName(QStringLiteral("relationshipsEmpty"));

    QHBoxLayout *filterRow = m_scaffold->filterRow();
    m_show = new QComboBox(this);
    m_show->setObjectName(QStringLiteral("relationshipsShow"));
    m_show->setAccessibleName(tr("Show"));
    m_show->addItem(tr("All relationships"), int(RelationshipFilterModel::Show::All));
    m_show->addItem(tr("Active"), int(RelationshipFilterModel::Show::Active));
    m_show->addItem(tr("At risk"), int(RelationshipFilterModel::Show::AtRisk));
    m_show->addItem(tr("Paused"), int(RelationshipFilterModel::Show::Paused));
    m_show->addItem(tr("Past"), int(RelationshipFilterModel::Show::Past));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("relationshipsSearch"));
    m_search->setPlaceholderText(tr("Search by name or programme…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search relationships"));
    filterRow->addWidget(m_show);
    filterRow->addWidget(m_search, 1);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("relationshipsTable"));
    m_table->setAccessibleName(tr("Relationships"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RelationshipTableModel::Health, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Who, in what and how it goes always show; the rest as the width allows (1024×700 fits
    // the key columns without a sideways scroll).
    using C = RelationshipTableModel;
    m_table->setItemDelegateForColumn(C::Trend, new SparklineDelegate(C::TrendRole, m_table));
    auto *columns = new ColumnFitter(m_table, {{C::Mentee, 130, true},
                                               {C::Mentor, 130, true},
                                               {C::Programme, 150, true},
                                               {C::Health, 210, true},
                                               {C::Status, 90, false},
                                               {C::LastContact, 110, false},
                                               {C::Trend, 70, false},
                                               {C::NextMeeting, 200, false},
                                               {C::Goals, 70, false},
                                               {C::OpenActions, 100, false},
                                               {C::Cadence, 90, false}});
    // A mentor's own list does not need a mentor column.
    columns->setForcedHidden(C::Mentor, mine);

    m_scaffold->setContent(m_table);
    m_scaffold->follow(
        m_loader, [this] { return emptyState(); }, tr("Loading relationships…"));
    m_scaffold->emptyButton()->setObjectName(QStringLiteral("relationshipsEmptyButton"));
    connect(m_scaffold->emptyButton(), &QPushButton::clicked, this, [this] {
        if (PeopleFlows::partnerRole(m_context))
            PeopleFlows::addPartner(m_context, this, [this](Id id) { Q_EMIT relationshipActivated(id); });
        else
            CoordinatorUi::openPairing(m_context, this);
    });

    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setShow(RelationshipFilterModel::Show(m_show->currentData().toInt()));
        m_scaffold->refresh();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        m_scaffold->refresh();
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT relationshipActivated(index.data(RelationshipTableModel::RelationshipIdRole).toLongLong());
    });
    connect(m_loader, &ModelLoader::loaded, this, &RelationshipsPage::updateSummary);
    connect(m_loader, &ModelLoader::loaded, this, &RelationshipsPage::loaded);
    updateSummary();
    m_loader->reload();
}

RelationshipsPage::~RelationshipsPage() = default;

void RelationshipsPage::reload()
{
    m_loader->reload();
}

void RelationshipsPage::setSearchText(const QString &text)
{
    m_search->setText(text);
}

void RelationshipsPage::showRelationship(qint64 relationshipId)
{
    m_search->clear();
    const int row = m_model->rowOf(relationshipId);
    if (row >= 0) {
        const QModelIndex index =
            m_filter->mapFromSource(m_model->index(row, RelationshipTableModel::Mentee));
        if (index.isValid()) {
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
        }
    }
    Q_EMIT relationshipActivated(relationshipId);
}

std::optional<PageScaffold::EmptyState> RelationshipsPage::emptyState() const
{
    if (m_model->rowCount() == 0) {
        // The one way forward for this profile: start a relationship you are part of, or (a
        // coordinator) pair anyone; without a profile, say who you are first.
        if (const auto partner = PeopleFlows::partnerRole(m_context))
            return PageScaffold::EmptyState{QStringLiteral("system-users"),
                                            *partner == Role::Mentee
                                                ? tr("No relationships yet. Add a mentee to start one.")
                                                : tr("No relationships yet. Add your mentor to start one."),
                                            PeopleFlows::addPartnerText(m_context)};
        if (m_context.profile)
            return PageScaffold::EmptyState{
                QStringLiteral("system-users"),
                tr("No relationships yet. Pair a mentor and a mentee to start one."),
                tr("Pair Mentor and Mentee…")};
        return PageScaffold::EmptyState{QStringLiteral("system-users"),
                                        tr("No relationships yet. Say who you are under Get started first."),
                                        {}};
    }
    if (m_filter->rowCount() == 0)
        return PageScaffold::EmptyState{
            QStringLiteral("system-users"), tr("Nothing matches this filter."), {}};
    return std::nullopt;
}

void RelationshipsPage::updateSummary()
{
    // The same counts as Today and the Cohort cards (PortfolioCounts): needing attention is a
    // part of the active ones, each relationship counted once.
    const PortfolioCounts counts = PortfolioCounts::of(m_model->entries());
    m_scaffold->setSummary(
        tr("Active: %1 · Needing attention: %2")
            .arg(QLocale().toString(counts.active()), QLocale().toString(counts.needingAttention)));
}

} // namespace trellis
