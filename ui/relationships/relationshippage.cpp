#include "relationships/relationshippage.h"

#include "changenotifier.h"
#include "commands/edits.h"
#include "dialogs/logcontactdialog.h"
#include "domain/relationshiplifecycle.h"
#include "goals/goalspanel.h"
#include "models/backgroundjob.h"
#include "models/displaytexts.h"
#include "models/healthpresentation.h"
#include "relationships/agendaeditor.h"
#include "storage/database.h"
#include "util/clock.h"
#include "widgets/formdialog.h"
#include "widgets/pagestyle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>
#include <memory>

namespace trellis {

namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int UpcomingRole = Qt::UserRole + 2;

QTreeWidget *makeTree(const QString &name, const QString &accessible, const QStringList &headers,
                      QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setAccessibleName(accessible);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setHeaderLabels(headers);
    tree->header()->setStretchLastSection(true);
    tree->setUniformRowHeights(true);
    return tree;
}

QPushButton *makeButton(const QString &icon, const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(QIcon::fromTheme(icon), text, parent);
    button->setObjectName(name);
    return button;
}

QWidget *tabPage(QWidget *parent, QVBoxLayout **layout)
{
    auto *page = new QWidget(parent);
    *layout = new QVBoxLayout(page);
    (*layout)->setContentsMargins(16, 16, 16, 16);
    (*layout)->setSpacing(8);
    return page;
}

QString stars(int rating)
{
    return QString(rating, QChar(0x2605)) + QString(5 - rating, QChar(0x2606));
}

QString html(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

Id selectedId(const QTreeWidget *tree)
{
    const QTreeWidgetItem *item = tree->currentItem();
    return item ? item->data(0, IdRole).toLongLong() : 0;
}

} // namespace

RelationshipPage::RelationshipPage(const WorkspaceContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("relationshipPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 8);
    layout->setSpacing(8);
    layout->addWidget(buildHeader());

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("relationshipTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildOverviewTab(), tr("Overview"));
    m_goals = new GoalsPanel(context, m_tabs);
    auto *goalsPage = new QWidget(m_tabs);
    auto *goalsLayout = new QVBoxLayout(goalsPage);
    goalsLayout->setContentsMargins(16, 16, 16, 16);
    goalsLayout->addWidget(m_goals);
    m_tabs->addTab(goalsPage, tr("Goals"));
    m_tabs->addTab(buildMeetingsTab(), tr("Meetings"));
    m_tabs->addTab(buildContactsTab(), tr("Contacts"));
    m_tabs->addTab(buildActionsTab(), tr("Actions"));
    m_tabs->addTab(buildPeopleTab(), tr("People"));
    m_tabs->addTab(buildFeedbackTab(), tr("Feedback"));
    m_tabs->addTab(buildAgreementTab(), tr("Agreement"));
    m_tabs->setTabToolTip(PeopleTab, tr("The mentee's support network"));
    layout->addWidget(m_tabs, 1);

    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(150);
    connect(m_reloadTimer, &QTimer::timeout, this, &RelationshipPage::reload);
    if (m_context.notifier) {
        connect(m_context.notifier, &ChangeNotifier::changed, this, &RelationshipPage::scheduleReload);
        connect(m_context.notifier, &ChangeNotifier::changedElsewhere, this,
                &RelationshipPage::scheduleReload);
    }
    setEnabled(false);
}

RelationshipPage::~RelationshipPage() = default;

bool RelationshipPage::isMenteeView() const
{
    return m_context.profile && m_context.profile->role == Role::Mentee;
}

bool RelationshipPage::isFinished() const
{
    return m_snapshot && (m_snapshot->relationship.status == RelationshipStatus::Completed ||
                          m_snapshot->relationship.status == RelationshipStatus::EndedEarly);
}

QWidget *RelationshipPage::buildHeader()
{
    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("relationshipHeader"));
    auto *grid = new QHBoxLayout(header);
    grid->setContentsMargins(0, 8, 0, 0);
    grid->setSpacing(16);

    auto *back = new QToolButton(header);
    back->setObjectName(QStringLiteral("relationshipBack"));
    back->setIcon(QIcon::fromTheme(QStringLiteral("go-previous")));
    back->setAutoRaise(true);
    back->setText(tr("Back"));
    back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    back->setToolTip(tr("Back (Alt+Left)"));
    back->setAccessibleName(tr("Back"));
    back->setShortcut(QKeySequence::Back);
    connect(back, &QToolButton::clicked, this, &RelationshipPage::backRequested);
    grid->addWidget(back, 0, Qt::AlignTop);

    m_avatar = new QLabel(header);
    m_avatar->setObjectName(QStringLiteral("relationshipAvatar"));
    m_avatar->setFixedSize(48, 48);
    m_avatar->setAlignment(Qt::AlignCenter);
    const QPalette palette = m_avatar->palette();
    m_avatar->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; border-radius: 24px; "
                       "font-weight: bold; font-size: 16px; }")
            .arg(palette.color(QPalette::Highlight).name(), palette.color(QPalette::HighlightedText).name()));
    grid->addWidget(m_avatar, 0, Qt::AlignTop);

    auto *text = new QVBoxLayout;
    text->setSpacing(4);
    auto *firstLine = new QHBoxLayout;
    m_names = PageStyle::pageTitle(QString(), header);
    m_names->setObjectName(QStringLiteral("relationshipNames"));
    m_names->setTextFormat(Qt::RichText);
    m_status = new QLabel(header);
    m_status->setObjectName(QStringLiteral("relationshipStatus"));
    firstLine->addWidget(m_names, 1);
    firstLine->addWidget(m_status, 0, Qt::AlignRight | Qt::AlignVCenter);
    text->addLayout(firstLine);
    auto *secondLine = new QHBoxLayout;
    secondLine->setSpacing(8);
    m_details = PageStyle::secondary(QString(), header);
    m_details->setObjectName(QStringLiteral("relationshipDetails"));
    m_healthIcon = new QLabel(header);
    m_health = new QLabel(header);
    m_health->setObjectName(QStringLiteral("relationshipHealth"));
    secondLine->addWidget(m_details);
    secondLine->addWidget(m_healthIcon);
    secondLine->addWidget(m_health);
    secondLine->addStretch(1);
    text->addLayout(secondLine);
    m_reasons = new QLabel(header);
    m_reasons->setObjectName(QStringLiteral("relationshipReasons"));
    m_reasons->setWordWrap(true);
    text->addWidget(m_reasons);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    m_logMeeting = makeButton(QStringLiteral("view-calendar-day"), tr("Log Meeting…"),
                              QStringLiteral("relationshipLogMeeting"), header);
    m_planMeeting = makeButton(QStringLiteral("appointment-new"), tr("Plan Meeting…"),
                               QStringLiteral("relationshipPlanMeeting"), header);
    m_logContact = makeButton(QStringLiteral("call-start"), tr("Log Contact…"),
                              QStringLiteral("relationshipLogContact"), header);
    m_logMeeting->hide();
    m_planMeeting->hide();
    connect(m_logMeeting, &QPushButton::clicked, this,
            [this] { Q_EMIT logMeetingRequested(m_relationshipId); });
    connect(m_planMeeting, &QPushButton::clicked, this,
            [this] { Q_EMIT planMeetingRequested(m_relationshipId); });
    connect(m_logContact, &QPushButton::clicked, this, &RelationshipPage::logContact);
    buttons->addWidget(m_logMeeting);
    buttons->addWidget(m_logContact);
    buttons->addWidget(m_planMeeting);
    buttons->addStretch(1);

