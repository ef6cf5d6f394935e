#include "domain/meetingreport.h"
#include "domain/searchresults.h"
#include "extract/libraryfilereader.h"
#include "extract/librarytextextractor.h"
#include "insights/meetingdefaults.h"
#include "services/meetingservice.h"
#include "services/preferences.h"
#include "services/resourceservice.h"
#include "storage/entityreader.h"
#include "storage/libraryquery.h"
#include "storage/relationshipqueries.h"
#include "testlib/databasedump.h"
#include "testlib/sampledata.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QTest>

using namespace trellis;
using namespace trellis::test;

namespace {

// A one-page PDF whose only text is `text` (drawn, so Poppler has to read it back).
QByteArray pdfWith(const QString &text)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(QStringLiteral("Test"));
        QPainter painter(&writer);
        QFont font = painter.font();
        font.setPointSize(14);
        painter.setFont(font);
        painter.drawText(QPointF(200, 400), text);
    }
    return bytes;
}

Id check(const Result<ChangeSet> &result)
{
    if (!result.ok())
        qFatal("%s", qPrintable(result.errorMessage()));
    for (const RowChange &change : result->changes) {
        if (!change.before)
            return change.id;
    }
    return result->changes.isEmpty() ? 0 : result->changes.first().id;
}

Resource resource(const QString &title, const QString &description = {}, const QStringList &tags = {})
{
    Resource r;
    r.title = title;
    r.description = description;
    r.tags = tags;
    return r;
}

QList<Id> idsOf(const QList<LibraryItem> &items)
{
    QList<Id> ids;
    for (const LibraryItem &item : items)
        ids.append(item.id());
    return ids;
}

} // namespace

// The library's storage: attachments with their text, the ranked search, coverage, duplicates,
// the size limit and shares (issue 12, items 1, 2, 3, 5 and 7).
class LibraryTest : public QObject {
    Q_OBJECT

    QList<Id> find(Database &db, const QString &text, std::optional<ResourceKind> kind = {},
                   const QString &tag = {})
    {
        auto found = LibraryQuery(db.connection()).find(LibraryFilter{text, kind, tag});
        if (!found)
            qFatal("%s", qPrintable(found.errorMessage()));
        return idsOf(*found);
    }

private Q_SLOTS:
    void shouldFindWordsPrefixesPhrasesTagsAndAccents()
    {
        TempDatabase temp;
        ResourceService service(temp.db());
        const Id cv = check(service.createResource(
            resource(QStringLiteral("CV template for graduates"), QStringLiteral("A one-page layout"),
                     {QStringLiteral("career"), QStringLiteral("writing")})));
        const Id cafe = check(service.createResource(
            resource(QStringLiteral("Café culture in São Paulo"), QStringLiteral("Networking over coffee"))));
        const Id template2 = check(service.createResource(
            resource(QStringLiteral("Meeting notes"),
                     QStringLiteral("A template for graduates' notes, page by page"))));

        // Words are prefixes, all required
        QCOMPARE(find(temp.db(), QStringLiteral("templ grad")), (QList<Id>{cv, template2}));
        // The title weighs more than the description
        QCOMPARE(find(temp.db(), QStringLiteral("template")).first(), cv);
        // A quoted phrase must appear as written
        QCOMPARE(find(temp.db(), QStringLiteral("\"one-page layout\"")), QList<Id>{cv});
        QCOMPARE(find(temp.db(), QStringLiteral("\"page layout one\"")), QList<Id>{});
        // Accents: either spelling finds the other
        QCOMPARE(find(temp.db(), QStringLiteral("cafe sao")), QList<Id>{cafe});
        QCOMPARE(find(temp.db(), QStringLiteral("Café")), QList<Id>{cafe});
        // Tags are searched, and filter
        QCOMPARE(find(temp.db(), QStringLiteral("career")), QList<Id>{cv});
        QCOMPARE(find(temp.db(), {}, {}, QStringLiteral("Writing")), QList<Id>{cv});
        QCOMPARE(find(temp.db(), QStringLiteral("template"), {}, QStringLiteral("writing")), QList<Id>{cv});
        QCOMPARE(find(temp.db(), QStringLiteral("template"), ResourceKind::JobLead), QList<Id>{});
        // The matched words are marked
        auto hits = LibraryQuery(temp.db().connection()).find(LibraryFilter{QStringLiteral("cafe"), {}, {}});
        QCOMPARE(hits->first().highlightedTitle,
                 QString(SearchHit::MatchStart + QStringLiteral("Café") + SearchHit::MatchEnd +
                         QStringLiteral(" culture in São Paulo")));
        // New tags joined the vocabulary
        auto tags = LibraryQuery(temp.db().connection()).tags();
        QCOMPARE(tags->size(), 2);
        QCOMPARE(tags->first().name, QStringLiteral("career"));
        QVERIFY(tags->first().id > 0);
    }

