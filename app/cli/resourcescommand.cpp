#include "cli/resourcescommand.h"

#include "domain/searchresults.h"
#include "extract/libraryfilereader.h"
#include "services/resourceservice.h"
#include "storage/database.h"
#include "storage/libraryquery.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace trellis::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

QString kindNames()
{
    QStringList names;
    for (int i = 0; i <= int(ResourceKind::Event); ++i)
        names.append(toText(ResourceKind(i)));
    return names.join(QStringLiteral(", "));
}

// Marked words in brackets for a terminal; without markers for JSON's plain fields.
QString marked(QString text, bool brackets)
{
    text.replace(SearchHit::MatchStart, brackets ? QStringLiteral("[") : QString());
    text.replace(SearchHit::MatchEnd, brackets ? QStringLiteral("]") : QString());
    return text;
}

} // namespace

QString ResourcesCommand::summary() const
{
    return tr("List or search the resource library (title, description, tags and file text).");
}

void ResourcesCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("search"), tr("Words to search for (prefixes; \"quoted phrase\")."),
                      QStringLiteral("TEXT")});
    parser.addOption(
        {QStringLiteral("kind"), tr("Only this kind: %1.").arg(kindNames()), QStringLiteral("K")});
    parser.addOption({QStringLiteral("json"), tr("Write a JSON array of objects instead of lines.")});
}

int ResourcesCommand::run(const QString &database, const QCommandLineParser &parser, Streams streams) const
{
    LibraryFilter filter;
    filter.text = parser.value(QStringLiteral("search"));
    if (parser.isSet(QStringLiteral("kind"))) {
        filter.kind = fromText<ResourceKind>(parser.value(QStringLiteral("kind")));
        if (!filter.kind) {
            streams.err << tr("Unknown kind \"%1\"; use one of %2.")
                               .arg(parser.value(QStringLiteral("kind")), kindNames())
                        << Qt::endl;
            return 2;
        }
    }
    auto opened = Database::open(database, Database::OpenMode::ReadOnly);
    if (!opened) {
        streams.err << opened.errorMessage() << Qt::endl;
        return 1;
    }
    auto found = LibraryQuery(opened.value()->connection()).find(filter);
    if (!found) {
        streams.err << found.errorMessage() << Qt::endl;
        return 1;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const LibraryItem &item : std::as_const(*found)) {
            const Resource &r = item.resource;
            QJsonObject object{{QStringLiteral("id"), r.id},
                               {QStringLiteral("title"), r.title},
                               {QStringLiteral("kind"), toText(r.kind)},
                               {QStringLiteral("url"), r.url},
                               {QStringLiteral("tags"), QJsonArray::fromStringList(r.tags)},
                               {QStringLiteral("files"), item.attachmentCount},
                               {QStringLiteral("shared"), item.shareCount}};
            if (r.deadline)
                object.insert(QStringLiteral("deadline"), r.deadline->toString(Qt::ISODate));
            if (!filter.text.trimmed().isEmpty()) {
                object.insert(QStringLiteral("snippet"), marked(item.snippet, false));
                object.insert(QStringLiteral("score"), item.score);
            }
            array.append(object);
        }
        streams.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const LibraryItem &item : std::as_const(*found)) {
        const Resource &r = item.resource;
        QStringList line{QString::number(r.id), toText(r.kind), marked(item.highlightedTitle, true)};
        if (!r.tags.isEmpty())
            line.append(QLatin1Char('#') + r.tags.join(QStringLiteral(" #")));
        if (!r.url.isEmpty())
            line.append(r.url);
        streams.out << line.join(QLatin1Char('\t')) << '\n';
        if (!item.snippet.isEmpty())
            streams.out << QStringLiteral("\t") << marked(item.snippet, true) << '\n';
    }
    streams.out.flush();
    return 0;
}

QString AddResourceCommand::summary() const
{
    return tr("Add a link or a file (kept inside the database, its text indexed) to the library.");
}

void AddResourceCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("url"), tr("The link."), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("file"), tr("A file to store (PDF, Markdown, HTML, text…)."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("title"), tr("The title (default: the file's name or the link)."),
                      QStringLiteral("TITLE")});
    parser.addOption({QStringLiteral("tags"), tr("Tags, separated by commas."), QStringLiteral("TAGS")});
    parser.addOption({QStringLiteral("kind"), tr("The kind: %1.").arg(kindNames()), QStringLiteral("K")});
    parser.addOption(
        {QStringLiteral("allow-duplicate"), tr("Add even when the link or file is already there.")});
    parser.addOption({QStringLiteral("csv"),
                      tr("A CSV list of links (columns: %1), added all at once; duplicates are left out.")
                          .arg(LinkCsv::columns().join(QStringLiteral(", "))),
                      QStringLiteral("PATH")});
}

