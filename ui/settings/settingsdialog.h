#pragma once

#include "domain/profile.h"
#include "util/result.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace trellis {

class SettingsPage;
struct WorkspaceContext;

// Edit ▸ Preferences…: pages listed on the left, the chosen page on the right, OK / Apply /
// Cancel. Pages are pluggable (addPage); withStandardPages() adds Profile, Meetings, Calendar,
// Language and Privacy. Per-database values go to the database's settings table, per-user
// values to QSettings (each page says which).
class SettingsDialog final : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // The standard pages for an open database (without a data source and context.edits only the
    // per-user pages are shown).
    static SettingsDialog *withStandardPages(const WorkspaceContext &context, QWidget *parent = nullptr);

    // The dialog takes ownership and calls load().
    void addPage(SettingsPage *page);
    QList<SettingsPage *> pages() const { return m_pageList; }
    void showPage(int index);

    // Applies every page, stopping at (and showing) the first that fails.
    [[nodiscard]] Status applyPages();
    // applyPages(), with a failure explained in a message box.
    bool applyAll();

Q_SIGNALS:
    // The profile page saved a new profile (the workspace is rebuilt for it).
    void profileChanged(const trellis::Profile &profile);

public Q_SLOTS:
    void accept() override;

private:
    void updateButtons();
    void updateScopeLabel();

    QListWidget *m_list = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_scope = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<SettingsPage *> m_pageList;
};

} // namespace trellis
