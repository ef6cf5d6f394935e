#pragma once

#include "cli/clicommand.h"

namespace trellis::cli {

// trellis-cli report DATABASE --cohort ID | --programme ID --variant board|full
//                     [--from DATE --to DATE] [--include-notes] [--no-anonymise]
//                     [--generated DATE] -o OUT.pdf
// Writes a cohort's or programme's board pack or full report as a PDF (issue 13), drawn with
// ui/reports on the offscreen platform. The same inputs and generation date give the same bytes.
class ReportCommand final : public CliCommand {
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QString &database, const QCommandLineParser &parser, Streams streams) const override;
};

} // namespace trellis::cli