// --csv: every new link of the list in one transaction, or none when a cell is bad.
static int importLinkList(const QString &database, const QString &path, Streams streams)
{
    auto rows = LinkCsv::readFile(path);
    if (!rows) {
        streams.err << rows.errorMessage() << Qt::endl;
        return 1;
    }
    auto opened = Database::open(database);
    if (!opened) {
        streams.err << opened.errorMessage() << Qt::endl;
        return 1;
    }
    ResourceService service(*opened.value());
    auto plan = service.planLinkImport(*rows);
    if (!plan) {
        streams.err << plan.errorMessage() << Qt::endl;
        return 1;
    }
    for (const LinkImportPlan::Duplicate &d : std::as_const(plan->duplicates))
        streams.out << (d.earlierLine > 0
                            ? QCoreApplication::translate("AddResourceCommand",
                                                          "Line %1: %2 repeats line %3; left out.")
                                  .arg(d.line)
                                  .arg(d.url)
                                  .arg(d.earlierLine)
                            : QCoreApplication::translate(
                                  "AddResourceCommand",
                                  "Line %1: %2 is already in the library as \"%3\"; left out.")
                                  .arg(d.line)
                                  .arg(d.url, d.existingTitle))
                    << '\n';
    auto imported = service.importLinks(*rows, std::nullopt);
    if (!imported) {
        streams.err << imported.errorMessage() << Qt::endl;
        return 1;
    }
    streams.out << QCoreApplication::translate("AddResourceCommand", "Added %n link(s).", nullptr,
                                               int(plan->toAdd.size()))
                << '\n';
    streams.out.flush();
    return 0;
}

int AddResourceCommand::run(const QString &database, const QCommandLineParser &parser, Streams streams) const
{
    const bool hasUrl = parser.isSet(QStringLiteral("url"));
    const bool hasFile = parser.isSet(QStringLiteral("file"));
    if (parser.isSet(QStringLiteral("csv")) && !hasUrl && !hasFile)
        return importLinkList(database, parser.value(QStringLiteral("csv")), streams);
    if (hasUrl == hasFile) {
        streams.err << tr("add-resource needs either --url URL or --file PATH") << Qt::endl;
        return 2;
    }
    Resource resource;
    resource.kind = hasFile ? ResourceKind::File : ResourceKind::Link;
    if (parser.isSet(QStringLiteral("kind"))) {
        const auto kind = fromText<ResourceKind>(parser.value(QStringLiteral("kind")));
        if (!kind) {
            streams.err << tr("Unknown kind \"%1\"; use one of %2.")
                               .arg(parser.value(QStringLiteral("kind")), kindNames())
                        << Qt::endl;
            return 2;
        }
        resource.kind = *kind;
    }
    resource.url = parser.value(QStringLiteral("url")).trimmed();
    for (const QString &tag :
         parser.value(QStringLiteral("tags")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        resource.tags.append(tag.trimmed());
    auto opened = Database::open(database);
    if (!opened) {
        streams.err << opened.errorMessage() << Qt::endl;
        return 1;
    }
    ResourceService service(*opened.value());
    QList<ResourceAttachment> attachments;
    if (hasFile) {
        auto read =
            LibraryFileReader::read(parser.value(QStringLiteral("file")), service.attachmentLimitBytes());
        if (!read) {
            streams.err << read.errorMessage() << Qt::endl;
            return 1;
        }
        attachments.append(*read);
    }
    resource.title = parser.value(QStringLiteral("title")).trimmed();
    if (resource.title.isEmpty())
        resource.title =
            hasFile ? QFileInfo(parser.value(QStringLiteral("file"))).completeBaseName() : resource.url;
    auto added =
        service.createResource(resource, attachments, parser.isSet(QStringLiteral("allow-duplicate")));
    if (!added) {
        streams.err << added.errorMessage() << Qt::endl;
        return 1;
    }
    const Id id = added->changes.isEmpty() ? 0 : added->changes.first().id;
    streams.out << tr("Added resource %1: %2").arg(id).arg(resource.title) << '\n';
    if (!attachments.isEmpty() && attachments.first().textStatus == AttachmentText::Unreadable)
        streams.out
            << tr("Its text could not be read, so only its title, tags and description are searchable.")
            << '\n';
    streams.out.flush();
    return 0;
}

} // namespace trellis::cli
