#include "cli/chartcommand.h"

#include "charts/activitychart.h"
#include "charts/chartimage.h"
#include "charts/goalchart.h"
#include "domain/cohort.h"
#include "domain/relationship.h"
#include "insights/activityseries.h"
#include "insights/goalpace.h"
#include "storage/database.h"
#include "storage/entityreader.h"
#include "util/clock.h"
#include "widgets/apppalette.h"

#include <QApplication>
#include <QRegularExpression>
#include <QStyleFactory>

namespace trellis::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

std::optional<QSize> parseSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})[xX](\\d{2,5})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    if (size.width() < 200 || size.height() < 150 || size.width() > 8000 || size.height() > 8000)
        return std::nullopt;
    return size;
}

QString kindNames()
{
    QStringList names;
    for (const ActivityChart::Kind kind :
         {ActivityChart::Kind::Contact, ActivityChart::Kind::Status, ActivityChart::Kind::Completion,
          ActivityChart::Kind::Adherence, ActivityChart::Kind::Hours, ActivityChart::Kind::Feedback})
        names << ActivityChart::kindName(kind);
    return names.join(QStringLiteral(", "));
}

} // namespace

QString ChartCommand::summary() const
{
    return tr("Draw a goal's, a relationship's or a cohort's chart as a PNG or SVG image.");
}

void ChartCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("goal"), tr("The goal whose progress to draw."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("relationship"), tr("The relationship whose activity to draw."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("cohort"), tr("The cohort to draw."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("kind"),
                      tr("What to draw of a relationship or cohort: %1 (default: contact for a relationship, "
                         "status for a cohort).")
                          .arg(kindNames()),
                      QStringLiteral("KIND")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("The image to write (.png or .svg)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("size"),
                      tr("The image size in pixels (default %1x%2).").arg(DefaultWidth).arg(DefaultHeight),
                      QStringLiteral("WxH")});
    parser.addOption({QStringLiteral("theme"), tr("light (default) or dark."), QStringLiteral("THEME")});
}

int ChartCommand::run(const QString &database, const QCommandLineParser &parser, Streams streams) const
{
    const auto fail = [&](const QString &message, int code) {
        streams.err << QStringLiteral("trellis-cli chart: ") << message << Qt::endl;
        return code;
    };
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return fail(tr("drawing needs the GUI libraries (QApplication)"), 1);

    const int subjects = int(parser.isSet(QStringLiteral("goal"))) +
                         int(parser.isSet(QStringLiteral("relationship"))) +
                         int(parser.isSet(QStringLiteral("cohort")));
    if (subjects != 1)
        return fail(tr("give one of --goal ID, --relationship ID or --cohort ID"), 2);
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return fail(tr("missing -o OUT.png or -o OUT.svg"), 2);
    if (!ChartImage::isSupported(output))
        return fail(tr("the output must end in .png or .svg: %1").arg(output), 2);
    QSize size(DefaultWidth, DefaultHeight);
    if (parser.isSet(QStringLiteral("size"))) {
        const auto parsed = parseSize(parser.value(QStringLiteral("size")));
        if (!parsed)
            return fail(tr("--size must be WIDTHxHEIGHT between 200x150 and 8000x8000, like 1200x700"), 2);
        size = *parsed;
    }
    const QString theme = parser.value(QStringLiteral("theme"));
    if (!theme.isEmpty() && theme != QLatin1String("light") && theme != QLatin1String("dark"))
        return fail(tr("--theme must be light or dark"), 2);
    const QPalette palette = theme == QLatin1String("dark") ? AppPalette::dark() : AppPalette::light();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(palette);

    bool ok = false;
    const QString subject = parser.isSet(QStringLiteral("goal"))           ? QStringLiteral("goal")
                            : parser.isSet(QStringLiteral("relationship")) ? QStringLiteral("relationship")
                                                                           : QStringLiteral("cohort");
    const Id id = parser.value(subject).toLongLong(&ok);
    if (!ok || id <= 0)
        return fail(tr("--%1 needs a positive number").arg(subject), 2);

    std::optional<ActivityChart::Kind> kind;
    if (parser.isSet(QStringLiteral("kind"))) {
        if (subject == QLatin1String("goal"))
            return fail(tr("--kind is for a relationship or a cohort; a goal has one chart"), 2);
        kind = ActivityChart::kindNamed(parser.value(QStringLiteral("kind")));
        if (!kind)
            return fail(
                tr("unknown --kind %1; one of: %2").arg(parser.value(QStringLiteral("kind")), kindNames()),
                2);
    }

    auto opened = Database::open(database, Database::OpenMode::ReadOnly);
    if (!opened)
        return fail(opened.errorMessage(), 1);
    Database &db = *opened.value();
    const ChartPalette colours = ChartPalette::from(palette);

    ChartBase *chart = nullptr;
    if (subject == QLatin1String("goal")) {
        auto pace = GoalPace::load(db, id);
        if (!pace)
            return fail(pace.errorMessage(), 1);
        auto *goalChart = new GoalChart;
        goalChart->setChartPalette(colours);
        goalChart->setGoal(std::move(*pace), Clock::today());
        chart = goalChart;
    } else {
        RelationshipScope scope;
        if (subject == QLatin1String("relationship")) {
            if (auto exists = EntityReader(db.connection()).get<Relationship>(id); !exists)
                return fail(exists.errorMessage(), 1);
            scope = RelationshipScope::relationship(id);
        } else {
            if (auto exists = EntityReader(db.connection()).get<Cohort>(id); !exists)
                return fail(exists.errorMessage(), 1);
            scope = RelationshipScope::cohort(id);
        }
        auto series = ActivitySeries::load(db, scope);
        if (!series)
            return fail(series.errorMessage(), 1);
        auto *activity = new ActivityChart(kind.value_or(
            subject == QLatin1String("cohort") ? ActivityChart::Kind::Status : ActivityChart::Kind::Contact));
        activity->setChartPalette(colours);
        activity->setSeries(std::move(*series));
        chart = activity;
    }
    if (const QString empty = chart->emptyText(); !empty.isEmpty())
        streams.err << QStringLiteral("trellis-cli chart: ") << empty << Qt::endl;
    const Status written = ChartImage::write(chart, size, output);
    if (!written)
        return fail(written.errorMessage(), 1);
    streams.out << tr("Wrote %1 (%2×%3)").arg(output).arg(size.width()).arg(size.height()) << Qt::endl;
    return 0;
}

} // namespace trellis::cli
