#pragma once

#include "cli/clicommand.h"

namespace trellis::cli {

// trellis-cli import-roster DATABASE IN.csv [--mapping FILE]: adds every person of a CSV roster
// in one transaction, or lists every problem (line and field) and writes nothing.
class ImportRosterCommand final : public CliCommand {
public:
    QString name() const override { return QStringLiteral("import-roster"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QString &database, const QCommandLineParser &parser, Streams streams) const override;
};

} // namespace trellis::cli
