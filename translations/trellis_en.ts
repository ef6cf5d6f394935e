<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddResourceCommand</name>
    <message numerus="yes">
        <source>Added %n link(s).</source>
        <translation>
            <numerusform>Added %n link.</numerusform><numerusform>Added %n links.</numerusform></translation>
    </message>
</context>
<context>
    <name>CalendarMoves</name>
    <message numerus="yes">
        <source>This and the %n Following</source>
        <translation>
            <numerusform>This and the %n Following</numerusform><numerusform>This and the %n Following</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>All %n</source>
        <translation>
            <numerusform>All %n</numerusform><numerusform>All %n</numerusform></translation>
    </message>
</context>
<context>
    <name>CalendarTexts</name>
    <message numerus="yes">
        <source>%1 (%n min)</source>
        <translation>
            <numerusform>%1 (%n min)</numerusform><numerusform>%1 (%n min)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>And %n more meeting(s) at that time.</source>
        <translation>
            <numerusform>And %n more meeting at that time.</numerusform><numerusform>And %n more meetings at that time.</numerusform></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message numerus="yes">
        <source>Cannot add demo data to %1: it already has %n person(s). Demo data goes into a new or empty database.</source>
        <translation>
            <numerusform>Cannot add demo data to %1: it already has %n person. Demo data goes into a new or empty database.</numerusform><numerusform>Cannot add demo data to %1: it already has %n people. Demo data goes into a new or empty database.</numerusform></translation>
    </message>
</context>
<context>
    <name>MatchingSolver</name>
    <message numerus="yes">
        <source>the rules rule out every mentor with a place (%n mentor(s); e.g. %1)</source>
        <translation>
            <numerusform>the rules rule out every mentor with a place (%n mentor; e.g. %1)</numerusform><numerusform>the rules rule out every mentor with a place (%n mentors; e.g. %1)</numerusform></translation>
    </message>
</context>
<context>
    <name>PairScorer</name>
    <message numerus="yes">
        <source>offers none of the %n skill(s) %1 wants to develop</source>
        <translation>
            <numerusform>offers none of the %n skill %1 wants to develop</numerusform><numerusform>offers none of the %n skills %1 wants to develop</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>offers %1 of the %n skill(s) %2 wants to develop: %3</source>
        <translation>
            <numerusform>offers %1 of the %n skill %2 wants to develop: %3</numerusform><numerusform>offers %1 of the %n skills %2 wants to develop: %3</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>shares %1 of %2's %n interest(s): %3</source>
        <translation>
            <numerusform>shares %1 of %2's %n interest: %3</numerusform><numerusform>shares %1 of %2's %n interests: %3</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) between their time zones</source>
        <translation>
            <numerusform>%n hour between their time zones</numerusform><numerusform>%n hours between their time zones</numerusform></translation>
    </message>
