#include "relationships/relationshipspage.h"

#include "changenotifier.h"
#include "models/backgroundjob.h"
#include "models/relationshipfiltermodel.h"
#include "models/relationshiptablemodel.h"
#include "storage/database.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace trellis {

namespace {

RelationshipScope scopeFor(const WorkspaceContext &context)
{
    if (!context.profile)
        return RelationshipScope::all();
    switch (context.profile->role) {
    case Role::Mentor:
        return RelationshipScope::mentor(context.profile->personId);
    case Role::Mentee:
        return RelationshipScope::mentee(context.profile->personId);
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
{
    setObjectName(QStringLiteral("relationshipsPage"));
    m_filter->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 8);
    layout->setSpacing(8);

    auto *titleRow = new QHBoxLayout;
    const bool mine = context.profile && context.profile->role == Role::Mentor;
    auto *title = new QLabel(mine ? tr("My mentees") : tr("Relationships"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("relationshipsSummary"));
    titleRow->addWidget(title);
    titleRow->addStretch(1);
    titleRow->addWidget(m_summary);
    layout->addLayout(titleRow);

    auto *filterRow = new QHBoxLayout;
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
    layout->addLayout(filterRow);

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
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(RelationshipTableModel::Mentee, 170);
    m_table->setColumnWidth(RelationshipTableModel::Mentor, 150);
    m_table->setColumnWidth(RelationshipTableModel::Programme, 210);
    m_table->setColumnWidth(RelationshipTableModel::Status, 90);
    m_table->setColumnWidth(RelationshipTableModel::Health, 230);
    m_table->setColumnWidth(RelationshipTableModel::LastContact, 110);
    m_table->setColumnWidth(RelationshipTableModel::NextMeeting, 200);
    // A mentor's own list does not need a mentor column.
    m_table->setColumnHidden(RelationshipTableModel::Mentor, mine);
    const QByteArray header = QSettings().value(QStringLiteral("relationshipsPage/header")).toByteArray();
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("relationshipsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_body = new QStackedWidget(this);
    m_body->addWidget(m_table);
    m_body->addWidget(m_empty);
    layout->addWidget(m_body, 1);

    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setShow(RelationshipFilterModel::Show(m_show->currentData().toInt()));
        updateSummary();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updateSummary();
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT relationshipActivated(index.data(RelationshipTableModel::RelationshipIdRole).toLongLong());
    });
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, &RelationshipsPage::saveLayout);

    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(250);
    connect(m_reloadTimer, &QTimer::timeout, this, &RelationshipsPage::reload);
    if (m_context.notifier) {
        connect(m_context.notifier, &ChangeNotifier::changed, this, &RelationshipsPage::scheduleReload);
        connect(m_context.notifier, &ChangeNotifier::changedElsewhere, this,
                &RelationshipsPage::scheduleReload);
    }
    m_empty->setText(tr("Loading relationships…"));
    m_body->setCurrentWidget(m_empty);
    reload();
}

RelationshipsPage::~RelationshipsPage() = default;

void RelationshipsPage::scheduleReload()
{
    m_reloadTimer->start();
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

void RelationshipsPage::reload()
{
    if (!m_context.database)
        return;
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    auto result = std::make_shared<QList<RelationshipOverviewEntry>>();
    Database *database = m_context.database;
    const RelationshipScope scope = scopeFor(m_context);
    auto *job = BackgroundJob::start(
        [database, scope, result](JobControl &) -> Status {
            auto loaded = RelationshipOverview::load(database->connection(), scope);
            if (!loaded)
                return loaded.error();
            *result = std::move(loaded).value();
            return {};
        },
        this);
    connect(job, &BackgroundJob::finished, this, [this, result](bool ok, const QString &error, bool) {
        m_loading = false;
        if (ok) {
            m_model->setEntries(std::move(*result));
        } else {
            m_empty->setText(tr("The relationships could not be loaded: %1").arg(error));
            m_body->setCurrentWidget(m_empty);
        }
        updateSummary();
        if (m_reloadAgain) {
            m_reloadAgain = false;
            reload();
        } else {
            Q_EMIT loaded();
        }
    });
}

void RelationshipsPage::updateSummary()
{
    const HealthSummary summary = RelationshipOverview::summarize(m_model->entries());
    const int attention = summary.overdue + summary.atRisk;
    m_summary->setText(tr("Active: %1 · Needing attention: %2")
                           .arg(QLocale().toString(summary.onTrack + summary.dueSoon + summary.overdue),
                                QLocale().toString(attention)));
    if (m_model->rowCount() == 0) {
        m_empty->setText(tr("No relationships yet. Pair a mentor and a mentee to start one."));
        m_body->setCurrentWidget(m_empty);
    } else if (m_filter->rowCount() == 0) {
        m_empty->setText(tr("Nothing matches this filter."));
        m_body->setCurrentWidget(m_empty);
    } else {
        m_body->setCurrentWidget(m_table);
    }
}

void RelationshipsPage::saveLayout() const
{
    QSettings().setValue(QStringLiteral("relationshipsPage/header"),
                         m_table->horizontalHeader()->saveState());
}

} // namespace trellis
