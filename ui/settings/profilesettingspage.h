#pragma once

#include "settings/settingspage.h"
#include "workspace/workspacecontext.h"

class QLabel;

namespace trellis {

class LoadRequest;
class ModelLoader;
class ProfileEditor;
struct ProfileChoices;

// Who uses this database: the person and role that pick the workspace. The roster to choose from
// is read off the GUI thread (ProfileChoices on a ModelLoader, kept live while the page is open);
// the profile is saved through Edits::setProfile (one undo step).
class ProfileSettingsPage final : public SettingsPage {
    Q_OBJECT
public:
    explicit ProfileSettingsPage(const WorkspaceContext &context, QWidget *parent = nullptr);

    QString title() const override { return tr("Profile"); }
    QIcon icon() const override { return QIcon::fromTheme(QStringLiteral("user-identity")); }
    Scope scope() const override { return Scope::Database; }
    // Starts reading the roster; the editor fills when it arrives (loaded()).
    void load() override;
    // Saves nothing before the roster arrived: the user has not seen a choice yet.
    [[nodiscard]] Status apply() override;
    bool isValid() const override;
    // The roster and the stored profile are shown.
    bool isLoaded() const;

Q_SIGNALS:
    void profileChanged(const trellis::Profile &profile);
    void loaded();

private:
    void showChoices(ProfileChoices choices, const LoadRequest &request);
    void showFailure(const QString &message);

    WorkspaceContext m_context;
    ModelLoader *m_loader = nullptr;
    std::optional<Profile> m_saved;
    bool m_edited = false; // the user changed the editor since the last load
    ProfileEditor *m_editor = nullptr;
    QLabel *m_loading = nullptr;
};

} // namespace trellis
