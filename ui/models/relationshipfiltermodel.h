#pragma once

#include <QSortFilterProxyModel>

namespace trellis {

// Filters RelationshipTableModel by lifecycle/health and by a search text
// (mentee, mentor or programme name), and sorts by the model's SortRole.
class RelationshipFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class Show { All, Active, AtRisk, Paused, Past };

    explicit RelationshipFilterModel(QObject *parent = nullptr);

    void setShow(Show show);
    Show show() const { return m_show; }
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Show m_show = Show::All;
    QString m_search;
};

} // namespace trellis
