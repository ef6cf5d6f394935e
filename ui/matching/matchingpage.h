#pragma once

#include "domain/matchpreference.h"
#include "models/matchingprofilefetch.h"
#include "models/matchingrun.h"
#include "widgets/pagescaffold.h"
#include "workspace/workspacecontext.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QSplitter;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace trellis {

class CohortPicker;
class LoadRequest;
class MatchSuggestionModel;
class MatchingProfilePanel;
class ModelLoader;
class UnmatchedMenteeModel;

// Coordinator ▸ Matching (issue 14): the best set of pairs for the mentees still to be paired,
// made for a cohort. The profile (preset, weights, rules, minimum) is edited above; Run solves on
// the loader's worker (MatchingRunFetch: the exact optimum, core/matching); the suggestions list
// mentee, mentor, score and the coordinator's Lock / Reject, which stay for every later run; beside
// them the chosen pair's score as the terms it adds up from, in words, and the first wish; below,
// the mentees left unmatched with why; above, the fairness figures (lowest, spread, unmatched,
// blocking pairs). Accept makes the suggestions proposed relationships of the cohort in one undo
// step (Edits::acceptMatches); the run then follows the edit (and its undo) by itself.
class MatchingPage final : public QWidget {
    Q_OBJECT
public:
    explicit MatchingPage(const WorkspaceContext &context, QWidget *parent = nullptr);

    ModelLoader *loader() const { return m_loader; }
    MatchSuggestionModel *suggestions() const { return m_suggestions; }
    UnmatchedMenteeModel *unmatched() const { return m_unmatched; }
    MatchingProfilePanel *profilePanel() const { return m_profile; }
    // The latest run shown (none before the first).
    const std::optional<MatchingRun> &run() const { return m_run; }
    qint64 cohortId() const;
    void setCohort(qint64 cohortId);
    // Runs again with the profile and rulings as they are now, saving the profile with the
    // cohort's programme (Edits::saveMatchingProfile; no step when unchanged).
    void runMatching();
    // Accepts the suggestions that are not rejected (Edits::acceptMatches); false when refused.
    bool acceptSuggestions();
    // The mentee whose explanation is shown (a suggestion's or an unmatched one), or 0.
    Id chosenMentee() const;
    // Saves a mentee's wishes and never-pair list (Edits::setMatchPreferences); false when refused.
    bool saveWishes(const MatchPreferences &preferences);
    // The programme of the chosen cohort, once its saved profile was read (0 before).
    Id profileProgramme() const { return m_profileProgramme; }
    // The explanation beside the table (plain text, for tests).
    QString explanationText() const;
    QString fairnessText(const QString &key) const;

Q_SIGNALS:
    // After each run was shown.
    void loaded();
    // After the chosen cohort's programme profile was read and shown.
    void profileLoaded();
    // The empty state's "Open Programmes" (no cohort to match for yet).
    void programmesRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showRun(MatchingRun run, const LoadRequest &request);
    void startRun();
    void showStoredProfile(StoredMatchingProfile stored, const LoadRequest &request);
    void cohortChosen();
    void editWishes();
    void choicesLoaded();
    void updateFairness();
    void updateActions();
    void explainSelected();
    void explainUnmatched();
    QString wishesHtml(Id menteeId) const;
    std::optional<PageScaffold::EmptyState> emptyState() const;

    WorkspaceContext m_context;
    MatchSuggestionModel *m_suggestions = nullptr;
    UnmatchedMenteeModel *m_unmatched = nullptr;
    ModelLoader *m_loader = nullptr;
    PageScaffold *m_scaffold = nullptr;
    CohortPicker *m_cohort = nullptr; // the cohorts, without "Every relationship"
    MatchingProfilePanel *m_profile = nullptr;
    QToolButton *m_weightsToggle = nullptr;
    QWidget *m_weightsPanel = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_forget = nullptr;
    QPushButton *m_wishes = nullptr;
    ModelLoader *m_profileLoader = nullptr;
    Id m_profileProgramme = 0;
    QHash<QString, QLabel *> m_fairness;
    QTableView *m_table = nullptr;
    QLabel *m_unmatchedTitle = nullptr;
    QTableView *m_unmatchedTable = nullptr;
    QTextBrowser *m_explanation = nullptr;
    QLabel *m_blocking = nullptr;
    QLabel *m_staleNote = nullptr;
    std::optional<MatchingRun> m_run;
    bool m_started = false;        // the first run was asked for
    bool m_profileChanged = false; // since the run shown
};

} // namespace trellis
