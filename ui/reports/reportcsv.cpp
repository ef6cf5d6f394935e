#include "reports/reportcsv.h"

#include "io/csvwriter.h"
#include "reports/reportkpimodel.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace trellis {

namespace {

QStringList safe(const QStringList &cells)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString &cell : cells)
        out.append(CsvWriter::spreadsheetSafe(cell));
    return out;
}

} // namespace

QByteArray ReportCsv::encode(const CohortKpis &kpis, bool anonymise)
{
    QList<QStringList> records;
    records.append(safe(ReportKpiModel::headers(kpis.previousLabel)));
    for (const Kpi &kpi : ReportKpiModel::ordered(kpis.kpis))
        records.append(safe(ReportKpiModel::cells(kpi, anonymise)));
    return CsvWriter::encode(records);
}

Status ReportCsv::write(const CohortKpis &kpis, bool anonymise, const QString &path)
{
    QSaveFile file(path);
    const QByteArray bytes = encode(kpis, anonymise);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{QCoreApplication::translate("trellis::ReportCsv", "Could not write “%1”: %2")
                         .arg(path, file.errorString())};
    return Status::success();
}

} // namespace trellis
