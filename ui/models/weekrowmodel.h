#pragma once

#include <QAbstractListModel>
#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>

namespace trellis {

class OccurrenceModel;

// One occurrence on a week row of the month view: the days it covers in that week (0..6 from the
// row's first day) and the line it is packed into.
struct WeekBar {
    QString key;
    int sourceRow = 0;
    int firstDay = 0;
    int lastDay = 0;
    int line = 0;
    bool spanning = false;        // all-day or longer than a day: drawn as a bar across its days
    bool continuesBefore = false; // began before this week
    bool continuesAfter = false;  // goes on after it
    bool operator==(const WeekBar &) const = default;
};

// The month view's model (Merkuro's multi-day model): one row per week of the occurrence model's
// window, starting on its first day. Each row's occurrences are packed into lines: all-day and
// multi-day ones first (longest first), then timed ones by start, each in the lowest line free on
// all its days, so a bar never jumps between lines within a week. No widget code.
class WeekRowModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        FirstDateRole = Qt::UserRole + 1, // QDate of the row's first day
        BarsRole,                         // QList<WeekBar>
        LineCountRole,                    // int
    };

    explicit WeekRowModel(OccurrenceModel *source, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    QDate firstDate(int row) const;
    const QList<WeekBar> &barsOf(int row) const { return m_weeks.at(row).bars; }
    // The bars covering `day` (0..6) of a week row, by line.
    QList<WeekBar> barsOn(int row, int day) const;

    // Packs bars (firstDay/lastDay/spanning set) into lines; sorted by line, then day.
    static void pack(QList<WeekBar> &bars, const QList<qint64> &startUtc);

private:
    struct Week {
        QDate first;
        QList<WeekBar> bars;
        int lines = 0;
        bool operator==(const Week &) const = default;
    };
    void rebuild();

    OccurrenceModel *m_source = nullptr;
    QList<Week> m_weeks;
};

} // namespace trellis

Q_DECLARE_METATYPE(trellis::WeekBar)
