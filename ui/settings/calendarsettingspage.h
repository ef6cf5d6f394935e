#pragma once

#include "settings/settingspage.h"

class QComboBox;

namespace trellis {

// How calendars are shown to this user: the first day of the week (UserPreferences).
class CalendarSettingsPage final : public SettingsPage {
    Q_OBJECT
public:
    explicit CalendarSettingsPage(QWidget *parent = nullptr);

    QString title() const override { return tr("Calendar"); }
    QIcon icon() const override { return QIcon::fromTheme(QStringLiteral("view-calendar")); }
    Scope scope() const override { return Scope::User; }
    void load() override;
    [[nodiscard]] Status apply() override;

private:
    QComboBox *m_weekStart = nullptr;
};

} // namespace trellis
