#include "models/programmetreemodel.h"

#include "models/loadrequest.h"
#include "storage/database.h"
#include "storage/programmequeries.h"

#include <QIcon>
#include <QLocale>
#include <QSet>

namespace trellis {

ProgrammeTreeModel::ProgrammeTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

Result<ProgrammeTreeModel::Data> ProgrammeTreeModel::fetch(Database &database, const LoadRequest &request)
{
    const ProgrammeQueries queries(database.connection());
    Data data;
    if (request.touches(Entity::Programme) || request.touches(Entity::Cohort)) {
        auto programmes = queries.programmes();
        if (!programmes)
            return programmes.error();
        auto cohorts = queries.cohorts();
        if (!cohorts)
            return cohorts.error();
        data.programmes = std::move(programmes).value();
        data.cohorts = std::move(cohorts).value();
    }
    if (request.touches(Entity::Relationship)) {
        auto pairs = queries.pairsPerCohort();
        if (!pairs)
            return pairs.error();
        data.pairsPerCohort = std::move(pairs).value();
    }
    return data;
}

void ProgrammeTreeModel::apply(Data data, const LoadRequest &request)
{
    Q_UNUSED(request);
    // Pairs first: a new cohort's row then shows its count from the start.
    if (data.pairsPerCohort)
        setPairs(std::move(*data.pairsPerCohort));
    if (data.programmes)
        setTree(std::move(*data.programmes), data.cohorts);
}

void ProgrammeTreeModel::setContents(QList<Programme> programmes, const QList<Cohort> &cohorts,
                                     QHash<Id, int> pairsPerCohort)
{
    setPairs(std::move(pairsPerCohort));
    setTree(std::move(programmes), cohorts);
}

void ProgrammeTreeModel::setTree(QList<Programme> programmes, const QList<Cohort> &cohorts)
{
    QList<Node> wanted;
    wanted.reserve(programmes.size());
    QHash<Id, qsizetype> nodeOf;
    for (Programme &programme : programmes) {
        nodeOf.insert(programme.id, wanted.size());
        wanted.append(Node{std::move(programme), {}});
    }
    for (const Cohort &cohort : cohorts) {
        const auto it = nodeOf.constFind(cohort.programmeId);
        if (it != nodeOf.cend())
            wanted[*it].cohorts.append(cohort);
    }
    const auto cohortId = [](const Cohort &cohort) { return cohort.id; };
    syncRows(
        {}, m_nodes, std::move(wanted), [](const Node &node) { return node.programme.id; },
        [this, cohortId](int row, Node &current, Node &&next) {
            if (current.programme != next.programme) {
                current.programme = std::move(next.programme);
                announceRow({}, row);
            }
            const QModelIndex parent = index(row, 0);
            const bool totalChanged = pairsOf(current) != pairsOf(Node{{}, next.cohorts});
            syncRows(parent, current.cohorts, std::move(next.cohorts), cohortId,
                     [this, &parent](int child, Cohort &cohort, Cohort &&updated) {
                         if (cohort == updated)
                             return;
                         cohort = std::move(updated);
                         announceRow(parent, child);
                     });
            // The programme's total counts its cohorts' pairs.
            if (totalChanged)
                Q_EMIT dataChanged(index(row, Pairs), index(row, Pairs));
        });
}

void ProgrammeTreeModel::setPairs(QHash<Id, int> pairsPerCohort)
{
    QSet<Id> changed;
    for (auto it = m_pairs.cbegin(); it != m_pairs.cend(); ++it)
        if (pairsPerCohort.value(it.key()) != it.value())
            changed.insert(it.key());
    for (auto it = pairsPerCohort.cbegin(); it != pairsPerCohort.cend(); ++it)
        if (m_pairs.value(it.key()) != it.value())
            changed.insert(it.key());
    m_pairs = std::move(pairsPerCohort);
    QSet<int> programmeRows;
    for (const Id cohort : std::as_const(changed)) {
        const QModelIndex found = indexOfCohort(cohort);
        if (!found.isValid())
            continue;
        const QModelIndex pairs = found.siblingAtColumn(Pairs);
        Q_EMIT dataChanged(pairs, pairs);
        programmeRows.insert(found.parent().row());
    }
    for (const int row : std::as_const(programmeRows))
        Q_EMIT dataChanged(index(row, Pairs), index(row, Pairs));
}

template <typename T, typename IdOf, typename Update>
void ProgrammeTreeModel::syncRows(const QModelIndex &parent, QList<T> &rows, QList<T> wanted, IdOf idOf,
                                  Update update)
{
    // As IdListModel::setItems, at one level of the tree.
    QSet<Id> wantedIds;
    for (const T &item : std::as_const(wanted))
        wantedIds.insert(idOf(item));
    for (qsizetype last = rows.size() - 1; last >= 0;) {
        if (wantedIds.contains(idOf(rows.at(last)))) {
            --last;
            continue;
        }
        qsizetype first = last;
        while (first > 0 && !wantedIds.contains(idOf(rows.at(first - 1))))
            --first;
        beginRemoveRows(parent, int(first), int(last));
        rows.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }
    QSet<Id> present;
    for (const T &item : std::as_const(rows))
        present.insert(idOf(item));
    for (qsizetype row = 0; row < wanted.size();) {
        const Id id = idOf(wanted.at(row));
        if (row < rows.size() && idOf(rows.at(row)) == id) {
            update(int(row), rows[row], std::move(wanted[row]));
            ++row;
            continue;
        }
        if (present.contains(id)) {
            qsizetype from = row + 1;
            while (idOf(rows.at(from)) != id)
                ++from;
            beginMoveRows(parent, int(from), int(from), parent, int(row));
            rows.move(from, row);
            endMoveRows();
            update(int(row), rows[row], std::move(wanted[row]));
            ++row;
            continue;
        }
        qsizetype end = row + 1;
        while (end < wanted.size() && !present.contains(idOf(wanted.at(end))))
            ++end;
        beginInsertRows(parent, int(row), int(end - 1));
        for (qsizetype i = row; i < end; ++i)
            rows.insert(i, std::move(wanted[i]));
        endInsertRows();
        row = end;
    }
}

void ProgrammeTreeModel::announceRow(const QModelIndex &parent, int row)
{
    Q_EMIT dataChanged(index(row, 0, parent), index(row, ColumnCount - 1, parent));
}

int ProgrammeTreeModel::rowOfProgramme(Id id) const
{
    // A linear search: there are a handful of programmes.
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).programme.id == id)
            return int(i);
    }
    return -1;
}

