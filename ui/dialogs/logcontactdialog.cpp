#include "dialogs/logcontactdialog.h"

#include "commands/edits.h"
#include "dialogs/meetinglabels.h"
#include "models/defaultsreader.h"
#include "util/clock.h"
#include "widgets/pagestyle.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace trellis {

LogContactDialog::LogContactDialog(const WorkspaceContext &context, Id relationshipId, QWidget *parent)
    : EditorDialog(parent)
    , m_context(context)
    , m_relationshipId(relationshipId)
{
    setObjectName(QStringLiteral("logContactDialog"));
    auto loaded = DefaultsReader(m_context.dataSource()).meetingDefaults(relationshipId);
    if (!loaded) {
        m_loadError = loaded.errorMessage();
        return;
    }
    m_defaults = std::move(loaded).value();
    setWindowTitle(tr("Log Contact — %1").arg(m_defaults.mentee.displayName));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(16);
    auto *title = new QLabel(tr("Log contact with %1").arg(m_defaults.mentee.displayName), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);
    auto *hint = new QLabel(tr("A call, e-mail or message between meetings counts as contact."), this);
    PageStyle::makeSecondary(hint);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    auto *form = new QFormLayout;
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(8);
    const QDateTime now = Clock::nowUtc().toTimeZone(QTimeZone(m_defaults.timezone.toUtf8()));
    auto *whenRow = new QHBoxLayout;
    m_date = new QDateEdit(now.date(), this);
    m_date->setObjectName(QStringLiteral("logContactDate"));
    m_date->setAccessibleName(tr("Date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_time = new QTimeEdit(QTime(now.time().hour(), now.time().minute()), this);
    m_time->setObjectName(QStringLiteral("logContactTime"));
    m_time->setAccessibleName(tr("Time"));
    m_time->setDisplayFormat(MeetingLabels::timeFormat());
    whenRow->addWidget(m_date, 1);
    whenRow->addWidget(m_time, 1);
    auto *whenLabel = new QLabel(tr("&When:"), this);
    whenLabel->setBuddy(m_date);
    form->addRow(whenLabel, whenRow);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("logContactProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    form->addRow(QString(), m_problem);
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("logContactChannel"));
    m_channel->setAccessibleName(tr("Channel"));
    MeetingLabels::fillChannels(m_channel);
    form->addRow(tr("&Channel:"), m_channel);
    m_initiator = new QComboBox(this);
    m_initiator->setObjectName(QStringLiteral("logContactInitiator"));
    m_initiator->setAccessibleName(tr("Initiated by"));
    MeetingLabels::fillInitiators(m_initiator, m_defaults.mentor.displayName, m_defaults.mentee.displayName);
    MeetingLabels::select(m_initiator, int(Initiator::Mentee));
    form->addRow(tr("&Initiated by:"), m_initiator);
    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(QStringLiteral("logContactSummary"));
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setPlaceholderText(
        tr("What was it about? (shared with %1)").arg(m_defaults.mentee.displayName));
    m_summary->setTabChangesFocus(true);
    form->addRow(tr("&Summary:"), m_summary);
    layout->addLayout(form, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("logContactError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("logContactSave"));
    m_save->setText(tr("Log Contact"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LogContactDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LogContactDialog::reject);
    layout->addWidget(buttons);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &LogContactDialog::accept);
    connect(m_date, &QDateEdit::dateChanged, this, &LogContactDialog::revalidate);
    connect(m_time, &QTimeEdit::timeChanged, this, &LogContactDialog::revalidate);
    for (QLabel *label : {m_problem, m_error}) {
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, palette.color(QPalette::Window).lightness() < 128
                                                   ? QColor(0xff, 0x7b, 0x72)
                                                   : QColor(0xc0, 0x1c, 0x28));
        label->setPalette(palette);
    }
    resize(520, 400);
    m_channel->setFocus();
    revalidate();
}

Contact LogContactDialog::contact() const
{
    Contact contact;
    contact.relationshipId = m_relationshipId;
    contact.occurredAt = QDateTime(m_date->date(), QTime(m_time->time().hour(), m_time->time().minute()),
                                   QTimeZone(m_defaults.timezone.toUtf8()))
                             .toUTC();
    contact.channel = ContactChannel(m_channel->currentData().toInt());
    contact.initiator = Initiator(m_initiator->currentData().toInt());
    contact.summary = m_summary->toPlainText().trimmed();
    return contact;
}

void LogContactDialog::setInitiator(Initiator initiator)
{
    if (m_initiator)
        MeetingLabels::select(m_initiator, int(initiator));
}

QString LogContactDialog::problem() const
{
    if (!m_date)
        return m_loadError;
    if (contact().occurredAt.toSecsSinceEpoch() > Clock::nowSecs() + 60)
        return tr("A contact that happened cannot be in the future.");
    return {};
}

void LogContactDialog::revalidate()
{
    const QString message = problem();
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
    m_save->setEnabled(message.isEmpty());
}

void LogContactDialog::accept()
{
    if (!m_save || !problem().isEmpty())
        return;
    auto done = m_context.edits->logContact(contact());
    if (!done) {
        m_error->setText(done.errorMessage());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace trellis
