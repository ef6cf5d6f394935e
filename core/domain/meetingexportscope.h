#pragma once

#include <QtGlobal>

namespace trellis {

// Which meetings an export covers: one relationship, one person (as mentor or
// mentee), one cohort, or everything in the database.
struct MeetingExportScope {
    enum class Kind { Relationship, Person, Cohort, All };

    Kind kind = Kind::All;
    qint64 id = 0; // unused for All

    static MeetingExportScope relationship(qint64 id) { return {Kind::Relationship, id}; }
    static MeetingExportScope person(qint64 id) { return {Kind::Person, id}; }
    static MeetingExportScope cohort(qint64 id) { return {Kind::Cohort, id}; }
    static MeetingExportScope all() { return {Kind::All, 0}; }
};

} // namespace trellis
