#pragma once

#include "models/idlistmodel.h"

#include <QList>
#include <QString>

namespace trellis {

struct MatchingRun;

// A mentee a matching run left without a mentor, and why.
struct UnmatchedRow {
    Id menteeId = 0;
    QString mentee;
    QString reason;
    QString firstWishNote;

    bool operator==(const UnmatchedRow &) const = default;
};

// The mentees the latest run left unmatched, with the solver's reason in words.
class UnmatchedMenteeModel final : public IdListModel<UnmatchedRow> {
    Q_OBJECT
public:
    enum Column { Mentee, Reason, ColumnCount };
    enum Role { MenteeIdRole = Qt::UserRole + 1, RowRole };

    explicit UnmatchedMenteeModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(UnmatchedMenteeModel)

    void setRun(const MatchingRun &run);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    Id idOf(const UnmatchedRow &row) const override { return row.menteeId; }
};

} // namespace trellis

Q_DECLARE_METATYPE(trellis::UnmatchedRow)