int ProgrammeTreeModel::pairsOf(const Node &node) const
{
    int pairs = 0;
    for (const Cohort &cohort : node.cohorts)
        pairs += m_pairs.value(cohort.id);
    return pairs;
}

QList<Programme> ProgrammeTreeModel::programmes() const
{
    QList<Programme> result;
    result.reserve(m_nodes.size());
    for (const Node &node : m_nodes)
        result.append(node.programme);
    return result;
}

std::optional<Programme> ProgrammeTreeModel::programme(Id id) const
{
    const int row = rowOfProgramme(id);
    return row < 0 ? std::nullopt : std::optional<Programme>(m_nodes.at(row).programme);
}

std::optional<Cohort> ProgrammeTreeModel::cohort(Id id) const
{
    for (const Node &node : m_nodes) {
        for (const Cohort &cohort : node.cohorts) {
            if (cohort.id == id)
                return cohort;
        }
    }
    return std::nullopt;
}

QModelIndex ProgrammeTreeModel::indexOfProgramme(Id id) const
{
    const int row = rowOfProgramme(id);
    return row < 0 ? QModelIndex() : index(row, 0);
}

QModelIndex ProgrammeTreeModel::indexOfCohort(Id id) const
{
    for (const Node &node : m_nodes) {
        for (qsizetype c = 0; c < node.cohorts.size(); ++c) {
            if (node.cohorts.at(c).id == id)
                return createIndex(int(c), 0, quintptr(node.programme.id));
        }
    }
    return {};
}

QModelIndex ProgrammeTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(m_nodes.at(parent.row()).programme.id));
}

QModelIndex ProgrammeTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int row = rowOfProgramme(Id(child.internalId()));
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
}

int ProgrammeTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_nodes.size());
    if (parent.internalId() == 0 && parent.column() == 0)
        return int(m_nodes.at(parent.row()).cohorts.size());
    return 0;
}

int ProgrammeTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString ProgrammeTreeModel::formatName(ProgrammeFormat format)
{
    switch (format) {
    case ProgrammeFormat::OneToOne:
        return tr("One-to-one");
    case ProgrammeFormat::Group:
        return tr("Group");
    case ProgrammeFormat::Peer:
        return tr("Peer");
    case ProgrammeFormat::Reverse:
        return tr("Reverse");
    case ProgrammeFormat::Micro:
        return tr("Micro");
    }
    return {};
}

QString ProgrammeTreeModel::cohortDates(const Cohort &cohort)
{
    // A cohort may be entered without dates: then it shows none rather than "from ".
    if (!cohort.startDate.isValid())
        return cohort.endDate ? tr("until %1").arg(QLocale().toString(*cohort.endDate, QLocale::ShortFormat))
                              : QString();
    const QString start = QLocale().toString(cohort.startDate, QLocale::ShortFormat);
    if (!cohort.endDate)
        return tr("from %1").arg(start);
    return tr("%1 – %2").arg(start, QLocale().toString(*cohort.endDate, QLocale::ShortFormat));
}

QString ProgrammeTreeModel::cohortLabel(const QString &programmeName, const Cohort &cohort, bool withDates)
{
    QString name = cohort.name.trimmed();
    if (!programmeName.isEmpty() && name.compare(programmeName, Qt::CaseInsensitive) != 0) {
        // Drop the programme's name and the separator that joined it, at either end.
        static const QString separators = QStringLiteral(" \t·—–-:|,()");
        const auto strip = [&](QString text) {
            const qsizetype at = text.indexOf(programmeName, 0, Qt::CaseInsensitive);
            if (at < 0)
                return text;
            QString rest = text.left(at) + text.mid(at + programmeName.size());
            while (!rest.isEmpty() && separators.contains(rest.front()))
                rest.remove(0, 1);
            while (!rest.isEmpty() && separators.contains(rest.back()))
                rest.chop(1);
            return rest.isEmpty() ? text : rest;
        };
        name = strip(name);
    }
    QStringList parts;
    if (!programmeName.isEmpty())
        parts.append(programmeName);
    parts.append(name);
    if (const QString dates = withDates ? cohortDates(cohort) : QString(); !dates.isEmpty())
        parts.append(dates);
    return parts.join(tr(" · "));
}

QVariant ProgrammeTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool isCohort = index.internalId() != 0;
    if (!isCohort) {
        const Node &node = m_nodes.at(index.row());
        const Programme &programme = node.programme;
        const int pairs = pairsOf(node);
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            switch (index.column()) {
            case Name:
                return programme.name;
            case Details:
                return tr("%1 · every %n day(s)", nullptr, programme.defaultCadenceDays)
                    .arg(formatName(programme.format));
            case Pairs:
                return QLocale().toString(pairs);
            }
            return {};
        case Qt::DecorationRole:
            return index.column() == Name ? QIcon::fromTheme(QStringLiteral("folder")) : QVariant();
        case Qt::TextAlignmentRole:
            return index.column() == Pairs ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                                           : QVariant();
        case IdRole:
        case ProgrammeIdRole:
            return programme.id;
        case IsCohortRole:
            return false;
        default:
            return {};
        }
    }
    const int programmeRow = rowOfProgramme(Id(index.internalId()));
    if (programmeRow < 0)
        return {};
    const Cohort &cohort = m_nodes.at(programmeRow).cohorts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Name:
            return cohort.name;
        case Details:
            return cohortDates(cohort);
        case Pairs:
            return QLocale().toString(m_pairs.value(cohort.id));
        }
        return {};
    case Qt::DecorationRole:
        return index.column() == Name ? QIcon::fromTheme(QStringLiteral("system-users")) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Pairs ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case IdRole:
        return cohort.id;
    case ProgrammeIdRole:
        return cohort.programmeId;
    case IsCohortRole:
        return true;
    default:
        return {};
    }
}

QVariant ProgrammeTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Programme or cohort");
    case Details:
        return tr("Format and dates");
    case Pairs:
        return tr("Pairs");
    default:
        return {};
    }
}

} // namespace trellis
