#pragma once

#include "insights/relationshipsnapshot.h"
#include "models/idlistmodel.h"

#include <QList>

namespace trellis {

// A relationship's past meetings as the mentee workspace lists them (newest first): when, what,
// and whether it was held, missed or not logged; cancelled ones are left out. Private notes are
// never in a MeetingEntry the mentee workspace reads, so none can appear here.
class PastMeetingListModel final : public IdListModel<MeetingEntry> {
    Q_OBJECT
public:
    enum Column { When, Title, Status, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1, // keyOf()
        EntryRole,                  // the MeetingEntry
    };

    explicit PastMeetingListModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PastMeetingListModel)

    // The meetings to show, newest first; applied by diff.
    void setMeetings(const QList<MeetingEntry> &past);

    // A stable key for an occurrence: a single meeting's row id; for an occurrence of a series
    // (overridden or not) the series and its original start, packed into one negative number (the
    // series id above the original start's minutes) so that it never meets a row id and stays the
    // same when an override is created for it.
    static Id keyOf(const MeetingEntry &entry);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    Id idOf(const MeetingEntry &entry) const override { return keyOf(entry); }
};

} // namespace trellis

Q_DECLARE_METATYPE(trellis::MeetingEntry)
