#include "dialogs/logmeetingdialog.h"

#include "commands/edits.h"
#include "dialogs/meetinglabels.h"
#include "models/defaultsreader.h"
#include "models/meetingtime.h"
#include "models/progresstexts.h"
#include "util/clock.h"
#include "widgets/pagestyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSlider>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace trellis {

namespace {

constexpr int SliderSteps = 100;

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    return label;
}

QLabel *errorLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28));
    label->setPalette(palette);
    label->hide();
    return label;
}

QPlainTextEdit *textEdit(const QString &objectName, const QString &accessibleName, const QString &placeholder,
                         QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(56);
    return edit;
}

QString valueText(double value, const Goal &goal)
{
    const QString number = QLocale().toString(value, 'g', 6);
    if (goal.measureKind == MeasureKind::Percentage || goal.unit == QLatin1String("%"))
        return number + QLatin1Char('%');
    return goal.unit.isEmpty() ? number : number + QLatin1Char(' ') + goal.unit;
}

} // namespace

LogMeetingDialog::LogMeetingDialog(const WorkspaceContext &context, Id relationshipId, QWidget *parent)
    : EditorDialog(parent)
    , m_context(context)
    , m_relationshipId(relationshipId)
{
    setObjectName(QStringLiteral("logMeetingDialog"));
    auto loaded = DefaultsReader(m_context.dataSource()).meetingDefaults(relationshipId);
    if (!loaded) {
        m_loadError = loaded.errorMessage();
        return;
    }
    m_defaults = std::move(loaded).value();
    build();
}

LogMeetingDialog::~LogMeetingDialog() = default;

void LogMeetingDialog::build()
{
    setWindowTitle(tr("Log Meeting — %1").arg(m_defaults.mentee.displayName));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(16);

    auto *title = new QLabel(tr("Log a meeting with %1").arg(m_defaults.mentee.displayName), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(24);
    auto *left = new QVBoxLayout;
    left->setSpacing(16);
    left->addWidget(buildWhen());
    left->addWidget(buildWhat(), 1);
    columns->addLayout(left, 5);
    auto *divider = new QFrame(this);
    divider->setFrameShape(QFrame::VLine);
    divider->setFrameShadow(QFrame::Sunken);
    columns->addWidget(divider);
    columns->addWidget(buildOutcomes(), 6);
    layout->addLayout(columns, 1);

    m_error = errorLabel(QStringLiteral("logMeetingError"), this);
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = m_buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("logMeetingSave"));
    m_save->setText(tr("Log Meeting"));
    m_save->setToolTip(tr("Save (Ctrl+Enter) — you can undo it with Ctrl+Z"));
    m_save->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LogMeetingDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LogMeetingDialog::reject);
    layout->addWidget(m_buttons);

    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (m_save->isEnabled())
                accept();
        });
    }

    // Defaults: a meeting that just ended, the programme's length, the usual mode.
    const int minutes = m_defaults.defaultMinutes;
    m_length->setValue(minutes);
    QDateTime start =
        Clock::nowUtc().addSecs(-60 * minutes).toTimeZone(QTimeZone(m_defaults.timezone.toUtf8()));
    start.setTime(QTime(start.time().hour(), start.time().minute() / 5 * 5));
    m_date->setDate(start.date());
    m_time->setTime(start.time());
    MeetingLabels::select(m_mode, int(m_defaults.usualMode));
    MeetingLabels::select(m_initiator, int(m_defaults.usualInitiator));
    // The newest unlogged occurrence is what is being logged when it was in the last two days.
    if (!m_defaults.unlogged.isEmpty() &&
        m_defaults.unlogged.first().startUtc >= Clock::nowSecs() - 2 * 86400)
        selectUnlogged(0);

    resize(960, 640);
    m_date->setFocus();
    revalidate();
    updateLaterNotes();
}

