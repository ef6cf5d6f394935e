#include "settings/profilesettingspage.h"

#include "commands/edits.h"
#include "storage/database.h"
#include "storage/profilestore.h"
#include "storage/rosterqueries.h"
#include "widgets/profileeditor.h"

#include <QLabel>
#include <QVBoxLayout>

namespace trellis {

ProfileSettingsPage::ProfileSettingsPage(const WorkspaceContext &context, QWidget *parent)
    : SettingsPage(parent)
    , m_context(context)
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
    m_editor = new ProfileEditor(this);
    layout->addWidget(m_editor);
    layout->addStretch(1);
    connect(m_editor, &ProfileEditor::validityChanged, this, &SettingsPage::validityChanged);
}

void ProfileSettingsPage::load()
{
    QSqlDatabase db = m_context.database->connection();
    m_saved = ProfileStore(db).profile();
    // The roster of one programme: small enough to read here, like the first-run dialog does.
    const auto people = RosterQueries(db).search();
    m_editor->setPeople(people ? *people : QList<Person>{}, m_saved);
}

bool ProfileSettingsPage::isValid() const
{
    return m_editor->isValid();
}

Status ProfileSettingsPage::apply()
{
    const Profile chosen = m_editor->profile();
    if (m_saved && *m_saved == chosen)
        return {};
    if (auto saved = m_context.edits->setProfile(chosen); !saved)
        return saved.error();
    m_saved = chosen;
    Q_EMIT profileChanged(chosen);
    return {};
}

} // namespace trellis
