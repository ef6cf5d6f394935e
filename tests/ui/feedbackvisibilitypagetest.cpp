#include "models/feedbacklistmodel.h"
#include "relationships/relationshippage.h"
#include "services/relationshipservice.h"
#include "storage/relationshipqueries.h"
#include "testlib/sampledata.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "ui/workspacefixture.h"
#include "util/clock.h"
#include "widgets/formdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTreeView>

using namespace trellis;
using namespace trellis::test;

// Issue 9, item 10, through the widgets: the relationship page a mentee sees leaves out the
// mentor's coordinator-only 1-star rating and the "latest feedback was low" it would cause; the
// coordinator sees both; the feedback dialog lets the author choose, defaulting by author.
class FeedbackVisibilityPageTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<PinnedClock> m_clock;
    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<WorkspaceFixture> m_fixture;
    std::unique_ptr<RelationshipPage> m_page;
    SampleData m_data;

    void openAs(Role role, Id personId)
    {
        m_fixture = std::make_unique<WorkspaceFixture>(m_temp->db(), Profile{personId, role});
        m_page = std::make_unique<RelationshipPage>(m_fixture->context);
        m_page->resize(1100, 700);
        m_page->show();
        QSignalSpy loaded(m_page.get(), &RelationshipPage::loaded);
        m_page->openRelationship(m_data.relationship);
        QVERIFY(loaded.wait(15000));
    }

    QStringList comments()
    {
        auto *tree = m_page->findChild<QTreeView *>(QStringLiteral("feedbackTree"));
        QStringList found;
        for (int row = 0; row < tree->model()->rowCount(); ++row)
            found << tree->model()->index(row, FeedbackListModel::Comment).data().toString();
        return found;
    }

    QString reasons() { return m_page->findChild<QLabel *>(QStringLiteral("relationshipReasons"))->text(); }

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<PinnedClock>(QDateTime(QDate(2025, 5, 15), QTime(12, 0), Qt::UTC));
        m_temp = std::make_unique<TempDatabase>();
        m_data = SampleData::create(m_temp->db());
        Feedback low;
        low.relationshipId = m_data.relationship;
        low.authorRole = Role::Mentor;
        low.authorId = m_data.mentor;
        low.rating = 1;
        low.comment = QStringLiteral("Never prepared");
        low.givenOn = QDate(2025, 5, 10);
        low.visibility = FeedbackVisibility::CoordinatorOnly;
        QVERIFY(RelationshipService(m_temp->db()).createFeedback(low).ok());
    }

    void cleanup()
    {
        m_page.reset();
        m_fixture.reset();
        m_temp.reset();
        m_clock.reset();
    }

    void shouldHideTheMentorsCoordinatorOnlyRatingFromTheMentee()
    {
        openAs(Role::Mentee, m_data.mentee);
        QVERIFY(!comments().contains(QStringLiteral("Never prepared")));
        QCOMPARE(comments().size(), 1); // the mentee's own, shared one
        QVERIFY2(!reasons().contains(QStringLiteral("feedback")), qPrintable(reasons()));
        QVERIFY(!m_page->snapshot()->overview.health.riskReasons.contains(RiskReason::LowFeedback));
    }

    void shouldShowItToTheCoordinator()
    {
        openAs(Role::Coordinator, m_data.manager);
        QVERIFY(comments().contains(QStringLiteral("Never prepared")));
        QVERIFY2(reasons().contains(QStringLiteral("the latest feedback was low")), qPrintable(reasons()));
        // The header's health word does not say again a reason its reasons line says
        const QString health = m_page->findChild<QLabel *>(QStringLiteral("relationshipHealth"))->text();
        for (const QString &reason : reasons().split(QStringLiteral(" · ")))
            QVERIFY2(!health.contains(reason), qPrintable(health + QStringLiteral(" / ") + reason));
        auto *tree = m_page->findChild<QTreeView *>(QStringLiteral("feedbackTree"));
        QStringList seenBy;
        for (int row = 0; row < tree->model()->rowCount(); ++row)
            seenBy << tree->model()->index(row, FeedbackListModel::Visibility).data().toString();
        QCOMPARE(seenBy,
                 (QStringList{QStringLiteral("Coordinators only"), QStringLiteral("Shared with the pair")}));
    }

    void shouldLetTheAuthorChooseWhoSeesIt()
    {
        // GIVEN the mentor's page WHEN they add feedback
        openAs(Role::Mentor, m_data.mentor);
        QString defaultForMentor;
        QString defaultForCoordinator;
        whenDialogOpens([&](QWidget *dialog) {
            auto *from = dialog->findChild<QComboBox *>(QStringLiteral("feedbackFrom"));
            auto *visibility = dialog->findChild<QComboBox *>(QStringLiteral("feedbackVisibility"));
            if (!from || !visibility) {
                static_cast<QDialog *>(dialog)->reject();
                return;
            }
            // THEN a rating of the mentee is for the coordinators by default, a coordinator's shared
            defaultForMentor = visibility->currentText();
            from->setCurrentIndex(from->findData(int(Role::Coordinator)));
            defaultForCoordinator = visibility->currentText();
            from->setCurrentIndex(from->findData(int(Role::Mentor)));
            // AND the author may share it with the pair
            visibility->setCurrentIndex(visibility->findData(int(FeedbackVisibility::SharedWithPair)));
            QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
        });
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("addFeedbackButton")),
                          Qt::LeftButton);
        QCOMPARE(defaultForMentor, QStringLiteral("Coordinators only"));
        QCOMPARE(defaultForCoordinator, QStringLiteral("Shared with the pair"));
        auto stored = RelationshipQueries(m_temp->db().connection()).feedback(m_data.relationship);
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), 3);
        QCOMPARE(stored->first().authorRole, Role::Mentor); // the newest: today
        QCOMPARE(stored->first().visibility, FeedbackVisibility::SharedWithPair);
    }
};

TRELLIS_REGISTER_TEST(FeedbackVisibilityPageTest);

#include "feedbackvisibilitypagetest.moc"
