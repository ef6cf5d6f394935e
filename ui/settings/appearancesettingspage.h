#pragma once

#include "settings/settingspage.h"

class QButtonGroup;

namespace trellis {

// How the window looks to this user (UserPreferences): the palette (the system's, Trellis'
// light or dark one) and the zone meeting times are shown in first. Applied live: the palette
// at once, the times as every open page reloads.
class AppearanceSettingsPage final : public SettingsPage {
    Q_OBJECT
public:
    explicit AppearanceSettingsPage(QWidget *parent = nullptr);

    QString title() const override { return tr("Appearance"); }
    QIcon icon() const override { return QIcon::fromTheme(QStringLiteral("preferences-desktop-theme")); }
    Scope scope() const override { return Scope::User; }
    void load() override;
    [[nodiscard]] Status apply() override;

private:
    QButtonGroup *m_appearance = nullptr;
    QButtonGroup *m_timeDisplay = nullptr;
};

} // namespace trellis
