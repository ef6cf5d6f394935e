#include "matching/matchingpage.h"

#include "commands/edits.h"
#include "dialogs/peopleflows.h"
#include "matching/checkcolumndelegate.h"
#include "matching/matchingprofilepanel.h"
#include "matching/matchwishesdialog.h"
#include "models/healthpresentation.h"
#include "models/matchingrunfetch.h"
#include "models/matchsuggestionmodel.h"
#include "models/modelloader.h"
#include "models/unmatchedmenteemodel.h"
#include "widgets/cohortpicker.h"
#include "widgets/pagestyle.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include <cstdlib>

namespace trellis {

namespace {

// "+18", "−2" (a real minus sign), in the locale's digits.
QString signedPoints(int points)
{
    const QString number = QLocale().toString(std::abs(points));
    return points < 0 ? QString(QChar(0x2212)) + number : QStringLiteral("+") + number;
}

QString firstName(const QString &name)
{
    return name.section(QLatin1Char(' '), 0, 0);
}

QTableView *makeTable(QAbstractItemModel *model, const QString &name, const QString &accessible,
                      QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setAccessibleName(accessible);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    return table;
}

} // namespace

MatchingPage::MatchingPage(const WorkspaceContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_suggestions(new MatchSuggestionModel(this))
    , m_unmatched(new UnmatchedMenteeModel(this))
    , m_loader(new ModelLoader(context.dataSource(), {}, this))
    , m_profileLoader(new ModelLoader(context.dataSource(), {Entity::Setting, Entity::Cohort}, this))
{
    setObjectName(QStringLiteral("matchingPage"));

    m_scaffold = new PageScaffold(tr("Matching"), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scaffold);

    // A run's pairs join one cohort: "Every relationship" is no choice here.
    m_cohort = new CohortPicker(context.dataSource(), CohortPicker::Choices::RealCohorts,
                                QStringLiteral("matchingCohort"), this);
    // The title row is short at 1024 pixels: programme and cohort, the dates in the tip.
    m_cohort->setShowDates(false);
    m_cohort->setPurpose(tr("The cohort the accepted pairs join"));
    m_scaffold->addBesideTitle(m_cohort, 8);
    m_accept =
        new QPushButton(QIcon::fromTheme(QStringLiteral("dialog-ok-apply")), tr("&Accept Pairs"), this);
    m_accept->setObjectName(QStringLiteral("matchingAccept"));
    m_accept->setToolTip(tr("Propose the suggested pairs (all but the rejected ones) as relationships of the "
                            "cohort, in one step that Ctrl+Z undoes"));
    m_accept->setDefault(true);
    m_scaffold->setPrimaryButton(m_accept);

    // The profile: its preset in the filter row, the weights and rules in a panel that folds away.
    m_profile = new MatchingProfilePanel(this);
    QHBoxLayout *filterRow = m_scaffold->filterRow();
    auto *presetCaption = new QLabel(tr("&Profile"), this);
    presetCaption->setBuddy(m_profile->presetBox());
    filterRow->addWidget(presetCaption);
    filterRow->addWidget(m_profile->presetBox());
    m_weightsToggle = new QToolButton(this);
    m_weightsToggle->setObjectName(QStringLiteral("matchingWeightsToggle"));
    m_weightsToggle->setText(tr("Weights and Rules"));
    m_weightsToggle->setCheckable(true);
    m_weightsToggle->setChecked(true);
    m_weightsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_weightsToggle->setArrowType(Qt::DownArrow);
    filterRow->addWidget(m_weightsToggle);
    filterRow->addStretch(1);
    m_forget = new QPushButton(tr("Forget &Locks and Rejections"), this);
    m_forget->setObjectName(QStringLiteral("matchingForget"));
    filterRow->addWidget(m_forget);
    m_runButton = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("&Run"), this);
    m_runButton->setObjectName(QStringLiteral("matchingRun"));
    m_runButton->setToolTip(tr("Find the best pairs with this profile, keeping the locks and leaving out the "
                               "rejected pairs"));
    filterRow->addWidget(m_runButton);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(8);
    m_weightsPanel = new QFrame(content);
    m_weightsPanel->setObjectName(QStringLiteral("matchingWeights"));
    static_cast<QFrame *>(m_weightsPanel)->setFrameShape(QFrame::StyledPanel);
    auto *weightsLayout = new QVBoxLayout(m_weightsPanel);
    weightsLayout->setContentsMargins(12, 8, 12, 8);
    weightsLayout->addWidget(m_profile);
    contentLayout->addWidget(m_weightsPanel);
    // Said under the profile, not in the filter row: at 1024 pixels that row has no room left.
    m_staleNote = PageStyle::secondary(
        tr("The profile, a lock or a rejection changed since this run: Run again to see the effect."),
        content);
    m_staleNote->setObjectName(QStringLiteral("matchingStale"));
    m_staleNote->hide();
    contentLayout->addWidget(m_staleNote);

    // Fairness: what optimising the total costs, in figures (MatchingFairness).
    auto *cards = new QWidget(content);
    auto *cardRow = new QHBoxLayout(cards);
    cardRow->setContentsMargins(0, 0, 0, 0);
    cardRow->setSpacing(8);
    struct Card {
        QString key;
        QString caption;
        QString definition;
    };
    const QList<Card> fairness = {
        {QStringLiteral("total"), tr("Total score"),
         tr("The sum of the pairs' scores: what the run maximises.")},
        {QStringLiteral("pairs"), tr("Pairs"), tr("Suggested pairs, locked ones included.")},
        {QStringLiteral("lowest"), tr("Lowest pair"), tr("The score of the weakest suggested pair.")},
        {QStringLiteral("spread"), tr("Spread"),
         tr("How far the pairs' scores lie apart (standard deviation).")},
        {QStringLiteral("unmatched"), tr("Unmatched"),
         tr("Mentees left without a mentor, each with the reason.")},
        {QStringLiteral("blocking"), tr("Blocking pairs"),
         tr("A mentee and a mentor not paired together who would both score higher with each other than with "
            "their suggested partners.")},
    };
    for (const Card &card : fairness) {
        auto *frame = new QFrame(cards);
        frame->setObjectName(QStringLiteral("fairnessCard_") + card.key);
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setToolTip(card.definition);
        auto *cardLayout = new QVBoxLayout(frame);
        cardLayout->setContentsMargins(14, 6, 14, 6);
        cardLayout->setSpacing(0);
        auto *number = new QLabel(QStringLiteral("—"), frame);
        number->setObjectName(QStringLiteral("fairness_") + card.key);
        QFont font = number->font();
        font.setPointSizeF(font.pointSizeF() * 1.6);
        font.setBold(true);
        number->setFont(font);
        number->setAccessibleName(card.caption);
        number->setAccessibleDescription(card.definition);
        auto *caption = new QLabel(card.caption, frame);
        PageStyle::makeSecondary(caption);
        cardLayout->addWidget(number);
        cardLayout->addWidget(caption);
        cardRow->addWidget(frame, 1);
        m_fairness.insert(card.key, number);
    }
    contentLayout->addWidget(cards);

    // The suggestions over the unmatched mentees; the chosen one explained beside them.
    m_table = makeTable(m_suggestions, QStringLiteral("matchingSuggestions"), tr("Suggested pairs"), content);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(MatchSuggestionModel::Mentee, QHeaderView::Stretch);
    header->setSectionResizeMode(MatchSuggestionModel::Mentor, QHeaderView::Stretch);
    for (const int column :
         {MatchSuggestionModel::Score, MatchSuggestionModel::Lock, MatchSuggestionModel::Reject})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // Lock and Reject drawn in the palette's text colours, readable in dark as in light.
    auto *checks = new CheckColumnDelegate(m_table);
    m_table->setItemDelegateForColumn(MatchSuggestionModel::Lock, checks);
    m_table->setItemDelegateForColumn(MatchSuggestionModel::Reject, checks);
    m_unmatchedTable =
        makeTable(m_unmatched, QStringLiteral("matchingUnmatched"), tr("Unmatched mentees"), content);
    m_unmatchedTable->horizontalHeader()->setSectionResizeMode(UnmatchedMenteeModel::Mentee,
                                                               QHeaderView::ResizeToContents);
    m_unmatchedTable->horizontalHeader()->setSectionResizeMode(UnmatchedMenteeModel::Reason,
                                                               QHeaderView::Stretch);
    auto *lists = new QWidget(content);
    auto *listsLayout = new QVBoxLayout(lists);
    listsLayout->setContentsMargins(0, 0, 0, 0);
    listsLayout->setSpacing(4);
    listsLayout->addWidget(m_table, 3);
    m_unmatchedTitle = PageStyle::sectionTitle(tr("Unmatched"), lists);
    m_unmatchedTitle->setObjectName(QStringLiteral("matchingUnmatchedTitle"));
    listsLayout->addSpacing(4);
    listsLayout->addWidget(m_unmatchedTitle);
    listsLayout->addWidget(m_unmatchedTable, 1);

    auto *side = new QWidget(content);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(8, 0, 0, 0);
    sideLayout->setSpacing(4);
    sideLayout->addWidget(PageStyle::sectionTitle(tr("Why this pair"), side));
    m_explanation = new QTextBrowser(side);
    m_explanation->setObjectName(QStringLiteral("matchingExplanation"));
    m_explanation->setAccessibleName(tr("Why this pair"));
    m_explanation->setOpenLinks(false);
    sideLayout->addWidget(m_explanation, 3);
    m_wishes = new QPushButton(tr("&Wishes and Never-Pair…"), side);
    m_wishes->setObjectName(QStringLiteral("matchingWishes"));
    m_wishes->setToolTip(
        tr("The mentors the chosen mentee would most like, in order, and those they must never be "
           "paired with; every run honours them"));
    auto *wishRow = new QHBoxLayout;
    wishRow->addWidget(m_wishes);
    wishRow->addStretch(1);
    sideLayout->addLayout(wishRow);
    sideLayout->addSpacing(4);
    sideLayout->addWidget(PageStyle::sectionTitle(tr("Would rather be together"), side));
    m_blocking = new QLabel(side);
    m_blocking->setObjectName(QStringLiteral("matchingBlocking"));
    m_blocking->setWordWrap(true);
    m_blocking->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_blocking->setTextFormat(Qt::PlainText);
    sideLayout->addWidget(m_blocking, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, content);
    splitter->setObjectName(QStringLiteral("matchingSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(lists);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    contentLayout->addWidget(splitter, 1);
    m_scaffold->setContent(content);

    m_scaffold->emptyButton()->setObjectName(QStringLiteral("matchingEmptyButton"));
    m_scaffold->follow(
        m_loader, [this] { return emptyState(); }, tr("Finding the best pairs…"));
    connect(m_scaffold->emptyButton(), &QPushButton::clicked, this, [this] {
        if (m_cohort->cohortCount() == 0)
            Q_EMIT programmesRequested();
        else
            PeopleFlows::addPerson(m_context, this);
    });

    connect(m_weightsToggle, &QToolButton::toggled, this, [this](bool shown) {
        m_weightsPanel->setVisible(shown);
        m_weightsToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_profile, &MatchingProfilePanel::changed, this, [this] {
        m_profileChanged = m_run.has_value();
        updateActions();
    });
    connect(m_suggestions, &MatchSuggestionModel::rulingsChanged, this, [this] {
        m_profileChanged = m_run.has_value();
        updateActions();
        explainSelected();
    });
    connect(m_runButton, &QPushButton::clicked, this, &MatchingPage::runMatching);
    connect(m_accept, &QPushButton::clicked, this, &MatchingPage::acceptSuggestions);
    connect(m_forget, &QPushButton::clicked, m_suggestions, &MatchSuggestionModel::clearRulings);
    // One explanation at a time: choosing a pair clears the unmatched list's choice, and back.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                m_unmatchedTable->selectionModel()->clear();
                explainSelected();
                updateActions();
            });
    connect(m_unmatchedTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                m_table->selectionModel()->clear();
                explainUnmatched();
                updateActions();
            });
    connect(m_loader, &ModelLoader::stateChanged, this, &MatchingPage::updateActions);
    connect(m_loader, &ModelLoader::loaded, this, &MatchingPage::loaded);
    connect(m_cohort, &CohortPicker::choicesLoaded, this, &MatchingPage::choicesLoaded);
    connect(m_cohort, &CohortPicker::failed, m_scaffold, &PageScaffold::showFailed);
    connect(m_cohort, &CohortPicker::cohortChanged, this, &MatchingPage::cohortChosen);
    connect(m_wishes, &QPushButton::clicked, this, &MatchingPage::editWishes);

    m_loader->setLoad(MatchingRunFetch(m_profile->profile(), {}, {}), this, &MatchingPage::showRun);
    updateActions();
}

void MatchingPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_started)
        return;
    // The first run with the default profile when the page is first shown (not while the
    // workspace is built: a coordinator who never opens Matching pays nothing), so that it opens
    // on its answer. From then on, who is still to be paired, and who has places, changes with
    // people and relationships: an accepted run (or its undo) runs again by itself, with the
    // profile and rulings of the last Run.
    m_started = true;
    m_loader->setWatched({Entity::Person, Entity::Relationship, Entity::MatchPreference});
    m_loader->reload();
}

