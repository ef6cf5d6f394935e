#include "settings/profilesettingspage.h"

#include "commands/edits.h"
#include "models/modelloader.h"
#include "models/profilechoices.h"
#include "widgets/pagestyle.h"
#include "widgets/profileeditor.h"

#include <QLabel>
#include <QVBoxLayout>

namespace trellis {

ProfileSettingsPage::ProfileSettingsPage(const WorkspaceContext &context, QWidget *parent)
    : SettingsPage(parent)
    , m_context(context)
    , m_loader(new ModelLoader(context.dataSource(), ProfileChoices::watchedEntities(), this))
{
    setObjectName(QStringLiteral("profileSettingsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    auto *intro =
        new QLabel(tr("Your profile picks the workspace Trellis opens with and what \"mine\" means: "
                      "a mentor's mentees, a mentee's goals, a coordinator's programme."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_loading = new QLabel(tr("Reading the roster…"), this);
    m_loading->setObjectName(QStringLiteral("profileLoading"));
    m_loading->setWordWrap(true);
    PageStyle::makeSecondary(m_loading);
    layout->addWidget(m_loading);
    m_editor = new ProfileEditor(this);
    m_editor->hide();
    layout->addWidget(m_editor);
    layout->addStretch(1);
    connect(m_editor, &ProfileEditor::validityChanged, this, &SettingsPage::validityChanged);
    connect(m_editor, &ProfileEditor::edited, this, [this] { m_edited = true; });
    m_loader->setLoad(&ProfileChoices::fetch, this, &ProfileSettingsPage::showChoices);
    connect(m_loader, &ModelLoader::failed, this, &ProfileSettingsPage::showFailure);
}

void ProfileSettingsPage::load()
{
    m_loader->reload();
}

bool ProfileSettingsPage::isLoaded() const
{
    return m_loader->hasLoaded();
}

void ProfileSettingsPage::showChoices(ProfileChoices choices, const LoadRequest &)
{
    m_saved = choices.profile;
    // A reload while the page is open (the roster or the profile changed) keeps what the user chose.
    const std::optional<Profile> shown = m_edited ? std::optional<Profile>(m_editor->profile()) : m_saved;
    m_editor->setPeople(choices.people, shown);
    m_loading->hide();
    m_editor->show();
    Q_EMIT validityChanged();
    Q_EMIT loaded();
}

void ProfileSettingsPage::showFailure(const QString &message)
{
    m_loading->setText(tr("The roster could not be read: %1").arg(message));
    m_loading->show();
}

bool ProfileSettingsPage::isValid() const
{
    // While the roster is read there is nothing to save, so nothing blocks OK.
    return !isLoaded() || m_editor->isValid();
}

Status ProfileSettingsPage::apply()
{
    if (!isLoaded())
        return {};
    const Profile chosen = m_editor->profile();
    if (m_saved && *m_saved == chosen)
        return {};
    if (auto saved = m_context.edits->setProfile(chosen); !saved)
        return saved.error();
    m_saved = chosen;
    m_edited = false;
    Q_EMIT profileChanged(chosen);
    return {};
}

} // namespace trellis
