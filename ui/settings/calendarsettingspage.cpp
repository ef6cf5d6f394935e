#include "settings/calendarsettingspage.h"

#include "services/preferences.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLocale>
#include <QSettings>

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
    const UserPreferences preferences = Preferences::loadUser(QSettings());
    m_weekStart->setCurrentIndex(m_weekStart->findData(int(preferences.weekStart)));
}

Status CalendarSettingsPage::apply()
{
    QSettings settings;
    UserPreferences preferences = Preferences::loadUser(settings);
    preferences.weekStart = Qt::DayOfWeek(m_weekStart->currentData().toInt());
    Preferences::saveUser(settings, preferences);
    return {};
}

} // namespace trellis