qint64 MatchingPage::cohortId() const
{
    return m_cohort->cohortId();
}

void MatchingPage::setCohort(qint64 cohortId)
{
    m_cohort->setCohort(cohortId);
}

void MatchingPage::runMatching()
{
    // The profile run is the programme's from now on: saved with it (one undo step when it
    // changed), so it comes back next time and `trellis-cli match` uses the same.
    if (m_context.edits && m_profileProgramme > 0)
        (void)m_context.edits->saveMatchingProfile(m_profileProgramme, m_profile->profile());
    startRun();
}

void MatchingPage::startRun()
{
    m_loader->setLoad(
        MatchingRunFetch(m_profile->profile(), m_suggestions->locks(), m_suggestions->rejections()), this,
        &MatchingPage::showRun);
    m_started = true;
    m_loader->setWatched({Entity::Person, Entity::Relationship, Entity::MatchPreference});
    m_loader->reload();
    updateActions();
}

void MatchingPage::cohortChosen()
{
    // Each cohort's programme has its own profile: read it (and again when a setting changes,
    // an undo of a save included).
    m_profileLoader->setLoad(MatchingProfileFetch(cohortId()), this, &MatchingPage::showStoredProfile);
    m_profileLoader->reload();
    updateActions();
}

void MatchingPage::showStoredProfile(StoredMatchingProfile stored, const LoadRequest &request)
{
    Q_UNUSED(request);
    if (stored.cohortId != cohortId())
        return; // another cohort was chosen meanwhile
    const bool otherProgramme = stored.programmeId != m_profileProgramme;
    m_profileProgramme = stored.programmeId;
    // A programme without a saved profile keeps what the panel shows when it is the same
    // programme (the coordinator's unsaved edits); another programme starts from the default.
    const MatchingProfile wanted =
        stored.profile ? *stored.profile : (otherProgramme ? MatchingProfile{} : m_profile->profile());
    if (!(wanted == m_profile->profile())) {
        m_profile->setProfile(wanted);
        // The run shown was made with another profile: run this one (nothing to save).
        if (m_started)
            startRun();
    }
    Q_EMIT profileLoaded();
}

