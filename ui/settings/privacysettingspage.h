#pragma once

#include "models/datasource.h"
#include "settings/settingspage.h"

class QCheckBox;

namespace trellis {

class Edits;

// What exports include by default (DatabasePreferences); private notes are never exported.
class PrivacySettingsPage final : public SettingsPage {
    Q_OBJECT
public:
    // Reads from `source` (SettingsReader), saves through `edits` (one undo step).
    PrivacySettingsPage(const DataSource &source, Edits &edits, QWidget *parent = nullptr);

    QString title() const override { return tr("Privacy"); }
    QIcon icon() const override { return QIcon::fromTheme(QStringLiteral("security-high")); }
    Scope scope() const override { return Scope::Database; }
    void load() override;
    [[nodiscard]] Status apply() override;

private:
    DataSource m_data;
    Edits &m_edits;
    QCheckBox *m_notes = nullptr;
    QCheckBox *m_attendees = nullptr;
};

} // namespace trellis
