#pragma once

#include "cli/clicommand.h"

namespace trellis::cli {

// trellis-cli match DATABASE --cohort ID [--preset KEY] [--minimum N] [--accept] [--json]:
// the best set of pairs for the people still to be paired, each score as its terms; --accept
// makes them proposed relationships of the cohort, in one transaction.
class MatchCommand final : public CliCommand {
public:
    QString name() const override { return QStringLiteral("match"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QString &database, const QCommandLineParser &parser, Streams streams) const override;
};

} // namespace trellis::cli
