#pragma once

#include "settings/settingspage.h"
#include "workspace/workspacecontext.h"

namespace trellis {

class ProfileEditor;

// Who uses this database: the person and role that pick the workspace (ProfileStore).
class ProfileSettingsPage final : public SettingsPage {
    Q_OBJECT
public:
    explicit ProfileSettingsPage(const WorkspaceContext &context, QWidget *parent = nullptr);

    QString title() const override { return tr("Profile"); }
    QIcon icon() const override { return QIcon::fromTheme(QStringLiteral("user-identity")); }
    Scope scope() const override { return Scope::Database; }
    void load() override;
    [[nodiscard]] Status apply() override;
    bool isValid() const override;

Q_SIGNALS:
    void profileChanged(const trellis::Profile &profile);

private:
    WorkspaceContext m_context;
    std::optional<Profile> m_saved;
    ProfileEditor *m_editor = nullptr;
};

} // namespace trellis
