#pragma once

#include "insights/cohortkpis.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace trellis {

// The KPI table of the Reports place: one row per KPI in the report's order (by MENTOR's
// Elements stage), its cells written as the report writes them (ReportDocument::kpiValue,
// ReportDocument::change), suppressed under 5 when anonymising. The same cells make the CSV
// (ReportCsv), so what the coordinator sees is what the spreadsheet gets.
class ReportKpiModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Stage, Measure, Counted, Value, Previous, Change, Definition, ColumnCount };
    enum Role {
        KpiIdRole = Qt::UserRole + 1, // int(KpiId)
    };

    explicit ReportKpiModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ReportKpiModel)

    void setKpis(const CohortKpis &kpis, bool anonymise);
    void clear();
    const QList<Kpi> &kpis() const { return m_kpis; }

    // The cells of one KPI, in Column order, and the headers (the previous cohort's name when
    // there is one).
    static QStringList cells(const Kpi &kpi, bool anonymise);
    static QStringList headers(const QString &previousName = {});
    // The report's order: by stage, then KpiId.
    static QList<Kpi> ordered(const QList<Kpi> &kpis);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Kpi> m_kpis;
    QList<QStringList> m_cells;
    QString m_previousName;
    bool m_anonymise = true;
};

} // namespace trellis
