#include "dialogs/planmeetingdialog.h"

#include "calendar/recurrencerule.h"
#include "commands/edits.h"
#include "dialogs/meetinglabels.h"
#include "models/calendarmoves.h"
#include "models/calendartexts.h"
#include "models/defaultsreader.h"
#include "models/meetingtime.h"
#include "models/recurrencetexts.h"
#include "util/clock.h"
#include "widgets/pagestyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace trellis {

namespace {

void markAsError(QLabel *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::Window).lightness() < 128
                                               ? QColor(0xff, 0x7b, 0x72)
                                               : QColor(0xc0, 0x1c, 0x28));
    label->setPalette(palette);
    label->setWordWrap(true);
    label->hide();
}

} // namespace

QString PlanMeetingDialog::rule(Repeat repeat, const std::optional<QDateTime> &untilUtc)
{
    switch (repeat) {
    case Repeat::Never:
    case Repeat::Custom: // its interval is in the form: rule(interval, unit)
        return {};
    case Repeat::Weekly:
        return rule(1, Unit::Weeks, untilUtc);
    case Repeat::Fortnightly:
        return rule(2, Unit::Weeks, untilUtc);
    case Repeat::Monthly:
        return rule(1, Unit::Months, untilUtc);
    }
    return {};
}

QString PlanMeetingDialog::rule(int interval, Unit unit, const std::optional<QDateTime> &untilUtc)
{
    using Frequency = RecurrenceRule::Frequency;
    const Frequency frequency = unit == Unit::Days    ? Frequency::Daily
                                : unit == Unit::Weeks ? Frequency::Weekly
                                                      : Frequency::Monthly;
    RecurrenceRule built = RecurrenceRule::create(frequency);
    if (interval > 1)
        built = built.withInterval(interval);
    // The series starts in a zone, so its UNTIL is a UTC date-time (ICALENDAR.md rule 10).
    if (untilUtc)
        built = built.withUntil(RecurrenceRule::Until::utc(untilUtc->toSecsSinceEpoch()));
    return built.toString();
}

