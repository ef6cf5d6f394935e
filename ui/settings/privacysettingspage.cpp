#include "settings/privacysettingspage.h"

#include "commands/edits.h"
#include "models/settingsreader.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace trellis {

PrivacySettingsPage::PrivacySettingsPage(const DataSource &source, Edits &edits, QWidget *parent)
    : SettingsPage(parent)
    , m_data(source)
    , m_edits(edits)
{
    setObjectName(QStringLiteral("privacySettingsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);

    auto *exports = new QGroupBox(tr("Calendar exports include by default"), this);
    auto *exportsLayout = new QVBoxLayout(exports);
    exportsLayout->setSpacing(8);
    m_notes = new QCheckBox(tr("Agenda and shared notes"), exports);
    m_notes->setObjectName(QStringLiteral("exportIncludeNotes"));
    m_attendees = new QCheckBox(tr("Mentor's and mentee's e-mail addresses as attendees"), exports);
    m_attendees->setObjectName(QStringLiteral("exportIncludeAttendees"));
    exportsLayout->addWidget(m_notes);
    exportsLayout->addWidget(m_attendees);
    layout->addWidget(exports);

    auto *never = new QHBoxLayout;
    never->setSpacing(8);
    auto *lock = new QLabel(this);
    lock->setPixmap(QIcon::fromTheme(QStringLiteral("object-locked")).pixmap(22, 22));
    never->addWidget(lock, 0, Qt::AlignTop);
    auto *text = new QLabel(tr("<b>Private notes are never exported</b>, searched, reported or shown in a "
                               "mentee's workspace, whatever you choose here."),
                            this);
    text->setObjectName(QStringLiteral("privateNotesNeverExported"));
    text->setWordWrap(true);
    never->addWidget(text, 1);
    layout->addLayout(never);
    layout->addStretch(1);
}

void PrivacySettingsPage::load()
{
    const DatabasePreferences preferences = SettingsReader(m_data).preferences();
    m_notes->setChecked(preferences.exportIncludeNotes);
    m_attendees->setChecked(preferences.exportIncludeAttendees);
}

Status PrivacySettingsPage::apply()
{
    // The values of the other page stay as stored (read again: Apply may have saved them).
    DatabasePreferences preferences = SettingsReader(m_data).preferences();
    preferences.exportIncludeNotes = m_notes->isChecked();
    preferences.exportIncludeAttendees = m_attendees->isChecked();
    auto saved = m_edits.savePreferences(preferences);
    return saved ? Status{} : Status(saved.error());
}

} // namespace trellis
