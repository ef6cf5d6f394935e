#include "coordinator/cohortpage.h"

#include "changenotifier.h"
#include "coordinator/coordinatorui.h"
#include "models/backgroundjob.h"
#include "models/healthpresentation.h"
#include "models/programmetreemodel.h"
#include "models/relationshipfiltermodel.h"
#include "models/relationshiptablemodel.h"
#include "storage/database.h"
#include "storage/programmequeries.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace trellis {

namespace {

constexpr int DatesRole = Qt::UserRole + 1;

} // namespace

CohortPage::CohortPage(const WorkspaceContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new RelationshipTableModel(this))
    , m_filter(new RelationshipFilterModel(this))
{
    setObjectName(QStringLiteral("cohortPage"));
    m_filter->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 8);
    layout->setSpacing(8);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(CoordinatorUi::pageTitle(tr("Cohort"), this));
    m_cohort = new QComboBox(this);
    m_cohort->setObjectName(QStringLiteral("cohortChoice"));
    m_cohort->setAccessibleName(tr("Cohort"));
    m_cohort->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_cohort->setMinimumContentsLength(24);
    titleRow->addSpacing(8);
    titleRow->addWidget(m_cohort);
    m_dates = new QLabel(this);
    m_dates->setObjectName(QStringLiteral("cohortDates"));
    m_dates->setForegroundRole(QPalette::PlaceholderText);
    titleRow->addWidget(m_dates);
    titleRow->addStretch(1);
    auto *pair = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add-user")),
                                 tr("&Pair Mentor and Mentee…"), this);
    pair->setObjectName(QStringLiteral("cohortPair"));
    pair->setDefault(true);
    titleRow->addWidget(pair);
    layout->addLayout(titleRow);

    // KPI cards: a number and a word each; colours for the ones that need attention.
    auto *kpiRow = new QHBoxLayout;
    kpiRow->setSpacing(8);
    const QList<std::tuple<QString, QString, HealthPresentation::Tone>> kpis = {
        {QStringLiteral("pairs"), tr("Pairs"), HealthPresentation::Tone::Neutral},
        {QStringLiteral("onTrack"), tr("On track"), HealthPresentation::Tone::Good},
        {QStringLiteral("dueSoon"), tr("Due soon"), HealthPresentation::Tone::Warning},
        {QStringLiteral("overdue"), tr("Overdue"), HealthPresentation::Tone::Bad},
        {QStringLiteral("atRisk"), tr("At risk"), HealthPresentation::Tone::Bad},
    };
    for (const auto &[key, caption, tone] : kpis) {
        auto *card = new QFrame(this);
        card->setFrameShape(QFrame::StyledPanel);
        auto *cardLayout = new QVBoxLayout(card);
        cardLayout->setContentsMargins(16, 8, 16, 8);
        cardLayout->setSpacing(0);
        auto *number = new QLabel(QStringLiteral("—"), card);
        number->setObjectName(QStringLiteral("kpi_") + key);
        QFont font = number->font();
        font.setPointSizeF(font.pointSizeF() * 1.8);
        font.setBold(true);
        number->setFont(font);
        if (tone != HealthPresentation::Tone::Neutral) {
            QPalette palette = number->palette();
            palette.setColor(QPalette::WindowText, HealthPresentation::colour(tone));
            number->setPalette(palette);
        }
        auto *label = new QLabel(caption, card);
        label->setForegroundRole(QPalette::PlaceholderText);
        number->setAccessibleName(caption);
        cardLayout->addWidget(number);
        cardLayout->addWidget(label);
        kpiRow->addWidget(card, 1);
        m_kpis.insert(key, number);
    }
    layout->addLayout(kpiRow);

    auto *filterRow = new QHBoxLayout;
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
    layout->addLayout(filterRow);

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
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(RelationshipTableModel::Mentee, 170);
    m_table->setColumnWidth(RelationshipTableModel::Mentor, 170);
    m_table->setColumnWidth(RelationshipTableModel::Status, 90);
    m_table->setColumnWidth(RelationshipTableModel::Health, 220);
    m_table->setColumnWidth(RelationshipTableModel::LastContact, 110);
    m_table->setColumnWidth(RelationshipTableModel::NextMeeting, 150);
    m_table->setColumnWidth(RelationshipTableModel::Goals, 70);
    m_table->setColumnWidth(RelationshipTableModel::OpenActions, 100);

    QWidget *empty =
        CoordinatorUi::emptyState(QStringLiteral("system-users"), &m_emptyText, &m_emptyButton, this);
    m_emptyButton->setObjectName(QStringLiteral("cohortEmptyPair"));
    m_emptyButton->setText(tr("Pair Mentor and Mentee…"));
    m_body = new QStackedWidget(this);
    m_body->addWidget(m_table);
    m_body->addWidget(empty);
    layout->addWidget(m_body, 1);

    auto openPairing = [this] {
        const qint64 cohort = cohortId();
        CoordinatorUi::openPairing(m_context, this, cohort > 0 ? std::optional<Id>(cohort) : std::nullopt);
    };
    connect(pair, &QPushButton::clicked, this, openPairing);
    connect(m_emptyButton, &QPushButton::clicked, this, openPairing);
    connect(m_cohort, &QComboBox::currentIndexChanged, this, [this] {
        m_dates->setText(m_cohort->currentData(DatesRole).toString());
        m_table->setColumnHidden(RelationshipTableModel::Programme, cohortId() > 0);
        reload();
    });
    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setShow(RelationshipFilterModel::Show(m_show->currentData().toInt()));
        updateState();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updateState();
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT relationshipActivated(index.data(RelationshipTableModel::RelationshipIdRole).toLongLong());
    });

    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(250);
    connect(m_reloadTimer, &QTimer::timeout, this, [this] { reloadCohorts(); });
    if (m_context.notifier) {
        connect(m_context.notifier, &ChangeNotifier::changed, this, &CohortPage::scheduleReload);
        connect(m_context.notifier, &ChangeNotifier::changedElsewhere, this, &CohortPage::scheduleReload);
    }
    m_emptyText->setText(tr("Loading the cohort…"));
    m_emptyButton->hide();
    m_body->setCurrentIndex(1);
    reloadCohorts();
}

