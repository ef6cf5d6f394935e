#include "mentor/mymenteespage.h"

#include "dialogs/logcontactdialog.h"
#include "dialogs/logmeetingdialog.h"
#include "dialogs/peopleflows.h"
#include "dialogs/planmeetingdialog.h"
#include "dialogs/unloggedmeetingswalk.h"
#include "insights/relationshipoverview.h"
#include "mentor/menteedelegate.h"
#include "models/healthpresentation.h"
#include "models/jobleadlistmodel.h"
#include "models/menteefiltermodel.h"
#include "models/menteelistmodel.h"
#include "models/modelloader.h"
#include "util/clock.h"
#include "widgets/pagestyle.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace trellis {

namespace {

constexpr int MaxAttentionRows = 4;

QFont scaled(QFont font, double factor, QFont::Weight weight)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setWeight(weight);
    return font;
}

} // namespace

MyMenteesPage::MyMenteesPage(const WorkspaceContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new MenteeListModel(this))
    , m_filter(new MenteeFilterModel(this))
    , m_loader(new ModelLoader(context.dataSource(), {}, this))
    , m_jobLeadsModel(new JobLeadListModel(this))
    , m_jobLeadsLoader(new ModelLoader(context.dataSource(), JobLeadListModel::watched(), this))
{
    setObjectName(QStringLiteral("myMenteesPage"));
    m_filter->setSourceModel(m_model);
    m_model->loadWith(m_loader,
                      m_context.profile
                          ? RelationshipScope::mentor(m_context.profile->personId).seenBy(Role::Mentor)
                          : RelationshipScope::all());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_scaffold = new PageScaffold(tr("My mentees"), this);
    m_scaffold->summaryLabel()->setObjectName(QStringLiteral("myMenteesSummary"));
    m_scaffold->statePanel()->setObjectName(QStringLiteral("myMenteesEmpty"));
    m_scaffold->emptyButton()->setObjectName(QStringLiteral("myMenteesEmptyButton"));
    layout->addWidget(m_scaffold, 1);

    QHBoxLayout *toolRow = m_scaffold->filterRow();
    toolRow->setSpacing(8);
    m_show = new QComboBox(this);
    m_show->setObjectName(QStringLiteral("myMenteesShow"));
    m_show->setAccessibleName(tr("Show"));
    m_show->addItem(tr("All"), int(MenteeFilterModel::Show::All));
    m_show->addItem(tr("Active"), int(MenteeFilterModel::Show::Active));
    m_show->addItem(tr("At risk"), int(MenteeFilterModel::Show::AtRisk));
    m_show->addItem(tr("Paused"), int(MenteeFilterModel::Show::Paused));
    m_show->addItem(tr("Past"), int(MenteeFilterModel::Show::Past));
    m_sort = new QComboBox(this);
    m_sort->setObjectName(QStringLiteral("myMenteesSort"));
    m_sort->setAccessibleName(tr("Sort by"));
    m_sort->addItem(tr("Most urgent first"), int(MenteeFilterModel::Order::Urgency));
    m_sort->addItem(tr("Name"), int(MenteeFilterModel::Order::Name));
    m_sort->addItem(tr("Longest without contact"), int(MenteeFilterModel::Order::LastContact));
    m_sort->addItem(tr("Next meeting"), int(MenteeFilterModel::Order::NextMeeting));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("myMenteesSearch"));
    m_search->setPlaceholderText(tr("Search mentees…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search mentees"));
    m_search->setMinimumWidth(120);

    m_logMeetingAction =
        new QAction(QIcon::fromTheme(QStringLiteral("view-calendar-tasks")), tr("&Log Meeting…"), this);
    m_logMeetingAction->setObjectName(QStringLiteral("logMeetingAction"));
    m_logMeetingAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_logMeetingAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_logMeetingAction, &QAction::triggered, this, [this] { logMeeting(); });
    m_logContactAction =
        new QAction(QIcon::fromTheme(QStringLiteral("call-start")), tr("Log &Contact…"), this);
    m_logContactAction->setObjectName(QStringLiteral("logContactAction"));
    m_logContactAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_logContactAction, &QAction::triggered, this, [this] { logContact(); });
    m_planMeetingAction =
        new QAction(QIcon::fromTheme(QStringLiteral("appointment-new")), tr("&Plan Meeting…"), this);
    m_planMeetingAction->setObjectName(QStringLiteral("planMeetingAction"));
    m_planMeetingAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_planMeetingAction, &QAction::triggered, this, [this] { planMeeting(); });
    addActions({m_logMeetingAction, m_logContactAction, m_planMeetingAction});

    m_planButton = new QPushButton(m_planMeetingAction->icon(), tr("Plan"), this);
    m_planButton->setObjectName(QStringLiteral("myMenteesPlan"));
    m_planButton->setToolTip(tr("Plan a meeting or a regular series (Ctrl+Shift+P)"));
    connect(m_planButton, &QPushButton::clicked, m_planMeetingAction, &QAction::trigger);
    m_logButton = new QPushButton(m_logMeetingAction->icon(), tr("Log Meeting"), this);
    m_logButton->setObjectName(QStringLiteral("myMenteesLogMeeting"));
    m_logButton->setToolTip(tr("Log a meeting with the selected mentee (Ctrl+L)"));
    m_logButton->setDefault(true);
    connect(m_logButton, &QPushButton::clicked, m_logMeetingAction, &QAction::trigger);
    auto *more = new QToolButton(this);
    more->setObjectName(QStringLiteral("myMenteesMore"));
    more->setText(QStringLiteral("⋯"));
    more->setAccessibleName(tr("More actions"));
    more->setToolTip(tr("More actions"));
    more->setPopupMode(QToolButton::InstantPopup);
    more->setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; }"));
    auto *moreMenu = new QMenu(more);
    moreMenu->addAction(m_logContactAction);
    moreMenu->addAction(m_planMeetingAction);
    // Any profile may start a relationship it is part of: a mentor adds a mentee.
    QAction *addMenteeItem = moreMenu->addAction(QIcon::fromTheme(QStringLiteral("list-add-user")),
                                                 PeopleFlows::addPartnerText(m_context));
    addMenteeItem->setObjectName(QStringLiteral("addMenteeAction"));
    addMenteeItem->setVisible(PeopleFlows::partnerRole(m_context).has_value());
    connect(addMenteeItem, &QAction::triggered, this, &MyMenteesPage::addMentee);
    QAction *open = moreMenu->addAction(tr("&Open Relationship"));
    connect(open, &QAction::triggered, this, [this] {
        if (const qint64 id = selectedRelationship())
            Q_EMIT relationshipActivated(id);
    });
    more->setMenu(moreMenu);

    toolRow->addWidget(m_show);
    toolRow->addWidget(m_sort);
    toolRow->addWidget(m_search, 1);
    toolRow->addSpacing(8);
    toolRow->addWidget(m_planButton);
    toolRow->addWidget(m_logButton);
    toolRow->addWidget(more);

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("myMenteesList"));
    m_list->setAccessibleName(tr("My mentees"));
    m_list->setModel(m_filter);
    m_list->setItemDelegate(new MenteeDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setMouseTracking(true);
    m_scaffold->setContent(m_list);
    m_scaffold->follow(
        m_loader, [this] { return emptyState(); }, tr("Loading your mentees…"));
    connect(m_scaffold->emptyButton(), &QPushButton::clicked, this, [this] {
        if (m_model->rowCount() == 0) {
            addMentee();
            return;
        }
        m_search->clear();
        m_show->setCurrentIndex(0);
    });

    // Below the scaffold, so that it stays whatever the list shows; its margins continue the
    // scaffold's.
    m_attention = new QWidget(this);
    m_attention->setObjectName(QStringLiteral("myMenteesAttention"));
    auto *attentionLayout = new QVBoxLayout(m_attention);
    attentionLayout->setContentsMargins(16, 8, 16, 8);
    attentionLayout->setSpacing(4);
    auto *attentionTitle = new QLabel(tr("Needs attention"), m_attention);
    attentionTitle->setFont(scaled(attentionTitle->font(), 1.1, QFont::DemiBold));
    attentionLayout->addWidget(attentionTitle);
    m_attentionRows = new QVBoxLayout;
    m_attentionRows->setSpacing(2);
    attentionLayout->addLayout(m_attentionRows);
    layout->addWidget(m_attention);

    // Job leads shared with the mentor's mentees whose deadline is near (issue 12), so a reminder
    // can go out in time; hidden when there are none.
    m_jobLeadsBox = new QWidget(this);
    m_jobLeadsBox->setObjectName(QStringLiteral("myMenteesJobLeads"));
    auto *leadsLayout = new QVBoxLayout(m_jobLeadsBox);
    leadsLayout->setContentsMargins(16, 0, 16, 8);
    leadsLayout->setSpacing(4);
    auto *leadsTitle = new QLabel(tr("Job leads closing soon"), m_jobLeadsBox);
    leadsTitle->setFont(scaled(leadsTitle->font(), 1.1, QFont::DemiBold));
    leadsLayout->addWidget(leadsTitle);
    m_jobLeadRows = new QVBoxLayout;
    m_jobLeadRows->setSpacing(2);
    leadsLayout->addLayout(m_jobLeadRows);
    layout->addWidget(m_jobLeadsBox);
    m_jobLeadsBox->hide();
    m_jobLeadsLoader->setLoad(
        JobLeadListModel::Fetch(Role::Mentor, m_context.profile ? m_context.profile->personId : 0),
        [this](QList<ShareRow> rows, const LoadRequest &) {
            m_jobLeadsModel->setToday(Clock::today());
            m_jobLeadsModel->setItems(std::move(rows));
            rebuildJobLeads();
        });

    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setShow(MenteeFilterModel::Show(m_show->currentData().toInt()));
        updateState();
    });
    connect(m_sort, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setOrder(MenteeFilterModel::Order(m_sort->currentData().toInt())); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updateState();
    });
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT relationshipActivated(index.data(MenteeListModel::RelationshipIdRole).toLongLong());
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MyMenteesPage::updateActions);

    connect(m_loader, &ModelLoader::loaded, this, &MyMenteesPage::onLoaded);
    connect(m_loader, &ModelLoader::loaded, this, &MyMenteesPage::loaded);
    m_attention->hide();
    updateActions();
    m_loader->reload();
    m_jobLeadsLoader->reload();
}

