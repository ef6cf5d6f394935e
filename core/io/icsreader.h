#pragma once

#include "io/icsreadresult.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace trellis {

// Reads an .ics file into plain event values following the import policy of ICALENDAR.md:
// libical parses; a raw pre-scan (IcsLineScanner) knows line numbers, finds structural damage
// and checks the dates libical accepts silently. Tolerated oddities become warnings naming
// their line; unreadable times or rules and broken structure refuse the whole file, unless
// skipInvalid is set, which returns the complete valid events and lists the skipped ones.
// Thread-safe for separate instances (the GUI runs it on a worker thread).
class IcsReader {
public:
    explicit IcsReader(IcsReadOptions options = {});

    // Error only when the file cannot be opened or reading was cancelled; a refused file is a
    // result with refused = true.
    Result<IcsReadResult> readFile(const QString &path) const;
    Result<IcsReadResult> readData(const QByteArray &data) const;

private:
    IcsReadOptions m_options;
};

} // namespace trellis
