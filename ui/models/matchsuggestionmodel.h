#pragma once

#include "matching/matchinginput.h"
#include "matching/pairscorer.h"
#include "models/idlistmodel.h"

#include <QList>
#include <QString>

namespace trellis {

struct MatchingRun;

// One suggested pair of a matching run, as the Matching page lists it.
struct MatchSuggestion {
    Id menteeId = 0;
    Id mentorId = 0;
    QString mentee;
    QString mentor;
    PairScore score;       // terms that add up to score.total
    bool locked = false;   // the coordinator keeps this pair in every run
    bool rejected = false; // the coordinator does not want it: left out of the next run
    QString firstWishNote; // why the mentee's first wish was not granted, if it was not

    bool operator==(const MatchSuggestion &other) const;
};

// The suggestions of the latest run (one row per mentee) with the coordinator's rulings: a lock
// keeps a pair in every later run, a rejection leaves it out of them. The rulings outlive the
// rows: a new run's rows show the locks and rejections made before, and rulings on pairs that are
// no longer suggested stay until cleared. Lock and Reject are check boxes; one excludes the other.
class MatchSuggestionModel final : public IdListModel<MatchSuggestion> {
    Q_OBJECT
public:
    enum Column { Mentee, Mentor, Score, Lock, Reject, ColumnCount };
    enum Role {
        MenteeIdRole = Qt::UserRole + 1,
        MentorIdRole,
        ScoreRole, // the score as a number (the Score column shows it in the locale)
        SuggestionRole,
    };

    explicit MatchSuggestionModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(MatchSuggestionModel)

    // The run's pairs, by diff (a locked row keeps its place in the view).
    void setRun(const MatchingRun &run);
    const QList<MatchPair> &locks() const { return m_locks; }
    const QList<MatchPair> &rejections() const { return m_rejections; }
    void setLocked(Id menteeId, bool locked);
    void setRejected(Id menteeId, bool rejected);
    void clearRulings();
    // The suggested pairs that are not rejected: what Accept makes.
    QList<MatchPair> acceptedPairs() const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    // A lock or a rejection was made or undone (the next run takes it into account).
    void rulingsChanged();

protected:
    Id idOf(const MatchSuggestion &suggestion) const override { return suggestion.menteeId; }

private:
    void rule(Id menteeId, bool locked, bool rejected);

    QList<MatchPair> m_locks;
    QList<MatchPair> m_rejections;
};

} // namespace trellis

Q_DECLARE_METATYPE(trellis::MatchSuggestion)
