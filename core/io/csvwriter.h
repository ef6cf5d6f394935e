#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace trellis {

// RFC 4180 writer: UTF-8 (no BOM), CRLF line ends, fields quoted when they hold the
// delimiter, a quote, a line break or leading/trailing spaces (quotes doubled).
class CsvWriter {
public:
    static QString field(const QString &value, QChar delimiter = QLatin1Char(','));
    // A cell a spreadsheet will not run as a formula: one that begins with = + - @ (or a tab or
    // carriage return) gets a leading apostrophe, which spreadsheets show as text.
    static QString spreadsheetSafe(const QString &value);
    static QString record(const QStringList &fields, QChar delimiter = QLatin1Char(','));
    static QByteArray encode(const QList<QStringList> &records, QChar delimiter = QLatin1Char(','));
};

} // namespace trellis
