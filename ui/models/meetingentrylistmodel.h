#pragma once

#include "insights/relationshipsnapshot.h"
#include "models/idlistmodel.h"

#include <QList>

namespace trellis {

// One relationship's upcoming or past meetings as the relationship page lists them: when, what,
// how (mode) and the status; a past one still planned reads "Not logged". Keyed like
// PastMeetingListModel (a single meeting's id, or the series and the original start), so the
// selected occurrence survives a reload, also when an override is created for it.
class MeetingEntryListModel final : public IdListModel<MeetingEntry> {
    Q_OBJECT
public:
    enum class Kind { Upcoming, Past };
    enum Column { When, Title, Mode, Status, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1, // PastMeetingListModel::keyOf()
        EntryRole,                  // the MeetingEntry
    };

    explicit MeetingEntryListModel(Kind kind, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(MeetingEntryListModel)

    Kind kind() const { return m_kind; }
    // In the order to show; applied by diff.
    void setMeetings(QList<MeetingEntry> meetings) { setItems(std::move(meetings)); }
    // The status text of `entry` in this list.
    QString statusText(const MeetingEntry &entry) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    Id idOf(const MeetingEntry &entry) const override;

private:
    Kind m_kind;
};

} // namespace trellis