QWidget *LogMeetingDialog::buildWhen()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(sectionLabel(tr("When and how"), box));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(8);

    m_planned = new QComboBox(box);
    m_planned->setObjectName(QStringLiteral("logMeetingPlanned"));
    m_planned->setAccessibleName(tr("Which meeting"));
    // Sized by characters, not by its longest entry: a long one ("Thu 5 Mar 2026, 16:30 here ·
    // 11:30 New York — …") would widen this column until the outcomes beside it were cut.
    m_planned->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_planned->setMinimumContentsLength(28);
    m_planned->addItem(tr("A meeting that was not planned"), -1);
    for (int i = 0; i < m_defaults.unlogged.size(); ++i) {
        const Occurrence &occurrence = m_defaults.unlogged.at(i);
        // The same rule as every page: the viewer's time, and the meeting's when it differs.
        const QString when = MeetingTime::dateTime(occurrence);
        m_planned->addItem(occurrence.title.isEmpty()
                               ? tr("Planned %1 (not logged)").arg(when)
                               : tr("%1 — %2 (not logged)").arg(when, occurrence.title),
                           i);
    }
    m_planned->setEnabled(!m_defaults.unlogged.isEmpty());
    m_planned->setToolTip(
        m_defaults.unlogged.isEmpty()
            ? tr("No planned meeting of the last 90 days is waiting to be logged.")
            : tr("Log a planned meeting that was not logged yet, or one that was not planned."));
    connect(m_planned, &QComboBox::currentIndexChanged, this, &LogMeetingDialog::plannedChanged);
    form->addRow(tr("&Meeting:"), m_planned);

    auto *whenRow = new QHBoxLayout;
    whenRow->setSpacing(8);
    m_date = new QDateEdit(box);
    m_date->setObjectName(QStringLiteral("logMeetingDate"));
    m_date->setAccessibleName(tr("Date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_time = new QTimeEdit(box);
    m_time->setObjectName(QStringLiteral("logMeetingTime"));
    m_time->setAccessibleName(tr("Start time"));
    m_time->setDisplayFormat(MeetingLabels::timeFormat());
    auto *zone = new QLabel(m_defaults.timezone, box);
    zone->setObjectName(QStringLiteral("logMeetingZone"));
    PageStyle::makeSecondary(zone);
    whenRow->addWidget(m_date, 1);
    whenRow->addWidget(m_time, 1);
    whenRow->addWidget(zone);
    auto *dateLabel = new QLabel(tr("&Date and time:"), box);
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, whenRow);
    m_whenError = errorLabel(QStringLiteral("logMeetingWhenError"), box);
    form->addRow(QString(), m_whenError);

    m_length = new QSpinBox(box);
    m_length->setObjectName(QStringLiteral("logMeetingLength"));
    m_length->setAccessibleName(tr("Length in minutes"));
    m_length->setRange(5, 600);
    m_length->setSingleStep(15);
    m_length->setSuffix(tr(" min"));
    form->addRow(tr("&Length:"), m_length);

    m_mode = new QComboBox(box);
    m_mode->setObjectName(QStringLiteral("logMeetingMode"));
    m_mode->setAccessibleName(tr("Mode"));
    MeetingLabels::fillModes(m_mode);
    form->addRow(tr("M&ode:"), m_mode);

    m_initiator = new QComboBox(box);
    m_initiator->setObjectName(QStringLiteral("logMeetingInitiator"));
    m_initiator->setAccessibleName(tr("Initiated by"));
    MeetingLabels::fillInitiators(m_initiator, m_defaults.mentor.displayName, m_defaults.mentee.displayName);
    form->addRow(tr("&Initiated by:"), m_initiator);

    m_attendance = new QComboBox(box);
    m_attendance->setObjectName(QStringLiteral("logMeetingAttendance"));
    m_attendance->setAccessibleName(tr("Attendance"));
    m_attendance->addItem(tr("Held"), int(MeetingStatus::Held));
    m_attendance->addItem(tr("Missed — %1 did not come").arg(m_defaults.mentee.displayName),
                          int(MeetingStatus::NoShow));
    form->addRow(tr("&Attendance:"), m_attendance);
    layout->addLayout(form);

    connect(m_date, &QDateEdit::dateChanged, this, &LogMeetingDialog::revalidate);
    connect(m_date, &QDateEdit::dateChanged, this, &LogMeetingDialog::updateLaterNotes);
    connect(m_time, &QTimeEdit::timeChanged, this, &LogMeetingDialog::revalidate);
    connect(m_attendance, &QComboBox::currentIndexChanged, this, &LogMeetingDialog::revalidate);
    return box;
}

