#include "settings/calendarsettingspage.h"

#include "models/usersettings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLocale>

namespace trellis {

CalendarSettingsPage::CalendarSettingsPage(QWidget *parent)
    : SettingsPage(parent)
{
    setObjectName(QStringLiteral("calendarSettingsPage"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_weekStart = new QComboBox(this);
    m_weekStart->setObjectName(QStringLiteral("weekStart"));
    m_weekStart->setAccessibleName(tr("Week starts on"));
    const QLocale locale;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        m_weekStart->addItem(locale.standaloneDayName(day), day);
    m_weekStart->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_weekStart->setMinimumWidth(200);
    form->addRow(tr("Week starts on:"), m_weekStart);
}

void CalendarSettingsPage::load()
{
    const UserPreferences preferences = UserSettings::load();
    m_weekStart->setCurrentIndex(m_weekStart->findData(int(preferences.weekStart)));
}

Status CalendarSettingsPage::apply()
{
    UserPreferences preferences = UserSettings::load();
    preferences.weekStart = Qt::DayOfWeek(m_weekStart->currentData().toInt());
    UserSettings::save(preferences);
    return {};
}

} // namespace trellis
