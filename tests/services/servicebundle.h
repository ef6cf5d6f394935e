#pragma once

#include "services/changeapplier.h"
#include "services/goalservice.h"
#include "services/meetingservice.h"
#include "services/peopleservice.h"
#include "services/relationshipservice.h"
#include "services/resourceservice.h"
#include "services/serieseditservice.h"
#include "services/settingsservice.h"
#include "storage/database.h"
#include "storage/entityreader.h"

namespace trellis::test {

// Every service on one database (and optionally one notifier), for tests.
struct ServiceBundle {
    explicit ServiceBundle(Database &db, ChangeNotifier *notifier = nullptr)
        : database(db)
        , people(db, notifier)
        , relationships(db, notifier)
        , goals(db, notifier)
        , meetings(db, notifier)
        , seriesEdits(db, notifier)
        , resources(db, notifier)
        , settings(db, notifier)
        , applier(db, notifier)
    {}

    template <typename T>
    T get(Id id) const
    {
        auto value = EntityReader(database.connection()).get<T>(id);
        if (!value)
            qFatal("%s", qPrintable(value.errorMessage()));
        return *value;
    }

    Database &database;
    PeopleService people;
    RelationshipService relationships;
    GoalService goals;
    MeetingService meetings;
    SeriesEditService seriesEdits;
    ResourceService resources;
    SettingsService settings;
    ChangeApplier applier;
};

} // namespace trellis::test
