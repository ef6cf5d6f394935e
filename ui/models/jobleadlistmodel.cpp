#include "models/jobleadlistmodel.h"

#include "models/displaytexts.h"
#include "models/librarytexts.h"
#include "models/sharelistmodel.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QFont>

namespace trellis {

Result<QList<ShareRow>> JobLeadListModel::Fetch::operator()(Database &database, const LoadRequest &) const
{
    // A handful of rows: always read whole, counted from the day of the read.
    if (m_personId == 0)
        return QList<ShareRow>();
    const LibraryQuery query(database.connection());
    if (m_viewer == trellis::Role::Mentor)
        return query.jobLeadsClosingForMentor(m_personId, Clock::today());
    return query.jobLeadsFor(m_personId, Clock::today());
}

QList<Entity> JobLeadListModel::watched()
{
    return {Entity::Resource, Entity::ResourceShare, Entity::Relationship, Entity::Person};
}

JobLeadListModel::JobLeadListModel(QObject *parent)
    : IdListModel<ShareRow>(parent)
    , m_today(Clock::today())
{}

void JobLeadListModel::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int JobLeadListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JobLeadListModel::deadlineText(const std::optional<QDate> &deadline, const QDate &today)
{
    if (!deadline || !deadline->isValid())
        return tr("No deadline");
    const qint64 days = today.daysTo(*deadline);
    if (days == 0)
        return tr("Apply by today");
    if (days < 0)
        return tr("Closed %1").arg(DisplayTexts::date(deadline));
    return tr("Apply by %1 · in %n day(s)", nullptr, int(days)).arg(DisplayTexts::date(deadline));
}

QString JobLeadListModel::leadText(const ShareRow &row)
{
    QStringList where;
    for (const QString &part : {row.organisation, row.location}) {
        if (!part.isEmpty())
            where.append(part);
    }
    if (where.isEmpty())
        return ShareListModel::titleOf(row);
    return tr("%1 · %2").arg(ShareListModel::titleOf(row), where.join(QStringLiteral(", ")));
}

QVariant JobLeadListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ShareRow &row = itemAt(index.row());
    const bool soon = Resource::closesSoon(row.deadline, m_today);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Lead:
            return leadText(row);
        case Deadline:
            return deadlineText(row.deadline, m_today);
        case Mentee:
            return row.menteeName;
        case Note:
            // The sharer's words ("Apply before Friday"), after who shared it.
            return row.sharedByName.isEmpty() || row.share.note.isEmpty()
                       ? row.share.note
                       : tr("%1: %2").arg(row.sharedByName, row.share.note);
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == Lead)
            return LibraryTexts::kindIcon(ResourceKind::JobLead);
        if (index.column() == Deadline && soon)
            return QIcon::fromTheme(QStringLiteral("appointment-soon"));
        return {};
    case Qt::FontRole:
        if (index.column() == Deadline && soon) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Lead && !row.url.isEmpty())
            return row.url;
        if (!row.share.note.isEmpty())
            return row.share.note;
        return {};
    case ShareIdRole:
        return row.id();
    case ShareRowRole:
        return QVariant::fromValue(row);
    case ClosesSoonRole:
        return soon;
    default:
        return {};
    }
}

Qt::ItemFlags JobLeadListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant JobLeadListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Lead:
        return tr("Job lead");
    case Deadline:
        return tr("Application deadline");
    case Mentee:
        return tr("Mentee");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace trellis
