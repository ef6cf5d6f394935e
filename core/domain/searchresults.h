#pragma once

#include "domain/enums.h"

#include <QChar>
#include <QDate>
#include <QList>
#include <QString>

namespace trellis {

// One record that matched a search (SearchQuery). Private notes never contribute.
struct SearchHit {
    enum class Kind { Person, Relationship, Goal, Meeting, Contact, Resource };

    // Around each matched word in `snippet` (control characters, so any text can be escaped first).
    static constexpr QChar MatchStart = QChar(0x2);
    static constexpr QChar MatchEnd = QChar(0x3);

    Kind kind = Kind::Person;
    Id id = 0;
    QString title;         // the record's name or title (may be empty for contacts and untitled meetings)
    QString snippet;       // matched text with MatchStart/MatchEnd around the matches
    QString context;       // a second line: department, programme and cohort, the relationship…
    Id relationshipId = 0; // relationships, goals, meetings and contacts: the relationship, else 0
    QDate date;            // meetings and contacts: when
    double score = 0;      // lower is better (bm25)
};

// Hits of one kind, best first.
struct SearchGroup {
    enum class Kind { People, Relationships, Goals, Notes, Resources };

    Kind kind = Kind::People;
    QList<SearchHit> hits;
    bool more = false; // there were more hits than the limit
};

struct SearchResults {
    QString text;              // what was searched
    QList<SearchGroup> groups; // only non-empty groups, in SearchGroup::Kind order

    bool isEmpty() const { return groups.isEmpty(); }
    int hitCount() const
    {
        int count = 0;
        for (const SearchGroup &group : groups)
            count += int(group.hits.size());
        return count;
    }
};

} // namespace trellis
