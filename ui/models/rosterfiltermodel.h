#pragma once

#include "domain/enums.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace trellis {

// Filters RosterTableModel by role and by a search text (name, e-mail, skills, interests,
// department), and sorts by the model's SortRole.
class RosterFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit RosterFilterModel(QObject *parent = nullptr);

    void setRole(std::optional<Role> role);
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<Role> m_role;
    QString m_search;
};

} // namespace trellis