Id MatchingPage::chosenMentee() const
{
    if (m_table->currentIndex().isValid())
        return m_table->currentIndex().data(MatchSuggestionModel::MenteeIdRole).toLongLong();
    if (m_unmatchedTable->currentIndex().isValid())
        return m_unmatchedTable->currentIndex()
            .data(UnmatchedMenteeModel::RowRole)
            .value<UnmatchedRow>()
            .menteeId;
    return 0;
}

bool MatchingPage::saveWishes(const MatchPreferences &preferences)
{
    if (!m_context.edits || !m_run)
        return false;
    // Refusals reach the status bar through Edits::failed; the run follows the edit by itself.
    return m_context.edits->setMatchPreferences(preferences, m_run->nameOf(preferences.menteeId)).ok();
}

void MatchingPage::editWishes()
{
    const Id mentee = chosenMentee();
    if (!m_run || mentee <= 0)
        return;
    MatchPreferences current{mentee, m_run->input.wishes.value(mentee), {}};
    for (const MatchPair &pair : std::as_const(m_run->storedExclusions)) {
        if (pair.menteeId == mentee)
            current.never.append(pair.mentorId);
    }
    MatchWishesDialog dialog(m_run->nameOf(mentee), m_run->input.mentorNames, current, this);
    if (dialog.exec() == QDialog::Accepted && !(dialog.preferences() == current))
        saveWishes(dialog.preferences());
}

