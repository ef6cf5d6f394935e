#pragma once

#include <QAbstractListModel>
#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>

namespace trellis {

class OccurrenceModel;

// One timed occurrence placed on a day of the time grid: minutes from that day's midnight
// (clipped to the day), and its column among the occurrences it overlaps.
struct HourlySlot {
    QString key;
    int sourceRow = 0;   // row in the OccurrenceModel
    int startMinute = 0; // 0..1440 on this day
    int endMinute = 0;
    int column = 0;
    int columns = 1; // of its overlap cluster only: an unrelated meeting later keeps full width
    bool operator==(const HourlySlot &) const = default;
};

// The day and week views' model (Merkuro's hourly model): one row per day of the occurrence
// model's window. Each row holds the day's timed occurrences with their overlap columns
// (SlotsRole) and its all-day and multi-day ones (AllDayRole, source rows). Columns are assigned
// by a sweep line inside each overlap cluster — a maximal run of occurrences each overlapping the
// cluster so far — never across the whole day. No widget code; follows the source's signals.
class HourlyModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        DateRole = Qt::UserRole + 1, // QDate
        SlotsRole,                   // QList<HourlySlot>
        AllDayRole,                  // QList<int>: source rows of all-day occurrences on this day
    };

    // A layout is never shorter than this, so a zero-length meeting still has a row to click.
    static constexpr int MinimumMinutes = 15;

    explicit HourlyModel(OccurrenceModel *source, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    QDate date(int row) const;
    int rowOf(const QDate &date) const; // -1 outside the window
    const QList<HourlySlot> &slotsOf(int row) const { return m_days.at(row).slots; }
    const QList<int> &allDayOf(int row) const { return m_days.at(row).allDay; }

    // Assigns column and columns to slots (any order in; sorted by start, longer first, out).
    static void layout(QList<HourlySlot> &slots);

private:
    struct Day {
        QDate date;
        QList<HourlySlot> slots;
        QList<int> allDay;
        bool operator==(const Day &) const = default;
    };
    void rebuild();

    OccurrenceModel *m_source = nullptr;
    QList<Day> m_days;
};

} // namespace trellis

Q_DECLARE_METATYPE(trellis::HourlySlot)