QWidget *LogMeetingDialog::buildWhat()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(sectionLabel(tr("What"), box));

    m_agenda =
        textEdit(QStringLiteral("logMeetingAgenda"), tr("Agenda"), tr("What you planned to talk about"), box);
    auto *agendaLabel = new QLabel(tr("A&genda"), box);
    agendaLabel->setBuddy(m_agenda);
    layout->addWidget(agendaLabel);
    layout->addWidget(m_agenda, 1);

    m_shared = textEdit(QStringLiteral("logMeetingSharedNotes"), tr("Shared notes"),
                        tr("What you discussed — %1 can read these").arg(m_defaults.mentee.displayName), box);
    auto *sharedLabel = new QLabel(tr("S&hared notes"), box);
    sharedLabel->setBuddy(m_shared);
    layout->addWidget(sharedLabel);
    layout->addWidget(m_shared, 2);

    m_private =
        textEdit(QStringLiteral("logMeetingPrivateNotes"), tr("Private notes, only you"),
                 tr("Only you see these: never exported, reported, searched or shown to the mentee"), box);
    auto *privateRow = new QHBoxLayout;
    privateRow->setSpacing(6);
    auto *lock = new QLabel(box);
    const QIcon lockIcon = QIcon::fromTheme(QStringLiteral("object-locked"));
    lock->setPixmap(lockIcon.pixmap(16, 16));
    lock->setVisible(!lockIcon.isNull());
    auto *privateLabel = new QLabel(tr("&Private notes — <b>only you</b>"), box);
    privateLabel->setBuddy(m_private);
    privateRow->addWidget(lock);
    privateRow->addWidget(privateLabel, 1);
    layout->addLayout(privateRow);
    // A faint tint tells the private field apart from the shared one.
    QPalette tinted = m_private->palette();
    const QColor base = tinted.color(QPalette::Base);
    const QColor accent = tinted.color(QPalette::Highlight);
    tinted.setColor(QPalette::Base, QColor::fromRgbF(base.redF() * 0.92f + accent.redF() * 0.08f,
                                                     base.greenF() * 0.92f + accent.greenF() * 0.08f,
                                                     base.blueF() * 0.92f + accent.blueF() * 0.08f));
    m_private->setPalette(tinted);
    layout->addWidget(m_private, 2);
    return box;
}