    m_lifecycle = new QToolButton(header);
    m_lifecycle->setObjectName(QStringLiteral("lifecycleButton"));
    m_lifecycle->setText(tr("⋯ Lifecycle"));
    m_lifecycle->setAccessibleName(tr("Lifecycle"));
    m_lifecycle->setPopupMode(QToolButton::InstantPopup);
    m_lifecycle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_lifecycleMenu = new QMenu(m_lifecycle);
    m_lifecycleMenu->setObjectName(QStringLiteral("lifecycleMenu"));
    auto add = [this](const QString &name, const QString &label, const QString &icon,
                      void (RelationshipPage::*slot)()) {
        QAction *action = m_lifecycleMenu->addAction(QIcon::fromTheme(icon), label, this, slot);
        action->setObjectName(name);
    };
    add(QStringLiteral("lifecycleActivate"), tr("&Activate"), QStringLiteral("media-playback-start"),
        &RelationshipPage::activate);
    add(QStringLiteral("lifecyclePause"), tr("&Pause"), QStringLiteral("media-playback-pause"),
        &RelationshipPage::pause);
    add(QStringLiteral("lifecycleResume"), tr("&Resume"), QStringLiteral("media-playback-start"),
        &RelationshipPage::resume);
    m_lifecycleMenu->addSeparator();
    add(QStringLiteral("lifecycleFitCheck"), tr("&Fit Check…"), QStringLiteral("dialog-ok"),
        &RelationshipPage::fitCheck);
    m_lifecycleMenu->addSeparator();
    add(QStringLiteral("lifecycleComplete"), tr("&Complete…"), QStringLiteral("checkmark"),
        &RelationshipPage::complete);
    add(QStringLiteral("lifecycleEndEarly"), tr("&End Early…"), QStringLiteral("process-stop"),
        &RelationshipPage::endEarly);
    m_lifecycle->setMenu(m_lifecycleMenu);
    buttons->addWidget(m_lifecycle);
    text->addLayout(buttons);
    grid->addLayout(text, 1);
    return header;
}

QWidget *RelationshipPage::buildOverviewTab()
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("overviewTab"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    QVBoxLayout *layout = nullptr;
    QWidget *page = tabPage(scroll, &layout);
    layout->setSpacing(12);
    m_ending = new QLabel(page);
    m_ending->setObjectName(QStringLiteral("overviewEnding"));
    m_ending->setWordWrap(true);
    m_ending->setTextFormat(Qt::RichText);
    layout->addWidget(m_ending);
    m_fitCheck = new QLabel(page);
    m_fitCheck->setObjectName(QStringLiteral("overviewFitCheck"));
    m_fitCheck->setWordWrap(true);
    layout->addWidget(m_fitCheck);

    layout->addWidget(PageStyle::sectionTitle(tr("Goals at a glance"), page));
    m_glance = new QWidget(page);
    m_glance->setObjectName(QStringLiteral("overviewGoals"));
    m_glanceLayout = new QVBoxLayout(m_glance);
    m_glanceLayout->setContentsMargins(0, 0, 0, 0);
    m_glanceLayout->setSpacing(8);
    layout->addWidget(m_glance);

    layout->addWidget(PageStyle::sectionTitle(tr("Meetings"), page));
    auto *meetings = new QHBoxLayout;
    meetings->setSpacing(32);
    m_nextMeeting = new QLabel(page);
    m_nextMeeting->setObjectName(QStringLiteral("overviewNextMeeting"));
    m_nextMeeting->setWordWrap(true);
    m_lastMeeting = new QLabel(page);
    m_lastMeeting->setObjectName(QStringLiteral("overviewLastMeeting"));
    m_lastMeeting->setWordWrap(true);
    meetings->addWidget(m_nextMeeting, 1);
    meetings->addWidget(m_lastMeeting, 1);
    layout->addLayout(meetings);

    layout->addWidget(PageStyle::sectionTitle(tr("Open actions"), page));
    m_openActions = new QLabel(page);
    m_openActions->setObjectName(QStringLiteral("overviewOpenActions"));
    m_openActions->setWordWrap(true);
    m_openActions->setTextFormat(Qt::RichText);
    layout->addWidget(m_openActions);
    layout->addStretch(1);
    scroll->setWidget(page);
    return scroll;
}

QWidget *RelationshipPage::buildMeetingsTab()
{
    QVBoxLayout *layout = nullptr;
    QWidget *page = tabPage(this, &layout);
    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->setChildrenCollapsible(false);
    m_meetings = makeTree(QStringLiteral("meetingsTree"), tr("Meetings"),
                          {tr("When"), tr("Meeting"), tr("Mode"), tr("Status")}, splitter);
    m_meetings->setRootIsDecorated(true);
    m_meetings->setColumnWidth(0, 220);
    m_meetings->setColumnWidth(1, 260);
    m_meetings->setColumnWidth(2, 110);
    splitter->addWidget(m_meetings);
    auto *lower = new QWidget(splitter);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 8, 0, 0);
    m_meetingDetail = new QTextBrowser(lower);
    m_meetingDetail->setObjectName(QStringLiteral("meetingDetail"));
    m_meetingDetail->setAccessibleName(tr("Meeting notes"));
    m_meetingDetail->setOpenLinks(false);
    lowerLayout->addWidget(m_meetingDetail, 1);
    m_agenda = new AgendaEditor(m_context, lower);
    m_agenda->setObjectName(QStringLiteral("relationshipAgendaEditor"));
    lowerLayout->addWidget(m_agenda, 1);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter);
    connect(m_meetings, &QTreeWidget::currentItemChanged, this, &RelationshipPage::showMeetingDetail);
    return page;
}

