#include "models/feedbacklistmodel.h"

#include "models/displaytexts.h"

#include <algorithm>

namespace trellis {

FeedbackListModel::FeedbackListModel(QObject *parent)
    : IdListModel<Feedback>(parent)
{}

void FeedbackListModel::setFeedback(QList<Feedback> feedback, QHash<Id, QString> names)
{
    const bool namesChanged = names != m_names;
    m_names = std::move(names);
    setItems(std::move(feedback));
    if (namesChanged && rowCount() > 0)
        Q_EMIT dataChanged(index(0, From), index(rowCount() - 1, From));
}

QString FeedbackListModel::stars(int rating)
{
    const int filled = std::clamp(rating, 0, 5);
    return QString(filled, QChar(0x2605)) + QString(5 - filled, QChar(0x2606));
}

QString FeedbackListModel::visibilityText(FeedbackVisibility visibility)
{
    switch (visibility) {
    case FeedbackVisibility::SharedWithPair:
        return tr("Shared with the pair");
    case FeedbackVisibility::CoordinatorOnly:
        return tr("Coordinators only");
    }
    return {};
}

QString FeedbackListModel::fromText(const Feedback &given) const
{
    const QString author = given.authorId ? m_names.value(*given.authorId) : QString();
    return author.isEmpty() ? DisplayTexts::role(given.authorRole)
                            : tr("%1 (%2)").arg(author, DisplayTexts::role(given.authorRole).toLower());
}

int FeedbackListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FeedbackListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Feedback &given = itemAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return DisplayTexts::date(given.givenOn);
        case From:
            return fromText(given);
        case Rating:
            return stars(given.rating);
        case Visibility:
            return visibilityText(given.visibility);
        case Comment:
            return given.comment;
        }
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == Rating)
            return tr("%1 of 5").arg(given.rating);
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == Rating)
            return tr("%1 of 5").arg(given.rating);
        return index.column() == Comment ? QVariant(given.comment) : QVariant();
    case FeedbackIdRole:
        return given.id;
    case FeedbackRole:
        return QVariant::fromValue(given);
    default:
        return {};
    }
}

Qt::ItemFlags FeedbackListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant FeedbackListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case From:
        return tr("From");
    case Rating:
        return tr("Rating");
    case Visibility:
        return tr("Seen by");
    case Comment:
        return tr("Comment");
    default:
        return {};
    }
}

} // namespace trellis
