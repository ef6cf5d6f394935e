#include "reports/reportkpimodel.h"

#include "reports/reportdocument.h"

#include <algorithm>

namespace trellis {

ReportKpiModel::ReportKpiModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QList<Kpi> ReportKpiModel::ordered(const QList<Kpi> &kpis)
{
    QList<Kpi> sorted = kpis;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Kpi &a, const Kpi &b) { return int(a.stage()) < int(b.stage()); });
    return sorted;
}

QStringList ReportKpiModel::cells(const Kpi &kpi, bool anonymise)
{
    return {CohortKpis::stageText(kpi.stage()),
            kpi.label(),
            CohortKpis::timingText(kpi.timing()),
            ReportDocument::kpiValue(kpi, kpi.value, anonymise),
            kpi.previous ? ReportDocument::kpiValue(kpi, kpi.previous, anonymise) : tr("—"),
            ReportDocument::change(kpi, anonymise),
            kpi.definition()};
}

QStringList ReportKpiModel::headers(const QString &previousName)
{
    return {tr("Stage"),
            tr("Measure"),
            tr("Counted"),
            tr("Value"),
            previousName.isEmpty() ? tr("Previous") : tr("Previous (%1)").arg(previousName),
            tr("Change"),
            tr("Definition")};
}

void ReportKpiModel::setKpis(const CohortKpis &kpis, bool anonymise)
{
    beginResetModel();
    m_kpis = ordered(kpis.kpis);
    m_anonymise = anonymise;
    m_previousName = kpis.previousLabel;
    m_cells.clear();
    m_cells.reserve(m_kpis.size());
    for (const Kpi &kpi : std::as_const(m_kpis))
        m_cells.append(cells(kpi, anonymise));
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, Previous, Previous);
}

void ReportKpiModel::clear()
{
    beginResetModel();
    m_kpis.clear();
    m_cells.clear();
    m_previousName.clear();
    endResetModel();
}

int ReportKpiModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cells.size());
}

int ReportKpiModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportKpiModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QStringList &row = m_cells.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // The stage once, on the first of its rows, as the report groups them.
        if (index.column() == Stage && index.row() > 0 &&
            m_kpis.at(index.row() - 1).stage() == m_kpis.at(index.row()).stage())
            return QString();
        return row.value(index.column());
    case Qt::ToolTipRole:
        return row.value(Definition);
    case Qt::TextAlignmentRole:
        if (index.column() == Value || index.column() == Previous || index.column() == Change)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case KpiIdRole:
        return int(m_kpis.at(index.row()).id);
    default:
        return {};
    }
}

QVariant ReportKpiModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    // On screen the previous cohort's name is the header's tooltip: it can be long.
    if (role == Qt::DisplayRole)
        return headers().value(section);
    if (role == Qt::ToolTipRole && section == Previous && !m_previousName.isEmpty())
        return headers(m_previousName).value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace trellis
