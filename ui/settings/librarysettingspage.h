#pragma once

#include "models/datasource.h"
#include "settings/settingspage.h"

class QSpinBox;

namespace trellis {

class Edits;

// The resource library's limit on one stored file (DatabasePreferences::attachmentLimitMb): the
// library keeps files inside the database, so one large video would make the file unwieldy.
class LibrarySettingsPage final : public SettingsPage {
    Q_OBJECT
public:
    // Reads from `source` (SettingsReader), saves through `edits` (one undo step).
    LibrarySettingsPage(const DataSource &source, Edits &edits, QWidget *parent = nullptr);

    QString title() const override { return tr("Library"); }
    QIcon icon() const override { return QIcon::fromTheme(QStringLiteral("folder-documents")); }
    Scope scope() const override { return Scope::Database; }
    void load() override;
    [[nodiscard]] Status apply() override;

private:
    DataSource m_data;
    Edits &m_edits;
    QSpinBox *m_limit = nullptr;
};

} // namespace trellis
