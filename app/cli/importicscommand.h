#pragma once

#include "cli/clicommand.h"

namespace trellis::cli {

// trellis-cli import-ics DATABASE --relationship ID [--skip-invalid] IN.ics
class ImportIcsCommand final : public CliCommand {
public:
    QString name() const override { return QStringLiteral("import-ics"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QString &database, const QCommandLineParser &parser, Streams streams) const override;
};

} // namespace trellis::cli