</context>
<context>
    <name>RecurrenceTexts</name>
    <message numerus="yes">
        <source>Every %n second(s)</source>
        <translation>
            <numerusform>Every %n second</numerusform><numerusform>Every %n seconds</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Every %n minute</numerusform><numerusform>Every %n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Every %n hour</numerusform><numerusform>Every %n hours</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Every %n days</source>
        <translation>
            <numerusform>Every %n days</numerusform><numerusform>Every %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks</source>
        <translation>
            <numerusform>Every %n weeks</numerusform><numerusform>Every %n weeks</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Every %n months</source>
        <translation>
            <numerusform>Every %n months</numerusform><numerusform>Every %n months</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Every %n years</source>
        <translation>
            <numerusform>Every %n years</numerusform><numerusform>Every %n years</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n time(s)</source>
        <translation>
            <numerusform>%1, %n time</numerusform><numerusform>%1, %n times</numerusform></translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message numerus="yes">
        <source>…and %n more: see the Check column.</source>
        <translation>
            <numerusform>…and %n more: see the Check column.</numerusform><numerusform>…and %n more: see the Check column.</numerusform></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>%1 has %n problem(s).</source>
        <translation>
            <numerusform>%1 has %n problem.</numerusform><numerusform>%1 has %n problems.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n relationship(s) to %1</source>
        <translation>
            <numerusform>Wrote %n relationship to %1</numerusform><numerusform>Wrote %n relationships to %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n person(s) to %1</source>
        <translation>
            <numerusform>Wrote %n person to %1</numerusform><numerusform>Wrote %n people to %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>import-roster: nothing was imported; %n problem(s):</source>
        <translation>
            <numerusform>import-roster: nothing was imported; %n problem:</numerusform><numerusform>import-roster: nothing was imported; %n problems:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Added %n person(s) from %1.</source>
        <translation>
            <numerusform>Added %n person from %1.</numerusform><numerusform>Added %n people from %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform><numerusform>%n people</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n mentor(s)</source>
        <translation>
            <numerusform>%n mentor</numerusform><numerusform>%n mentors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n mentee(s)</source>
        <translation>
            <numerusform>%n mentee</numerusform><numerusform>%n mentees</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n programme(s)</source>
        <translation>
            <numerusform>%n programme</numerusform><numerusform>%n programmes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n cohort(s)</source>
        <translation>
            <numerusform>%n cohort</numerusform><numerusform>%n cohorts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n relationship(s)</source>
        <translation>
            <numerusform>%n relationship</numerusform><numerusform>%n relationships</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting row(s)</source>
        <translation>
            <numerusform>%n meeting row</numerusform><numerusform>%n meeting rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n goal</numerusform><numerusform>%n goals</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n progress update(s)</source>
        <translation>
            <numerusform>%n progress update</numerusform><numerusform>%n progress updates</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n resource</numerusform><numerusform>%n resources</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform><numerusform>%n rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n single(s)</source>
        <translation>
            <numerusform>%n single</numerusform><numerusform>%n singles</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n series</numerusform><numerusform>%n series</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n changed occurrence(s)</source>
        <translation>
            <numerusform>%n changed occurrence</numerusform><numerusform>%n changed occurrences</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled occurrence(s)</source>
        <translation>
            <numerusform>%n cancelled occurrence</numerusform><numerusform>%n cancelled occurrences</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n time zone(s)</source>
        <translation>
            <numerusform>%n time zone</numerusform><numerusform>%n time zones</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No meetings from %1 in %n day(s).</source>
        <translation>
            <numerusform>No meetings from %1 in %n day.</numerusform><numerusform>No meetings from %1 in %n days.</numerusform></translation>
    </message>
</context>
<context>
    <name>trellis::ActivityChart</name>
    <message numerus="yes">
        <source>%1: %n goal(s)</source>
        <translation>
            <numerusform>%1: %n goal</numerusform><numerusform>%1: %n goals</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) held</source>
        <translation>
            <numerusform>%n meeting held</numerusform><numerusform>%n meetings held</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) logged</source>
        <translation>
            <numerusform>%n contact logged</numerusform><numerusform>%n contacts logged</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2: %n pair(s)</source>
        <translation>
            <numerusform>%1 on %2: %n pair</numerusform><numerusform>%1 on %2: %n pairs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 h in %n meeting(s)</source>
        <translation>
            <numerusform>%1 h in %n meeting</numerusform><numerusform>%1 h in %n meetings</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Average %1 of 5 from %n rating(s)</source>
        <translation>
            <numerusform>Average %1 of 5 from %n rating</numerusform><numerusform>Average %1 of 5 from %n ratings</numerusform></translation>
    </message>
</context>
<context>
    <name>trellis::CalendarFilterButton</name>
    <message numerus="yes">
        <source>Filter meetings, %n filter(s) in use</source>
        <translation>
            <numerusform>Filter meetings, %n filter in use</numerusform><numerusform>Filter meetings, %n filters in use</numerusform></translation>
    </message>
</context>
<context>
    <name>trellis::ChartDrillDown</name>
    <message numerus="yes">
        <source>%n meeting(s) held</source>
        <translation>
            <numerusform>%n meeting held</numerusform><numerusform>%n meetings held</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) logged</source>
        <translation>
            <numerusform>%n contact logged</numerusform><numerusform>%n contacts logged</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every %n day</numerusform><numerusform>every %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) were in this status on that date.</source>
        <translation>
            <numerusform>%n pair were in this status on that date.</numerusform><numerusform>%n pairs were in this status on that date.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) in this range.</source>
        <translation>
            <numerusform>%n goal in this range.</numerusform><numerusform>%n goals in this range.</numerusform></translation>
    </message>
