#include "io/csvwriter.h"

namespace trellis {

QString CsvWriter::field(const QString &value, QChar delimiter)
{
    const bool quote = value.contains(delimiter) || value.contains(QLatin1Char('"')) ||
                       value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')) ||
                       (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString CsvWriter::spreadsheetSafe(const QString &value)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!value.isEmpty() && formulaStarts.contains(value.front()))
        return QLatin1Char('\'') + value;
    return value;
}

QString CsvWriter::record(const QStringList &fields, QChar delimiter)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &value : fields)
        quoted.append(field(value, delimiter));
    return quoted.join(delimiter) + QStringLiteral("\r\n");
}

QByteArray CsvWriter::encode(const QList<QStringList> &records, QChar delimiter)
{
    QString text;
    for (const QStringList &fields : records)
        text += record(fields, delimiter);
    return text.toUtf8();
}

} // namespace trellis
