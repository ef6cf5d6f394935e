#pragma once

#include "domain/cohort.h"
#include "domain/person.h"
#include "domain/programme.h"
#include "models/datasource.h"
#include "util/result.h"

#include <QHash>
#include <QList>

namespace trellis {

// What the pairing dialog offers: the roster, each mentor's open relationships, the programmes and
// their cohorts. Read once when the dialog opens, on a worker (the roster grows with the
// programme): read() uses the calling thread's connection.
struct PairingChoices {
    QList<Person> people;
    QHash<Id, int> mentorLoads;
    QList<Programme> programmes;
    QList<Cohort> cohorts;

    [[nodiscard]] static Result<PairingChoices> read(const DataSource &data);
};

} // namespace trellis
