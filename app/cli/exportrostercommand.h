#pragma once

#include "cli/clicommand.h"

namespace trellis::cli {

// trellis-cli export-roster DATABASE -o OUT.csv [--relationships]: the roster (or the
// relationships with their health) as a CSV file for spreadsheets.
class ExportRosterCommand final : public CliCommand {
public:
    QString name() const override { return QStringLiteral("export-roster"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QString &database, const QCommandLineParser &parser, Streams streams) const override;
};

} // namespace trellis::cli
