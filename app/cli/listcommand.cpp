#include "cli/listcommand.h"

#include "storage/catalogquery.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace trellis::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

QString cellText(const QVariant &value)
{
    return value.isNull() ? QStringLiteral("-") : value.toString();
}

} // namespace

QString ListCommand::summary() const
{
    return tr("List people, programmes, cohorts or relationships with their ids.");
}

void ListCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("WHAT"), tr("people, programmes, cohorts or relationships"));
    parser.addOption({QStringLiteral("json"), tr("Write a JSON array of objects instead of a table.")});
}

int ListCommand::run(const QString &database, const QCommandLineParser &parser, Streams streams) const
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2) {
        streams.err << tr("list needs what to list: people, programmes, cohorts or relationships")
                    << Qt::endl;
        return 2;
    }
    const auto listing = CatalogQuery::listingFromName(positional.at(1));
    if (!listing) {
        streams.err << tr("Cannot list \"%1\"; use people, programmes, cohorts or relationships.")
                           .arg(positional.at(1))
                    << Qt::endl;
        return 2;
    }
    auto opened = Database::open(database, Database::OpenMode::ReadOnly);
    if (!opened) {
        streams.err << opened.errorMessage() << Qt::endl;
        return 1;
    }
    auto table = CatalogQuery(opened.value()->connection()).list(*listing);
    if (!table) {
        streams.err << table.errorMessage() << Qt::endl;
        return 1;
    }
    const QStringList &columns = table->columns;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const QVariantList &row : std::as_const(table->rows)) {
            QJsonObject object;
            for (int i = 0; i < columns.size(); ++i)
                object.insert(columns.at(i), QJsonValue::fromVariant(row.at(i)));
            array.append(object);
        }
        streams.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    QList<int> widths;
    for (const QString &column : columns)
        widths << int(column.size());
    for (const QVariantList &row : std::as_const(table->rows)) {
        for (int i = 0; i < columns.size(); ++i)
            widths[i] = std::min(48, std::max(widths[i], int(cellText(row.at(i)).size())));
    }
    auto printRow = [&](const QStringList &cells) {
        QString text;
        for (int i = 0; i < cells.size(); ++i)
            text += (i + 1 < cells.size() ? cells.at(i).leftJustified(widths[i]) + QStringLiteral("  ")
                                          : cells.at(i));
        streams.out << text.trimmed() << Qt::endl;
    };
    printRow(columns);
    for (const QVariantList &row : std::as_const(table->rows)) {
        QStringList cells;
        for (const QVariant &value : row)
            cells << cellText(value);
        printRow(cells);
    }
    return 0;
}

} // namespace trellis::cli