MyMenteesPage::~MyMenteesPage() = default;

void MyMenteesPage::reload()
{
    m_loader->reload();
    m_jobLeadsLoader->reload();
}

void MyMenteesPage::rebuildJobLeads()
{
    while (QLayoutItem *item = m_jobLeadRows->takeAt(0)) {
        if (QWidget *widget = item->widget())
            widget->deleteLater();
        delete item;
    }
    const QList<ShareRow> &rows = m_jobLeadsModel->items();
    m_jobLeadsBox->setVisible(!rows.isEmpty());
    for (int i = 0; i < std::min<int>(int(rows.size()), MaxAttentionRows); ++i) {
        const ShareRow &lead = rows.at(i);
        const qint64 relationshipId = lead.share.relationshipId;
        auto *row = new QWidget(m_jobLeadsBox);
        row->setObjectName(QStringLiteral("jobLeadRow_%1").arg(lead.id()));
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(8, 0, 0, 0);
        rowLayout->setSpacing(8);
        auto *icon = new QLabel(row);
        icon->setPixmap(m_jobLeadsModel->index(i, JobLeadListModel::Lead)
                            .data(Qt::DecorationRole)
                            .value<QIcon>()
                            .pixmap(16, 16));
        auto *text = new QLabel(row);
        text->setObjectName(QStringLiteral("jobLeadText_%1").arg(lead.id()));
        text->setTextFormat(Qt::RichText);
        text->setWordWrap(true); // a long title wraps rather than widening the window
        text->setText(
            QStringLiteral("<b>%1</b> — %2 — %3")
                .arg(
                    lead.menteeName.toHtmlEscaped(), JobLeadListModel::leadText(lead).toHtmlEscaped(),
                    JobLeadListModel::deadlineText(lead.deadline, m_jobLeadsModel->today()).toHtmlEscaped()));
        auto *open = new QPushButton(tr("Open"), row);
        open->setObjectName(QStringLiteral("jobLeadOpen_%1").arg(lead.id()));
        open->setAccessibleName(tr("Open the relationship with %1").arg(lead.menteeName));
        open->setFlat(true);
        connect(open, &QPushButton::clicked, this,
                [this, relationshipId] { Q_EMIT relationshipActivated(relationshipId); });
        rowLayout->addWidget(icon);
        rowLayout->addWidget(text, 1);
        rowLayout->addWidget(open);
        m_jobLeadRows->addWidget(row);
    }
    if (rows.size() > MaxAttentionRows) {
        auto *more =
            new QLabel(tr("…and %n more.", nullptr, int(rows.size()) - MaxAttentionRows), m_jobLeadsBox);
        PageStyle::makeSecondary(more);
        more->setContentsMargins(8, 0, 0, 0);
        m_jobLeadRows->addWidget(more);
    }
}

