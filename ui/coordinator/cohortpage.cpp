#include "coordinator/cohortpage.h"

#include "charts/activitychartsview.h"
#include "coordinator/coordinatorui.h"
#include "dialogs/peopleflows.h"
#include "models/healthpresentation.h"
#include "models/modelloader.h"
#include "models/relationshipfiltermodel.h"
#include "models/relationshiptablemodel.h"
#include "widgets/cohortpicker.h"
#include "widgets/columnfitter.h"
#include "widgets/pagestyle.h"
#include "widgets/sparklinedelegate.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

namespace trellis {

CohortPage::CohortPage(const WorkspaceContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new RelationshipTableModel(this))
    , m_filter(new RelationshipFilterModel(this))
    , m_loader(new ModelLoader(context.dataSource(), {}, this))
{
    setObjectName(QStringLiteral("cohortPage"));
    m_filter->setSourceModel(m_model);

    m_scaffold = new PageScaffold(tr("Cohort"), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scaffold);

    // Programme, cohort and dates in one entry (ProgrammeTreeModel::cohortLabel).
    // Searchable: a programme office may run dozens of cohorts.
    m_cohort = new CohortPicker(context.dataSource(), CohortPicker::Choices::WithEveryRelationship,
                                QStringLiteral("cohortChoice"), this);
    m_scaffold->addBesideTitle(m_cohort, 8);
    auto *pair = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add-user")),
                                 tr("&Pair Mentor and Mentee…"), this);
    pair->setObjectName(QStringLiteral("cohortPair"));
    pair->setDefault(true);
    m_scaffold->setPrimaryButton(pair);

    // KPI cards: a number and a word each; colours for the ones that need attention. The first
    // cards are the status partition (PortfolioCounts), so they add up to the pairs; "at risk"
    // is part of the active ones and stands apart, after a rule, as "of which at risk".
    auto *kpiCards = new QWidget(this);
    auto *kpiRow = new QHBoxLayout(kpiCards);
    kpiRow->setContentsMargins(0, 0, 0, 0);
    kpiRow->setSpacing(8);
    struct Kpi {
        QString key;
        QString caption;
        QString definition;
        HealthPresentation::Tone tone;
    };
    const QList<Kpi> kpis = {
        {QStringLiteral("pairs"), tr("Pairs"), tr("Every pair in view: the sum of the cards that follow."),
         HealthPresentation::Tone::Neutral},
        {QStringLiteral("onTrack"), tr("On track"), tr("Active pairs whose next contact is not due soon."),
         HealthPresentation::Tone::Good},
        {QStringLiteral("dueSoon"), tr("Due soon"), tr("Active pairs whose next contact is due within days."),
         HealthPresentation::Tone::Warning},
        {QStringLiteral("overdue"), tr("Overdue"), tr("Active pairs whose contact is overdue."),
         HealthPresentation::Tone::Bad},
        {QStringLiteral("paused"), tr("Paused"), tr("Paused pairs."), HealthPresentation::Tone::Neutral},
        {QStringLiteral("notActive"), tr("Proposed or ended"),
         tr("Pairs not started yet, completed or ended early."), HealthPresentation::Tone::Neutral},
        {QStringLiteral("atRisk"), tr("of which at risk"),
         tr("Active pairs with a reason for concern (already counted above, whatever their contact)."),
         HealthPresentation::Tone::Bad},
    };
    for (const Kpi &kpi : kpis) {
        if (kpi.key == QLatin1String("atRisk")) {
            auto *rule = new QFrame(kpiCards);
            rule->setFrameShape(QFrame::VLine);
            rule->setFrameShadow(QFrame::Sunken);
            kpiRow->addSpacing(8);
            kpiRow->addWidget(rule);
            kpiRow->addSpacing(8);
        }
        auto *card = new QFrame(kpiCards);
        card->setObjectName(QStringLiteral("kpiCard_") + kpi.key);
        card->setFrameShape(QFrame::StyledPanel);
        card->setToolTip(kpi.definition);
        auto *cardLayout = new QVBoxLayout(card);
        cardLayout->setContentsMargins(16, 8, 16, 8);
        cardLayout->setSpacing(0);
        auto *number = new QLabel(QStringLiteral("—"), card);
        number->setObjectName(QStringLiteral("kpi_") + kpi.key);
        QFont font = number->font();
        font.setPointSizeF(font.pointSizeF() * 1.8);
        font.setBold(true);
        number->setFont(font);
        if (kpi.tone != HealthPresentation::Tone::Neutral) {
            QPalette palette = number->palette();
            palette.setColor(QPalette::WindowText, HealthPresentation::colour(kpi.tone));
            number->setPalette(palette);
        }
        auto *label = new QLabel(kpi.caption, card);
        PageStyle::makeSecondary(label);
        number->setAccessibleName(kpi.caption);
        number->setAccessibleDescription(kpi.definition);
        cardLayout->addWidget(number);
        cardLayout->addWidget(label);
        kpiRow->addWidget(card, 1);
        m_kpis.insert(kpi.key, number);
    }
    m_scaffold->addHeader(kpiCards);

