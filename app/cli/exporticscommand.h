#pragma once

#include "cli/clicommand.h"

namespace trellis::cli {

// trellis-cli export-ics DATABASE --relationship ID | --person ID | --cohort ID | --all
//   [--include-notes] [--include-attendees] -o OUT.ics
class ExportIcsCommand final : public CliCommand {
public:
    QString name() const override { return QStringLiteral("export-ics"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QString &database, const QCommandLineParser &parser, Streams streams) const override;
};

} // namespace trellis::cli
