#pragma once

#include "insights/cohortkpis.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace trellis {

// The KPI table as CSV (Reports ▸ Export KPIs as CSV…): a header, then one row per KPI with its
// stage, measure, timing (in period or at the end date), value, previous value, change and
// definition — the cells the Reports place shows (ReportKpiModel::cells), suppressed the same
// way. Every cell is made spreadsheet-safe (CsvWriter::spreadsheetSafe), so a name or a change
// like "+3" is never run as a formula.
class ReportCsv {
public:
    static QByteArray encode(const CohortKpis &kpis, bool anonymise);
    [[nodiscard]] static Status write(const CohortKpis &kpis, bool anonymise, const QString &path);
};

} // namespace trellis