</context>
<context>
    <name>trellis::Edits</name>
    <message numerus="yes">
        <source>Imported %n meeting(s)</source>
        <translation>
            <numerusform>Imported %n meeting</numerusform><numerusform>Imported %n meetings</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n meeting(s) into %1</source>
        <translation>
            <numerusform>Imported %n meeting into %1</numerusform><numerusform>Imported %n meetings into %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n updated)</source>
        <translation>
            <numerusform>%1 (%n updated)</numerusform><numerusform>%1 (%n updated)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggested pair(s)</source>
        <translation>
            <numerusform>Accept %n suggested pair</numerusform><numerusform>Accept %n suggested pairs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) proposed</source>
        <translation>
            <numerusform>%n pair proposed</numerusform><numerusform>%n pairs proposed</numerusform></translation>
    </message>
</context>
<context>
    <name>trellis::FirstRunPage</name>
    <message numerus="yes">
        <source>%n person(s) are already in this database; you may be one of them.</source>
        <translation>
            <numerusform>%n person are already in this database; you may be one of them.</numerusform><numerusform>%n people are already in this database; you may be one of them.</numerusform></translation>
    </message>
</context>
<context>
    <name>trellis::GoalListModel</name>
    <message numerus="yes">
        <source>%1 · overdue by %n day(s)</source>
        <translation>
            <numerusform>%1 · overdue by %n day</numerusform><numerusform>%1 · overdue by %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform><numerusform>overdue by %n days</numerusform></translation>
    </message>
</context>
<context>
    <name>trellis::GuiApplication</name>
    <message numerus="yes">
        <source>Exported %n event(s) to %1</source>
        <translation>
            <numerusform>Exported %n event to %1</numerusform><numerusform>Exported %n events to %1</numerusform></translation>
    </message>
</context>
<context>
    <name>trellis::HealthPresentation</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform><numerusform>Overdue by %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>no contact for more than twice the agreed cadence (overdue by %n day(s))</source>
        <translation>
            <numerusform>no contact for more than twice the agreed cadence (overdue by %n day)</numerusform><numerusform>no contact for more than twice the agreed cadence (overdue by %n days)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n past meeting(s) not logged</source>
        <translation>
            <numerusform>%n past meeting not logged</numerusform><numerusform>%n past meetings not logged</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (and %n more)</numerusform><numerusform>%1 (and %n more)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 · overdue by %n day(s)</source>
        <translation>
            <numerusform>%1 · overdue by %n day</numerusform><numerusform>%1 · overdue by %n days</numerusform></translation>
    </message>
</context>
<context>
    <name>trellis::IcsExportDialog</name>
    <message numerus="yes">
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>Exported %n event to %1.</numerusform><numerusform>Exported %n events to %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>trellis::IndexCoverage</name>
    <message numerus="yes">
        <source>%1 of %n file(s) indexed</source>
        <translation>
            <numerusform>%1 of %n file indexed</numerusform><numerusform>%1 of %n files indexed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read: %1</source>
        <translation>
            <numerusform>%n could not be read: %1</numerusform><numerusform>%n could not be read: %1</numerusform></translation>
    </message>
</context>
<context>
    <name>trellis::JobLeadListModel</name>
    <message numerus="yes">
        <source>Apply by %1 · in %n day(s)</source>
        <translation>
            <numerusform>Apply by %1 · in %n day</numerusform><numerusform>Apply by %1 · in %n days</numerusform></translation>
    </message>
</context>
<context>
    <name>trellis::LibraryDetailPane</name>
    <message numerus="yes">
        <source>apply by %1 (%n day(s) left)</source>
        <translation>
            <numerusform>apply by %1 (%n day left)</numerusform><numerusform>apply by %1 (%n days left)</numerusform></translation>
    </message>
</context>
<context>
    <name>trellis::LibraryListModel</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform><numerusform>%n files</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>shared %n time(s)</source>
        <translation>
            <numerusform>shared %n time</numerusform><numerusform>shared %n times</numerusform></translation>
    </message>
