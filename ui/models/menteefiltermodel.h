#pragma once

#include <QSortFilterProxyModel>

namespace trellis {

// Filters MenteeListModel by lifecycle/health (all, active, at risk, paused, past) and by a
// search text (mentee, programme or cohort), and sorts by urgency, name, last contact or
// next meeting.
class MenteeFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class Show { All, Active, AtRisk, Paused, Past };
    enum class Order { Urgency, Name, LastContact, NextMeeting };

    explicit MenteeFilterModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(MenteeFilterModel)

    void setShow(Show show);
    Show show() const { return m_show; }
    void setSearchText(const QString &text);
    void setOrder(Order order);
    Order order() const { return m_order; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    Show m_show = Show::All;
    Order m_order = Order::Urgency;
    QString m_search;
};

} // namespace trellis