QWidget *LogMeetingDialog::buildOutcomes()
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("logMeetingOutcomes"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *box = new QWidget(scroll);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->setSpacing(8);
    layout->addWidget(sectionLabel(tr("Outcomes"), box));

    auto *actionsHeader = new QHBoxLayout;
    auto *actionsLabel = new QLabel(tr("Action items"), box);
    QFont bold = actionsLabel->font();
    bold.setBold(true);
    actionsLabel->setFont(bold);
    auto *add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add &Action Item"), box);
    add->setObjectName(QStringLiteral("logMeetingAddAction"));
    connect(add, &QPushButton::clicked, this, [this] { addActionItem(); });
    actionsHeader->addWidget(actionsLabel, 1);
    actionsHeader->addWidget(add);
    layout->addLayout(actionsHeader);
    m_actionsLayout = new QVBoxLayout;
    m_actionsLayout->setSpacing(4);
    layout->addLayout(m_actionsLayout);
    auto *noActions = new QLabel(tr("Who does what by when? Add what you agreed."), box);
    noActions->setObjectName(QStringLiteral("logMeetingNoActions"));
    PageStyle::makeSecondary(noActions);
    m_actionsLayout->addWidget(noActions);
    m_actionsError = errorLabel(QStringLiteral("logMeetingActionsError"), box);
    layout->addWidget(m_actionsError);

    layout->addSpacing(8);
    auto *goalsLabel = new QLabel(tr("Progress on goals"), box);
    goalsLabel->setFont(bold);
    layout->addWidget(goalsLabel);
    if (m_defaults.activeGoals.isEmpty()) {
        auto *none =
            new QLabel(tr("No goals yet — set the first goal together from the relationship page."), box);
        none->setObjectName(QStringLiteral("logMeetingNoGoals"));
        none->setWordWrap(true);
        PageStyle::makeSecondary(none);
        layout->addWidget(none);
    }
    for (const GoalWithProgress &goal : m_defaults.activeGoals)
        addGoalRow(layout, goal);

    // Resources shared with the pair and not yet discussed: tick what you talked about.
    if (!m_defaults.openShares.isEmpty()) {
        layout->addSpacing(8);
        auto *sharesLabel = new QLabel(tr("Shared resources discussed"), box);
        sharesLabel->setFont(bold);
        layout->addWidget(sharesLabel);
        for (const ShareRow &row : m_defaults.openShares) {
            auto *discussed = new QCheckBox(row.resourceTitle, box);
            discussed->setObjectName(QStringLiteral("logMeetingDiscussed%1").arg(row.share.id));
            discussed->setToolTip(
                row.share.readOn ? tr("Shared on %1, opened on %2")
                                       .arg(QLocale().toString(row.share.sharedOn, QLocale::ShortFormat),
                                            QLocale().toString(*row.share.readOn, QLocale::ShortFormat))
                                 : tr("Shared on %1, not opened yet")
                                       .arg(QLocale().toString(row.share.sharedOn, QLocale::ShortFormat)));
            m_discussed.append({row.share.id, discussed});
            layout->addWidget(discussed);
        }
    }
    layout->addStretch(1);
    scroll->setWidget(box);
    // The horizontal scroll bar is off: the column is never narrower than what it holds.
    scroll->setMinimumWidth(box->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width());
    return scroll;
}

