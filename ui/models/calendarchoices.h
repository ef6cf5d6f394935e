#pragma once

#include "domain/enums.h"
#include "util/result.h"

#include <QList>
#include <QString>

namespace trellis {

class Database;
class LoadRequest;

// What the calendar import and export dialogs offer to choose from: the relationships ("mentor –
// mentee"), the people and the cohorts ("name (programme)"), each sorted by its label. Read by a
// ModelLoader watching `watched()`:
//
//     m_loader->setLoad(&CalendarChoices::fetch, this, &Dialog::applyChoices);
struct CalendarChoices {
    struct Choice {
        Id id = 0;
        QString label;
        Id mentorId = 0; // relationships only
        Id menteeId = 0; // relationships only
        Id cohortId = 0; // relationships only; 0: in no cohort
        friend bool operator==(const Choice &, const Choice &) = default;
    };

    QList<Choice> relationships;
    QList<Choice> people;
    QList<Choice> cohorts;

    // Whatever changed, the three short lists are read again in full.
    [[nodiscard]] static Result<CalendarChoices> fetch(Database &database, const LoadRequest &request);
    static QList<Entity> watched();
};

} // namespace trellis
