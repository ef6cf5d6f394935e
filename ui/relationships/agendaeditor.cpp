#include "relationships/agendaeditor.h"

#include "commands/edits.h"
#include "models/displaytexts.h"
#include "models/meetingtime.h"
#include "widgets/pagestyle.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace trellis {

namespace {

bool sameOccurrence(const MeetingEntry &a, const MeetingEntry &b)
{
    return a.occurrence.meetingId == b.occurrence.meetingId &&
           a.occurrence.seriesId == b.occurrence.seriesId &&
           a.occurrence.recurrenceId == b.occurrence.recurrenceId;
}

} // namespace

AgendaEditor::AgendaEditor(const WorkspaceContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("agendaEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_when = new QLabel(this);
    m_when->setObjectName(QStringLiteral("agendaMeeting"));
    m_when->setWordWrap(true);
    layout->addWidget(m_when);
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("agendaEdit"));
    m_edit->setAccessibleName(tr("Agenda"));
    m_edit->setPlaceholderText(tr("Questions and topics you want to bring, one per line"));
    m_edit->setTabChangesFocus(true);
    m_edit->setMinimumHeight(88);
    m_edit->setMaximumHeight(200);
    layout->addWidget(m_edit, 1);
    auto *row = new QHBoxLayout;
    m_hint = PageStyle::secondary(tr("Both of you see the agenda."), this);
    m_hint->setWordWrap(true);
    row->addWidget(m_hint, 1);
    m_revert = new QPushButton(tr("Revert"), this);
    m_revert->setObjectName(QStringLiteral("revertAgendaButton"));
    m_save = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save")), tr("Save Agenda"), this);
    m_save->setObjectName(QStringLiteral("saveAgendaButton"));
    m_save->setToolTip(tr("Save the agenda (Ctrl+S)"));
    row->addWidget(m_revert);
    row->addWidget(m_save);
    layout->addLayout(row);
    auto *saveShortcut = new QAction(this);
    saveShortcut->setShortcut(QKeySequence::Save);
    saveShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(saveShortcut);
    connect(saveShortcut, &QAction::triggered, this, &AgendaEditor::save);
    connect(m_save, &QPushButton::clicked, this, &AgendaEditor::save);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        m_setting = true;
        m_edit->setPlainText(m_storedAgenda);
        m_setting = false;
        m_modified = false;
        updateButtons();
    });
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_setting)
            return;
        m_modified = m_edit->toPlainText() != m_storedAgenda;
        updateButtons();
    });
    setMeeting(std::nullopt, {});
}

void AgendaEditor::setMeeting(const std::optional<MeetingEntry> &meeting, const QString &withWhom)
{
    const bool same = meeting && m_meeting && sameOccurrence(*meeting, *m_meeting);
    m_meeting = meeting;
    if (!meeting) {
        m_when->setText(tr("No meeting is planned yet. Once one is, prepare your questions here."));
        m_storedAgenda.clear();
        m_modified = false;
        m_setting = true;
        m_edit->clear();
        m_setting = false;
        m_edit->setEnabled(false);
        for (QWidget *w : {static_cast<QWidget *>(m_edit), static_cast<QWidget *>(m_hint),
                           static_cast<QWidget *>(m_save), static_cast<QWidget *>(m_revert)})
            w->hide();
        updateButtons();
        return;
    }
    const Occurrence &occurrence = meeting->occurrence;
    QStringList parts{MeetingTime::dateTime(occurrence), DisplayTexts::meetingMode(meeting->row.mode)};
    if (!withWhom.isEmpty())
        parts.append(tr("with %1").arg(withWhom));
    const QString title = occurrence.title.isEmpty() ? tr("Next meeting") : occurrence.title;
    m_when->setText(
        tr("<b>%1</b> — %2").arg(title.toHtmlEscaped(), parts.join(QStringLiteral(" · ")).toHtmlEscaped()));
    m_edit->setEnabled(true);
    for (QWidget *w : {static_cast<QWidget *>(m_edit), static_cast<QWidget *>(m_hint),
                       static_cast<QWidget *>(m_save), static_cast<QWidget *>(m_revert)})
        w->show();
    m_storedAgenda = meeting->agenda();
    if (!same || !m_modified) {
        m_setting = true;
        m_edit->setPlainText(m_storedAgenda);
        m_setting = false;
        m_modified = false;
    } else {
        m_modified = m_edit->toPlainText() != m_storedAgenda;
    }
    updateButtons();
}

void AgendaEditor::updateButtons()
{
    m_save->setEnabled(m_meeting && m_modified);
    m_revert->setEnabled(m_meeting && m_modified);
}

bool AgendaEditor::save()
{
    if (!m_meeting || !m_modified)
        return false;
    const MeetingEntry meeting = *m_meeting;
    const QString agenda = m_edit->toPlainText().trimmed();
    const bool series = meeting.row.kind == MeetingKind::Series;
    const Id meetingId = meeting.row.id;
    const QString occurrence = series ? meeting.occurrence.recurrenceId : QString();
    const bool done = m_context.edits->setAgenda(meetingId, occurrence, agenda).ok();
    if (done) {
        m_storedAgenda = m_edit->toPlainText();
        m_modified = false;
        updateButtons();
        Q_EMIT saved();
    }
    return done;
}

} // namespace trellis
