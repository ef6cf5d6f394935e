#pragma once

#include "domain/enums.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace trellis {

// Realistic text fragments for demo data: names, departments, tags, goals,
// meeting notes. Demo content only — never translated, never user-facing UI.
class PhraseBank {
public:
    struct NamePool {
        QStringList givenNames;
        QStringList familyNames;
        QString languages; // comma-separated, besides English
    };
    struct GoalTemplate {
        QString title;
        QString description;
        QString category;
        QString relevance;
        bool percentage = true;
        double startValue = 0;
        double targetValue = 100;
        QString unit;
        QStringList milestones;
    };
    struct ProgrammeTemplate {
        QString name;
        QString description;
        QString objectives;
        ProgrammeFormat format = ProgrammeFormat::OneToOne;
        int cadenceDays = 14;
        int durationMonths = 12;
        int meetingMinutes = 60;
    };
    struct ResourceTemplate {
        QString title;
        ResourceKind kind = ResourceKind::Link;
        QString url;
        QString description;
        QString tags;
    };

    static const std::vector<NamePool> &namePools();
    static const QStringList &departments();
    static const QStringList &jobTitles();
    static const QStringList &skills();
    static const QStringList &interests();
    static const std::vector<ProgrammeTemplate> &programmes();
    static const std::vector<GoalTemplate> &goals();
    static const std::vector<ResourceTemplate> &resources();
    static const QStringList &jobLeadRoles();
    static const QStringList &locations();

    static const QStringList &agendaItems();
    static const QStringList &sharedNoteOpenings();
    static const QStringList &sharedNoteDiscussions();
    static const QStringList &sharedNoteNextSteps();
    static const QStringList &privateNotes();
    static const QStringList &cancellationNotes();
    static const QStringList &noShowNotes();
    static const QStringList &movedNotes();
    static const QStringList &singleMeetingTitles();
    static const QStringList &actionItems();
    static const QStringList &contactSummaries();
    static const QStringList &progressNotes();
    static const QStringList &feedbackPositive();
    static const QStringList &feedbackMixed();
    static const QStringList &feedbackNegative();
    static const QStringList &agreements();
    static const QStringList &endReasons();
    static const QStringList &closingReflections();
    static const QStringList &completionReflections();
    static const QStringList &supportRelations();
    static const QStringList &supportNotes();
    static const QStringList &shareNotes();
    static const QStringList &bios();
};

} // namespace trellis
