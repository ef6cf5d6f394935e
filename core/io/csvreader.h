#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace trellis {

// One record of a CSV file with the line it starts on (1-based), so errors can name it.
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

struct CsvTable {
    QChar delimiter = QLatin1Char(',');
    QList<CsvRecord> records; // the header, if any, is records.first()
};

// RFC 4180 reader for spreadsheets' CSV exports: comma or semicolon (detected
// from the first record), UTF-8 with or without BOM, CRLF or LF, quoted fields
// with delimiters, doubled quotes and line breaks. Blank lines are skipped.
class CsvReader {
public:
    [[nodiscard]] static Result<CsvTable> parse(const QByteArray &bytes, const QString &fileName);
    [[nodiscard]] static Result<CsvTable> readFile(const QString &path);
};

} // namespace trellis
