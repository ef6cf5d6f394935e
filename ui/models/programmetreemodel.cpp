#include "models/programmetreemodel.h"

#include <QIcon>
#include <QLocale>

namespace trellis {

// internalId: 0 for a programme row, programme row + 1 for a cohort row.

ProgrammeTreeModel::ProgrammeTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void ProgrammeTreeModel::setContents(QList<Programme> programmes, const QList<Cohort> &cohorts,
                                     QHash<Id, int> pairsPerCohort)
{
    beginResetModel();
    m_programmes = std::move(programmes);
    m_cohorts = QList<QList<Cohort>>(m_programmes.size());
    QHash<Id, int> rowOf;
    for (qsizetype i = 0; i < m_programmes.size(); ++i)
        rowOf.insert(m_programmes.at(i).id, int(i));
    for (const Cohort &cohort : cohorts) {
        const auto it = rowOf.constFind(cohort.programmeId);
        if (it != rowOf.cend())
            m_cohorts[*it].append(cohort);
    }
    m_pairs = std::move(pairsPerCohort);
    endResetModel();
}

std::optional<Programme> ProgrammeTreeModel::programme(Id id) const
{
    for (const Programme &programme : m_programmes) {
        if (programme.id == id)
            return programme;
    }
    return std::nullopt;
}

std::optional<Cohort> ProgrammeTreeModel::cohort(Id id) const
{
    for (const QList<Cohort> &list : m_cohorts) {
        for (const Cohort &cohort : list) {
            if (cohort.id == id)
                return cohort;
        }
    }
    return std::nullopt;
}

QModelIndex ProgrammeTreeModel::indexOfProgramme(Id id) const
{
    for (qsizetype i = 0; i < m_programmes.size(); ++i) {
        if (m_programmes.at(i).id == id)
            return index(int(i), 0);
    }
    return {};
}

QModelIndex ProgrammeTreeModel::indexOfCohort(Id id) const
{
    for (qsizetype p = 0; p < m_cohorts.size(); ++p) {
        for (qsizetype c = 0; c < m_cohorts.at(p).size(); ++c) {
            if (m_cohorts.at(p).at(c).id == id)
                return createIndex(int(c), 0, quintptr(p + 1));
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
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ProgrammeTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int ProgrammeTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_programmes.size());
    if (parent.internalId() == 0 && parent.column() == 0)
        return int(m_cohorts.at(parent.row()).size());
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
    const QString start = QLocale().toString(cohort.startDate, QLocale::ShortFormat);
    if (!cohort.endDate)
        return tr("from %1").arg(start);
    return tr("%1 – %2").arg(start, QLocale().toString(*cohort.endDate, QLocale::ShortFormat));
}

QVariant ProgrammeTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool isCohort = index.internalId() != 0;
    if (!isCohort) {
        const Programme &programme = m_programmes.at(index.row());
        int pairs = 0;
        for (const Cohort &cohort : m_cohorts.at(index.row()))
            pairs += m_pairs.value(cohort.id);
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
    const qsizetype programmeRow = qsizetype(index.internalId() - 1);
    const Cohort &cohort = m_cohorts.at(programmeRow).at(index.row());
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
