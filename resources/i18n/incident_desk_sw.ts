<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw">
<context>
    <name>AdhocDialog</name>
    <message>
        <source>Ad-hoc inject</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tukio la zoezi la ghafla</translation>
    </message>
    <message>
        <source>Free text</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Maandishi huru</translation>
    </message>
    <message>
        <source>CAP alert</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tahadhari ya CAP</translation>
    </message>
    <message>
        <source>Message text (EXERCISE is added)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Maandishi ya ujumbe (ZOEZI inaongezwa)</translation>
    </message>
    <message>
        <source>What the trainees should do (optional)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Wanachopaswa kufanya washiriki (si lazima)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Aina</translation>
    </message>
    <message>
        <source>From agency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kutoka taasisi</translation>
    </message>
    <message>
        <source>Text</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Maandishi</translation>
    </message>
    <message>
        <source>CAP headline</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kichwa cha CAP</translation>
    </message>
    <message>
        <source>CAP severity</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ukali wa CAP</translation>
    </message>
    <message>
        <source>CAP urgency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Uharaka wa CAP</translation>
    </message>
    <message>
        <source>Expected action</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hatua inayotarajiwa</translation>
    </message>
    <message>
        <source>Type the message text, or choose CAP alert.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Andika maandishi ya ujumbe, au chagua Tahadhari ya CAP.</translation>
    </message>
    <message>
        <source>Type the CAP alert&apos;s headline.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Andika kichwa cha tahadhari ya CAP.</translation>
    </message>