qint64 CohortPage::cohortId() const
{
    return m_cohort->currentData().toLongLong();
}

void CohortPage::setCohort(qint64 cohortId)
{
    const int index = m_cohort->findData(cohortId);
    if (index >= 0)
        m_cohort->setCurrentIndex(index);
    else
        m_wantedCohort = cohortId;
}

QString CohortPage::kpiText(const QString &key) const
{
    const QLabel *label = m_kpis.value(key);
    return label ? label->text() : QString();
}

void CohortPage::scheduleReload()
{
    m_reloadTimer->start();
}

void CohortPage::reloadCohorts()
{
    if (!m_context.database)
        return;
    struct Loaded {
        QList<Programme> programmes;
        QList<Cohort> cohorts;
    };
    auto result = std::make_shared<Loaded>();
    Database *database = m_context.database;
    auto *job = BackgroundJob::start(
        [database, result](JobControl &) -> Status {
            const ProgrammeQueries queries(database->connection());
            auto programmes = queries.programmes();
            if (!programmes)
                return programmes.error();
            auto cohorts = queries.cohorts();
            if (!cohorts)
                return cohorts.error();
            result->programmes = std::move(programmes).value();
            result->cohorts = std::move(cohorts).value();
            return {};
        },
        this);
    connect(job, &BackgroundJob::finished, this, [this, result](bool ok, const QString &, bool) {
        qint64 current = m_wantedCohort >= 0 ? m_wantedCohort : (m_cohort->count() ? cohortId() : -1);
        m_wantedCohort = -1;
        {
            const QSignalBlocker blocker(m_cohort);
            m_cohort->clear();
            if (ok) {
                // The most recent cohort first: what a coordinator looks at most.
                QList<Cohort> cohorts = result->cohorts;
                std::stable_sort(cohorts.begin(), cohorts.end(),
                                 [](const Cohort &a, const Cohort &b) { return a.startDate > b.startDate; });
                for (const Cohort &cohort : std::as_const(cohorts)) {
                    QString programmeName;
                    for (const Programme &programme : std::as_const(result->programmes)) {
                        if (programme.id == cohort.programmeId)
                            programmeName = programme.name;
                    }
                    m_cohort->addItem(tr("%1 · %2").arg(programmeName, cohort.name), cohort.id);
                    m_cohort->setItemData(m_cohort->count() - 1, ProgrammeTreeModel::cohortDates(cohort),
                                          DatesRole);
                }
            }
            m_cohort->addItem(tr("Every relationship"), 0);
            const int index = current >= 0 ? m_cohort->findData(current) : -1;
            m_cohort->setCurrentIndex(index >= 0 ? index : 0);
        }
        m_dates->setText(m_cohort->currentData(DatesRole).toString());
        m_table->setColumnHidden(RelationshipTableModel::Programme, cohortId() > 0);
        reload();
    });
}

