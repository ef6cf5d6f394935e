#include "models/searchresultsmodel.h"

#include "models/backgroundjob.h"
#include "models/datasource.h"
#include "models/loadrequest.h"
#include "storage/database.h"
#include "storage/readonlyconnection.h"
#include "storage/searchquery.h"

#include <QCoreApplication>
#include <QFont>
#include <QIcon>
#include <QLocale>

namespace trellis {

namespace {

// internalId: 0 for group rows, group row + 1 for hit rows.
constexpr quintptr GroupRowId = 0;

QString kindIcon(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::Person:
        return QStringLiteral("im-user");
    case SearchHit::Kind::Relationship:
        return QStringLiteral("system-users");
    case SearchHit::Kind::Goal:
        return QStringLiteral("flag");
    case SearchHit::Kind::Meeting:
        return QStringLiteral("view-calendar");
    case SearchHit::Kind::Contact:
        return QStringLiteral("mail-message");
    case SearchHit::Kind::Resource:
        return QStringLiteral("bookmarks");
    }
    return {};
}

} // namespace

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

SearchResultsModel::Fetch SearchResultsModel::searchFor(const QString &text)
{
    return [text](Database &database, const LoadRequest &) -> Result<SearchResults> {
        if (!isSearchable(text))
            return SearchResults{};
        return SearchQuery(database.connection()).run(text);
    };
}

BackgroundJob *SearchResultsModel::warmIndex(const DataSource &source, QObject *parent)
{
    if (!source.isValid())
        return nullptr;
    const QString path = source.database()->path();
    // Its own read-only connection: the warm-up writes nothing and holds no worker connection of the
    // Database (the operating system's cache is what it fills, shared by every connection).
    return BackgroundJob::start(
        [path](JobControl &) -> Status {
            ReadOnlyConnection connection(path);
            if (!connection.isOpen())
                return Error{
                    QCoreApplication::translate("SearchResultsModel", "Cannot read the search index: %1")
                        .arg(connection.errorText())};
            return SearchQuery(connection.db()).warm();
        },
        parent);
}

bool SearchResultsModel::isSearchable(const QString &text)
{
    return !SearchQuery::matchExpression(text).isEmpty();
}

QList<Entity> SearchResultsModel::watchedEntities()
{
    return {Entity::Person, Entity::Programme, Entity::Cohort,  Entity::Relationship,
            Entity::Goal,   Entity::Meeting,   Entity::Contact, Entity::Resource};
}

void SearchResultsModel::setResults(const SearchResults &results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
}

const SearchHit *SearchResultsModel::hit(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == GroupRowId)
        return nullptr;
    const int group = int(index.internalId()) - 1;
    if (group < 0 || group >= m_results.groups.size() ||
        index.row() >= m_results.groups.at(group).hits.size())
        return nullptr;
    return &m_results.groups.at(group).hits.at(index.row());
}

QModelIndex SearchResultsModel::firstHit() const
{
    if (m_results.groups.isEmpty() || m_results.groups.first().hits.isEmpty())
        return {};
    return index(0, 0, index(0, 0));
}

QModelIndex SearchResultsModel::indexOf(SearchHit::Kind kind, Id id) const
{
    for (int group = 0; group < m_results.groups.size(); ++group) {
        const QList<SearchHit> &hits = m_results.groups.at(group).hits;
        for (int row = 0; row < hits.size(); ++row) {
            if (hits.at(row).kind == kind && hits.at(row).id == id)
                return index(row, 0, index(group, 0));
        }
    }
    return {};
}

QString SearchResultsModel::groupTitle(SearchGroup::Kind kind)
{
    switch (kind) {
    case SearchGroup::Kind::People:
        return tr("People");
    case SearchGroup::Kind::Relationships:
        return tr("Relationships");
    case SearchGroup::Kind::Goals:
        return tr("Goals");
    case SearchGroup::Kind::Notes:
        return tr("Meeting notes and contacts");
    case SearchGroup::Kind::Resources:
        return tr("Resources");
    }
    return {};
}

QString SearchResultsModel::hitTitle(const SearchHit &hit)
{
    if (!hit.title.isEmpty())
        return hit.title;
    const QString date = hit.date.isValid() ? QLocale().toString(hit.date, QLocale::ShortFormat) : QString();
    switch (hit.kind) {
    case SearchHit::Kind::Meeting:
        return date.isEmpty() ? tr("Meeting") : tr("Meeting on %1").arg(date);
    case SearchHit::Kind::Contact:
        return date.isEmpty() ? tr("Contact") : tr("Contact on %1").arg(date);
    default:
        return tr("Untitled");
    }
}

QModelIndex SearchResultsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_results.groups.size() ? createIndex(row, column, GroupRowId) : QModelIndex();
    if (parent.internalId() != GroupRowId || parent.row() >= m_results.groups.size())
        return {};
    if (row >= m_results.groups.at(parent.row()).hits.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex SearchResultsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupRowId)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, GroupRowId);
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_results.groups.size());
    if (parent.column() != 0 || parent.internalId() != GroupRowId || parent.row() >= m_results.groups.size())
        return 0;
    return int(m_results.groups.at(parent.row()).hits.size());
}

int SearchResultsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == GroupRowId) {
        if (index.row() >= m_results.groups.size())
            return {};
        const SearchGroup &group = m_results.groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return group.more ? tr("%1 (more than %2)").arg(groupTitle(group.kind)).arg(group.hits.size())
                              : tr("%1 (%2)").arg(groupTitle(group.kind)).arg(group.hits.size());
        case IsGroupRole:
            return true;
        case KindRole:
            return int(group.kind);
        case MoreRole:
            return group.more;
        default:
            return {};
        }
    }
    const SearchHit *found = hit(index);
    if (!found)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return hitTitle(*found);
    case Qt::AccessibleTextRole: {
        QString snippet = found->snippet;
        snippet.remove(SearchHit::MatchStart).remove(SearchHit::MatchEnd);
        return QString(hitTitle(*found) + QStringLiteral(". ") + found->context + QStringLiteral(". ") +
                       snippet);
    }
    case Qt::ToolTipRole:
        return found->context;
    case Qt::DecorationRole:
        return QIcon::fromTheme(kindIcon(found->kind));
    case IsGroupRole:
        return false;
    case KindRole:
        return int(found->kind);
    case IdRole:
        return found->id;
    case RelationshipIdRole:
        return found->relationshipId;
    case SnippetRole:
        return found->snippet;
    case ContextRole:
        return found->context;
    case DateRole:
        return found->date;
    default:
        return {};
    }
}

Qt::ItemFlags SearchResultsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == GroupRowId)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace trellis