void LogMeetingDialog::addGoalRow(QVBoxLayout *layout, const GoalWithProgress &goal)
{
    GoalRow row;
    row.goal = goal;
    const Goal &g = goal.goal;
    const double current = goal.latest ? goal.latest->value : g.startValue;
    const double low = std::min(g.startValue, g.targetValue);
    const double high = std::max(g.targetValue, g.startValue);

    auto *widget = new QWidget(layout->parentWidget());
    widget->setObjectName(QStringLiteral("goalRow_%1").arg(g.id));
    auto *grid = new QGridLayout(widget);
    grid->setContentsMargins(0, 4, 0, 4);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    row.record = new QCheckBox(g.title, widget);
    row.record->setObjectName(QStringLiteral("goalRecord_%1").arg(g.id));
    row.record->setToolTip(tr("Record progress on this goal"));
    auto *now =
        new QLabel(tr("now %1 · target %2").arg(valueText(current, g), valueText(g.targetValue, g)), widget);
    PageStyle::makeSecondary(now);
    grid->addWidget(row.record, 0, 0, 1, 2);
    grid->addWidget(now, 2, 0, 1, 2);

    row.slider = new QSlider(Qt::Horizontal, widget);
    row.slider->setObjectName(QStringLiteral("goalSlider_%1").arg(g.id));
    row.slider->setAccessibleName(tr("Progress on %1").arg(g.title));
    row.slider->setRange(0, SliderSteps);
    row.value = new QDoubleSpinBox(widget);
    row.value->setObjectName(QStringLiteral("goalValue_%1").arg(g.id));
    row.value->setAccessibleName(tr("Value for %1").arg(g.title));
    const bool whole =
        g.measureKind == MeasureKind::Percentage ||
        (std::floor(g.startValue) == g.startValue && std::floor(g.targetValue) == g.targetValue);
    row.value->setDecimals(whole ? 0 : 1);
    row.value->setMinimumWidth(110);
    row.value->setRange(low, high);
    row.value->setSuffix(
        g.unit.isEmpty() ? QString() : (g.unit == QLatin1String("%") ? g.unit : QLatin1Char(' ') + g.unit));
    row.value->setValue(std::clamp(current, low, high));
    row.slider->setValue(int(std::lround((row.value->value() - low) / (high - low) * SliderSteps)));
    row.note = new QLineEdit(widget);
    row.note->setObjectName(QStringLiteral("goalNote_%1").arg(g.id));
    row.note->setAccessibleName(tr("Note on %1").arg(g.title));
    row.note->setPlaceholderText(tr("What moved? (optional)"));
    grid->addWidget(row.slider, 1, 0);
    grid->addWidget(row.value, 1, 1);
    grid->addWidget(row.note, 3, 0, 1, 2);
    row.later = new QLabel(widget);
    row.later->setObjectName(QStringLiteral("goalLater_%1").arg(g.id));
    row.later->setWordWrap(true);
    row.later->hide();
    grid->addWidget(row.later, 4, 0, 1, 2);
    grid->setColumnStretch(0, 1);

    QCheckBox *record = row.record;
    QSlider *slider = row.slider;
    QDoubleSpinBox *value = row.value;
    connect(slider, &QSlider::valueChanged, this, [=](int step) {
        const QSignalBlocker blocker(value);
        value->setValue(low + (high - low) * step / SliderSteps);
        record->setChecked(true);
    });
    connect(value, &QDoubleSpinBox::valueChanged, this, [=](double v) {
        const QSignalBlocker blocker(slider);
        slider->setValue(int(std::lround((v - low) / (high - low) * SliderSteps)));
        record->setChecked(true);
    });
    connect(row.note, &QLineEdit::textEdited, this, [record] { record->setChecked(true); });
    layout->addWidget(widget);
    m_goals.append(row);
}

void LogMeetingDialog::updateLaterNotes()
{
    // A past meeting's progress is dated that day; when a later update exists it stays the
    // goal's current value (ProgressUpdate::becomesCurrent), and the row says so.
    for (const GoalRow &row : std::as_const(m_goals)) {
        const QString note = ProgressTexts::laterUpdateNote(row.goal.goal, row.goal.latest, m_date->date());
        row.later->setText(note);
        row.later->setVisible(!note.isEmpty());
    }
}

int LogMeetingDialog::addActionItem()
{
    if (auto *none = findChild<QLabel *>(QStringLiteral("logMeetingNoActions")))
        none->hide();
    const int n = int(m_actions.size());
    ActionRow row;
    row.row = new QWidget(m_actionsLayout->parentWidget());
    row.row->setObjectName(QStringLiteral("actionRow_%1").arg(n));
    auto *layout = new QGridLayout(row.row);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(4);
    row.title = new QLineEdit(row.row);
    row.title->setObjectName(QStringLiteral("actionTitle_%1").arg(n));
    row.title->setAccessibleName(tr("Action item"));
    row.title->setPlaceholderText(tr("What is to be done"));
    row.owner = new QComboBox(row.row);
    row.owner->setObjectName(QStringLiteral("actionOwner_%1").arg(n));
    row.owner->setAccessibleName(tr("Owner"));
    row.owner->addItem(m_defaults.mentee.displayName, m_defaults.mentee.id);
    row.owner->addItem(m_defaults.mentor.displayName, m_defaults.mentor.id);
    row.hasDue = new QCheckBox(tr("by"), row.row);
    row.hasDue->setObjectName(QStringLiteral("actionHasDue_%1").arg(n));
    row.hasDue->setChecked(true);
    row.due = new QDateEdit(row.row);
    row.due->setObjectName(QStringLiteral("actionDue_%1").arg(n));
    row.due->setAccessibleName(tr("Due date"));
    row.due->setCalendarPopup(true);
    row.due->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    row.due->setDate(Clock::today().addDays(m_defaults.relationship.cadenceDays));
    connect(row.hasDue, &QCheckBox::toggled, row.due, &QWidget::setEnabled);
    auto *remove = new QToolButton(row.row);
    remove->setObjectName(QStringLiteral("actionRemove_%1").arg(n));
    remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    remove->setAccessibleName(tr("Remove action item"));
    remove->setToolTip(tr("Remove this action item"));
    remove->setAutoRaise(true);
    // What, on the first line; who and by when on the second.
    layout->addWidget(row.title, 0, 0, 1, 3);
    layout->addWidget(remove, 0, 3);
    layout->addWidget(row.owner, 1, 0);
    layout->addWidget(row.hasDue, 1, 1);
    layout->addWidget(row.due, 1, 2);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(2, 2);
    m_actionsLayout->addWidget(row.row);
    QWidget *widget = row.row;
    connect(row.title, &QLineEdit::textChanged, this, &LogMeetingDialog::revalidate);
    connect(remove, &QToolButton::clicked, this, [this, widget] {
        for (qsizetype i = 0; i < m_actions.size(); ++i) {
            if (m_actions.at(i).row == widget) {
                m_actions.removeAt(i);
                break;
            }
        }
        widget->hide();
        widget->deleteLater();
        revalidate();
    });
    m_actions.append(row);
    row.title->setFocus();
    revalidate();
    return n;
}

