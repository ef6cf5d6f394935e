#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>
#include <vector>

namespace trellis {

// A problem found in an .ics file, with the 1-based line of the file it is about.
struct IcsProblem {
    int line = 0;
    QString message;
};

// One parameter of a content line, unquoted ("TZID" → "Europe/Berlin").
struct IcsLineParameter {
    QString name; // upper case
    QString value;
};

// One logical (unfolded) content line of an .ics file. Only used to know line numbers and to
// check what libical accepts silently; libical reads the values.
struct IcsContentLine {
    int line = 0; // first physical line, 1-based
    QString text; // unfolded, as written
    QString name; // upper case
    QList<IcsLineParameter> parameters;
    int valueStart = -1;  // offset of the value in text; -1 when the line has no ':' outside quotes
    bool dropped = false; // not passed on to libical (empty value, unreadable line)

    bool hasValue() const { return valueStart >= 0; }
    QString value() const { return valueStart < 0 ? QString() : text.mid(valueStart); } // raw, still escaped

    QString parameter(const QString &upperName) const;
    bool hasParameter(const QString &upperName) const;
};

// A BEGIN/END block found by the scan.
struct IcsScannedComponent {
    QString kind;        // upper case: VCALENDAR, VEVENT, VALARM, …
    int beginIndex = -1; // index of the BEGIN line in IcsScan::lines
    int endIndex = -1;   // index of the END line; -1 when never closed
    int parent = -1;
    bool broken = false; // unclosed, or contains a broken component
    std::vector<int> children;

    int beginLine(const std::vector<IcsContentLine> &lines) const { return lines[beginIndex].line; }
    bool complete() const { return endIndex >= 0 && !broken; }
};

// The raw structure of an .ics file: logical lines with their line numbers, the component tree,
// the tolerated oddities (warnings) and the structural problems (errors).
struct IcsScan {
    std::vector<IcsContentLine> lines;
    std::vector<IcsScannedComponent> components;
    std::vector<int> roots; // top-level VCALENDARs
    std::vector<IcsProblem> warnings;
    std::vector<IcsProblem> errors;
    bool notICalendar = false; // no VCALENDAR at all: refused under every option
    bool cancelled = false;
};

// Splits raw bytes into logical lines (CRLF or LF, space or TAB folding), tokenises name,
// parameters and value, and pairs BEGIN/END. It never interprets values.
class IcsLineScanner {
public:
    static IcsScan scan(const QByteArray &data, const std::atomic_bool *cancel = nullptr);

    // The lines of one component as text libical can read: unfolded, CRLF, dropped lines and
    // the components in `skip` left out.
    // Without its END line when `open` is set (the caller appends more children first).
    static void appendComponentText(const IcsScan &scan, int component, const std::vector<bool> &skip,
                                    QByteArray &out, bool open = false);

    // Parses one unfolded content line into name, parameters and value.
    static IcsContentLine tokenise(QString text, int line);
};

} // namespace trellis
