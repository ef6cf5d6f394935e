#include "settings/settingsdialog.h"

#include "settings/appearancesettingspage.h"
#include "settings/calendarsettingspage.h"
#include "settings/languagesettingspage.h"
#include "settings/librarysettingspage.h"
#include "settings/meetingsettingspage.h"
#include "settings/privacysettingspage.h"
#include "settings/profilesettingspage.h"
#include "settings/settingspage.h"
#include "widgets/pagestyle.h"
#include "workspace/workspacecontext.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace trellis {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Preferences"));

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("settingsPages"));
    m_list->setAccessibleName(tr("Preference pages"));
    m_list->setIconSize(QSize(22, 22));
    m_list->setSpacing(2);
    m_list->setFixedWidth(176);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("settingsPageTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_scope = new QLabel(this);
    m_scope->setObjectName(QStringLiteral("settingsPageScope"));
    PageStyle::makeSecondary(m_scope);
    m_stack = new QStackedWidget(this);

    auto *right = new QVBoxLayout;
    right->setSpacing(8);
    right->addWidget(m_title);
    right->addWidget(m_scope);
    right->addSpacing(8);
    right->addWidget(m_stack, 1);

    auto *body = new QHBoxLayout;
    body->setSpacing(16);
    body->addWidget(m_list);
    body->addLayout(right, 1);

    m_buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &SettingsDialog::applyAll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(16);
    layout->addLayout(body, 1);
    layout->addWidget(m_buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &SettingsDialog::showPage);
    resize(720, 480);
}

SettingsDialog *SettingsDialog::withStandardPages(const WorkspaceContext &context, QWidget *parent)
{
    auto *dialog = new SettingsDialog(parent);
    // The per-database pages read the database and save through the named edits.
    const DataSource source = context.dataSource();
    const bool database = source.isValid() && context.edits;
    if (database) {
        auto *profile = new ProfileSettingsPage(context);
        connect(profile, &ProfileSettingsPage::profileChanged, dialog, &SettingsDialog::profileChanged);
        dialog->addPage(profile);
        dialog->addPage(new MeetingSettingsPage(source, *context.edits));
        dialog->addPage(new LibrarySettingsPage(source, *context.edits));
    }
    dialog->addPage(new AppearanceSettingsPage);
    dialog->addPage(new CalendarSettingsPage);
    dialog->addPage(new LanguageSettingsPage);
    if (database)
        dialog->addPage(new PrivacySettingsPage(source, *context.edits));
    dialog->showPage(0);
    return dialog;
}

void SettingsDialog::addPage(SettingsPage *page)
{
    page->setParent(m_stack);
    page->load();
    m_pageList.append(page);
    m_stack->addWidget(page);
    auto *item = new QListWidgetItem(page->icon(), page->title(), m_list);
    item->setSizeHint(QSize(0, 36));
    connect(page, &SettingsPage::validityChanged, this, &SettingsDialog::updateButtons);
    if (m_pageList.size() == 1)
        m_list->setCurrentRow(0);
    updateButtons();
}

void SettingsDialog::showPage(int index)
{
    if (index < 0 || index >= m_pageList.size())
        return;
    if (m_list->currentRow() != index)
        m_list->setCurrentRow(index);
    m_stack->setCurrentIndex(index);
    m_title->setText(m_pageList.at(index)->title());
    updateScopeLabel();
}

void SettingsDialog::updateScopeLabel()
{
    const int index = m_stack->currentIndex();
    if (index < 0 || index >= m_pageList.size())
        return;
    m_scope->setText(m_pageList.at(index)->scope() == SettingsPage::Scope::Database
                         ? tr("Kept in this database, for everyone who opens it.")
                         : tr("Kept on this computer, for you, whatever database is open."));
}

void SettingsDialog::updateButtons()
{
    bool valid = true;
    for (int i = 0; i < m_pageList.size(); ++i) {
        const bool pageValid = m_pageList.at(i)->isValid();
        valid = valid && pageValid;
        QFont font = m_list->item(i)->font();
        font.setItalic(!pageValid);
        m_list->item(i)->setFont(font);
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(valid);
}

Status SettingsDialog::applyPages()
{
    for (int i = 0; i < m_pageList.size(); ++i) {
        if (Status applied = m_pageList.at(i)->apply(); !applied) {
            showPage(i);
            return applied;
        }
    }
    return {};
}

bool SettingsDialog::applyAll()
{
    if (const Status applied = applyPages(); !applied) {
        QMessageBox::warning(this, tr("Preferences"), applied.errorMessage());
        return false;
    }
    return true;
}

void SettingsDialog::accept()
{
    if (applyAll())
        QDialog::accept();
}

} // namespace trellis
