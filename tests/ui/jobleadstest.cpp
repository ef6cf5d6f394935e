#include "mentee/menteegoalspage.h"
#include "mentor/mymenteespage.h"
#include "models/backgroundjob.h"
#include "models/jobleadlistmodel.h"
#include "models/modelloader.h"
#include "storage/libraryquery.h"
#include "testlib/sampledata.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "ui/screenshotchecks.h"
#include "ui/workspacefixture.h"
#include "util/clock.h"

#include <QLabel>
#include <QTabWidget>
#include <QTest>

#include <memory>

using namespace trellis;
using namespace trellis::test;

// Job leads shared with a mentee appear in the mentee's workspace with their application deadline,
// and on the mentor's Today while the deadline is within Resource::ClosingSoonDays (issue 12,
// item 3); both follow edits live through the ChangeNotifier.
class JobLeadsTest : public QObject {
    Q_OBJECT

private:
    // A job lead with this deadline, shared in the sample relationship; the share's id.
    Id shareLead(WorkspaceFixture &fixture, const QString &title, std::optional<QDate> deadline)
    {
        Resource lead;
        lead.title = title;
        lead.kind = ResourceKind::JobLead;
        lead.organisation = QStringLiteral("Northwind");
        lead.location = QStringLiteral("Lisbon");
        lead.deadline = deadline;
        auto added = fixture.edits->addResource(lead);
        if (!added.ok()) {
            qWarning() << added.errorMessage();
            return 0;
        }
        ResourceShare share;
        share.resourceId = added->changes.first().id;
        share.relationshipId = m_data.relationship;
        share.sharedBy = m_data.mentor;
        share.sharedOn = Clock::today();
        auto shared = fixture.edits->shareResource(share);
        if (!shared.ok()) {
            qWarning() << shared.errorMessage();
            return 0;
        }
        return shared->changes.first().id;
    }

    static QStringList titles(const JobLeadListModel *model)
    {
        QStringList out;
        for (const ShareRow &row : model->items())
            out.append(row.resourceTitle);
        return out;
    }

