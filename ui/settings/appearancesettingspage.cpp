#include "settings/appearancesettingspage.h"

#include "models/meetingtime.h"
#include "models/modelloader.h"
#include "models/usersettings.h"
#include "widgets/apppalette.h"
#include "widgets/pagestyle.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QButtonGroup>
#include <QFormLayout>
#include <QLabel>
#include <QRadioButton>
#include <QTimeZone>
#include <QVBoxLayout>

#include <utility>

namespace trellis {

namespace {

QWidget *choices(QButtonGroup *group, const QList<std::pair<QString, int>> &options, const QString &prefix,
                 QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    for (const auto &[text, id] : options) {
        auto *button = new QRadioButton(text, box);
        button->setObjectName(prefix + QString::number(id));
        group->addButton(button, id);
        layout->addWidget(button);
    }
    return box;
}

// Open pages write their times again: each loader reads anew, each list repaints.
void refreshOpenPages()
{
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        const QList<ModelLoader *> loaders = window->findChildren<ModelLoader *>();
        for (ModelLoader *loader : loaders)
            loader->reload();
        const QList<QAbstractItemView *> views = window->findChildren<QAbstractItemView *>();
        for (QAbstractItemView *view : views)
            view->viewport()->update();
    }
}

} // namespace

AppearanceSettingsPage::AppearanceSettingsPage(QWidget *parent)
    : SettingsPage(parent)
{
    setObjectName(QStringLiteral("appearanceSettingsPage"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setVerticalSpacing(16);

    m_appearance = new QButtonGroup(this);
    form->addRow(tr("Colours:"), choices(m_appearance,
                                         {{tr("As the system"), int(Appearance::System)},
                                          {tr("Light"), int(Appearance::Light)},
                                          {tr("Dark"), int(Appearance::Dark)}},
                                         QStringLiteral("appearance"), this));

    m_timeDisplay = new QButtonGroup(this);
    const QString here = QString::fromUtf8(MeetingTime::viewerZone().id());
    form->addRow(
        tr("Show times in:"),
        choices(m_timeDisplay,
                {{tr("My time zone (%1)").arg(MeetingTime::zoneName(here)), int(TimeDisplay::ViewerZone)},
                 {tr("The meeting's time zone"), int(TimeDisplay::MeetingZone)}},
                QStringLiteral("timeDisplay"), this));
    auto *hint = new QLabel(tr("When a meeting's zone shows another time, both are given: "
                               "“17:30 here · 11:30 New York”."),
                            this);
    hint->setObjectName(QStringLiteral("timeDisplayHint"));
    hint->setWordWrap(true);
    PageStyle::makeSecondary(hint);
    form->addRow(QString(), hint);
}

void AppearanceSettingsPage::load()
{
    const UserPreferences preferences = UserSettings::load();
    m_appearance->button(int(preferences.appearance))->setChecked(true);
    m_timeDisplay->button(int(preferences.timeDisplay))->setChecked(true);
}

Status AppearanceSettingsPage::apply()
{
    UserPreferences preferences = UserSettings::load();
    const UserPreferences before = preferences;
    preferences.appearance = Appearance(m_appearance->checkedId());
    preferences.timeDisplay = TimeDisplay(m_timeDisplay->checkedId());
    UserSettings::save(preferences);
    if (preferences.appearance != before.appearance)
        AppPalette::apply(preferences.appearance);
    if (preferences.timeDisplay != MeetingTime::display()) {
        MeetingTime::setDisplay(preferences.timeDisplay);
        refreshOpenPages();
    }
    return {};
}

} // namespace trellis