</context>
<context>
    <name>trellis::LibraryPage</name>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n resource</numerusform><numerusform>%n resources</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform><numerusform>in %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>Reading %n file…</numerusform><numerusform>Reading %n files…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Add %n link(s) from %1 to the library?</source>
        <translation>
            <numerusform>Add %n link from %1 to the library?</numerusform><numerusform>Add %n links from %1 to the library?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) will be left out:</source>
        <translation>
            <numerusform>%n duplicate will be left out:</numerusform><numerusform>%n duplicates will be left out:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) imported from %1.</source>
        <translation>
            <numerusform>%n link imported from %1.</numerusform><numerusform>%n links imported from %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) left out: %1</source>
        <translation>
            <numerusform>%n duplicate left out: %1</numerusform><numerusform>%n duplicates left out: %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s)…</source>
        <translation>
            <numerusform>Adding %n file…</numerusform><numerusform>Adding %n files…</numerusform></translation>
    </message>
</context>
<context>
    <name>trellis::MatchingPage</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform><numerusform>… and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Accept %n Pair(s)</source>
        <translation>
            <numerusform>&amp;Accept %n Pair</numerusform><numerusform>&amp;Accept %n Pairs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n mentee(s) to pair</source>
        <translation>
            <numerusform>%n mentee to pair</numerusform><numerusform>%n mentees to pair</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n mentor(s) with places</source>
        <translation>
            <numerusform>%n mentor with places</numerusform><numerusform>%n mentors with places</numerusform></translation>
    </message>
</context>
<context>
    <name>trellis::MeetingSettingsPage</name>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n minute before</numerusform><numerusform>%n minutes before</numerusform></translation>
    </message>
</context>
<context>
    <name>trellis::MenteeGoalsPage</name>
    <message numerus="yes">
        <source>%n closing soon</source>
        <translation>
            <numerusform>%n closing soon</numerusform><numerusform>%n closing soon</numerusform></translation>
    </message>
</context>
<context>
    <name>trellis::MenteeListModel</name>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform><numerusform>%n days ago</numerusform></translation>
    </message>
</context>
<context>
    <name>trellis::MonthView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform><numerusform>+%n more</numerusform></translation>
    </message>
</context>
<context>
    <name>trellis::MyMenteesPage</name>
    <message numerus="yes">
        <source>…and %n more, at the top of the list above.</source>
        <translation>
            <numerusform>…and %n more, at the top of the list above.</numerusform><numerusform>…and %n more, at the top of the list above.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform><numerusform>…and %n more.</numerusform></translation>
    </message>
</context>
<context>
    <name>trellis::PlanMeetingDialog</name>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>day</numerusform><numerusform>days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>week</numerusform><numerusform>weeks</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>month</numerusform><numerusform>months</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This series overlaps the series “%1” of this relationship, first on %2 (%n meeting(s) in the next six months).</source>
        <translation>
            <numerusform>This series overlaps the series “%1” of this relationship, first on %2 (%n meeting in the next six months).</numerusform><numerusform>This series overlaps the series “%1” of this relationship, first on %2 (%n meetings in the next six months).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This series overlaps %1's series “%2” with another mentee, first on %3 (%n meeting(s) in the next six months).</source>
        <translation>
            <numerusform>This series overlaps %1's series “%2” with another mentee, first on %3 (%n meeting in the next six months).</numerusform><numerusform>This series overlaps %1's series “%2” with another mentee, first on %3 (%n meetings in the next six months).</numerusform></translation>
    </message>
</context>
<context>
    <name>trellis::ProgrammeTreeModel</name>
    <message numerus="yes">
        <source>%1 · every %n day(s)</source>
        <translation>
            <numerusform>%1 · every %n day</numerusform><numerusform>%1 · every %n days</numerusform></translation>
    </message>
</context>
<context>
    <name>trellis::ProgrammesPage</name>
    <message numerus="yes">
        <source>meet every %n day(s)</source>
        <translation>
            <numerusform>meet every %n day</numerusform><numerusform>meet every %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) long</source>
        <translation>
            <numerusform>%n month long</numerusform><numerusform>%n months long</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n-minute meetings</source>
        <translation>
            <numerusform>%n-minute meetings</numerusform><numerusform>%n-minute meetings</numerusform></translation>
    </message>
</context>
<context>
    <name>trellis::ProgressPage</name>
    <message numerus="yes">
        <source>%n meeting(s) in 12 months</source>
        <translation>
            <numerusform>%n meeting in 12 months</numerusform><numerusform>%n meetings in 12 months</numerusform></translation>
    </message>