    std::unique_ptr<PinnedClock> m_clock;
    std::unique_ptr<TempDatabase> m_temp;
    SampleData m_data;

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<PinnedClock>(QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC));
        m_temp = std::make_unique<TempDatabase>();
        m_data = SampleData::create(m_temp->db());
    }

    void cleanup()
    {
        BackgroundJob::drain();
        m_temp.reset();
        m_clock.reset();
    }

    void shouldListTheMenteesJobLeadsWithTheirDeadline()
    {
        WorkspaceFixture fixture(m_temp->db(), Profile{m_data.mentee, Role::Mentee});
        const Id soon = shareLead(fixture, QStringLiteral("Junior analyst"), QDate(2026, 3, 14));
        QVERIFY(soon);
        QVERIFY(shareLead(fixture, QStringLiteral("Closed last week"), QDate(2026, 3, 3)));
        MenteeGoalsPage page(fixture.context);
        page.resize(1200, 800);
        page.show();
        JobLeadListModel *leads = page.jobLeads();
        QTRY_COMPARE(page.jobLeadsLoader()->state(), ModelLoader::State::Loaded);
        // The open lead, not the closed one, nor the book shared in the sample.
        QCOMPARE(titles(leads), QStringList{QStringLiteral("Junior analyst")});
        const QModelIndex deadline = leads->index(0, JobLeadListModel::Deadline);
        QVERIFY2(deadline.data().toString().contains(QStringLiteral("in 4 day")),
                 qPrintable(deadline.data().toString()));
        QVERIFY(deadline.data(JobLeadListModel::ClosesSoonRole).toBool());
        QVERIFY(leads->index(0, JobLeadListModel::Lead)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Northwind, Lisbon")));
        auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("menteeTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(2), QStringLiteral("Job leads (1)"));
        tabs->setCurrentIndex(2);
        QTest::qWait(50);
        ScreenshotChecks::saveIfAsked(page.grab().toImage(), QStringLiteral("mentee-job-leads"));

        // Live: a lead shared later appears without a reload, soonest deadline first.
        QSignalSpy loaded(page.jobLeadsLoader(), &ModelLoader::loaded);
        QVERIFY(shareLead(fixture, QStringLiteral("Graduate scheme"), QDate(2026, 3, 12)));
        QTRY_COMPARE(titles(leads),
                     (QStringList{QStringLiteral("Graduate scheme"), QStringLiteral("Junior analyst")}));
        QCOMPARE(tabs->tabText(2), QStringLiteral("Job leads (2)"));
        // And one no longer shared goes.
        QVERIFY(fixture.edits->unshareResource(soon).ok());
        QTRY_COMPARE(titles(leads), QStringList{QStringLiteral("Graduate scheme")});
    }

    void shouldShowLeadsClosingWithinAWeekOnTheMentorsToday()
    {
        WorkspaceFixture fixture(m_temp->db(), Profile{m_data.mentor, Role::Mentor});
        QCOMPARE(Resource::ClosingSoonDays, 7);
        const Id lastDay = shareLead(fixture, QStringLiteral("Closes in seven days"), QDate(2026, 3, 17));
        const Id today = shareLead(fixture, QStringLiteral("Closes today"), QDate(2026, 3, 10));
        const Id later = shareLead(fixture, QStringLiteral("Closes in eight days"), QDate(2026, 3, 18));
        QVERIFY(shareLead(fixture, QStringLiteral("Closed yesterday"), QDate(2026, 3, 9)));
        QVERIFY(shareLead(fixture, QStringLiteral("No deadline"), std::nullopt));
        QVERIFY(lastDay && today && later);
        MyMenteesPage page(fixture.context);
        page.resize(1200, 800);
        page.show();
        JobLeadListModel *leads = page.jobLeads();
        QTRY_COMPARE(page.jobLeadsLoader()->state(), ModelLoader::State::Loaded);
        QCOMPARE(titles(leads),
                 (QStringList{QStringLiteral("Closes today"), QStringLiteral("Closes in seven days")}));
        auto *box = page.findChild<QWidget *>(QStringLiteral("myMenteesJobLeads"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        auto *row = page.findChild<QLabel *>(QStringLiteral("jobLeadText_%1").arg(lastDay));
        QVERIFY(row);
        QVERIFY2(row->text().contains(QStringLiteral("in 7 day")), qPrintable(row->text()));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("jobLeadText_%1").arg(today))
                    ->text()
                    .contains(QStringLiteral("Apply by today")));
        QVERIFY(!page.findChild<QLabel *>(QStringLiteral("jobLeadText_%1").arg(later)));

        // Live: the later lead's deadline moved forward enters the window.
        Resource moved;
        {
            // Read the lead back through the relationship's shares of the model's source.
            auto reader = LibraryQuery(m_temp->db().connection()).sharesInRelationship(m_data.relationship);
            QVERIFY(reader.ok());
            for (const ShareRow &share : std::as_const(*reader)) {
                if (share.id() == later) {
                    auto items = LibraryQuery(m_temp->db().connection()).items({share.share.resourceId});
                    QVERIFY(items.ok() && items->size() == 1);
                    moved = items->first().resource;
                }
            }
        }
        QVERIFY(moved.id);
        moved.deadline = QDate(2026, 3, 11);
        QVERIFY(fixture.edits->updateResource(moved).ok());
        QTRY_COMPARE(titles(leads),
                     (QStringList{QStringLiteral("Closes today"), QStringLiteral("Closes in eight days"),
                                  QStringLiteral("Closes in seven days")}));
        QTRY_VERIFY(page.findChild<QLabel *>(QStringLiteral("jobLeadText_%1").arg(later)));

        // A finished relationship's leads leave Today.
        auto completed = fixture.edits->completeRelationship(m_data.relationship, QDate(2026, 3, 10),
                                                             QStringLiteral("Goals met"), QString());
        QVERIFY2(completed.ok(), qPrintable(completed.ok() ? QString() : completed.errorMessage()));
        QTRY_VERIFY(leads->rowCount() == 0);
        QTRY_VERIFY(!box->isVisible());
    }
};

TRELLIS_REGISTER_TEST(JobLeadsTest);
#include "jobleadstest.moc"