PlanMeetingDialog::PlanMeetingDialog(const WorkspaceContext &context, Id relationshipId, QWidget *parent)
    : EditorDialog(parent)
    , m_context(context)
    , m_relationshipId(relationshipId)
{
    setObjectName(QStringLiteral("planMeetingDialog"));
    auto loaded = DefaultsReader(m_context.dataSource()).meetingDefaults(relationshipId);
    if (!loaded) {
        m_loadError = loaded.errorMessage();
        return;
    }
    m_defaults = std::move(loaded).value();
    setWindowTitle(tr("Plan Meeting — %1").arg(m_defaults.mentee.displayName));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(16);
    auto *title = new QLabel(tr("Plan a meeting with %1").arg(m_defaults.mentee.displayName), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    auto *form = new QFormLayout;
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(8);
    m_title = new QLineEdit(tr("Mentoring session"), this);
    m_title->setObjectName(QStringLiteral("planMeetingTitle"));
    m_title->setAccessibleName(tr("Title"));
    form->addRow(tr("&Title:"), m_title);

    // Default: tomorrow at the next full hour in the pair's zone, kept within working hours
    // (09:00–17:00): planned at dawn or at night it proposed 06:00 or 23:00.
    const QDateTime now = Clock::nowUtc().toTimeZone(QTimeZone(m_defaults.timezone.toUtf8()));
    auto *whenRow = new QHBoxLayout;
    m_date = new QDateEdit(now.date().addDays(1), this);
    m_date->setObjectName(QStringLiteral("planMeetingDate"));
    m_date->setAccessibleName(tr("Date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_time = new QTimeEdit(QTime(std::clamp(now.time().hour() + 1, 9, 17), 0), this);
    m_time->setObjectName(QStringLiteral("planMeetingTime"));
    m_time->setAccessibleName(tr("Start time"));
    m_time->setDisplayFormat(MeetingLabels::timeFormat());
    whenRow->addWidget(m_date, 1);
    whenRow->addWidget(m_time, 1);
    auto *whenLabel = new QLabel(tr("&Starts:"), this);
    whenLabel->setBuddy(m_date);
    form->addRow(whenLabel, whenRow);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("planMeetingProblem"));
    markAsError(m_problem);
    form->addRow(QString(), m_problem);

    m_length = new QSpinBox(this);
    m_length->setObjectName(QStringLiteral("planMeetingLength"));
    m_length->setAccessibleName(tr("Length in minutes"));
    m_length->setRange(5, 600);
    m_length->setSingleStep(15);
    m_length->setSuffix(tr(" min"));
    m_length->setValue(m_defaults.defaultMinutes);
    form->addRow(tr("&Length:"), m_length);

    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("planMeetingMode"));
    m_mode->setAccessibleName(tr("Mode"));
    MeetingLabels::fillModes(m_mode);
    MeetingLabels::select(m_mode, int(m_defaults.usualMode));
    form->addRow(tr("M&ode:"), m_mode);

    m_zone = new QComboBox(this);
    m_zone->setObjectName(QStringLiteral("planMeetingZone"));
    m_zone->setAccessibleName(tr("Time zone"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_zone->setCurrentText(m_defaults.timezone);
    form->addRow(tr("Time &zone:"), m_zone);

    m_repeat = new QComboBox(this);
    m_repeat->setObjectName(QStringLiteral("planMeetingRepeat"));
    m_repeat->setAccessibleName(tr("Repeats"));
    m_repeat->addItem(tr("Does not repeat"), int(Repeat::Never));
    m_repeat->addItem(tr("Every week"), int(Repeat::Weekly));
    m_repeat->addItem(tr("Every two weeks"), int(Repeat::Fortnightly));
    m_repeat->addItem(tr("Every month"), int(Repeat::Monthly));
    m_repeat->addItem(tr("Another interval…"), int(Repeat::Custom));
    if (m_defaults.relationship.cadenceDays == 7)
        m_repeat->setCurrentIndex(1);
    form->addRow(tr("&Repeats:"), m_repeat);

    // Any interval: "every [3] [weeks]", starting from the relationship's cadence.
    m_custom = new QWidget(this);
    auto *customRow = new QHBoxLayout(m_custom);
    customRow->setContentsMargins(0, 0, 0, 0);
    auto *every = new QLabel(tr("Every"), m_custom);
    m_interval = new QSpinBox(m_custom);
    m_interval->setObjectName(QStringLiteral("planMeetingInterval"));
    m_interval->setAccessibleName(tr("Repeat every"));
    m_interval->setRange(1, 99);
    every->setBuddy(m_interval);
    m_unit = new QComboBox(m_custom);
    m_unit->setObjectName(QStringLiteral("planMeetingUnit"));
    m_unit->setAccessibleName(tr("Unit"));
    m_unit->addItem(QString(), int(Unit::Days));
    m_unit->addItem(QString(), int(Unit::Weeks));
    m_unit->addItem(QString(), int(Unit::Months));
    const int cadence = std::max(1, m_defaults.relationship.cadenceDays);
    if (cadence % 7 == 0) {
        m_interval->setValue(cadence / 7);
        m_unit->setCurrentIndex(m_unit->findData(int(Unit::Weeks)));
    } else {
        m_interval->setValue(std::min(cadence, 99));
        m_unit->setCurrentIndex(m_unit->findData(int(Unit::Days)));
    }
    customRow->addWidget(every);
    customRow->addWidget(m_interval);
    customRow->addWidget(m_unit);
    customRow->addStretch(1);
    form->addRow(QString(), m_custom);
    updateUnitNames();

    auto *untilRow = new QHBoxLayout;
    m_hasUntil = new QCheckBox(tr("Until"), this);
    m_hasUntil->setObjectName(QStringLiteral("planMeetingHasUntil"));
    m_until = new QDateEdit(m_defaults.relationship.plannedEndDate.value_or(now.date().addMonths(6)), this);
    m_until->setObjectName(QStringLiteral("planMeetingUntil"));
    m_until->setAccessibleName(tr("Repeat until"));
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_hasUntil->setChecked(m_defaults.relationship.plannedEndDate.has_value());
    untilRow->addWidget(m_hasUntil);
    untilRow->addWidget(m_until, 1);
    form->addRow(tr("Ends:"), untilRow);
    // The rule read back in words ("Every 3 weeks on Tuesday, until 30 June 2027").
    m_ruleWords = new QLabel(this);
    m_ruleWords->setObjectName(QStringLiteral("planMeetingRuleWords"));
    m_ruleWords->setWordWrap(true);
    PageStyle::makeSecondary(m_ruleWords);
    form->addRow(QString(), m_ruleWords);

    m_agenda = new QPlainTextEdit(this);
    m_agenda->setObjectName(QStringLiteral("planMeetingAgenda"));
    m_agenda->setAccessibleName(tr("Agenda"));
    m_agenda->setPlaceholderText(
        tr("Questions and topics — %1 can add to it before the meeting").arg(m_defaults.mentee.displayName));
    m_agenda->setTabChangesFocus(true);
    form->addRow(tr("&Agenda:"), m_agenda);
    layout->addLayout(form, 1);

    m_overlap = new QLabel(this);
    m_overlap->setObjectName(QStringLiteral("planMeetingOverlap"));
    m_overlap->setWordWrap(true);
    m_overlap->hide();
    layout->addWidget(m_overlap);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("planMeetingError"));
    markAsError(m_error);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("planMeetingSave"));
    m_save->setText(tr("Plan Meeting"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanMeetingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanMeetingDialog::reject);
    layout->addWidget(buttons);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &PlanMeetingDialog::accept);

    const auto updateRepeat = [this] {
        const auto repeat = Repeat(m_repeat->currentData().toInt());
        const bool repeats = repeat != Repeat::Never;
        m_custom->setVisible(repeat == Repeat::Custom);
        m_hasUntil->setEnabled(repeats);
        m_until->setEnabled(repeats && m_hasUntil->isChecked());
        revalidate();
    };
    connect(m_repeat, &QComboBox::currentIndexChanged, this, updateRepeat);
    connect(m_hasUntil, &QCheckBox::toggled, this, updateRepeat);
    connect(m_title, &QLineEdit::textChanged, this, &PlanMeetingDialog::revalidate);
    connect(m_date, &QDateEdit::dateChanged, this, &PlanMeetingDialog::revalidate);
    connect(m_until, &QDateEdit::dateChanged, this, &PlanMeetingDialog::revalidate);
    connect(m_zone, &QComboBox::currentTextChanged, this, &PlanMeetingDialog::revalidate);
    connect(m_time, &QTimeEdit::timeChanged, this, &PlanMeetingDialog::revalidate);
    connect(m_length, &QSpinBox::valueChanged, this, &PlanMeetingDialog::revalidate);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &PlanMeetingDialog::revalidate);
    connect(m_interval, &QSpinBox::valueChanged, this, [this] {
        updateUnitNames();
        revalidate();
    });
    resize(560, 560);
    m_date->setFocus();
    updateRepeat();
}