bool MatchingPage::acceptSuggestions()
{
    const qint64 cohort = cohortId();
    const QList<MatchPair> pairs = m_suggestions->acceptedPairs();
    if (!m_context.edits || cohort <= 0 || pairs.isEmpty())
        return false;
    QList<Pairing> pairings;
    pairings.reserve(pairs.size());
    for (const MatchPair &pair : pairs) {
        Pairing pairing;
        pairing.mentorId = pair.mentorId;
        pairing.menteeId = pair.menteeId;
        pairing.cohortId = cohort; // its programme's cadence and duration apply
        pairings.append(pairing);
    }
    // Refusals reach the status bar through Edits::failed; nothing was written then.
    return m_context.edits->acceptMatches(pairings).ok();
}

void MatchingPage::showRun(MatchingRun run, const LoadRequest &request)
{
    Q_UNUSED(request);
    const Id selectedMentee =
        m_table->currentIndex().isValid()
            ? m_table->currentIndex().data(MatchSuggestionModel::MenteeIdRole).toLongLong()
            : 0;
    m_run = std::move(run);
    m_suggestions->setRun(*m_run);
    m_unmatched->setRun(*m_run);
    m_profileChanged = false;
    const int row = std::max(0, m_suggestions->rowOf(selectedMentee));
    if (m_suggestions->rowCount() > 0)
        m_table->setCurrentIndex(m_suggestions->index(row, MatchSuggestionModel::Mentee));
    else if (m_unmatched->rowCount() > 0)
        m_unmatchedTable->setCurrentIndex(m_unmatched->index(0, UnmatchedMenteeModel::Mentee));
    updateFairness();
    explainSelected();
    if (!m_table->currentIndex().isValid())
        explainUnmatched();
    updateActions();
}

