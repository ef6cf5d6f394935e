#include "models/suggestionlistmodel.h"

#include "models/displaytexts.h"
#include "models/librarytexts.h"
#include "storage/database.h"

#include <QFont>

namespace trellis {

Result<QList<SuggestionRow>> SuggestionListModel::Fetch::operator()(Database &database,
                                                                    const LoadRequest &) const
{
    // A few rows per relationship: read whole (the order puts pending ones first).
    if (m_relationshipId == 0)
        return QList<SuggestionRow>();
    return LibraryQuery(database.connection()).suggestionsInRelationship(m_relationshipId);
}

SuggestionListModel::SuggestionListModel(QObject *parent)
    : IdListModel<SuggestionRow>(parent)
{}

int SuggestionListModel::pendingCount() const
{
    int pending = 0;
    for (const SuggestionRow &row : items()) {
        if (row.suggestion.isPending())
            ++pending;
    }
    return pending;
}

int SuggestionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SuggestionListModel::statusText(const ResourceSuggestion &suggestion)
{
    switch (suggestion.status) {
    case SuggestionStatus::Accepted:
        return tr("Added to the library %1").arg(DisplayTexts::date(suggestion.decidedOn));
    case SuggestionStatus::Dismissed:
        return tr("Dismissed %1").arg(DisplayTexts::date(suggestion.decidedOn));
    case SuggestionStatus::Pending:
        break;
    }
    return tr("Waiting for a decision");
}

QVariant SuggestionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SuggestionRow &row = itemAt(index.row());
    const ResourceSuggestion &s = row.suggestion;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Suggestion:
            return s.title;
        case Suggested:
            return row.suggestedByName.isEmpty()
                       ? DisplayTexts::date(s.suggestedOn)
                       : tr("%1 by %2").arg(DisplayTexts::date(s.suggestedOn), row.suggestedByName);
        case Status:
            return statusText(s);
        case Note:
            return s.note;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == Suggestion)
            return LibraryTexts::kindIcon(s.kind);
        return {};
    case Qt::FontRole:
        if (index.column() == Status && s.isPending()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Suggestion && !s.url.isEmpty())
            return s.url;
        if (index.column() == Note && !s.note.isEmpty())
            return s.note;
        return {};
    case SuggestionIdRole:
        return row.id();
    case PendingRole:
        return s.isPending();
    default:
        return {};
    }
}

Qt::ItemFlags SuggestionListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant SuggestionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Suggestion:
        return tr("Suggestion");
    case Suggested:
        return tr("Suggested");
    case Status:
        return tr("Status");
    case Note:
        return tr("Why");
    default:
        return {};
    }
}

} // namespace trellis
