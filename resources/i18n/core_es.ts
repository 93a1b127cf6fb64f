<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>core</name>
    <message>
        <source>walk a blast round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person walking the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record in a blast round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person who recorded it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a blast visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete a blast visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save or change a walking route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the school directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add people to the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a person&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove people from the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change someone&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlock a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set or remove a PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import a roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge directory entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make and change PLC teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a colleague who takes part in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan a peer visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the people in the visit and whoever planned it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change when and where a peer visit happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host and whoever planned it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel a peer visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change who takes part in a peer visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a peer visit&apos;s focus, agreement, sharing or debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the visitor who takes them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a visitor&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign substitute cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change frameworks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make summary reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export visits as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person whose record it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolve a sync conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change this device&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teachers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>substitutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <extracomment>A role&apos;s name in a sentence (&quot;Ana is a teacher&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>substitute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} and {then}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{roles} or {owner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose your profile first: only {allowed} may {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is no longer in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only {allowed} may {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a {role}: only {allowed} may {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PIN is 4 to 8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that profile is not in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is busy (another program is writing to it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full: free some space on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database could not be written to the disk ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PIN was not checked: the database could not record the try ({why}); try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that PIN is not {name}&apos;s, and {count} wrong PINs in a row have locked the profile: an administrator can unlock it (or wait {hours} hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that PIN is not {name}&apos;s: wait {wait} before the next try (1 try before the profile is locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that PIN is not {name}&apos;s: wait {wait} before the next try ({left} tries before the profile is locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that PIN is not {name}&apos;s (1 try before the profile is locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that PIN is not {name}&apos;s ({left} tries before the profile is locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s profile is locked after {count} wrong PINs: an administrator can unlock it in School directory, or try again in {wait}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many wrong PINs for {name}: try again in {wait}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign out after one of {choices} minutes (0: never)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
