#include "models/librarylistmodel.h"

#include "models/librarytexts.h"
#include "storage/database.h"

#include <QLocale>

namespace trellis {

Result<LibraryListModel::Data> LibraryListModel::Fetch::operator()(Database &database,
                                                                   const LoadRequest &request) const
{
    // Always the whole list: a hit's rank and highlights depend on the others, and the search
    // takes milliseconds.
    Q_UNUSED(request);
    const LibraryQuery query(database.connection());
    Data data;
    auto items = query.find(m_filter);
    if (!items)
        return items.error();
    data.items = std::move(*items);
    auto tags = query.tags();
    if (!tags)
        return tags.error();
    data.tags = std::move(*tags);
    auto saved = query.savedSearches();
    if (!saved)
        return saved.error();
    data.savedSearches = std::move(*saved);
    auto soon = query.closingSoon(m_today);
    if (!soon)
        return soon.error();
    data.closingSoon = std::move(*soon);
    auto coverage = query.coverage();
    if (!coverage)
        return coverage.error();
    data.coverage = std::move(*coverage);
    auto total = query.resourceCount();
    if (!total)
        return total.error();
    data.total = *total;
    return data;
}

LibraryListModel::LibraryListModel(QObject *parent)
    : IdListModel<LibraryItem>(parent)
{}

int LibraryListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

QString LibraryListModel::detailOf(const LibraryItem &item)
{
    const Resource &r = item.resource;
    QStringList parts{LibraryTexts::kind(r.kind)};
    if (r.kind == ResourceKind::JobLead) {
        if (!r.organisation.isEmpty())
            parts.append(r.organisation);
        if (!r.location.isEmpty())
            parts.append(r.location);
        if (r.deadline)
            parts.append(tr("closes %1").arg(QLocale().toString(*r.deadline, QLocale::ShortFormat)));
    } else if (!item.addedByName.isEmpty()) {
        parts.append(tr("added by %1").arg(item.addedByName));
    }
    if (item.attachmentCount > 0)
        parts.append(tr("%n file(s)", nullptr, item.attachmentCount));
    if (item.shareCount > 0)
        parts.append(tr("shared %n time(s)", nullptr, item.shareCount));
    return parts.join(QStringLiteral(" · "));
}

QVariant LibraryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LibraryItem &item = itemAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return item.resource.title;
    case Qt::AccessibleTextRole:
        return QString(item.resource.title + QStringLiteral(", ") + detailOf(item));
    case Qt::ToolTipRole:
        return item.resource.url.isEmpty() ? QVariant() : QVariant(item.resource.url);
    case ResourceIdRole:
        return item.id();
    case ItemRole:
        return QVariant::fromValue(item);
    case HighlightedTitleRole:
        return item.highlightedTitle.isEmpty() ? item.resource.title : item.highlightedTitle;
    case SecondLineRole:
        return item.snippet.isEmpty() ? item.resource.description.simplified() : item.snippet;
    case TagsRole:
        return item.resource.tags;
    case KindRole:
        return int(item.resource.kind);
    case DetailRole:
        return detailOf(item);
    default:
        return {};
    }
}

Qt::ItemFlags LibraryListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QStringList LibraryListModel::mimeTypes() const
{
    return {QStringLiteral("text/uri-list"), QStringLiteral("text/plain")};
}

Qt::DropActions LibraryListModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::LinkAction;
}

} // namespace trellis
