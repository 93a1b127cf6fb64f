<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BackupsPage</name>
    <message>
        <source>daily backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an update of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} ({why}, {size} MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walkthrough copies this device&apos;s data once a day when it starts, before every update, and before every restore; the newest 14 copies are kept in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the chosen backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring replaces everything on this device with the backup; the current data is backed up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be made: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up: {backup}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace everything on this device with the backup of {when}? What was recorded since then is kept only in the backup made now, before the restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <source>Something unexpected went wrong; everything already shown as saved is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details are in the log: {file}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the guide in {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the guide, e.g. wondering, interval, substitute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many passages were found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide files that could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Walkthrough…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Walkthrough: version, data folder and log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the page you were on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of the guide could not be read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 passage found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} passages found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found: try fewer words, or the other language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Back to {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to {page}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Walkthrough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide for this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-run setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walkthroughs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with coaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some edits from last time could not be read: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 change typed before the app last closed is not saved yet ({why}); nothing is lost: it is kept and saved as soon as the database takes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} changes typed before the app last closed are not saved yet ({why}); nothing is lost: they are kept and saved as soon as the database takes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change typed just before the app last closed was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {n} changes typed just before the app last closed were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 change is not saved yet: {why}. Nothing is lost: it is kept and saved as soon as the database takes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} changes are not saved yet: {why}. Nothing is lost: they are kept and saved as soon as the database takes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some built-in framework files could not be installed; the others are ready to use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Building summary (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach compilation (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits and responses (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A building summary for one school, a compilation for several schools or a PLC team, or every visit&apos;s responses as a spreadsheet. Private peer visits are never in them; groups of fewer than 5 visits say “too few visits”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who makes reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLC team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade band, subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save it and make it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the file just made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every grade band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team: every teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one school for a building summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last day is before the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not made: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundSummaryModel</name>
    <message>
        <source>Visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit schedule and substitute cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the week for calendars (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this week as a calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who visits whom and when, so that cover can be arranged. A visit&apos;s focus and notes are never shown here; the calendar file carries a focus only when the host has shared it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover for the selected visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People booked twice at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes that still need a substitute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a substitute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitutes this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is booked twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {time}: {person}&apos;s class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every class that needs cover has a substitute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no visitor yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Needs a substitute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover: {people}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not agreed by the host yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Someone is booked twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {person} is booked twice on {day}: {first} ({first_role}) and {second} ({second_role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>substitute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person}: free all week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {time} {person}&apos;s class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No substitutes in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the week as a calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {path}: calendar programs can import it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as you choose, on this device ({where}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walkthroughs use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer visits use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default framework for walkthroughs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default framework for peer visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This start was given its data folder (--data-dir or WALKTHROUGH_DATA_DIR), which wins over the folder chosen here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new folder takes effect the next time Walkthrough starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide (Help, F1) and the built-in frameworks&apos; look-fors use this language; the visit screen and dialogs from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new round starts with this framework; it can still be changed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new peer visit is planned with this framework; it can still be changed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sync folder yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder every device shares; the same setting as on the Sync page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is made every day the app is used, and before a restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: Walkthrough opens {folder} from the next start (this window keeps the folder it opened). A folder with no data in it starts a new setup there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {language}. The guide and the built-in frameworks&apos; look-fors use it from now on, the visit screen and dialogs from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {title}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder every device shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: every start, every finished round and Sync now sync through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: the next backup goes to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: {folder} cannot be written ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedVisitsPage</name>
    <message>
        <source>Noticed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wondered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} · {host} hosted {visitors}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus: {focus}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min {minute}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s reflection: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with coaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your role cannot do here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many shared visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared peer visits by focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus and visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared visit&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer visits belong to their host and visitors; a host may share one with coaches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n focus(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{visits} in {groups}. Descriptive notes only: peer visits are never scored or counted in blast figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n shared peer visit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No host has shared a peer visit with coaches yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a visit to read its notes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Starter</name>
    <message>
        <source>SQLite&apos;s check found damage in the database ({why}). What can be read is shown; restore the last good backup from the Backups page before recording more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in frameworks could not be installed this time: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data was last opened by Walkthrough {version}, which is newer than this copy. It opens normally; update this copy when you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file that could not be opened is kept, unchanged, as {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup of {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored; the data as it was before is kept as a backup too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything to a bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bundle files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bundle files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now with the shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records travel between this device and the others through a shared folder (OneDrive, SharePoint, a network share or a USB stick). Private peer visits travel sealed: only their host and visitor can read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name others will see, e.g. Office tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to go out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts to settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same school, room or person typed on two devices. Choose the entry to keep; the others&apos; rooms, visits and plans move to it, on every device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the others into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the duplicates into the chosen entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it brought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder chosen yet: choose the folder every device shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: every change made here is in the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never synced on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted on one device, changed on another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed on two devices: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Possible duplicates ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder every device shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to a bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walkthrough bundles (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync did not run: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message>
        <source>Wrote {file} ({n} records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced with the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing with the folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {file}: {n} records, {sealed} sealed parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n school(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PLC team(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PLC team member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n profile key(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merge(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n route(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s) of a round</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) for a whole round</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer visit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visitor(s) of a peer visit</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLC team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of a PLC team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop of a round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer for a whole round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor of a peer visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitHistoryPage</name>
    <message>
        <source>Visit history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blast walkthroughs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer visits (yours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chosen visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened to the feedback PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visits could not be read: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) (the newest {shown} shown: narrow the filters or search to see others)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitsModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkthroughsPage</name>
    <message>
        <source>Round in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish that round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the round in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who sees today&apos;s visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open / edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chosen visit to review or edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A round is in progress and every room on its route is done: finish it to see its summary, or open a visit below to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{walker} is walking a round on this device. It goes on when {walker} chooses their profile again; an administrator can also finish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your profile to see today&apos;s visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this visit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the visit to {room}? It will no longer be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms of the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to walkthroughs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