QWidget *RelationshipPage::buildContactsTab()
{
    QVBoxLayout *layout = nullptr;
    QWidget *page = tabPage(this, &layout);
    m_contacts = makeTree(QStringLiteral("contactsTree"), tr("Contacts"),
                          {tr("When"), tr("How"), tr("Initiated by"), tr("Summary")}, page);
    m_contacts->setColumnWidth(0, 200);
    m_contacts->setColumnWidth(1, 110);
    m_contacts->setColumnWidth(2, 120);
    layout->addWidget(m_contacts, 1);
    auto *buttons = new QHBoxLayout;
    auto *add =
        makeButton(QStringLiteral("list-add"), tr("Log Contact…"), QStringLiteral("addContactButton"), page);
    m_removeContact =
        makeButton(QStringLiteral("list-remove"), tr("Remove"), QStringLiteral("removeContactButton"), page);
    buttons->addWidget(add);
    buttons->addWidget(m_removeContact);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &RelationshipPage::logContact);
    connect(m_removeContact, &QPushButton::clicked, this, &RelationshipPage::removeContact);
    connect(m_contacts, &QTreeWidget::currentItemChanged, this,
            [this] { m_removeContact->setEnabled(selectedId(m_contacts) != 0); });
    return page;
}

QWidget *RelationshipPage::buildActionsTab()
{
    QVBoxLayout *layout = nullptr;
    QWidget *page = tabPage(this, &layout);
    m_actions = makeTree(QStringLiteral("actionsTree"), tr("Action items"),
                         {tr("Action"), tr("Owner"), tr("Due"), tr("Done")}, page);
    m_actions->setColumnWidth(0, 360);
    m_actions->setColumnWidth(1, 160);
    m_actions->setColumnWidth(2, 120);
    layout->addWidget(m_actions, 1);
    auto *buttons = new QHBoxLayout;
    m_addAction =
        makeButton(QStringLiteral("list-add"), tr("Add Action…"), QStringLiteral("addActionButton"), page);
    m_removeAction =
        makeButton(QStringLiteral("list-remove"), tr("Remove"), QStringLiteral("removeActionButton"), page);
    buttons->addWidget(m_addAction);
    buttons->addWidget(m_removeAction);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_addAction, &QPushButton::clicked, this, &RelationshipPage::addActionItem);
    connect(m_removeAction, &QPushButton::clicked, this, &RelationshipPage::removeActionItem);
    connect(m_actions, &QTreeWidget::currentItemChanged, this,
            [this] { m_removeAction->setEnabled(selectedId(m_actions) != 0); });
    connect(m_actions, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (m_filling || column != 0 || !m_snapshot)
            return;
        const Id id = item->data(0, IdRole).toLongLong();
        for (ActionItem action : m_snapshot->actionItems) {
            if (action.id != id)
                continue;
            const bool done = item->checkState(0) == Qt::Checked;
            if (done == action.isDone())
                return;
            // Later: the edit reloads the page, which rebuilds the item.
            QTimer::singleShot(0, this, [this, action, done] {
                auto changed = m_context.edits->setActionItemDone(action, done);
                Q_UNUSED(changed); // the status bar says how it went
            });
            return;
        }
    });
    return page;
}

QWidget *RelationshipPage::buildPeopleTab()
{
    QVBoxLayout *layout = nullptr;
    QWidget *page = tabPage(this, &layout);
    layout->addWidget(PageStyle::secondary(
        tr("Family members, peers and others who support the mentee's development."), page));
    m_support = makeTree(QStringLiteral("supportTree"), tr("Support network"),
                         {tr("Name"), tr("Relation"), tr("Contact"), tr("Note")}, page);
    m_support->setColumnWidth(0, 200);
    m_support->setColumnWidth(1, 140);
    m_support->setColumnWidth(2, 220);
    layout->addWidget(m_support, 1);
    auto *buttons = new QHBoxLayout;
    m_addSupport =
        makeButton(QStringLiteral("list-add"), tr("Add Person…"), QStringLiteral("addSupportButton"), page);
    m_editSupport =
        makeButton(QStringLiteral("document-edit"), tr("Edit…"), QStringLiteral("editSupportButton"), page);
    m_removeSupport =
        makeButton(QStringLiteral("list-remove"), tr("Remove"), QStringLiteral("removeSupportButton"), page);
    buttons->addWidget(m_addSupport);
    buttons->addWidget(m_editSupport);
    buttons->addWidget(m_removeSupport);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_addSupport, &QPushButton::clicked, this, &RelationshipPage::addSupportContact);
    connect(m_editSupport, &QPushButton::clicked, this, &RelationshipPage::editSupportContact);
    connect(m_removeSupport, &QPushButton::clicked, this, &RelationshipPage::removeSupportContact);
    connect(m_support, &QTreeWidget::itemActivated, this, &RelationshipPage::editSupportContact);
    connect(m_support, &QTreeWidget::currentItemChanged, this, [this] {
        const bool selected = selectedId(m_support) != 0;
        m_editSupport->setEnabled(selected);
        m_removeSupport->setEnabled(selected);
    });
    return page;
}

QWidget *RelationshipPage::buildFeedbackTab()
{
    QVBoxLayout *layout = nullptr;
    QWidget *page = tabPage(this, &layout);
    m_feedback = makeTree(QStringLiteral("feedbackTree"), tr("Feedback"),
                          {tr("Date"), tr("From"), tr("Rating"), tr("Comment")}, page);
    m_feedback->setColumnWidth(0, 120);
    m_feedback->setColumnWidth(1, 180);
    m_feedback->setColumnWidth(2, 110);
    layout->addWidget(m_feedback, 1);
    auto *buttons = new QHBoxLayout;
    m_addFeedback = makeButton(QStringLiteral("list-add"), tr("Add Feedback…"),
                               QStringLiteral("addFeedbackButton"), page);
    m_removeFeedback =
        makeButton(QStringLiteral("list-remove"), tr("Remove"), QStringLiteral("removeFeedbackButton"), page);
    buttons->addWidget(m_addFeedback);
    buttons->addWidget(m_removeFeedback);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_addFeedback, &QPushButton::clicked, this, &RelationshipPage::addFeedback);
    connect(m_removeFeedback, &QPushButton::clicked, this, &RelationshipPage::removeFeedback);
    connect(m_feedback, &QTreeWidget::currentItemChanged, this,
            [this] { m_removeFeedback->setEnabled(selectedId(m_feedback) != 0); });
    return page;
}

QWidget *RelationshipPage::buildAgreementTab()
{
    QVBoxLayout *layout = nullptr;
    QWidget *page = tabPage(this, &layout);
    layout->addWidget(PageStyle::secondary(
        tr("What you agreed on: how often you meet, how you stay in touch, what each of you expects."),
        page));
    m_agreement = new QPlainTextEdit(page);
    m_agreement->setObjectName(QStringLiteral("agreementEdit"));
    m_agreement->setAccessibleName(tr("Agreement"));
    m_agreement->setTabChangesFocus(true);
    layout->addWidget(m_agreement, 1);
    auto *row = new QHBoxLayout;
    auto *cadenceLabel = new QLabel(tr("Meet at least every"), page);
    m_cadence = new QSpinBox(page);
    m_cadence->setObjectName(QStringLiteral("cadenceSpin"));
    m_cadence->setAccessibleName(tr("Cadence in days"));
    m_cadence->setRange(1, 365);
    m_cadence->setSuffix(tr(" days"));
    cadenceLabel->setBuddy(m_cadence);
    m_saveAgreement = makeButton(QStringLiteral("document-save"), tr("Save Agreement"),
                                 QStringLiteral("saveAgreementButton"), page);
    row->addWidget(cadenceLabel);
    row->addWidget(m_cadence);
    row->addStretch(1);
    row->addWidget(m_saveAgreement);
    layout->addLayout(row);
    auto changed = [this] {
        if (m_filling || !m_snapshot)
            return;
        m_saveAgreement->setEnabled(m_agreement->toPlainText() != m_snapshot->relationship.agreement ||
                                    m_cadence->value() != m_snapshot->relationship.cadenceDays);
    };
    connect(m_agreement, &QPlainTextEdit::textChanged, this, changed);
    connect(m_cadence, &QSpinBox::valueChanged, this, changed);
    connect(m_saveAgreement, &QPushButton::clicked, this, &RelationshipPage::saveAgreement);
    return page;
}