void MatchingPage::choicesLoaded()
{
    m_scaffold->refresh();
    updateActions();
}

void MatchingPage::updateFairness()
{
    if (!m_run)
        return;
    const QLocale locale;
    const MatchingFairness &fairness = m_run->fairness;
    const bool paired = !m_run->result.pairs.isEmpty();
    const QString none = QStringLiteral("—");
    m_fairness.value(QStringLiteral("total"))->setText(locale.toString(m_run->result.total));
    m_fairness.value(QStringLiteral("pairs"))->setText(locale.toString(m_run->result.pairs.size()));
    m_fairness.value(QStringLiteral("lowest"))->setText(paired ? locale.toString(fairness.lowest) : none);
    m_fairness.value(QStringLiteral("spread"))
        ->setText(paired ? locale.toString(fairness.spread, 'f', 1) : none);
    m_fairness.value(QStringLiteral("unmatched"))->setText(locale.toString(fairness.unmatched));
    m_fairness.value(QStringLiteral("blocking"))->setText(locale.toString(fairness.blocking.size()));
    // Colour only what asks for a look, in the palette's tones (readable light and dark).
    for (const auto &[key, count] : {std::pair{QStringLiteral("unmatched"), fairness.unmatched},
                                     std::pair{QStringLiteral("blocking"), int(fairness.blocking.size())}}) {
        QLabel *label = m_fairness.value(key);
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText,
                         count > 0 ? HealthPresentation::colour(HealthPresentation::Tone::Warning)
                                   : this->palette().color(QPalette::WindowText));
        label->setPalette(palette);
    }

    if (fairness.blocking.isEmpty()) {
        m_blocking->setText(
            tr("Nobody: no mentee and mentor who are apart would both score higher together."));
    } else {
        constexpr int Shown = 5;
        QStringList lines;
        for (qsizetype i = 0; i < std::min<qsizetype>(Shown, fairness.blocking.size()); ++i) {
            const BlockingPair &pair = fairness.blocking.at(i);
            const QString mentee = m_run->nameOf(pair.menteeId);
            const QString mentor = m_run->nameOf(pair.mentorId);
            const QString menteeNow =
                pair.menteeNow
                    ? tr("%1's own pair scores %2").arg(firstName(mentee), locale.toString(*pair.menteeNow))
                    : tr("%1 has no mentor").arg(firstName(mentee));
            const QString mentorNow = pair.mentorWorst
                                          ? tr("%1's weakest pair scores %2")
                                                .arg(firstName(mentor), locale.toString(*pair.mentorWorst))
                                          : tr("%1 has a place left").arg(firstName(mentor));
            lines.append(tr("%1 and %2: %3 together; %4, %5")
                             .arg(mentee, mentor, locale.toString(pair.together), menteeNow, mentorNow));
        }
        if (fairness.blocking.size() > Shown)
            lines.append(tr("… and %n more", nullptr, int(fairness.blocking.size() - Shown)));
        m_blocking->setText(lines.join(QLatin1Char('\n')));
    }
    m_unmatchedTitle->setText(fairness.unmatched > 0
                                  ? tr("Unmatched (%1)").arg(locale.toString(fairness.unmatched))
                                  : tr("Unmatched"));
    m_unmatchedTable->setVisible(fairness.unmatched > 0);
    if (fairness.unmatched == 0)
        m_unmatchedTitle->setText(tr("Unmatched: nobody, every mentee has a suggested mentor"));
}