void CohortPage::reload()
{
    if (!m_context.database || m_cohort->count() == 0)
        return;
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    auto result = std::make_shared<QList<RelationshipOverviewEntry>>();
    Database *database = m_context.database;
    const qint64 cohort = cohortId();
    const RelationshipScope scope = cohort > 0 ? RelationshipScope::cohort(cohort) : RelationshipScope::all();
    auto *job = BackgroundJob::start(
        [database, scope, result](JobControl &) -> Status {
            auto loaded = RelationshipOverview::load(database->connection(), scope);
            if (!loaded)
                return loaded.error();
            *result = std::move(loaded).value();
            return {};
        },
        this);
    connect(job, &BackgroundJob::finished, this, [this, result, cohort](bool ok, const QString &error, bool) {
        m_loading = false;
        if (ok && cohort == cohortId()) {
            m_loadedOnce = true;
            m_model->setEntries(std::move(*result));
            updateState();
        } else if (!ok) {
            m_emptyText->setText(tr("The cohort could not be loaded: %1").arg(error));
            m_body->setCurrentIndex(1);
        }
        if (m_reloadAgain || cohort != cohortId()) {
            m_reloadAgain = false;
            reload();
        } else {
            Q_EMIT loaded();
        }
    });
}

void CohortPage::updateState()
{
    if (!m_loadedOnce)
        return;
    const HealthSummary summary = RelationshipOverview::summarize(m_model->entries());
    const QLocale locale;
    m_kpis.value(QStringLiteral("pairs"))->setText(locale.toString(summary.total));
    m_kpis.value(QStringLiteral("onTrack"))->setText(locale.toString(summary.onTrack));
    m_kpis.value(QStringLiteral("dueSoon"))->setText(locale.toString(summary.dueSoon));
    m_kpis.value(QStringLiteral("overdue"))->setText(locale.toString(summary.overdue));
    m_kpis.value(QStringLiteral("atRisk"))->setText(locale.toString(summary.atRisk));
    if (m_model->rowCount() == 0) {
        m_emptyText->setText(cohortId() > 0
                                 ? tr("No pairs in this cohort yet. Pair a mentor and a mentee to start.")
                                 : tr("No relationships yet. Pair a mentor and a mentee to start."));
        m_emptyButton->show();
        m_body->setCurrentIndex(1);
    } else if (m_filter->rowCount() == 0) {
        m_emptyText->setText(tr("No pair matches this filter."));
        m_emptyButton->hide();
        m_body->setCurrentIndex(1);
    } else {
        m_body->setCurrentIndex(0);
    }
}

} // namespace trellis