void MyMenteesPage::onLoaded()
{
    updateState();
    if (!m_list->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_list->setCurrentIndex(m_filter->index(0, 0));
}

std::optional<PageScaffold::EmptyState> MyMenteesPage::emptyState() const
{
    if (m_model->rowCount() == 0)
        return PageScaffold::EmptyState{
            QStringLiteral("system-users"),
            tr("No mentees yet. Add your first mentee to start your relationship."),
            PeopleFlows::addPartnerText(m_context)};
    if (m_filter->rowCount() == 0)
        return PageScaffold::EmptyState{QStringLiteral("system-users"), tr("No mentee matches this filter."),
                                        tr("Show All Mentees")};
    return std::nullopt;
}

void MyMenteesPage::updateState()
{
    // The same counts as All relationships and the Cohort cards (PortfolioCounts).
    const PortfolioCounts counts = PortfolioCounts::of(m_model->entries());
    const int attention = counts.needingAttention;
    const int active = counts.active();
    const QString activeText = tr("%1 active").arg(QLocale().toString(active));
    m_scaffold->setSummary(
        attention > 0 ? tr("%1 · %2 needing attention").arg(activeText, QLocale().toString(attention))
                      : tr("%1 · all on track").arg(activeText));
    m_scaffold->refresh();
    rebuildAttention();
    updateActions();
}

void MyMenteesPage::rebuildAttention()
{
    while (QLayoutItem *item = m_attentionRows->takeAt(0)) {
        if (QWidget *widget = item->widget())
            widget->deleteLater();
        delete item;
    }
    QList<RelationshipOverviewEntry> urgent;
    for (const auto &entry : m_model->entries()) {
        if (MenteeListModel::needsAttention(entry))
            urgent.append(entry);
    }
    std::stable_sort(urgent.begin(), urgent.end(), [](const auto &a, const auto &b) {
        const int ua = HealthPresentation::urgency(a.health);
        const int ub = HealthPresentation::urgency(b.health);
        return ua != ub ? ua < ub : a.health.daysOverdue > b.health.daysOverdue;
    });
    m_attention->setVisible(!urgent.isEmpty());
    for (int i = 0; i < std::min<int>(int(urgent.size()), MaxAttentionRows); ++i) {
        const RelationshipOverviewEntry &entry = urgent.at(i);
        const qint64 id = entry.row.relationshipId;
        auto *row = new QWidget(m_attention);
        row->setObjectName(QStringLiteral("attentionRow_%1").arg(id));
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(8, 0, 0, 0);
        rowLayout->setSpacing(8);
        auto *icon = new QLabel(row);
        icon->setPixmap(HealthPresentation::icon(entry.health).pixmap(16, 16));
        auto *text = new QLabel(row);
        text->setObjectName(QStringLiteral("attentionText_%1").arg(id));
        text->setText(QStringLiteral("<b>%1</b> — %2")
                          .arg(entry.row.menteeName.toHtmlEscaped(),
                               MenteeListModel::attentionText(entry).toHtmlEscaped()));
        text->setTextFormat(Qt::RichText);
        text->setToolTip(HealthPresentation::reasonsText(entry.health));
        const int unlogged = entry.health.unloggedPastOccurrences;
        auto *button = new QPushButton(unlogged > 1 ? tr("Log Them") : tr("Log It"), row);
        button->setObjectName(QStringLiteral("attentionLogIt_%1").arg(id));
        button->setAccessibleName(tr("Log a meeting with %1").arg(entry.row.menteeName));
        button->setFlat(true);
        connect(button, &QPushButton::clicked, this, [this, id, unlogged] {
            selectRelationship(id);
            // "Log Them": every unlogged meeting in turn, each with Skip.
            if (unlogged > 1 && m_context.hasDatabase())
                UnloggedMeetingsWalk::start(m_context, id, this);
            else
                logMeeting(id, unlogged > 0);
        });
        rowLayout->addWidget(icon);
        rowLayout->addWidget(text, 1);
        rowLayout->addWidget(button);
        m_attentionRows->addWidget(row);
    }
    if (urgent.size() > MaxAttentionRows) {
        auto *more = new QLabel(
            tr("…and %n more, at the top of the list above.", nullptr, int(urgent.size()) - MaxAttentionRows),
            m_attention);
        PageStyle::makeSecondary(more);
        more->setContentsMargins(8, 0, 0, 0);
        m_attentionRows->addWidget(more);
    }
}

void MyMenteesPage::updateActions()
{
    const bool selected = selectedRelationship() != 0;
    for (QAction *action : {m_logMeetingAction, m_logContactAction, m_planMeetingAction})
        action->setEnabled(selected);
    m_logButton->setEnabled(selected);
    m_planButton->setEnabled(selected);
}

qint64 MyMenteesPage::selectedRelationship() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(MenteeListModel::RelationshipIdRole).toLongLong() : 0;
}