void MatchingPage::updateActions()
{
    const bool running = m_loader->isLoading();
    m_runButton->setEnabled(!running);
    const int accepted = int(m_suggestions->acceptedPairs().size());
    m_accept->setEnabled(!running && accepted > 0 && cohortId() > 0 && m_context.edits);
    m_accept->setText(accepted > 0 ? tr("&Accept %n Pair(s)", nullptr, accepted) : tr("&Accept Pairs"));
    m_forget->setEnabled(!m_suggestions->locks().isEmpty() || !m_suggestions->rejections().isEmpty());
    m_wishes->setEnabled(!running && m_context.edits && chosenMentee() > 0);
    m_staleNote->setVisible(m_profileChanged && !running);
    if (running && m_run) {
        m_scaffold->setSummary(tr("Finding the best pairs…"));
    } else if (m_run) {
        m_scaffold->setSummary(
            tr("%1 · %2").arg(tr("%n mentee(s) to pair", nullptr, int(m_run->input.mentees.size())),
                              tr("%n mentor(s) with places", nullptr, int(m_run->input.mentors.size()))));
    }
}

void MatchingPage::explainSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_run) {
        if (!m_unmatchedTable->currentIndex().isValid())
            m_explanation->setHtml(
                QStringLiteral("<p>%1</p>").arg(tr("Choose a pair to see its score term by term.")));
        return;
    }
    const auto suggestion = current.data(MatchSuggestionModel::SuggestionRole).value<MatchSuggestion>();
    const QColor bad = HealthPresentation::colour(HealthPresentation::Tone::Bad);
    QString html = QStringLiteral("<p><b>%1</b> %2 <b>%3</b></p>")
                       .arg(suggestion.mentee.toHtmlEscaped(), tr("with").toHtmlEscaped(),
                            suggestion.mentor.toHtmlEscaped());
    if (suggestion.locked)
        html += QStringLiteral("<p>%1</p>").arg(tr("Locked: kept in every run.").toHtmlEscaped());
    if (suggestion.rejected)
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Rejected: the next run leaves this pair out.").toHtmlEscaped());
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">");
    for (const ScoreTerm &term : suggestion.score.terms) {
        const QString points = term.points < 0 ? QStringLiteral("<span style=\"color:%1\">%2</span>")
                                                     .arg(bad.name(), signedPoints(term.points))
                                               : signedPoints(term.points);
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\" style=\"white-space:nowrap\">%2</td></tr>")
                    .arg(term.words.toHtmlEscaped(), points);
    }
    if (suggestion.score.terms.isEmpty())
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                    .arg(tr("nothing in common that the profile weighs").toHtmlEscaped(), signedPoints(0));
    html += QStringLiteral("<tr><td><b>%1</b></td><td align=\"right\"><b>%2</b></td></tr></table>")
                .arg(tr("Score").toHtmlEscaped(), QLocale().toString(suggestion.score.total));
    if (!suggestion.firstWishNote.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("First wish:").toHtmlEscaped(), suggestion.firstWishNote.toHtmlEscaped());
    html += wishesHtml(suggestion.menteeId);
    m_explanation->setHtml(html);
}

