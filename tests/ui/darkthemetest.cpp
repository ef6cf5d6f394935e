#include "demo/demogenerator.h"
#include "insights/relationshipsnapshot.h"
#include "mentee/menteegoalspage.h"
#include "mentor/menteedelegate.h"
#include "mentor/mymenteespage.h"
#include "models/backgroundjob.h"
#include "models/healthpresentation.h"
#include "models/meetingtime.h"
#include "models/menteefiltermodel.h"
#include "models/menteelistmodel.h"
#include "models/modelloader.h"
#include "models/textcontrast.h"
#include "models/usersettings.h"
#include "relationships/relationshippage.h"
#include "settings/settingsdialog.h"
#include "settings/settingspage.h"
#include "storage/relationshipqueries.h"
#include "storage/rosterqueries.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "ui/screenshotchecks.h"
#include "ui/workspacefixture.h"
#include "util/clock.h"
#include "widgets/apppalette.h"
#include "widgets/pagescaffold.h"
#include "workspace/mainwindow.h"
#include "workspace/workspacebuilder.h"

#include <QAbstractItemView>
#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSettings>
#include <QStyleOptionButton>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace trellis;
using namespace trellis::test;
using namespace trellis::test::ScreenshotChecks;

namespace {

// A desktop's dark palette as Qt makes it when a theme gives no placeholder colour: the text at
// half strength, 3.4:1 on the window. Secondary text must not take it.
QPalette desktopDark()
{
    QPalette p = darkPalette();
    p.setColor(QPalette::PlaceholderText, QColor(0x7a, 0x7a, 0x7a));
    return p;
}

// Waits until no loader of a shown page of `window` is still reading.
bool settled(QWidget *window)
{
    return QTest::qWaitFor(
        [window] {
            const QList<ModelLoader *> loaders = window->findChildren<ModelLoader *>();
            for (const ModelLoader *loader : loaders) {
                const auto *page = qobject_cast<const QWidget *>(loader->parent());
                if (loader->isLoading() && page && page->isVisible())
                    return false;
            }
            return true;
        },
        15000);
}

// What a delegate draws its second line in, on each shown list, reads at 4.5:1 on the list; so do
// the health words (drawn in their tone on the list and on the window).
QString checkDelegateColours(QWidget *window)
{
    QStringList problems;
    const QList<QAbstractItemView *> views = window->findChildren<QAbstractItemView *>();
    for (const QAbstractItemView *view : views) {
        if (!view->isVisible())
            continue;
        const QPalette palette = view->palette();
        const QColor base = palette.color(QPalette::Base);
        const double secondary = TextContrast::contrast(TextContrast::secondaryOnBase(palette), base);
        if (secondary < TextContrast::BodyText)
            problems.append(
                QStringLiteral("%1: secondary text at %2:1").arg(nameOf(view)).arg(secondary, 0, 'f', 2));
    }
    // The relationship header's avatar: its initials on the deepened highlight.
    const QPalette app = QApplication::palette();
    const QColor initials = app.color(QPalette::HighlightedText);
    const double avatar = TextContrast::contrast(
        initials, TextContrast::backgroundFor(initials, app.color(QPalette::Highlight)));
    if (avatar < TextContrast::BodyText)
        problems.append(QStringLiteral("avatar initials at %1:1").arg(avatar, 0, 'f', 2));
    // …and as drawn: the disc's most common colour against its initials' farthest one.
    if (auto *disc = window->findChild<QLabel *>(QStringLiteral("relationshipAvatar"));
        disc && disc->isVisible()) {
        const QImage drawn = disc->grab().toImage();
        QHash<QRgb, int> counts;
        for (int y = 0; y < drawn.height(); ++y) {
            for (int x = 0; x < drawn.width(); ++x) {
                if (qAlpha(drawn.pixel(x, y)) == 255)
                    ++counts[drawn.pixel(x, y)];
            }
        }
        QRgb common = counts.isEmpty() ? 0 : counts.cbegin().key();
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() > counts.value(common))
                common = it.key();
        }
        double best = 1.0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            best = std::max(best, TextContrast::contrast(QColor(it.key()), QColor(common)));
        if (best < TextContrast::BodyText)
            problems.append(QStringLiteral("avatar initials drawn at %1:1 on %2")
                                .arg(best, 0, 'f', 2)
                                .arg(QColor(common).name()));
    }
    for (const auto tone : {HealthPresentation::Tone::Good, HealthPresentation::Tone::Warning,
                            HealthPresentation::Tone::Bad, HealthPresentation::Tone::Neutral}) {
        const QColor colour = HealthPresentation::colour(tone);
        for (const auto role : {QPalette::Base, QPalette::Window}) {
            const double ratio = TextContrast::contrast(colour, QApplication::palette().color(role));
            if (ratio < TextContrast::BodyText)
                problems.append(
                    QStringLiteral("health tone %1 at %2:1").arg(int(tone)).arg(ratio, 0, 'f', 2));
        }
    }
    return problems.join(QLatin1Char('\n'));
}

} // namespace

