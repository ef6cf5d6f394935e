#include "models/sharelistmodel.h"

#include "models/displaytexts.h"
#include "models/librarytexts.h"
#include "storage/database.h"

#include <QFont>

namespace trellis {

Result<QList<ShareRow>> ShareListModel::Fetch::operator()(Database &database, const LoadRequest &) const
{
    if (m_relationshipId == 0)
        return QList<ShareRow>();
    return LibraryQuery(database.connection()).sharesInRelationship(m_relationshipId);
}

ShareListModel::ShareListModel(QObject *parent)
    : IdListModel<ShareRow>(parent)
{}

int ShareListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ShareListModel::statusText(const ResourceShare &share)
{
    switch (share.status()) {
    case ShareStatus::Discussed:
        return tr("Discussed %1").arg(DisplayTexts::date(share.discussedOn));
    case ShareStatus::Opened:
        return tr("Opened %1").arg(DisplayTexts::date(share.readOn));
    case ShareStatus::Shared:
        break;
    }
    return tr("Not opened yet");
}

QString ShareListModel::titleOf(const ShareRow &row)
{
    if (row.share.isRemoved())
        return tr("%1 \u2014 since removed from the library").arg(row.resourceTitle);
    return row.resourceTitle;
}

QVariant ShareListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ShareRow &row = itemAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case ResourceColumn: {
            QString text = titleOf(row);
            if (row.kind == ResourceKind::JobLead && row.deadline)
                text += tr(" · apply by %1").arg(DisplayTexts::date(row.deadline));
            return text;
        }
        case Shared:
            return row.sharedByName.isEmpty()
                       ? DisplayTexts::date(row.share.sharedOn)
                       : tr("%1 by %2").arg(DisplayTexts::date(row.share.sharedOn), row.sharedByName);
        case Status:
            return statusText(row.share);
        case Note: {
            QString note = row.share.note;
            if (!row.goalTitle.isEmpty())
                note = note.isEmpty() ? tr("For the goal \u201c%1\u201d").arg(row.goalTitle)
                                      : tr("%1 (goal \u201c%2\u201d)").arg(note, row.goalTitle);
            return note;
        }
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == ResourceColumn)
            return row.kind ? LibraryTexts::kindIcon(*row.kind)
                            : QIcon::fromTheme(QStringLiteral("edit-delete"));
        if (index.column() == Status) {
            switch (row.share.status()) {
            case ShareStatus::Discussed:
                return QIcon::fromTheme(QStringLiteral("checkmark"));
            case ShareStatus::Opened:
                return QIcon::fromTheme(QStringLiteral("document-open"));
            case ShareStatus::Shared:
                return QIcon::fromTheme(QStringLiteral("mail-unread"));
            }
        }
        return {};
    case Qt::FontRole:
        if (index.column() == ResourceColumn && row.share.isRemoved()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ResourceColumn)
            return row.url.isEmpty() ? QVariant() : QVariant(row.url);
        if (index.column() == Note)
            return row.share.note.isEmpty() ? QVariant() : QVariant(row.share.note);
        return {};
    case ShareIdRole:
        return row.id();
    case ShareRowRole:
        return QVariant::fromValue(row);
    default:
        return {};
    }
}

Qt::ItemFlags ShareListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant ShareListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ResourceColumn:
        return tr("Resource");
    case Shared:
        return tr("Shared");
    case Status:
        return tr("Status");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace trellis
