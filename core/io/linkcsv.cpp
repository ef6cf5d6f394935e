#include "io/linkcsv.h"

#include "io/csvreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QUrl>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LinkCsv", text);
}

// "links.csv, line 4, field “url”: …"
Error cellError(const QString &fileName, int line, const QString &field, const QString &problem)
{
    return Error{tr("%1, line %2, field \u201c%3\u201d: %4").arg(fileName).arg(line).arg(field, problem)};
}

std::optional<ResourceKind> kindOf(const QString &text)
{
    QString key = text.trimmed().toLower();
    key.replace(QLatin1Char(' '), QLatin1Char('_'));
    key.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (key.isEmpty())
        return ResourceKind::Link;
    if (key == QLatin1String("job") || key == QLatin1String("joblead"))
        return ResourceKind::JobLead;
    return fromText<ResourceKind>(key);
}

bool isWebAddress(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
           !url.host().isEmpty();
}

} // namespace

QStringList LinkCsv::columns()
{
    return {QStringLiteral("url"),      QStringLiteral("title"),   QStringLiteral("description"),
            QStringLiteral("tags"),     QStringLiteral("kind"),    QStringLiteral("organisation"),
            QStringLiteral("location"), QStringLiteral("deadline")};
}

Result<QList<LinkRow>> LinkCsv::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2").arg(path, file.errorString())};
    return parse(file.readAll(), QFileInfo(path).fileName());
}

Result<QList<LinkRow>> LinkCsv::parse(const QByteArray &bytes, const QString &fileName)
{
    auto table = CsvReader::parse(bytes, fileName);
    if (!table)
        return table.error();
    if (table->records.isEmpty())
        return Error{tr("%1 is empty: the first line names the columns (url, title, tags…).").arg(fileName)};

    const CsvRecord &header = table->records.first();
    const QStringList known = columns();
    QHash<QString, int> column;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        if (name.isEmpty())
            continue;
        if (!known.contains(name))
            return cellError(
                fileName, header.line, header.fields.at(i).trimmed(),
                tr("not a column of a link list (known: %1).").arg(known.join(QStringLiteral(", "))));
        if (column.contains(name))
            return cellError(fileName, header.line, name, tr("the column appears twice."));
        column.insert(name, i);
    }
    if (!column.contains(QStringLiteral("url")))
        return cellError(fileName, header.line, QStringLiteral("url"),
                         tr("the column is missing; every link needs its address."));

    QList<LinkRow> rows;
    for (qsizetype r = 1; r < table->records.size(); ++r) {
        const CsvRecord &record = table->records.at(r);
        const auto cell = [&](const QString &name) {
            const int i = column.value(name, -1);
            return i >= 0 && i < record.fields.size() ? record.fields.at(i).trimmed() : QString();
        };
        LinkRow row;
        row.line = record.line;
        Resource &resource = row.resource;
        resource.url = cell(QStringLiteral("url"));
        if (resource.url.isEmpty())
            return cellError(fileName, record.line, QStringLiteral("url"), tr("the address is empty."));
        if (!isWebAddress(resource.url))
            return cellError(
                fileName, record.line, QStringLiteral("url"),
                tr("\u201c%1\u201d is not a web address (http:// or https://).").arg(resource.url));
        resource.title = cell(QStringLiteral("title"));
        if (resource.title.isEmpty())
            resource.title = resource.url;
        resource.description = cell(QStringLiteral("description"));
        const QString kindText = cell(QStringLiteral("kind"));
        const auto kind = kindOf(kindText);
        if (!kind)
            return cellError(
                fileName, record.line, QStringLiteral("kind"),
                tr("\u201c%1\u201d is not a kind of resource (article, link, video, book, template, "
                   "course, event, job_lead).")
                    .arg(kindText));
        resource.kind = *kind;
        for (const QString &tag : cell(QStringLiteral("tags")).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QString trimmed = tag.trimmed();
            if (!trimmed.isEmpty() && !resource.tags.contains(trimmed, Qt::CaseInsensitive))
                resource.tags.append(trimmed);
        }
        resource.organisation = cell(QStringLiteral("organisation"));
        resource.location = cell(QStringLiteral("location"));
        const QString deadline = cell(QStringLiteral("deadline"));
        if (!deadline.isEmpty()) {
            const QDate date = QDate::fromString(deadline, Qt::ISODate);
            if (!date.isValid())
                return cellError(fileName, record.line, QStringLiteral("deadline"),
                                 tr("\u201c%1\u201d is not a date (write it as 2026-12-31).").arg(deadline));
            resource.deadline = date;
        }
        if (auto valid = resource.validate(); !valid)
            return cellError(fileName, record.line, QStringLiteral("tags"), valid.errorMessage());
        rows.append(row);
    }
    if (rows.isEmpty())
        return Error{tr("%1 holds no links: only the line naming the columns.").arg(fileName)};
    return rows;
}

} // namespace trellis