    void shouldFindTextOnlyInsideAPdfAndAMarkdownFile()
    {
        TempDatabase temp;
        ResourceService service(temp.db());
        const ResourceAttachment pdf = LibraryFileReader::fromData(
            QStringLiteral("guide.pdf"), pdfWith(QStringLiteral("Zanzibar negotiation")));
        QCOMPARE(pdf.textStatus, AttachmentText::Indexed);
        QVERIFY2(pdf.extractedText.contains(QStringLiteral("Zanzibar")), qPrintable(pdf.extractedText));
        const ResourceAttachment markdown = LibraryFileReader::fromData(
            QStringLiteral("notes.md"),
            QByteArrayLiteral("# Heading\n\nSome **quokka** facts, see [the zoo](https://zoo.example)."));
        QCOMPARE(markdown.textStatus, AttachmentText::Indexed);
        QCOMPARE(markdown.extractedText, QStringLiteral("Heading Some quokka facts, see the zoo."));
        const ResourceAttachment html = LibraryFileReader::fromData(
            QStringLiteral("page.html"),
            QByteArrayLiteral(
                "<html><style>p{color:red}</style><p>Caf&eacute; &amp; <b>axolotl</b>&#33;</p></html>"));
        QCOMPARE(html.extractedText, QStringLiteral("Caf\u00e9 & axolotl!"));
        QVERIFY(!html.extractedText.contains(QStringLiteral("color")));

        Resource document = resource(QStringLiteral("Guide"));
        document.kind = ResourceKind::File;
        const Id withPdf = check(service.createResource(document, {pdf}));
        document.title = QStringLiteral("Notes");
        const Id withMarkdown = check(service.createResource(document, {markdown}));

        QCOMPARE(find(temp.db(), QStringLiteral("zanzibar")), QList<Id>{withPdf});
        QCOMPARE(find(temp.db(), QStringLiteral("quokka")), QList<Id>{withMarkdown});
        // Markup is not text
        QCOMPARE(find(temp.db(), QStringLiteral("https")), QList<Id>{});
        // The snippet shows the matched word from the file
        auto hits =
            LibraryQuery(temp.db().connection()).find(LibraryFilter{QStringLiteral("quokka"), {}, {}});
        QVERIFY(hits->first().snippet.contains(SearchHit::MatchStart + QStringLiteral("quokka")));
        // Removing the attachment takes its text out of the index
        auto attachments = LibraryQuery(temp.db().connection()).attachments(withMarkdown);
        QCOMPARE(attachments->size(), 1);
        QCOMPARE(attachments->first().byteSize(), markdown.byteSize());
        QVERIFY(attachments->first().content.isEmpty()); // listed without the bytes
        check(service.removeAttachment(attachments->first().id));
        QCOMPARE(find(temp.db(), QStringLiteral("quokka")), QList<Id>{});
        // The bytes come back whole when asked
        auto stored = LibraryQuery(temp.db().connection()).attachments(withPdf, true);
        QCOMPARE(stored->first().content, pdf.content);
    }

    void shouldCountUnreadableFilesInTheCoverage()
    {
        TempDatabase temp;
        ResourceService service(temp.db());
        QCOMPARE(LibraryQuery(temp.db().connection()).coverage()->summary(),
                 QStringLiteral("No files in the library yet."));
        check(service.createResource(resource(QStringLiteral("Readable")),
                                     {LibraryFileReader::fromData(QStringLiteral("a.txt"), "plain words")}));
        check(service.createResource(
            resource(QStringLiteral("Broken")),
            {LibraryFileReader::fromData(QStringLiteral("broken.pdf"), "%PDF-1.4 garbage")}));
        check(service.createResource(
            resource(QStringLiteral("Binary")),
            {LibraryFileReader::fromData(QStringLiteral("photo.jpg"), "\xff\xd8\xff")}));
        auto coverage = LibraryQuery(temp.db().connection()).coverage();
        QCOMPARE(coverage->files, 3);
        QCOMPARE(coverage->indexed, 1);
        QCOMPARE(coverage->unreadable,
                 (QStringList{QStringLiteral("broken.pdf"), QStringLiteral("photo.jpg")}));
        // (English plurals come from the translation the lead regenerates; the tests run untranslated)
        const QString summary = coverage->summary();
        QVERIFY2(summary.startsWith(QStringLiteral("1 of 3 file")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("; 2 could not be read: broken.pdf")), qPrintable(summary));
        QVERIFY(summary.endsWith(QStringLiteral("photo.jpg.")));
    }