void LogMeetingDialog::offerSkip(int position, int total)
{
    setWindowTitle(
        tr("%1 (%2 of %3)").arg(windowTitle(), QLocale().toString(position), QLocale().toString(total)));
    QPushButton *skip = m_buttons->addButton(tr("Skip"), QDialogButtonBox::ActionRole);
    skip->setObjectName(QStringLiteral("logMeetingSkip"));
    skip->setToolTip(tr("Leave this meeting unlogged and go to the next one"));
    connect(skip, &QPushButton::clicked, this, [this] { done(Skipped); });
}

bool LogMeetingDialog::selectUnlogged(int n)
{
    if (n < 0 || n >= m_defaults.unlogged.size())
        return false;
    m_planned->setCurrentIndex(m_planned->findData(n));
    return true;
}

bool LogMeetingDialog::selectUnlogged(const Occurrence &occurrence)
{
    for (int n = 0; n < m_defaults.unlogged.size(); ++n) {
        const Occurrence &o = m_defaults.unlogged.at(n);
        if (o.meetingId == occurrence.meetingId && o.startUtc == occurrence.startUtc)
            return selectUnlogged(n);
    }
    return false;
}

void LogMeetingDialog::plannedChanged()
{
    const int n = m_planned->currentData().toInt();
    if (n < 0 || n >= m_defaults.unlogged.size()) {
        revalidate();
        return;
    }
    const Occurrence &occurrence = m_defaults.unlogged.at(n);
    m_date->setDate(occurrence.startLocal.date());
    m_time->setTime(occurrence.startLocal.time());
    m_length->setValue(std::max<int>(5, int((occurrence.endUtc - occurrence.startUtc) / 60)));
    const Meeting row = m_defaults.meetings.value(occurrence.meetingId);
    if (row.id != 0) {
        MeetingLabels::select(m_mode, int(row.mode));
        if (row.initiator != Initiator::Unknown)
            MeetingLabels::select(m_initiator, int(row.initiator));
        if (!row.agenda.isEmpty())
            m_agenda->setPlainText(row.agenda);
    }
    revalidate();
}

QString LogMeetingDialog::zoneForSave() const
{
    const int n = m_planned ? m_planned->currentData().toInt() : -1;
    if (n >= 0 && n < m_defaults.unlogged.size()) {
        const Occurrence &occurrence = m_defaults.unlogged.at(n);
        if (occurrence.floating)
            return {};
        if (!occurrence.allDay && !occurrence.timezone.isEmpty())
            return occurrence.timezone;
    }
    return m_defaults.timezone;
}