// Item 8 of issue 9: every page of the three workspaces (demo data), each tab of the relationship
// page and every page of Preferences, in Trellis' dark palette and in a desktop's dark palette
// whose placeholder colour is faint: each label's text reads at 4.5:1 on its background (the
// palette and the drawn pixels), delegates' second lines too, and buttons are in title case.
// Unticked boxes show in dark; Preferences ▸ Appearance switches the palette live.
class DarkThemeTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        m_clock = std::make_unique<PinnedClock>(QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC));
        QVERIFY(DemoGenerator::generate(m_temp.db(), DemoOptions{}).ok());
        auto people = RosterQueries(m_temp.db().connection()).search();
        QVERIFY(people.ok());
        for (const Person &person : std::as_const(*people)) {
            if (person.isCoordinator && !m_coordinator)
                m_coordinator = person.id;
        }
        auto relationships = RelationshipQueries(m_temp.db().connection()).relationships();
        QVERIFY(relationships.ok());
        for (const Relationship &r : std::as_const(*relationships)) {
            auto snapshot = RelationshipSnapshot::load(m_temp.db(), r.id, false);
            if (r.status == RelationshipStatus::Active && snapshot && snapshot->nextMeeting() &&
                snapshot->goals.size() >= 2) {
                m_chosen = r;
                break;
            }
        }
        QVERIFY(m_coordinator && m_chosen.id);
    }
    void cleanupTestCase()
    {
        BackgroundJob::drain();
        AppPalette::apply(Appearance::System);
        m_clock.reset();
    }
    void cleanup() { AppPalette::apply(Appearance::System); }

    void shouldRenderEveryPageReadably_data()
    {
        QTest::addColumn<int>("palette"); // 0: Trellis dark, 1: a desktop's dark, 2: Trellis light
        QTest::addColumn<QSize>("size");
        QTest::newRow("dark 1440x900") << 0 << QSize(1440, 900);
        QTest::newRow("dark 1024x700") << 0 << QSize(1024, 700);
        QTest::newRow("desktop dark 1024x700") << 1 << QSize(1024, 700);
        QTest::newRow("light 1440x900") << 2 << QSize(1440, 900);
        QTest::newRow("light 1024x700") << 2 << QSize(1024, 700);
    }

    void shouldRenderEveryPageReadably()
    {
        QFETCH(int, palette);
        QFETCH(QSize, size);
        AppPalette::apply(palette == 2 ? Appearance::Light : Appearance::Dark);
        std::optional<PaletteScope> desktop;
        if (palette == 1)
            desktop.emplace(desktopDark());
        const QString shot = QStringLiteral("-%1-%2x%3")
                                 .arg(palette == 0   ? QStringLiteral("dark")
                                      : palette == 1 ? QStringLiteral("desktopdark")
                                                     : QStringLiteral("light"))
                                 .arg(size.width())
                                 .arg(size.height());
        QStringList problems;
        const auto check = [&](QWidget *window, const QString &name) {
            QTest::qWait(50);
            const QString problem = renderAndCheck(window, {}, name + shot);
            if (!problem.isEmpty())
                problems.append(problem);
            const QString delegates = checkDelegateColours(window);
            if (!delegates.isEmpty())
                problems.append(name + QStringLiteral(":\n") + delegates);
            const QString buttons = checkButtonCase(window);
            if (!buttons.isEmpty())
                problems.append(name + QStringLiteral(":\n") + buttons);
        };

        const std::pair<Profile, QString> roles[] = {
            {Profile{m_coordinator, Role::Coordinator}, QStringLiteral("coordinator")},
            {Profile{m_chosen.mentorId, Role::Mentor}, QStringLiteral("mentor")},
            {Profile{m_chosen.menteeId, Role::Mentee}, QStringLiteral("mentee")},
        };
        for (const auto &[profile, role] : roles) {
            WorkspaceFixture fixture(m_temp.db(), profile);
            MainWindow window;
            window.setDatabase(&m_temp.db());
            WorkspaceBuilder::populate(window, fixture.context);
            window.resize(size);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            for (const QString &place : window.placeIds()) {
                window.showPlace(place);
                QVERIFY(settled(&window));
                check(&window, QStringLiteral("%1-%2").arg(role, place));
                if (profile.role == Role::Mentee) {
                    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("menteeTabs"));
                    for (int tab = 1; tabs && tab < tabs->count(); ++tab) {
                        tabs->setCurrentIndex(tab);
                        check(&window, QStringLiteral("%1-%2-tab%3").arg(role, place).arg(tab));
                    }
                }
            }
            if (profile.role == Role::Mentor) {
                auto *page = window.findChild<RelationshipPage *>();
                QVERIFY(page);
                QSignalSpy loaded(page, &RelationshipPage::loaded);
                window.openRelationship(m_chosen.id);
                QVERIFY(loaded.wait(15000));
                for (int tab = 0; tab < RelationshipPage::TabCount; ++tab) {
                    page->showTab(RelationshipPage::Tab(tab));
                    QVERIFY(settled(&window));
                    check(&window, QStringLiteral("relationship-tab%1").arg(tab));
                }
                // The meetings' "When" (a time in two zones) is not cut, at either size
                for (const char *name : {"upcomingMeetingsTree", "pastMeetingsTree"}) {
                    auto *tree = page->findChild<QTreeView *>(QLatin1String(name));
                    QVERIFY(tree && tree->model()->rowCount() > 0);
                    const QString when = tree->model()->index(0, 0).data().toString();
                    QVERIFY2(tree->columnWidth(0) >= tree->fontMetrics().horizontalAdvance(when),
                             qPrintable(when));
                }
                // Every page of Preferences, over the mentor's window.
                std::unique_ptr<SettingsDialog> settings(
                    SettingsDialog::withStandardPages(fixture.context, &window));
                settings->show();
                QVERIFY(QTest::qWaitForWindowExposed(settings.get()));
                for (int index = 0; index < settings->pages().size(); ++index) {
                    settings->showPage(index);
                    QVERIFY(settled(settings.get()));
                    check(settings.get(),
                          QStringLiteral("preferences-%1").arg(settings->pages().at(index)->objectName()));
                }
                settings->reject();
            }
            window.setDatabase(nullptr);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void shouldShowUntickedBoxesInDark()
    {
        // GIVEN Trellis' dark palette WHEN an unticked check box is drawn
        AppPalette::apply(Appearance::Dark);
        QWidget window;
        window.resize(200, 60);
        auto *box = new QCheckBox(QStringLiteral("Include notes"), &window);
        box->move(10, 10);
        box->resize(180, 30);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QImage image = window.grab().toImage();
        QStyleOptionButton option;
        option.initFrom(box);
        const QRect indicator =
            box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box).translated(box->pos());
        // THEN its box stands out from the window by 3:1 (WCAG for the parts of a control)
        const QColor background = window.palette().color(QPalette::Window);
        double best = 1.0;
        for (int y = indicator.top(); y <= indicator.bottom(); ++y) {
            for (int x = indicator.left(); x <= indicator.right(); ++x)
                best = std::max(best, TextContrast::contrast(QColor(image.pixel(x, y)), background));
        }
        saveIfAsked(image, QStringLiteral("checkbox-dark"));
        QVERIFY2(best >= TextContrast::Graphics, qPrintable(QString::number(best)));
    }

    void shouldDrawTheScrollHandleWhereItIs_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void shouldDrawTheScrollHandleWhereItIs()
    {
        // GIVEN a horizontal bar scrolled to its start (the handle at the left)
        QFETCH(bool, dark);
        AppPalette::apply(dark ? Appearance::Dark : Appearance::Light);
        QWidget window;
        window.resize(400, 40);
        auto *bar = new QScrollBar(Qt::Horizontal, &window);
        bar->setGeometry(0, 10, 400, 16);
        bar->setRange(0, 300);
        bar->setPageStep(100);
        bar->setValue(0);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QImage image = window.grab().toImage();
        saveIfAsked(
            image,
            QStringLiteral("scrollbar-%1").arg(dark ? QStringLiteral("dark") : QStringLiteral("light")));
        // THEN the handle is the part that stands out from the window: darker in light, lighter
        // in dark; the empty groove at the right end does not
        const QColor window_ = window.palette().color(QPalette::Window);
        const QColor handle(image.pixel(40, 18));
        const QColor groove(image.pixel(360, 18));
        QVERIFY2(TextContrast::contrast(handle, window_) > TextContrast::contrast(groove, window_) + 0.3,
                 qPrintable(QStringLiteral("handle %1, groove %2, window %3")
                                .arg(handle.name(), groove.name(), window_.name())));
        if (dark)
            QVERIFY(handle.lightness() > window_.lightness());
        else
            QVERIFY(handle.lightness() < window_.lightness());
    }

    void shouldShowTheGoalsHistoryAt1024()
    {
        // GIVEN the mentee's window at 1024×700, a goal with recorded progress chosen
        WorkspaceFixture fixture(m_temp.db(), Profile{m_chosen.menteeId, Role::Mentee});
        MainWindow window;
        window.setDatabase(&m_temp.db());
        WorkspaceBuilder::populate(window, fixture.context);
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(settled(&window));
        auto *page = window.findChild<MenteeGoalsPage *>();
        QVERIFY(page);
        auto *history = page->findChild<QAbstractItemView *>(QStringLiteral("progressHistory"));
        auto *goals = page->findChild<QAbstractItemView *>(QStringLiteral("goalsList"));
        QVERIFY(history && goals);
        QTRY_VERIFY(goals->model()->rowCount() > 0);
        for (int row = 0; row < goals->model()->rowCount() && history->model()->rowCount() == 0; ++row) {
            goals->setCurrentIndex(goals->model()->index(row, 0));
            QTest::qWait(20);
        }
        QVERIFY(history->model()->rowCount() > 0);
        QTest::qWait(50);
        // THEN the history shows without scrolling: its list has room for a few rows on screen
        const QRect shown = history->visibleRegion().boundingRect();
        QVERIFY2(history->isVisible() && shown.height() >= 80,
                 qPrintable(QStringLiteral("%1 px of the history show").arg(shown.height())));
        window.setDatabase(nullptr);
    }

    void shouldSwitchThePaletteFromPreferences()
    {
        // GIVEN the Appearance page of Preferences (the per-user pages: no database is open)
        std::unique_ptr<SettingsDialog> dialog(SettingsDialog::withStandardPages(WorkspaceContext{}));
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        auto *dark =
            dialog->findChild<QRadioButton *>(QStringLiteral("appearance%1").arg(int(Appearance::Dark)));
        QVERIFY(dark);
        auto *meeting = dialog->findChild<QRadioButton *>(
            QStringLiteral("timeDisplay%1").arg(int(TimeDisplay::MeetingZone)));
        QVERIFY(meeting);
        // WHEN Dark and the meeting's zone are chosen and applied
        dark->setChecked(true);
        meeting->setChecked(true);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply)->click();
        // THEN the window turns dark at once, and both are kept for the next start
        QVERIFY(AppPalette::isDark(QApplication::palette()));
        QTRY_VERIFY(AppPalette::isDark(dialog->palette())); // the windows follow on the next event
        QCOMPARE(UserSettings::load().appearance, Appearance::Dark);
        QCOMPARE(UserSettings::load().timeDisplay, TimeDisplay::MeetingZone);
        QCOMPARE(MeetingTime::display(), TimeDisplay::MeetingZone);
        // AND a secondary label follows the palette: it reads on the dark window too
        auto *scope = dialog->findChild<QLabel *>(QStringLiteral("settingsPageScope"));
        QTRY_VERIFY(scope->palette().color(QPalette::WindowText).lightness() > 128);
        QVERIFY(TextContrast::contrast(scope->palette().color(QPalette::WindowText),
                                       scope->palette().color(QPalette::Window)) >= TextContrast::BodyText);
        // WHEN Light is chosen THEN it turns light again
        dialog->findChild<QRadioButton *>(QStringLiteral("appearance%1").arg(int(Appearance::Light)))
            ->setChecked(true);
        dialog->findChild<QRadioButton *>(QStringLiteral("timeDisplay%1").arg(int(TimeDisplay::ViewerZone)))
            ->setChecked(true);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply)->click();
        QVERIFY(!AppPalette::isDark(QApplication::palette()));
        QTRY_VERIFY(scope->palette().color(QPalette::WindowText).lightness() < 128);
        QCOMPARE(MeetingTime::display(), TimeDisplay::ViewerZone);
        QSettings().clear();
    }

    void shouldListEachLanguageOnceInItsOwnName()
    {
        TempDatabase temp;
        WorkspaceFixture fixture(temp.db());
        std::unique_ptr<SettingsDialog> dialog(SettingsDialog::withStandardPages(fixture.context));
        auto *languages = dialog->findChild<QListWidget *>(QStringLiteral("languages"));
        QVERIFY(languages);
        QStringList names;
        for (int row = 0; row < languages->count(); ++row)
            names.append(languages->item(row)->text());
        // Each language once (the system's choice names none), in its own words
        QVERIFY2(names.contains(QStringLiteral("Deutsch")), qPrintable(names.join(QLatin1Char('|'))));
        QVERIFY(names.contains(QStringLiteral("English")));
        for (const QString &name : std::as_const(names)) {
            QCOMPARE(names.count(name), 1);
            QVERIFY2(!name.contains(QStringLiteral("English")) || name == QStringLiteral("English"),
                     qPrintable(name));
            QVERIFY2(!name.contains(QLatin1Char('(')), qPrintable(name));
        }
    }

    void shouldTitleTheMentorsRelationshipsPageAsTheSidebarDoes()
    {
        WorkspaceFixture fixture(m_temp.db(), Profile{m_chosen.mentorId, Role::Mentor});
        MainWindow window;
        window.setDatabase(&m_temp.db());
        WorkspaceBuilder::populate(window, fixture.context);
        auto *relationships = window.findChild<QWidget *>(QStringLiteral("relationshipsPage"));
        auto *today = window.findChild<QWidget *>(QStringLiteral("myMenteesPage"));
        QVERIFY(relationships && today);
        const QString title = relationships->findChild<PageScaffold *>()->titleLabel()->text();
        QCOMPARE(title, QStringLiteral("All relationships"));
        QVERIFY(title != today->findChild<PageScaffold *>()->titleLabel()->text());
        window.setDatabase(nullptr);
    }

    void shouldFitTheCoordinatorTablesKeyColumnsAt1024()
    {
        // GIVEN the coordinator's window at 1024×700 (a fresh layout, nothing saved)
        QSettings().clear();
        WorkspaceFixture fixture(m_temp.db(), Profile{m_coordinator, Role::Coordinator});
        MainWindow window;
        window.setDatabase(&m_temp.db());
        WorkspaceBuilder::populate(window, fixture.context);
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const std::pair<QString, QString> tables[] = {
            {QStringLiteral("relationships"), QStringLiteral("relationshipsTable")},
            {QStringLiteral("roster"), QStringLiteral("rosterTable")}};
        for (const auto &[place, name] : tables) {
            window.showPlace(place);
            QVERIFY(settled(&window));
            QTest::qWait(50);
            auto *table = window.findChild<QTableView *>(name);
            QVERIFY(table && table->isVisible());
            QTRY_VERIFY(table->model()->rowCount() > 0);
            // THEN every shown column lies inside the view: nothing to scroll sideways for
            const QHeaderView *header = table->horizontalHeader();
            int right = 0;
            for (int column = 0; column < header->count(); ++column) {
                if (header->isSectionHidden(column))
                    continue;
                right = std::max(right, header->sectionPosition(column) + header->sectionSize(column));
                QVERIFY2(header->sectionSize(column) >= 60,
                         qPrintable(QStringLiteral("%1 column %2 is %3 px")
                                        .arg(name)
                                        .arg(column)
                                        .arg(header->sectionSize(column))));
            }
            QVERIFY2(right <= table->viewport()->width(),
                     qPrintable(QStringLiteral("%1: columns end at %2, the view is %3 wide")
                                    .arg(name)
                                    .arg(right)
                                    .arg(table->viewport()->width())));
            QVERIFY(!table->horizontalScrollBar()->isVisible());
        }
        window.setDatabase(nullptr);
    }

    void shouldShowTheSameMeetingTimeOnTodayAndOnTheRelationshipPage()
    {
        // GIVEN the chosen pair's next meeting, seen from a zone other than its own
        auto snapshot = RelationshipSnapshot::load(m_temp.db(), m_chosen.id, false);
        QVERIFY(snapshot && snapshot->nextMeeting());
        const Occurrence next = snapshot->nextMeeting()->occurrence;
        QVERIFY(!next.timezone.isEmpty());
        const QDateTime utc = QDateTime::fromSecsSinceEpoch(next.startUtc, Qt::UTC);
        const QTimeZone own(next.timezone.toUtf8());
        const QTimeZone viewer(own.offsetFromUtc(utc) == 9 * 3600 ? "America/New_York" : "Asia/Tokyo");
        MeetingTime::setViewerZone(viewer);
        const QString time = MeetingTime::time(next.startUtc, next.timezone);
        QVERIFY2(time.contains(MeetingTime::zoneName(next.timezone)), qPrintable(time));

        WorkspaceFixture fixture(m_temp.db(), Profile{m_chosen.mentorId, Role::Mentor});
        MainWindow window;
        window.setDatabase(&m_temp.db());
        WorkspaceBuilder::populate(window, fixture.context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // WHEN Today lists the pair THEN its next meeting says the time in both zones
        auto *today = window.findChild<MyMenteesPage *>();
        QVERIFY(today);
        QTRY_VERIFY(today->model()->rowOf(m_chosen.id) >= 0);
        const QString listed = today->model()
                                   ->index(today->model()->rowOf(m_chosen.id), 0)
                                   .data(MenteeListModel::NextMeetingTextRole)
                                   .toString();
        // AND a row too narrow for both zones gives up the meeting's own zone, not the time
        const QModelIndex row = today->model()->index(today->model()->rowOf(m_chosen.id), 0);
        const QFontMetrics metrics(today->font());
        const MenteeDelegate::SecondLine wide = MenteeDelegate::fitSecondLine(row, metrics, 4000);
        const MenteeDelegate::SecondLine narrow =
            MenteeDelegate::fitSecondLine(row, metrics, metrics.horizontalAdvance(listed));
        QCOMPARE(wide.next, listed);
        QVERIFY2(!narrow.next.contains(MeetingTime::zoneName(next.timezone)), qPrintable(narrow.next));
        QVERIFY2(narrow.next.contains(MeetingTime::time(next.startUtc, QString::fromUtf8(viewer.id()))),
                 qPrintable(narrow.next));
        // AND the relationship page says the very same time
        auto *page = window.findChild<RelationshipPage *>();
        QSignalSpy loaded(page, &RelationshipPage::loaded);
        window.openRelationship(m_chosen.id);
        QVERIFY(loaded.wait(15000));
        const QString shown = page->findChild<QLabel *>(QStringLiteral("overviewNextMeeting"))->text();
        MeetingTime::setViewerZone(std::nullopt);
        window.setDatabase(nullptr);
        QVERIFY2(listed.contains(time), qPrintable(listed + QStringLiteral(" / ") + time));
        QVERIFY2(shown.contains(time), qPrintable(shown + QStringLiteral(" / ") + time));
    }

private:
    std::unique_ptr<PinnedClock> m_clock;
    TempDatabase m_temp;
    Id m_coordinator = 0;
    Relationship m_chosen;
};

TRELLIS_REGISTER_TEST(DarkThemeTest);

#include "darkthemetest.moc"