</context>
<context>
    <name>Advisories</name>
    <message>
        <source>{menu} → {action}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{menu} → {action}</translation>
    </message>
    <message>
        <source>No agency and unit directory is loaded: the Establish and Handover dialogs list no agencies, and units appear only once heard on the bus. Set &apos;directory&apos; in the settings or use {where}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hakuna saraka ya mashirika na vikosi iliyopakiwa: madirisha ya Anzisha na Kabidhi hayaorodheshi mashirika, na vikosi vinaonekana tu vikisikika kwenye basi. Weka &apos;directory&apos; kwenye mipangilio au tumia {where}.</translation>
    </message>
    <message>
        <source>Load directory…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Pakia orodha…</translation>
    </message>
    <message>
        <source>This console has no command board.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kiweko hiki hakina ubao wa uongozi.</translation>
    </message>
    <message>
        <source>Load agency and unit directory</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Pakia orodha ya taasisi na vikosi</translation>
    </message>
    <message>
        <source>Directory files (*.yaml *.yml)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Faili za orodha (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Directory loaded from {path}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Orodha imepakiwa kutoka {path}.</translation>
    </message>
    <message>
        <source>load the directory</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kupakia orodha</translation>
    </message>
    <message>
        <source>REAL TRAFFIC COULD NOT BE READ{during} — {count} message(s); newest from {who} on {topic}{stream}. It is kept in quarantine with its raw bytes, nothing was shown as an alert. Contact {who} by phone or radio for the content, and tell your supervisor. Why: {reason}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">UJUMBE HALISI HAUKUWEZA KUSOMWA{during} — ujumbe {count}; wa karibuni kutoka {who} kwenye {topic}{stream}. Umehifadhiwa karantini pamoja na baiti zake ghafi, hakuna kilichoonyeshwa kama tahadhari. Wasiliana na {who} kwa simu au redio kupata maudhui, na umjulishe msimamizi wako. Sababu: {reason}</translation>
    </message>
    <message>
        <source> DURING THE DRILL</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished"> WAKATI WA ZOEZI</translation>
    </message>
    <message>
        <source>Show quarantine</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Onyesha karantini</translation>
    </message>
    <message>
        <source>Exercise {id} has ended (ENDEX by {by}). This console is still joined to it and marks it EXERCISE. Leave the exercise to work on real traffic only.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Zoezi {id} limeisha (ENDEX na {by}). Kiweko hiki bado kimeunganishwa nalo na kinaliweka alama ZOEZI. Ondoka kwenye zoezi ili ufanye kazi na ujumbe halisi pekee.</translation>
    </message>
    <message>
        <source>Leave exercise</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ondoka kwenye zoezi</translation>
    </message>
</context>
<context>
    <name>AdvisoryBanner</name>
    <message>
        <source>Close this advisory</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Funga ilani hii</translation>
    </message>
</context>
<context>
    <name>AlarmBanner</name>
    <message>
        <source>Show</source>
        <extracomment>the least of a cut headline the banner shows, in average characters, before it says the severity as the narrow filter buttons do (Russian &quot;Чрезв.&quot; for &quot;Чрезвычайная&quot;)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Onyesha</translation>
    </message>
    <message>
        <source>Mute (Ctrl+M)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Zima sauti (Ctrl+M)</translation>
    </message>
    <message>
        <source>ALARM: {0} unacknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">KENGELE: {0} hazijathibitishwa</translation>
    </message>
    <message>
        <source>(+{0} more in the Alarms tab)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">(+{0} zaidi kwenye kichupo cha Kengele)</translation>
    </message>
    <message>
        <source>sound muted</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">sauti imezimwa</translation>
    </message>
</context>
<context>
    <name>AlarmPanel</name>
    <message>
        <source>Alarms</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kengele</translation>
    </message>
    <message>
        <source>Priority</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kipaumbele</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Aina ya ujumbe</translation>
    </message>
    <message>
        <source>State</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hali</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kengele</translation>
    </message>
    <message>
        <source>Incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tukio</translation>
    </message>
    <message>
        <source>Since</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tangu</translation>
    </message>
    <message>
        <source>Why / by whom</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kwa nini / na nani</translation>
    </message>
    <message>
        <source>Show</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Onyesha</translation>
    </message>
    <message>
        <source>Shelve…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ahirisha…</translation>
    </message>
    <message>
        <source>Unshelve</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Rejesha</translation>
    </message>
    <message>
        <source>ALARM FLOOD: alarms grouped by incident; the most urgent stays on top</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">MAFURIKO YA KENGELE: kengele zimepangwa kwa tukio; ya dharura zaidi inabaki juu</translation>
    </message>
    <message>
        <source>Top: {0}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Juu: {0}</translation>
    </message>
    <message>
        <source>{0} (+{1} in this incident)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{0} (+{1} katika tukio hili)</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">… na {0} zaidi</translation>
    </message>
    <message>
        <source>Real</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Halisi</translation>
    </message>
    <message>
        <source>Exercise {0}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Zoezi {0}</translation>
    </message>
    <message>
        <source>Alarm figures could not be read: {0}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Takwimu za kengele hazikuweza kusomwa: {0}</translation>
    </message>
    <message>
        <source>{0}, last hour: {1:.1f} alarms per 10 min (peak {2}) · in flood {3:.0f} % of the time · standing {4} · stale (&gt; 24 h) {5} · median time to acknowledge {6}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{0}, saa iliyopita: kengele {1:.1f} kwa dakika 10 (kilele {2}) · mafurikoni {3:.0f} % ya muda · zinazodumu {4} · za zamani (&gt; 24 h) {5} · muda wa kati wa kuthibitisha {6}</translation>
    </message>
    <message>
        <source>1 Critical</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">1 Hatari kuu</translation>
    </message>
    <message>
        <source>2 High</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">2 Juu</translation>
    </message>
    <message>
        <source>3 Medium</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">3 Wastani</translation>
    </message>
    <message>
        <source>4 Low</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">4 Chini</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">hakuna</translation>
    </message>
    <message>
        <source>REAL</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">HALISI</translation>
    </message>
    <message>
        <source>EX</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ZOEZI</translation>
    </message>
    <message>
        <source>EX {0}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ZOEZI {0}</translation>
    </message>
    <message>
        <source>Real traffic</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Trafiki halisi</translation>
    </message>
    <message>
        <source>Active, not acknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hai, haijathibitishwa</translation>
    </message>
    <message>
        <source>Active, acknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hai, imethibitishwa</translation>
    </message>
    <message>
        <source>Cleared, not acknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Imeondoka, haijathibitishwa</translation>
    </message>
    <message>
        <source>Normal</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kawaida</translation>
    </message>
    <message>
        <source>Shelved</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Imeahirishwa</translation>
    </message>
    <message>
        <source>Suppressed (other exercise)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Imezuiwa (zoezi lingine)</translation>
    </message>
    <message>
        <source>until normal</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">hadi irudi kawaida</translation>
    </message>
    <message>
        <source>until {0}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">hadi {0}</translation>
    </message>
    <message>
        <source>shelved by {0} {1}: {2}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">imeahirishwa na {0} {1}: {2}</translation>
    </message>
    <message>
        <source>{0} by {1} at {2}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{0} na {1} saa {2}</translation>
    </message>
    <message>
        <source>acknowledged by {0} at {1}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">imethibitishwa na {0} saa {1}</translation>
    </message>
</context>
<context>
    <name>AlertActions</name>
    <message>
        <source>Select an alert to acknowledge first.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Chagua kwanza tahadhari ya kuthibitisha.</translation>
    </message>
    <message>
        <source>A CAP {type} is not itself acknowledged.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ujumbe wa CAP wa aina {type} hauthibitishwi wenyewe.</translation>
    </message>
    <message>
        <source>This alert is already acknowledged.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tahadhari hii imeshathibitishwa.</translation>
    </message>
    <message>
        <source>acknowledge</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kuthibitisha</translation>
    </message>
    <message>
        <source>No unacknowledged alerts in the queue.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hakuna tahadhari ambazo hazijathibitishwa kwenye foleni.</translation>
    </message>
</context>
<context>
    <name>AlertDetail</name>
    <message>
        <source>polygon ({n} points)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">poligoni (nukta {n})</translation>
    </message>
    <message>
        <source>circle: centre {centre}, radius {km} km</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">duara: kitovu {centre}, nusu kipenyo {km} km</translation>
    </message>
    <message>
        <source>geocode</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">msimbo wa kijiografia</translation>
    </message>
    <message>
        <source>EXERCISE</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ZOEZI</translation>
    </message>
    <message>
        <source>REAL</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">HALISI</translation>
    </message>
    <message>
        <source>Instruction:</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Maelekezo:</translation>
    </message>
    <message>
        <source>Conformance warnings ({n})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Maonyo ya ulinganifu ({n})</translation>
    </message>
    <message>
        <source>The alert was accepted but breaks these rules of the CAP specification; its content may be incomplete.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tahadhari imekubaliwa lakini inavunja kanuni hizi za vipimo vya CAP; maudhui yake huenda hayajakamilika.</translation>
    </message>
    <message>
        <source>Signatures ({n}, issuer first)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Sahihi ({n}, mtoaji kwanza)</translation>
    </message>
    <message>
        <source>Distribution id</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kitambulisho cha usambazaji</translation>
    </message>
    <message>
        <source>Sender id</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kitambulisho cha mtumaji</translation>
    </message>
    <message>
        <source>Sent</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Imetumwa</translation>
    </message>
    <message>
        <source>Status / type</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hali / aina</translation>
    </message>
    <message>
        <source>Recipient roles</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Majukumu ya wapokeaji</translation>
    </message>
    <message>
        <source>Sender</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Mtumaji</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kitambulisho</translation>
    </message>
    <message>
        <source>{times} — as written: {text}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{times} — kama ilivyoandikwa: {text}</translation>
    </message>
    <message>
        <source>Received</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Imepokelewa</translation>
    </message>
    <message>
        <source>Status / type / scope</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hali / aina / wigo</translation>
    </message>
    <message>
        <source>Source</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Chanzo</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kizuizi</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Anwani</translation>
    </message>
    <message>
        <source>Codes</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Misimbo</translation>
    </message>
    <message>
        <source>Note</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Dokezo</translation>
    </message>
    <message>
        <source>References</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Marejeo</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Matukio</translation>
    </message>
    <message>
        <source>Topic</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Mada</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Zoezi</translation>
    </message>
    <message>
        <source>Signed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Imetiwa sahihi</translation>
    </message>
    <message>
        <source>Signature check</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ukaguzi wa sahihi</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Maelekezo</translation>
    </message>
    <message>
        <source>info {n} of {count} — language {language}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">info {n} kati ya {count} — lugha {language}</translation>
    </message>
    <message>
        <source>Event</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tukio la tahadhari</translation>
    </message>
    <message>
        <source>Categories</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Makundi</translation>
    </message>
    <message>
        <source>Severity / urgency / certainty</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ukali / uharaka / uhakika</translation>
    </message>
    <message>
        <source>Response</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hatua</translation>
    </message>
    <message>
        <source>Audience</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Walengwa</translation>
    </message>
    <message>
        <source>Event codes</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Misimbo ya tukio</translation>
    </message>
    <message>
        <source>Effective</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Inaanza kutumika</translation>
    </message>
    <message>
        <source>Onset</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Mwanzo</translation>
    </message>
    <message>
        <source>Expires</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Inaisha</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>the main fields of an alert as the History tab names them</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Aina</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hali</translation>
    </message>
    <message>
        <source>Headline</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kichwa</translation>
    </message>
    <message>
        <source>Severity</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ukali</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Uharaka</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Uhakika</translation>
    </message>
    <message>
        <source>Description</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Maelezo</translation>
    </message>
    <message>
        <source>Areas</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Maeneo</translation>
    </message>
    <message>
        <source>Area:</source>
        <extracomment>labels used inside the HTML below (marked here: lupdate does not read into f-strings)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Eneo:</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Imetumwa:</translation>
    </message>
    <message>
        <source>expires</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">inaisha</translation>
    </message>
    <message>
        <source>received</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">imepokelewa</translation>
    </message>
    <message>
        <source>From:</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kutoka:</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Bahasha</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Vigezo</translation>
    </message>
    <message>
        <source>Resources</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Rasilimali</translation>
    </message>
    <message>
        <source>No change in the main fields.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hakuna mabadiliko katika sehemu kuu.</translation>
    </message>
    <message>
        <source>Not acknowledged yet.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Bado haijathibitishwa.</translation>
    </message>
    <message>
        <source>(continued in the Alert tab)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">(inaendelea kwenye kichupo cha Tahadhari)</translation>
    </message>
    <message>
        <source>and {count} more in the Alert tab</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">na {count} zaidi kwenye kichupo cha Tahadhari</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Jina la mtumaji</translation>
    </message>
    <message>
        <source>Web</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tovuti</translation>
    </message>
    <message>
        <source>Contact</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Mawasiliano</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">baiti {n}</translation>
    </message>
    <message>
        <source>No updates or cancellations of this alert.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hakuna masasisho wala kufutwa kwa tahadhari hii.</translation>
    </message>
    <message>
        <source>shown</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">inayoonyeshwa</translation>
    </message>
    <message>
        <source>Field</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Sehemu</translation>
    </message>
    <message>
        <source>Before</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kabla</translation>
    </message>
    <message>
        <source>After</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Baada</translation>
    </message>
    <message>
        <source>By</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Na</translation>
    </message>
    <message>
        <source>Agency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Taasisi</translation>
    </message>
    <message>
        <source>When</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Lini</translation>
    </message>
    <message>
        <source>REAL ALERT — NOT PART OF THE EXERCISE</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">TAHADHARI HALISI — SI SEHEMU YA ZOEZI</translation>
    </message>
    <message>
        <source>No alert selected</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hakuna tahadhari iliyochaguliwa</translation>
    </message>
    <message>
        <source>Alert</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tahadhari</translation>
    </message>
    <message>
        <source>History</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Historia</translation>
    </message>
    <message>
        <source>Acknowledgements</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Uthibitisho</translation>
    </message>
    <message>
        <source>Raw XML</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">XML ghafi</translation>
    </message>
    <message>
        <source>Alert {id} is not in the database.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tahadhari {id} haipo kwenye hifadhidata.</translation>
    </message>
    <message>
        <source>EXERCISE · </source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ZOEZI · </translation>
    </message>
    <message>
        <source>Signature: {label}. {sentence}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Sahihi: {label}. {sentence}</translation>
    </message>
</context>
<context>
    <name>AlertFilterBar</name>
    <message>
        <source>Extreme</source>
        <comment>a severity on a narrow filter button</comment>
        <extracomment>a severity where room is short: the severity filter buttons, the incident board&apos;s column (translators may abbreviate: &quot;Чрезв.&quot;; the context is the filter bar&apos;s, where they began)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kali sana</translation>
    </message>
    <message>
        <source>Severe</source>
        <comment>a severity on a narrow filter button</comment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kali</translation>
    </message>
    <message>
        <source>Moderate</source>
        <comment>a severity on a narrow filter button</comment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Wastani</translation>
    </message>
    <message>
        <source>Minor</source>
        <comment>a severity on a narrow filter button</comment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ndogo</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>a severity on a narrow filter button</comment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Haijulikani</translation>
    </message>
    <message>
        <source>Filter: headline, event, sender, incident (Ctrl+F)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Chuja: kichwa, tukio, mtumaji, tukio la uongozi (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter: headline, event, sender, identifier, incident (Ctrl+F)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Chuja: kichwa, tukio, mtumaji, kitambulisho, tukio la uongozi (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show only checked severities ({severity})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Onyesha viwango vya ukali vilivyochaguliwa pekee ({severity})</translation>
    </message>
    <message>
        <source>Unacked</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hazijathibitishwa</translation>
    </message>
    <message>
        <source>Show only alerts still waiting for an acknowledgement</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Onyesha tahadhari zinazosubiri kuthibitishwa pekee</translation>
    </message>
    <message>
        <source>Latest only</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Mwisho pekee</translation>
    </message>
    <message>
        <source>Collapse alert chains: hide the versions that a later Update or Cancel replaced (the detail&apos;s History tab shows the whole chain)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kunja minyororo ya tahadhari: ficha matoleo yaliyobadilishwa na Sasisho au Kufuta kwa baadaye (kichupo cha Historia kinaonyesha mnyororo wote)</translation>
    </message>
    <message>
        <source>Urgency, category, status, country, agency, incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Uharaka, kundi, hali, nchi, taasisi, tukio</translation>
    </message>
    <message>
        <source>Any urgency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Uharaka wowote</translation>
    </message>
    <message>
        <source>Any category</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kundi lolote</translation>
    </message>
    <message>
        <source>Any status</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hali yoyote</translation>
    </message>
    <message>
        <source>Country</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Nchi</translation>
    </message>
    <message>
        <source>Agency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Taasisi</translation>
    </message>
    <message>
        <source>Incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tukio</translation>
    </message>
    <message>
        <source>More filters ({n})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Vichujio ({n})</translation>
    </message>
    <message>
        <source>More filters</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Vichujio</translation>
    </message>
</context>
<context>
    <name>AlertQueue</name>
    <message>
        <source>superseded</source>
        <extracomment>what replaced an alert, as the Ack column says it</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">imebadilishwa</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">imefutwa</translation>
    </message>
    <message>
        <source>EX</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ZOEZI</translation>
    </message>
    <message>
        <source>REAL</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">HALISI</translation>
    </message>
    <message>
        <source>{n} conformance warning(s): the alert breaks a rule of the CAP text but was accepted; the detail pane says what is unusual.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Maonyo {n} ya ulinganifu: tahadhari inavunja kanuni ya maandishi ya CAP lakini imekubaliwa; kidirisha cha maelezo kinaeleza kilicho tofauti.</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">imethibitishwa</translation>
    </message>
    <message>
        <source>UNACKNOWLEDGED</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">HAIJATHIBITISHWA</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Zoezi</translation>
    </message>
    <message>
        <source>Keep looking</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Endelea kutafuta</translation>
    </message>
    <message>
        <source>Loading stored alerts… {count} so far</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Inapakia tahadhari zilizohifadhiwa… {count} hadi sasa</translation>
    </message>
    <message>
        <source>Loading older alerts…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Inapakia tahadhari za zamani zaidi…</translation>
    </message>
    <message>
        <source>No alert matches the filter in the last {count} pages of older alerts. Keep looking, or search every stored alert (Ctrl+Shift+S).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hakuna tahadhari inayolingana na kichujio katika kurasa {count} za mwisho za tahadhari za zamani. Endelea kutafuta, au tafuta tahadhari zote zilizohifadhiwa (Ctrl+Shift+S).</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>ICS position</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Wadhifa wa ICS</translation>
    </message>
    <message>
        <source>Branch</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tawi</translation>
    </message>
    <message>
        <source>Division (geographic)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kitengo (kijiografia)</translation>
    </message>
    <message>
        <source>Group (functional)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kikundi (kiutendaji)</translation>
    </message>
    <message>
        <source>Strike team (same kind)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Timu ya kazi (aina moja)</translation>
    </message>
    <message>
        <source>Task force (mixed)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kikosi kazi (mchanganyiko)</translation>
    </message>
    <message>
        <source>Staging area</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Eneo la kukusanyika</translation>
    </message>
    <message>
        <source>Assign to incident</source>
        <extracomment>the columns read first, left to right (right to left in Arabic)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Panga kwenye tukio</translation>
    </message>
    <message>
        <source>Unit</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kikosi</translation>
    </message>
    <message>
        <source>Person</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Mtu</translation>
    </message>
    <message>
        <source>Name, rank</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Jina, cheo</translation>
    </message>
    <message>
        <source>e.g. Division A, Decon Group</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">k.m. Kitengo A, Kikundi cha kusafisha sumu</translation>
    </message>
    <message>
        <source>Work assignment (ICS-204 block 6)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kazi (ICS-204 kisanduku 6)</translation>
    </message>
    <message>
        <source>Reporting location, e.g. RVP Malaba border post</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Mahali pa kuripoti, k.m. RVP kituo cha mpakani Malaba</translation>
    </message>
    <message>
        <source>at</source>
        <comment>report at this time</comment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">saa</translation>
    </message>
    <message>
        <source>Incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tukio</translation>
    </message>
    <message>
        <source>Resource</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Rasilimali</translation>
    </message>
    <message>
        <source>ICS element</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kipengele cha ICS</translation>
    </message>
    <message>
        <source>Element / position name</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Jina la kipengele / wadhifa</translation>
    </message>
    <message>
        <source>Work assignment</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kazi</translation>
    </message>
    <message>
        <source>Report to</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ripoti kwa</translation>
    </message>
    <message>
        <source>Report time</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Muda wa kuripoti</translation>
    </message>
    <message>
        <source>Assign</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Panga</translation>
    </message>
</context>
<context>
    <name>BrokerBanner</name>
    <message>
        <source>BROKER REFUSED since {since} — working on local data</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">SEVA YA UJUMBE IMEKATAA MUUNGANISHO tangu {since} — kazi inaendelea kwa data za ndani</translation>
    </message>
    <message>
        <source>BROKER DISCONNECTED since {since} — working on local data</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">SEVA YA UJUMBE IMEKATIKA tangu {since} — kazi inaendelea kwa data za ndani</translation>
    </message>
    <message>
        <source>, reconnecting now</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">, inaunganisha tena sasa</translation>
    </message>
    <message>
        <source>, reconnecting in {n} s</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">, inaunganisha tena baada ya {n} s</translation>
    </message>
    <message>
        <source> ({why})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished"> ({why})</translation>
    </message>
</context>
<context>
    <name>CAP</name>
    <message>
        <source>Extreme</source>
        <extracomment>every CAP code value shown to people (context &quot;CAP&quot; in the catalogs)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kali sana</translation>
    </message>
    <message>
        <source>Severe</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kali</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Wastani</translation>
    </message>
    <message>
        <source>Minor</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ndogo</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Haijulikani</translation>
    </message>
    <message>
        <source>Immediate</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Mara moja</translation>
    </message>
    <message>
        <source>Expected</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Inatarajiwa</translation>
    </message>
    <message>
        <source>Future</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Baadaye</translation>
    </message>
    <message>
        <source>Past</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Imepita</translation>
    </message>
    <message>
        <source>Observed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Imeshuhudiwa</translation>
    </message>
    <message>
        <source>Likely</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Yaelekea</translation>
    </message>
    <message>
        <source>Possible</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Inawezekana</translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Haielekei</translation>
    </message>
    <message>
        <source>Actual</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Halisi</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Zoezi</translation>
    </message>
    <message>
        <source>System</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Mfumo</translation>
    </message>
    <message>
        <source>Test</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Jaribio</translation>
    </message>
    <message>
        <source>Draft</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Rasimu</translation>
    </message>
    <message>
        <source>Alert</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tahadhari</translation>
    </message>
    <message>
        <source>Update</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Sasisho</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kufuta</translation>
    </message>
    <message>
        <source>Ack</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Uthibitisho</translation>
    </message>
    <message>
        <source>Error</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hitilafu</translation>
    </message>
    <message>
        <source>Geo</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Jiofizikia</translation>
    </message>
    <message>
        <source>Met</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hali ya hewa</translation>
    </message>
    <message>
        <source>Safety</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Usalama wa umma</translation>
    </message>
    <message>
        <source>Security</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ulinzi</translation>
    </message>
    <message>
        <source>Rescue</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Uokoaji</translation>
    </message>
    <message>
        <source>Fire</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Moto</translation>
    </message>
    <message>
        <source>Health</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Afya</translation>
    </message>
    <message>
        <source>Env</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Mazingira</translation>
    </message>
    <message>
        <source>Transport</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Usafiri</translation>
    </message>
    <message>
        <source>Infra</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Miundombinu</translation>
    </message>
    <message>
        <source>CBRNE</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">CBRNE (kemikali, kibaiolojia, mionzi, nyuklia, milipuko)</translation>
    </message>
    <message>
        <source>Other</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Nyingine</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Jikinge</translation>
    </message>
    <message>
        <source>Evacuate</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hama</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Jiandae</translation>
    </message>
    <message>
        <source>Execute</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tekeleza</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Epuka</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Fuatilia</translation>
    </message>
    <message>
        <source>Assess</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tathmini</translation>
    </message>
    <message>
        <source>AllClear</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hatari imekwisha</translation>
    </message>
    <message>
        <source>None</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hakuna</translation>
    </message>
    <message>
        <source>Public</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Umma</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Yenye kikomo</translation>
    </message>
    <message>
        <source>Private</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Binafsi</translation>
    </message>
</context>
<context>
    <name>CommandPanel</name>
    <message>
        <source>En route</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Njiani</translation>
    </message>
    <message>
        <source>On scene</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Eneo la tukio</translation>
    </message>
    <message>
        <source>Release</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Achilia</translation>
    </message>
    <message>
        <source>alerted</source>
        <extracomment>an agency&apos;s participation in an incident&apos;s command, as the operator reads it</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">imejulishwa</translation>
    </message>
    <message>
        <source>standing by</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">iko tayari</translation>
    </message>
    <message>
        <source>active</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">inashiriki</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">imeondolewa</translation>
    </message>
    <message>
        <source>unable</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">haiwezi</translation>
    </message>
    <message>
        <source>Select an incident on the board.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Chagua tukio kwenye ubao.</translation>
    </message>
    <message>
        <source>Establish…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Anzisha…</translation>
    </message>
    <message>
        <source>Handover…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kabidhi…</translation>
    </message>
    <message>
        <source>Close command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Funga uongozi</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Panga…</translation>
    </message>
    <message>
        <source>Export</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hamisha</translation>
    </message>
    <message>
        <source>ICS-204 assignment list / ICS-214 activity log</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ICS-204 orodha ya kazi / ICS-214 kumbukumbu ya shughuli</translation>
    </message>
    <message>
        <source>ICS-204 Assignment List as PDF…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ICS-204 Orodha ya kazi kama PDF…</translation>
    </message>
    <message>
        <source>ICS-204 Assignment List as CSV…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ICS-204 Orodha ya kazi kama CSV…</translation>
    </message>
    <message>
        <source>ICS-214 Activity Log as PDF…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ICS-214 Kumbukumbu ya shughuli kama PDF…</translation>
    </message>
    <message>
        <source>ICS-214 Activity Log as CSV…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ICS-214 Kumbukumbu ya shughuli kama CSV…</translation>
    </message>
    <message>
        <source>Participation:</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ushiriki:</translation>
    </message>
    <message>
        <source>Set</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Weka</translation>
    </message>
    <message>
        <source>This console has no command board.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kiweko hiki hakina ubao wa uongozi.</translation>
    </message>
    <message>
        <source>Select an incident on the board to {what}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Chagua tukio kwenye ubao ili {what}.</translation>
    </message>
    <message>
        <source>establish command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kuanzisha uongozi</translation>
    </message>
    <message>
        <source>Single command established for {key}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Uongozi mmoja umeanzishwa kwa {key}.</translation>
    </message>
    <message>
        <source>Unified command established for {key}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Uongozi wa pamoja umeanzishwa kwa {key}.</translation>
    </message>
    <message>
        <source>propose a handover</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kupendekeza kukabidhi</translation>
    </message>
    <message>
        <source>Could not build the handover brief: {error}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Haikuweza kuandaa muhtasari wa kukabidhi: {error}</translation>
    </message>
    <message>
        <source>propose the handover</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kupendekeza kukabidhi</translation>
    </message>
    <message>
        <source>Handover of {key} proposed to {target}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kukabidhi {key} kumependekezwa kwa {target}.</translation>
    </message>
    <message>
        <source>close its command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kufunga uongozi wake</translation>
    </message>
    <message>
        <source>Close the command of {key}? Every console sees it closed.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Funga uongozi wa {key}? Kila kiweko kitauona umefungwa.</translation>
    </message>
    <message>
        <source>close command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kufunga uongozi</translation>
    </message>
    <message>
        <source>There is no incident to assign to.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hakuna tukio la kupangia.</translation>
    </message>
    <message>
        <source>{who} assigned to {key}: {element}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{who} amepangiwa {key}: {element}.</translation>
    </message>
    <message>
        <source>assign</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kupanga</translation>
    </message>
    <message>
        <source>Select an assignment in the command tree first.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Chagua kwanza kazi kwenye mti wa uongozi.</translation>
    </message>
    <message>
        <source>set the assignment {status}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kuweka kazi kuwa «{status}»</translation>
    </message>
    <message>
        <source>set an agency&apos;s participation</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kuweka ushiriki wa taasisi</translation>
    </message>
    <message>
        <source>set {agency} {state}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kuweka {agency} kuwa «{state}»</translation>
    </message>
    <message>
        <source>export its ICS-{form}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kuhamisha ICS-{form} yake</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Faili za PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Faili za CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export ICS-{form} of {key}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hamisha ICS-{form} ya {key}</translation>
    </message>
    <message>
        <source>Could not export ICS-{form}: {error}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Haikuweza kuhamisha ICS-{form}: {error}</translation>
    </message>
    <message>
        <source>ICS-{form} of {key} written to {path}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ICS-{form} ya {key} imeandikwa kwenye {path}.</translation>
    </message>
    <message>
        <source>Answer handover offer…</source>
        <extracomment>the Command panel&apos;s button that opens the offers waiting for an answer</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Jibu pendekezo la kukabidhi…</translation>
    </message>
    <message>
        <source>Could not read handover proposals: {error}</source>
        <extracomment>the longest wait a QTimer takes (ms); a later deadline is checked again then</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Haikuweza kusoma mapendekezo ya kukabidhi: {error}</translation>
    </message>
    <message>
        <source>Handover of command of {key} offered by {origin}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{origin} inapendekeza kukabidhi uongozi wa {key}.</translation>
    </message>
    <message>
        <source>No handover offer is waiting for an answer.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hakuna pendekezo la kukabidhi linalosubiri jibu.</translation>
    </message>
    <message>
        <source>Handover offer for {key} set aside: answer it with “{action}” in the Command panel before {expires}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Pendekezo la kukabidhi {key} limewekwa kando: lijibu kwa «{action}» kwenye paneli ya Uongozi kabla ya {expires}.</translation>
    </message>
    <message>
        <source>{key} offered by {origin}, answer by {expires}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{key} imependekezwa na {origin}, jibu kabla ya {expires}</translation>
    </message>
    <message>
        <source>({n}) {command}</source>
        <comment>the Command tab while {n} handover offers wait; {command}: the tab&apos;s name</comment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">({n}) {command}</translation>
    </message>
    <message>
        <source>Handover accepted: you are in command from its effective time.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kukabidhi kumekubaliwa: unaongoza kuanzia muda wake wa kuanza.</translation>
    </message>
    <message>
        <source>accept the handover</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kukubali kukabidhiwa</translation>
    </message>
    <message>
        <source>Handover refused.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kukabidhi kumekataliwa.</translation>
    </message>
    <message>
        <source>refuse the handover</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kukataa kukabidhiwa</translation>
    </message>
    <message>
        <source>select an assignment</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">chagua kazi</translation>
    </message>
</context>
<context>
    <name>CommandTree</name>
    <message>
        <source>Position</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Wadhifa</translation>
    </message>
    <message>
        <source>Branch</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tawi</translation>
    </message>
    <message>
        <source>Division</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kitengo</translation>
    </message>
    <message>
        <source>Group</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kikundi</translation>
    </message>
    <message>
        <source>Strike team</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Timu ya kazi</translation>
    </message>
    <message>
        <source>Task force</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kikosi kazi</translation>
    </message>
    <message>
        <source>Staging area</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Eneo la kukusanyika</translation>
    </message>
    <message>
        <source>assigned</source>
        <extracomment>states of assignments, participation and proposals as the tree shows them</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kimepangiwa</translation>
    </message>
    <message>
        <source>en route</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">njiani</translation>
    </message>
    <message>
        <source>on scene</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">eneo la tukio</translation>
    </message>
    <message>
        <source>released</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kimeachiliwa</translation>
    </message>
    <message>
        <source>alerted</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">imejulishwa</translation>
    </message>
    <message>
        <source>standing by</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">iko tayari</translation>
    </message>
    <message>
        <source>active</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">inashiriki</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">imeondolewa</translation>
    </message>
    <message>
        <source>unable</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">haiwezi</translation>
    </message>
    <message>
        <source>proposed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">imependekezwa</translation>
    </message>
    <message>
        <source>open</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">wazi</translation>
    </message>
    <message>
        <source>closed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">imefungwa</translation>
    </message>
    <message>
        <source>Gold</source>
        <extracomment>the default tier labels (JESIP); an agency&apos;s own labels (TierLabels) are shown as given</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Dhahabu</translation>
    </message>
    <message>
        <source>Silver</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Fedha</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Shaba</translation>
    </message>
    <message>
        <source>strategic</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kimkakati</translation>
    </message>
    <message>
        <source>tactical</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kimbinu</translation>
    </message>
    <message>
        <source>operational</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kiutendaji</translation>
    </message>
    <message>
        <source>{text}
{state} since {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{text}
{state} tangu {time}</translation>
    </message>
    <message>
        <source>No command established</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hakuna uongozi ulioanzishwa</translation>
    </message>
    <message>
        <source>Single command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Uongozi mmoja</translation>
    </message>
    <message>
        <source>Unified command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Uongozi wa pamoja</translation>
    </message>
    <message>
        <source>Incident Commander</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kamanda wa Tukio</translation>
    </message>
    <message>
        <source>former IC</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kamanda wa zamani</translation>
    </message>
    <message>
        <source>IC from effective time</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kamanda kuanzia muda wa kuanza</translation>
    </message>
    <message>
        <source>in command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">anaongoza</translation>
    </message>
    <message>
        <source>until {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">hadi {time}</translation>
    </message>
    <message>
        <source>pending</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">inasubiri</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Muundo</translation>
    </message>
    <message>
        <source>{n} assignments</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kazi {n}</translation>
    </message>
    <message>
        <source> (report to {place})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished"> (ripoti {place})</translation>
    </message>
    <message>
        <source>Participation</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ushiriki</translation>
    </message>
    <message>
        <source>Handover proposals</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Mapendekezo ya kukabidhi</translation>
    </message>
    <message>
        <source>{origin} → {target} (answer by {time})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{origin} → {target} (jibu kabla ya {time})</translation>
    </message>
</context>
<context>
    <name>CommandWiring</name>
    <message>
        <source>Units</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Vikosi</translation>
    </message>
    <message>
        <source>Command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Uongozi</translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <source>Broker {broker}: not started</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Seva ya ujumbe {broker}: haijaanza</translation>
    </message>
    <message>
        <source>node {0} of {1}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">nodi {0} kati ya {1}</translation>
    </message>
    <message>
        <source>connected</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">imeunganishwa</translation>
    </message>
    <message>
        <source>connecting</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">inaunganisha</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">imekatika</translation>
    </message>
    <message>
        <source>refused</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">imekataa muunganisho</translation>
    </message>
    <message>
        <source>failed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">imeshindwa</translation>
    </message>
    <message>
        <source>Broker {broker}: {state} since {since}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Seva ya ujumbe {broker}: {state} tangu {since}</translation>
    </message>
    <message>
        <source> — retry in {n} s</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished"> — inajaribu tena baada ya {n} s</translation>
    </message>
    <message>
        <source>
This broker speaks MQTT 3.1.1 only: alerts arrive without sequence numbers (no gap detection) and without broker-side expiry; nothing else is lost.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">
Seva hii inatumia MQTT 3.1.1 pekee: tahadhari zinafika bila namba za mfuatano (mapengo hayagunduliwi) na bila muda wa kuisha upande wa seva; hakuna kingine kinachopotea.</translation>
    </message>
</context>
<context>
    <name>CoordinateReadout</name>
    <message>
        <source>Cursor position; click to copy it</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Mahali pa kielekezi; bofya kunakili</translation>
    </message>
    <message>
        <source>Move the cursor over the map for its coordinates</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Sogeza kielekezi juu ya ramani kuona viwianishi</translation>
    </message>
</context>
<context>
    <name>CordonTools</name>
    <message>
        <source>The map is not shown in this console.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ramani haionyeshwi kwenye kiweko hiki.</translation>
    </message>
    <message>
        <source>This console cannot draw on incidents (no command board).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kiweko hiki hakiwezi kuchora kwenye matukio (hakuna ubao wa uongozi).</translation>
    </message>
    <message>
        <source>Select the incident to draw the cordon on first.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Chagua kwanza tukio la kuchorea uzio.</translation>
    </message>
    <message>
        <source>Click the centre of the cordon, then its edge (Esc cancels).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Bofya katikati ya uzio, kisha ukingo wake (Esc kughairi).</translation>
    </message>
    <message>
        <source>Click the corners of the cordon; double-click or Enter to finish (Esc cancels).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Bofya pembe za uzio; bofya mara mbili au Enter kumaliza (Esc kughairi).</translation>
    </message>
    <message>
        <source>Click the points to measure; double-click to finish (Esc clears).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Bofya nukta za kupima; bofya mara mbili kumaliza (Esc kufuta).</translation>
    </message>
    <message>
        <source>Distance: {text}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Umbali: {text}</translation>
    </message>
    <message>
        <source>Cordon {radius} m</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Uzio {radius} m</translation>
    </message>
    <message>
        <source>Cordon</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Uzio</translation>
    </message>
    <message>
        <source>Cordon on {key}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Uzio kwenye {key}</translation>
    </message>
    <message>
        <source>Name of the area drawn on incident {key} ({title}):</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Jina la eneo lililochorwa kwenye tukio {key} ({title}):</translation>
    </message>
    <message>
        <source>draw the cordon</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kuchora uzio</translation>
    </message>
</context>
<context>
    <name>DatabaseBanner</name>
    <message>
        <source>DATABASE UNAVAILABLE — {reason}. New alerts are kept on the bus until it is back.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">HIFADHIDATA HAIPATIKANI — {reason}. Tahadhari mpya zinabaki kwenye basi hadi irudi.</translation>
    </message>
</context>
<context>
    <name>DatabaseLabel</name>
    <message>
        <source>DB {url}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hifadhidata {url}</translation>
    </message>
    <message>
        <source>The database this console reads and writes</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hifadhidata ambayo kiweko hiki kinasoma na kuandika</translation>
    </message>
</context>
<context>
    <name>EstablishDialog</name>
    <message>
        <source>Establish command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Anzisha uongozi</translation>
    </message>
    <message>
        <source>Single command (one Incident Commander)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Uongozi mmoja (Kamanda wa Tukio mmoja)</translation>
    </message>
    <message>
        <source>Unified command (one IC per agency)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Uongozi wa pamoja (kamanda mmoja kwa kila taasisi)</translation>
    </message>
    <message>
        <source>Agency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Taasisi</translation>
    </message>
    <message>
        <source>Incident Commander</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kamanda wa Tukio</translation>
    </message>
    <message>
        <source>Tier</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ngazi</translation>
    </message>
</context>
<context>
    <name>EvidenceWiring</name>
    <message>
        <source>Export evidence package…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hamisha kifurushi cha ushahidi…</translation>
    </message>
    <message>
        <source>There is no incident to export: evidence is exported per incident.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hakuna tukio la kuhamisha: ushahidi unahamishwa kwa kila tukio.</translation>
    </message>
    <message>
        <source>Exporting the evidence package of {incident}: signing a checkpoint and proving every log entry about it…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Inahamisha kifurushi cha ushahidi cha {incident}: inatia sahihi kituo cha ukaguzi na kuthibitisha kila ingizo la kumbukumbu linalolihusu…</translation>
    </message>
    <message>
        <source>export the evidence package</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kuhamisha kifurushi cha ushahidi</translation>
    </message>
    <message>
        <source>Evidence package written: {path}. It proves {n} log entries of {incident} against the signed checkpoint of {size} entries; the report is inside as HTML and PDF. Anyone can check it offline with: incident-desk evidence verify {name}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kifurushi cha ushahidi kimeandikwa: {path}. Kinathibitisha maingizo {n} ya kumbukumbu ya {incident} dhidi ya kituo cha ukaguzi kilichotiwa sahihi cha maingizo {size}; ripoti iko ndani kama HTML na PDF. Yeyote anaweza kukikagua bila mtandao kwa: incident-desk evidence verify {name}</translation>
    </message>
</context>
<context>
    <name>ExercisePanel</name>
    <message>
        <source>Show expected actions (controller only)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hatua tarajiwa (msimamizi)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kasi</translation>
    </message>
    <message>
        <source>STARTEX</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">STARTEX</translation>
    </message>
    <message>
        <source>Pause</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Simamisha</translation>
    </message>
    <message>
        <source>Resume</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Endelea</translation>
    </message>
    <message>
        <source>Step</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hatua</translation>
    </message>
    <message>
        <source>Jump to selected</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ruka hadi chaguo</translation>
    </message>
    <message>
        <source>Fire contingency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tuma tukio la akiba</translation>
    </message>
    <message>
        <source>Ad-hoc inject…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tukio la ghafla…</translation>
    </message>
    <message>
        <source>Export AAR…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hamisha ripoti…</translation>
    </message>
    <message>
        <source>NO DUFF — held</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">NO DUFF — limesimamishwa</translation>
    </message>
    <message>
        <source>planned (before STARTEX)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">limepangwa (kabla ya STARTEX)</translation>
    </message>
    <message>
        <source>running</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">linaendelea</translation>
    </message>
    <message>
        <source>paused</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">limesimamishwa</translation>
    </message>
    <message>
        <source>ended</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">limeisha</translation>
    </message>
    <message>
        <source>{reason} — the exercise clock is held; Resume continues play.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{reason} — saa ya zoezi imesimamishwa; «Endelea» huendeleza zoezi.</translation>
    </message>
    <message>
        <source>MSEL: cannot read the store: {0}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">MSEL: haiwezi kusoma hifadhidata: {0}</translation>
    </message>
    <message>
        <source>{what}: {reason}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{what}: {reason}</translation>
    </message>
    <message>
        <source>{what} (unexpected error, logged): {error}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{what} (hitilafu isiyotarajiwa, imerekodiwa): {error}</translation>
    </message>
    <message>
        <source>STARTEX was already given.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">STARTEX imeshatolewa.</translation>
    </message>
    <message>
        <source>STARTEX: the exercise clock runs.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">STARTEX: saa ya zoezi inaenda.</translation>
    </message>
    <message>
        <source>Step: no scheduled inject is left.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hatua: hakuna tukio la zoezi lililobaki.</translation>
    </message>
    <message>
        <source>Select the inject to jump to first.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Chagua kwanza tukio la zoezi la kurukia.</translation>
    </message>
    <message>
        <source>Jump</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ruka</translation>
    </message>
    <message>
        <source>Jumped to inject {number}; skipped: {skipped}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Imerukia inject {number}; zilizorukwa: {skipped}.</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">hakuna</translation>
    </message>
    <message>
        <source>Contingency inject {number} sent.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Inject ya dharura {number} imetumwa.</translation>
    </message>
    <message>
        <source>Ad-hoc inject {number} sent.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Inject ya papo hapo {number} imetumwa.</translation>
    </message>
    <message>
        <source>After-action report written to {folder} ({count} files).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ripoti ya baada ya zoezi imeandikwa kwenye {folder} (faili {count}).</translation>
    </message>
    <message>
        <source>ENDEX</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ENDEX</translation>
    </message>
    <message>
        <source>End exercise {id} for every joined console? Injects still due are not sent.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Maliza zoezi {id} kwa kila kiweko kilichounganishwa? Matukio ya zoezi yaliyobaki hayatatumwa.</translation>
    </message>
    <message>
        <source>Select a held contingency inject first.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Chagua kwanza tukio la akiba lililozuiliwa.</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tukio la akiba</translation>
    </message>
    <message>
        <source>Ad-hoc inject</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tukio la zoezi la ghafla</translation>
    </message>
    <message>
        <source>Export the after-action report to</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hamisha ripoti ya baada ya zoezi kwenda</translation>
    </message>
    <message>
        <source>Export AAR</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hamisha ripoti ya tathmini</translation>
    </message>
</context>
<context>
    <name>ExerciseStateLabel</name>
    <message>
        <source>planned</source>
        <extracomment>the drill clock&apos;s states as the state line says them</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">limepangwa</translation>
    </message>
    <message>
        <source>running</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">linaendelea</translation>
    </message>
    <message>
        <source>paused</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">limesimamishwa</translation>
    </message>
    <message>
        <source>ended</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">limeisha</translation>
    </message>
    <message>
        <source>EXERCISE {0}: no control state yet</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ZOEZI {0}: bado hakuna hali ya usimamizi</translation>
    </message>
    <message>
        <source>EXERCISE {0}: no control state</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ZOEZI {0}: hakuna hali ya usimamizi</translation>
    </message>
    <message>
        <source>NO DUFF</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">NO DUFF</translation>
    </message>
    <message>
        <source>{0} {1} {2} ({3} by {4})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{0} {1} {2} ({3} na {4})</translation>
    </message>
    <message>
        <source>clock set</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">saa imebadilishwa</translation>
    </message>
</context>
<context>
    <name>ExerciseWiring</name>
    <message>
        <source>Exercise control</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Zoezi</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export evidence package</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hamisha kifurushi cha ushahidi</translation>
    </message>
    <message>
        <source> (EXERCISE {id})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished"> (ZOEZI {id})</translation>
    </message>
    <message>
        <source>e.g. mutual legal assistance request from UG</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">k.m. ombi la usaidizi wa kisheria kutoka Uganda</translation>
    </message>
    <message>
        <source>the case or request number, e.g. UG-DPP-114</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">namba ya kesi au ombi, k.m. UG-DPP-114</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Chagua…</translation>
    </message>
    <message>
        <source>Incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tukio</translation>
    </message>
    <message>
        <source>Reason</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Sababu</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kumbukumbu ya kesi</translation>
    </message>
    <message>
        <source>Folder</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Folda</translation>
    </message>
    <message>
        <source>The package holds every log entry about the incident, whatever its time, with the proofs that it was not changed, and a report (HTML and PDF). The export itself is logged with your name, the reason and the reference.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kifurushi kina kila ingizo la kumbukumbu kuhusu tukio, wakati wowote, pamoja na uthibitisho kwamba halikubadilishwa, na ripoti (HTML na PDF). Uhamishaji wenyewe unaandikwa pamoja na jina lako, sababu na kumbukumbu.</translation>
    </message>
    <message>
        <source>Export</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hamisha</translation>
    </message>
    <message>
        <source>Folder for the evidence package</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Folda ya kifurushi cha ushahidi</translation>
    </message>
</context>
<context>
    <name>FeedView</name>
    <message>
        <source>Could not read the store (logged): {error}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Haikuweza kusoma hifadhidata (imeandikwa kwenye kumbukumbu): {error}</translation>
    </message>
</context>
<context>
    <name>HandoverBrief</name>
    <message>
        <source>received {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ilipokelewa {time}</translation>
    </message>
    <message>
        <source>no command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">hakuna uongozi</translation>
    </message>
    <message>
        <source>{resource} ({agency}), ordered {ordered}, arrived {arrived}: {notes}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{resource} ({agency}), iliagizwa {ordered}, ilifika {arrived}: {notes}</translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">hakuna</translation>
    </message>
    <message>
        <source>{name} ({origin}) at {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{name} ({origin}) saa {time}</translation>
    </message>
    <message>
        <source>{form} Incident Briefing</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{form} Taarifa fupi ya tukio</translation>
    </message>
    <message>
        <source>EXERCISE {id}</source>
        <translation type="unfinished">ZOEZI {id}</translation>
    </message>
    <message>
        <source>1. Incident name:</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">1. Jina la tukio:</translation>
    </message>
    <message>
        <source>2. Incident number:</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">2. Nambari ya tukio:</translation>
    </message>
    <message>
        <source>3. Initiated:</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">3. Lilianzishwa:</translation>
    </message>
    <message>
        <source>5. Situation summary</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">5. Muhtasari wa hali</translation>
    </message>
    <message>
        <source>7. Objectives</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">7. Malengo</translation>
    </message>
    <message>
        <source>8. Actions</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">8. Hatua</translation>
    </message>
    <message>
        <source>9. Current organisation</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">9. Muundo wa sasa</translation>
    </message>
    <message>
        <source>10. Resource summary</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">10. Muhtasari wa rasilimali</translation>
    </message>
    <message>
        <source>6. Prepared by:</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">6. Imeandaliwa na:</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Handover of command offered: {key}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kukabidhi uongozi kumependekezwa: {key}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{origin}&lt;/b&gt; ({who}) offers command of &lt;b&gt;{key}&lt;/b&gt; to your agency, effective {effective}; answer by {expires}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">&lt;b&gt;{origin}&lt;/b&gt; ({who}) inapendekeza uongozi wa &lt;b&gt;{key}&lt;/b&gt; kwa taasisi yako, kuanzia {effective}; jibu kabla ya {expires}.</translation>
    </message>
    <message>
        <source>Reason (required to refuse)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Sababu (lazima ili kukataa)</translation>
    </message>
    <message>
        <source>Accept command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kubali uongozi</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kataa</translation>
    </message>
    <message>
        <source>Incident Commander</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kamanda wa Tukio</translation>
    </message>
    <message>
        <source>Tier</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ngazi</translation>
    </message>
</context>
<context>
    <name>Headers</name>
    <message>
        <source>Command structure</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Muundo wa uongozi</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hali</translation>
    </message>
    <message>
        <source>Since</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tangu</translation>
    </message>
    <message>
        <source>Incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tukio</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kichwa</translation>
    </message>
    <message>
        <source>Severity</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ukali</translation>
    </message>
    <message>
        <source>CC</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Nchi</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tahadhari</translation>
    </message>
    <message>
        <source>Age</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Umri</translation>
    </message>
    <message>
        <source>#</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Na.</translation>
    </message>
    <message>
        <source>Offset</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Muda tangu STARTEX</translation>
    </message>
    <message>
        <source>From → To</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kutoka → Kwenda</translation>
    </message>
    <message>
        <source>Method</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Njia</translation>
    </message>
    <message>
        <source>Message</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ujumbe</translation>
    </message>
    <message>
        <source>Expected action</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hatua inayotarajiwa</translation>
    </message>
    <message>
        <source>State</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hali</translation>
    </message>
    <message>
        <source>Sent at (wall clock)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Muda wa kutumwa (saa halisi)</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Imethibitishwa na</translation>
    </message>
    <message>
        <source>Expected action observed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hatua inayotarajiwa imeonekana</translation>
    </message>
    <message>
        <source>Mode</source>
        <extracomment>the message types a queue shows day to day (an Ack or an Error elides, whole on hover)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hali</translation>
    </message>
    <message>
        <source>Received</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Imepokelewa</translation>
    </message>
    <message>
        <source>Sent</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Imetumwa</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Uharaka</translation>
    </message>
    <message>
        <source>Type</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Aina</translation>
    </message>
    <message>
        <source>Headline</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kichwa</translation>
    </message>
    <message>
        <source>Sender</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Mtumaji</translation>
    </message>
    <message>
        <source>Country</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Nchi</translation>
    </message>
    <message>
        <source>Agency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Taasisi</translation>
    </message>
    <message>
        <source>Incident(s)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tukio/matukio</translation>
    </message>
    <message>
        <source>Ack</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Uthibitisho</translation>
    </message>
    <message>
        <source>Trust</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Uaminifu</translation>
    </message>
    <message>
        <source>Callsign</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Jina la mwito</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Aina</translation>
    </message>
    <message>
        <source>Position</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Mahali</translation>
    </message>
    <message>
        <source>Last update</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Sasisho la mwisho</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kazi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Sababu</translation>
    </message>
    <message>
        <source>Size</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ukubwa</translation>
    </message>
    <message>
        <source>Source</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Chanzo</translation>
    </message>
    <message>
        <source>Stream</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Mkondo</translation>
    </message>
    <message>
        <source>Missing</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Zilizokosekana</translation>
    </message>
    <message>
        <source>Count</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Idadi</translation>
    </message>
    <message>
        <source>Time</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Muda</translation>
    </message>
    <message>
        <source>Actor</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Mhusika</translation>
    </message>
    <message>
        <source>Console</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kiweko</translation>
    </message>
    <message>
        <source>What happened</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kilichotokea</translation>
    </message>
</context>
<context>
    <name>IcsPdf</name>
    <message>
        <source>none</source>
        <extracomment>a time in the one format (incident_desk/timefmt.py), kept left to right inside Arabic</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">hakuna</translation>
    </message>
    <message>
        <source>{form} — page {page} of {pages}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{form} — ukurasa {page} kati ya {pages}</translation>
    </message>
</context>
<context>
    <name>IncidentBoardWidget</name>
    <message>
        <source>New</source>
        <extracomment>the status filter&apos;s entries</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Jipya</translation>
    </message>
    <message>
        <source>Active</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hai</translation>
    </message>
    <message>
        <source>Contained</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Limedhibitiwa</translation>
    </message>
    <message>
        <source>Closed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Limefungwa</translation>
    </message>
    <message>
        <source>Activate</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Anzisha</translation>
    </message>
    <message>
        <source>Contain</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Dhibiti</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Funga</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Fungua tena</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hali zote</translation>
    </message>
    <message>
        <source>All countries</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Nchi zote</translation>
    </message>
    <message>
        <source>Filter incidents: key or title</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Chuja matukio: ufunguo au kichwa</translation>
    </message>
    <message>
        <source>New from alert</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kutoka tahadhari</translation>
    </message>
    <message>
        <source>Attach alert</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ambatisha</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Unganisha…</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Dokezo…</translation>
    </message>
    <message>
        <source>Older closed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Zilizofungwa zamani</translation>
    </message>
    <message>
        <source>No older closed incidents are stored.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hakuna matukio yaliyofungwa ya zamani zaidi yaliyohifadhiwa.</translation>
    </message>
    <message>
        <source>Could not look up the alert&apos;s incident: {error}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Haikuweza kupata tukio la tahadhari: {error}</translation>
    </message>
    <message>
        <source>Select an alert in the queue to open an incident from it.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Chagua tahadhari kwenye foleni ili kufungua tukio kutoka kwayo.</translation>
    </message>
    <message>
        <source>open an incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kufungua tukio</translation>
    </message>
    <message>
        <source>Select an alert in the queue and an incident on the board to attach it.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Chagua tahadhari kwenye foleni na tukio kwenye ubao ili kuiambatisha.</translation>
    </message>
    <message>
        <source>The alert already belongs to this incident.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tahadhari tayari ni ya tukio hili.</translation>
    </message>
    <message>
        <source>attach the alert</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kuambatisha tahadhari</translation>
    </message>
    <message>
        <source>Select exactly two incidents to merge (Shift+arrow or Ctrl+click).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Chagua matukio mawili hasa ya kuunganisha (Shift+mshale au Ctrl+bofya).</translation>
    </message>
    <message>
        <source>merge the incidents</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kuunganisha matukio</translation>
    </message>
    <message>
        <source>Select an incident on the board first.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Chagua kwanza tukio kwenye ubao.</translation>
    </message>
    <message>
        <source>Close incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Funga tukio</translation>
    </message>
    <message>
        <source>Close incident {key} ({title})? Its alerts stay in the queue.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Funga tukio {key} ({title})? Tahadhari zake zinabaki kwenye foleni.</translation>
    </message>
    <message>
        <source>set the incident {status}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kuweka tukio kuwa «{status}»</translation>
    </message>
    <message>
        <source>Select an incident on the board to add a note to it.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Chagua tukio kwenye ubao ili kuongeza dokezo.</translation>
    </message>
    <message>
        <source>Add note</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ongeza dokezo</translation>
    </message>
    <message>
        <source>Note for incident {key}:</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Dokezo kwa tukio {key}:</translation>
    </message>
    <message>
        <source>add the note</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kuongeza dokezo</translation>
    </message>
    <message>
        <source>This console has no incident board.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kiweko hiki hakina ubao wa matukio.</translation>
    </message>
</context>
<context>
    <name>IncidentTable</name>
    <message>
        <source>Exercise {id}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Zoezi {id}</translation>
    </message>
    <message>
        <source>Real incident, not the exercise</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tukio halisi, si la zoezi</translation>
    </message>
    <message>
        <source>{key}: {title} at {position} — created by {who}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{key}: {title} mahali {position} — limeundwa na {who}</translation>
    </message>
    <message>
        <source>{key}: {title} — created by {who}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{key}: {title} — limeundwa na {who}</translation>
    </message>
    <message>
        <source>now</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">sasa</translation>
    </message>
    <message>
        <source>{0} min</source>
        <comment>minutes ago, in a narrow column</comment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">dak. {0}</translation>
    </message>
    <message>
        <source>{0} h</source>
        <comment>hours ago, in a narrow column</comment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">saa {0}</translation>
    </message>
    <message>
        <source>{0} d</source>
        <comment>days ago, in a narrow column</comment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">siku {0}</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>where the operator&apos;s last choice is kept (QSettings)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">&amp;Lugha</translation>
    </message>
    <message>
        <source>(draft)</source>
        <comment>a translation not yet reviewed by a native speaker</comment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">(rasimu)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>leave the exercise</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kuondoka kwenye zoezi</translation>
    </message>
    <message>
        <source>Return to the preferred broker</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Rudi kwenye seva ya ujumbe inayopendelewa</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Matukio</translation>
    </message>
    <message>
        <source>Map</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ramani</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kumbukumbu</translation>
    </message>
</context>
<context>
    <name>MapMenu</name>
    <message>
        <source>Map: find a place, incident, unit or coordinates…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ramani: tafuta mahali, tukio, kikosi au viwianishi…</translation>
    </message>
    <message>
        <source>Publish update for the selected incident (its cordons)…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Chapisha taarifa mpya ya tukio lililochaguliwa (pamoja na vizuizi vyake)…</translation>
    </message>
    <message>
        <source>Map: draw a cordon (circle) on the selected incident</source>
        <extracomment>the Map menu&apos;s other actions, in menu order after the ones above</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ramani: chora uzio (duara) kwenye tukio lililochaguliwa</translation>
    </message>
    <message>
        <source>Map: draw a cordon (polygon) on the selected incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ramani: chora uzio (poligoni) kwenye tukio lililochaguliwa</translation>
    </message>
    <message>
        <source>Map: measure distance</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ramani: pima umbali</translation>
    </message>
    <message>
        <source>Map: add map package…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ramani: ongeza kifurushi cha ramani…</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">&amp;Ramani</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>Find a place, incident key, callsign or coordinates (Ctrl+L)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tafuta mahali, ufunguo wa tukio, jina la mwito au viwianishi (Ctrl+L)</translation>
    </message>
    <message>
        <source>Map search</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Utafutaji wa ramani</translation>
    </message>
    <message>
        <source>coordinates</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">viwianishi</translation>
    </message>
    <message>
        <source>incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">tukio</translation>
    </message>
    <message>
        <source>unit</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kikosi</translation>
    </message>
    <message>
        <source>country</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">nchi</translation>
    </message>
    <message>
        <source>capital</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">mji mkuu</translation>
    </message>
    <message>
        <source>town</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">mji</translation>
    </message>
    <message>
        <source>border crossing</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kituo cha mpakani</translation>
    </message>
    <message>
        <source>scenario place</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">mahali pa zoezi</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>EXERCISE</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ZOEZI</translation>
    </message>
    <message>
        <source>Available</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kinapatikana</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kimepangiwa</translation>
    </message>
    <message>
        <source>En route</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Njiani</translation>
    </message>
    <message>
        <source>On scene</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Eneo la tukio</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hakifanyi kazi</translation>
    </message>
    <message>
        <source>Status unknown</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hali haijulikani</translation>
    </message>
    <message>
        <source>stale since {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">mahali pa zamani tangu {time}</translation>
    </message>
    <message>
        <source>Natural Earth · places: {places} · borders: {borders}</source>
        <extracomment>the map&apos;s data credit; {places} and {borders} are the licensed sources&apos; own names (kept as their licences ask), only the words around them are translated</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Natural Earth · maeneo: {places} · mipaka: {borders}</translation>
    </message>
    <message>
        <source>{n} m</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{n} m</translation>
    </message>
    <message>
        <source>{n} km</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{n} km</translation>
    </message>
    <message>
        <source>Outline map (offline)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ramani ya msingi (nje ya mtandao)</translation>
    </message>
    <message>
        <source>Country boundaries (offline)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Mipaka ya nchi (nje ya mtandao)</translation>
    </message>
    <message>
        <source>Place names (offline)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Majina ya mahali (nje ya mtandao)</translation>
    </message>
    <message>
        <source>CAP areas and cordons</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Maeneo ya CAP na uzio</translation>
    </message>
    <message>
        <source>Units</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Vikosi</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Matukio</translation>
    </message>
</context>
<context>
    <name>MapWiring</name>
    <message>
        <source>Map closed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ramani imefungwa</translation>
    </message>
    <message>
        <source>Incident {key}: {title}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tukio {key}: {title}</translation>
    </message>
    <message>
        <source>This console cannot create incidents.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kiweko hiki hakiwezi kuunda matukio.</translation>
    </message>
    <message>
        <source>New incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tukio jipya</translation>
    </message>
    <message>
        <source>Title of the new incident at {lat}, {lon}:</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kichwa cha tukio jipya mahali {lat}, {lon}:</translation>
    </message>
    <message>
        <source>Incident at {lat}, {lon}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tukio mahali {lat}, {lon}</translation>
    </message>
    <message>
        <source>create the incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kuunda tukio</translation>
    </message>
    <message>
        <source>The map is not shown in this console.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ramani haionyeshwi kwenye kiweko hiki.</translation>
    </message>
    <message>
        <source>Loading map…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Inapakia ramani…</translation>
    </message>
    <message>
        <source>Copied {text}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Imenakiliwa {text}</translation>
    </message>
    <message>
        <source>add the map package</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kuongeza kifurushi cha ramani</translation>
    </message>
    <message>
        <source>Add map package</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ongeza kifurushi cha ramani</translation>
    </message>
    <message>
        <source>Map packages (*.mbtiles *.pmtiles);;All files (*)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Vifurushi vya ramani (*.mbtiles *.pmtiles);;Faili zote (*)</translation>
    </message>
    <message>
        <source>Map packages cannot be shown in this console (see the log).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Vifurushi vya ramani haviwezi kuonyeshwa kwenye kiweko hiki (angalia kumbukumbu).</translation>
    </message>
    <message>
        <source>Map package added: {name} ({path})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kifurushi cha ramani kimeongezwa: {name} ({path})</translation>
    </message>
    <message>
        <source>No active incidents or areas to show on the map.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hakuna matukio au maeneo hai ya kuonyesha kwenye ramani.</translation>
    </message>
    <message>
        <source>Select an alert to show on the map first.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Chagua kwanza tahadhari ya kuonyesha kwenye ramani.</translation>
    </message>
</context>
<context>
    <name>ModeBadge</name>
    <message>
        <source>EXERCISE {id}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ZOEZI {id}</translation>
    </message>
    <message>
        <source>REAL</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">HALISI</translation>
    </message>
</context>
<context>
    <name>MselTableModel</name>
    <message>
        <source>pending</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">inasubiri</translation>
    </message>
    <message>
        <source>held</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">imeshikiliwa</translation>
    </message>
    <message>
        <source>sent</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">imetumwa</translation>
    </message>
    <message>
        <source>skipped</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">imerukwa</translation>
    </message>
    <message>
        <source>failed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">imeshindwa</translation>
    </message>
    <message>
        <source>The inject&apos;s time on the exercise clock, from STARTEX.</source>
        <extracomment>what the headers&apos; tooltips add to their names: which clock a time is on</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Muda wa tukio la zoezi kwenye saa ya zoezi, kuanzia STARTEX.</translation>
    </message>
    <message>
        <source>When the inject went out on the wall clock, in this computer&apos;s local time ({zone}); the hover over a time gives its date and UTC.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Wakati tukio la zoezi lilipotumwa kwa saa halisi, kwa saa za hapa za kompyuta hii ({zone}); kuelekeza kiashiria juu ya muda huonyesha tarehe yake na UTC.</translation>
    </message>
    <message>
        <source>CAP {type}: {headline}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">CAP {type}: {headline}</translation>
    </message>
    <message>
        <source>Unit {unit} → {status}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kikosi {unit} → {status}</translation>
    </message>
    <message>
        <source>{number} (ad hoc)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{number} (ya ghafla)</translation>
    </message>
    <message>
        <source>held (contingency for {number})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">imeshikiliwa (akiba ya {number})</translation>
    </message>
    <message>
        <source>system</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">mfumo</translation>
    </message>
    <message>
        <source>phone</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">simu</translation>
    </message>
    <message>
        <source>radio</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">redio</translation>
    </message>
    <message>
        <source>email</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">barua pepe</translation>
    </message>
    <message>
        <source>in person</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ana kwa ana</translation>
    </message>
    <message>
        <source>media</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">vyombo vya habari</translation>
    </message>
</context>
<context>
    <name>NoDuffGuard</name>
    <message>
        <source>NO DUFF declared</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">NO DUFF imetangazwa</translation>
    </message>
</context>
<context>
    <name>NoDuffOverlay</name>
    <message>
        <source>NO DUFF — REAL-WORLD ALERT — THIS IS NOT A DRILL</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">NO DUFF — TAHADHARI HALISI — HILI SI ZOEZI</translation>
    </message>
    <message>
        <source>The exercise clock is held. Handle the real event on the live path (Actual); exercise traffic continues only when the controller resumes.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Saa ya zoezi imesimamishwa. Shughulikia tukio halisi kwenye njia halisi (Actual); ujumbe wa zoezi utaendelea tu msimamizi atakapoendeleza.</translation>
    </message>
    <message>
        <source>Acknowledge real alert and dismiss</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Thibitisha tahadhari halisi na ufunge</translation>
    </message>
    <message>
        <source>The exercise is no longer held. The real event above is still yours: handle it on the live path (Actual).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Zoezi halijasimamishwa tena. Tukio halisi lililo juu bado ni lako: lishughulikie kupitia njia halisi (Actual).</translation>
    </message>
    <message>
        <source>from {sender} — sent {time} — {severity} / {urgency}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kutoka {sender} — ilitumwa {time} — {severity} / {urgency}</translation>
    </message>
    <message>
        <source>Exercise control: {reason}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Usimamizi wa zoezi: {reason}</translation>
    </message>
    <message>
        <source>Dismiss (seen)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Funga (imeonekana)</translation>
    </message>
</context>
<context>
    <name>NoticeButton</name>
    <message>
        <source>{n} quarantined</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{n} karantini</translation>
    </message>
    <message>
        <source>{n} missing</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{n} zimekosekana</translation>
    </message>
    <message>
        <source>Payloads set aside and messages missing from publisher streams (Ctrl+Shift+Q)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ujumbe uliowekwa kando na ujumbe uliokosekana kwenye mikondo ya watumaji (Ctrl+Shift+Q)</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>the payload is binary data, not text</source>
        <extracomment>ingest&apos;s sentence for bytes the XML parser refused (incident_desk/ingest/_reasons.py); its ``detail`` is libxml2&apos;s own message (&quot;Premature end of data in tag alert line 1, line 1, column 166&quot;), which the row replaces with one of the plain problems below</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ujumbe ni data ya binari, si maandishi</translation>
    </message>
    <message>
        <source>the payload is not XML (it does not begin with a tag)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ujumbe si XML (hauanzi na tagi)</translation>
    </message>
    <message>
        <source>the document is cut short, before its tags are closed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">hati imekatika kabla tagi zake hazijafungwa</translation>
    </message>
    <message>
        <source>a closing tag does not match the tag it closes</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">tagi ya kufunga hailingani na tagi inayoifunga</translation>
    </message>
    <message>
        <source>more text follows the end of the document</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kuna maandishi zaidi baada ya mwisho wa hati</translation>
    </message>
    <message>
        <source>an “&amp;” code in the text is not valid XML</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">msimbo wa «&amp;» katika maandishi si XML halali</translation>
    </message>
    <message>
        <source>it holds characters XML does not allow, or bytes not in its encoding</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ina herufi ambazo XML hairuhusu, au baiti zisizo katika usimbaji wake</translation>
    </message>
    <message>
        <source>a tag or its attributes are written wrongly</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">tagi au sifa zake zimeandikwa vibaya</translation>
    </message>
    <message>
        <source>it breaks the rules of XML</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">inakiuka kanuni za XML</translation>
    </message>
    <message>
        <source>{problem}, on line {line}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{problem}, kwenye mstari wa {line}</translation>
    </message>
    <message>
        <source>TEST</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">JARIBIO</translation>
    </message>
    <message>
        <source>… {n} more bytes not shown</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">… baiti {n} zaidi hazijaonyeshwa</translation>
    </message>
</context>
<context>
    <name>NoticesDialog</name>
    <message>
        <source>Quarantine and missing messages</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Karantini na ujumbe uliokosekana</translation>
    </message>
    <message>
        <source>Select an entry to see the payload as received.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Chagua ingizo kuona ujumbe kama ulivyopokelewa.</translation>
    </message>
    <message>
        <source>Quarantine ({n})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Karantini ({n})</translation>
    </message>
    <message>
        <source>Missing messages ({n})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ujumbe uliokosekana ({n})</translation>
    </message>
    <message>
        <source>Topic: {topic}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Mada: {topic}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Sababu: {reason}</translation>
    </message>
    <message>
        <source>As the XML parser says it: {reason}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kama kichanganuzi cha XML kinavyosema: {reason}</translation>
    </message>
    <message>
        <source>Not UTF-8 text: shown as bytes (offset, hexadecimal, the bytes that are ASCII characters).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Si maandishi ya UTF-8: yanaonyeshwa kama baiti (nafasi, heksadesimali, baiti zilizo herufi za ASCII).</translation>
    </message>
</context>
<context>
    <name>OpRunner</name>
    <message>
        <source>Could not {doing}: {reason}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Haikuweza {doing}: {reason}</translation>
    </message>
    <message>
        <source>Could not {doing} (unexpected error, logged): {error}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Haikuweza {doing} (hitilafu isiyotarajiwa, imeandikwa): {error}</translation>
    </message>
</context>
<context>
    <name>OutboxIndicator</name>
    <message numerus="yes">
        <source>%n message(s) waiting for the broker</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">
            <numerusform>Ujumbe %n unasubiri seva ya ujumbe</numerusform>
            <numerusform>Jumbe %n zinasubiri seva ya ujumbe</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledgements and command events written on this console that the broker has not confirmed yet; they are kept and sent by themselves when it is reachable.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Uthibitisho na matukio ya uongozi yaliyoandikwa kwenye kiweko hiki ambayo seva bado haijathibitisha; yanahifadhiwa na kutumwa yenyewe inapopatikana.</translation>
    </message>
    <message>
        <source>Last attempt: {error}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Jaribio la mwisho: {error}</translation>
    </message>
</context>
<context>
    <name>ProposeHandoverDialog</name>
    <message>
        <source>Propose handover of {key}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Pendekeza kukabidhi {key}</translation>
    </message>
    <message>
        <source>Hand over to</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kabidhi kwa</translation>
    </message>
    <message>
        <source>Takes effect at</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Inaanza saa</translation>
    </message>
    <message>
        <source>Answer by (expires)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Jibu kabla ya (inaisha)</translation>
    </message>
    <message>
        <source>Times in this workstation&apos;s clock</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Nyakati kwa saa ya kompyuta hii</translation>
    </message>
    <message>
        <source>Propose handover</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Pendekeza kukabidhi</translation>
    </message>
    <message>
        <source>ICS-201 brief sent with the proposal (read-only):</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Muhtasari wa ICS-201 uliotumwa pamoja na pendekezo (kusoma tu):</translation>
    </message>
</context>
<context>
    <name>RateIndicator</name>
    <message>
        <source>{n} alerts/min</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">tahadhari {n}/dak</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search all stored alerts</source>
        <translation type="unfinished">Tafuta katika tahadhari zote zilizohifadhiwa</translation>
    </message>
    <message>
        <source>Words in the sender, event, headline, description or area</source>
        <translation type="unfinished">Maneno katika mtumaji, tukio, kichwa, maelezo au eneo</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation type="unfinished">Uzito wowote</translation>
    </message>
    <message>
        <source>Country (KE)</source>
        <translation type="unfinished">Nchi (KE)</translation>
    </message>
    <message>
        <source>Agency (upf)</source>
        <translation type="unfinished">Taasisi (upf)</translation>
    </message>
    <message>
        <source>The agency&apos;s code in the topics it publishes on</source>
        <translation type="unfinished">Msimbo wa taasisi katika mada inazochapisha</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished">Tafuta</translation>
    </message>
    <message>
        <source>Type words and press Enter.</source>
        <translation type="unfinished">Andika maneno kisha bonyeza Enter.</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished">Hali</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished">Imetumwa</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished">Uzito</translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished">Tukio</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished">Kichwa</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">Kutoka</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Nchi</translation>
    </message>
    <message>
        <source>Older hits</source>
        <translation type="unfinished">Matokeo ya zamani zaidi</translation>
    </message>
    <message>
        <source>Search first: older hits follow the newest 100</source>
        <translation type="unfinished">Tafuta kwanza: matokeo ya zamani zaidi hufuata 100 mapya zaidi</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished">Fungua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Funga</translation>
    </message>
    <message>
        <source>The time range ends before it starts.</source>
        <translation type="unfinished">Kipindi kinaisha kabla ya kuanza.</translation>
    </message>
    <message>
        <source>Exercise traffic</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ujumbe wa zoezi</translation>
    </message>
    <message>
        <source>Real alert, not the exercise</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tahadhari halisi, si ya zoezi</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished">Inatafuta…</translation>
    </message>
    <message>
        <source>Search the alerts received before those</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tafuta tahadhari zilizopokelewa kabla ya hizo</translation>
    </message>
    <message>
        <source>Show the next {count} older hits</source>
        <translation type="unfinished">Onyesha matokeo {count} yanayofuata ya zamani zaidi</translation>
    </message>
    <message>
        <source>Every hit is shown</source>
        <translation type="unfinished">Matokeo yote yameonyeshwa</translation>
    </message>
    <message>
        <source>{shown} Searched the alerts received since {time}; Older hits searches further back.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{shown} Tahadhari zilizopokelewa tangu {time} zimetafutwa; «Matokeo ya zamani zaidi» hutafuta nyuma zaidi.</translation>
    </message>
    <message>
        <source>No match yet.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Bado hakuna kinacholingana.</translation>
    </message>
    <message>
        <source>No stored alert matches.</source>
        <translation type="unfinished">Hakuna tahadhari iliyohifadhiwa inayolingana.</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) shown, newest first. Double-click one to open it.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">
            <numerusform>Tahadhari %n imeonyeshwa, mpya kwanza. Bofya mara mbili kuifungua.</numerusform>
            <numerusform>Tahadhari %n zimeonyeshwa, mpya kwanza. Bofya mara mbili kuifungua.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search failed: {reason}</source>
        <translation type="unfinished">Utafutaji umeshindwa: {reason}</translation>
    </message>
    <message>
        <source>This alert is older than the queue loads at once: it is shown in the detail pane; scroll the queue or search again to see its neighbours.</source>
        <translation type="unfinished">Tahadhari hii ni ya zamani kuliko foleni inavyopakia kwa mara moja: imeonyeshwa kwenye kidirisha cha maelezo; sogeza foleni au tafuta tena kuona zilizo jirani.</translation>
    </message>
</context>
<context>
    <name>ShelveDialog</name>
    <message>
        <source>Shelve alarm</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ahirisha kengele</translation>
    </message>
    <message>
        <source>Why (required, goes to the timeline)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kwa nini (lazima, inaandikwa kwenye kumbukumbu ya matukio)</translation>
    </message>
    <message>
        <source>Until it returns to normal</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hadi irudi kawaida</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Dakika 15</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Saa 1</translation>
    </message>
    <message>
        <source>8 hours</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Saa 8</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kengele</translation>
    </message>
    <message>
        <source>Reason</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Sababu</translation>
    </message>
    <message>
        <source>For</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kwa muda wa</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Acknowledge</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Thibitisha</translation>
    </message>
    <message>
        <source>Focus filter</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Nenda kwenye kichujio</translation>
    </message>
    <message>
        <source>Next unacknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Inayofuata isiyothibitishwa</translation>
    </message>
    <message>
        <source>Previous unacknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Iliyotangulia isiyothibitishwa</translation>
    </message>
    <message>
        <source>Mute alarm</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Zima kengele</translation>
    </message>
    <message>
        <source>Toggle dark/light theme</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Badilisha mandhari meusi/meupe</translation>
    </message>
    <message>
        <source>Show quarantine and gaps</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Onyesha karantini na mapengo</translation>
    </message>
    <message>
        <source>Search all stored alerts…</source>
        <translation type="unfinished">Tafuta katika tahadhari zote zilizohifadhiwa…</translation>
    </message>
    <message>
        <source>Focus incident board</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Nenda kwenye ubao wa matukio</translation>
    </message>
    <message>
        <source>New incident from selected alert</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tukio jipya kutoka tahadhari iliyochaguliwa</translation>
    </message>
    <message>
        <source>Attach selected alert to selected incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ambatisha tahadhari iliyochaguliwa kwenye tukio lililochaguliwa</translation>
    </message>
    <message>
        <source>Merge the two selected incidents…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Unganisha matukio mawili yaliyochaguliwa…</translation>
    </message>
    <message>
        <source>Incident: activate (or re-escalate)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tukio: anzisha (au panda ngazi tena)</translation>
    </message>
    <message>
        <source>Incident: contain</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tukio: dhibiti</translation>
    </message>
    <message>
        <source>Incident: close</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tukio: funga</translation>
    </message>
    <message>
        <source>Incident: reopen</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tukio: fungua tena</translation>
    </message>
    <message>
        <source>Add note to selected incident…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ongeza dokezo kwenye tukio lililochaguliwa…</translation>
    </message>
    <message>
        <source>Map: fit all active incidents</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ramani: onyesha matukio yote hai</translation>
    </message>
    <message>
        <source>Map: show the selected alert</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ramani: onyesha tahadhari iliyochaguliwa</translation>
    </message>
    <message>
        <source>Assign a unit or person to an incident…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Panga kikosi au mtu kwenye tukio…</translation>
    </message>
    <message>
        <source>Show the units and command panels</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Onyesha paneli za vikosi na uongozi</translation>
    </message>
    <message>
        <source>Load agency and unit directory…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Pakia orodha ya taasisi na vikosi…</translation>
    </message>
    <message>
        <source>Help: shortcuts</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Msaada: njia za mkato</translation>
    </message>
    <message>
        <source>Quit</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Funga programu</translation>
    </message>
    <message>
        <source>Exercise: STARTEX</source>
        <extracomment>the exercise controller&apos;s clock controls (incident_desk/ui/exercise_panel.py): only on a console that runs the controller, in their own &quot;Exercise&quot; menu</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Zoezi: STARTEX</translation>
    </message>
    <message>
        <source>Exercise: pause / resume the clock</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Zoezi: simamisha / endeleza saa</translation>
    </message>
    <message>
        <source>Exercise: step (send the next inject now)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Zoezi: hatua (tuma tukio la zoezi linalofuata sasa)</translation>
    </message>
    <message>
        <source>Exercise: jump to the selected inject</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Zoezi: ruka hadi tukio la zoezi lililochaguliwa</translation>
    </message>
    <message>
        <source>Exercise: ENDEX</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Zoezi: ENDEX</translation>
    </message>
    <message>
        <source>Exercise: faster</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Zoezi: haraka zaidi</translation>
    </message>
    <message>
        <source>Exercise: slower</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Zoezi: polepole zaidi</translation>
    </message>
    <message>
        <source>Exercise: ad-hoc inject…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Zoezi: tukio la zoezi la ghafla…</translation>
    </message>
    <message>
        <source>Exercise: focus the MSEL</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Zoezi: nenda kwenye MSEL</translation>
    </message>
    <message>
        <source>Actions</source>
        <extracomment>text size steps of View → Text size (per cent of the platform&apos;s font)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Vitendo</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">&amp;Kiweko</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{action} ({keys})</translation>
    </message>
    <message>
        <source>Incident Desk — shortcuts</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Incident Desk — njia za mkato</translation>
    </message>
    <message>
        <source>Keys</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Vitufe</translation>
    </message>
    <message>
        <source>Action</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kitendo</translation>
    </message>
    <message>
        <source>E&amp;xercise</source>
        <extracomment>the room a window manager&apos;s frame takes around the dialog (both sides; the title bar and the bottom border), kept free on the screen</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">&amp;Zoezi</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The console could not start.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kiweko hakikuweza kuanza.</translation>
    </message>
</context>
<context>
    <name>TakIndicator</name>
    <message>
        <source>TAK: starting</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">TAK: inaanza</translation>
    </message>
    <message>
        <source>joined</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">imeunganishwa</translation>
    </message>
    <message>
        <source>connected</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">imeunganishwa</translation>
    </message>
    <message>
        <source>not connected</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">haijaunganishwa</translation>
    </message>
    <message>
        <source>{n} devices</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">vifaa {n}</translation>
    </message>
    <message>
        <source>CoT in {cin} / out {out}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">CoT ndani {cin} / nje {out}</translation>
    </message>
    <message>
        <source>{n} refused</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{n} zimekataliwa</translation>
    </message>
    <message>
        <source>{n} exercise channel(s) down</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">njia {n} za zoezi hazifanyi kazi</translation>
    </message>
    <message>
        <source>exercise {id}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">zoezi {id}</translation>
    </message>
    <message>
        <source>real traffic</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ujumbe halisi</translation>
    </message>
    <message>
        <source>{name}: {url} {state}; {sent} sent, {received} received, {dropped} dropped, {connects} connection(s)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{name}: {url} {state}; {sent} zimetumwa, {received} zimepokelewa, {dropped} zimepotea, miunganisho {connects}</translation>
    </message>
    <message>
        <source>  last error: {error}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">  hitilafu ya mwisho: {error}</translation>
    </message>
    <message>
        <source>Put on the bus from TAK (unit positions, emergency beacons): {n}. Devices are counted once they reported a position.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Zilizowekwa kwenye basi kutoka TAK (mahali pa vikosi, ishara za dharura): {n}. Vifaa vinahesabiwa vikishaeleza mahali.</translation>
    </message>
    <message>
        <source>Refused {n}×: {reason}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Imekataliwa mara {n}: {reason}</translation>
    </message>
    <message>
        <source>{n} device(s) match no unit of the directory: {names}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Vifaa {n} havilingani na kikosi chochote cha orodha: {names}</translation>
    </message>
</context>
<context>
    <name>TimeRange</name>
    <message>
        <source>Any time</source>
        <translation type="unfinished">Wakati wowote</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished">Saa 24 zilizopita</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished">Siku 7 zilizopita</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished">Siku 30 zilizopita</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished">Maalum…</translation>
    </message>
    <message>
        <source>from</source>
        <comment>time range: from this minute</comment>
        <translation type="unfinished">kuanzia</translation>
    </message>
    <message>
        <source>to</source>
        <comment>time range: up to this minute</comment>
        <translation type="unfinished">hadi</translation>
    </message>
</context>
<context>
    <name>TimelineKind</name>
    <message>
        <source>Incident opened</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tukio limefunguliwa</translation>
    </message>
    <message>
        <source>Alert attached</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tahadhari imeambatishwa</translation>
    </message>
    <message>
        <source>Incidents merged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Matukio yameunganishwa</translation>
    </message>
    <message>
        <source>Incident status</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hali ya tukio</translation>
    </message>
    <message>
        <source>Note</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Dokezo</translation>
    </message>
    <message>
        <source>Alerts cancelled</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tahadhari zimefutwa</translation>
    </message>
    <message>
        <source>Update published</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Sasisho limechapishwa</translation>
    </message>
    <message>
        <source>Alert acknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tahadhari imethibitishwa</translation>
    </message>
    <message>
        <source>Command established</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Uongozi umeanzishwa</translation>
    </message>
    <message>
        <source>Handover proposed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kukabidhi kumependekezwa</translation>
    </message>
    <message>
        <source>Handover superseded</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Pendekezo la kukabidhi limebadilishwa</translation>
    </message>
    <message>
        <source>Handover accepted</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kukabidhi kumekubaliwa</translation>
    </message>
    <message>
        <source>Handover refused</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kukabidhi kumekataliwa</translation>
    </message>
    <message>
        <source>Handover answer too late</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Jibu la kukabidhi limechelewa</translation>
    </message>
    <message>
        <source>Handover expired</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Muda wa kukabidhi umeisha</translation>
    </message>
    <message>
        <source>Command closed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Uongozi umefungwa</translation>
    </message>
    <message>
        <source>Command action refused</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hatua ya uongozi imekataliwa</translation>
    </message>
    <message>
        <source>Assignment made</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kazi imetolewa</translation>
    </message>
    <message>
        <source>Assignment status</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hali ya kazi</translation>
    </message>
    <message>
        <source>Assignment refused</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kazi imekataliwa</translation>
    </message>
    <message>
        <source>Agency participation</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ushiriki wa taasisi</translation>
    </message>
    <message>
        <source>Participation refused</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ushiriki umekataliwa</translation>
    </message>
    <message>
        <source>Area drawn</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Eneo limechorwa</translation>
    </message>
    <message>
        <source>Area removed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Eneo limeondolewa</translation>
    </message>
    <message>
        <source>Area refused</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Eneo limekataliwa</translation>
    </message>
    <message>
        <source>Unit status</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hali ya kikosi</translation>
    </message>
    <message>
        <source>Alarm raised</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kengele imelia</translation>
    </message>
    <message>
        <source>Alarm acknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kengele imethibitishwa</translation>
    </message>
    <message>
        <source>Alarm priority lowered</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kipaumbele cha kengele kimeshushwa</translation>
    </message>
    <message>
        <source>Alarm cleared</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kengele imeondoka</translation>
    </message>
    <message>
        <source>Alarm shelved</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kengele imeahirishwa</translation>
    </message>
    <message>
        <source>Alarm unshelved</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kengele imerejeshwa</translation>
    </message>
    <message>
        <source>Alarm flood began</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Mafuriko ya kengele yameanza</translation>
    </message>
    <message>
        <source>Alarm flood ended</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Mafuriko ya kengele yamekwisha</translation>
    </message>
    <message>
        <source>Alarms ended at ENDEX</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kengele zimefungwa wakati wa ENDEX</translation>
    </message>
    <message>
        <source>Evidence exported</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kifurushi cha ushahidi kimehamishwa</translation>
    </message>
    <message>
        <source>CAP feed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Mlisho wa CAP</translation>
    </message>
    <message>
        <source>System</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Mfumo</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>EXERCISE · {text}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ZOEZI · {text}</translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <source>Current incident only</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tukio la sasa pekee</translation>
    </message>
    <message>
        <source>(no incident selected)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">(hakuna tukio lililochaguliwa)</translation>
    </message>
</context>
<context>
    <name>UnitTable</name>
    <message>
        <source>available</source>
        <extracomment>unit states as the operator reads them (the code value stays in the data)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kinapatikana</translation>
    </message>
    <message>
        <source>assigned</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kimepangiwa</translation>
    </message>
    <message>
        <source>en route</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">njiani</translation>
    </message>
    <message>
        <source>on scene</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">eneo la tukio</translation>
    </message>
    <message>
        <source>out of service</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">hakifanyi kazi</translation>
    </message>
    <message>
        <source>unknown</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">haijulikani</translation>
    </message>
    <message>
        <source>tactical team</source>
        <extracomment>unit kinds (the directory&apos;s ``UnitKind``) as the operator reads them</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kikosi cha mbinu</translation>
    </message>
    <message>
        <source>EOD (bomb disposal)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">uteguaji wa mabomu (EOD)</translation>
    </message>
    <message>
        <source>negotiators</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">wapatanishi</translation>
    </message>
    <message>
        <source>border patrol</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">doria ya mpakani</translation>
    </message>
    <message>
        <source>ambulance</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">gari la wagonjwa</translation>
    </message>
    <message>
        <source>fire</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">zimamoto</translation>
    </message>
    <message>
        <source>K9 (dog unit)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kikosi cha mbwa (K9)</translation>
    </message>
    <message>
        <source>command post</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kituo cha amri</translation>
    </message>
    <message>
        <source>other</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">nyingine</translation>
    </message>
    <message>
        <source>, {n} persons</source>
        <extracomment>the wall clock (tests set it); &quot;today&quot; is read from it when units come in and on each stale check, so a report of yesterday shows its date after midnight</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">, watu {n}</translation>
    </message>
    <message>
        <source>Last update: {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Sasisho la mwisho: {time}</translation>
    </message>
    <message>
        <source>Last position from TAK device {device}, stale since {time}: the device has not reported since.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Mahali pa mwisho kutoka kifaa cha TAK {device}, pamepitwa na wakati tangu {time}: kifaa hakijatuma taarifa tangu hapo.</translation>
    </message>
    <message>
        <source>Report time on the exercise clock: {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Wakati wa ripoti kwenye saa ya zoezi: {time}</translation>
    </message>
    <message>
        <source>{where} (stale since {time})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{where} (ya zamani tangu {time})</translation>
    </message>
</context>
<context>
    <name>UnitsPanel</name>
    <message>
        <source>All agencies</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Taasisi zote</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Aina zote</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hali zote</translation>
    </message>
</context>
<context>
    <name>UpdateAction</name>
    <message>
        <source>This console cannot publish CAP Updates (no incident board).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Dashibodi hii haiwezi kuchapisha taarifa mpya za CAP (hakuna ubao wa matukio).</translation>
    </message>
    <message>
        <source>Select an incident on the board to publish an update for it.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Chagua tukio kwenye ubao ili kuchapisha taarifa mpya yake.</translation>
    </message>
    <message>
        <source>Cannot publish an update: {reason}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Haiwezekani kuchapisha taarifa mpya: {reason}</translation>
    </message>
    <message>
        <source>Publish a CAP Update for the selected incident with its cordons (Ctrl+Shift+P)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Chapisha taarifa mpya ya CAP ya tukio lililochaguliwa pamoja na vizuizi vyake (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Update for {key} published with {count} cordon(s).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Taarifa mpya ya {key} imechapishwa pamoja na vizuizi {count}.</translation>
    </message>
    <message>
        <source>publish the update</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kuchapisha taarifa mpya</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Publish update for {key}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Chapisha taarifa mpya ya {key}</translation>
    </message>
    <message>
        <source>EXERCISE {exercise}: this Update goes to the drill&apos;s participants only</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ZOEZI {exercise}: taarifa hii inawafikia washiriki wa zoezi pekee</translation>
    </message>
    <message>
        <source>{key}: {title}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{key}: {title}</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished">Kichwa</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation type="unfinished">Maelekezo</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished">Ukali</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished">Uharaka</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation type="unfinished">Uhakika</translation>
    </message>
    <message>
        <source>Areas that go out:</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Maeneo yatakayotumwa:</translation>
    </message>
    <message>
        <source>{name} (from the alert)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{name} (kutoka kwenye tahadhari)</translation>
    </message>
    <message>
        <source>{name}: cordon, circle of {radius} m</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{name}: kizuizi, duara la m {radius}</translation>
    </message>
    <message>
        <source>{name}: cordon, polygon of {count} corners</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{name}: kizuizi, poligoni ya pembe {count}</translation>
    </message>
    <message>
        <source>Updates {count} alert(s) in force; latest {identifier} from {sender}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Inasasisha tahadhari {count} zinazotumika; ya karibuni {identifier} kutoka {sender}.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Chapisha</translation>
    </message>
</context>
<context>
    <name>WarningsIndicator</name>
    <message>
        <source>⚠ 1 alert with warnings</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">⚠ tahadhari 1 yenye maonyo</translation>
    </message>
    <message>
        <source>⚠ {n} alerts with warnings</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">⚠ tahadhari {n} zenye maonyo</translation>
    </message>
    <message>
        <source>{n} of the alerts shown were accepted although they break a rule of the CAP standard (for example an empty area or a missing reference). They are complete enough to act on. Each one shows ⚠ and its number of warnings in the queue&apos;s Type column; select it to read what was unusual in the detail pane.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tahadhari {n} zinazoonyeshwa zilikubaliwa ingawa zinavunja kanuni ya kiwango cha CAP (kwa mfano eneo tupu au marejeo yanayokosekana). Zimekamilika vya kutosha kuchukua hatua. Kila moja inaonyesha ⚠ na idadi ya maonyo kwenye safu ya Aina ya foleni; ichague kusoma kilicho tofauti kwenye kidirisha cha maelezo.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;View</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">&amp;Mwonekano</translation>
    </message>
    <message>
        <source>Text size</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ukubwa wa maandishi</translation>
    </message>
    <message>
        <source>Incident Desk — EXERCISE {id}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Incident Desk — ZOEZI {id}</translation>
    </message>
    <message>
        <source>Incident Desk — REAL</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Incident Desk — HALISI</translation>
    </message>
    <message>
        <source>EXERCISE – {id}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ZOEZI – {id}</translation>
    </message>
    <message>
        <source>You left the exercise: real traffic only.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Umeondoka kwenye zoezi: ujumbe halisi pekee.</translation>
    </message>
    <message>
        <source>{n} alarm(s) are active and unacknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kengele {n} ziko hai na hazijathibitishwa</translation>
    </message>
    <message>
        <source>this console runs the drill&apos;s controller</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kiweko hiki kinaendesha zoezi</translation>
    </message>
    <message>
        <source>Quit Incident Desk</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Funga Incident Desk</translation>
    </message>
    <message>
        <source>Quit although {reasons}? Alerts keep arriving for the other consoles.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Funga ingawa {reasons}? Tahadhari zinaendelea kufika kwa viweko vingine.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Funga programu</translation>
    </message>
</context>
<context>
    <name>aar</name>
    <message>
        <source>no checkable expectation (evaluator&apos;s judgement)</source>
        <extracomment>an ad-hoc inject (sent by the controller during play, not in the MSEL file) ``expect_text`` and ``remarks`` as messages (``_aar_text``): the HTML page renders them in the reader&apos;s language; the JSON leaves them out (it has the English texts) why it was not sent, as a message (one of ``remark_msgs``): the HTML page&apos;s &quot;sent&quot; cell says it; None when it went out ``text`` as a message for the reader&apos;s language (an inject&apos;s line, a timeline entry written as a message id); None: ``text`` is data (a headline) or free text</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">hakuna matarajio yanayoweza kukaguliwa (uamuzi wa mtathmini)</translation>
    </message>
    <message>
        <source>the inject&apos;s alert is not in the store</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">tahadhari ya tukio la zoezi haipo kwenye hifadhi</translation>
    </message>
    <message>
        <source>no checkable expectation: evaluator&apos;s judgement</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">hakuna matarajio yanayoweza kukaguliwa: uamuzi wa mtathmini</translation>
    </message>
    <message>
        <source>a non-CAP inject cannot be acknowledged or linked automatically</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">tukio la zoezi lisilo la CAP haliwezi kuthibitishwa au kuunganishwa kiotomatiki</translation>
    </message>
    <message>
        <source>the inject is not in the store: nothing to measure from</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">tukio la zoezi halipo kwenye hifadhi: hakuna cha kupimia</translation>
    </message>
    <message>
        <source>incident {keys} was only created automatically from the CAP incident key: no operator action on it</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">tukio {keys} liliundwa kiotomatiki tu kutoka kitambulisho cha tukio cha CAP: hakuna hatua ya mwendeshaji</translation>
    </message>
    <message>
        <source>expect lists no action</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">expect haiorodheshi hatua yoyote</translation>
    </message>
    <message>
        <source>ad-hoc inject {number} at {offset}: {action}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">tukio la zoezi la ghafla {number} katika {offset}: {action}</translation>
    </message>
    <message>
        <source>inject {number} at {offset}: {action}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">tukio la zoezi {number} katika {offset}: {action}</translation>
    </message>
    <message>
        <source>assignment of {unit}</source>
        <extracomment>the catalog context of the report&apos;s texts</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kupangiwa kwa {unit}</translation>
    </message>
    <message>
        <source>acknowledgement</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">uthibitisho</translation>
    </message>
    <message>
        <source>incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">tukio</translation>
    </message>
    <message>
        <source>no {action}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">hakuna {action}</translation>
    </message>
    <message>
        <source>{action} already done by {by} before the inject</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{action} tayari kimefanywa na {by} kabla ya tukio la zoezi</translation>
    </message>
    <message>
        <source>{action} by {by} {delay} after the inject (exercise time; {wall} wall clock): later than {within}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{action} na {by} {delay} baada ya tukio la zoezi (muda wa zoezi; {wall} saa halisi): baadaye kuliko {within}</translation>
    </message>
    <message>
        <source>{action} by {by} {delay} after the inject (exercise time; {wall} wall clock)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{action} na {by} {delay} baada ya tukio la zoezi (muda wa zoezi; {wall} saa halisi)</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{first} na {second}</translation>
    </message>
    <message>
        <source>{first}, {second} and {third}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{first}, {second} na {third}</translation>
    </message>
    <message>
        <source>acknowledge the alert</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kuthibitisha tahadhari</translation>
    </message>
    <message>
        <source>open or take up an incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kufungua au kuchukua tukio</translation>
    </message>
    <message>
        <source>assign {unit}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kupangia {unit}</translation>
    </message>
    <message>
        <source>no action listed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">hakuna hatua iliyoorodheshwa</translation>
    </message>
    <message>
        <source>{actions}, within {within} of exercise time</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{actions}, ndani ya {within} ya muda wa zoezi</translation>
    </message>
    <message>
        <source>met</source>
        <extracomment>the report&apos;s fixed words: verdicts, inject kinds, timeline origins, clock sources</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">imefikiwa</translation>
    </message>
    <message>
        <source>not met</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">haijafikiwa</translation>
    </message>
    <message>
        <source>not observed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">haijashuhudiwa</translation>
    </message>
    <message>
        <source>cap</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">CAP</translation>
    </message>
    <message>
        <source>unit</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kikosi</translation>
    </message>
    <message>
        <source>text</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">maandishi</translation>
    </message>
    <message>
        <source>scenario</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">hali ya zoezi</translation>
    </message>
    <message>
        <source>alert</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">tahadhari</translation>
    </message>
    <message>
        <source>ack</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">uthibitisho</translation>
    </message>
    <message>
        <source>timeline</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kumbukumbu ya matukio</translation>
    </message>
    <message>
        <source>controller</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">msimamizi</translation>
    </message>
    <message>
        <source>injects</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">matukio ya zoezi</translation>
    </message>
    <message>
        <source>speed only</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kasi pekee</translation>
    </message>
    <message>
        <source>alarms raised</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kengele zilizolia</translation>
    </message>
    <message>
        <source>time in alarm flood</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">muda katika mafuriko ya kengele</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">zimethibitishwa</translation>
    </message>
    <message>
        <source>time to acknowledge (mean / median), exercise time</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">muda wa kuthibitisha (wastani / wastani wa kati), muda wa zoezi</translation>
    </message>
    <message>
        <source>time to acknowledge (mean / median), wall clock</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">muda wa kuthibitisha (wastani / wastani wa kati), saa halisi</translation>
    </message>
    <message>
        <source>standing (still active) / stale</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">zinazoendelea (bado hai) / zilizopitwa</translation>
    </message>
    <message>
        <source>shelved</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">zimewekwa kando</translation>
    </message>
    <message>
        <source>by priority 1 / 2 / 3 / 4</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kwa kipaumbele 1 / 2 / 3 / 4</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kengele</translation>
    </message>
    <message>
        <source>CAP inject</source>
        <extracomment>the report&apos;s own timeline kinds (an inject of the MSEL, a CAP message in the store, a control event of the controller) in words; the store&apos;s kinds are in ``timeline_kinds``</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">tukio la zoezi la CAP</translation>
    </message>
    <message>
        <source>text inject</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">tukio la zoezi la maandishi</translation>
    </message>
    <message>
        <source>unit inject</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">tukio la zoezi la kikosi</translation>
    </message>
    <message>
        <source>CAP alert</source>
        <translation type="unfinished">Tahadhari ya CAP</translation>
    </message>
    <message>
        <source>CAP update</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">sasisho la CAP</translation>
    </message>
    <message>
        <source>CAP cancel</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kufuta kwa CAP</translation>
    </message>
    <message>
        <source>CAP acknowledgement</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">uthibitisho wa CAP</translation>
    </message>
    <message>
        <source>CAP error</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">hitilafu ya CAP</translation>
    </message>
    <message>
        <source>STARTEX</source>
        <translation type="unfinished">STARTEX</translation>
    </message>
    <message>
        <source>pause</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kusimamisha</translation>
    </message>
    <message>
        <source>resume</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kuendelea</translation>
    </message>
    <message>
        <source>NO DUFF</source>
        <translation type="unfinished">NO DUFF</translation>
    </message>
    <message>
        <source>clock change</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kubadilisha saa</translation>
    </message>
    <message>
        <source>ENDEX</source>
        <translation type="unfinished">ENDEX</translation>
    </message>
    <message>
        <source>control</source>
        <extracomment>the timeline&apos;s origin of a control event (the others are ``_aar_text.WORDS``)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">usimamizi</translation>
    </message>
    <message>
        <source>Exercise control</source>
        <translation type="unfinished">Zoezi</translation>
    </message>
    <message>
        <source>After-action report {exercise}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ripoti ya baada ya zoezi {exercise}</translation>
    </message>
    <message>
        <source>delays in exercise time (run speed ×{speed}; clock from {clock})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ucheleweshaji kwa muda wa zoezi (kasi ×{speed}; saa kutoka {clock})</translation>
    </message>
    <message>
        <source>generated {time} · met {met} · not met {not_met} · not observed {unseen}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">imetolewa {time} · imefikiwa {met} · haijafikiwa {not_met} · haijashuhudiwa {unseen}</translation>
    </message>
    <message>
        <source>planned (exercise time)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">iliyopangwa (muda wa zoezi)</translation>
    </message>
    <message>
        <source>sent (exercise time)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">imetumwa (muda wa zoezi)</translation>
    </message>
    <message>
        <source>kind</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">aina</translation>
    </message>
    <message>
        <source>ad hoc</source>
        <extracomment>the mark of an ad-hoc inject in the Injects table</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ya ghafla</translation>
    </message>
    <message>
        <source>alarms per 10 wall-clock minutes (average / peak)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kengele kwa dakika 10 za saa halisi (wastani / kilele)</translation>
    </message>
    <message>
        <source>from → to</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kutoka → kwenda</translation>
    </message>
    <message>
        <source>expected action</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">hatua inayotarajiwa</translation>
    </message>
    <message>
        <source>expectation</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">matarajio</translation>
    </message>
    <message>
        <source>observed (who, how late)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kilichoshuhudiwa (nani, kwa kuchelewa kiasi gani)</translation>
    </message>
    <message>
        <source>verdict</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">uamuzi</translation>
    </message>
    <message>
        <source>notes</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">maelezo</translation>
    </message>
    <message>
        <source>exercise time</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">muda wa zoezi</translation>
    </message>
    <message>
        <source>wall clock</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">saa halisi</translation>
    </message>
    <message>
        <source>origin</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">chanzo</translation>
    </message>
    <message>
        <source>who</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">nani</translation>
    </message>
    <message>
        <source>inject</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">tukio la zoezi</translation>
    </message>
    <message>
        <source>Injects: expected and observed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Matukio ya zoezi: yaliyotarajiwa na yaliyoshuhudiwa</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kumbukumbu ya matukio</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">sek. {seconds}</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">siku {days} saa {hours}</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">saa {hours} dak. {minutes}</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">dak. {minutes} sek. {seconds}</translation>
    </message>
    <message>
        <source>not sent (ENDEX at {time})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">haikutumwa (ENDEX katika {time})</translation>
    </message>
    <message>
        <source>not sent: skipped by a jump of the controller</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">haikutumwa: imerukwa msimamizi aliporuka mbele</translation>
    </message>
    <message>
        <source>not sent: a contingency inject never fired</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">haikutumwa: tukio la akiba halikutumwa kamwe</translation>
    </message>
    <message>
        <source>not sent: publishing it failed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">haikutumwa: kuichapisha kumeshindwa</translation>
    </message>
    <message>
        <source>not sent</source>
        <extracomment>the Injects table&apos;s &quot;sent&quot; cell of an inject that never went out, when no run log says why</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">haikutumwa</translation>
    </message>
    <message>
        <source>STARTEX: play starts at speed {speed}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">STARTEX: zoezi linaanza kwa kasi {speed}</translation>
    </message>
    <message>
        <source>PAUSE: the exercise clock is held at {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">SIMAMISHA: saa ya zoezi imesimamishwa katika {time}</translation>
    </message>
    <message>
        <source>NO DUFF: the exercise clock is held at {time} for a real-world event</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">NO DUFF: saa ya zoezi imesimamishwa katika {time} kwa sababu ya tukio halisi</translation>
    </message>
    <message>
        <source>RESUME: play continues after {held} held (wall clock)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ENDELEA: zoezi linaendelea baada ya kusimamishwa kwa {held} (saa halisi)</translation>
    </message>
    <message>
        <source>RESUME: play continues</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ENDELEA: zoezi linaendelea</translation>
    </message>
    <message>
        <source>ENDEX: play ends at {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ENDEX: zoezi linaisha katika {time}</translation>
    </message>
    <message>
        <source>clock set: exercise time {time}, speed {speed}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">saa imewekwa: muda wa zoezi {time}, kasi {speed}</translation>
    </message>
    <message>
        <source>{event} — {reason}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{event} — {reason}</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>{callsign}: {status} at {position}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{callsign}: {status} mahali {position}</translation>
    </message>
    <message>
        <source>{callsign}: {status}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{callsign}: {status}</translation>
    </message>
    <message>
        <source>Handover proposal to {to} expired unanswered; command stays with {holder}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Pendekezo la kukabidhi kwa {to} limeisha bila jibu; uongozi unabaki kwa {holder}</translation>
    </message>
    <message>
        <source>Acknowledged {identifier} from {sender}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Imethibitishwa {identifier} kutoka {sender}</translation>
    </message>
    <message>
        <source>Update published for incident {key}: {identifier}, {areas} areas</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Taarifa mpya imechapishwa kwa tukio {key}: {identifier}, maeneo {areas}</translation>
    </message>
    <message>
        <source>Created incident {key} from alert {identifier} of {sender}: {title}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tukio {key} limeundwa kutoka tahadhari {identifier} ya {sender}: {title}</translation>
    </message>
    <message>
        <source>Created incident {key} at {position}: {title}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tukio {key} limeundwa mahali {position}: {title}</translation>
    </message>
    <message>
        <source>Attached alert {identifier} of {sender}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tahadhari {identifier} ya {sender} imeambatishwa</translation>
    </message>
    <message>
        <source>Merged incident {key} into this one ({n} alert(s) moved)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tukio {key} limeunganishwa na hili (tahadhari {n} zimehamishwa)</translation>
    </message>
    <message>
        <source>Merged into incident {key} and closed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Limeunganishwa na tukio {key} na kufungwa</translation>
    </message>
    <message>
        <source>Status {old} → {new}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hali {old} → {new}</translation>
    </message>
    <message>
        <source>by CAP incident id {key}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kwa kitambulisho cha tukio cha CAP {key}</translation>
    </message>
    <message>
        <source>by its references</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kwa marejeo yake</translation>
    </message>
    <message>
        <source>Alert {identifier} of {sender} ({type}) grouped {how} into the closed incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tahadhari {identifier} ya {sender} ({type}) imepangwa {how} kwenye tukio lililofungwa</translation>
    </message>
    <message>
        <source>Alert {identifier} of {sender} ({type}) grouped {how}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tahadhari {identifier} ya {sender} ({type}) imepangwa {how}</translation>
    </message>
    <message>
        <source>All alerts cancelled: incident {key} stays {status} until an operator closes it</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tahadhari zote zimefutwa: tukio {key} linabaki {status} hadi mwendeshaji alifunge</translation>
    </message>
    <message>
        <source>new</source>
        <extracomment>the catalog context of every core message words the core passes as arguments (:func:`word`): incident and unit states. Listed here so that ``pyside6-lupdate`` puts them in the catalog.</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">jipya</translation>
    </message>
    <message>
        <source>active</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">hai</translation>
    </message>
    <message>
        <source>contained</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">limedhibitiwa</translation>
    </message>
    <message>
        <source>closed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">limefungwa</translation>
    </message>
    <message>
        <source>available</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kinapatikana</translation>
    </message>
    <message>
        <source>assigned</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kimepangiwa</translation>
    </message>
    <message>
        <source>en_route</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">njiani</translation>
    </message>
    <message>
        <source>on_scene</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">eneo la tukio</translation>
    </message>
    <message>
        <source>out_of_service</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">hakifanyi kazi</translation>
    </message>
    <message>
        <source>en route</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">njiani</translation>
    </message>
    <message>
        <source>on scene</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">eneo la tukio</translation>
    </message>
    <message>
        <source>released</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kimeachiliwa</translation>
    </message>
    <message>
        <source>not taking part</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">haishiriki</translation>
    </message>
    <message>
        <source>alerted</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">imejulishwa</translation>
    </message>
    <message>
        <source>standing_by</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">iko tayari</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">imeondolewa</translation>
    </message>
    <message>
        <source>unable</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">haiwezi</translation>
    </message>
    <message>
        <source>position</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">wadhifa</translation>
    </message>
    <message>
        <source>branch</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">tawi</translation>
    </message>
    <message>
        <source>division</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kitengo</translation>
    </message>
    <message>
        <source>group</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kikundi</translation>
    </message>
    <message>
        <source>strike team</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">timu ya kazi</translation>
    </message>
    <message>
        <source>task force</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kikosi kazi</translation>
    </message>
    <message>
        <source>staging</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kukusanyika</translation>
    </message>
    <message>
        <source>BAD SIGNATURE</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">SAHIHI MBAYA</translation>
    </message>
    <message>
        <source>BAD SIGNATURE: the alert was changed after it was signed, or the signature is broken. Confirm by another channel before acting on it.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">SAHIHI MBAYA: tahadhari ilibadilishwa baada ya kutiwa sahihi, au sahihi imeharibika. Thibitisha kwa njia nyingine kabla ya kuchukua hatua.</translation>
    </message>
    <message>
        <source>⛔ BAD SIGNATURE</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">⛔ SAHIHI MBAYA</translation>
    </message>
    <message>
        <source>signer ≠ topic</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">mtia sahihi ≠ mada</translation>
    </message>
    <message>
        <source>SIGNED BY ANOTHER AGENCY: a trusted agency signed it, but not the agency whose topic carried it. Confirm by another channel before acting on it.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">IMETIWA SAHIHI NA TAASISI NYINGINE: taasisi inayoaminika iliitia sahihi, lakini si taasisi ambayo mada yake iliibeba. Thibitisha kwa njia nyingine kabla ya kuchukua hatua.</translation>
    </message>
    <message>
        <source>⛔ signer ≠ topic</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">⛔ mtia sahihi ≠ mada</translation>
    </message>
    <message>
        <source>could not check</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">haikuweza kukaguliwa</translation>
    </message>
    <message>
        <source>Could not check the signature: a fault in this console stopped the check (it is logged). Nothing is known about who sent it. Confirm by another channel before acting on it.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Sahihi haikuweza kukaguliwa: hitilafu ya kiweko hiki ilisimamisha ukaguzi (imeandikwa kwenye kumbukumbu). Haijulikani aliyeituma. Thibitisha kwa njia nyingine kabla ya kuchukua hatua.</translation>
    </message>
    <message>
        <source>⚠ could not check</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">⚠ haikuweza kukaguliwa</translation>
    </message>
    <message>
        <source>unknown signer</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">mtia sahihi asiyejulikana</translation>
    </message>
    <message>
        <source>Signed, but by a signer this console does not trust (not in the trust store).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Imetiwa sahihi, lakini na mtia sahihi ambaye kiweko hiki hakimwamini (hayupo kwenye hifadhi ya uaminifu).</translation>
    </message>
    <message>
        <source>⚠ unknown signer</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">⚠ mtia sahihi asiyejulikana</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">bila sahihi</translation>
    </message>
    <message>
        <source>Not signed: nothing proves which agency sent it.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Bila sahihi: hakuna kinachothibitisha taasisi iliyoituma.</translation>
    </message>
    <message>
        <source>⚠ unsigned</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">⚠ bila sahihi</translation>
    </message>
    <message>
        <source>not checked</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">haijakaguliwa</translation>
    </message>
    <message>
        <source>Not checked: stored before this console checked signatures.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Haijakaguliwa: ilihifadhiwa kabla kiweko hiki hakijaanza kukagua sahihi.</translation>
    </message>
    <message>
        <source>✔ verified</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">✔ imethibitishwa</translation>
    </message>
    <message>
        <source>Verified: the signature matches and the signer may publish on this topic.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Imethibitishwa: sahihi inalingana na mtia sahihi ana ruhusa ya kuchapisha kwenye mada hii.</translation>
    </message>
    <message>
        <source>{label} by {signer}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{label} na {signer}</translation>
    </message>
    <message>
        <source>the alert is not signed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">tahadhari haijatiwa sahihi</translation>
    </message>
    <message>
        <source>no signature can be checked: {reason}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">hakuna sahihi inayoweza kukaguliwa: {reason}</translation>
    </message>
    <message>
        <source>the root is not a CAP alert</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kipengele cha mzizi si tahadhari ya CAP</translation>
    </message>
    <message>
        <source>the document holds {count} signatures</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">hati ina sahihi {count}</translation>
    </message>
    <message>
        <source>the signature is not the last child of &lt;alert&gt;</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">sahihi si kipengele cha mwisho ndani ya &lt;alert&gt;</translation>
    </message>
    <message>
        <source>the signature must have one reference covering the alert (URI=&quot;&quot;)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">sahihi lazima iwe na rejeleo moja linalohusu tahadhari nzima (URI=&quot;&quot;)</translation>
    </message>
    <message>
        <source>the signature has an empty {element}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">sahihi ina kipengele {element} kilicho tupu</translation>
    </message>
    <message>
        <source>the signature carries no readable certificate in KeyInfo/X509Data</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">sahihi haina cheti kinachosomeka katika KeyInfo/X509Data</translation>
    </message>
    <message>
        <source>the signature does not match the alert: {reason}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">sahihi hailingani na tahadhari: {reason}</translation>
    </message>
    <message>
        <source>valid signature by an unknown signer: {why}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">sahihi halali ya mtia sahihi asiyejulikana: {why}</translation>
    </message>
    <message>
        <source>signed by {signer} but received on {topic}&apos;s topic</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">imetiwa sahihi na {signer} lakini ilipokelewa kwenye mada ya {topic}</translation>
    </message>
    <message>
        <source>signed by {signer} ({why})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">imetiwa sahihi na {signer} ({why})</translation>
    </message>
    <message>
        <source>no trust store configured</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">hakuna hifadhi ya uaminifu iliyowekwa</translation>
    </message>
    <message>
        <source>the signature could not be checked</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">sahihi haikuweza kukaguliwa</translation>
    </message>
    <message>
        <source>the signature could not be checked: a fault in this console ({error}; see the log); treat the alert as unverified</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">sahihi haikuweza kukaguliwa: hitilafu ya kiweko hiki ({error}; angalia kumbukumbu); ichukulie tahadhari kuwa haijathibitishwa</translation>
    </message>
    <message>
        <source>signing certificate {subject} is not valid now (valid {start} to {end})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">cheti cha kutia sahihi {subject} si halali sasa (halali kuanzia {start} hadi {end})</translation>
    </message>
    <message>
        <source>signing certificate {subject} is not allowed to sign (key usage)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">cheti cha kutia sahihi {subject} hakiruhusiwi kutia sahihi (matumizi ya ufunguo)</translation>
    </message>
    <message>
        <source>{subject} is issued by {ca} but its CN is no agency id</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">cheti {subject} kimetolewa na CA iliyo katika {ca}, lakini CN yake si kitambulisho cha taasisi</translation>
    </message>
    <message>
        <source>issued by the CA in {ca}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">cheti kimetolewa na CA iliyo katika {ca}</translation>
    </message>
    <message>
        <source>pinned in {entry}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">cheti kimeorodheshwa moja kwa moja katika {entry}</translation>
    </message>
    <message>
        <source>{subject} is not in the trust store and not issued by a trusted CA</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">cheti {subject} hakimo kwenye hifadhi ya uaminifu wala hakijatolewa na CA inayoaminika</translation>
    </message>
    <message>
        <source>the alert is not what was signed (its digest differs)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">tahadhari si ile iliyotiwa sahihi (hashi yake inatofautiana)</translation>
    </message>
    <message>
        <source>the signature does not begin with SignedInfo</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">sahihi haianzi na SignedInfo</translation>
    </message>
    <message>
        <source>the signature has no SignatureValue after SignedInfo</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">sahihi haina SignatureValue baada ya SignedInfo</translation>
    </message>
    <message>
        <source>the signature holds an element XML-DSig does not allow there</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">sahihi ina kipengele ambacho XML-DSig hairuhusu mahali hapo</translation>
    </message>
    <message>
        <source>{element} holds {count} elements; the profile has {expected}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{element} ina vipengele {count}; wasifu unataka {expected}</translation>
    </message>
    <message>
        <source>the canonicalisation method {algorithm} is not one this console checks</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">mbinu ya usanifishaji {algorithm} si mojawapo ya zile ambazo kiweko hiki hukagua</translation>
    </message>
    <message>
        <source>the canonicalisation method holds an unexpected {element}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">mbinu ya usanifishaji ina kipengele {element} kisichotarajiwa</translation>
    </message>
    <message>
        <source>the reference&apos;s transform {algorithm} is not one this console checks</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ugeuzaji {algorithm} wa rejeleo si mojawapo ya zile ambazo kiweko hiki hukagua</translation>
    </message>
    <message>
        <source>the reference&apos;s transform holds an unexpected {element}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ugeuzaji wa rejeleo una kipengele {element} kisichotarajiwa</translation>
    </message>
    <message>
        <source>SignedInfo&apos;s second element is not a plain SignatureMethod</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kipengele cha pili cha SignedInfo si SignatureMethod rahisi</translation>
    </message>
    <message>
        <source>the signature method {algorithm} is not accepted</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">mbinu ya sahihi {algorithm} haikubaliwi</translation>
    </message>
    <message>
        <source>the reference is not Transforms, DigestMethod, DigestValue</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">rejeleo halina mpangilio wa Transforms, DigestMethod, DigestValue</translation>
    </message>
    <message>
        <source>the reference&apos;s transforms are not enveloped-signature and c14n</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ugeuzaji wa rejeleo si enveloped-signature na c14n</translation>
    </message>
    <message>
        <source>the reference&apos;s first transform is not enveloped-signature</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ugeuzaji wa kwanza wa rejeleo si enveloped-signature</translation>
    </message>
    <message>
        <source>the digest method {algorithm} is not accepted</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">mbinu ya hashi {algorithm} haikubaliwi</translation>
    </message>
    <message>
        <source>the alert cannot be canonicalised (a relative namespace URI?)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">tahadhari haiwezi kusanifishwa (URI tegemezi ya nafasi ya majina?)</translation>
    </message>
    <message>
        <source>the {element} is not base64</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">maudhui ya {element} hayako katika base64</translation>
    </message>
    <message>
        <source>an ECDSA signature, but the certificate holds no EC key</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">sahihi ya ECDSA, lakini cheti hakina ufunguo wa EC</translation>
    </message>
    <message>
        <source>the SignatureValue has {count} bytes, not {expected}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">SignatureValue ina baiti {count}, si {expected}</translation>
    </message>
    <message>
        <source>an RSA signature, but the certificate holds no RSA key</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">sahihi ya RSA, lakini cheti hakina ufunguo wa RSA</translation>
    </message>
    <message>
        <source>the SignatureValue does not verify with the certificate&apos;s key</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">SignatureValue haithibitishwi kwa ufunguo wa cheti</translation>
    </message>
    <message>
        <source>KeyInfo holds a KeyValue that is not the certificate&apos;s key</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">KeyInfo ina KeyValue ambayo si ufunguo wa cheti</translation>
    </message>
    <message>
        <source>KeyInfo holds a DER key that is not the certificate&apos;s key</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">KeyInfo ina ufunguo wa DER ambao si ufunguo wa cheti</translation>
    </message>
    <message>
        <source>{event} by {author} refused: {reason}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{event} ya {author} imekataliwa: {reason}</translation>
    </message>
    <message>
        <source>Single command established: {names}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Uongozi mmoja umeanzishwa: {names}</translation>
    </message>
    <message>
        <source>Unified command established: {names}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Uongozi wa pamoja umeanzishwa: {names}</translation>
    </message>
    <message>
        <source>Handover proposal to {old} superseded by a newer proposal to {new}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Pendekezo la kukabidhi kwa {old} limebadilishwa na pendekezo jipya kwa {new}</translation>
    </message>
    <message>
        <source>{origin} proposes to hand over command to {target}, effective {effective}; answer by {expires}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{origin} inapendekeza kukabidhi uongozi kwa {target} kuanzia {effective}; jibu kabla ya {expires}</translation>
    </message>
    <message>
        <source>{target} accepted command from {origin}: {name} is incident commander from {effective}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{target} imekubali uongozi kutoka {origin}: {name} ni Kamanda wa Tukio kuanzia {effective}</translation>
    </message>
    <message>
        <source>{target} refused command from {origin} ({reason}); command stays</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{target} imekataa uongozi kutoka {origin} ({reason}); uongozi unabaki</translation>
    </message>
    <message>
        <source>Command closed by {who}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Uongozi umefungwa na {who}</translation>
    </message>
    <message>
        <source>{name} assigned to {kind} {element}: {work}; report to {place} at {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{name} amepangiwa {kind} {element}: {work}; ripoti {place} saa {time}</translation>
    </message>
    <message>
        <source>{name} assigned to {kind} {element}: {work}; report to {place}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{name} amepangiwa {kind} {element}: {work}; ripoti {place}</translation>
    </message>
    <message>
        <source>{name} assigned to {kind} {element}: {work} at {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{name} amepangiwa {kind} {element}: {work} saa {time}</translation>
    </message>
    <message>
        <source>{name} assigned to {kind} {element}: {work}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{name} amepangiwa {kind} {element}: {work}</translation>
    </message>
    <message>
        <source>{name} ({element}): {old} → {new}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{name} ({element}): {old} → {new}</translation>
    </message>
    <message>
        <source>{who}: {old} → {new} ({note})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{who}: {old} → {new} ({note})</translation>
    </message>
    <message>
        <source>{who}: {old} → {new}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{who}: {old} → {new}</translation>
    </message>
    <message>
        <source>Not well-formed XML: {detail}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">XML isiyo na muundo sahihi: {detail}</translation>
    </message>
    <message>
        <source>Too large: {size} bytes, over the limit of {limit} bytes</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kubwa mno: baiti {size}, zaidi ya kikomo cha baiti {limit}</translation>
    </message>
    <message>
        <source>Empty payload</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ujumbe mtupu</translation>
    </message>
    <message>
        <source>Refused for safety: the XML declares a DOCTYPE</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Imekataliwa kwa usalama: XML inatangaza DOCTYPE</translation>
    </message>
    <message>
        <source>Refused for safety: XML nested deeper than {limit} levels</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Imekataliwa kwa usalama: XML imefumwa zaidi ya ngazi {limit}</translation>
    </message>
    <message>
        <source>Not a CAP 1.2 alert: the document is a {root}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Si tahadhari ya CAP 1.2: hati ni {root}</translation>
    </message>
    <message>
        <source>Invalid CAP</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">CAP batili</translation>
    </message>
    <message>
        <source>Breaks the CAP 1.2 schema or rules: {detail}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Inavunja muundo au kanuni za CAP 1.2: {detail}</translation>
    </message>
    <message>
        <source>Breaks the CAP 1.2 schema or rules in {count} places; the first: {detail}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Inavunja muundo au kanuni za CAP 1.2 mahali {count}; ya kwanza: {detail}</translation>
    </message>
    <message>
        <source>Breaks the CAP 1.2 schema or rules on line {line}: {detail}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Inavunja muundo au kanuni za CAP 1.2 kwenye mstari {line}: {detail}</translation>
    </message>
    <message>
        <source>Breaks the CAP 1.2 schema or rules in {count} places; the first, on line {line}: {detail}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Inavunja muundo au kanuni za CAP 1.2 mahali {count}; ya kwanza, kwenye mstari {line}: {detail}</translation>
    </message>
    <message>
        <source>Signature check failed ({state}): {detail}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ukaguzi wa sahihi umeshindwa ({state}): {detail}</translation>
    </message>
    <message>
        <source>invalid unit event: {detail}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">tukio batili la kikosi: {detail}</translation>
    </message>
    <message>
        <source>invalid command event: {detail}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">tukio batili la uongozi: {detail}</translation>
    </message>
    <message>
        <source>Exercise and real traffic mixed: CAP status {status} on the {mode} topic (needs {needed})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Zoezi na trafiki halisi zimechanganywa: hali ya CAP {status} kwenye mada ya {mode} (inahitaji {needed})</translation>
    </message>
    <message>
        <source>Exercise alert without its exercise id in note (expected {exercise})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tahadhari ya zoezi bila kitambulisho cha zoezi kwenye note (kilitarajiwa {exercise})</translation>
    </message>
    <message>
        <source>Exercise id {found} in note differs from the topic&apos;s {exercise}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kitambulisho cha zoezi {found} kwenye note kinatofautiana na cha mada, {exercise}</translation>
    </message>
    <message>
        <source>Topic not in the Incident Desk scheme: {detail}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Mada iko nje ya mpango wa Incident Desk: {detail}</translation>
    </message>
    <message>
        <source>{type} on an ack topic: only CAP Ack belongs there</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{type} kwenye mada ya uthibitisho: ni CAP Ack pekee inayofaa hapo</translation>
    </message>
    <message>
        <source>CAP Ack on an alert topic: acks go on the agency&apos;s ack topic</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">CAP Ack kwenye mada ya tahadhari: uthibitisho huenda kwenye mada ya uthibitisho ya taasisi</translation>
    </message>
    <message>
        <source>Exercise and real traffic mixed: {detail}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Zoezi na trafiki halisi zimechanganywa: {detail}</translation>
    </message>
    <message>
        <source>command is already established ({mode}); propose a transfer</source>
        <extracomment>the refusals the operator meets most: command, handover, assignments, acknowledge, incidents, the exercise clock. Order matters: the first that matches wins.</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">uongozi tayari umeanzishwa ({mode}); pendekeza kukabidhi</translation>
    </message>
    <message>
        <source>command needs at least one incident commander</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">uongozi unahitaji angalau Kamanda wa Tukio mmoja</translation>
    </message>
    <message>
        <source>single command has exactly one incident commander</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">uongozi mmoja una Kamanda wa Tukio mmoja tu</translation>
    </message>
    <message>
        <source>unified command has one incident commander per agency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">uongozi wa pamoja una Kamanda wa Tukio mmoja kwa kila taasisi</translation>
    </message>
    <message>
        <source>there is no open command to hand over</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">hakuna uongozi ulio wazi wa kukabidhi</translation>
    </message>
    <message>
        <source>there is no open command to close</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">hakuna uongozi ulio wazi wa kufunga</translation>
    </message>
    <message>
        <source>{agency} is not in command of this incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{agency} haiongozi tukio hili</translation>
    </message>
    <message>
        <source>{agency} is already in command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{agency} tayari inaongoza</translation>
    </message>
    <message>
        <source>command was closed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">uongozi ulifungwa</translation>
    </message>
    <message>
        <source>the proposal it answers was refused or is unknown</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">pendekezo linalojibiwa lilikataliwa au halijulikani</translation>
    </message>
    <message>
        <source>only a console of {agency} may answer this proposal, not {other}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ni kiweko cha {agency} pekee kinachoweza kujibu pendekezo hili, si {other}</translation>
    </message>
    <message>
        <source>the proposal was already answered: lost to {answer} by {author}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">pendekezo lilishajibiwa: limetanguliwa na {answer} ya {author}</translation>
    </message>
    <message>
        <source>the proposal was superseded by a newer one</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">pendekezo limebadilishwa na jipya zaidi</translation>
    </message>
    <message>
        <source>the proposal expired at {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">pendekezo liliisha muda saa {time}</translation>
    </message>
    <message>
        <source>the answer deadline (expires_at) must be in the future</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">muda wa mwisho wa kujibu (expires_at) lazima uwe wa baadaye</translation>
    </message>
    <message>
        <source>a handover cannot take effect in the past</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kukabidhi hakuwezi kuanza kutumika wakati uliopita</translation>
    </message>
    <message>
        <source>a refusal gives its reason</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kukataa kunataja sababu yake</translation>
    </message>
    <message>
        <source>there is no handover proposal {proposal}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">hakuna pendekezo la kukabidhi {proposal}</translation>
    </message>
    <message>
        <source>an assignment names a unit or a person</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kupangiwa kunataja kikosi au mtu</translation>
    </message>
    <message>
        <source>an assignment names either a unit or a person</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kupangiwa kunataja ama kikosi ama mtu</translation>
    </message>
    <message>
        <source>the assignment it changes does not exist</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kupangiwa kunakobadilishwa hakupo</translation>
    </message>
    <message>
        <source>there is no unit {unit} in the directory</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">hakuna kikosi {unit} kwenye saraka</translation>
    </message>
    <message>
        <source>there is no assignment {assignment}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">hakuna kupangiwa {assignment}</translation>
    </message>
    <message>
        <source>{callsign} is out of service</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{callsign} hakiko kazini</translation>
    </message>
    <message>
        <source>name the incident (its CAP incident key)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">taja tukio (kitambulisho chake cha tukio cha CAP)</translation>
    </message>
    <message>
        <source>the assignment is already {current}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kupangiwa tayari ni: {current}</translation>
    </message>
    <message>
        <source>the assignment is {current}: that is final, it cannot go to {target}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kupangiwa ni: {current}; hii ni ya mwisho, hakuwezi kwenda: {target}</translation>
    </message>
    <message>
        <source>the assignment cannot go from {current} to {target}; from {current} it can go to {allowed}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kupangiwa hakuwezi kutoka {current} kwenda {target}; kutoka {current} kunaweza kwenda: {allowed}</translation>
    </message>
    <message>
        <source>the agency&apos;s participation is already {current}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ushiriki wa taasisi tayari ni: {current}</translation>
    </message>
    <message>
        <source>the agency&apos;s participation is {current}: that is final, it cannot go to {target}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ushiriki wa taasisi ni: {current}; hii ni ya mwisho, hauwezi kwenda: {target}</translation>
    </message>
    <message>
        <source>the agency&apos;s participation cannot go from {current} to {target}; from {current} it can go to {allowed}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ushiriki wa taasisi hauwezi kutoka {current} kwenda {target}; kutoka {current} unaweza kwenda: {allowed}</translation>
    </message>
    <message>
        <source>an agency not yet taking part is first alerted, it cannot start as {target}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">taasisi ambayo bado haishiriki hutahadharishwa kwanza, haiwezi kuanza kama: {target}</translation>
    </message>
    <message>
        <source>no alert with id {alert}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">hakuna tahadhari yenye kitambulisho {alert}</translation>
    </message>
    <message>
        <source>a CAP {type} is not itself acknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">CAP {type} yenyewe haithibitishwi</translation>
    </message>
    <message>
        <source>Incident {key} is closed: reopen it to {doing}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tukio {key} limefungwa: lifungue tena ili {doing}.</translation>
    </message>
    <message>
        <source>Alert {alert} already belongs to incident {key}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tahadhari {alert} tayari ni ya tukio {key}.</translation>
    </message>
    <message>
        <source>Incident {key} already exists (id {id}): attach the alert to it.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tukio {key} tayari lipo (kitambulisho {id}): ambatisha tahadhari kwake.</translation>
    </message>
    <message>
        <source>An incident needs a title.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tukio linahitaji kichwa.</translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Dokezo linahitaji maandishi.</translation>
    </message>
    <message>
        <source>cannot start (STARTEX) while the exercise clock is {state}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">haiwezekani kuanza (STARTEX) wakati saa ya zoezi iko: {state}</translation>
    </message>
    <message>
        <source>cannot pause while the exercise clock is {state}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">haiwezekani kusitisha wakati saa ya zoezi iko: {state}</translation>
    </message>
    <message>
        <source>cannot resume while the exercise clock is {state}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">haiwezekani kuendelea wakati saa ya zoezi iko: {state}</translation>
    </message>
    <message>
        <source>cannot ENDEX while the exercise clock is {state}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">haiwezekani ENDEX wakati saa ya zoezi iko: {state}</translation>
    </message>
    <message>
        <source>cannot jump while the exercise clock is {state}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">haiwezekani kuruka wakati saa ya zoezi iko: {state}</translation>
    </message>
    <message>
        <source>cannot step after ENDEX</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">haiwezekani kusonga hatua baada ya ENDEX</translation>
    </message>
    <message>
        <source>cannot jump after ENDEX</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">haiwezekani kuruka baada ya ENDEX</translation>
    </message>
    <message>
        <source>cannot fire a contingency inject while the exercise is {state}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">haiwezekani kutuma tukio la dharura la zoezi wakati zoezi liko: {state}</translation>
    </message>
    <message>
        <source>cannot send an ad-hoc inject while the exercise is {state}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">haiwezekani kutuma tukio la zoezi la papo hapo wakati zoezi liko: {state}</translation>
    </message>
    <message>
        <source>no exercise controller runs on this console</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">hakuna msimamizi wa zoezi anayeendesha kwenye kiweko hiki</translation>
    </message>
    <message>
        <source>there is no such incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">hakuna tukio kama hilo</translation>
    </message>
    <message>
        <source>incident {key} was merged: publish the Update for the incident it was merged into</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">tukio {key} liliunganishwa: chapisha taarifa mpya ya tukio lililounganishwa nalo</translation>
    </message>
    <message>
        <source>incident {key} is closed: reopen it first</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">tukio {key} limefungwa: lifungue tena kwanza</translation>
    </message>
    <message>
        <source>incident {key} is real traffic and this console is in exercise {exercise}: a real Update is published from a console in real mode</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">tukio {key} ni la kweli na dashibodi hii iko kwenye zoezi {exercise}: taarifa mpya ya kweli huchapishwa kutoka dashibodi iliyo katika hali halisi</translation>
    </message>
    <message>
        <source>incident {key} belongs to exercise {exercise}: its Update is published only by a console joined to that exercise</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">tukio {key} ni la zoezi {exercise}: taarifa mpya yake huchapishwa tu na dashibodi iliyojiunga na zoezi hilo</translation>
    </message>
    <message>
        <source>no alert of incident {key} is in force (all cancelled or superseded): there is nothing to update</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">hakuna tahadhari ya tukio {key} inayotumika (zote zimefutwa au kubadilishwa): hakuna cha kusasisha</translation>
    </message>
    <message>
        <source>the database is not usable right now ({detail})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">hifadhidata haitumiki kwa sasa ({detail})</translation>
    </message>
    <message>
        <source>the database is {db_state}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">hifadhidata {db_state}</translation>
    </message>
    <message>
        <source>the database connection was lost</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">muunganisho na hifadhidata umepotea</translation>
    </message>
    <message>
        <source>cannot create the folder {folder} ({error})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">imeshindwa kuunda folda {folder} ({error})</translation>
    </message>
    <message>
        <source>unreachable or read-only on every host it lists (a primary change in progress? check the servers and the network)</source>
        <extracomment>what a database can be when it cannot be used: &quot;Could not {action}: the database is …&quot; (a ``StoreError``, incident_desk/store/_engine.py, which reads the driver&apos;s error as one of these); the operator reads &quot;the database is …&quot; (the window says what it was doing)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">haifikiki au ni ya kusoma tu kwenye kila seva inayoorodhesha (seva kuu inabadilishwa? kagua seva na mtandao)</translation>
    </message>
    <message>
        <source>locked by another program (try again in a moment)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">imefungwa na programu nyingine (jaribu tena baada ya muda mfupi)</translation>
    </message>
    <message>
        <source>on a full or failing disk</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">iko kwenye diski iliyojaa au yenye hitilafu</translation>
    </message>
    <message>
        <source>not writable at its location</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">haiwezi kuandikwa mahali ilipo</translation>
    </message>
    <message>
        <source>unreachable (check the server and the network)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">haifikiki (kagua seva na mtandao)</translation>
    </message>
    <message>
        <source>not on that server (no database of that name: check the name in the URL)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">haipo kwenye seva hiyo (hakuna hifadhidata yenye jina hilo: kagua jina kwenye URL)</translation>
    </message>
    <message>
        <source>refusing the user name or password (check both in the URL and the server&apos;s access rules)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">inakataa jina la mtumiaji au nenosiri (kagua vyote viwili kwenye URL na kanuni za ufikiaji za seva)</translation>
    </message>
    <message>
        <source>{subject}: {refusal}</source>
        <extracomment>&quot;UPF-1: the assignment cannot go …&quot;: a refusal about one named thing</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{subject}: {refusal}</translation>
    </message>
    <message>
        <source>planned</source>
        <extracomment>argument names whose values are words (translated): states the exercise clock&apos;s states (incident_desk/scenario/_clock.py)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">imepangwa</translation>
    </message>
    <message>
        <source>running</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">inaendelea</translation>
    </message>
    <message>
        <source>paused</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">imesitishwa</translation>
    </message>
    <message>
        <source>ended</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">imekwisha</translation>
    </message>
    <message>
        <source>Conflicting content for an existing CAP key {key} (stored alert #{kept} kept)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Maudhui yanayokinzana kwa kitambulisho cha CAP kilichopo {key} (tahadhari iliyohifadhiwa #{kept} imebakizwa)</translation>
    </message>
    <message>
        <source>not started</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">haijaanza</translation>
    </message>
    <message>
        <source>stopped</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">imesimamishwa</translation>
    </message>
    <message>
        <source>to {node}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kwenye {node}</translation>
    </message>
    <message>
        <source>session resumed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kikao kimerejeshwa</translation>
    </message>
    <message>
        <source>new session</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kikao kipya</translation>
    </message>
    <message>
        <source>cannot reach the broker at {node} (not running, wrong address, blocked, or TLS failed)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">haiwezi kufikia seva ya ujumbe kwenye {node} (haifanyi kazi, anwani si sahihi, imezuiwa, au TLS imeshindwa)</translation>
    </message>
    <message>
        <source>the broker closed the connection on our MQTT 5 CONNECT; trying MQTT 3.1.1 (some brokers speak only that)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">seva ya ujumbe ilifunga muunganisho baada ya CONNECT yetu ya MQTT 5; inajaribu MQTT 3.1.1 (baadhi ya seva zinatumia hiyo pekee)</translation>
    </message>
    <message>
        <source>the broker speaks MQTT 3.1.1 only; connecting again with 3.1.1</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">seva ya ujumbe inatumia MQTT 3.1.1 pekee; inaunganisha tena kwa 3.1.1</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">muunganisho umekatika</translation>
    </message>
    <message>
        <source>the broker closed the connection without answering (wrong MQTT protocol version, TLS mismatch, or not an MQTT broker)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">seva ya ujumbe ilifunga muunganisho bila kujibu (toleo la itifaki ya MQTT si sahihi, TLS hazilingani, au si seva ya ujumbe ya MQTT)</translation>
    </message>
    <message>
        <source>the ingest process exited unexpectedly (exit code {code})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">mchakato wa kupokea tahadhari ulisimama bila kutarajiwa (msimbo wa kutoka {code})</translation>
    </message>
    <message>
        <source>{why}; next: {node}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{why}; nodi inayofuata: {node}</translation>
    </message>
    <message>
        <source>{name} (reason code {code})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{name} (msimbo wa sababu {code})</translation>
    </message>
    <message>
        <source>Unspecified error</source>
        <extracomment>the MQTT reason names (as paho gives them) of a refused or closed connection</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hitilafu isiyobainishwa</translation>
    </message>
    <message>
        <source>Malformed packet</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Pakiti isiyo na muundo sahihi</translation>
    </message>
    <message>
        <source>Protocol error</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hitilafu ya itifaki</translation>
    </message>
    <message>
        <source>Implementation specific error</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hitilafu mahususi ya utekelezaji</translation>
    </message>
    <message>
        <source>Unsupported protocol version</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Toleo la itifaki lisilotumika</translation>
    </message>
    <message>
        <source>Client identifier not valid</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kitambulisho cha mteja si halali</translation>
    </message>
    <message>
        <source>Bad user name or password</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Jina la mtumiaji au nenosiri si sahihi</translation>
    </message>
    <message>
        <source>Not authorized</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hakuna ruhusa</translation>
    </message>
    <message>
        <source>Server unavailable</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Seva haipatikani</translation>
    </message>
    <message>
        <source>Server busy</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Seva ina shughuli nyingi</translation>
    </message>
    <message>
        <source>Banned</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Mteja amepigwa marufuku</translation>
    </message>
    <message>
        <source>Server shutting down</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Seva inazimwa</translation>
    </message>
    <message>
        <source>Bad authentication method</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Njia ya kuthibitisha utambulisho si sahihi</translation>
    </message>
    <message>
        <source>Keep alive timeout</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Muda wa kudumisha muunganisho umeisha</translation>
    </message>
    <message>
        <source>Session taken over</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kikao kimechukuliwa na mteja mwingine</translation>
    </message>
    <message>
        <source>Packet too large</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Pakiti ni kubwa mno</translation>
    </message>
    <message>
        <source>Quota exceeded</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kikomo kimezidishwa</translation>
    </message>
    <message>
        <source>Administrative action</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hatua ya msimamizi</translation>
    </message>
    <message>
        <source>Use another server</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tumia seva nyingine</translation>
    </message>
    <message>
        <source>Server moved</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Seva imehamishwa</translation>
    </message>
    <message>
        <source>Connection rate exceeded</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kasi ya miunganisho imezidi kikomo</translation>
    </message>
    <message>
        <source>Maximum connect time</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Muda wa juu wa muunganisho umefikiwa</translation>
    </message>
    <message>
        <source>exercise clock</source>
        <extracomment>the words that mark an exercise-clock instant</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">saa ya zoezi</translation>
    </message>
    <message>
        <source>wall clock {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">saa halisi {time}</translation>
    </message>
    <message>
        <source>SQLite (demo, temporary)</source>
        <extracomment>how often unanswered handover proposals are checked for expiry (seconds)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">SQLite (onyesho, ya muda)</translation>
    </message>
    <message>
        <source>NO DUFF: real {type} from {sender} ({country}/{agency}) {identifier}: {headline}</source>
        <extracomment>the sentence naming the real alert (``{type}``: a CAP message type, translated as the CAP word it is; the rest is data)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">NO DUFF: {type} halisi kutoka {sender} ({country}/{agency}) {identifier}: {headline}</translation>
    </message>
</context>
<context>
    <name>ics</name>
    <message>
        <source>assigned</source>
        <extracomment>the words of a form&apos;s cells (assignment states, ICS element kinds)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kimepangiwa</translation>
    </message>
    <message>
        <source>en route</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">njiani</translation>
    </message>
    <message>
        <source>on scene</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">eneo la tukio</translation>
    </message>
    <message>
        <source>released</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kimeachiliwa</translation>
    </message>
    <message>
        <source>position</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">wadhifa</translation>
    </message>
    <message>
        <source>branch</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">tawi</translation>
    </message>
    <message>
        <source>division</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kitengo</translation>
    </message>
    <message>
        <source>group</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kikundi</translation>
    </message>
    <message>
        <source>strike team</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">timu ya kazi</translation>
    </message>
    <message>
        <source>task force</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kikosi kazi</translation>
    </message>
    <message>
        <source>staging</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">kukusanyika</translation>
    </message>
    <message>
        <source>1. Incident name</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">1. Jina la tukio</translation>
    </message>
    <message>
        <source>Incident number</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Namba ya tukio</translation>
    </message>
    <message>
        <source>2. Operational period</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">2. Kipindi cha operesheni</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{start} hadi {end}</translation>
    </message>
    <message>
        <source>Incident commander(s)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kamanda (makamanda) wa tukio</translation>
    </message>
    <message>
        <source>9. Prepared by</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">9. Imeandaliwa na</translation>
    </message>
    <message>
        <source>Assignment List</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Orodha ya kazi</translation>
    </message>
    <message>
        <source>Branch / division / group / position</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tawi / kitengo / kikundi / wadhifa</translation>
    </message>
    <message>
        <source>Resource</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Rasilimali</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kitambulisho</translation>
    </message>
    <message>
        <source>Home agency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Taasisi ya nyumbani</translation>
    </message>
    <message>
        <source>Persons</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Watu</translation>
    </message>
    <message>
        <source>Contact</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Mawasiliano</translation>
    </message>
    <message>
        <source>Work assignment</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kazi</translation>
    </message>
    <message>
        <source>Reporting location</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Mahali pa kuripoti</translation>
    </message>
    <message>
        <source>Report at</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ripoti saa</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hali</translation>
    </message>
    <message>
        <source>Status since</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hali tangu</translation>
    </message>
    <message>
        <source>3. Name</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">3. Jina</translation>
    </message>
    <message>
        <source>4. ICS position</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">4. Wadhifa wa ICS</translation>
    </message>
    <message>
        <source>Incident command post</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kituo cha uongozi wa tukio</translation>
    </message>
    <message>
        <source>5. Home agency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">5. Taasisi ya nyumbani</translation>
    </message>
    <message>
        <source>8. Prepared by</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">8. Imeandaliwa na</translation>
    </message>
    <message>
        <source>Activity Log</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kumbukumbu ya shughuli</translation>
    </message>
    <message>
        <source>Date/time</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tarehe/saa</translation>
    </message>
    <message>
        <source>By</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Na</translation>
    </message>
    <message>
        <source>Console</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Kiweko</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Aina</translation>
    </message>
    <message>
        <source>Notable activity</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Shughuli muhimu</translation>
    </message>
    <message>
        <source>6. Resources assigned</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">6. Rasilimali zilizopangwa</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Jina</translation>
    </message>
    <message>
        <source>ICS position</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Wadhifa wa ICS</translation>
    </message>
</context>
</TS>