QDateTime LogMeetingDialog::startInZone() const
{
    const QString zone = zoneForSave();
    const QTime time(m_time->time().hour(), m_time->time().minute());
    if (zone.isEmpty())
        return QDateTime(m_date->date(), time); // floating: local wall time
    return QDateTime(m_date->date(), time, QTimeZone(zone.toUtf8()));
}

QString LogMeetingDialog::problem() const
{
    if (!m_date)
        return m_loadError;
    if (MeetingStatus(m_attendance->currentData().toInt()) == MeetingStatus::Held &&
        startInZone().toSecsSinceEpoch() > Clock::nowSecs())
        return tr("A meeting that was held cannot start in the future. Plan it instead.");
    for (const ActionRow &row : m_actions) {
        if (row.title->text().trimmed().isEmpty())
            return tr("Give every action item a title, or remove it.");
    }
    return {};
}

void LogMeetingDialog::revalidate()
{
    if (!m_save)
        return;
    const QString message = problem();
    const bool actionProblem = message == tr("Give every action item a title, or remove it.");
    m_whenError->setText(actionProblem ? QString() : message);
    m_whenError->setVisible(!message.isEmpty() && !actionProblem);
    m_actionsError->setText(actionProblem ? message : QString());
    m_actionsError->setVisible(actionProblem);
    m_save->setEnabled(message.isEmpty());
}

MeetingReport LogMeetingDialog::report() const
{
    MeetingReport report;
    report.relationshipId = m_relationshipId;
    const int n = m_planned->currentData().toInt();
    if (n >= 0 && n < m_defaults.unlogged.size()) {
        const Occurrence &occurrence = m_defaults.unlogged.at(n);
        if (occurrence.overrideId) {
            report.plannedMeetingId = *occurrence.overrideId;
        } else if (occurrence.seriesId) {
            report.plannedMeetingId = *occurrence.seriesId;
            report.occurrence = occurrence.recurrenceId;
        } else {
            report.plannedMeetingId = occurrence.meetingId;
        }
    }
    report.status = MeetingStatus(m_attendance->currentData().toInt());
    report.startLocal = startInZone().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    report.timezone = zoneForSave();
    report.durationMinutes = m_length->value();
    report.mode = MeetingMode(m_mode->currentData().toInt());
    report.initiator = Initiator(m_initiator->currentData().toInt());
    report.title =
        report.plannedMeetingId ? QString() : tr("Meeting with %1").arg(m_defaults.mentee.displayName);
    report.agenda = m_agenda->toPlainText().trimmed();
    report.sharedNotes = m_shared->toPlainText().trimmed();
    report.privateNotes = m_private->toPlainText().trimmed();
    for (const ActionRow &row : m_actions) {
        ActionItem item;
        item.relationshipId = m_relationshipId;
        item.title = row.title->text().trimmed();
        item.ownerId = row.owner->currentData().toLongLong();
        if (row.hasDue->isChecked())
            item.dueDate = row.due->date();
        report.actionItems.append(item);
    }
    for (const GoalRow &row : m_goals) {
        if (!row.record->isChecked())
            continue;
        ProgressUpdate update;
        update.goalId = row.goal.goal.id;
        update.recordedOn = m_date->date();
        update.value = row.value->value();
        update.note = row.note->text().trimmed();
        update.authorId = m_defaults.mentor.id;
        report.progress.append(update);
    }
    for (const DiscussedRow &row : m_discussed) {
        if (row.box->isChecked())
            report.discussedShares.append(row.shareId);
    }
    if (!report.discussedShares.isEmpty())
        report.discussedBy = m_context.profile ? m_context.profile->personId : m_defaults.mentor.id;
    return report;
}

void LogMeetingDialog::accept()
{
    if (!m_save || !problem().isEmpty())
        return;
    auto done = m_context.edits->logMeeting(report());
    if (!done) {
        m_error->setText(done.errorMessage());
        m_error->show();
        return;
    }
    m_saved = *done;
    QDialog::accept();
}

} // namespace trellis