void MyMenteesPage::selectRelationship(qint64 relationshipId)
{
    const int row = m_model->rowOf(relationshipId);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row));
    if (index.isValid()) {
        m_list->setCurrentIndex(index);
        m_list->scrollTo(index);
    }
}

void MyMenteesPage::addMentee()
{
    // The new relationship opens at once: the next step is its first meeting.
    PeopleFlows::addPartner(m_context, this, [this](Id relationshipId) {
        if (relationshipId > 0)
            Q_EMIT relationshipActivated(relationshipId);
    });
}

void MyMenteesPage::logMeeting(qint64 relationshipId, bool unlogged)
{
    const qint64 id = relationshipId ? relationshipId : selectedRelationship();
    if (!id || !m_context.hasDatabase())
        return;
    auto *dialog = new LogMeetingDialog(m_context, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!dialog->loadError().isEmpty()) {
        QMessageBox::warning(this, tr("Log Meeting"), dialog->loadError());
        delete dialog;
        return;
    }
    if (unlogged)
        dialog->selectUnlogged(0);
    dialog->open();
}

void MyMenteesPage::logContact(qint64 relationshipId)
{
    const qint64 id = relationshipId ? relationshipId : selectedRelationship();
    if (!id || !m_context.hasDatabase())
        return;
    auto *dialog = new LogContactDialog(m_context, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!dialog->loadError().isEmpty()) {
        QMessageBox::warning(this, tr("Log Contact"), dialog->loadError());
        delete dialog;
        return;
    }
    dialog->open();
}

void MyMenteesPage::planMeeting(qint64 relationshipId)
{
    const qint64 id = relationshipId ? relationshipId : selectedRelationship();
    if (!id || !m_context.hasDatabase())
        return;
    auto *dialog = new PlanMeetingDialog(m_context, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!dialog->loadError().isEmpty()) {
        QMessageBox::warning(this, tr("Plan Meeting"), dialog->loadError());
        delete dialog;
        return;
    }
    dialog->open();
}

} // namespace trellis