</context>
<context>
    <name>trellis::RelationshipHeader</name>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every %n day</numerusform><numerusform>every %n days</numerusform></translation>
    </message>
</context>
<context>
    <name>trellis::RelationshipOverviewTab</name>
    <message numerus="yes">
        <source>&lt;br&gt;… and %n more (see Actions)</source>
        <translation>
            <numerusform>&lt;br&gt;… and %n more (see Actions)</numerusform><numerusform>&lt;br&gt;… and %n more (see Actions)</numerusform></translation>
    </message>
</context>
<context>
    <name>trellis::RelationshipResourcesTab</name>
    <message numerus="yes">
        <source>%n shared</source>
        <translation>
            <numerusform>%n shared</numerusform><numerusform>%n shared</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n discussed</source>
        <translation>
            <numerusform>%n discussed</numerusform><numerusform>%n discussed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n still to talk about</source>
        <translation>
            <numerusform>%n still to talk about</numerusform><numerusform>%n still to talk about</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Suggested by the mentee (%n waiting)</source>
        <translation>
            <numerusform>Suggested by the mentee (%n waiting)</numerusform><numerusform>Suggested by the mentee (%n waiting)</numerusform></translation>
    </message>
</context>
<context>
    <name>trellis::RelationshipTableModel</name>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every %n day</numerusform><numerusform>every %n days</numerusform></translation>
    </message>
</context>
<context>
    <name>trellis::ReportDocument</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>and %n more (see the full report)</source>
        <translation>
            <numerusform>and %n more (see the full report)</numerusform><numerusform>and %n more (see the full report)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Pairs (%n)</source>
        <translation>
            <numerusform>Pairs (%n)</numerusform><numerusform>Pairs (%n)</numerusform></translation>
    </message>
</context>
<context>
    <name>trellis::ResourceService</name>
    <message numerus="yes">
        <source>“%1” is already shared with %n of them.</source>
        <translation>
            <numerusform>“%1” is already shared with %n of them.</numerusform><numerusform>“%1” is already shared with %n of them.</numerusform></translation>
    </message>
</context>
<context>
    <name>trellis::RosterImportDialog</name>
    <message numerus="yes">
        <source>%n problem(s) — nothing will be imported. Fix the file (or the column choices) and choose it again:</source>
        <translation>
            <numerusform>%n problem — nothing will be imported. Fix the file (or the column choices) and choose it again:</numerusform><numerusform>%n problems — nothing will be imported. Fix the file (or the column choices) and choose it again:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) will be added, in one step you can undo.</source>
        <translation>
            <numerusform>%n person will be added, in one step you can undo.</numerusform><numerusform>%n people will be added, in one step you can undo.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Adding %n person(s)…</source>
        <translation>
            <numerusform>Adding %n person…</numerusform><numerusform>Adding %n people…</numerusform></translation>
    </message>
</context>
<context>
    <name>trellis::RosterPage</name>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform><numerusform>%n people</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n mentor(s)</source>
        <translation>
            <numerusform>%n mentor</numerusform><numerusform>%n mentors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n with room for a mentee</source>
        <translation>
            <numerusform>%n with room for a mentee</numerusform><numerusform>%n with room for a mentee</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n person(s) to %1</source>
        <translation>
            <numerusform>Wrote %n person to %1</numerusform><numerusform>Wrote %n people to %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n relationship(s) to %1</source>
        <translation>
            <numerusform>Wrote %n relationship to %1</numerusform><numerusform>Wrote %n relationships to %1</numerusform></translation>
    </message>
</context>
<context>
    <name>trellis::ShareDialog</name>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>%n chosen</numerusform><numerusform>%n chosen</numerusform></translation>
    </message>
</context>
<context>
    <name>trellis::TimeGridView</name>
    <message numerus="yes">
        <source>%n more meeting(s) at this time</source>
        <translation>
            <numerusform>%n more meeting at this time</numerusform><numerusform>%n more meetings at this time</numerusform></translation>
    </message>