void RelationshipPage::openRelationship(Id relationshipId)
{
    if (relationshipId != m_relationshipId) {
        m_relationshipId = relationshipId;
        m_snapshot.reset();
        m_tabs->setCurrentIndex(OverviewTab);
        m_names->setText(tr("Loading…"));
        setEnabled(false);
    }
    reload();
}

void RelationshipPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void RelationshipPage::setMeetingActionsVisible(bool visible)
{
    m_logMeeting->setVisible(visible);
    m_planMeeting->setVisible(visible);
}

void RelationshipPage::scheduleReload()
{
    if (m_relationshipId != 0)
        m_reloadTimer->start();
}

void RelationshipPage::reload()
{
    if (!m_context.database || m_relationshipId == 0)
        return;
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    auto result = std::make_shared<RelationshipSnapshot>();
    Database *database = m_context.database;
    const Id id = m_relationshipId;
    const bool includePrivate = !isMenteeView();
    auto *job = BackgroundJob::start(
        [database, id, includePrivate, result](JobControl &) -> Status {
            auto loaded = RelationshipSnapshot::load(database->connection(), id, includePrivate);
            if (!loaded)
                return loaded.error();
            *result = std::move(loaded).value();
            return {};
        },
        this);
    connect(job, &BackgroundJob::finished, this, [this, id, result](bool ok, const QString &error, bool) {
        m_loading = false;
        if (id == m_relationshipId) {
            if (ok) {
                m_snapshot = *result;
                present(*m_snapshot);
                setEnabled(true);
            } else {
                m_names->setText(tr("This relationship could not be loaded"));
                m_details->setText(error);
            }
        }
        if (m_reloadAgain || id != m_relationshipId) {
            m_reloadAgain = false;
            reload();
        } else {
            Q_EMIT loaded();
        }
    });
}

void RelationshipPage::present(const RelationshipSnapshot &snapshot)
{
    m_filling = true;
    showHeader(snapshot);
    showOverview(snapshot);
    m_goals->setGoals(snapshot.goals, snapshot.relationship.id,
                      m_context.profile ? std::optional<Id>(m_context.profile->personId) : std::nullopt);
    showMeetings(snapshot);
    showLists(snapshot);
    if (!m_agreement->hasFocus() || m_agreement->toPlainText() == snapshot.relationship.agreement)
        m_agreement->setPlainText(snapshot.relationship.agreement);
    m_cadence->setValue(snapshot.relationship.cadenceDays);
    m_saveAgreement->setEnabled(false);
    m_tabs->setTabText(GoalsTab,
                       snapshot.goals.isEmpty() ? tr("Goals") : tr("Goals (%1)").arg(snapshot.goals.size()));
    const int open = snapshot.openActionItems();
    m_tabs->setTabText(ActionsTab, open == 0 ? tr("Actions") : tr("Actions (%1)").arg(open));
    updateLifecycleMenu();
    m_filling = false;
}

void RelationshipPage::showHeader(const RelationshipSnapshot &snapshot)
{
    const Relationship &r = snapshot.relationship;
    const QString mentee = snapshot.names.value(r.menteeId);
    const QString mentor = snapshot.names.value(r.mentorId);
    m_avatar->setText(DisplayTexts::initials(mentee));
    m_avatar->setAccessibleName(mentee);
    const QString secondaryColour = palette().color(QPalette::PlaceholderText).name();
    m_names->setText(
        tr("%1 <span style='font-weight:normal; font-size:small; color:%3'>← mentored by %2</span>")
            .arg(mentee.toHtmlEscaped(), mentor.toHtmlEscaped(), secondaryColour));
    m_names->setAccessibleName(tr("%1, mentored by %2").arg(mentee, mentor));

    QString status;
    switch (r.status) {
    case RelationshipStatus::Proposed:
        status = tr("Proposed on %1").arg(DisplayTexts::date(r.proposedOn));
        break;
    case RelationshipStatus::Active:
        status = tr("Active since %1").arg(DisplayTexts::date(r.startDate));
        break;
    case RelationshipStatus::Paused:
        status = tr("Paused · started %1").arg(DisplayTexts::date(r.startDate));
        break;
    case RelationshipStatus::Completed:
        status = tr("Completed on %1").arg(DisplayTexts::date(r.endDate));
        break;
    case RelationshipStatus::EndedEarly:
        status = tr("Ended early on %1").arg(DisplayTexts::date(r.endDate));
        break;
    }
    m_status->setText(QStringLiteral("● ") + status);
    QPalette statusPalette = m_status->palette();
    const HealthPresentation::Tone tone = r.status == RelationshipStatus::Active
                                              ? HealthPresentation::Tone::Good
                                              : HealthPresentation::Tone::Neutral;
    statusPalette.setColor(QPalette::WindowText, tone == HealthPresentation::Tone::Neutral
                                                     ? palette().color(QPalette::WindowText)
                                                     : HealthPresentation::colour(tone));
    m_status->setPalette(statusPalette);

    QStringList details;
    const RelationshipOverviewRow &row = snapshot.overview.row;
    if (!row.programmeName.isEmpty())
        details.append(row.cohortName.isEmpty() || row.cohortName.contains(row.programmeName)
                           ? (row.cohortName.isEmpty() ? row.programmeName : row.cohortName)
                           : tr("%1 · %2").arg(row.programmeName, row.cohortName));
    details.append(r.cadenceDays == 1 ? tr("every day") : tr("every %1 days").arg(r.cadenceDays));
    m_details->setText(details.join(QStringLiteral(" · ")));

    const RelationshipHealth &health = snapshot.overview.health;
    // Paused is already the status; health speaks only of measured (active) relationships.
    const bool measured = health.state != CadenceState::NotApplicable && health.state != CadenceState::Paused;
    m_healthIcon->setVisible(measured);
    m_health->setVisible(measured);
    if (measured) {
        m_healthIcon->setPixmap(HealthPresentation::icon(health).pixmap(16, 16));
        m_health->setText(HealthPresentation::label(health));
        QPalette p = m_health->palette();
        p.setColor(QPalette::WindowText, HealthPresentation::colour(HealthPresentation::tone(health)));
        m_health->setPalette(p);
    }
    const QString reasons = HealthPresentation::reasonsText(health);
    m_reasons->setText(
        reasons.isEmpty() ? QString() : QString(reasons).replace(QLatin1Char('\n'), QStringLiteral(" · ")));
    m_reasons->setVisible(!reasons.isEmpty());
    QPalette reasonsPalette = m_reasons->palette();
    reasonsPalette.setColor(QPalette::WindowText, HealthPresentation::colour(HealthPresentation::Tone::Bad));
    m_reasons->setPalette(reasonsPalette);

    const bool finished = isFinished();
    m_logContact->setEnabled(!finished);
    m_lifecycle->setVisible(!isMenteeView());
}

