#pragma once

#include <QString>
#include <QStringList>

namespace trellis::test {

// Runs the real trellis-cli binary and captures what it printed.
struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};

CliResult runCli(const QStringList &arguments, int timeoutMs = 120000);

// Writes a calendar of one one-hour event (UID x@example.org, 5 Jan 2026 09:00 UTC) to `path`.
bool writeOneEventCalendar(const QString &path);

} // namespace trellis::test
