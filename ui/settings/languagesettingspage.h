#pragma once

#include "settings/settingspage.h"

class QListWidget;

namespace trellis {

// The language of the window, from the translations Trellis ships (applied after a restart).
class LanguageSettingsPage final : public SettingsPage {
    Q_OBJECT
public:
    explicit LanguageSettingsPage(QWidget *parent = nullptr);

    QString title() const override { return tr("Language"); }
    QIcon icon() const override { return QIcon::fromTheme(QStringLiteral("preferences-desktop-locale")); }
    Scope scope() const override { return Scope::User; }
    void load() override;
    [[nodiscard]] Status apply() override;

    // Language codes of the compiled-in translations (":/i18n/trellis_xx.qm"), e.g. {"de"}.
    static QStringList availableTranslations();

private:
    QListWidget *m_languages = nullptr;
};

} // namespace trellis
