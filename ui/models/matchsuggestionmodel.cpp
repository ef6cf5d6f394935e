#include "models/matchsuggestionmodel.h"

#include "models/matchingrun.h"

#include <QFont>
#include <QLocale>

namespace trellis {

bool MatchSuggestion::operator==(const MatchSuggestion &other) const
{
    if (menteeId != other.menteeId || mentorId != other.mentorId || mentee != other.mentee ||
        mentor != other.mentor || score.total != other.score.total || locked != other.locked ||
        rejected != other.rejected || firstWishNote != other.firstWishNote ||
        score.terms.size() != other.score.terms.size())
        return false;
    for (qsizetype i = 0; i < score.terms.size(); ++i) {
        if (score.terms.at(i).points != other.score.terms.at(i).points ||
            score.terms.at(i).words != other.score.terms.at(i).words)
            return false;
    }
    return true;
}

MatchSuggestionModel::MatchSuggestionModel(QObject *parent)
    : IdListModel<MatchSuggestion>(parent)
{}

void MatchSuggestionModel::setRun(const MatchingRun &run)
{
    QList<MatchSuggestion> suggestions;
    suggestions.reserve(run.result.pairs.size());
    for (const MatchedPair &pair : run.result.pairs) {
        MatchSuggestion suggestion;
        suggestion.menteeId = pair.menteeId;
        suggestion.mentorId = pair.mentorId;
        suggestion.mentee = run.nameOf(pair.menteeId);
        suggestion.mentor = run.nameOf(pair.mentorId);
        suggestion.score = pair.score;
        const MatchPair both{pair.menteeId, pair.mentorId};
        suggestion.locked = pair.locked || m_locks.contains(both);
        suggestion.rejected = !suggestion.locked && m_rejections.contains(both);
        suggestion.firstWishNote = run.firstWishNotes.value(pair.menteeId);
        suggestions.append(suggestion);
    }
    setItems(std::move(suggestions));
}

void MatchSuggestionModel::setLocked(Id menteeId, bool locked)
{
    rule(menteeId, locked, false);
}

void MatchSuggestionModel::setRejected(Id menteeId, bool rejected)
{
    rule(menteeId, false, rejected);
}

void MatchSuggestionModel::rule(Id menteeId, bool locked, bool rejected)
{
    const int row = rowOf(menteeId);
    if (row < 0)
        return;
    MatchSuggestion changed = itemAt(row);
    if (changed.locked == locked && changed.rejected == rejected)
        return;
    const MatchPair both{changed.menteeId, changed.mentorId};
    m_locks.removeAll(both);
    m_rejections.removeAll(both);
    // A mentee has one lock at most: a new one replaces the old.
    m_locks.removeIf([menteeId](const MatchPair &lock) { return lock.menteeId == menteeId; });
    if (locked)
        m_locks.append(both);
    if (rejected)
        m_rejections.append(both);
    changed.locked = locked;
    changed.rejected = rejected;
    QList<MatchSuggestion> all = items();
    all[row] = changed;
    setItems(std::move(all));
    Q_EMIT rulingsChanged();
}

void MatchSuggestionModel::clearRulings()
{
    if (m_locks.isEmpty() && m_rejections.isEmpty())
        return;
    m_locks.clear();
    m_rejections.clear();
    QList<MatchSuggestion> all = items();
    for (MatchSuggestion &suggestion : all) {
        suggestion.locked = false;
        suggestion.rejected = false;
    }
    setItems(std::move(all));
    Q_EMIT rulingsChanged();
}

QList<MatchPair> MatchSuggestionModel::acceptedPairs() const
{
    QList<MatchPair> pairs;
    for (const MatchSuggestion &suggestion : items()) {
        if (!suggestion.rejected)
            pairs.append({suggestion.menteeId, suggestion.mentorId});
    }
    return pairs;
}

int MatchSuggestionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MatchSuggestionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MatchSuggestion &suggestion = itemAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Mentee:
            return suggestion.mentee;
        case Mentor:
            return suggestion.mentor;
        case Score:
            return QLocale().toString(suggestion.score.total);
        case Lock:
        case Reject:
        case ColumnCount:
            return {};
        }
        return {};
    case Qt::CheckStateRole:
        if (index.column() == Lock)
            return suggestion.locked ? Qt::Checked : Qt::Unchecked;
        if (index.column() == Reject)
            return suggestion.rejected ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Score)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (suggestion.rejected && (index.column() == Mentee || index.column() == Mentor)) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Lock)
            return tr("Keep this pair in every run");
        if (index.column() == Reject)
            return tr("Do not suggest this pair again");
        if (suggestion.rejected)
            return tr("Rejected: the next run leaves this pair out");
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == Lock)
            return suggestion.locked ? tr("Locked") : tr("Not locked");
        if (index.column() == Reject)
            return suggestion.rejected ? tr("Rejected") : tr("Not rejected");
        return {};
    case MenteeIdRole:
        return suggestion.menteeId;
    case MentorIdRole:
        return suggestion.mentorId;
    case ScoreRole:
        return suggestion.score.total;
    case SuggestionRole:
        return QVariant::fromValue(suggestion);
    default:
        return {};
    }
}

QVariant MatchSuggestionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Mentee:
        return tr("Mentee");
    case Mentor:
        return tr("Suggested mentor");
    case Score:
        return tr("Score");
    case Lock:
        return tr("Lock");
    case Reject:
        return tr("Reject");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags MatchSuggestionModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == Lock || index.column() == Reject))
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool MatchSuggestionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() ||
        (index.column() != Lock && index.column() != Reject))
        return false;
    const bool on = value.value<Qt::CheckState>() == Qt::Checked || value.toInt() == int(Qt::Checked);
    const Id menteeId = itemAt(index.row()).menteeId;
    if (index.column() == Lock)
        setLocked(menteeId, on);
    else
        setRejected(menteeId, on);
    return true;
}

} // namespace trellis
