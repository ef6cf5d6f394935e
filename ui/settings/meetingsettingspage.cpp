#include "settings/meetingsettingspage.h"

#include "commands/edits.h"
#include "models/settingsreader.h"
#include "widgets/pagestyle.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace trellis {

MeetingSettingsPage::MeetingSettingsPage(const DataSource &source, Edits &edits, QWidget *parent)
    : SettingsPage(parent)
    , m_data(source)
    , m_edits(edits)
{
    setObjectName(QStringLiteral("meetingSettingsPage"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setVerticalSpacing(8);

    m_cadence = new QSpinBox(this);
    m_cadence->setObjectName(QStringLiteral("defaultCadence"));
    m_cadence->setRange(1, 365);
    m_cadence->setSuffix(tr(" days"));
    m_cadence->setAccessibleName(tr("Default cadence in days"));
    form->addRow(tr("Meet every:"), m_cadence);
    auto *cadenceHint = new QLabel(tr("For new relationships; a programme's own cadence comes first."), this);
    PageStyle::makeSecondary(cadenceHint);
    cadenceHint->setWordWrap(true);
    form->addRow(QString(), cadenceHint);

    m_length = new QSpinBox(this);
    m_length->setObjectName(QStringLiteral("defaultMeetingLength"));
    m_length->setRange(5, 24 * 60);
    m_length->setSingleStep(5);
    m_length->setSuffix(tr(" min"));
    m_length->setAccessibleName(tr("Default meeting length in minutes"));
    form->addRow(tr("A meeting lasts:"), m_length);

    m_reminder = new QComboBox(this);
    m_reminder->setObjectName(QStringLiteral("defaultReminder"));
    m_reminder->setAccessibleName(tr("Default reminder"));
    m_reminder->addItem(tr("No reminder"), -1);
    m_reminder->addItem(tr("When it starts"), 0);
    m_reminder->addItem(tr("5 minutes before"), 5);
    m_reminder->addItem(tr("10 minutes before"), 10);
    m_reminder->addItem(tr("15 minutes before"), 15);
    m_reminder->addItem(tr("30 minutes before"), 30);
    m_reminder->addItem(tr("1 hour before"), 60);
    m_reminder->addItem(tr("2 hours before"), 120);
    m_reminder->addItem(tr("1 day before"), 24 * 60);
    form->addRow(tr("Remind me:"), m_reminder);
    for (QWidget *field : {static_cast<QWidget *>(m_cadence), static_cast<QWidget *>(m_length),
                           static_cast<QWidget *>(m_reminder)}) {
        field->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        field->setMinimumWidth(200);
    }
    auto *reminderHint =
        new QLabel(tr("Written into exported calendars, so your calendar app reminds you."), this);
    PageStyle::makeSecondary(reminderHint);
    reminderHint->setWordWrap(true);
    form->addRow(QString(), reminderHint);
}

void MeetingSettingsPage::load()
{
    const DatabasePreferences preferences = SettingsReader(m_data).preferences();
    m_cadence->setValue(preferences.cadenceDays);
    m_length->setValue(preferences.meetingMinutes);
    const int reminder = preferences.reminderMinutes.value_or(-1);
    int index = m_reminder->findData(reminder);
    if (index < 0) {
        m_reminder->addItem(tr("%n minute(s) before", nullptr, reminder), reminder);
        index = m_reminder->count() - 1;
    }
    m_reminder->setCurrentIndex(index);
}

Status MeetingSettingsPage::apply()
{
    // The values of the other page stay as stored (read again: Apply may have saved them).
    DatabasePreferences preferences = SettingsReader(m_data).preferences();
    preferences.cadenceDays = m_cadence->value();
    preferences.meetingMinutes = m_length->value();
    const int reminder = m_reminder->currentData().toInt();
    preferences.reminderMinutes = reminder < 0 ? std::nullopt : std::optional<int>(reminder);
    auto saved = m_edits.savePreferences(preferences);
    return saved ? Status{} : Status(saved.error());
}

} // namespace trellis