void RelationshipPage::showOverview(const RelationshipSnapshot &snapshot)
{
    const Relationship &r = snapshot.relationship;
    if (r.status == RelationshipStatus::Completed || r.status == RelationshipStatus::EndedEarly) {
        QString text = r.status == RelationshipStatus::Completed
                           ? tr("<b>Completed on %1.</b>").arg(DisplayTexts::date(r.endDate))
                           : tr("<b>Ended early on %1.</b>").arg(DisplayTexts::date(r.endDate));
        if (!r.endReason.isEmpty())
            text += tr(" Reason: %1").arg(html(r.endReason));
        if (!r.closingReflection.isEmpty())
            text += tr("<br><b>Closing reflection:</b> %1").arg(html(r.closingReflection));
        text += tr("<br>Everything you recorded together stays here to read.");
        m_ending->setText(text);
        m_ending->show();
    } else {
        m_ending->hide();
    }
    if (r.fitCheckOutcome == FitCheckOutcome::Pending &&
        (r.status == RelationshipStatus::Active || r.status == RelationshipStatus::Paused)) {
        const bool overdue = r.fitCheckDue && *r.fitCheckDue < Clock::today();
        m_fitCheck->setText(
            r.fitCheckDue ? (overdue ? tr("The fit check was due on %1 — confirm the fit or end "
                                          "the relationship professionally (⋯ Lifecycle ▸ Fit Check).")
                                           .arg(DisplayTexts::date(r.fitCheckDue))
                                     : tr("Fit check due on %1.").arg(DisplayTexts::date(r.fitCheckDue)))
                          : tr("The fit check is still open."));
        m_fitCheck->show();
    } else if (r.fitCheckOutcome == FitCheckOutcome::Confirmed) {
        m_fitCheck->setText(tr("Fit check: both confirmed the fit."));
        m_fitCheck->show();
    } else {
        m_fitCheck->hide();
    }

    // Goals at a glance: a bar each, with due date and whether it is ahead or behind its pace.
    while (QLayoutItem *item = m_glanceLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (snapshot.goals.isEmpty()) {
        auto *none = PageStyle::secondary(
            tr("No goals yet — set the first goal together at your next meeting."), m_glance);
        m_glanceLayout->addWidget(none);
    }
    const QDate begin = r.startDate.value_or(r.proposedOn);
    for (const GoalDetails &details : snapshot.goals) {
        auto *row = new QWidget(m_glance);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->setSpacing(12);
        auto *title = new QLabel(details.goal.title, row);
        title->setMinimumWidth(160);
        title->setWordWrap(true);
        auto *bar = new QProgressBar(row);
        bar->setRange(0, 100);
        bar->setValue(int(std::lround(details.fraction() * 100)));
        bar->setFormat(QStringLiteral("%p %"));
        bar->setMaximumHeight(16);
        bar->setMinimumWidth(120);
        bar->setAccessibleName(tr("Progress of %1").arg(details.goal.title));
        QString pace;
        const Goal &goal = details.goal;
        if (goal.status == GoalStatus::Achieved) {
            pace = tr("achieved");
        } else if (goal.dueDate && begin.isValid() && begin < *goal.dueDate &&
                   goal.status != GoalStatus::Abandoned) {
            const double expected = std::clamp(
                double(begin.daysTo(Clock::today())) / double(begin.daysTo(*goal.dueDate)), 0.0, 1.0);
            pace = details.fraction() + 0.05 >= expected ? tr("on pace") : tr("behind");
        } else {
            pace = DisplayTexts::goalStatus(goal.status).toLower();
        }
        auto *meta = PageStyle::secondary(tr("due %1 · %2").arg(DisplayTexts::date(goal.dueDate), pace), row);
        rowLayout->addWidget(title, 3);
        rowLayout->addWidget(bar, 2);
        rowLayout->addWidget(meta, 2);
        m_glanceLayout->addWidget(row);
    }

    const auto next = snapshot.nextMeeting();
    m_nextMeeting->setText(next ? tr("<b>Next:</b> %1 · %2")
                                      .arg(DisplayTexts::dateTime(next->occurrence.startLocal),
                                           DisplayTexts::meetingMode(next->row.mode))
                                : tr("<b>Next:</b> none planned"));
    const auto last = snapshot.lastMeeting();
    if (last) {
        const qint64 minutes = (last->occurrence.endUtc - last->occurrence.startUtc) / 60;
        m_lastMeeting->setText(tr("<b>Last:</b> %1 · %2 · %3 min")
                                   .arg(DisplayTexts::date(last->occurrence.startLocal.date()),
                                        DisplayTexts::meetingMode(last->row.mode))
                                   .arg(minutes));
    } else {
        m_lastMeeting->setText(tr("<b>Last:</b> no meeting held yet"));
    }

    QStringList open;
    for (const ActionItem &item : snapshot.actionItems) {
        if (item.isDone())
            continue;
        QString line =
            tr("%1: %2").arg(snapshot.nameOf(item.ownerId).section(QLatin1Char(' '), 0, 0), item.title);
        if (item.dueDate)
            line += tr(" by %1").arg(DisplayTexts::date(item.dueDate));
        open.append(line.toHtmlEscaped());
    }
    if (open.isEmpty()) {
        m_openActions->setText(tr("Nothing open."));
    } else {
        const int shown = std::min<int>(open.size(), 5);
        QString text = QStringLiteral("• ") + open.mid(0, shown).join(QStringLiteral("<br>• "));
        if (open.size() > shown)
            text += tr("<br>… and %n more (see Actions)", nullptr, int(open.size() - shown));
        m_openActions->setText(text);
    }
}

void RelationshipPage::showMeetings(const RelationshipSnapshot &snapshot)
{
    QString selectedKey;
    if (const QTreeWidgetItem *item = m_meetings->currentItem(); item && item->parent())
        selectedKey = item->data(0, IdRole).toString();
    m_meetings->clear();
    auto group = [this](const QString &title) {
        auto *item = new QTreeWidgetItem(m_meetings);
        item->setText(0, title);
        item->setFirstColumnSpanned(true);
        QFont font = item->font(0);
        font.setWeight(QFont::DemiBold);
        item->setFont(0, font);
        item->setFlags(Qt::ItemIsEnabled);
        item->setExpanded(true);
        return item;
    };
    QTreeWidgetItem *upcoming = group(tr("Upcoming (%1)").arg(snapshot.upcoming.size()));
    QTreeWidgetItem *past = group(tr("Past (%1)").arg(snapshot.past.size()));
    QTreeWidgetItem *select = nullptr;
    auto add = [&](QTreeWidgetItem *parent, const MeetingEntry &entry, int index, bool isUpcoming) {
        auto *item = new QTreeWidgetItem(parent);
        item->setText(0, DisplayTexts::dateTime(entry.occurrence.startLocal));
        item->setText(1, entry.occurrence.title.isEmpty() ? tr("Meeting") : entry.occurrence.title);
        item->setText(2, DisplayTexts::meetingMode(entry.row.mode));
        QString status = DisplayTexts::occurrenceStatus(entry.occurrence.status);
        if (!isUpcoming && entry.occurrence.status == OccurrenceStatus::Planned)
            status = tr("Not logged");
        item->setText(3, status);
        const QString key =
            QStringLiteral("%1/%2").arg(entry.occurrence.meetingId).arg(entry.occurrence.recurrenceId);
        item->setData(0, IdRole, key);
        item->setData(0, UpcomingRole, isUpcoming ? index : -1 - index);
        if (key == selectedKey)
            select = item;
    };
    for (int i = 0; i < snapshot.upcoming.size(); ++i)
        add(upcoming, snapshot.upcoming.at(i), i, true);
    for (int i = 0; i < snapshot.past.size(); ++i)
        add(past, snapshot.past.at(i), i, false);
    upcoming->setExpanded(true);
    past->setExpanded(true);
    if (!select && upcoming->childCount() > 0)
        select = upcoming->child(0);
    if (!select && past->childCount() > 0)
        select = past->child(0);
    if (select)
        m_meetings->setCurrentItem(select);
    showMeetingDetail();
}

void RelationshipPage::showMeetingDetail()
{
    const QTreeWidgetItem *item = m_meetings->currentItem();
    if (!m_snapshot || !item || !item->parent()) {
        m_meetingDetail->setHtml(m_snapshot && m_snapshot->past.isEmpty() && m_snapshot->upcoming.isEmpty()
                                     ? tr("<p>No meetings yet. Plan the first one to get started.</p>")
                                     : tr("<p>Choose a meeting to read its agenda and notes.</p>"));
        m_agenda->hide();
        return;
    }
    const int code = item->data(0, UpcomingRole).toInt();
    const bool isUpcoming = code >= 0;
    const MeetingEntry entry =
        isUpcoming ? m_snapshot->upcoming.value(code) : m_snapshot->past.value(-1 - code);
    QString text = QStringLiteral("<h3>%1</h3><p>%2 · %3 · %4</p>")
                       .arg(html(entry.occurrence.title.isEmpty() ? tr("Meeting") : entry.occurrence.title),
                            html(DisplayTexts::dateTime(entry.occurrence.startLocal)),
                            html(DisplayTexts::meetingMode(entry.row.mode)), html(item->text(3)));
    if (!entry.row.location.isEmpty())
        text += tr("<p><b>Where:</b> %1</p>").arg(html(entry.row.location));
    if (!isUpcoming) {
        text +=
            tr("<p><b>Agenda</b><br>%1</p>").arg(entry.agenda().isEmpty() ? tr("—") : html(entry.agenda()));
        text += tr("<p><b>Shared notes</b><br>%1</p>")
                    .arg(entry.sharedNotes().isEmpty() ? tr("No notes were recorded.")
                                                       : html(entry.sharedNotes()));
        if (m_snapshot->privateNotesLoaded && !entry.privateNotes().isEmpty())
            text += tr("<p><b>Private notes</b> <i>(only you)</i><br>%1</p>").arg(html(entry.privateNotes()));
    }
    m_meetingDetail->setHtml(text);
    m_agenda->setVisible(isUpcoming);
    if (isUpcoming)
        m_agenda->setMeeting(entry, {});
}

void RelationshipPage::showLists(const RelationshipSnapshot &snapshot)
{
    auto keep = [](QTreeWidget *tree) { return selectedId(tree); };
    auto restore = [](QTreeWidget *tree, Id id) {
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (tree->topLevelItem(i)->data(0, IdRole).toLongLong() == id)
                tree->setCurrentItem(tree->topLevelItem(i));
    };
    const bool finished = isFinished();

    Id selected = keep(m_contacts);
    m_contacts->clear();
    for (const Contact &contact : snapshot.contacts) {
        auto *item = new QTreeWidgetItem(m_contacts);
        item->setText(0, DisplayTexts::dateTime(contact.occurredAt.toLocalTime()));
        item->setText(1, DisplayTexts::channel(contact.channel));
        item->setText(2, DisplayTexts::initiator(contact.initiator));
        item->setText(3, contact.summary);
        item->setToolTip(3, contact.summary);
        item->setData(0, IdRole, contact.id);
    }
    restore(m_contacts, selected);
    m_removeContact->setEnabled(selectedId(m_contacts) != 0);

    selected = keep(m_actions);
    m_actions->clear();
    for (const ActionItem &action : snapshot.actionItems) {
        auto *item = new QTreeWidgetItem(m_actions);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(0, action.isDone() ? Qt::Checked : Qt::Unchecked);
        item->setText(0, action.title);
        item->setToolTip(0, action.title);
        item->setText(1, snapshot.nameOf(action.ownerId));
        item->setText(2, DisplayTexts::date(action.dueDate));
        item->setText(3, action.doneOn ? DisplayTexts::date(action.doneOn) : QString());
        if (!action.isDone() && action.dueDate && *action.dueDate < Clock::today())
            item->setForeground(2, HealthPresentation::colour(HealthPresentation::Tone::Bad));
        item->setData(0, IdRole, action.id);
    }
    restore(m_actions, selected);
    m_removeAction->setEnabled(selectedId(m_actions) != 0);

    selected = keep(m_support);
    m_support->clear();
    for (const SupportContact &person : snapshot.supportContacts) {
        auto *item = new QTreeWidgetItem(m_support);
        item->setText(0, person.name);
        item->setText(1, person.relation);
        item->setText(2, person.contact);
        item->setText(3, person.note);
        item->setData(0, IdRole, person.id);
    }
    restore(m_support, selected);
    m_editSupport->setEnabled(selectedId(m_support) != 0);
    m_removeSupport->setEnabled(selectedId(m_support) != 0);

    selected = keep(m_feedback);
    m_feedback->clear();
    for (const Feedback &given : snapshot.feedback) {
        auto *item = new QTreeWidgetItem(m_feedback);
        item->setText(0, DisplayTexts::date(given.givenOn));
        const QString author = given.authorId ? snapshot.nameOf(given.authorId) : QString();
        item->setText(1, author.isEmpty()
                             ? DisplayTexts::role(given.authorRole)
                             : tr("%1 (%2)").arg(author, DisplayTexts::role(given.authorRole).toLower()));
        item->setText(2, stars(given.rating));
        item->setData(2, Qt::AccessibleTextRole, tr("%1 of 5").arg(given.rating));
        item->setToolTip(2, tr("%1 of 5").arg(given.rating));
        item->setText(3, given.comment);
        item->setToolTip(3, given.comment);
        item->setData(0, IdRole, given.id);
    }
    restore(m_feedback, selected);
    m_removeFeedback->setEnabled(selectedId(m_feedback) != 0);
    m_addFeedback->setEnabled(true);
    m_addAction->setEnabled(!finished);
}

void RelationshipPage::updateLifecycleMenu()
{
    if (!m_snapshot)
        return;
    const Relationship &r = m_snapshot->relationship;
    const QString reason = QStringLiteral("-");
    auto allowed = [&](RelationshipStatus to) {
        return RelationshipLifecycle::check(r.status, to, reason).ok();
    };
    auto action = [this](const char *name) {
        return m_lifecycleMenu->findChild<QAction *>(QLatin1String(name));
    };
    for (QAction *a : m_lifecycleMenu->actions()) {
        if (a->objectName() == QLatin1String("lifecycleActivate"))
            a->setVisible(r.status == RelationshipStatus::Proposed);
    }
    action("lifecycleActivate")->setEnabled(r.status == RelationshipStatus::Proposed);
    action("lifecyclePause")->setEnabled(allowed(RelationshipStatus::Paused));
    action("lifecyclePause")->setVisible(r.status != RelationshipStatus::Paused);
    action("lifecycleResume")->setEnabled(r.status == RelationshipStatus::Paused);
    action("lifecycleResume")->setVisible(r.status == RelationshipStatus::Paused);
    action("lifecycleFitCheck")
        ->setEnabled(r.fitCheckOutcome == FitCheckOutcome::Pending &&
                     (r.status == RelationshipStatus::Active || r.status == RelationshipStatus::Paused));
    action("lifecycleComplete")->setEnabled(allowed(RelationshipStatus::Completed));
    action("lifecycleEndEarly")->setEnabled(allowed(RelationshipStatus::EndedEarly));
    m_lifecycle->setEnabled(!isFinished());
    m_lifecycle->setToolTip(isFinished() ? tr("This relationship has ended; its history stays readable.")
                                         : tr("Activate, pause, check the fit, complete or end"));
}

void RelationshipPage::activate()
{
    if (m_snapshot)
        (void)m_context.edits->activateRelationship(m_relationshipId);
}

void RelationshipPage::pause()
{
    if (m_snapshot)
        (void)m_context.edits->pauseRelationship(m_relationshipId);
}

void RelationshipPage::resume()
{
    if (m_snapshot)
        (void)m_context.edits->resumeRelationship(m_relationshipId);
}

void RelationshipPage::fitCheck()
{
    if (!m_snapshot)
        return;
    QMessageBox box(QMessageBox::Question, tr("Fit Check"),
                    tr("After the first meetings, do you both want to continue?"), QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("fitCheckBox"));
    box.setInformativeText(tr("Confirm the fit to carry on, or end the relationship professionally, with a "
                              "reason and a closing reflection."));
    QPushButton *confirm = box.addButton(tr("Confirm Fit"), QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmFitButton"));
    QPushButton *end = box.addButton(tr("End Professionally…"), QMessageBox::DestructiveRole);
    end->setObjectName(QStringLiteral("endAfterFitCheckButton"));
    box.setDefaultButton(confirm);
    box.exec();
    if (box.clickedButton() == confirm) {
        (void)m_context.edits->confirmFit(m_relationshipId);
    } else if (box.clickedButton() == end) {
        endWithDetails(RelationshipStatus::EndedEarly, true);
    }
}

void RelationshipPage::complete()
{
    endWithDetails(RelationshipStatus::Completed, false);
}

void RelationshipPage::endEarly()
{
    endWithDetails(RelationshipStatus::EndedEarly, false);
}

bool RelationshipPage::endWithDetails(RelationshipStatus to, bool afterFitCheck)
{
    if (!m_snapshot)
        return false;
    const bool early = to == RelationshipStatus::EndedEarly;
    const QString mentee = m_snapshot->names.value(m_snapshot->relationship.menteeId);
    FormDialog dialog(early ? tr("End Relationship") : tr("Complete Relationship"), this);
    dialog.setObjectName(QStringLiteral("endRelationshipDialog"));
    dialog.addIntro(early ? tr("Ending well matters. Say why the relationship ends and take a moment to "
                               "reflect together. All goals, meetings and notes stay readable.")
                          : tr("Congratulations on completing the relationship with %1. A closing reflection "
                               "helps both of you see how far you came.")
                                .arg(mentee));
    dialog.addDate(QStringLiteral("endDate"), tr("&Ended on:"), Clock::today(), Clock::today());
    dialog.addLine(QStringLiteral("endReason"), early ? tr("&Reason:") : tr("&Outcome:"), QString(), early,
                   early ? tr("e.g. Expectations differ; moving abroad") : tr("e.g. Goals met"));
    dialog.addText(QStringLiteral("closingReflection"), tr("Closing &reflection:"), QString(), false,
                   tr("What went well, what you learned, what comes next"));
    dialog.setOkText(early ? tr("End Relationship") : tr("Complete"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const Id id = m_relationshipId;
    const QDate on = dialog.date(QStringLiteral("endDate"));
    const QString reason = dialog.text(QStringLiteral("endReason"));
    const QString reflection = dialog.text(QStringLiteral("closingReflection"));
    Edits &edits = *m_context.edits;
    if (afterFitCheck)
        return edits.endAfterFitCheck(id, on, reason, reflection).ok();
    if (early)
        return edits.endRelationshipEarly(id, on, reason, reflection).ok();
    return edits.completeRelationship(id, on, reason, reflection).ok();
}

void RelationshipPage::logContact()
{
    if (!m_snapshot)
        return;
    // The one Log contact dialog (also Ctrl+Shift+L on My mentees).
    auto *dialog = new LogContactDialog(m_context, m_relationshipId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!dialog->loadError().isEmpty()) {
        QMessageBox::warning(this, tr("Log Contact"), dialog->loadError());
        delete dialog;
        return;
    }
    dialog->setInitiator(isMenteeView() ? Initiator::Mentee : Initiator::Mentor);
    dialog->open();
}

void RelationshipPage::removeContact()
{
    const Id id = selectedId(m_contacts);
    if (id == 0)
        return;
    (void)m_context.edits->removeContact(id);
}

void RelationshipPage::addActionItem()
{
    if (!m_snapshot)
        return;
    const Relationship &r = m_snapshot->relationship;
    FormDialog dialog(tr("Add Action"), this);
    dialog.setObjectName(QStringLiteral("addActionDialog"));
    dialog.addLine(QStringLiteral("actionTitle"), tr("&Action:"), QString(), true, tr("e.g. Update the CV"));
    const FormDialog::Choices owners{{m_snapshot->names.value(r.menteeId), r.menteeId},
                                     {m_snapshot->names.value(r.mentorId), r.mentorId},
                                     {tr("No one yet"), QVariant()}};
    dialog.addChoice(QStringLiteral("actionOwner"), tr("&Owner:"), owners, r.menteeId);
    dialog.addOptionalDate(QStringLiteral("actionDue"), tr("&Due:"), Clock::today().addDays(14),
                           Clock::today().addDays(14));
    dialog.setOkText(tr("Add"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    ActionItem item;
    item.relationshipId = m_relationshipId;
    item.title = dialog.text(QStringLiteral("actionTitle"));
    const QVariant owner = dialog.choice(QStringLiteral("actionOwner"));
    item.ownerId = owner.isValid() ? std::optional<Id>(owner.toLongLong()) : std::nullopt;
    item.dueDate = dialog.optionalDate(QStringLiteral("actionDue"));
    (void)m_context.edits->addActionItem(item);
}

void RelationshipPage::removeActionItem()
{
    const Id id = selectedId(m_actions);
    if (id == 0)
        return;
    (void)m_context.edits->removeActionItem(id);
}

void RelationshipPage::addSupportContact()
{
    FormDialog dialog(tr("Add to Support Network"), this);
    dialog.setObjectName(QStringLiteral("supportDialog"));
    dialog.addLine(QStringLiteral("supportName"), tr("&Name:"), QString(), true);
    dialog.addLine(QStringLiteral("supportRelation"), tr("&Relation:"), QString(), false,
                   tr("e.g. parent, peer, manager"));
    dialog.addLine(QStringLiteral("supportContact"), tr("&Contact:"), QString(), false,
                   tr("Phone or e-mail"));
    dialog.addText(QStringLiteral("supportNote"), tr("N&ote:"));
    dialog.setOkText(tr("Add"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    SupportContact person;
    person.relationshipId = m_relationshipId;
    person.name = dialog.text(QStringLiteral("supportName"));
    person.relation = dialog.text(QStringLiteral("supportRelation"));
    person.contact = dialog.text(QStringLiteral("supportContact"));
    person.note = dialog.text(QStringLiteral("supportNote"));
    (void)m_context.edits->addSupportContact(person);
}

void RelationshipPage::editSupportContact()
{
    const Id id = selectedId(m_support);
    if (id == 0 || !m_snapshot)
        return;
    for (SupportContact person : m_snapshot->supportContacts) {
        if (person.id != id)
            continue;
        FormDialog dialog(tr("Edit Support Contact"), this);
        dialog.setObjectName(QStringLiteral("supportDialog"));
        dialog.addLine(QStringLiteral("supportName"), tr("&Name:"), person.name, true);
        dialog.addLine(QStringLiteral("supportRelation"), tr("&Relation:"), person.relation);
        dialog.addLine(QStringLiteral("supportContact"), tr("&Contact:"), person.contact);
        dialog.addText(QStringLiteral("supportNote"), tr("N&ote:"), person.note);
        dialog.setOkText(tr("Save"));
        if (dialog.exec() != QDialog::Accepted)
            return;
        person.name = dialog.text(QStringLiteral("supportName"));
        person.relation = dialog.text(QStringLiteral("supportRelation"));
        person.contact = dialog.text(QStringLiteral("supportContact"));
        person.note = dialog.text(QStringLiteral("supportNote"));
        (void)m_context.edits->updateSupportContact(person);
        return;
    }
}

void RelationshipPage::removeSupportContact()
{
    const Id id = selectedId(m_support);
    if (id == 0)
        return;
    (void)m_context.edits->removeSupportContact(id);
}

void RelationshipPage::addFeedback()
{
    if (!m_snapshot)
        return;
    const Relationship &r = m_snapshot->relationship;
    FormDialog dialog(tr("Add Feedback"), this);
    dialog.setObjectName(QStringLiteral("feedbackDialog"));
    const FormDialog::Choices from{
        {tr("%1 (mentee)").arg(m_snapshot->names.value(r.menteeId)), int(Role::Mentee)},
        {tr("%1 (mentor)").arg(m_snapshot->names.value(r.mentorId)), int(Role::Mentor)},
        {tr("Coordinator"), int(Role::Coordinator)}};
    const Role mine = m_context.profile ? m_context.profile->role : Role::Mentor;
    dialog.addChoice(QStringLiteral("feedbackFrom"), tr("&From:"), from, int(mine));
    FormDialog::Choices ratings;
    const QStringList words{tr("poor"), tr("fair"), tr("good"), tr("very good"), tr("excellent")};
    for (int rating = 5; rating >= 1; --rating)
        ratings.append({tr("%1  %2 — %3").arg(stars(rating)).arg(rating).arg(words.at(rating - 1)), rating});
    dialog.addChoice(QStringLiteral("feedbackRating"), tr("&Rating:"), ratings, 4);
    dialog.addText(QStringLiteral("feedbackComment"), tr("&Comment:"), QString(), false,
                   tr("What helps, what could be better?"));
    dialog.addDate(QStringLiteral("feedbackDate"), tr("&Date:"), Clock::today(), Clock::today());
    dialog.setOkText(tr("Add"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    Feedback given;
    given.relationshipId = m_relationshipId;
    given.authorRole = Role(dialog.choice(QStringLiteral("feedbackFrom")).toInt());
    if (given.authorRole == Role::Mentee)
        given.authorId = r.menteeId;
    else if (given.authorRole == Role::Mentor)
        given.authorId = r.mentorId;
    else if (m_context.profile && m_context.profile->role == Role::Coordinator)
        given.authorId = m_context.profile->personId;
    given.rating = dialog.choice(QStringLiteral("feedbackRating")).toInt();
    given.comment = dialog.text(QStringLiteral("feedbackComment"));
    given.givenOn = dialog.date(QStringLiteral("feedbackDate"));
    (void)m_context.edits->addFeedback(given);
}

void RelationshipPage::removeFeedback()
{
    const Id id = selectedId(m_feedback);
    if (id == 0)
        return;
    (void)m_context.edits->removeFeedback(id);
}

void RelationshipPage::saveAgreement()
{
    if (!m_snapshot)
        return;
    Relationship r = m_snapshot->relationship;
    r.agreement = m_agreement->toPlainText().trimmed();
    r.cadenceDays = m_cadence->value();
    if (r == m_snapshot->relationship)
        return;
    (void)m_context.edits->saveAgreement(r);
}

} // namespace trellis