</context>
<context>
    <name>ActivityChart</name>
    <message numerus="yes">
        <source>%1: %n goal(s)</source>
        <translation>
            <numerusform>%1: %n goal</numerusform><numerusform>%1: %n goals</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) held</source>
        <translation>
            <numerusform>%n meeting held</numerusform><numerusform>%n meetings held</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) logged</source>
        <translation>
            <numerusform>%n contact logged</numerusform><numerusform>%n contacts logged</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2: %n pair(s)</source>
        <translation>
            <numerusform>%1 on %2: %n pair</numerusform><numerusform>%1 on %2: %n pairs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 h in %n meeting(s)</source>
        <translation>
            <numerusform>%1 h in %n meeting</numerusform><numerusform>%1 h in %n meetings</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Average %1 of 5 from %n rating(s)</source>
        <translation>
            <numerusform>Average %1 of 5 from %n rating</numerusform><numerusform>Average %1 of 5 from %n ratings</numerusform></translation>
    </message>
</context>
<context>
    <name>CalendarFilterButton</name>
    <message numerus="yes">
        <source>Filter meetings, %n filter(s) in use</source>
        <translation>
            <numerusform>Filter meetings, %n filter in use</numerusform><numerusform>Filter meetings, %n filters in use</numerusform></translation>
    </message>
</context>
<context>
    <name>ChartDrillDown</name>
    <message numerus="yes">
        <source>%n meeting(s) held</source>
        <translation>
            <numerusform>%n meeting held</numerusform><numerusform>%n meetings held</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) logged</source>
        <translation>
            <numerusform>%n contact logged</numerusform><numerusform>%n contacts logged</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every %n day</numerusform><numerusform>every %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) were in this status on that date.</source>
        <translation>
            <numerusform>%n pair were in this status on that date.</numerusform><numerusform>%n pairs were in this status on that date.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) in this range.</source>
        <translation>
            <numerusform>%n goal in this range.</numerusform><numerusform>%n goals in this range.</numerusform></translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message numerus="yes">
        <source>Imported %n meeting(s)</source>
        <translation>
            <numerusform>Imported %n meeting</numerusform><numerusform>Imported %n meetings</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n meeting(s) into %1</source>
        <translation>
            <numerusform>Imported %n meeting into %1</numerusform><numerusform>Imported %n meetings into %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n updated)</source>
        <translation>
            <numerusform>%1 (%n updated)</numerusform><numerusform>%1 (%n updated)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggested pair(s)</source>
        <translation>
            <numerusform>Accept %n suggested pair</numerusform><numerusform>Accept %n suggested pairs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) proposed</source>
        <translation>
            <numerusform>%n pair proposed</numerusform><numerusform>%n pairs proposed</numerusform></translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message numerus="yes">
        <source>%n person(s) are already in this database; you may be one of them.</source>
        <translation>
            <numerusform>%n person are already in this database; you may be one of them.</numerusform><numerusform>%n people are already in this database; you may be one of them.</numerusform></translation>
    </message>
</context>
<context>
    <name>GoalListModel</name>
    <message numerus="yes">
        <source>%1 · overdue by %n day(s)</source>
        <translation>
            <numerusform>%1 · overdue by %n day</numerusform><numerusform>%1 · overdue by %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform><numerusform>overdue by %n days</numerusform></translation>
    </message>
</context>
<context>
    <name>GuiApplication</name>
    <message numerus="yes">
        <source>Exported %n event(s) to %1</source>
        <translation>
            <numerusform>Exported %n event to %1</numerusform><numerusform>Exported %n events to %1</numerusform></translation>
    </message>
</context>
<context>
    <name>HealthPresentation</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform><numerusform>Overdue by %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>no contact for more than twice the agreed cadence (overdue by %n day(s))</source>
        <translation>
            <numerusform>no contact for more than twice the agreed cadence (overdue by %n day)</numerusform><numerusform>no contact for more than twice the agreed cadence (overdue by %n days)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n past meeting(s) not logged</source>
        <translation>
            <numerusform>%n past meeting not logged</numerusform><numerusform>%n past meetings not logged</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (and %n more)</numerusform><numerusform>%1 (and %n more)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 · overdue by %n day(s)</source>
        <translation>
            <numerusform>%1 · overdue by %n day</numerusform><numerusform>%1 · overdue by %n days</numerusform></translation>
    </message>
