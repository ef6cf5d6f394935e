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

} // namespace trellis::test
