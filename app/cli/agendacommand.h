#pragma once

#include "cli/clicommand.h"

namespace trellis::cli {

// trellis-cli agenda DATABASE [--person ID] [--from DATE] [--days N] [--json]
// The occurrences of a window as the calendar views hold them (CalendarAgenda): times in the
// system's zone (TZ), one line each or a JSON array.
class AgendaCommand final : public CliCommand {
public:
    QString name() const override { return QStringLiteral("agenda"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QString &database, const QCommandLineParser &parser, Streams streams) const override;
};

} // namespace trellis::cli