</context>
<context>
    <name>IcsExportDialog</name>
    <message numerus="yes">
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>Exported %n event to %1.</numerusform><numerusform>Exported %n events to %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>IndexCoverage</name>
    <message numerus="yes">
        <source>%1 of %n file(s) indexed</source>
        <translation>
            <numerusform>%1 of %n file indexed</numerusform><numerusform>%1 of %n files indexed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read: %1</source>
        <translation>
            <numerusform>%n could not be read: %1</numerusform><numerusform>%n could not be read: %1</numerusform></translation>
    </message>
</context>
<context>
    <name>JobLeadListModel</name>
    <message numerus="yes">
        <source>Apply by %1 · in %n day(s)</source>
        <translation>
            <numerusform>Apply by %1 · in %n day</numerusform><numerusform>Apply by %1 · in %n days</numerusform></translation>
    </message>
</context>
<context>
    <name>LibraryDetailPane</name>
    <message numerus="yes">
        <source>apply by %1 (%n day(s) left)</source>
        <translation>
            <numerusform>apply by %1 (%n day left)</numerusform><numerusform>apply by %1 (%n days left)</numerusform></translation>
    </message>
</context>
<context>
    <name>LibraryListModel</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform><numerusform>%n files</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>shared %n time(s)</source>
        <translation>
            <numerusform>shared %n time</numerusform><numerusform>shared %n times</numerusform></translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n resource</numerusform><numerusform>%n resources</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform><numerusform>in %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>Reading %n file…</numerusform><numerusform>Reading %n files…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Add %n link(s) from %1 to the library?</source>
        <translation>
            <numerusform>Add %n link from %1 to the library?</numerusform><numerusform>Add %n links from %1 to the library?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) will be left out:</source>
        <translation>
            <numerusform>%n duplicate will be left out:</numerusform><numerusform>%n duplicates will be left out:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) imported from %1.</source>
        <translation>
            <numerusform>%n link imported from %1.</numerusform><numerusform>%n links imported from %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) left out: %1</source>
        <translation>
            <numerusform>%n duplicate left out: %1</numerusform><numerusform>%n duplicates left out: %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s)…</source>
        <translation>
            <numerusform>Adding %n file…</numerusform><numerusform>Adding %n files…</numerusform></translation>
    </message>
</context>
<context>
    <name>MatchingPage</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform><numerusform>… and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Accept %n Pair(s)</source>
        <translation>
            <numerusform>&amp;Accept %n Pair</numerusform><numerusform>&amp;Accept %n Pairs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n mentee(s) to pair</source>
        <translation>
            <numerusform>%n mentee to pair</numerusform><numerusform>%n mentees to pair</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n mentor(s) with places</source>
        <translation>
            <numerusform>%n mentor with places</numerusform><numerusform>%n mentors with places</numerusform></translation>
    </message>
</context>
<context>
    <name>MeetingSettingsPage</name>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n minute before</numerusform><numerusform>%n minutes before</numerusform></translation>
    </message>
</context>
<context>
    <name>MenteeGoalsPage</name>
    <message numerus="yes">
        <source>%n closing soon</source>
        <translation>
            <numerusform>%n closing soon</numerusform><numerusform>%n closing soon</numerusform></translation>
    </message>
</context>
<context>
    <name>MenteeListModel</name>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform><numerusform>%n days ago</numerusform></translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform><numerusform>+%n more</numerusform></translation>
    </message>
</context>
<context>
    <name>MyMenteesPage</name>
    <message numerus="yes">
        <source>…and %n more, at the top of the list above.</source>
        <translation>
            <numerusform>…and %n more, at the top of the list above.</numerusform><numerusform>…and %n more, at the top of the list above.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform><numerusform>…and %n more.</numerusform></translation>
    </message>
</context>
<context>
    <name>PlanMeetingDialog</name>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>day</numerusform><numerusform>days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>week</numerusform><numerusform>weeks</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>month</numerusform><numerusform>months</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This series overlaps the series “%1” of this relationship, first on %2 (%n meeting(s) in the next six months).</source>
        <translation>
            <numerusform>This series overlaps the series “%1” of this relationship, first on %2 (%n meeting in the next six months).</numerusform><numerusform>This series overlaps the series “%1” of this relationship, first on %2 (%n meetings in the next six months).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This series overlaps %1's series “%2” with another mentee, first on %3 (%n meeting(s) in the next six months).</source>
        <translation>
            <numerusform>This series overlaps %1's series “%2” with another mentee, first on %3 (%n meeting in the next six months).</numerusform><numerusform>This series overlaps %1's series “%2” with another mentee, first on %3 (%n meetings in the next six months).</numerusform></translation>
    </message>