    void shouldRefuseAFileOverTheLimitWritingNothing()
    {
        TempDatabase temp;
        ResourceService service(temp.db());
        DatabasePreferences preferences;
        preferences.attachmentLimitMb = 1;
        QVERIFY(Preferences::save(temp.db().connection(), preferences).ok());
        QCOMPARE(service.attachmentLimitBytes(), 1024 * 1024);
        const QString before = dumpDatabase(temp.db().connection());

        // The service refuses an attachment over the limit
        const ResourceAttachment big =
            LibraryFileReader::fromData(QStringLiteral("big.txt"), QByteArray(1024 * 1024 + 1, 'a'));
        auto refused = service.createResource(resource(QStringLiteral("Big")), {big});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("big.txt")),
                 qPrintable(refused.errorMessage()));
        QVERIFY(refused.errorMessage().contains(QStringLiteral("Nothing was added")));
        QCOMPARE(dumpDatabase(temp.db().connection()), before);

        // And the reader refuses the file before reading it
        QFile file(temp.file(QStringLiteral("big.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(big.content);
        file.close();
        auto read = LibraryFileReader::read(file.fileName(), service.attachmentLimitBytes());
        QVERIFY(!read.ok());
        QVERIFY(read.errorMessage().contains(QStringLiteral("big.txt")));
        auto small = LibraryFileReader::read(file.fileName(), 2 * 1024 * 1024);
        QVERIFY(small.ok());
        QCOMPARE(small->sha256, big.sha256);
    }

    void shouldDetectDuplicatesByUrlAndFileHash()
    {
        TempDatabase temp;
        ResourceService service(temp.db());
        Resource link = resource(QStringLiteral("Feedback guide"));
        link.url = QStringLiteral("https://example.org/Feedback");
        const Id first = check(service.createResource(link));
        const ResourceAttachment file = LibraryFileReader::fromData(QStringLiteral("cv.txt"), "curriculum");
        const Id withFile = check(service.createResource(resource(QStringLiteral("CV")), {file}));

        // The same URL (any case, spaces around) or the same bytes under another name
        QCOMPARE(*service.duplicateOf(QStringLiteral("  https://example.org/feedback ")),
                 std::optional<Id>(first));
        const ResourceAttachment renamed =
            LibraryFileReader::fromData(QStringLiteral("copy.txt"), "curriculum");
        QCOMPARE(*service.duplicateOf({}, {renamed.sha256}), std::optional<Id>(withFile));
        QCOMPARE(*service.duplicateOf(QStringLiteral("https://example.org/other")), std::optional<Id>());

        const QString before = dumpDatabase(temp.db().connection());
        Resource again = resource(QStringLiteral("Same link"));
        again.url = link.url;
        auto refused = service.createResource(again);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("Feedback guide")),
                 qPrintable(refused.errorMessage()));
        QVERIFY(!service.createResource(resource(QStringLiteral("Copy")), {renamed}).ok());
        QCOMPARE(dumpDatabase(temp.db().connection()), before);

        // Merging keeps one: tags joined, shares moved, the other gone
        again.tags = {QStringLiteral("feedback")};
        const Id second = check(service.createResource(again, {}, true));
        check(service.mergeResources(first, second));
        QVERIFY(!EntityReader(temp.db().connection()).exists(Entity::Resource, second));
        QCOMPARE(EntityReader(temp.db().connection()).get<Resource>(first)->tags,
                 QStringList{QStringLiteral("feedback")});
    }

    void shouldMoveSharesFromSharedToOpenedToDiscussed()
    {
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());
        ResourceService service(temp.db());
        const Id lead = check(service.createResource(resource(QStringLiteral("Analyst role"))));
        ResourceService::ShareRequest request;
        request.resourceId = lead;
        request.relationshipIds = {d.relationship, d.proposed};
        request.note = QStringLiteral("Thought of you");
        request.sharedBy = d.mentor;
        request.sharedOn = QDate(2025, 4, 1);
        auto shared = service.shareWith(request);
        QVERIFY(shared.ok());
        QCOMPARE(shared->changes.size(), 2);
        // Sharing again with both is refused; with one new one it shares there only
        QVERIFY(!service.shareWith(request).ok());

        auto rows = LibraryQuery(temp.db().connection()).sharesOfResource(lead);
        QCOMPARE(rows->size(), 2);
        const Id shareId = rows->first().share.id;
        QCOMPARE(rows->first().share.status(), ShareStatus::Shared);
        QCOMPARE(rows->first().share.resourceTitle, QStringLiteral("Analyst role"));

        check(service.setShareStatus(shareId, ShareStatus::Opened, QDate(2025, 4, 2), d.mentee));
        ResourceShare share = EntityReader(temp.db().connection()).get<ResourceShare>(shareId).value();
        QCOMPARE(share.status(), ShareStatus::Opened);
        QCOMPARE(share.readOn, std::optional<QDate>(QDate(2025, 4, 2)));
        QCOMPARE(share.openedBy, std::optional<Id>(d.mentee));

        check(service.setShareStatus(shareId, ShareStatus::Discussed, QDate(2025, 4, 9), d.mentor, d.single));
        share = EntityReader(temp.db().connection()).get<ResourceShare>(shareId).value();
        QCOMPARE(share.status(), ShareStatus::Discussed);
        QCOMPARE(share.readOn, std::optional<QDate>(QDate(2025, 4, 2))); // kept
        QCOMPARE(share.discussedOn, std::optional<QDate>(QDate(2025, 4, 9)));
        QCOMPARE(share.discussedBy, std::optional<Id>(d.mentor));
        QCOMPARE(share.meetingId, std::optional<Id>(d.single));

        // Discussed straight from shared opens it the same day; back to shared clears both
        const Id other = rows->at(1).share.id;
        check(service.setShareStatus(other, ShareStatus::Discussed, QDate(2025, 4, 5), d.mentor));
        share = EntityReader(temp.db().connection()).get<ResourceShare>(other).value();
        QCOMPARE(share.readOn, std::optional<QDate>(QDate(2025, 4, 5)));
        check(service.setShareStatus(other, ShareStatus::Shared, {}, d.mentor));
        share = EntityReader(temp.db().connection()).get<ResourceShare>(other).value();
        QCOMPARE(share.status(), ShareStatus::Shared);
        QCOMPARE(share.discussedBy, std::optional<Id>());

        // Deleting the resource leaves the shares as a readable trace
        check(service.deleteResource(lead));
        auto trace = LibraryQuery(temp.db().connection()).sharesInRelationship(d.relationship);
        const auto it = std::find_if(trace->cbegin(), trace->cend(),
                                     [&](const ShareRow &row) { return row.share.id == shareId; });
        QVERIFY(it != trace->cend());
        QVERIFY(it->share.isRemoved());
        QCOMPARE(it->resourceTitle, QStringLiteral("Analyst role"));
        QCOMPARE(it->share.discussedOn, std::optional<QDate>(QDate(2025, 4, 9)));
    }

    // Log meeting ticks what was discussed: the shares are marked discussed on the meeting's day, by
    // who logged it, tied to the meeting, in the same edit; a share of another pair is refused and
    // nothing of the meeting is written.
    void shouldMarkSharesDiscussedWhenAMeetingIsLogged()
    {
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());
        ResourceService service(temp.db());
        const Id lead = check(service.createResource(resource(QStringLiteral("CV template"))));
        ResourceService::ShareRequest request;
        request.resourceId = lead;
        request.relationshipIds = {d.relationship, d.proposed};
        request.sharedBy = d.mentor;
        request.sharedOn = QDate(2025, 4, 1);
        QVERIFY(service.shareWith(request).ok());
        const auto rows = LibraryQuery(temp.db().connection()).sharesOfResource(lead);
        QCOMPARE(rows->size(), 2);
        Id mine = 0, theirs = 0;
        for (const ShareRow &row : *rows)
            (row.share.relationshipId == d.relationship ? mine : theirs) = row.share.id;

        // The dialog's defaults offer the pair's open share, not the other pair's
        auto defaults = MeetingDefaults::load(temp.db(), d.relationship);
        QVERIFY(defaults.ok());
        const auto offered = [](const MeetingDefaults &of, Id share) {
            return std::any_of(of.openShares.cbegin(), of.openShares.cend(),
                               [share](const ShareRow &row) { return row.share.id == share; });
        };
        QVERIFY(offered(*defaults, mine));
        QVERIFY(!offered(*defaults, theirs));

        MeetingReport report;
        report.relationshipId = d.relationship;
        report.startLocal = QStringLiteral("2025-04-10T09:00:00");
        report.timezone = QStringLiteral("Europe/Berlin");
        report.discussedShares = {theirs};
        report.discussedBy = d.mentor;
        const int meetingsBefore =
            int(RelationshipQueries(temp.db().connection()).meetings(d.relationship)->size());
        QVERIFY(!MeetingService(temp.db()).recordMeeting(report).ok());
        QCOMPARE(int(RelationshipQueries(temp.db().connection()).meetings(d.relationship)->size()),
                 meetingsBefore);
        QCOMPARE(EntityReader(temp.db().connection()).get<ResourceShare>(theirs)->discussedOn, std::nullopt);

        report.discussedShares = {mine};
        auto logged = MeetingService(temp.db()).recordMeeting(report);
        QVERIFY(logged.ok());
        const ResourceShare share = EntityReader(temp.db().connection()).get<ResourceShare>(mine).value();
        QCOMPARE(share.status(), ShareStatus::Discussed);
        QCOMPARE(share.discussedOn, std::optional<QDate>(QDate(2025, 4, 10)));
        QCOMPARE(share.readOn, std::optional<QDate>(QDate(2025, 4, 10)));
        QCOMPARE(share.discussedBy, std::optional<Id>(d.mentor));
        QCOMPARE(share.meetingId, std::optional<Id>(logged->primaryId));
        // Discussed now, so the next Log meeting does not offer it again
        QVERIFY(!offered(*MeetingDefaults::load(temp.db(), d.relationship), mine));
    }

    void shouldNeverIndexPrivateNotesOrShareNotes()
    {
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());
        ResourceService service(temp.db());
        Meeting meeting = EntityReader(temp.db().connection()).get<Meeting>(d.single).value();
        meeting.privateNotes = QStringLiteral("confidential wombat");
        meeting.sharedNotes = QStringLiteral("shared platypus");
        QVERIFY(MeetingService(temp.db()).updateMeeting(meeting).ok());
        ResourceShare share = EntityReader(temp.db().connection()).get<ResourceShare>(d.share).value();
        share.note = QStringLiteral("personal narwhal");
        QVERIFY(service.updateShare(share).ok());

        QCOMPARE(find(temp.db(), QStringLiteral("wombat")), QList<Id>{});
        QCOMPARE(find(temp.db(), QStringLiteral("narwhal")), QList<Id>{});
        QCOMPARE(find(temp.db(), QStringLiteral("platypus")), QList<Id>{});
        QCOMPARE(find(temp.db(), QStringLiteral("writing")), QList<Id>{d.resource});
    }

    void shouldListJobLeadsClosingSoon()
    {
        TempDatabase temp;
        ResourceService service(temp.db());
        Resource lead = resource(QStringLiteral("Later"));
        lead.kind = ResourceKind::JobLead;
        lead.organisation = QStringLiteral("Acme");
        lead.deadline = QDate(2025, 6, 20);
        const Id later = check(service.createResource(lead));
        lead.title = QStringLiteral("Sooner");
        lead.deadline = QDate(2025, 6, 3);
        const Id sooner = check(service.createResource(lead));
        lead.title = QStringLiteral("Past");
        lead.deadline = QDate(2025, 5, 30);
        check(service.createResource(lead));
        lead.title = QStringLiteral("Far");
        lead.deadline = QDate(2025, 9, 1);
        check(service.createResource(lead));
        auto soon = LibraryQuery(temp.db().connection()).closingSoon(QDate(2025, 6, 1), 21);
        QCOMPARE(idsOf(*soon), (QList<Id>{sooner, later}));
        // The organisation is searched
        QCOMPARE(find(temp.db(), QStringLiteral("acme")).size(), 4);
    }

    void shouldRefuseUnknownTagColoursAndKeepChosenOnes()
    {
        TempDatabase temp;
        ResourceService service(temp.db());
        QVERIFY(!service.setTagColour(QStringLiteral("career"), QStringLiteral("#ff0000")).ok());
        QVERIFY(service.setTagColour(QStringLiteral("career"), QStringLiteral("teal")).ok());
        QVERIFY(service.setTagColour(QStringLiteral("Career"), QStringLiteral("red")).ok());
        auto tags = LibraryQuery(temp.db().connection()).tags();
        QCOMPARE(tags->size(), 1);
        QCOMPARE(tags->first().shownColour(), QStringLiteral("red"));
        QVERIFY(LibraryTag::colourKeys().contains(LibraryTag{0, QStringLiteral("x"), {}}.shownColour()));
    }
};

TRELLIS_REGISTER_TEST(LibraryTest);

#include "librarytest.moc"
