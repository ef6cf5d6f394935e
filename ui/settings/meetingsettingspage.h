#pragma once

#include "models/datasource.h"
#include "settings/settingspage.h"

class QComboBox;
class QSpinBox;

namespace trellis {

class Edits;

// Defaults for new relationships and meetings: cadence, length, reminder (DatabasePreferences).
class MeetingSettingsPage final : public SettingsPage {
    Q_OBJECT
public:
    // Reads from `source` (SettingsReader), saves through `edits` (one undo step).
    MeetingSettingsPage(const DataSource &source, Edits &edits, QWidget *parent = nullptr);

    QString title() const override { return tr("Meetings"); }
    QIcon icon() const override { return QIcon::fromTheme(QStringLiteral("appointment-new")); }
    Scope scope() const override { return Scope::Database; }
    void load() override;
    [[nodiscard]] Status apply() override;

private:
    DataSource m_data;
    Edits &m_edits;
    QSpinBox *m_cadence = nullptr;
    QSpinBox *m_length = nullptr;
    QComboBox *m_reminder = nullptr;
};

} // namespace trellis
