#pragma once

#include "domain/resourceshare.h"
#include "models/datasource.h"
#include "widgets/editordialog.h"

#include <QList>

#include <optional>

class QAbstractItemModel;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace trellis {

class ModelLoader;
struct CalendarChoices;
class LoadRequest;

// Share ▸ with one or many relationships (ticked in a filterable list), with a personal note:
// one undo step (Edits::shareResourceWith). A mentor sees their mentees, a mentee their mentors,
// a coordinator every relationship.
class ShareDialog final : public EditorDialog {
    Q_OBJECT
public:
    // `personId`/`role`: the profile's (who shares, whose relationships are offered).
    ShareDialog(const DataSource &source, Id resourceId, const QString &resourceTitle,
                std::optional<Id> personId, std::optional<Role> role, QList<Id> alreadyShared,
                QWidget *parent = nullptr);

    // What OK shares (relationship ids ticked, note, today).
    ResourceShareRequest request() const;
    // Ticks a relationship (tests, and the relationship page's "Share a resource").
    void setChecked(Id relationshipId, bool checked);
    int choiceCount() const;

Q_SIGNALS:
    void choicesLoaded();

private:
    void applyChoices(CalendarChoices choices, const LoadRequest &request);
    void updateOk();

    Id m_resourceId = 0;
    std::optional<Id> m_personId;
    std::optional<Role> m_role;
    QList<Id> m_alreadyShared;
    ModelLoader *m_loader = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QListView *m_list = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_count = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace trellis