    QHBoxLayout *filterRow = m_scaffold->filterRow();
    m_show = new QComboBox(this);
    m_show->setObjectName(QStringLiteral("cohortShow"));
    m_show->setAccessibleName(tr("Show"));
    m_show->addItem(tr("All pairs"), int(RelationshipFilterModel::Show::All));
    m_show->addItem(tr("Active"), int(RelationshipFilterModel::Show::Active));
    m_show->addItem(tr("At risk"), int(RelationshipFilterModel::Show::AtRisk));
    m_show->addItem(tr("Paused"), int(RelationshipFilterModel::Show::Paused));
    m_show->addItem(tr("Past"), int(RelationshipFilterModel::Show::Past));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("cohortSearch"));
    m_search->setPlaceholderText(tr("Search mentors and mentees…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search pairs"));
    filterRow->addWidget(m_show);
    filterRow->addWidget(m_search, 1);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("cohortTable"));
    m_table->setAccessibleName(tr("Pairs"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RelationshipTableModel::Health, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // The pair and how it goes always show; the rest as the width allows.
    using C = RelationshipTableModel;
    m_table->setItemDelegateForColumn(C::Trend, new SparklineDelegate(C::TrendRole, m_table));
    new ColumnFitter(m_table, {{C::Mentee, 140, true},
                               {C::Mentor, 140, true},
                               {C::Health, 170, true},
                               {C::Programme, 150, false},
                               {C::Status, 90, false},
                               {C::LastContact, 110, false},
                               {C::Trend, 70, false},
                               {C::NextMeeting, 200, false},
                               {C::Goals, 70, false},
                               {C::OpenActions, 100, false},
                               {C::Cadence, 90, false}});

    // The pairs, and the cohort's charts beside them (computed off the GUI thread when shown).
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("cohortTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_table, QIcon::fromTheme(QStringLiteral("view-list-details")), tr("Pairs"));
    using K = ActivityChart::Kind;
    m_charts = new ActivityChartsView(
        context, {K::Status, K::Completion, K::Adherence, K::Hours, K::Contact, K::Feedback}, m_tabs);
    m_tabs->addTab(m_charts, QIcon::fromTheme(QStringLiteral("view-statistics")), tr("Charts"));
    connect(m_charts, &ActivityChartsView::relationshipActivated, this, &CohortPage::relationshipActivated);
    m_scaffold->setContent(m_tabs);
    m_scaffold->emptyButton()->setObjectName(QStringLiteral("cohortEmptyPair"));
    m_scaffold->follow(
        m_loader, [this] { return emptyState(); }, tr("Loading the cohort…"));

    auto openPairing = [this] {
        const qint64 cohort = cohortId();
        CoordinatorUi::openPairing(m_context, this, cohort > 0 ? std::optional<Id>(cohort) : std::nullopt);
    };
    connect(pair, &QPushButton::clicked, this, openPairing);
    // With no relationships at all, people come first: import the roster or add them one by one.
    connect(m_scaffold->emptyButton(), &QPushButton::clicked, this, [this, openPairing] {
        if (cohortId() <= 0 && m_model->rowCount() == 0)
            CoordinatorUi::importRoster(m_context, this);
        else
            openPairing();
    });
    m_scaffold->emptySecondaryButton()->setObjectName(QStringLiteral("cohortEmptyAddPerson"));
    connect(m_scaffold->emptySecondaryButton(), &QPushButton::clicked, this,
            [this] { PeopleFlows::addPerson(m_context, this); });
    connect(m_cohort, &CohortPicker::cohortChanged, this, &CohortPage::showChosenCohort);
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
    connect(m_cohort, &CohortPicker::choicesLoaded, this, &CohortPage::choicesLoaded);
    // Without choices there is no cohort to read: say why rather than "Loading…" for ever.
    connect(m_cohort, &CohortPicker::failed, m_scaffold, &PageScaffold::showFailed);
    connect(m_scaffold, &PageScaffold::retryRequested, m_cohort, &CohortPicker::reload);
    connect(m_loader, &ModelLoader::loaded, this, &CohortPage::updateKpis);
    connect(m_loader, &ModelLoader::loaded, this, &CohortPage::loaded);
}

qint64 CohortPage::cohortId() const
{
    return m_cohort->cohortId();
}

void CohortPage::setCohort(qint64 cohortId)
{
    m_cohort->setCohort(cohortId);
}

QString CohortPage::kpiText(const QString &key) const
{
    const QLabel *label = m_kpis.value(key);
    return label ? label->text() : QString();
}

void CohortPage::reload()
{
    m_cohort->reload();
    if (m_shownCohort)
        m_loader->reload();
}

void CohortPage::choicesLoaded()
{
    // The first choices (or a cohort renamed or re-dated): the combo kept its current cohort.
    showChosenCohort();
}

void CohortPage::showChosenCohort()
{
    if (!m_cohort->hasChoice())
        return;
    const qint64 cohort = cohortId();
    if (m_shownCohort == cohort)
        return;
    m_shownCohort = cohort;
    m_table->findChild<ColumnFitter *>()->setForcedHidden(RelationshipTableModel::Programme, cohort > 0);
    m_model->loadWith(m_loader, cohort > 0 ? RelationshipScope::cohort(cohort) : RelationshipScope::all());
    m_charts->setScope(cohort > 0 ? RelationshipScope::cohort(cohort) : RelationshipScope::all());
    m_loader->reload();
}

std::optional<PageScaffold::EmptyState> CohortPage::emptyState() const
{
    if (m_model->rowCount() == 0 && cohortId() <= 0)
        return PageScaffold::EmptyState{
            QStringLiteral("system-users"),
            tr("No relationships yet. Bring your people in first: import your roster or add people one "
               "by one."),
            tr("Import Roster…"), tr("Add Person…")};
    if (m_model->rowCount() == 0)
        return PageScaffold::EmptyState{
            QStringLiteral("system-users"),
            tr("No pairs in this cohort yet. Pair a mentor and a mentee to start."),
            tr("Pair Mentor and Mentee…")};
    if (m_filter->rowCount() == 0)
        return PageScaffold::EmptyState{
            QStringLiteral("system-users"), tr("No pair matches this filter."), {}};
    return std::nullopt;
}

void CohortPage::updateKpis()
{
    const PortfolioCounts counts = PortfolioCounts::of(m_model->entries());
    const QLocale locale;
    m_kpis.value(QStringLiteral("pairs"))->setText(locale.toString(counts.total));
    m_kpis.value(QStringLiteral("onTrack"))->setText(locale.toString(counts.onTrack));
    m_kpis.value(QStringLiteral("dueSoon"))->setText(locale.toString(counts.dueSoon));
    m_kpis.value(QStringLiteral("overdue"))->setText(locale.toString(counts.overdue));
    m_kpis.value(QStringLiteral("paused"))->setText(locale.toString(counts.paused));
    m_kpis.value(QStringLiteral("notActive"))->setText(locale.toString(counts.proposed + counts.ended));
    m_kpis.value(QStringLiteral("atRisk"))->setText(locale.toString(counts.atRisk));
}

} // namespace trellis