void PlanMeetingDialog::setStart(const QDateTime &start)
{
    if (!start.isValid() || !start.time().isValid() || start.time() == QTime(0, 0)) {
        // A whole day (the month view): that date, the proposed time.
        m_date->setDate(start.date());
        return;
    }
    const QTimeZone zone(m_zone->currentText().trimmed().toUtf8());
    const QDateTime there = zone.isValid() ? start.toTimeZone(zone) : start;
    m_date->setDate(there.date());
    m_time->setTime(QTime(there.time().hour(), there.time().minute()));
}

Meeting PlanMeetingDialog::meeting() const
{
    Meeting meeting;
    meeting.relationshipId = m_relationshipId;
    meeting.title = m_title->text().trimmed();
    meeting.startLocal = QDateTime(m_date->date(), QTime(m_time->time().hour(), m_time->time().minute()))
                             .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    meeting.timezone = m_zone->currentText().trimmed();
    meeting.durationMinutes = m_length->value();
    meeting.reminderMinutes = m_defaults.reminderMinutes;
    meeting.mode = MeetingMode(m_mode->currentData().toInt());
    meeting.initiator = Initiator::Mentor;
    meeting.agenda = m_agenda->toPlainText().trimmed();
    const auto repeat = Repeat(m_repeat->currentData().toInt());
    if (repeat != Repeat::Never) {
        meeting.kind = MeetingKind::Series;
        std::optional<QDateTime> until;
        if (m_hasUntil->isChecked())
            until = QDateTime(m_until->date(), QTime(23, 59, 59), QTimeZone(meeting.timezone.toUtf8()));
        meeting.rrules = {repeat == Repeat::Custom
                              ? rule(m_interval->value(), Unit(m_unit->currentData().toInt()), until)
                              : rule(repeat, until)};
    }
    return meeting;
}

