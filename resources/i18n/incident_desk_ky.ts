<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
<context>
    <name>AdhocDialog</name>
    <message>
        <source>Ad-hoc inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAP alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text (EXERCISE is added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the trainees should do (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAP headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAP severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAP urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the message text, or choose CAP alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the CAP alert&apos;s headline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Advisories</name>
    <message>
        <source>{menu} → {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agency and unit directory is loaded: the Establish and Handover dialogs list no agencies, and units appear only once heard on the bus. Set &apos;directory&apos; in the settings or use {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console has no command board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load agency and unit directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory files (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory loaded from {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REAL TRAFFIC COULD NOT BE READ{during} — {count} message(s); newest from {who} on {topic}{stream}. It is kept in quarantine with its raw bytes, nothing was shown as an alert. Contact {who} by phone or radio for the content, and tell your supervisor. Why: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> DURING THE DRILL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise {id} has ended (ENDEX by {by}). This console is still joined to it and marks it EXERCISE. Leave the exercise to work on real traffic only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave exercise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdvisoryBanner</name>
    <message>
        <source>Close this advisory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlarmBanner</name>
    <message>
        <source>Show</source>
        <extracomment>the least of a cut headline the banner shows, in average characters, before it says the severity as the narrow filter buttons do (Russian &quot;Чрезв.&quot; for &quot;Чрезвычайная&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALARM: {0} unacknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(+{0} more in the Alarms tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sound muted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlarmPanel</name>
    <message>
        <source>Alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why / by whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unshelve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALARM FLOOD: alarms grouped by incident; the most urgent stays on top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (+{1} in this incident)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm figures could not be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, last hour: {1:.1f} alarms per 10 min (peak {2}) · in flood {3:.0f} % of the time · standing {4} · stale (&gt; 24 h) {5} · median time to acknowledge {6}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">жок</translation>
    </message>
    <message>
        <source>REAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EX {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active, not acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active, acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared, not acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppressed (other exercise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shelved by {0} {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} by {1} at {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged by {0} at {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertActions</name>
    <message>
        <source>Select an alert to acknowledge first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CAP {type} is not itself acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This alert is already acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unacknowledged alerts in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertDetail</name>
    <message>
        <source>polygon ({n} points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>circle: centre {centre}, radius {km} km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geocode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXERCISE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conformance warnings ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert was accepted but breaks these rules of the CAP specification; its content may be incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures ({n}, issuer first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status / type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{times} — as written: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status / type / scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info {n} of {count} — language {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity / urgency / certainty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>the main fields of an alert as the History tab names them</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area:</source>
        <extracomment>labels used inside the HTML below (marked here: lupdate does not read into f-strings)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">алынды</translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change in the main fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not acknowledged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(continued in the Alert tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {count} more in the Alert tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No updates or cancellations of this alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REAL ALERT — NOT PART OF THE EXERCISE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alert selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert {id} is not in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXERCISE · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: {label}. {sentence}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertFilterBar</name>
    <message>
        <source>Extreme</source>
        <comment>a severity on a narrow filter button</comment>
        <extracomment>a severity where room is short: the severity filter buttons, the incident board&apos;s column (translators may abbreviate: &quot;Чрезв.&quot;; the context is the filter bar&apos;s, where they began)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe</source>
        <comment>a severity on a narrow filter button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <comment>a severity on a narrow filter button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor</source>
        <comment>a severity on a narrow filter button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>a severity on a narrow filter button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: headline, event, sender, incident (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: headline, event, sender, identifier, incident (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only checked severities ({severity})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only alerts still waiting for an acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse alert chains: hide the versions that a later Update or Cancel replaced (the detail&apos;s History tab shows the whole chain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency, category, status, country, agency, incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More filters ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertQueue</name>
    <message>
        <source>superseded</source>
        <extracomment>what replaced an alert, as the Ack column says it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} conformance warning(s): the alert breaks a rule of the CAP text but was accepted; the detail pane says what is unusual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNACKNOWLEDGED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep looking</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Издөөнү улантуу</translation>
    </message>
    <message>
        <source>Loading stored alerts… {count} so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading older alerts…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Эски эскертүүлөр жүктөлүүдө…</translation>
    </message>
    <message>
        <source>No alert matches the filter in the last {count} pages of older alerts. Keep looking, or search every stored alert (Ctrl+Shift+S).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Эски эскертүүлөрдүн акыркы {count} барагында чыпкага туура келген эскертүү жок. Издөөнү улантыңыз же бардык сакталган эскертүүлөрдөн издеңиз: incident-desk search</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>ICS position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division (geographic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group (functional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strike team (same kind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task force (mixed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to incident</source>
        <extracomment>the columns read first, left to right (right to left in Arabic)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Division A, Decon Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work assignment (ICS-204 block 6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting location, e.g. RVP Malaba border post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <comment>report at this time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICS element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element / position name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrokerBanner</name>
    <message>
        <source>BROKER REFUSED since {since} — working on local data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BROKER DISCONNECTED since {since} — working on local data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, reconnecting now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, reconnecting in {n} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({why})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CAP</name>
    <message>
        <source>Extreme</source>
        <extracomment>every CAP code value shown to people (context &quot;CAP&quot; in the catalogs)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Env</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBRNE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evacuate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AllClear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandPanel</name>
    <message>
        <source>En route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerted</source>
        <extracomment>an agency&apos;s participation in an incident&apos;s command, as the operator reads it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standing by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an incident on the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICS-204 assignment list / ICS-214 activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICS-204 Assignment List as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICS-204 Assignment List as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICS-214 Activity Log as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICS-214 Activity Log as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console has no command board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an incident on the board to {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>establish command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single command established for {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified command established for {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>propose a handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not build the handover brief: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>propose the handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover of {key} proposed to {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close its command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the command of {key}? Every console sees it closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no incident to assign to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} assigned to {key}: {element}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an assignment in the command tree first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the assignment {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set an agency&apos;s participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set {agency} {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export its ICS-{form}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export ICS-{form} of {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export ICS-{form}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICS-{form} of {key} written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer handover offer…</source>
        <extracomment>the Command panel&apos;s button that opens the offers waiting for an answer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read handover proposals: {error}</source>
        <extracomment>the longest wait a QTimer takes (ms); a later deadline is checked again then</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover of command of {key} offered by {origin}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No handover offer is waiting for an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover offer for {key} set aside: answer it with “{action}” in the Command panel before {expires}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} offered by {origin}, answer by {expires}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({n}) {command}</source>
        <comment>the Command tab while {n} handover offers wait; {command}: the tab&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover accepted: you are in command from its effective time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept the handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refuse the handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select an assignment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandTree</name>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strike team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned</source>
        <extracomment>states of assignments, participation and proposals as the tree shows them</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standing by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold</source>
        <extracomment>the default tier labels (JESIP); an agency&apos;s own labels (TierLabels) are shown as given</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strategic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tactical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}
{state} since {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident Commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>former IC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IC from effective time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (report to {place})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{origin} → {target} (answer by {time})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandWiring</name>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <source>Broker {broker}: not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker {broker}: {state} since {since}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — retry in {n} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
This broker speaks MQTT 3.1.1 only: alerts arrive without sequence numbers (no gap detection) and without broker-side expiry; nothing else is lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoordinateReadout</name>
    <message>
        <source>Cursor position; click to copy it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the cursor over the map for its coordinates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CordonTools</name>
    <message>
        <source>The map is not shown in this console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console cannot draw on incidents (no command board).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the incident to draw the cordon on first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the centre of the cordon, then its edge (Esc cancels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the corners of the cordon; double-click or Enter to finish (Esc cancels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the points to measure; double-click to finish (Esc clears).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cordon {radius} m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cordon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cordon on {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the area drawn on incident {key} ({title}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draw the cordon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseBanner</name>
    <message>
        <source>DATABASE UNAVAILABLE — {reason}. New alerts are kept on the bus until it is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseLabel</name>
    <message>
        <source>DB {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database this console reads and writes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EstablishDialog</name>
    <message>
        <source>Establish command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single command (one Incident Commander)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified command (one IC per agency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident Commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceWiring</name>
    <message>
        <source>Export evidence package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no incident to export: evidence is exported per incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the evidence package of {incident}: signing a checkpoint and proving every log entry about it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export the evidence package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence package written: {path}. It proves {n} log entries of {incident} against the signed checkpoint of {size} entries; the report is inside as HTML and PDF. Anyone can check it offline with: incident-desk evidence verify {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExercisePanel</name>
    <message>
        <source>Show expected actions (controller only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire contingency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad-hoc inject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export AAR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO DUFF — held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned (before STARTEX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} — the exercise clock is held; Resume continues play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSEL: cannot read the store: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} (unexpected error, logged): {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTEX was already given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTEX: the exercise clock runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step: no scheduled inject is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the inject to jump to first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jumped to inject {number}; skipped: {skipped}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{number} инъекцияга өттү; өткөрүлгөндөр: {skipped}.</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">жок</translation>
    </message>
    <message>
        <source>Contingency inject {number} sent.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{number} запастык инъекция жөнөтүлдү.</translation>
    </message>
    <message>
        <source>Ad-hoc inject {number} sent.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{number} пландан тышкары инъекция жөнөтүлдү.</translation>
    </message>
    <message>
        <source>After-action report written to {folder} ({count} files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENDEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End exercise {id} for every joined console? Injects still due are not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a held contingency inject first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad-hoc inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the after-action report to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export AAR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseStateLabel</name>
    <message>
        <source>planned</source>
        <extracomment>the drill clock&apos;s states as the state line says them</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXERCISE {0}: no control state yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXERCISE {0}: no control state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO DUFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1} {2} ({3} by {4})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clock set</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">саат өзгөртүлдү</translation>
    </message>
</context>
<context>
    <name>ExerciseWiring</name>
    <message>
        <source>Exercise control</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export evidence package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (EXERCISE {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. mutual legal assistance request from UG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case or request number, e.g. UG-DPP-114</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package holds every log entry about the incident, whatever its time, with the proofs that it was not changed, and a report (HTML and PDF). The export itself is logged with your name, the reason and the reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the evidence package</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedView</name>
    <message>
        <source>Could not read the store (logged): {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverBrief</name>
    <message>
        <source>received {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{resource} ({agency}), ordered {ordered}, arrived {arrived}: {notes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">жок</translation>
    </message>
    <message>
        <source>{name} ({origin}) at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{form} Incident Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXERCISE {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Incident name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Incident number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Initiated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Situation summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7. Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8. Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9. Current organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10. Resource summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Prepared by:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Handover of command offered: {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{origin}&lt;/b&gt; ({who}) offers command of &lt;b&gt;{key}&lt;/b&gt; to your agency, effective {effective}; answer by {expires}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required to refuse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident Commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Headers</name>
    <message>
        <source>Command structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From → To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent at (wall clock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected action observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <extracomment>the message types a queue shows day to day (an Ack or an Error elides, whole on hover)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callsign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IcsPdf</name>
    <message>
        <source>none</source>
        <extracomment>a time in the one format (incident_desk/timefmt.py), kept left to right inside Arabic</extracomment>
        <translation type="unfinished">жок</translation>
    </message>
    <message>
        <source>{form} — page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentBoardWidget</name>
    <message>
        <source>New</source>
        <extracomment>the status filter&apos;s entries</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter incidents: key or title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older closed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Мурда жабылгандар</translation>
    </message>
    <message>
        <source>No older closed incidents are stored.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Мурда жабылган окуялар сакталган эмес.</translation>
    </message>
    <message>
        <source>Could not look up the alert&apos;s incident: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an alert in the queue to open an incident from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an alert in the queue and an incident on the board to attach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert already belongs to this incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attach the alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select exactly two incidents to merge (Shift+arrow or Ctrl+click).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge the incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an incident on the board first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close incident {key} ({title})? Its alerts stay in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the incident {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an incident on the board to add a note to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Эскертме кошуу</translation>
    </message>
    <message>
        <source>Note for incident {key}:</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{key} окуясына эскертме:</translation>
    </message>
    <message>
        <source>add the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console has no incident board.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentTable</name>
    <message>
        <source>Exercise {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real incident, not the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key}: {title} at {position} — created by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key}: {title} — created by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} min</source>
        <comment>minutes ago, in a narrow column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} h</source>
        <comment>hours ago, in a narrow column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} d</source>
        <comment>days ago, in a narrow column</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>where the operator&apos;s last choice is kept (QSettings)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(draft)</source>
        <comment>a translation not yet reviewed by a native speaker</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>leave the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to the preferred broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapMenu</name>
    <message>
        <source>Map: find a place, incident, unit or coordinates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish update for the selected incident (its cordons)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map: draw a cordon (circle) on the selected incident</source>
        <extracomment>the Map menu&apos;s other actions, in menu order after the ones above</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map: draw a cordon (polygon) on the selected incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map: measure distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map: add map package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>Find a place, incident key, callsign or coordinates (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>border crossing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>EXERCISE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale since {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Natural Earth · places: {places} · borders: {borders}</source>
        <extracomment>the map&apos;s data credit; {places} and {borders} are the licensed sources&apos; own names (kept as their licences ask), only the words around them are translated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline map (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country boundaries (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place names (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAP areas and cordons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapWiring</name>
    <message>
        <source>Map closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident {key}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console cannot create incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the new incident at {lat}, {lon}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident at {lat}, {lon}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map is not shown in this console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the map package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add map package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map packages (*.mbtiles *.pmtiles);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map packages cannot be shown in this console (see the log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map package added: {name} ({path})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active incidents or areas to show on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an alert to show on the map first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModeBadge</name>
    <message>
        <source>EXERCISE {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REAL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MselTableModel</name>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inject&apos;s time on the exercise clock, from STARTEX.</source>
        <extracomment>what the headers&apos; tooltips add to their names: which clock a time is on</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the inject went out on the wall clock, in this computer&apos;s local time ({zone}); the hover over a time gives its date and UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAP {type}: {headline}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit {unit} → {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} (ad hoc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held (contingency for {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>radio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoDuffGuard</name>
    <message>
        <source>NO DUFF declared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoDuffOverlay</name>
    <message>
        <source>NO DUFF — REAL-WORLD ALERT — THIS IS NOT A DRILL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise clock is held. Handle the real event on the live path (Actual); exercise traffic continues only when the controller resumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge real alert and dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise is no longer held. The real event above is still yours: handle it on the live path (Actual).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {sender} — sent {time} — {severity} / {urgency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise control: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss (seen)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeButton</name>
    <message>
        <source>{n} quarantined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payloads set aside and messages missing from publisher streams (Ctrl+Shift+Q)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>the payload is binary data, not text</source>
        <extracomment>ingest&apos;s sentence for bytes the XML parser refused (incident_desk/ingest/_reasons.py); its ``detail`` is libxml2&apos;s own message (&quot;Premature end of data in tag alert line 1, line 1, column 166&quot;), which the row replaces with one of the plain problems below</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payload is not XML (it does not begin with a tag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is cut short, before its tags are closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a closing tag does not match the tag it closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more text follows the end of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an “&amp;” code in the text is not valid XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds characters XML does not allow, or bytes not in its encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag or its attributes are written wrongly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it breaks the rules of XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}, on line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… {n} more bytes not shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticesDialog</name>
    <message>
        <source>Quarantine and missing messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to see the payload as received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantine ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing messages ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic: {topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the XML parser says it: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not UTF-8 text: shown as bytes (offset, hexadecimal, the bytes that are ASCII characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpRunner</name>
    <message>
        <source>Could not {doing}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not {doing} (unexpected error, logged): {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxIndicator</name>
    <message numerus="yes">
        <source>%n message(s) waiting for the broker</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledgements and command events written on this console that the broker has not confirmed yet; they are kept and sent by themselves when it is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last attempt: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposeHandoverDialog</name>
    <message>
        <source>Propose handover of {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer by (expires)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in this workstation&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICS-201 brief sent with the proposal (read-only):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RateIndicator</name>
    <message>
        <source>{n} alerts/min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search all stored alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words in the sender, event, headline, description or area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country (KE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency (upf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency&apos;s code in the topics it publishes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type words and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search first: older hits follow the newest 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time range ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real alert, not the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the alerts received before those</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next {count} older hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every hit is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} Searched the alerts received since {time}; Older hits searches further back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stored alert matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) shown, newest first. Double-click one to open it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The search failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This alert is older than the queue loads at once: it is shown in the detail pane; scroll the queue or search again to see its neighbours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShelveDialog</name>
    <message>
        <source>Shelve alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (required, goes to the timeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until it returns to normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next unacknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous unacknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle dark/light theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show quarantine and gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all stored alerts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus incident board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New incident from selected alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach selected alert to selected incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the two selected incidents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident: activate (or re-escalate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident: contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident: close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident: reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note to selected incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map: fit all active incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map: show the selected alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign a unit or person to an incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the units and command panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load agency and unit directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help: shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise: STARTEX</source>
        <extracomment>the exercise controller&apos;s clock controls (incident_desk/ui/exercise_panel.py): only on a console that runs the controller, in their own &quot;Exercise&quot; menu</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise: pause / resume the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise: step (send the next inject now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise: jump to the selected inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise: ENDEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise: faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise: slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise: ad-hoc inject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise: focus the MSEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <extracomment>text size steps of View → Text size (per cent of the platform&apos;s font)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident Desk — shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xercise</source>
        <extracomment>the room a window manager&apos;s frame takes around the dialog (both sides; the title bar and the bottom border), kept free on the screen</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The console could not start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TakIndicator</name>
    <message>
        <source>TAK: starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoT in {cin} / out {out}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} exercise channel(s) down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exercise {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>real traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {url} {state}; {sent} sent, {received} received, {dropped} dropped, {connects} connection(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  last error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put on the bus from TAK (unit positions, emergency beacons): {n}. Devices are counted once they reported a position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused {n}×: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} device(s) match no unit of the directory: {names}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeRange</name>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <comment>time range: from this minute</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <comment>time range: up to this minute</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineKind</name>
    <message>
        <source>Incident opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover answer too late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command action refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm priority lowered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm shelved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm unshelved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm flood began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm flood ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarms ended at ENDEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAP feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>EXERCISE · {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <source>Current incident only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no incident selected)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitTable</name>
    <message>
        <source>available</source>
        <extracomment>unit states as the operator reads them (the code value stays in the data)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tactical team</source>
        <extracomment>unit kinds (the directory&apos;s ``UnitKind``) as the operator reads them</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EOD (bomb disposal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negotiators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>border patrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambulance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K9 (dog unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {n} persons</source>
        <extracomment>the wall clock (tests set it); &quot;today&quot; is read from it when units come in and on each stale check, so a report of yesterday shows its date after midnight</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last position from TAK device {device}, stale since {time}: the device has not reported since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report time on the exercise clock: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} (stale since {time})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitsPanel</name>
    <message>
        <source>All agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateAction</name>
    <message>
        <source>This console cannot publish CAP Updates (no incident board).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an incident on the board to publish an update for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot publish an update: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a CAP Update for the selected incident with its cordons (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update for {key} published with {count} cordon(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish the update</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Publish update for {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXERCISE {exercise}: this Update goes to the drill&apos;s participants only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas that go out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (from the alert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: cordon, circle of {radius} m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: cordon, polygon of {count} corners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates {count} alert(s) in force; latest {identifier} from {sender}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarningsIndicator</name>
    <message>
        <source>⚠ 1 alert with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {n} alerts with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of the alerts shown were accepted although they break a rule of the CAP standard (for example an empty area or a missing reference). They are complete enough to act on. Each one shows ⚠ and its number of warnings in the queue&apos;s Type column; select it to read what was unusual in the detail pane.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident Desk — EXERCISE {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident Desk — REAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXERCISE – {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You left the exercise: real traffic only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} alarm(s) are active and unacknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this console runs the drill&apos;s controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Incident Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit although {reasons}? Alerts keep arriving for the other consoles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aar</name>
    <message>
        <source>no checkable expectation (evaluator&apos;s judgement)</source>
        <extracomment>an ad-hoc inject (sent by the controller during play, not in the MSEL file) ``expect_text`` and ``remarks`` as messages (``_aar_text``): the HTML page renders them in the reader&apos;s language; the JSON leaves them out (it has the English texts) why it was not sent, as a message (one of ``remark_msgs``): the HTML page&apos;s &quot;sent&quot; cell says it; None when it went out ``text`` as a message for the reader&apos;s language (an inject&apos;s line, a timeline entry written as a message id); None: ``text`` is data (a headline) or free text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inject&apos;s alert is not in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no checkable expectation: evaluator&apos;s judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a non-CAP inject cannot be acknowledged or linked automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inject is not in the store: nothing to measure from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident {keys} was only created automatically from the CAP incident key: no operator action on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expect lists no action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ad-hoc inject {number} at {offset}: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inject {number} at {offset}: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assignment of {unit}</source>
        <extracomment>the catalog context of the report&apos;s texts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} already done by {by} before the inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} by {by} {delay} after the inject (exercise time; {wall} wall clock): later than {within}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} by {by} {delay} after the inject (exercise time; {wall} wall clock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first}, {second} and {third}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledge the alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open or take up an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no action listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{actions}, within {within} of exercise time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <extracomment>the report&apos;s fixed words: verdicts, inject kinds, timeline origins, clock sources</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>injects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speed only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alarms raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time in alarm flood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time to acknowledge (mean / median), exercise time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time to acknowledge (mean / median), wall clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standing (still active) / stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shelved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by priority 1 / 2 / 3 / 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAP inject</source>
        <extracomment>the report&apos;s own timeline kinds (an inject of the MSEL, a CAP message in the store, a control event of the controller) in words; the store&apos;s kinds are in ``timeline_kinds``</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAP alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAP update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAP cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAP acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAP error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO DUFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clock change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENDEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control</source>
        <extracomment>the timeline&apos;s origin of a control event (the others are ``_aar_text.WORDS``)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-action report {exercise}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delays in exercise time (run speed ×{speed}; clock from {clock})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generated {time} · met {met} · not met {not_met} · not observed {unseen}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned (exercise time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent (exercise time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ad hoc</source>
        <extracomment>the mark of an ad-hoc inject in the Injects table</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alarms per 10 wall-clock minutes (average / peak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from → to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expectation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observed (who, how late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exercise time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wall clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injects: expected and observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent (ENDEX at {time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: skipped by a jump of the controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: a contingency inject never fired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: publishing it failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <extracomment>the Injects table&apos;s &quot;sent&quot; cell of an inject that never went out, when no run log says why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTEX: play starts at speed {speed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAUSE: the exercise clock is held at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO DUFF: the exercise clock is held at {time} for a real-world event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESUME: play continues after {held} held (wall clock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESUME: play continues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENDEX: play ends at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clock set: exercise time {time}, speed {speed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{event} — {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>{callsign}: {status} at {position}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{callsign}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover proposal to {to} expired unanswered; command stays with {holder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged {identifier} from {sender}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update published for incident {key}: {identifier}, {areas} areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created incident {key} from alert {identifier} of {sender}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created incident {key} at {position}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached alert {identifier} of {sender}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged incident {key} into this one ({n} alert(s) moved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into incident {key} and closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by CAP incident id {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by its references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert {identifier} of {sender} ({type}) grouped {how} into the closed incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert {identifier} of {sender} ({type}) grouped {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All alerts cancelled: incident {key} stays {status} until an operator closes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <extracomment>the catalog context of every core message words the core passes as arguments (:func:`word`): incident and unit states. Listed here so that ``pyside6-lupdate`` puts them in the catalog.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en_route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on_scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out_of_service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not taking part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standing_by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strike team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BAD SIGNATURE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BAD SIGNATURE: the alert was changed after it was signed, or the signature is broken. Confirm by another channel before acting on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⛔ BAD SIGNATURE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signer ≠ topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIGNED BY ANOTHER AGENCY: a trusted agency signed it, but not the agency whose topic carried it. Confirm by another channel before acting on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⛔ signer ≠ topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the signature: a fault in this console stopped the check (it is logged). Nothing is known about who sent it. Confirm by another channel before acting on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ could not check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed, but by a signer this console does not trust (not in the trust store).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ unknown signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed: nothing proves which agency sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: stored before this console checked signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: the signature matches and the signer may publish on this topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} by {signer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the alert is not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no signature can be checked: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the root is not a CAP alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document holds {count} signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature is not the last child of &lt;alert&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature must have one reference covering the alert (URI=&quot;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature has an empty {element}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature carries no readable certificate in KeyInfo/X509Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature does not match the alert: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid signature by an unknown signer: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed by {signer} but received on {topic}&apos;s topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed by {signer} ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no trust store configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature could not be checked: a fault in this console ({error}; see the log); treat the alert as unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing certificate {subject} is not valid now (valid {start} to {end})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing certificate {subject} is not allowed to sign (key usage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject} is issued by {ca} but its CN is no agency id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued by the CA in {ca}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned in {entry}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject} is not in the trust store and not issued by a trusted CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the alert is not what was signed (its digest differs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature does not begin with SignedInfo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature has no SignatureValue after SignedInfo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature holds an element XML-DSig does not allow there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{element} holds {count} elements; the profile has {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the canonicalisation method {algorithm} is not one this console checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the canonicalisation method holds an unexpected {element}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference&apos;s transform {algorithm} is not one this console checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference&apos;s transform holds an unexpected {element}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SignedInfo&apos;s second element is not a plain SignatureMethod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature method {algorithm} is not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference is not Transforms, DigestMethod, DigestValue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference&apos;s transforms are not enveloped-signature and c14n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference&apos;s first transform is not enveloped-signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the digest method {algorithm} is not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the alert cannot be canonicalised (a relative namespace URI?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {element} is not base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ECDSA signature, but the certificate holds no EC key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SignatureValue has {count} bytes, not {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an RSA signature, but the certificate holds no RSA key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SignatureValue does not verify with the certificate&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KeyInfo holds a KeyValue that is not the certificate&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KeyInfo holds a DER key that is not the certificate&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{event} by {author} refused: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single command established: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified command established: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover proposal to {old} superseded by a newer proposal to {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{origin} proposes to hand over command to {target}, effective {effective}; answer by {expires}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} accepted command from {origin}: {name} is incident commander from {effective}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} refused command from {origin} ({reason}); command stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command closed by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} assigned to {kind} {element}: {work}; report to {place} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} assigned to {kind} {element}: {work}; report to {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} assigned to {kind} {element}: {work} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} assigned to {kind} {element}: {work}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({element}): {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who}: {old} → {new} ({note})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who}: {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not well-formed XML: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too large: {size} bytes, over the limit of {limit} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused for safety: the XML declares a DOCTYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused for safety: XML nested deeper than {limit} levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a CAP 1.2 alert: the document is a {root}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid CAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks the CAP 1.2 schema or rules: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks the CAP 1.2 schema or rules in {count} places; the first: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks the CAP 1.2 schema or rules on line {line}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks the CAP 1.2 schema or rules in {count} places; the first, on line {line}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature check failed ({state}): {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid unit event: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid command event: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise and real traffic mixed: CAP status {status} on the {mode} topic (needs {needed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise alert without its exercise id in note (expected {exercise})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise id {found} in note differs from the topic&apos;s {exercise}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic not in the Incident Desk scheme: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type} on an ack topic: only CAP Ack belongs there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAP Ack on an alert topic: acks go on the agency&apos;s ack topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise and real traffic mixed: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command is already established ({mode}); propose a transfer</source>
        <extracomment>the refusals the operator meets most: command, handover, assignments, acknowledge, incidents, the exercise clock. Order matters: the first that matches wins.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command needs at least one incident commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single command has exactly one incident commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unified command has one incident commander per agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no open command to hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no open command to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{agency} is not in command of this incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{agency} is already in command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proposal it answers was refused or is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a console of {agency} may answer this proposal, not {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proposal was already answered: lost to {answer} by {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proposal was superseded by a newer one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proposal expired at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer deadline (expires_at) must be in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a handover cannot take effect in the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a refusal gives its reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no handover proposal {proposal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an assignment names a unit or a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an assignment names either a unit or a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assignment it changes does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no unit {unit} in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no assignment {assignment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{callsign} is out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the incident (its CAP incident key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assignment is already {current}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assignment is {current}: that is final, it cannot go to {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assignment cannot go from {current} to {target}; from {current} it can go to {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agency&apos;s participation is already {current}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agency&apos;s participation is {current}: that is final, it cannot go to {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agency&apos;s participation cannot go from {current} to {target}; from {current} it can go to {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an agency not yet taking part is first alerted, it cannot start as {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no alert with id {alert}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CAP {type} is not itself acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident {key} is closed: reopen it to {doing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert {alert} already belongs to incident {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident {key} already exists (id {id}): attach the alert to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incident needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start (STARTEX) while the exercise clock is {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot pause while the exercise clock is {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot resume while the exercise clock is {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot ENDEX while the exercise clock is {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot jump while the exercise clock is {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot step after ENDEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot jump after ENDEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot fire a contingency inject while the exercise is {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot send an ad-hoc inject while the exercise is {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no exercise controller runs on this console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident {key} was merged: publish the Update for the incident it was merged into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident {key} is closed: reopen it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident {key} is real traffic and this console is in exercise {exercise}: a real Update is published from a console in real mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident {key} belongs to exercise {exercise}: its Update is published only by a console joined to that exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no alert of incident {key} is in force (all cancelled or superseded): there is nothing to update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is not usable right now ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is {db_state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database connection was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder {folder} ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable or read-only on every host it lists (a primary change in progress? check the servers and the network)</source>
        <extracomment>what a database can be when it cannot be used: &quot;Could not {action}: the database is …&quot; (a ``StoreError``, incident_desk/store/_engine.py, which reads the driver&apos;s error as one of these); the operator reads &quot;the database is …&quot; (the window says what it was doing)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked by another program (try again in a moment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on a full or failing disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not writable at its location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable (check the server and the network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on that server (no database of that name: check the name in the URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing the user name or password (check both in the URL and the server&apos;s access rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject}: {refusal}</source>
        <extracomment>&quot;UPF-1: the assignment cannot go …&quot;: a refusal about one named thing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <extracomment>argument names whose values are words (translated): states the exercise clock&apos;s states (incident_desk/scenario/_clock.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicting content for an existing CAP key {key} (stored alert #{kept} kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to {node}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach the broker at {node} (not running, wrong address, blocked, or TLS failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the broker closed the connection on our MQTT 5 CONNECT; trying MQTT 3.1.1 (some brokers speak only that)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the broker speaks MQTT 3.1.1 only; connecting again with 3.1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the broker closed the connection without answering (wrong MQTT protocol version, TLS mismatch, or not an MQTT broker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ingest process exited unexpectedly (exit code {code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{why}; next: {node}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (reason code {code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unspecified error</source>
        <extracomment>the MQTT reason names (as paho gives them) of a refused or closed connection</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation specific error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported protocol version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client identifier not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad authentication method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep alive timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session taken over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use another server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection rate exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum connect time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exercise clock</source>
        <extracomment>the words that mark an exercise-clock instant</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wall clock {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite (demo, temporary)</source>
        <extracomment>how often unanswered handover proposals are checked for expiry (seconds)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO DUFF: real {type} from {sender} ({country}/{agency}) {identifier}: {headline}</source>
        <extracomment>the sentence naming the real alert (``{type}``: a CAP message type, translated as the CAP word it is; the rest is data)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ics</name>
    <message>
        <source>assigned</source>
        <extracomment>the words of a form&apos;s cells (assignment states, ICS element kinds)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strike team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Incident name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Operational period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident commander(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9. Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch / division / group / position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. ICS position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident command post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Home agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8. Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date/time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notable activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Resources assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICS position</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
