#include "io/csvreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CsvReader", text);
}

// Semicolons are what spreadsheets write in locales with a decimal comma.
QChar detectDelimiter(const QString &text)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

bool isBlank(const QStringList &fields)
{
    return fields.size() == 1 && fields.first().trimmed().isEmpty();
}

} // namespace

Result<CsvTable> CsvReader::parse(const QByteArray &bytes, const QString &fileName)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return Error{tr("%1: the file is not UTF-8 text; save it from your spreadsheet as \"CSV UTF-8\".")
                         .arg(fileName)};
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    CsvTable table;
    table.delimiter = detectDelimiter(text);

    int line = 1;
    int recordLine = 1;
    QStringList fields;
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    int quoteLine = 0;

    auto endField = [&] {
        fields.append(fieldWasQuoted ? field : field.trimmed());
        field.clear();
        fieldWasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        if (!isBlank(fields))
            table.records.append(CsvRecord{recordLine, fields});
        fields.clear();
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                    continue; // CRLF inside a quoted field becomes LF
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.trimmed().isEmpty())
                return Error{tr("%1, line %2: a quote appears in the middle of an unquoted field.")
                                 .arg(fileName)
                                 .arg(line)};
            field.clear();
            quoted = true;
            fieldWasQuoted = true;
            quoteLine = line;
        } else if (c == table.delimiter) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else {
            if (fieldWasQuoted && !c.isSpace())
                return Error{
                    tr("%1, line %2: unexpected text after a closing quote.").arg(fileName).arg(line)};
            field.append(c);
        }
    }
    if (quoted)
        return Error{tr("%1, line %2: a quoted field is never closed.").arg(fileName).arg(quoteLine)};
    if (!field.isEmpty() || !fields.isEmpty() || fieldWasQuoted)
        endRecord();
    return table;
}

Result<CsvTable> CsvReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2").arg(path, file.errorString())};
    return parse(file.readAll(), path);
}

} // namespace trellis