QString PlanMeetingDialog::problem() const
{
    if (!m_date)
        return m_loadError;
    if (m_title->text().trimmed().isEmpty())
        return tr("Give the meeting a title.");
    if (!QTimeZone::isTimeZoneIdAvailable(m_zone->currentText().trimmed().toUtf8()))
        return tr("“%1” is not a known time zone.").arg(m_zone->currentText());
    if (Repeat(m_repeat->currentData().toInt()) != Repeat::Never && m_hasUntil->isChecked() &&
        m_until->date() < m_date->date())
        return tr("The repetition cannot end before the first meeting.");
    return {};
}

void PlanMeetingDialog::revalidate()
{
    const QString message = problem();
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
    m_save->setEnabled(message.isEmpty());
    if (m_ruleWords) {
        const Meeting planned = meeting();
        const QString words = planned.rrules.isEmpty()
                                  ? QString()
                                  : RecurrenceTexts::describe(planned.rrules.first(), m_date->date(),
                                                              QTimeZone(planned.timezone.toUtf8()));
        m_ruleWords->setText(words);
        m_ruleWords->setVisible(!words.isEmpty());
    }
    checkOverlap();
}

void PlanMeetingDialog::updateUnitNames()
{
    const int n = m_interval->value();
    m_unit->setItemText(m_unit->findData(int(Unit::Days)), tr("day(s)", nullptr, n));
    m_unit->setItemText(m_unit->findData(int(Unit::Weeks)), tr("week(s)", nullptr, n));
    m_unit->setItemText(m_unit->findData(int(Unit::Months)), tr("month(s)", nullptr, n));
}

QString PlanMeetingDialog::overlapWarning() const
{
    return m_overlap && !m_overlap->isHidden() ? m_overlap->text() : QString();
}

void PlanMeetingDialog::checkOverlap()
{
    QString warning;
    if (problem().isEmpty() && Repeat(m_repeat->currentData().toInt()) != Repeat::Never) {
        // One mentor's meetings over half a year: a bounded read, as DefaultsReader's others.
        auto found = DefaultsReader(m_context.dataSource()).seriesOverlap(meeting(), m_defaults.mentor.id);
        if (found && *found) {
            const SeriesOverlap &overlap = **found;
            const QString when = QLocale().toString(
                QDateTime::fromSecsSinceEpoch(overlap.mine.startUtc).toLocalTime(), QLocale::ShortFormat);
            warning = overlap.sameRelationship
                          ? tr("This series overlaps the series “%1” of this relationship, first on %2 (%n "
                               "meeting(s) in the next six months).",
                               nullptr, overlap.count)
                                .arg(overlap.existing.title, when)
                          : tr("This series overlaps %1's series “%2” with another mentee, first on %3 (%n "
                               "meeting(s) in the next six months).",
                               nullptr, overlap.count)
                                .arg(m_defaults.mentor.displayName, overlap.existing.title, when);
        }
    }
    if (problem().isEmpty() && Repeat(m_repeat->currentData().toInt()) == Repeat::Never) {
        // A single meeting: whoever it would double-book, at that time only (a small read).
        auto clashes = CalendarMoves::clashes(m_context.dataSource(), meeting(), m_defaults.mentor.id,
                                              m_defaults.mentee.id);
        if (clashes)
            warning = CalendarTexts::conflictWarning(*clashes, m_defaults.mentor.id, m_defaults.mentee.id,
                                                     MeetingTime::viewerZone());
    }
    m_overlap->setText(warning);
    m_overlap->setVisible(!warning.isEmpty());
}

void PlanMeetingDialog::accept()
{
    if (!m_save || !problem().isEmpty())
        return;
    auto done = m_context.edits->planMeeting(meeting());
    if (!done) {
        m_error->setText(done.errorMessage());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace trellis
