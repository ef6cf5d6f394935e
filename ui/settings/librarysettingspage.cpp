#include "settings/librarysettingspage.h"

#include "commands/edits.h"
#include "models/settingsreader.h"
#include "widgets/pagestyle.h"

#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace trellis {

LibrarySettingsPage::LibrarySettingsPage(const DataSource &source, Edits &edits, QWidget *parent)
    : SettingsPage(parent)
    , m_data(source)
    , m_edits(edits)
{
    setObjectName(QStringLiteral("librarySettingsPage"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setVerticalSpacing(8);

    m_limit = new QSpinBox(this);
    m_limit->setObjectName(QStringLiteral("attachmentLimit"));
    // The range DatabasePreferences::validate accepts.
    m_limit->setRange(1, 500);
    m_limit->setSuffix(tr(" MB"));
    m_limit->setAccessibleName(tr("Largest file the library stores, in megabytes"));
    m_limit->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_limit->setMinimumWidth(200);
    form->addRow(tr("Largest file to store:"), m_limit);
    auto *hint = new QLabel(tr("The library keeps its files inside the database, so that one file holds "
                               "everything. A larger file is refused with a message and nothing is stored; "
                               "link to it instead."),
                            this);
    PageStyle::makeSecondary(hint);
    hint->setWordWrap(true);
    form->addRow(QString(), hint);
}

void LibrarySettingsPage::load()
{
    m_limit->setValue(SettingsReader(m_data).preferences().attachmentLimitMb);
}

Status LibrarySettingsPage::apply()
{
    // The values of the other pages stay as stored (read again: Apply may have saved them).
    DatabasePreferences preferences = SettingsReader(m_data).preferences();
    preferences.attachmentLimitMb = m_limit->value();
    auto saved = m_edits.savePreferences(preferences);
    return saved ? Status{} : Status(saved.error());
}

} // namespace trellis