</context>
<context>
    <name>ProgrammeTreeModel</name>
    <message numerus="yes">
        <source>%1 · every %n day(s)</source>
        <translation>
            <numerusform>%1 · every %n day</numerusform><numerusform>%1 · every %n days</numerusform></translation>
    </message>
</context>
<context>
    <name>ProgrammesPage</name>
    <message numerus="yes">
        <source>meet every %n day(s)</source>
        <translation>
            <numerusform>meet every %n day</numerusform><numerusform>meet every %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) long</source>
        <translation>
            <numerusform>%n month long</numerusform><numerusform>%n months long</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n-minute meetings</source>
        <translation>
            <numerusform>%n-minute meetings</numerusform><numerusform>%n-minute meetings</numerusform></translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message numerus="yes">
        <source>%n meeting(s) in 12 months</source>
        <translation>
            <numerusform>%n meeting in 12 months</numerusform><numerusform>%n meetings in 12 months</numerusform></translation>
    </message>
</context>
<context>
    <name>RelationshipHeader</name>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every %n day</numerusform><numerusform>every %n days</numerusform></translation>
    </message>
</context>
<context>
    <name>RelationshipOverviewTab</name>
    <message numerus="yes">
        <source>&lt;br&gt;… and %n more (see Actions)</source>
        <translation>
            <numerusform>&lt;br&gt;… and %n more (see Actions)</numerusform><numerusform>&lt;br&gt;… and %n more (see Actions)</numerusform></translation>
    </message>
</context>
<context>
    <name>RelationshipResourcesTab</name>
    <message numerus="yes">
        <source>%n shared</source>
        <translation>
            <numerusform>%n shared</numerusform><numerusform>%n shared</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n discussed</source>
        <translation>
            <numerusform>%n discussed</numerusform><numerusform>%n discussed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n still to talk about</source>
        <translation>
            <numerusform>%n still to talk about</numerusform><numerusform>%n still to talk about</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Suggested by the mentee (%n waiting)</source>
        <translation>
            <numerusform>Suggested by the mentee (%n waiting)</numerusform><numerusform>Suggested by the mentee (%n waiting)</numerusform></translation>
    </message>
</context>
<context>
    <name>RelationshipTableModel</name>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every %n day</numerusform><numerusform>every %n days</numerusform></translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>and %n more (see the full report)</source>
        <translation>
            <numerusform>and %n more (see the full report)</numerusform><numerusform>and %n more (see the full report)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Pairs (%n)</source>
        <translation>
            <numerusform>Pairs (%n)</numerusform><numerusform>Pairs (%n)</numerusform></translation>
    </message>
</context>
<context>
    <name>ResourceService</name>
    <message numerus="yes">
        <source>“%1” is already shared with %n of them.</source>
        <translation>
            <numerusform>“%1” is already shared with %n of them.</numerusform><numerusform>“%1” is already shared with %n of them.</numerusform></translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform><numerusform>%n people</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n mentor(s)</source>
        <translation>
            <numerusform>%n mentor</numerusform><numerusform>%n mentors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n with room for a mentee</source>
        <translation>
            <numerusform>%n with room for a mentee</numerusform><numerusform>%n with room for a mentee</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n person(s) to %1</source>
        <translation>
            <numerusform>Wrote %n person to %1</numerusform><numerusform>Wrote %n people to %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n relationship(s) to %1</source>
        <translation>
            <numerusform>Wrote %n relationship to %1</numerusform><numerusform>Wrote %n relationships to %1</numerusform></translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>%n chosen</numerusform><numerusform>%n chosen</numerusform></translation>
    </message>
</context>
<context>
    <name>TimeGridView</name>
    <message numerus="yes">
        <source>%n more meeting(s) at this time</source>
        <translation>
            <numerusform>%n more meeting at this time</numerusform><numerusform>%n more meetings at this time</numerusform></translation>
    </message>
</context>
</TS>