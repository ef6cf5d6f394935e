#pragma once

#include "domain/resource.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace trellis {

// One link of a CSV list, with the line it was read from (for messages).
struct LinkRow {
    int line = 0;
    Resource resource;
    bool operator==(const LinkRow &) const = default;
};

// What an import of a CSV list of links would do: the links to add and those left out as
// duplicates (same URL as a resource in the library, or as an earlier line of the file).
struct LinkImportPlan {
    struct Duplicate {
        int line = 0;
        QString url;
        QString existingTitle; // the library's resource holding the URL, if any
        int earlierLine = 0;   // else the line of the file that has it first
    };
    QList<LinkRow> toAdd;
    QList<Duplicate> duplicates;
};

// A CSV list of links for the library (Library ▸ Import Links…, `trellis-cli add-resource --csv`):
// a header row naming the columns in any order and case — url (required), title, description,
// tags (separated by ";"), kind (a resource kind's key or name: "article", "job_lead", "Job lead"),
// organisation, location, deadline (YYYY-MM-DD). A missing title is the URL. Cells are text as
// they stand: "=HYPERLINK(…)" stays those characters (nothing is evaluated or stripped). The first
// bad cell refuses the whole file with its file name, line and field.
class LinkCsv {
public:
    [[nodiscard]] static Result<QList<LinkRow>> parse(const QByteArray &bytes, const QString &fileName);
    [[nodiscard]] static Result<QList<LinkRow>> readFile(const QString &path);
    // The header names read, in the order the documentation lists them.
    [[nodiscard]] static QStringList columns();
};

} // namespace trellis