void MatchingPage::explainUnmatched()
{
    const QModelIndex current = m_unmatchedTable->currentIndex();
    if (!current.isValid())
        return;
    const auto row = current.data(UnmatchedMenteeModel::RowRole).value<UnmatchedRow>();
    QString html = QStringLiteral("<p><b>%1</b> %2</p>")
                       .arg(row.mentee.toHtmlEscaped(), tr("has no mentor in this run.").toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(current.siblingAtColumn(UnmatchedMenteeModel::Reason).data().toString().toHtmlEscaped());
    if (!row.firstWishNote.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("First wish:").toHtmlEscaped(), row.firstWishNote.toHtmlEscaped());
    html += wishesHtml(row.menteeId);
    m_explanation->setHtml(html);
}

QString MatchingPage::wishesHtml(Id menteeId) const
{
    if (!m_run)
        return {};
    // The mentee's stored lists, so the coordinator sees what every run honours.
    const auto nameOf = [this](Id mentor) {
        const QString name = m_run->input.mentorNames.value(mentor);
        return name.isEmpty() ? tr("mentor #%1").arg(mentor) : name;
    };
    QStringList wished;
    const QList<Id> wishes = m_run->input.wishes.value(menteeId);
    for (qsizetype i = 0; i < wishes.size(); ++i)
        wished.append(tr("%1. %2").arg(QLocale().toString(i + 1), nameOf(wishes.at(i))));
    QStringList never;
    for (const MatchPair &pair : std::as_const(m_run->storedExclusions)) {
        if (pair.menteeId == menteeId)
            never.append(nameOf(pair.mentorId));
    }
    QString html;
    if (!wished.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Wishes:").toHtmlEscaped(), wished.join(QStringLiteral(", ")).toHtmlEscaped());
    if (!never.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Never pair with:").toHtmlEscaped(),
                         never.join(QStringLiteral(", ")).toHtmlEscaped());
    return html;
}

QString MatchingPage::explanationText() const
{
    return m_explanation->toPlainText();
}

QString MatchingPage::fairnessText(const QString &key) const
{
    const QLabel *label = m_fairness.value(key);
    return label ? label->text() : QString();
}

std::optional<PageScaffold::EmptyState> MatchingPage::emptyState() const
{
    if (m_cohort->isLoaded() && m_cohort->cohortCount() == 0)
        return PageScaffold::EmptyState{
            QStringLiteral("view-calendar-list"),
            tr("Matching suggests mentors for a cohort's mentees. Add a cohort to a programme first."),
            tr("Open Programmes")};
    if (m_run && m_run->input.mentees.isEmpty())
        return PageScaffold::EmptyState{QStringLiteral("system-users"),
                                        tr("Every mentee already has a mentor: nobody is waiting to be "
                                           "matched. Add mentees to match them."),
                                        tr("Add Person…")};
    return std::nullopt;
}

} // namespace trellis
