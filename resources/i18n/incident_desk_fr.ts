<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AdhocDialog</name>
    <message>
        <source>Ad-hoc inject</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Inject ad hoc</translation>
    </message>
    <message>
        <source>Free text</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Texte libre</translation>
    </message>
    <message>
        <source>CAP alert</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Alerte CAP</translation>
    </message>
    <message>
        <source>Message text (EXERCISE is added)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Texte du message (EXERCICE est ajouté)</translation>
    </message>
    <message>
        <source>What the trainees should do (optional)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ce que les participants doivent faire (facultatif)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>From agency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Service émetteur</translation>
    </message>
    <message>
        <source>Text</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Texte</translation>
    </message>
    <message>
        <source>CAP headline</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Titre CAP</translation>
    </message>
    <message>
        <source>CAP severity</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Gravité CAP</translation>
    </message>
    <message>
        <source>CAP urgency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Urgence CAP</translation>
    </message>
    <message>
        <source>Expected action</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Action attendue</translation>
    </message>
    <message>
        <source>Type the message text, or choose CAP alert.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Saisissez le texte du message, ou choisissez Alerte CAP.</translation>
    </message>
    <message>
        <source>Type the CAP alert&apos;s headline.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Saisissez le titre de l’alerte CAP.</translation>
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
        <translation type="unfinished">Aucun annuaire des services et des unités n’est chargé : les boîtes de dialogue Établir et Transférer ne proposent aucun service, et les unités n’apparaissent qu’une fois entendues sur le bus. Renseignez « directory » dans les réglages ou utilisez {where}.</translation>
    </message>
    <message>
        <source>Load directory…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Charger l’annuaire…</translation>
    </message>
    <message>
        <source>This console has no command board.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Cette console n’a pas de tableau de commandement.</translation>
    </message>
    <message>
        <source>Load agency and unit directory</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Charger l’annuaire des services et des unités</translation>
    </message>
    <message>
        <source>Directory files (*.yaml *.yml)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Fichiers d’annuaire (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Directory loaded from {path}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Annuaire chargé depuis {path}.</translation>
    </message>
    <message>
        <source>load the directory</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">charger l’annuaire</translation>
    </message>
    <message>
        <source>REAL TRAFFIC COULD NOT BE READ{during} — {count} message(s); newest from {who} on {topic}{stream}. It is kept in quarantine with its raw bytes, nothing was shown as an alert. Contact {who} by phone or radio for the content, and tell your supervisor. Why: {reason}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">TRAFIC RÉEL ILLISIBLE{during} — {count} message(s) ; le plus récent de {who} sur {topic}{stream}. Il est conservé en quarantaine avec ses octets bruts, rien n’a été affiché comme alerte. Contactez {who} par téléphone ou radio pour en connaître le contenu et prévenez votre superviseur. Motif : {reason}</translation>
    </message>
    <message>
        <source> DURING THE DRILL</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished"> PENDANT L’EXERCICE</translation>
    </message>
    <message>
        <source>Show quarantine</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Afficher la quarantaine</translation>
    </message>
    <message>
        <source>Exercise {id} has ended (ENDEX by {by}). This console is still joined to it and marks it EXERCISE. Leave the exercise to work on real traffic only.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">L’exercice {id} est terminé (ENDEX par {by}). Cette console y est toujours rattachée et le marque EXERCICE. Quittez l’exercice pour ne traiter que le trafic réel.</translation>
    </message>
    <message>
        <source>Leave exercise</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Quitter l’exercice</translation>
    </message>
</context>
<context>
    <name>AdvisoryBanner</name>
    <message>
        <source>Close this advisory</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Fermer cet avis</translation>
    </message>
</context>
<context>
    <name>AlarmBanner</name>
    <message>
        <source>Show</source>
        <extracomment>the least of a cut headline the banner shows, in average characters, before it says the severity as the narrow filter buttons do (Russian &quot;Чрезв.&quot; for &quot;Чрезвычайная&quot;)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Afficher</translation>
    </message>
    <message>
        <source>Mute (Ctrl+M)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Couper le son (Ctrl+M)</translation>
    </message>
    <message>
        <source>ALARM: {0} unacknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ALARME : {0} non acquittée(s)</translation>
    </message>
    <message>
        <source>(+{0} more in the Alarms tab)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">(+{0} dans l’onglet Alarmes)</translation>
    </message>
    <message>
        <source>sound muted</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">son coupé</translation>
    </message>
</context>
<context>
    <name>AlarmPanel</name>
    <message>
        <source>Alarms</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Alarmes</translation>
    </message>
    <message>
        <source>Priority</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Priorité</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Trafic</translation>
    </message>
    <message>
        <source>State</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">État</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Alarme</translation>
    </message>
    <message>
        <source>Incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Incident</translation>
    </message>
    <message>
        <source>Since</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Depuis</translation>
    </message>
    <message>
        <source>Why / by whom</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Pourquoi / par qui</translation>
    </message>
    <message>
        <source>Show</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Afficher</translation>
    </message>
    <message>
        <source>Shelve…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Mettre en attente…</translation>
    </message>
    <message>
        <source>Unshelve</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Reprendre</translation>
    </message>
    <message>
        <source>ALARM FLOOD: alarms grouped by incident; the most urgent stays on top</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">AVALANCHE D’ALARMES : alarmes regroupées par incident ; la plus urgente reste en tête</translation>
    </message>
    <message>
        <source>Top: {0}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">En tête : {0}</translation>
    </message>
    <message>
        <source>{0} (+{1} in this incident)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{0} (+{1} dans cet incident)</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">… et {0} autres</translation>
    </message>
    <message>
        <source>Real</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Réel</translation>
    </message>
    <message>
        <source>Exercise {0}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Exercice {0}</translation>
    </message>
    <message>
        <source>Alarm figures could not be read: {0}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Impossible de lire les chiffres des alarmes : {0}</translation>
    </message>
    <message>
        <source>{0}, last hour: {1:.1f} alarms per 10 min (peak {2}) · in flood {3:.0f} % of the time · standing {4} · stale (&gt; 24 h) {5} · median time to acknowledge {6}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{0}, dernière heure : {1:.1f} alarmes par 10 min (pic {2}) · en avalanche {3:.0f} % du temps · persistantes {4} · anciennes (&gt; 24 h) {5} · délai médian d’acquittement {6}</translation>
    </message>
    <message>
        <source>1 Critical</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">1 Critique</translation>
    </message>
    <message>
        <source>2 High</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">2 Haute</translation>
    </message>
    <message>
        <source>3 Medium</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">3 Moyenne</translation>
    </message>
    <message>
        <source>4 Low</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">4 Basse</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">aucun</translation>
    </message>
    <message>
        <source>REAL</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">RÉEL</translation>
    </message>
    <message>
        <source>EX</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">EX</translation>
    </message>
    <message>
        <source>EX {0}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">EX {0}</translation>
    </message>
    <message>
        <source>Real traffic</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Trafic réel</translation>
    </message>
    <message>
        <source>Active, not acknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Active, non acquittée</translation>
    </message>
    <message>
        <source>Active, acknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Active, acquittée</translation>
    </message>
    <message>
        <source>Cleared, not acknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Retombée, non acquittée</translation>
    </message>
    <message>
        <source>Normal</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Normale</translation>
    </message>
    <message>
        <source>Shelved</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">En attente</translation>
    </message>
    <message>
        <source>Suppressed (other exercise)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Supprimée (autre exercice)</translation>
    </message>
    <message>
        <source>until normal</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">jusqu’au retour à la normale</translation>
    </message>
    <message>
        <source>until {0}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">jusqu’à {0}</translation>
    </message>
    <message>
        <source>shelved by {0} {1}: {2}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">mise en attente par {0} {1} : {2}</translation>
    </message>
    <message>
        <source>{0} by {1} at {2}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{0} par {1} à {2}</translation>
    </message>
    <message>
        <source>acknowledged by {0} at {1}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">acquittée par {0} à {1}</translation>
    </message>
</context>
<context>
    <name>AlertActions</name>
    <message>
        <source>Select an alert to acknowledge first.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Sélectionnez d’abord une alerte à acquitter.</translation>
    </message>
    <message>
        <source>A CAP {type} is not itself acknowledged.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Un message CAP {type} ne s’acquitte pas lui-même.</translation>
    </message>
    <message>
        <source>This alert is already acknowledged.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Cette alerte est déjà acquittée.</translation>
    </message>
    <message>
        <source>acknowledge</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">acquitter</translation>
    </message>
    <message>
        <source>No unacknowledged alerts in the queue.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Aucune alerte non acquittée dans la file.</translation>
    </message>
</context>
<context>
    <name>AlertDetail</name>
    <message>
        <source>polygon ({n} points)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">polygone ({n} points)</translation>
    </message>
    <message>
        <source>circle: centre {centre}, radius {km} km</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">cercle : centre {centre}, rayon {km} km</translation>
    </message>
    <message>
        <source>geocode</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">géocode</translation>
    </message>
    <message>
        <source>EXERCISE</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">EXERCICE</translation>
    </message>
    <message>
        <source>REAL</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">RÉEL</translation>
    </message>
    <message>
        <source>Instruction:</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Consigne :</translation>
    </message>
    <message>
        <source>Conformance warnings ({n})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Avertissements de conformité ({n})</translation>
    </message>
    <message>
        <source>The alert was accepted but breaks these rules of the CAP specification; its content may be incomplete.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">L’alerte a été acceptée mais enfreint ces règles de la spécification CAP ; son contenu peut être incomplet.</translation>
    </message>
    <message>
        <source>Signatures ({n}, issuer first)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Signatures ({n}, émetteur en premier)</translation>
    </message>
    <message>
        <source>Distribution id</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Identifiant de distribution</translation>
    </message>
    <message>
        <source>Sender id</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Identifiant de l’expéditeur</translation>
    </message>
    <message>
        <source>Sent</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Envoyée</translation>
    </message>
    <message>
        <source>Status / type</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Statut / type</translation>
    </message>
    <message>
        <source>Recipient roles</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Rôles des destinataires</translation>
    </message>
    <message>
        <source>Sender</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Expéditeur</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Identifiant</translation>
    </message>
    <message>
        <source>{times} — as written: {text}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{times} — tel qu’écrit : {text}</translation>
    </message>
    <message>
        <source>Received</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Reçue</translation>
    </message>
    <message>
        <source>Status / type / scope</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Statut / type / portée</translation>
    </message>
    <message>
        <source>Source</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Source</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Restriction</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Adresses</translation>
    </message>
    <message>
        <source>Codes</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Codes</translation>
    </message>
    <message>
        <source>Note</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <source>References</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Références</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Incidents</translation>
    </message>
    <message>
        <source>Topic</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Sujet</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Exercice</translation>
    </message>
    <message>
        <source>Signed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Signée</translation>
    </message>
    <message>
        <source>Signature check</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Vérification de signature</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Consigne</translation>
    </message>
    <message>
        <source>info {n} of {count} — language {language}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">info {n} sur {count} — langue {language}</translation>
    </message>
    <message>
        <source>Event</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Événement</translation>
    </message>
    <message>
        <source>Categories</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Catégories</translation>
    </message>
    <message>
        <source>Severity / urgency / certainty</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Gravité / urgence / certitude</translation>
    </message>
    <message>
        <source>Response</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Réponse</translation>
    </message>
    <message>
        <source>Audience</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Public visé</translation>
    </message>
    <message>
        <source>Event codes</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Codes d’événement</translation>
    </message>
    <message>
        <source>Effective</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">En vigueur</translation>
    </message>
    <message>
        <source>Onset</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Début</translation>
    </message>
    <message>
        <source>Expires</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Expire</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>the main fields of an alert as the History tab names them</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Statut</translation>
    </message>
    <message>
        <source>Headline</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Titre</translation>
    </message>
    <message>
        <source>Severity</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Gravité</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Urgence</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Certitude</translation>
    </message>
    <message>
        <source>Description</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Description</translation>
    </message>
    <message>
        <source>Areas</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Zones</translation>
    </message>
    <message>
        <source>Area:</source>
        <extracomment>labels used inside the HTML below (marked here: lupdate does not read into f-strings)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Zone :</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Envoyée :</translation>
    </message>
    <message>
        <source>expires</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">expire</translation>
    </message>
    <message>
        <source>received</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">reçue</translation>
    </message>
    <message>
        <source>From:</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">De :</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Enveloppe</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Paramètres</translation>
    </message>
    <message>
        <source>Resources</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ressources</translation>
    </message>
    <message>
        <source>No change in the main fields.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Aucun changement dans les champs principaux.</translation>
    </message>
    <message>
        <source>Not acknowledged yet.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Pas encore acquittée.</translation>
    </message>
    <message>
        <source>(continued in the Alert tab)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">(suite dans l’onglet Alerte)</translation>
    </message>
    <message>
        <source>and {count} more in the Alert tab</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">et {count} de plus dans l’onglet Alerte</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Nom de l’expéditeur</translation>
    </message>
    <message>
        <source>Web</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Web</translation>
    </message>
    <message>
        <source>Contact</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Contact</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{n} octets</translation>
    </message>
    <message>
        <source>No updates or cancellations of this alert.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Aucune mise à jour ni annulation de cette alerte.</translation>
    </message>
    <message>
        <source>shown</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">affichée</translation>
    </message>
    <message>
        <source>Field</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Après</translation>
    </message>
    <message>
        <source>By</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Par</translation>
    </message>
    <message>
        <source>Agency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Service</translation>
    </message>
    <message>
        <source>When</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Quand</translation>
    </message>
    <message>
        <source>REAL ALERT — NOT PART OF THE EXERCISE</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ALERTE RÉELLE — HORS EXERCICE</translation>
    </message>
    <message>
        <source>No alert selected</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Aucune alerte sélectionnée</translation>
    </message>
    <message>
        <source>Alert</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Alerte</translation>
    </message>
    <message>
        <source>History</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Historique</translation>
    </message>
    <message>
        <source>Acknowledgements</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Acquittements</translation>
    </message>
    <message>
        <source>Raw XML</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">XML brut</translation>
    </message>
    <message>
        <source>Alert {id} is not in the database.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">L’alerte {id} n’est pas dans la base de données.</translation>
    </message>
    <message>
        <source>EXERCISE · </source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">EXERCICE · </translation>
    </message>
    <message>
        <source>Signature: {label}. {sentence}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Signature : {label}. {sentence}</translation>
    </message>
</context>
<context>
    <name>AlertFilterBar</name>
    <message>
        <source>Extreme</source>
        <comment>a severity on a narrow filter button</comment>
        <extracomment>a severity where room is short: the severity filter buttons, the incident board&apos;s column (translators may abbreviate: &quot;Чрезв.&quot;; the context is the filter bar&apos;s, where they began)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Extrême</translation>
    </message>
    <message>
        <source>Severe</source>
        <comment>a severity on a narrow filter button</comment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Sévère</translation>
    </message>
    <message>
        <source>Moderate</source>
        <comment>a severity on a narrow filter button</comment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Modérée</translation>
    </message>
    <message>
        <source>Minor</source>
        <comment>a severity on a narrow filter button</comment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Mineure</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>a severity on a narrow filter button</comment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Inconnue</translation>
    </message>
    <message>
        <source>Filter: headline, event, sender, incident (Ctrl+F)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Filtrer : titre, événement, expéditeur, incident (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter: headline, event, sender, identifier, incident (Ctrl+F)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Filtrer : titre, événement, expéditeur, identifiant, incident (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show only checked severities ({severity})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">N’afficher que les gravités cochées ({severity})</translation>
    </message>
    <message>
        <source>Unacked</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Non acq.</translation>
    </message>
    <message>
        <source>Show only alerts still waiting for an acknowledgement</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">N’afficher que les alertes qui attendent encore un acquittement</translation>
    </message>
    <message>
        <source>Latest only</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Dernière seule</translation>
    </message>
    <message>
        <source>Collapse alert chains: hide the versions that a later Update or Cancel replaced (the detail&apos;s History tab shows the whole chain)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Replier les chaînes d’alertes : masquer les versions remplacées par une mise à jour ou une annulation ultérieure (l’onglet Historique du détail montre toute la chaîne)</translation>
    </message>
    <message>
        <source>Urgency, category, status, country, agency, incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Urgence, catégorie, statut, pays, service, incident</translation>
    </message>
    <message>
        <source>Any urgency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Toute urgence</translation>
    </message>
    <message>
        <source>Any category</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Toute catégorie</translation>
    </message>
    <message>
        <source>Any status</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tout statut</translation>
    </message>
    <message>
        <source>Country</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Pays</translation>
    </message>
    <message>
        <source>Agency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Service</translation>
    </message>
    <message>
        <source>Incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Incident</translation>
    </message>
    <message>
        <source>More filters ({n})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Filtres ({n})</translation>
    </message>
    <message>
        <source>More filters</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Filtres</translation>
    </message>
</context>
<context>
    <name>AlertQueue</name>
    <message>
        <source>superseded</source>
        <extracomment>what replaced an alert, as the Ack column says it</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">remplacée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">annulée</translation>
    </message>
    <message>
        <source>EX</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">EX</translation>
    </message>
    <message>
        <source>REAL</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">RÉEL</translation>
    </message>
    <message>
        <source>{n} conformance warning(s): the alert breaks a rule of the CAP text but was accepted; the detail pane says what is unusual.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{n} avertissement(s) de conformité : l’alerte enfreint une règle du texte CAP mais a été acceptée ; le volet de détail indique ce qui est inhabituel.</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">acquittée</translation>
    </message>
    <message>
        <source>UNACKNOWLEDGED</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">NON ACQUITTÉE</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Exercice</translation>
    </message>
    <message>
        <source>Keep looking</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Continuer à chercher</translation>
    </message>
    <message>
        <source>Loading stored alerts… {count} so far</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Chargement des alertes enregistrées… {count} jusqu’ici</translation>
    </message>
    <message>
        <source>Loading older alerts…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Chargement des alertes plus anciennes…</translation>
    </message>
    <message>
        <source>No alert matches the filter in the last {count} pages of older alerts. Keep looking, or search every stored alert (Ctrl+Shift+S).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Aucune alerte ne correspond au filtre dans les {count} dernières pages d’alertes plus anciennes. Continuez à chercher, ou cherchez dans toutes les alertes enregistrées (Ctrl+Maj+S).</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>ICS position</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Poste ICS</translation>
    </message>
    <message>
        <source>Branch</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Branche</translation>
    </message>
    <message>
        <source>Division (geographic)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Division (géographique)</translation>
    </message>
    <message>
        <source>Group (functional)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Groupe (fonctionnel)</translation>
    </message>
    <message>
        <source>Strike team (same kind)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Équipe d’intervention (même type)</translation>
    </message>
    <message>
        <source>Task force (mixed)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Groupe opérationnel (mixte)</translation>
    </message>
    <message>
        <source>Staging area</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Zone de regroupement</translation>
    </message>
    <message>
        <source>Assign to incident</source>
        <extracomment>the columns read first, left to right (right to left in Arabic)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Affecter à un incident</translation>
    </message>
    <message>
        <source>Unit</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Unité</translation>
    </message>
    <message>
        <source>Person</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Personne</translation>
    </message>
    <message>
        <source>Name, rank</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Nom, grade</translation>
    </message>
    <message>
        <source>e.g. Division A, Decon Group</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">p. ex. Division A, Groupe décontamination</translation>
    </message>
    <message>
        <source>Work assignment (ICS-204 block 6)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Mission (ICS-204 case 6)</translation>
    </message>
    <message>
        <source>Reporting location, e.g. RVP Malaba border post</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Lieu de présentation, p. ex. PRV poste frontière de Malaba</translation>
    </message>
    <message>
        <source>at</source>
        <comment>report at this time</comment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">à</translation>
    </message>
    <message>
        <source>Incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Incident</translation>
    </message>
    <message>
        <source>Resource</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Moyen</translation>
    </message>
    <message>
        <source>ICS element</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Élément ICS</translation>
    </message>
    <message>
        <source>Element / position name</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Nom de l’élément / du poste</translation>
    </message>
    <message>
        <source>Work assignment</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Mission</translation>
    </message>
    <message>
        <source>Report to</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Se présenter à</translation>
    </message>
    <message>
        <source>Report time</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Heure de présentation</translation>
    </message>
    <message>
        <source>Assign</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Affecter</translation>
    </message>
</context>
<context>
    <name>BrokerBanner</name>
    <message>
        <source>BROKER REFUSED since {since} — working on local data</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">CONNEXION REFUSÉE PAR LE COURTIER depuis {since} — travail sur les données locales</translation>
    </message>
    <message>
        <source>BROKER DISCONNECTED since {since} — working on local data</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">COURTIER DÉCONNECTÉ depuis {since} — travail sur les données locales</translation>
    </message>
    <message>
        <source>, reconnecting now</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">, reconnexion en cours</translation>
    </message>
    <message>
        <source>, reconnecting in {n} s</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">, reconnexion dans {n} s</translation>
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
        <translation type="unfinished">Extrême</translation>
    </message>
    <message>
        <source>Severe</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Sévère</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Modérée</translation>
    </message>
    <message>
        <source>Minor</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Mineure</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Inconnue</translation>
    </message>
    <message>
        <source>Immediate</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Immédiate</translation>
    </message>
    <message>
        <source>Expected</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Prévue</translation>
    </message>
    <message>
        <source>Future</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Future</translation>
    </message>
    <message>
        <source>Past</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Passée</translation>
    </message>
    <message>
        <source>Observed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Observée</translation>
    </message>
    <message>
        <source>Likely</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Probable</translation>
    </message>
    <message>
        <source>Possible</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Possible</translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Peu probable</translation>
    </message>
    <message>
        <source>Actual</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Réel</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Exercice</translation>
    </message>
    <message>
        <source>System</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Système</translation>
    </message>
    <message>
        <source>Test</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Test</translation>
    </message>
    <message>
        <source>Draft</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ébauche</translation>
    </message>
    <message>
        <source>Alert</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Alerte</translation>
    </message>
    <message>
        <source>Update</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Mise à jour</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Annulation</translation>
    </message>
    <message>
        <source>Ack</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Accusé de réception</translation>
    </message>
    <message>
        <source>Error</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Erreur</translation>
    </message>
    <message>
        <source>Geo</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Géophysique</translation>
    </message>
    <message>
        <source>Met</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Météorologique</translation>
    </message>
    <message>
        <source>Safety</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Sécurité</translation>
    </message>
    <message>
        <source>Security</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Sûreté</translation>
    </message>
    <message>
        <source>Rescue</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Sauvetage</translation>
    </message>
    <message>
        <source>Fire</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Incendie</translation>
    </message>
    <message>
        <source>Health</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Santé</translation>
    </message>
    <message>
        <source>Env</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Environnement</translation>
    </message>
    <message>
        <source>Transport</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Transport</translation>
    </message>
    <message>
        <source>Infra</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Infrastructures</translation>
    </message>
    <message>
        <source>CBRNE</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">NRBCE</translation>
    </message>
    <message>
        <source>Other</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Autre</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Se mettre à l’abri</translation>
    </message>
    <message>
        <source>Evacuate</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Évacuer</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Se préparer</translation>
    </message>
    <message>
        <source>Execute</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Exécuter</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Éviter</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Surveiller</translation>
    </message>
    <message>
        <source>Assess</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Évaluer</translation>
    </message>
    <message>
        <source>AllClear</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Fin d’alerte</translation>
    </message>
    <message>
        <source>None</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Aucune</translation>
    </message>
    <message>
        <source>Public</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Public</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Restreint</translation>
    </message>
    <message>
        <source>Private</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Privé</translation>
    </message>
</context>
<context>
    <name>CommandPanel</name>
    <message>
        <source>En route</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">En route</translation>
    </message>
    <message>
        <source>On scene</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Sur place</translation>
    </message>
    <message>
        <source>Release</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Libérer</translation>
    </message>
    <message>
        <source>alerted</source>
        <extracomment>an agency&apos;s participation in an incident&apos;s command, as the operator reads it</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">alerté</translation>
    </message>
    <message>
        <source>standing by</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">en attente</translation>
    </message>
    <message>
        <source>active</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">engagé</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">désengagé</translation>
    </message>
    <message>
        <source>unable</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">indisponible</translation>
    </message>
    <message>
        <source>Select an incident on the board.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Sélectionnez un incident dans le tableau.</translation>
    </message>
    <message>
        <source>Establish…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Établir…</translation>
    </message>
    <message>
        <source>Handover…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Transférer…</translation>
    </message>
    <message>
        <source>Close command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Clore le commandement</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Affecter…</translation>
    </message>
    <message>
        <source>Export</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Exporter</translation>
    </message>
    <message>
        <source>ICS-204 assignment list / ICS-214 activity log</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ICS-204 liste des affectations / ICS-214 journal d’activité</translation>
    </message>
    <message>
        <source>ICS-204 Assignment List as PDF…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ICS-204 Liste des affectations en PDF…</translation>
    </message>
    <message>
        <source>ICS-204 Assignment List as CSV…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ICS-204 Liste des affectations en CSV…</translation>
    </message>
    <message>
        <source>ICS-214 Activity Log as PDF…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ICS-214 Journal d’activité en PDF…</translation>
    </message>
    <message>
        <source>ICS-214 Activity Log as CSV…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ICS-214 Journal d’activité en CSV…</translation>
    </message>
    <message>
        <source>Participation:</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Participation :</translation>
    </message>
    <message>
        <source>Set</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Appliquer</translation>
    </message>
    <message>
        <source>This console has no command board.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Cette console n’a pas de tableau de commandement.</translation>
    </message>
    <message>
        <source>Select an incident on the board to {what}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Sélectionnez un incident dans le tableau pour {what}.</translation>
    </message>
    <message>
        <source>establish command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">établir le commandement</translation>
    </message>
    <message>
        <source>Single command established for {key}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Commandement unique établi pour {key}.</translation>
    </message>
    <message>
        <source>Unified command established for {key}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Commandement unifié établi pour {key}.</translation>
    </message>
    <message>
        <source>propose a handover</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">proposer un transfert</translation>
    </message>
    <message>
        <source>Could not build the handover brief: {error}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Impossible de préparer le briefing de transfert : {error}</translation>
    </message>
    <message>
        <source>propose the handover</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">proposer le transfert</translation>
    </message>
    <message>
        <source>Handover of {key} proposed to {target}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Transfert de {key} proposé à {target}.</translation>
    </message>
    <message>
        <source>close its command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">clore son commandement</translation>
    </message>
    <message>
        <source>Close the command of {key}? Every console sees it closed.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Clore le commandement de {key} ? Toutes les consoles le verront clos.</translation>
    </message>
    <message>
        <source>close command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">clore le commandement</translation>
    </message>
    <message>
        <source>There is no incident to assign to.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Il n’y a aucun incident auquel affecter.</translation>
    </message>
    <message>
        <source>{who} assigned to {key}: {element}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{who} affecté(e) à {key} : {element}.</translation>
    </message>
    <message>
        <source>assign</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">affecter</translation>
    </message>
    <message>
        <source>Select an assignment in the command tree first.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Sélectionnez d’abord une affectation dans l’arbre de commandement.</translation>
    </message>
    <message>
        <source>set the assignment {status}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">passer l’affectation à « {status} »</translation>
    </message>
    <message>
        <source>set an agency&apos;s participation</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">régler la participation d’un service</translation>
    </message>
    <message>
        <source>set {agency} {state}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">passer {agency} à « {state} »</translation>
    </message>
    <message>
        <source>export its ICS-{form}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">exporter son ICS-{form}</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export ICS-{form} of {key}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Exporter l’ICS-{form} de {key}</translation>
    </message>
    <message>
        <source>Could not export ICS-{form}: {error}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Impossible d’exporter l’ICS-{form} : {error}</translation>
    </message>
    <message>
        <source>ICS-{form} of {key} written to {path}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ICS-{form} de {key} écrit dans {path}.</translation>
    </message>
    <message>
        <source>Answer handover offer…</source>
        <extracomment>the Command panel&apos;s button that opens the offers waiting for an answer</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Répondre à la proposition de transfert…</translation>
    </message>
    <message>
        <source>Could not read handover proposals: {error}</source>
        <extracomment>the longest wait a QTimer takes (ms); a later deadline is checked again then</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Impossible de lire les propositions de transfert : {error}</translation>
    </message>
    <message>
        <source>Handover of command of {key} offered by {origin}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Transfert du commandement de {key} proposé par {origin}.</translation>
    </message>
    <message>
        <source>No handover offer is waiting for an answer.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Aucune proposition de transfert n’attend de réponse.</translation>
    </message>
    <message>
        <source>Handover offer for {key} set aside: answer it with “{action}” in the Command panel before {expires}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Proposition de transfert de {key} mise de côté : répondez-y avec « {action} » dans le volet Commandement avant {expires}.</translation>
    </message>
    <message>
        <source>{key} offered by {origin}, answer by {expires}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{key} proposé par {origin}, réponse avant {expires}</translation>
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
        <translation type="unfinished">Transfert accepté : vous commandez à partir de son heure d’effet.</translation>
    </message>
    <message>
        <source>accept the handover</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">accepter le transfert</translation>
    </message>
    <message>
        <source>Handover refused.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Transfert refusé.</translation>
    </message>
    <message>
        <source>refuse the handover</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">refuser le transfert</translation>
    </message>
    <message>
        <source>select an assignment</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">sélectionnez une affectation</translation>
    </message>
</context>
<context>
    <name>CommandTree</name>
    <message>
        <source>Position</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Poste</translation>
    </message>
    <message>
        <source>Branch</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Branche</translation>
    </message>
    <message>
        <source>Division</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Division</translation>
    </message>
    <message>
        <source>Group</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Groupe</translation>
    </message>
    <message>
        <source>Strike team</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Équipe d’intervention</translation>
    </message>
    <message>
        <source>Task force</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Groupe opérationnel</translation>
    </message>
    <message>
        <source>Staging area</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Zone de regroupement</translation>
    </message>
    <message>
        <source>assigned</source>
        <extracomment>states of assignments, participation and proposals as the tree shows them</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">affectée</translation>
    </message>
    <message>
        <source>en route</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">en route</translation>
    </message>
    <message>
        <source>on scene</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">sur place</translation>
    </message>
    <message>
        <source>released</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">libérée</translation>
    </message>
    <message>
        <source>alerted</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">alerté</translation>
    </message>
    <message>
        <source>standing by</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">en attente</translation>
    </message>
    <message>
        <source>active</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">engagé</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">désengagé</translation>
    </message>
    <message>
        <source>unable</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">indisponible</translation>
    </message>
    <message>
        <source>proposed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">proposé</translation>
    </message>
    <message>
        <source>open</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ouvert</translation>
    </message>
    <message>
        <source>closed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">clos</translation>
    </message>
    <message>
        <source>Gold</source>
        <extracomment>the default tier labels (JESIP); an agency&apos;s own labels (TierLabels) are shown as given</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Or</translation>
    </message>
    <message>
        <source>Silver</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Argent</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Bronze</translation>
    </message>
    <message>
        <source>strategic</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">stratégique</translation>
    </message>
    <message>
        <source>tactical</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">tactique</translation>
    </message>
    <message>
        <source>operational</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">opérationnel</translation>
    </message>
    <message>
        <source>{text}
{state} since {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{text}
{state} depuis {time}</translation>
    </message>
    <message>
        <source>No command established</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Aucun commandement établi</translation>
    </message>
    <message>
        <source>Single command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Commandement unique</translation>
    </message>
    <message>
        <source>Unified command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Commandement unifié</translation>
    </message>
    <message>
        <source>Incident Commander</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Commandant des opérations</translation>
    </message>
    <message>
        <source>former IC</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ancien COS</translation>
    </message>
    <message>
        <source>IC from effective time</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">COS à partir de l’heure d’effet</translation>
    </message>
    <message>
        <source>in command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">au commandement</translation>
    </message>
    <message>
        <source>until {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">jusqu’à {time}</translation>
    </message>
    <message>
        <source>pending</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">en attente</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Organisation</translation>
    </message>
    <message>
        <source>{n} assignments</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{n} affectations</translation>
    </message>
    <message>
        <source> (report to {place})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished"> (se présenter à {place})</translation>
    </message>
    <message>
        <source>Participation</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Participation</translation>
    </message>
    <message>
        <source>Handover proposals</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Propositions de transfert</translation>
    </message>
    <message>
        <source>{origin} → {target} (answer by {time})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{origin} → {target} (réponse avant {time})</translation>
    </message>
</context>
<context>
    <name>CommandWiring</name>
    <message>
        <source>Units</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Unités</translation>
    </message>
    <message>
        <source>Command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Commandement</translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <source>Broker {broker}: not started</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Courtier {broker} : non démarré</translation>
    </message>
    <message>
        <source>node {0} of {1}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">nœud {0} sur {1}</translation>
    </message>
    <message>
        <source>connected</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">connecté</translation>
    </message>
    <message>
        <source>connecting</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">connexion en cours</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">déconnecté</translation>
    </message>
    <message>
        <source>refused</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">connexion refusée</translation>
    </message>
    <message>
        <source>failed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">en échec</translation>
    </message>
    <message>
        <source>Broker {broker}: {state} since {since}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Courtier {broker} : {state} depuis {since}</translation>
    </message>
    <message>
        <source> — retry in {n} s</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished"> — nouvel essai dans {n} s</translation>
    </message>
    <message>
        <source>
This broker speaks MQTT 3.1.1 only: alerts arrive without sequence numbers (no gap detection) and without broker-side expiry; nothing else is lost.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">
Ce courtier ne parle que MQTT 3.1.1 : les alertes arrivent sans numéro de séquence (pas de détection de trous) et sans expiration côté courtier ; rien d’autre n’est perdu.</translation>
    </message>
</context>
<context>
    <name>CoordinateReadout</name>
    <message>
        <source>Cursor position; click to copy it</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Position du curseur ; cliquez pour la copier</translation>
    </message>
    <message>
        <source>Move the cursor over the map for its coordinates</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Survolez la carte pour en lire les coordonnées</translation>
    </message>
</context>
<context>
    <name>CordonTools</name>
    <message>
        <source>The map is not shown in this console.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">La carte n’est pas affichée dans cette console.</translation>
    </message>
    <message>
        <source>This console cannot draw on incidents (no command board).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Cette console ne peut pas dessiner sur les incidents (pas de tableau de commandement).</translation>
    </message>
    <message>
        <source>Select the incident to draw the cordon on first.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Sélectionnez d’abord l’incident sur lequel dessiner le périmètre.</translation>
    </message>
    <message>
        <source>Click the centre of the cordon, then its edge (Esc cancels).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Cliquez le centre du périmètre, puis son bord (Échap annule).</translation>
    </message>
    <message>
        <source>Click the corners of the cordon; double-click or Enter to finish (Esc cancels).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Cliquez les sommets du périmètre ; double-clic ou Entrée pour finir (Échap annule).</translation>
    </message>
    <message>
        <source>Click the points to measure; double-click to finish (Esc clears).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Cliquez les points à mesurer ; double-clic pour finir (Échap efface).</translation>
    </message>
    <message>
        <source>Distance: {text}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Distance : {text}</translation>
    </message>
    <message>
        <source>Cordon {radius} m</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Périmètre {radius} m</translation>
    </message>
    <message>
        <source>Cordon</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Périmètre</translation>
    </message>
    <message>
        <source>Cordon on {key}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Périmètre sur {key}</translation>
    </message>
    <message>
        <source>Name of the area drawn on incident {key} ({title}):</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Nom de la zone dessinée sur l’incident {key} ({title}) :</translation>
    </message>
    <message>
        <source>draw the cordon</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">dessiner le périmètre</translation>
    </message>
</context>
<context>
    <name>DatabaseBanner</name>
    <message>
        <source>DATABASE UNAVAILABLE — {reason}. New alerts are kept on the bus until it is back.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">BASE DE DONNÉES INDISPONIBLE — {reason}. Les nouvelles alertes restent sur le bus jusqu’à son retour.</translation>
    </message>
</context>
<context>
    <name>DatabaseLabel</name>
    <message>
        <source>DB {url}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">BD {url}</translation>
    </message>
    <message>
        <source>The database this console reads and writes</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">La base de données que cette console lit et écrit</translation>
    </message>
</context>
<context>
    <name>EstablishDialog</name>
    <message>
        <source>Establish command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Établir le commandement</translation>
    </message>
    <message>
        <source>Single command (one Incident Commander)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Commandement unique (un commandant des opérations)</translation>
    </message>
    <message>
        <source>Unified command (one IC per agency)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Commandement unifié (un COS par service)</translation>
    </message>
    <message>
        <source>Agency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Service</translation>
    </message>
    <message>
        <source>Incident Commander</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Commandant des opérations</translation>
    </message>
    <message>
        <source>Tier</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Niveau</translation>
    </message>
</context>
<context>
    <name>EvidenceWiring</name>
    <message>
        <source>Export evidence package…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Exporter le dossier de preuve…</translation>
    </message>
    <message>
        <source>There is no incident to export: evidence is exported per incident.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Aucun incident à exporter : la preuve s’exporte par incident.</translation>
    </message>
    <message>
        <source>Exporting the evidence package of {incident}: signing a checkpoint and proving every log entry about it…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Export du dossier de preuve de {incident} : signature d’un point de contrôle et preuve de chaque entrée du journal qui le concerne…</translation>
    </message>
    <message>
        <source>export the evidence package</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">exporter le dossier de preuve</translation>
    </message>
    <message>
        <source>Evidence package written: {path}. It proves {n} log entries of {incident} against the signed checkpoint of {size} entries; the report is inside as HTML and PDF. Anyone can check it offline with: incident-desk evidence verify {name}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Dossier de preuve écrit : {path}. Il prouve {n} entrées du journal de {incident} par rapport au point de contrôle signé de {size} entrées ; le rapport est inclus en HTML et en PDF. Chacun peut le vérifier hors ligne avec : incident-desk evidence verify {name}</translation>
    </message>
</context>
<context>
    <name>ExercisePanel</name>
    <message>
        <source>Show expected actions (controller only)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Actions attendues (contrôleur)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Vitesse</translation>
    </message>
    <message>
        <source>STARTEX</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">STARTEX</translation>
    </message>
    <message>
        <source>Pause</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Reprise</translation>
    </message>
    <message>
        <source>Step</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Pas à pas</translation>
    </message>
    <message>
        <source>Jump to selected</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Aller à la sélection</translation>
    </message>
    <message>
        <source>Fire contingency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Inject de secours</translation>
    </message>
    <message>
        <source>Ad-hoc inject…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Inject ad hoc…</translation>
    </message>
    <message>
        <source>Export AAR…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Exporter le RETEX…</translation>
    </message>
    <message>
        <source>NO DUFF — held</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">NO DUFF — suspendu</translation>
    </message>
    <message>
        <source>planned (before STARTEX)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">prévu (avant STARTEX)</translation>
    </message>
    <message>
        <source>running</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">en cours</translation>
    </message>
    <message>
        <source>paused</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">suspendu</translation>
    </message>
    <message>
        <source>ended</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">terminé</translation>
    </message>
    <message>
        <source>{reason} — the exercise clock is held; Resume continues play.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{reason} — l’horloge de l’exercice est suspendue ; « Reprise » relance le jeu.</translation>
    </message>
    <message>
        <source>MSEL: cannot read the store: {0}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">MSEL : lecture de la base impossible : {0}</translation>
    </message>
    <message>
        <source>{what}: {reason}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{what} : {reason}</translation>
    </message>
    <message>
        <source>{what} (unexpected error, logged): {error}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{what} (erreur inattendue, journalisée) : {error}</translation>
    </message>
    <message>
        <source>STARTEX was already given.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">STARTEX a déjà été donné.</translation>
    </message>
    <message>
        <source>STARTEX: the exercise clock runs.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">STARTEX : l’horloge de l’exercice tourne.</translation>
    </message>
    <message>
        <source>Step: no scheduled inject is left.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Pas à pas : plus aucun inject prévu.</translation>
    </message>
    <message>
        <source>Select the inject to jump to first.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Sélectionnez d’abord l’inject vers lequel aller.</translation>
    </message>
    <message>
        <source>Jump</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Saut</translation>
    </message>
    <message>
        <source>Jumped to inject {number}; skipped: {skipped}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Saut vers l’inject {number} ; sautés : {skipped}.</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">aucun</translation>
    </message>
    <message>
        <source>Contingency inject {number} sent.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Inject de contingence {number} envoyé.</translation>
    </message>
    <message>
        <source>Ad-hoc inject {number} sent.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Inject ad hoc {number} envoyé.</translation>
    </message>
    <message>
        <source>After-action report written to {folder} ({count} files).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Rapport après action écrit dans {folder} ({count} fichiers).</translation>
    </message>
    <message>
        <source>ENDEX</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ENDEX</translation>
    </message>
    <message>
        <source>End exercise {id} for every joined console? Injects still due are not sent.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Terminer l’exercice {id} pour toutes les consoles rattachées ? Les injects encore prévus ne seront pas envoyés.</translation>
    </message>
    <message>
        <source>Select a held contingency inject first.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Sélectionnez d’abord un inject de secours en attente.</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Inject de secours</translation>
    </message>
    <message>
        <source>Ad-hoc inject</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Inject ad hoc</translation>
    </message>
    <message>
        <source>Export the after-action report to</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Exporter le rapport après action vers</translation>
    </message>
    <message>
        <source>Export AAR</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Exporter le RETEX</translation>
    </message>
</context>
<context>
    <name>ExerciseStateLabel</name>
    <message>
        <source>planned</source>
        <extracomment>the drill clock&apos;s states as the state line says them</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">prévu</translation>
    </message>
    <message>
        <source>running</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">en cours</translation>
    </message>
    <message>
        <source>paused</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">suspendu</translation>
    </message>
    <message>
        <source>ended</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">terminé</translation>
    </message>
    <message>
        <source>EXERCISE {0}: no control state yet</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">EXERCICE {0} : pas encore d’état de conduite</translation>
    </message>
    <message>
        <source>EXERCISE {0}: no control state</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">EXERCICE {0} : pas d’état de conduite</translation>
    </message>
    <message>
        <source>NO DUFF</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">NO DUFF</translation>
    </message>
    <message>
        <source>{0} {1} {2} ({3} by {4})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{0} {1} {2} ({3} par {4})</translation>
    </message>
    <message>
        <source>clock set</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">horloge réglée</translation>
    </message>
</context>
<context>
    <name>ExerciseWiring</name>
    <message>
        <source>Exercise control</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Exercice</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export evidence package</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Exporter le dossier de preuve</translation>
    </message>
    <message>
        <source> (EXERCISE {id})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished"> (EXERCICE {id})</translation>
    </message>
    <message>
        <source>e.g. mutual legal assistance request from UG</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">p. ex. demande d’entraide judiciaire de l’Ouganda</translation>
    </message>
    <message>
        <source>the case or request number, e.g. UG-DPP-114</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">le numéro de l’affaire ou de la demande, p. ex. UG-DPP-114</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Choisir…</translation>
    </message>
    <message>
        <source>Incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Incident</translation>
    </message>
    <message>
        <source>Reason</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Motif</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Référence de l’affaire</translation>
    </message>
    <message>
        <source>Folder</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Dossier</translation>
    </message>
    <message>
        <source>The package holds every log entry about the incident, whatever its time, with the proofs that it was not changed, and a report (HTML and PDF). The export itself is logged with your name, the reason and the reference.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Le dossier contient chaque entrée du journal concernant l’incident, quelle que soit sa date, avec les preuves qu’elle n’a pas été modifiée, et un rapport (HTML et PDF). L’export lui-même est journalisé avec votre nom, le motif et la référence.</translation>
    </message>
    <message>
        <source>Export</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Exporter</translation>
    </message>
    <message>
        <source>Folder for the evidence package</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Dossier de destination du dossier de preuve</translation>
    </message>
</context>
<context>
    <name>FeedView</name>
    <message>
        <source>Could not read the store (logged): {error}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Lecture de la base impossible (journalisé) : {error}</translation>
    </message>
</context>
<context>
    <name>HandoverBrief</name>
    <message>
        <source>received {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">reçue {time}</translation>
    </message>
    <message>
        <source>no command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">aucun commandement</translation>
    </message>
    <message>
        <source>{resource} ({agency}), ordered {ordered}, arrived {arrived}: {notes}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{resource} ({agency}), demandé {ordered}, arrivé {arrived} : {notes}</translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">aucun</translation>
    </message>
    <message>
        <source>{name} ({origin}) at {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{name} ({origin}) le {time}</translation>
    </message>
    <message>
        <source>{form} Incident Briefing</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{form} Briefing d&apos;incident</translation>
    </message>
    <message>
        <source>EXERCISE {id}</source>
        <translation type="unfinished">EXERCICE {id}</translation>
    </message>
    <message>
        <source>1. Incident name:</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">1. Nom de l&apos;incident :</translation>
    </message>
    <message>
        <source>2. Incident number:</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">2. Numéro de l&apos;incident :</translation>
    </message>
    <message>
        <source>3. Initiated:</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">3. Ouvert le :</translation>
    </message>
    <message>
        <source>5. Situation summary</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">5. Résumé de la situation</translation>
    </message>
    <message>
        <source>7. Objectives</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">7. Objectifs</translation>
    </message>
    <message>
        <source>8. Actions</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">8. Actions</translation>
    </message>
    <message>
        <source>9. Current organisation</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">9. Organisation actuelle</translation>
    </message>
    <message>
        <source>10. Resource summary</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">10. Récapitulatif des moyens</translation>
    </message>
    <message>
        <source>6. Prepared by:</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">6. Préparé par :</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Handover of command offered: {key}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Transfert de commandement proposé : {key}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{origin}&lt;/b&gt; ({who}) offers command of &lt;b&gt;{key}&lt;/b&gt; to your agency, effective {effective}; answer by {expires}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">&lt;b&gt;{origin}&lt;/b&gt; ({who}) propose le commandement de &lt;b&gt;{key}&lt;/b&gt; à votre service, à compter de {effective} ; réponse avant {expires}.</translation>
    </message>
    <message>
        <source>Reason (required to refuse)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Motif (obligatoire pour refuser)</translation>
    </message>
    <message>
        <source>Accept command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Accepter le commandement</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Refuser</translation>
    </message>
    <message>
        <source>Incident Commander</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Commandant des opérations</translation>
    </message>
    <message>
        <source>Tier</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Niveau</translation>
    </message>
</context>
<context>
    <name>Headers</name>
    <message>
        <source>Command structure</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Structure de commandement</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Statut</translation>
    </message>
    <message>
        <source>Since</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Depuis</translation>
    </message>
    <message>
        <source>Incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Incident</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Titre</translation>
    </message>
    <message>
        <source>Severity</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Gravité</translation>
    </message>
    <message>
        <source>CC</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Pays</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Alertes</translation>
    </message>
    <message>
        <source>Age</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Âge</translation>
    </message>
    <message>
        <source>#</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">N°</translation>
    </message>
    <message>
        <source>Offset</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Décalage</translation>
    </message>
    <message>
        <source>From → To</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">De → À</translation>
    </message>
    <message>
        <source>Method</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Moyen</translation>
    </message>
    <message>
        <source>Message</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Message</translation>
    </message>
    <message>
        <source>Expected action</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Action attendue</translation>
    </message>
    <message>
        <source>State</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">État</translation>
    </message>
    <message>
        <source>Sent at (wall clock)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Heure d’envoi (temps réel)</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Acquitté par</translation>
    </message>
    <message>
        <source>Expected action observed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Action attendue observée</translation>
    </message>
    <message>
        <source>Mode</source>
        <extracomment>the message types a queue shows day to day (an Ack or an Error elides, whole on hover)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Mode</translation>
    </message>
    <message>
        <source>Received</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Reçue</translation>
    </message>
    <message>
        <source>Sent</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Envoyée</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Urgence</translation>
    </message>
    <message>
        <source>Type</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Headline</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Titre</translation>
    </message>
    <message>
        <source>Sender</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Expéditeur</translation>
    </message>
    <message>
        <source>Country</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Pays</translation>
    </message>
    <message>
        <source>Agency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Service</translation>
    </message>
    <message>
        <source>Incident(s)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Incident(s)</translation>
    </message>
    <message>
        <source>Ack</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Accusé de réception</translation>
    </message>
    <message>
        <source>Trust</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Confiance</translation>
    </message>
    <message>
        <source>Callsign</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Indicatif</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Position</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Position</translation>
    </message>
    <message>
        <source>Last update</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Dernière mise à jour</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Affectation</translation>
    </message>
    <message>
        <source>Reason</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Motif</translation>
    </message>
    <message>
        <source>Size</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Taille</translation>
    </message>
    <message>
        <source>Source</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Source</translation>
    </message>
    <message>
        <source>Stream</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Flux</translation>
    </message>
    <message>
        <source>Missing</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Manquants</translation>
    </message>
    <message>
        <source>Count</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Nombre</translation>
    </message>
    <message>
        <source>Time</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Heure</translation>
    </message>
    <message>
        <source>Actor</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Acteur</translation>
    </message>
    <message>
        <source>Console</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Console</translation>
    </message>
    <message>
        <source>What happened</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ce qui s’est passé</translation>
    </message>
</context>
<context>
    <name>IcsPdf</name>
    <message>
        <source>none</source>
        <extracomment>a time in the one format (incident_desk/timefmt.py), kept left to right inside Arabic</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">aucun</translation>
    </message>
    <message>
        <source>{form} — page {page} of {pages}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{form} — page {page} sur {pages}</translation>
    </message>
</context>
<context>
    <name>IncidentBoardWidget</name>
    <message>
        <source>New</source>
        <extracomment>the status filter&apos;s entries</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Nouveau</translation>
    </message>
    <message>
        <source>Active</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Actif</translation>
    </message>
    <message>
        <source>Contained</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Maîtrisé</translation>
    </message>
    <message>
        <source>Closed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Clos</translation>
    </message>
    <message>
        <source>Activate</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Activer</translation>
    </message>
    <message>
        <source>Contain</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Maîtriser</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Clore</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Rouvrir</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tous les statuts</translation>
    </message>
    <message>
        <source>All countries</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tous les pays</translation>
    </message>
    <message>
        <source>Filter incidents: key or title</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Filtrer les incidents : clé ou titre</translation>
    </message>
    <message>
        <source>New from alert</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Depuis l’alerte</translation>
    </message>
    <message>
        <source>Attach alert</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Rattacher</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Fusionner…</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Note…</translation>
    </message>
    <message>
        <source>Older closed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Fermés plus anciens</translation>
    </message>
    <message>
        <source>No older closed incidents are stored.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Aucun incident fermé plus ancien n’est enregistré.</translation>
    </message>
    <message>
        <source>Could not look up the alert&apos;s incident: {error}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Impossible de trouver l’incident de l’alerte : {error}</translation>
    </message>
    <message>
        <source>Select an alert in the queue to open an incident from it.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Sélectionnez une alerte dans la file pour en ouvrir un incident.</translation>
    </message>
    <message>
        <source>open an incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ouvrir un incident</translation>
    </message>
    <message>
        <source>Select an alert in the queue and an incident on the board to attach it.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Sélectionnez une alerte dans la file et un incident dans le tableau pour l’y rattacher.</translation>
    </message>
    <message>
        <source>The alert already belongs to this incident.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">L’alerte appartient déjà à cet incident.</translation>
    </message>
    <message>
        <source>attach the alert</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">rattacher l’alerte</translation>
    </message>
    <message>
        <source>Select exactly two incidents to merge (Shift+arrow or Ctrl+click).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Sélectionnez exactement deux incidents à fusionner (Maj+flèche ou Ctrl+clic).</translation>
    </message>
    <message>
        <source>merge the incidents</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">fusionner les incidents</translation>
    </message>
    <message>
        <source>Select an incident on the board first.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Sélectionnez d’abord un incident dans le tableau.</translation>
    </message>
    <message>
        <source>Close incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Clore l’incident</translation>
    </message>
    <message>
        <source>Close incident {key} ({title})? Its alerts stay in the queue.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Clore l’incident {key} ({title}) ? Ses alertes restent dans la file.</translation>
    </message>
    <message>
        <source>set the incident {status}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">passer l’incident à « {status} »</translation>
    </message>
    <message>
        <source>Select an incident on the board to add a note to it.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Sélectionnez un incident dans le tableau pour y ajouter une note.</translation>
    </message>
    <message>
        <source>Add note</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ajouter une note</translation>
    </message>
    <message>
        <source>Note for incident {key}:</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Note pour l’incident {key} :</translation>
    </message>
    <message>
        <source>add the note</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ajouter la note</translation>
    </message>
    <message>
        <source>This console has no incident board.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Cette console n’a pas de tableau des incidents.</translation>
    </message>
</context>
<context>
    <name>IncidentTable</name>
    <message>
        <source>Exercise {id}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Exercice {id}</translation>
    </message>
    <message>
        <source>Real incident, not the exercise</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Incident réel, hors exercice</translation>
    </message>
    <message>
        <source>{key}: {title} at {position} — created by {who}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{key} : {title} à {position} — créé par {who}</translation>
    </message>
    <message>
        <source>{key}: {title} — created by {who}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{key} : {title} — créé par {who}</translation>
    </message>
    <message>
        <source>now</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">&lt; 1 min</translation>
    </message>
    <message>
        <source>{0} min</source>
        <comment>minutes ago, in a narrow column</comment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{0} min</translation>
    </message>
    <message>
        <source>{0} h</source>
        <comment>hours ago, in a narrow column</comment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{0} h</translation>
    </message>
    <message>
        <source>{0} d</source>
        <comment>days ago, in a narrow column</comment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{0} j</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>where the operator&apos;s last choice is kept (QSettings)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">&amp;Langue</translation>
    </message>
    <message>
        <source>(draft)</source>
        <comment>a translation not yet reviewed by a native speaker</comment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">(ébauche)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>leave the exercise</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">quitter l’exercice</translation>
    </message>
    <message>
        <source>Return to the preferred broker</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Revenir au courtier préféré</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Incidents</translation>
    </message>
    <message>
        <source>Map</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Carte</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Journal</translation>
    </message>
</context>
<context>
    <name>MapMenu</name>
    <message>
        <source>Map: find a place, incident, unit or coordinates…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Carte : trouver un lieu, un incident, une unité ou des coordonnées…</translation>
    </message>
    <message>
        <source>Publish update for the selected incident (its cordons)…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Publier une mise à jour pour l’incident sélectionné (ses périmètres)…</translation>
    </message>
    <message>
        <source>Map: draw a cordon (circle) on the selected incident</source>
        <extracomment>the Map menu&apos;s other actions, in menu order after the ones above</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Carte : dessiner un périmètre (cercle) sur l’incident sélectionné</translation>
    </message>
    <message>
        <source>Map: draw a cordon (polygon) on the selected incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Carte : dessiner un périmètre (polygone) sur l’incident sélectionné</translation>
    </message>
    <message>
        <source>Map: measure distance</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Carte : mesurer une distance</translation>
    </message>
    <message>
        <source>Map: add map package…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Carte : ajouter un paquet cartographique…</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">&amp;Carte</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>Find a place, incident key, callsign or coordinates (Ctrl+L)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Trouver un lieu, une clé d’incident, un indicatif ou des coordonnées (Ctrl+L)</translation>
    </message>
    <message>
        <source>Map search</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Recherche sur la carte</translation>
    </message>
    <message>
        <source>coordinates</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">coordonnées</translation>
    </message>
    <message>
        <source>incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">incident</translation>
    </message>
    <message>
        <source>unit</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">unité</translation>
    </message>
    <message>
        <source>country</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">pays</translation>
    </message>
    <message>
        <source>capital</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">capitale</translation>
    </message>
    <message>
        <source>town</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ville</translation>
    </message>
    <message>
        <source>border crossing</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">point de passage frontalier</translation>
    </message>
    <message>
        <source>scenario place</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">lieu du scénario</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>EXERCISE</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">EXERCICE</translation>
    </message>
    <message>
        <source>Available</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Disponible</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Affectée</translation>
    </message>
    <message>
        <source>En route</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">En route</translation>
    </message>
    <message>
        <source>On scene</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Sur place</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Hors service</translation>
    </message>
    <message>
        <source>Status unknown</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Statut inconnu</translation>
    </message>
    <message>
        <source>stale since {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">position périmée depuis {time}</translation>
    </message>
    <message>
        <source>Natural Earth · places: {places} · borders: {borders}</source>
        <extracomment>the map&apos;s data credit; {places} and {borders} are the licensed sources&apos; own names (kept as their licences ask), only the words around them are translated</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Natural Earth · lieux : {places} · frontières : {borders}</translation>
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
        <translation type="unfinished">Fond de carte (hors ligne)</translation>
    </message>
    <message>
        <source>Country boundaries (offline)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Frontières (hors ligne)</translation>
    </message>
    <message>
        <source>Place names (offline)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Noms de lieux (hors ligne)</translation>
    </message>
    <message>
        <source>CAP areas and cordons</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Zones CAP et périmètres</translation>
    </message>
    <message>
        <source>Units</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Unités</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Incidents</translation>
    </message>
</context>
<context>
    <name>MapWiring</name>
    <message>
        <source>Map closed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Carte fermée</translation>
    </message>
    <message>
        <source>Incident {key}: {title}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Incident {key} : {title}</translation>
    </message>
    <message>
        <source>This console cannot create incidents.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Cette console ne peut pas créer d’incidents.</translation>
    </message>
    <message>
        <source>New incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Nouvel incident</translation>
    </message>
    <message>
        <source>Title of the new incident at {lat}, {lon}:</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Titre du nouvel incident à {lat}, {lon} :</translation>
    </message>
    <message>
        <source>Incident at {lat}, {lon}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Incident à {lat}, {lon}</translation>
    </message>
    <message>
        <source>create the incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">créer l’incident</translation>
    </message>
    <message>
        <source>The map is not shown in this console.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">La carte n’est pas affichée dans cette console.</translation>
    </message>
    <message>
        <source>Loading map…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Chargement de la carte…</translation>
    </message>
    <message>
        <source>Copied {text}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Copié : {text}</translation>
    </message>
    <message>
        <source>add the map package</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ajouter le paquet cartographique</translation>
    </message>
    <message>
        <source>Add map package</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ajouter un paquet cartographique</translation>
    </message>
    <message>
        <source>Map packages (*.mbtiles *.pmtiles);;All files (*)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Paquets cartographiques (*.mbtiles *.pmtiles);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Map packages cannot be shown in this console (see the log).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Les paquets cartographiques ne peuvent pas être affichés dans cette console (voir le journal).</translation>
    </message>
    <message>
        <source>Map package added: {name} ({path})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Paquet cartographique ajouté : {name} ({path})</translation>
    </message>
    <message>
        <source>No active incidents or areas to show on the map.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Aucun incident ni zone actifs à afficher sur la carte.</translation>
    </message>
    <message>
        <source>Select an alert to show on the map first.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Sélectionnez d’abord une alerte à afficher sur la carte.</translation>
    </message>
</context>
<context>
    <name>ModeBadge</name>
    <message>
        <source>EXERCISE {id}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">EXERCICE {id}</translation>
    </message>
    <message>
        <source>REAL</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">RÉEL</translation>
    </message>
</context>
<context>
    <name>MselTableModel</name>
    <message>
        <source>pending</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">en attente</translation>
    </message>
    <message>
        <source>held</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">en réserve</translation>
    </message>
    <message>
        <source>sent</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">envoyé</translation>
    </message>
    <message>
        <source>skipped</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">sauté</translation>
    </message>
    <message>
        <source>failed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">en échec</translation>
    </message>
    <message>
        <source>The inject&apos;s time on the exercise clock, from STARTEX.</source>
        <extracomment>what the headers&apos; tooltips add to their names: which clock a time is on</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">L’heure de l’inject sur l’horloge de l’exercice, à partir de STARTEX.</translation>
    </message>
    <message>
        <source>When the inject went out on the wall clock, in this computer&apos;s local time ({zone}); the hover over a time gives its date and UTC.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Heure réelle d’envoi de l’inject, en heure locale de cet ordinateur ({zone}) ; le survol d’une heure affiche sa date et l’heure UTC.</translation>
    </message>
    <message>
        <source>CAP {type}: {headline}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{type} CAP : {headline}</translation>
    </message>
    <message>
        <source>Unit {unit} → {status}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Unité {unit} → {status}</translation>
    </message>
    <message>
        <source>{number} (ad hoc)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{number} (ad hoc)</translation>
    </message>
    <message>
        <source>held (contingency for {number})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">en réserve (secours du {number})</translation>
    </message>
    <message>
        <source>system</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">système</translation>
    </message>
    <message>
        <source>phone</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">téléphone</translation>
    </message>
    <message>
        <source>radio</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">radio</translation>
    </message>
    <message>
        <source>email</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">courriel</translation>
    </message>
    <message>
        <source>in person</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">en personne</translation>
    </message>
    <message>
        <source>media</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">médias</translation>
    </message>
</context>
<context>
    <name>NoDuffGuard</name>
    <message>
        <source>NO DUFF declared</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">NO DUFF déclaré</translation>
    </message>
</context>
<context>
    <name>NoDuffOverlay</name>
    <message>
        <source>NO DUFF — REAL-WORLD ALERT — THIS IS NOT A DRILL</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">NO DUFF — ALERTE RÉELLE — CE N’EST PAS UN EXERCICE</translation>
    </message>
    <message>
        <source>The exercise clock is held. Handle the real event on the live path (Actual); exercise traffic continues only when the controller resumes.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">L’horloge de l’exercice est suspendue. Traitez l’événement réel sur la voie réelle (Actual) ; le trafic d’exercice ne reprend que lorsque le contrôleur relance.</translation>
    </message>
    <message>
        <source>Acknowledge real alert and dismiss</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Acquitter l’alerte réelle et fermer</translation>
    </message>
    <message>
        <source>The exercise is no longer held. The real event above is still yours: handle it on the live path (Actual).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">L&apos;exercice n&apos;est plus suspendu. L&apos;événement réel ci-dessus reste le vôtre : traitez-le par la voie réelle (Actual).</translation>
    </message>
    <message>
        <source>from {sender} — sent {time} — {severity} / {urgency}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">de {sender} — envoyée {time} — {severity} / {urgency}</translation>
    </message>
    <message>
        <source>Exercise control: {reason}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Conduite de l’exercice : {reason}</translation>
    </message>
    <message>
        <source>Dismiss (seen)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Fermer (vu)</translation>
    </message>
</context>
<context>
    <name>NoticeButton</name>
    <message>
        <source>{n} quarantined</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{n} en quarantaine</translation>
    </message>
    <message>
        <source>{n} missing</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{n} manquant(s)</translation>
    </message>
    <message>
        <source>Payloads set aside and messages missing from publisher streams (Ctrl+Shift+Q)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Contenus mis de côté et messages manquants dans les flux des émetteurs (Ctrl+Maj+Q)</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>the payload is binary data, not text</source>
        <extracomment>ingest&apos;s sentence for bytes the XML parser refused (incident_desk/ingest/_reasons.py); its ``detail`` is libxml2&apos;s own message (&quot;Premature end of data in tag alert line 1, line 1, column 166&quot;), which the row replaces with one of the plain problems below</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">le contenu est binaire, pas du texte</translation>
    </message>
    <message>
        <source>the payload is not XML (it does not begin with a tag)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">le contenu n’est pas du XML (il ne commence pas par une balise)</translation>
    </message>
    <message>
        <source>the document is cut short, before its tags are closed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">le document est tronqué avant la fermeture de ses balises</translation>
    </message>
    <message>
        <source>a closing tag does not match the tag it closes</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">une balise fermante ne correspond pas à la balise qu’elle ferme</translation>
    </message>
    <message>
        <source>more text follows the end of the document</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">du texte suit la fin du document</translation>
    </message>
    <message>
        <source>an “&amp;” code in the text is not valid XML</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">un code « &amp; » dans le texte n’est pas du XML valide</translation>
    </message>
    <message>
        <source>it holds characters XML does not allow, or bytes not in its encoding</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">il contient des caractères interdits en XML, ou des octets hors de son encodage</translation>
    </message>
    <message>
        <source>a tag or its attributes are written wrongly</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">une balise ou ses attributs sont mal écrits</translation>
    </message>
    <message>
        <source>it breaks the rules of XML</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">il enfreint les règles du XML</translation>
    </message>
    <message>
        <source>{problem}, on line {line}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{problem}, à la ligne {line}</translation>
    </message>
    <message>
        <source>TEST</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">TEST</translation>
    </message>
    <message>
        <source>… {n} more bytes not shown</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">… {n} octets de plus non affichés</translation>
    </message>
</context>
<context>
    <name>NoticesDialog</name>
    <message>
        <source>Quarantine and missing messages</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Quarantaine et messages manquants</translation>
    </message>
    <message>
        <source>Select an entry to see the payload as received.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Sélectionnez une entrée pour voir le contenu tel que reçu.</translation>
    </message>
    <message>
        <source>Quarantine ({n})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Quarantaine ({n})</translation>
    </message>
    <message>
        <source>Missing messages ({n})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Messages manquants ({n})</translation>
    </message>
    <message>
        <source>Topic: {topic}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Sujet : {topic}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Motif : {reason}</translation>
    </message>
    <message>
        <source>As the XML parser says it: {reason}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Selon l&apos;analyseur XML : {reason}</translation>
    </message>
    <message>
        <source>Not UTF-8 text: shown as bytes (offset, hexadecimal, the bytes that are ASCII characters).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Texte non UTF-8 : affiché en octets (décalage, hexadécimal, octets correspondant à des caractères ASCII).</translation>
    </message>
</context>
<context>
    <name>OpRunner</name>
    <message>
        <source>Could not {doing}: {reason}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Action impossible ({doing}) : {reason}</translation>
    </message>
    <message>
        <source>Could not {doing} (unexpected error, logged): {error}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Action impossible ({doing} ; erreur inattendue, journalisée) : {error}</translation>
    </message>
</context>
<context>
    <name>OutboxIndicator</name>
    <message numerus="yes">
        <source>%n message(s) waiting for the broker</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">
            <numerusform>%n message en attente du courtier</numerusform>
            <numerusform>%n messages en attente du courtier</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledgements and command events written on this console that the broker has not confirmed yet; they are kept and sent by themselves when it is reachable.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Acquittements et événements de commandement écrits sur cette console que le courtier n’a pas encore confirmés ; ils sont conservés et envoyés d’eux-mêmes dès qu’il est joignable.</translation>
    </message>
    <message>
        <source>Last attempt: {error}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Dernière tentative : {error}</translation>
    </message>
</context>
<context>
    <name>ProposeHandoverDialog</name>
    <message>
        <source>Propose handover of {key}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Proposer le transfert de {key}</translation>
    </message>
    <message>
        <source>Hand over to</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Transférer à</translation>
    </message>
    <message>
        <source>Takes effect at</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Prend effet à</translation>
    </message>
    <message>
        <source>Answer by (expires)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Réponse avant (expiration)</translation>
    </message>
    <message>
        <source>Times in this workstation&apos;s clock</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Heures selon l’horloge de ce poste</translation>
    </message>
    <message>
        <source>Propose handover</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Proposer le transfert</translation>
    </message>
    <message>
        <source>ICS-201 brief sent with the proposal (read-only):</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Briefing ICS-201 envoyé avec la proposition (lecture seule) :</translation>
    </message>
</context>
<context>
    <name>RateIndicator</name>
    <message>
        <source>{n} alerts/min</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{n} alertes/min</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search all stored alerts</source>
        <translation type="unfinished">Rechercher dans toutes les alertes enregistrées</translation>
    </message>
    <message>
        <source>Words in the sender, event, headline, description or area</source>
        <translation type="unfinished">Mots de l’émetteur, de l’événement, du titre, de la description ou de la zone</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation type="unfinished">Toute gravité</translation>
    </message>
    <message>
        <source>Country (KE)</source>
        <translation type="unfinished">Pays (KE)</translation>
    </message>
    <message>
        <source>Agency (upf)</source>
        <translation type="unfinished">Service (upf)</translation>
    </message>
    <message>
        <source>The agency&apos;s code in the topics it publishes on</source>
        <translation type="unfinished">Le code du service dans les topics où il publie</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished">Rechercher</translation>
    </message>
    <message>
        <source>Type words and press Enter.</source>
        <translation type="unfinished">Saisissez des mots et appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished">Mode</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished">Envoyée</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished">Gravité</translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished">Événement</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished">Titre</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">De</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Pays</translation>
    </message>
    <message>
        <source>Older hits</source>
        <translation type="unfinished">Résultats plus anciens</translation>
    </message>
    <message>
        <source>Search first: older hits follow the newest 100</source>
        <translation type="unfinished">Lancez d’abord une recherche : les résultats plus anciens suivent les 100 plus récents</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished">Ouvrir</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Fermer</translation>
    </message>
    <message>
        <source>The time range ends before it starts.</source>
        <translation type="unfinished">La période se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Exercise traffic</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Trafic d’exercice</translation>
    </message>
    <message>
        <source>Real alert, not the exercise</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Alerte réelle, hors exercice</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished">Recherche…</translation>
    </message>
    <message>
        <source>Search the alerts received before those</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Rechercher les alertes reçues avant celles-ci</translation>
    </message>
    <message>
        <source>Show the next {count} older hits</source>
        <translation type="unfinished">Afficher les {count} résultats plus anciens suivants</translation>
    </message>
    <message>
        <source>Every hit is shown</source>
        <translation type="unfinished">Tous les résultats sont affichés</translation>
    </message>
    <message>
        <source>{shown} Searched the alerts received since {time}; Older hits searches further back.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{shown} Alertes reçues depuis {time} parcourues ; « Résultats plus anciens » cherche plus loin.</translation>
    </message>
    <message>
        <source>No match yet.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Aucun résultat pour l’instant.</translation>
    </message>
    <message>
        <source>No stored alert matches.</source>
        <translation type="unfinished">Aucune alerte enregistrée ne correspond.</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) shown, newest first. Double-click one to open it.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">
            <numerusform>%n alerte affichée, la plus récente d’abord. Double-cliquez dessus pour l’ouvrir.</numerusform>
            <numerusform>%n alertes affichées, les plus récentes d’abord. Double-cliquez sur l’une d’elles pour l’ouvrir.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search failed: {reason}</source>
        <translation type="unfinished">La recherche a échoué : {reason}</translation>
    </message>
    <message>
        <source>This alert is older than the queue loads at once: it is shown in the detail pane; scroll the queue or search again to see its neighbours.</source>
        <translation type="unfinished">Cette alerte est plus ancienne que ce que la file charge d’un coup : elle est affichée dans le volet de détail ; faites défiler la file ou relancez la recherche pour voir ses voisines.</translation>
    </message>
</context>
<context>
    <name>ShelveDialog</name>
    <message>
        <source>Shelve alarm</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Mettre l’alarme en attente</translation>
    </message>
    <message>
        <source>Why (required, goes to the timeline)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Pourquoi (obligatoire, inscrit dans la main courante)</translation>
    </message>
    <message>
        <source>Until it returns to normal</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Jusqu’au retour à la normale</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">15 minutes</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">1 heure</translation>
    </message>
    <message>
        <source>8 hours</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">8 heures</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Alarme</translation>
    </message>
    <message>
        <source>Reason</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Motif</translation>
    </message>
    <message>
        <source>For</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Durée</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Acknowledge</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Acquitter</translation>
    </message>
    <message>
        <source>Focus filter</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Aller au filtre</translation>
    </message>
    <message>
        <source>Next unacknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Suivante non acquittée</translation>
    </message>
    <message>
        <source>Previous unacknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Précédente non acquittée</translation>
    </message>
    <message>
        <source>Mute alarm</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Couper l’alarme</translation>
    </message>
    <message>
        <source>Toggle dark/light theme</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Thème sombre / clair</translation>
    </message>
    <message>
        <source>Show quarantine and gaps</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Afficher la quarantaine et les trous</translation>
    </message>
    <message>
        <source>Search all stored alerts…</source>
        <translation type="unfinished">Rechercher dans toutes les alertes enregistrées…</translation>
    </message>
    <message>
        <source>Focus incident board</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Aller au tableau des incidents</translation>
    </message>
    <message>
        <source>New incident from selected alert</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Nouvel incident depuis l’alerte sélectionnée</translation>
    </message>
    <message>
        <source>Attach selected alert to selected incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Rattacher l’alerte sélectionnée à l’incident sélectionné</translation>
    </message>
    <message>
        <source>Merge the two selected incidents…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Fusionner les deux incidents sélectionnés…</translation>
    </message>
    <message>
        <source>Incident: activate (or re-escalate)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Incident : activer (ou relancer)</translation>
    </message>
    <message>
        <source>Incident: contain</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Incident : maîtriser</translation>
    </message>
    <message>
        <source>Incident: close</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Incident : clore</translation>
    </message>
    <message>
        <source>Incident: reopen</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Incident : rouvrir</translation>
    </message>
    <message>
        <source>Add note to selected incident…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ajouter une note à l’incident sélectionné…</translation>
    </message>
    <message>
        <source>Map: fit all active incidents</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Carte : cadrer tous les incidents actifs</translation>
    </message>
    <message>
        <source>Map: show the selected alert</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Carte : montrer l’alerte sélectionnée</translation>
    </message>
    <message>
        <source>Assign a unit or person to an incident…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Affecter une unité ou une personne à un incident…</translation>
    </message>
    <message>
        <source>Show the units and command panels</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Afficher les volets unités et commandement</translation>
    </message>
    <message>
        <source>Load agency and unit directory…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Charger l’annuaire des services et des unités…</translation>
    </message>
    <message>
        <source>Help: shortcuts</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Aide : raccourcis</translation>
    </message>
    <message>
        <source>Quit</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Quitter</translation>
    </message>
    <message>
        <source>Exercise: STARTEX</source>
        <extracomment>the exercise controller&apos;s clock controls (incident_desk/ui/exercise_panel.py): only on a console that runs the controller, in their own &quot;Exercise&quot; menu</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Exercice : STARTEX</translation>
    </message>
    <message>
        <source>Exercise: pause / resume the clock</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Exercice : suspendre / reprendre l’horloge</translation>
    </message>
    <message>
        <source>Exercise: step (send the next inject now)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Exercice : pas à pas (envoyer l’inject suivant maintenant)</translation>
    </message>
    <message>
        <source>Exercise: jump to the selected inject</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Exercice : aller à l’inject sélectionné</translation>
    </message>
    <message>
        <source>Exercise: ENDEX</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Exercice : ENDEX</translation>
    </message>
    <message>
        <source>Exercise: faster</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Exercice : plus vite</translation>
    </message>
    <message>
        <source>Exercise: slower</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Exercice : moins vite</translation>
    </message>
    <message>
        <source>Exercise: ad-hoc inject…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Exercice : inject ad hoc…</translation>
    </message>
    <message>
        <source>Exercise: focus the MSEL</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Exercice : aller à la MSEL</translation>
    </message>
    <message>
        <source>Actions</source>
        <extracomment>text size steps of View → Text size (per cent of the platform&apos;s font)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Actions</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">&amp;Console</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{action} ({keys})</translation>
    </message>
    <message>
        <source>Incident Desk — shortcuts</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Incident Desk — raccourcis</translation>
    </message>
    <message>
        <source>Keys</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Touches</translation>
    </message>
    <message>
        <source>Action</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Action</translation>
    </message>
    <message>
        <source>E&amp;xercise</source>
        <extracomment>the room a window manager&apos;s frame takes around the dialog (both sides; the title bar and the bottom border), kept free on the screen</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">E&amp;xercice</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The console could not start.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">La console n’a pas pu démarrer.</translation>
    </message>
</context>
<context>
    <name>TakIndicator</name>
    <message>
        <source>TAK: starting</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">TAK : démarrage</translation>
    </message>
    <message>
        <source>joined</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">connecté</translation>
    </message>
    <message>
        <source>connected</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">connecté</translation>
    </message>
    <message>
        <source>not connected</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">non connecté</translation>
    </message>
    <message>
        <source>{n} devices</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{n} terminaux</translation>
    </message>
    <message>
        <source>CoT in {cin} / out {out}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">CoT reçus {cin} / émis {out}</translation>
    </message>
    <message>
        <source>{n} refused</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{n} refusés</translation>
    </message>
    <message>
        <source>{n} exercise channel(s) down</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{n} canal(aux) d’exercice hors service</translation>
    </message>
    <message>
        <source>exercise {id}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">exercice {id}</translation>
    </message>
    <message>
        <source>real traffic</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">trafic réel</translation>
    </message>
    <message>
        <source>{name}: {url} {state}; {sent} sent, {received} received, {dropped} dropped, {connects} connection(s)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{name} : {url} {state} ; {sent} émis, {received} reçus, {dropped} perdus, {connects} connexion(s)</translation>
    </message>
    <message>
        <source>  last error: {error}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">  dernière erreur : {error}</translation>
    </message>
    <message>
        <source>Put on the bus from TAK (unit positions, emergency beacons): {n}. Devices are counted once they reported a position.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Publiés sur le bus depuis TAK (positions des unités, balises de détresse) : {n}. Un terminal est compté dès qu’il a signalé une position.</translation>
    </message>
    <message>
        <source>Refused {n}×: {reason}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Refusé {n}× : {reason}</translation>
    </message>
    <message>
        <source>{n} device(s) match no unit of the directory: {names}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{n} terminal(aux) ne correspondent à aucune unité de l’annuaire : {names}</translation>
    </message>
</context>
<context>
    <name>TimeRange</name>
    <message>
        <source>Any time</source>
        <translation type="unfinished">Toute période</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished">Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished">7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished">30 derniers jours</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished">Personnalisée…</translation>
    </message>
    <message>
        <source>from</source>
        <comment>time range: from this minute</comment>
        <translation type="unfinished">du</translation>
    </message>
    <message>
        <source>to</source>
        <comment>time range: up to this minute</comment>
        <translation type="unfinished">au</translation>
    </message>
</context>
<context>
    <name>TimelineKind</name>
    <message>
        <source>Incident opened</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Incident ouvert</translation>
    </message>
    <message>
        <source>Alert attached</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Alerte rattachée</translation>
    </message>
    <message>
        <source>Incidents merged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Incidents fusionnés</translation>
    </message>
    <message>
        <source>Incident status</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Statut de l’incident</translation>
    </message>
    <message>
        <source>Note</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <source>Alerts cancelled</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Alertes annulées</translation>
    </message>
    <message>
        <source>Update published</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Mise à jour publiée</translation>
    </message>
    <message>
        <source>Alert acknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Alerte acquittée</translation>
    </message>
    <message>
        <source>Command established</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Commandement établi</translation>
    </message>
    <message>
        <source>Handover proposed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Transfert proposé</translation>
    </message>
    <message>
        <source>Handover superseded</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Transfert remplacé</translation>
    </message>
    <message>
        <source>Handover accepted</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Transfert accepté</translation>
    </message>
    <message>
        <source>Handover refused</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Transfert refusé</translation>
    </message>
    <message>
        <source>Handover answer too late</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Réponse au transfert trop tardive</translation>
    </message>
    <message>
        <source>Handover expired</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Transfert expiré</translation>
    </message>
    <message>
        <source>Command closed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Commandement clos</translation>
    </message>
    <message>
        <source>Command action refused</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Action de commandement refusée</translation>
    </message>
    <message>
        <source>Assignment made</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Mission attribuée</translation>
    </message>
    <message>
        <source>Assignment status</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Statut de la mission</translation>
    </message>
    <message>
        <source>Assignment refused</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Mission refusée</translation>
    </message>
    <message>
        <source>Agency participation</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Participation du service</translation>
    </message>
    <message>
        <source>Participation refused</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Participation refusée</translation>
    </message>
    <message>
        <source>Area drawn</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Zone dessinée</translation>
    </message>
    <message>
        <source>Area removed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Zone supprimée</translation>
    </message>
    <message>
        <source>Area refused</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Zone refusée</translation>
    </message>
    <message>
        <source>Unit status</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Statut de l’unité</translation>
    </message>
    <message>
        <source>Alarm raised</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Alarme levée</translation>
    </message>
    <message>
        <source>Alarm acknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Alarme acquittée</translation>
    </message>
    <message>
        <source>Alarm priority lowered</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Priorité de l’alarme abaissée</translation>
    </message>
    <message>
        <source>Alarm cleared</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Alarme retombée</translation>
    </message>
    <message>
        <source>Alarm shelved</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Alarme mise en attente</translation>
    </message>
    <message>
        <source>Alarm unshelved</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Alarme reprise</translation>
    </message>
    <message>
        <source>Alarm flood began</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Début d’avalanche d’alarmes</translation>
    </message>
    <message>
        <source>Alarm flood ended</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Fin d’avalanche d’alarmes</translation>
    </message>
    <message>
        <source>Alarms ended at ENDEX</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Alarmes closes à l’ENDEX</translation>
    </message>
    <message>
        <source>Evidence exported</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Dossier de preuve exporté</translation>
    </message>
    <message>
        <source>CAP feed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Flux CAP</translation>
    </message>
    <message>
        <source>System</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Système</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>EXERCISE · {text}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">EXERCICE · {text}</translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <source>Current incident only</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Incident courant uniquement</translation>
    </message>
    <message>
        <source>(no incident selected)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">(aucun incident sélectionné)</translation>
    </message>
</context>
<context>
    <name>UnitTable</name>
    <message>
        <source>available</source>
        <extracomment>unit states as the operator reads them (the code value stays in the data)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">disponible</translation>
    </message>
    <message>
        <source>assigned</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">affectée</translation>
    </message>
    <message>
        <source>en route</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">en route</translation>
    </message>
    <message>
        <source>on scene</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">sur place</translation>
    </message>
    <message>
        <source>out of service</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">hors service</translation>
    </message>
    <message>
        <source>unknown</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">inconnu</translation>
    </message>
    <message>
        <source>tactical team</source>
        <extracomment>unit kinds (the directory&apos;s ``UnitKind``) as the operator reads them</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">équipe d’intervention</translation>
    </message>
    <message>
        <source>EOD (bomb disposal)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">déminage (NEDEX)</translation>
    </message>
    <message>
        <source>negotiators</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">négociateurs</translation>
    </message>
    <message>
        <source>border patrol</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">patrouille frontalière</translation>
    </message>
    <message>
        <source>ambulance</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ambulance</translation>
    </message>
    <message>
        <source>fire</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">pompiers</translation>
    </message>
    <message>
        <source>K9 (dog unit)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">équipe cynophile (K9)</translation>
    </message>
    <message>
        <source>command post</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">poste de commandement</translation>
    </message>
    <message>
        <source>other</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">autre</translation>
    </message>
    <message>
        <source>, {n} persons</source>
        <extracomment>the wall clock (tests set it); &quot;today&quot; is read from it when units come in and on each stale check, so a report of yesterday shows its date after midnight</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">, {n} personnes</translation>
    </message>
    <message>
        <source>Last update: {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Dernière mise à jour : {time}</translation>
    </message>
    <message>
        <source>Last position from TAK device {device}, stale since {time}: the device has not reported since.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Dernière position transmise par l&apos;appareil TAK {device}, périmée depuis {time} : l&apos;appareil n&apos;a plus rien transmis depuis.</translation>
    </message>
    <message>
        <source>Report time on the exercise clock: {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Heure du compte rendu sur l&apos;horloge de l&apos;exercice : {time}</translation>
    </message>
    <message>
        <source>{where} (stale since {time})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{where} (périmé depuis {time})</translation>
    </message>
</context>
<context>
    <name>UnitsPanel</name>
    <message>
        <source>All agencies</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tous les services</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tous les types</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Tous les statuts</translation>
    </message>
</context>
<context>
    <name>UpdateAction</name>
    <message>
        <source>This console cannot publish CAP Updates (no incident board).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Cette console ne peut pas publier de mises à jour CAP (pas de tableau des incidents).</translation>
    </message>
    <message>
        <source>Select an incident on the board to publish an update for it.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Sélectionnez un incident dans le tableau pour publier une mise à jour.</translation>
    </message>
    <message>
        <source>Cannot publish an update: {reason}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Impossible de publier une mise à jour : {reason}</translation>
    </message>
    <message>
        <source>Publish a CAP Update for the selected incident with its cordons (Ctrl+Shift+P)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Publier une mise à jour CAP pour l’incident sélectionné avec ses périmètres (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Update for {key} published with {count} cordon(s).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Mise à jour de {key} publiée avec {count} périmètre(s).</translation>
    </message>
    <message>
        <source>publish the update</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">publier la mise à jour</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Publish update for {key}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Publier une mise à jour pour {key}</translation>
    </message>
    <message>
        <source>EXERCISE {exercise}: this Update goes to the drill&apos;s participants only</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">EXERCICE {exercise} : cette mise à jour ne va qu’aux participants de l’exercice</translation>
    </message>
    <message>
        <source>{key}: {title}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{key} : {title}</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished">Titre</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation type="unfinished">Consigne</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished">Gravité</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished">Urgence</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation type="unfinished">Certitude</translation>
    </message>
    <message>
        <source>Areas that go out:</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Zones envoyées :</translation>
    </message>
    <message>
        <source>{name} (from the alert)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{name} (de l’alerte)</translation>
    </message>
    <message>
        <source>{name}: cordon, circle of {radius} m</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{name} : périmètre, cercle de {radius} m</translation>
    </message>
    <message>
        <source>{name}: cordon, polygon of {count} corners</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{name} : périmètre, polygone de {count} sommets</translation>
    </message>
    <message>
        <source>Updates {count} alert(s) in force; latest {identifier} from {sender}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Met à jour {count} alerte(s) en vigueur ; la plus récente : {identifier} de {sender}.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Publier</translation>
    </message>
</context>
<context>
    <name>WarningsIndicator</name>
    <message>
        <source>⚠ 1 alert with warnings</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">⚠ 1 alerte avec avertissements</translation>
    </message>
    <message>
        <source>⚠ {n} alerts with warnings</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">⚠ {n} alertes avec avertissements</translation>
    </message>
    <message>
        <source>{n} of the alerts shown were accepted although they break a rule of the CAP standard (for example an empty area or a missing reference). They are complete enough to act on. Each one shows ⚠ and its number of warnings in the queue&apos;s Type column; select it to read what was unusual in the detail pane.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{n} des alertes affichées ont été acceptées bien qu’elles enfreignent une règle de la norme CAP (par exemple une zone vide ou une référence manquante). Elles sont assez complètes pour agir. Chacune porte ⚠ et son nombre d’avertissements dans la colonne Type de la file ; sélectionnez-la pour lire ce qui était inhabituel dans le volet de détail.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;View</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">&amp;Affichage</translation>
    </message>
    <message>
        <source>Text size</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Taille du texte</translation>
    </message>
    <message>
        <source>Incident Desk — EXERCISE {id}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Incident Desk — EXERCICE {id}</translation>
    </message>
    <message>
        <source>Incident Desk — REAL</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Incident Desk — RÉEL</translation>
    </message>
    <message>
        <source>EXERCISE – {id}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">EXERCICE – {id}</translation>
    </message>
    <message>
        <source>You left the exercise: real traffic only.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Vous avez quitté l’exercice : trafic réel uniquement.</translation>
    </message>
    <message>
        <source>{n} alarm(s) are active and unacknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{n} alarme(s) active(s) et non acquittée(s)</translation>
    </message>
    <message>
        <source>this console runs the drill&apos;s controller</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">cette console conduit l’exercice</translation>
    </message>
    <message>
        <source>Quit Incident Desk</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Quitter Incident Desk</translation>
    </message>
    <message>
        <source>Quit although {reasons}? Alerts keep arriving for the other consoles.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Quitter alors que {reasons} ? Les alertes continuent d’arriver sur les autres consoles.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Quitter</translation>
    </message>
</context>
<context>
    <name>aar</name>
    <message>
        <source>no checkable expectation (evaluator&apos;s judgement)</source>
        <extracomment>an ad-hoc inject (sent by the controller during play, not in the MSEL file) ``expect_text`` and ``remarks`` as messages (``_aar_text``): the HTML page renders them in the reader&apos;s language; the JSON leaves them out (it has the English texts) why it was not sent, as a message (one of ``remark_msgs``): the HTML page&apos;s &quot;sent&quot; cell says it; None when it went out ``text`` as a message for the reader&apos;s language (an inject&apos;s line, a timeline entry written as a message id); None: ``text`` is data (a headline) or free text</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">aucune attente vérifiable (appréciation de l’évaluateur)</translation>
    </message>
    <message>
        <source>the inject&apos;s alert is not in the store</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">l’alerte de l’inject n’est pas dans la base</translation>
    </message>
    <message>
        <source>no checkable expectation: evaluator&apos;s judgement</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">aucune attente vérifiable : appréciation de l’évaluateur</translation>
    </message>
    <message>
        <source>a non-CAP inject cannot be acknowledged or linked automatically</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">un inject hors CAP ne peut être acquitté ni rattaché automatiquement</translation>
    </message>
    <message>
        <source>the inject is not in the store: nothing to measure from</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">l’inject n’est pas dans la base : rien à partir de quoi mesurer</translation>
    </message>
    <message>
        <source>incident {keys} was only created automatically from the CAP incident key: no operator action on it</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">l’incident {keys} a seulement été créé automatiquement à partir de la clé d’incident CAP : aucune action d’opérateur</translation>
    </message>
    <message>
        <source>expect lists no action</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">expect ne liste aucune action</translation>
    </message>
    <message>
        <source>ad-hoc inject {number} at {offset}: {action}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">inject ad hoc {number} à {offset} : {action}</translation>
    </message>
    <message>
        <source>inject {number} at {offset}: {action}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">inject {number} à {offset} : {action}</translation>
    </message>
    <message>
        <source>assignment of {unit}</source>
        <extracomment>the catalog context of the report&apos;s texts</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">affectation de {unit}</translation>
    </message>
    <message>
        <source>acknowledgement</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">acquittement</translation>
    </message>
    <message>
        <source>incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">incident</translation>
    </message>
    <message>
        <source>no {action}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{action} : non constaté(e)</translation>
    </message>
    <message>
        <source>{action} already done by {by} before the inject</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{action} déjà fait(e) par {by} avant l’inject</translation>
    </message>
    <message>
        <source>{action} by {by} {delay} after the inject (exercise time; {wall} wall clock): later than {within}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{action} par {by} {delay} après l’inject (temps d’exercice ; {wall} temps réel) : au-delà de {within}</translation>
    </message>
    <message>
        <source>{action} by {by} {delay} after the inject (exercise time; {wall} wall clock)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{action} par {by} {delay} après l’inject (temps d’exercice ; {wall} temps réel)</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{first} et {second}</translation>
    </message>
    <message>
        <source>{first}, {second} and {third}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{first}, {second} et {third}</translation>
    </message>
    <message>
        <source>acknowledge the alert</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">acquitter l’alerte</translation>
    </message>
    <message>
        <source>open or take up an incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ouvrir ou reprendre un incident</translation>
    </message>
    <message>
        <source>assign {unit}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">affecter {unit}</translation>
    </message>
    <message>
        <source>no action listed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">aucune action listée</translation>
    </message>
    <message>
        <source>{actions}, within {within} of exercise time</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{actions}, dans les {within} en temps d’exercice</translation>
    </message>
    <message>
        <source>met</source>
        <extracomment>the report&apos;s fixed words: verdicts, inject kinds, timeline origins, clock sources</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">atteint</translation>
    </message>
    <message>
        <source>not met</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">non atteint</translation>
    </message>
    <message>
        <source>not observed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">non observé</translation>
    </message>
    <message>
        <source>cap</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">CAP</translation>
    </message>
    <message>
        <source>unit</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">unité</translation>
    </message>
    <message>
        <source>text</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">texte</translation>
    </message>
    <message>
        <source>scenario</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">scénario</translation>
    </message>
    <message>
        <source>alert</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">alerte</translation>
    </message>
    <message>
        <source>ack</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">accusé de réception</translation>
    </message>
    <message>
        <source>timeline</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">main courante</translation>
    </message>
    <message>
        <source>controller</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">contrôleur</translation>
    </message>
    <message>
        <source>injects</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">injects</translation>
    </message>
    <message>
        <source>speed only</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">vitesse seule</translation>
    </message>
    <message>
        <source>alarms raised</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">alarmes levées</translation>
    </message>
    <message>
        <source>time in alarm flood</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">temps en avalanche d’alarmes</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">acquittées</translation>
    </message>
    <message>
        <source>time to acknowledge (mean / median), exercise time</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">délai d’acquittement (moyenne / médiane), temps d’exercice</translation>
    </message>
    <message>
        <source>time to acknowledge (mean / median), wall clock</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">délai d’acquittement (moyenne / médiane), temps réel</translation>
    </message>
    <message>
        <source>standing (still active) / stale</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">persistantes (encore actives) / obsolètes</translation>
    </message>
    <message>
        <source>shelved</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">mises de côté</translation>
    </message>
    <message>
        <source>by priority 1 / 2 / 3 / 4</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">par priorité 1 / 2 / 3 / 4</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Alarmes</translation>
    </message>
    <message>
        <source>CAP inject</source>
        <extracomment>the report&apos;s own timeline kinds (an inject of the MSEL, a CAP message in the store, a control event of the controller) in words; the store&apos;s kinds are in ``timeline_kinds``</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">inject CAP</translation>
    </message>
    <message>
        <source>text inject</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">inject texte</translation>
    </message>
    <message>
        <source>unit inject</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">inject unité</translation>
    </message>
    <message>
        <source>CAP alert</source>
        <translation type="unfinished">Alerte CAP</translation>
    </message>
    <message>
        <source>CAP update</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">mise à jour CAP</translation>
    </message>
    <message>
        <source>CAP cancel</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">annulation CAP</translation>
    </message>
    <message>
        <source>CAP acknowledgement</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">acquittement CAP</translation>
    </message>
    <message>
        <source>CAP error</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">erreur CAP</translation>
    </message>
    <message>
        <source>STARTEX</source>
        <translation type="unfinished">STARTEX</translation>
    </message>
    <message>
        <source>pause</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">pause</translation>
    </message>
    <message>
        <source>resume</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">reprise</translation>
    </message>
    <message>
        <source>NO DUFF</source>
        <translation type="unfinished">NO DUFF</translation>
    </message>
    <message>
        <source>clock change</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">changement d’horloge</translation>
    </message>
    <message>
        <source>ENDEX</source>
        <translation type="unfinished">ENDEX</translation>
    </message>
    <message>
        <source>control</source>
        <extracomment>the timeline&apos;s origin of a control event (the others are ``_aar_text.WORDS``)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">conduite</translation>
    </message>
    <message>
        <source>Exercise control</source>
        <translation type="unfinished">Exercice</translation>
    </message>
    <message>
        <source>After-action report {exercise}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Rapport après action {exercise}</translation>
    </message>
    <message>
        <source>delays in exercise time (run speed ×{speed}; clock from {clock})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">délais en temps d’exercice (vitesse ×{speed} ; horloge : {clock})</translation>
    </message>
    <message>
        <source>generated {time} · met {met} · not met {not_met} · not observed {unseen}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">généré le {time} · atteints {met} · non atteints {not_met} · non observés {unseen}</translation>
    </message>
    <message>
        <source>planned (exercise time)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">prévu (temps d&apos;exercice)</translation>
    </message>
    <message>
        <source>sent (exercise time)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">envoyé (temps d’exercice)</translation>
    </message>
    <message>
        <source>kind</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">type</translation>
    </message>
    <message>
        <source>ad hoc</source>
        <extracomment>the mark of an ad-hoc inject in the Injects table</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ad hoc</translation>
    </message>
    <message>
        <source>alarms per 10 wall-clock minutes (average / peak)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">alarmes par 10 min de temps réel (moyenne / pic)</translation>
    </message>
    <message>
        <source>from → to</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">de → à</translation>
    </message>
    <message>
        <source>expected action</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">action attendue</translation>
    </message>
    <message>
        <source>expectation</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">attente</translation>
    </message>
    <message>
        <source>observed (who, how late)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">observé (qui, avec quel retard)</translation>
    </message>
    <message>
        <source>verdict</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">verdict</translation>
    </message>
    <message>
        <source>notes</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">remarques</translation>
    </message>
    <message>
        <source>exercise time</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">temps d’exercice</translation>
    </message>
    <message>
        <source>wall clock</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">temps réel</translation>
    </message>
    <message>
        <source>origin</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">origine</translation>
    </message>
    <message>
        <source>who</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">qui</translation>
    </message>
    <message>
        <source>inject</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">inject</translation>
    </message>
    <message>
        <source>Injects: expected and observed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Injects : attendu et observé</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Main courante</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{seconds} s</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{days} j {hours} h</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>not sent (ENDEX at {time})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">non envoyé (ENDEX à {time})</translation>
    </message>
    <message>
        <source>not sent: skipped by a jump of the controller</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">non envoyé : sauté lors d’un saut du contrôleur</translation>
    </message>
    <message>
        <source>not sent: a contingency inject never fired</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">non envoyé : inject de secours jamais déclenché</translation>
    </message>
    <message>
        <source>not sent: publishing it failed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">non envoyé : échec de la publication</translation>
    </message>
    <message>
        <source>not sent</source>
        <extracomment>the Injects table&apos;s &quot;sent&quot; cell of an inject that never went out, when no run log says why</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">non envoyé</translation>
    </message>
    <message>
        <source>STARTEX: play starts at speed {speed}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">STARTEX : le jeu démarre à la vitesse {speed}</translation>
    </message>
    <message>
        <source>PAUSE: the exercise clock is held at {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">PAUSE : l’horloge de l’exercice est suspendue à {time}</translation>
    </message>
    <message>
        <source>NO DUFF: the exercise clock is held at {time} for a real-world event</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">NO DUFF : l’horloge de l’exercice est suspendue à {time} pour un événement réel</translation>
    </message>
    <message>
        <source>RESUME: play continues after {held} held (wall clock)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">REPRISE : le jeu reprend après {held} de suspension (temps réel)</translation>
    </message>
    <message>
        <source>RESUME: play continues</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">REPRISE : le jeu reprend</translation>
    </message>
    <message>
        <source>ENDEX: play ends at {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ENDEX : fin du jeu à {time}</translation>
    </message>
    <message>
        <source>clock set: exercise time {time}, speed {speed}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">horloge réglée : temps d’exercice {time}, vitesse {speed}</translation>
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
        <translation type="unfinished">{callsign} : {status} à {position}</translation>
    </message>
    <message>
        <source>{callsign}: {status}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{callsign} : {status}</translation>
    </message>
    <message>
        <source>Handover proposal to {to} expired unanswered; command stays with {holder}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">La proposition de transfert à {to} a expiré sans réponse ; le commandement reste à {holder}</translation>
    </message>
    <message>
        <source>Acknowledged {identifier} from {sender}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{identifier} de {sender} acquittée</translation>
    </message>
    <message>
        <source>Update published for incident {key}: {identifier}, {areas} areas</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Mise à jour publiée pour l’incident {key} : {identifier}, {areas} zones</translation>
    </message>
    <message>
        <source>Created incident {key} from alert {identifier} of {sender}: {title}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Incident {key} créé depuis l’alerte {identifier} de {sender} : {title}</translation>
    </message>
    <message>
        <source>Created incident {key} at {position}: {title}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Incident {key} créé à {position} : {title}</translation>
    </message>
    <message>
        <source>Attached alert {identifier} of {sender}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Alerte {identifier} de {sender} rattachée</translation>
    </message>
    <message>
        <source>Merged incident {key} into this one ({n} alert(s) moved)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Incident {key} fusionné dans celui-ci ({n} alerte(s) déplacée(s))</translation>
    </message>
    <message>
        <source>Merged into incident {key} and closed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Fusionné dans l’incident {key} et clos</translation>
    </message>
    <message>
        <source>Status {old} → {new}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Statut {old} → {new}</translation>
    </message>
    <message>
        <source>by CAP incident id {key}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">par l’identifiant d’incident CAP {key}</translation>
    </message>
    <message>
        <source>by its references</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">par ses références</translation>
    </message>
    <message>
        <source>Alert {identifier} of {sender} ({type}) grouped {how} into the closed incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Alerte {identifier} de {sender} ({type}) regroupée {how} dans l’incident clos</translation>
    </message>
    <message>
        <source>Alert {identifier} of {sender} ({type}) grouped {how}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Alerte {identifier} de {sender} ({type}) regroupée {how}</translation>
    </message>
    <message>
        <source>All alerts cancelled: incident {key} stays {status} until an operator closes it</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Toutes les alertes sont annulées : l’incident {key} reste {status} jusqu’à ce qu’un opérateur le clôture</translation>
    </message>
    <message>
        <source>new</source>
        <extracomment>the catalog context of every core message words the core passes as arguments (:func:`word`): incident and unit states. Listed here so that ``pyside6-lupdate`` puts them in the catalog.</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">nouveau</translation>
    </message>
    <message>
        <source>active</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">actif</translation>
    </message>
    <message>
        <source>contained</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">maîtrisé</translation>
    </message>
    <message>
        <source>closed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">clos</translation>
    </message>
    <message>
        <source>available</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">disponible</translation>
    </message>
    <message>
        <source>assigned</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">affectée</translation>
    </message>
    <message>
        <source>en_route</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">en route</translation>
    </message>
    <message>
        <source>on_scene</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">sur place</translation>
    </message>
    <message>
        <source>out_of_service</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">hors service</translation>
    </message>
    <message>
        <source>en route</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">en route</translation>
    </message>
    <message>
        <source>on scene</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">sur place</translation>
    </message>
    <message>
        <source>released</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">libérée</translation>
    </message>
    <message>
        <source>not taking part</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ne participe pas</translation>
    </message>
    <message>
        <source>alerted</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">alerté</translation>
    </message>
    <message>
        <source>standing_by</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">en attente</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">désengagé</translation>
    </message>
    <message>
        <source>unable</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">indisponible</translation>
    </message>
    <message>
        <source>position</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">poste</translation>
    </message>
    <message>
        <source>branch</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">branche</translation>
    </message>
    <message>
        <source>division</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">division</translation>
    </message>
    <message>
        <source>group</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">groupe</translation>
    </message>
    <message>
        <source>strike team</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">équipe d’intervention</translation>
    </message>
    <message>
        <source>task force</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">groupe opérationnel</translation>
    </message>
    <message>
        <source>staging</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">regroupement</translation>
    </message>
    <message>
        <source>BAD SIGNATURE</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">SIGNATURE INVALIDE</translation>
    </message>
    <message>
        <source>BAD SIGNATURE: the alert was changed after it was signed, or the signature is broken. Confirm by another channel before acting on it.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">SIGNATURE INVALIDE : l’alerte a été modifiée après sa signature, ou la signature est cassée. Confirmez par un autre canal avant d’agir.</translation>
    </message>
    <message>
        <source>⛔ BAD SIGNATURE</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">⛔ SIGNATURE INVALIDE</translation>
    </message>
    <message>
        <source>signer ≠ topic</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">signataire ≠ sujet</translation>
    </message>
    <message>
        <source>SIGNED BY ANOTHER AGENCY: a trusted agency signed it, but not the agency whose topic carried it. Confirm by another channel before acting on it.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">SIGNÉE PAR UN AUTRE SERVICE : un service de confiance l’a signée, mais pas celui dont le sujet l’a transportée. Confirmez par un autre canal avant d’agir.</translation>
    </message>
    <message>
        <source>⛔ signer ≠ topic</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">⛔ signataire ≠ sujet</translation>
    </message>
    <message>
        <source>could not check</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">vérification impossible</translation>
    </message>
    <message>
        <source>Could not check the signature: a fault in this console stopped the check (it is logged). Nothing is known about who sent it. Confirm by another channel before acting on it.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Signature non vérifiable : un défaut de cette console a interrompu la vérification (journalisé). On ne sait rien de l’expéditeur. Confirmez par un autre canal avant d’agir.</translation>
    </message>
    <message>
        <source>⚠ could not check</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">⚠ vérification impossible</translation>
    </message>
    <message>
        <source>unknown signer</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">signataire inconnu</translation>
    </message>
    <message>
        <source>Signed, but by a signer this console does not trust (not in the trust store).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Signée, mais par un signataire auquel cette console ne fait pas confiance (absent du magasin de confiance).</translation>
    </message>
    <message>
        <source>⚠ unknown signer</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">⚠ signataire inconnu</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">non signée</translation>
    </message>
    <message>
        <source>Not signed: nothing proves which agency sent it.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Non signée : rien ne prouve quel service l’a envoyée.</translation>
    </message>
    <message>
        <source>⚠ unsigned</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">⚠ non signée</translation>
    </message>
    <message>
        <source>not checked</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">non vérifiée</translation>
    </message>
    <message>
        <source>Not checked: stored before this console checked signatures.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Non vérifiée : enregistrée avant que cette console ne vérifie les signatures.</translation>
    </message>
    <message>
        <source>✔ verified</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">✔ vérifiée</translation>
    </message>
    <message>
        <source>Verified: the signature matches and the signer may publish on this topic.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Vérifiée : la signature correspond et le signataire peut publier sur ce sujet.</translation>
    </message>
    <message>
        <source>{label} by {signer}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{label} par {signer}</translation>
    </message>
    <message>
        <source>the alert is not signed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">l’alerte n’est pas signée</translation>
    </message>
    <message>
        <source>no signature can be checked: {reason}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">aucune signature ne peut être vérifiée : {reason}</translation>
    </message>
    <message>
        <source>the root is not a CAP alert</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">la racine n’est pas une alerte CAP</translation>
    </message>
    <message>
        <source>the document holds {count} signatures</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">le document contient {count} signatures</translation>
    </message>
    <message>
        <source>the signature is not the last child of &lt;alert&gt;</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">la signature n’est pas le dernier élément enfant de &lt;alert&gt;</translation>
    </message>
    <message>
        <source>the signature must have one reference covering the alert (URI=&quot;&quot;)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">la signature doit avoir une seule référence couvrant toute l’alerte (URI=&quot;&quot;)</translation>
    </message>
    <message>
        <source>the signature has an empty {element}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">la signature a un élément {element} vide</translation>
    </message>
    <message>
        <source>the signature carries no readable certificate in KeyInfo/X509Data</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">la signature ne contient aucun certificat lisible dans KeyInfo/X509Data</translation>
    </message>
    <message>
        <source>the signature does not match the alert: {reason}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">la signature ne correspond pas à l’alerte : {reason}</translation>
    </message>
    <message>
        <source>valid signature by an unknown signer: {why}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">signature valide d’un signataire inconnu : {why}</translation>
    </message>
    <message>
        <source>signed by {signer} but received on {topic}&apos;s topic</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">signée par {signer} mais reçue sur le sujet de {topic}</translation>
    </message>
    <message>
        <source>signed by {signer} ({why})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">signée par {signer} ({why})</translation>
    </message>
    <message>
        <source>no trust store configured</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">aucun magasin de confiance configuré</translation>
    </message>
    <message>
        <source>the signature could not be checked</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">la signature n’a pas pu être vérifiée</translation>
    </message>
    <message>
        <source>the signature could not be checked: a fault in this console ({error}; see the log); treat the alert as unverified</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">la signature n’a pas pu être vérifiée : défaut de cette console ({error} ; voir le journal) ; traitez l’alerte comme non vérifiée</translation>
    </message>
    <message>
        <source>signing certificate {subject} is not valid now (valid {start} to {end})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">le certificat de signature {subject} n’est pas valide actuellement (valide du {start} au {end})</translation>
    </message>
    <message>
        <source>signing certificate {subject} is not allowed to sign (key usage)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">le certificat de signature {subject} n’est pas autorisé à signer (usage de la clé)</translation>
    </message>
    <message>
        <source>{subject} is issued by {ca} but its CN is no agency id</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">le certificat {subject} est émis par l’AC de {ca}, mais son CN n’est pas un identifiant de service</translation>
    </message>
    <message>
        <source>issued by the CA in {ca}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">certificat émis par l’AC de {ca}</translation>
    </message>
    <message>
        <source>pinned in {entry}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">certificat épinglé dans {entry}</translation>
    </message>
    <message>
        <source>{subject} is not in the trust store and not issued by a trusted CA</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">le certificat {subject} n’est pas dans le magasin de confiance ni émis par une AC de confiance</translation>
    </message>
    <message>
        <source>the alert is not what was signed (its digest differs)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">l’alerte n’est pas ce qui a été signé (son condensat diffère)</translation>
    </message>
    <message>
        <source>the signature does not begin with SignedInfo</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">la signature ne commence pas par SignedInfo</translation>
    </message>
    <message>
        <source>the signature has no SignatureValue after SignedInfo</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">la signature n’a pas de SignatureValue après SignedInfo</translation>
    </message>
    <message>
        <source>the signature holds an element XML-DSig does not allow there</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">la signature contient un élément que XML-DSig n’autorise pas à cet endroit</translation>
    </message>
    <message>
        <source>{element} holds {count} elements; the profile has {expected}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{element} contient {count} éléments ; le profil en prévoit {expected}</translation>
    </message>
    <message>
        <source>the canonicalisation method {algorithm} is not one this console checks</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">la méthode de canonicalisation {algorithm} n’est pas de celles que cette console vérifie</translation>
    </message>
    <message>
        <source>the canonicalisation method holds an unexpected {element}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">la méthode de canonicalisation contient un élément {element} inattendu</translation>
    </message>
    <message>
        <source>the reference&apos;s transform {algorithm} is not one this console checks</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">la transformation {algorithm} de la référence n’est pas de celles que cette console vérifie</translation>
    </message>
    <message>
        <source>the reference&apos;s transform holds an unexpected {element}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">la transformation de la référence contient un élément {element} inattendu</translation>
    </message>
    <message>
        <source>SignedInfo&apos;s second element is not a plain SignatureMethod</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">le deuxième élément de SignedInfo n’est pas un simple SignatureMethod</translation>
    </message>
    <message>
        <source>the signature method {algorithm} is not accepted</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">la méthode de signature {algorithm} n’est pas acceptée</translation>
    </message>
    <message>
        <source>the reference is not Transforms, DigestMethod, DigestValue</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">la référence n’est pas composée de Transforms, DigestMethod, DigestValue</translation>
    </message>
    <message>
        <source>the reference&apos;s transforms are not enveloped-signature and c14n</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">les transformations de la référence ne sont pas enveloped-signature et c14n</translation>
    </message>
    <message>
        <source>the reference&apos;s first transform is not enveloped-signature</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">la première transformation de la référence n’est pas enveloped-signature</translation>
    </message>
    <message>
        <source>the digest method {algorithm} is not accepted</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">la méthode de condensat {algorithm} n’est pas acceptée</translation>
    </message>
    <message>
        <source>the alert cannot be canonicalised (a relative namespace URI?)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">l’alerte ne peut pas être canonicalisée (un URI d’espace de noms relatif ?)</translation>
    </message>
    <message>
        <source>the {element} is not base64</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">le contenu de {element} n’est pas en base64</translation>
    </message>
    <message>
        <source>an ECDSA signature, but the certificate holds no EC key</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">signature ECDSA, mais le certificat ne contient pas de clé EC</translation>
    </message>
    <message>
        <source>the SignatureValue has {count} bytes, not {expected}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">SignatureValue fait {count} octets au lieu de {expected}</translation>
    </message>
    <message>
        <source>an RSA signature, but the certificate holds no RSA key</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">signature RSA, mais le certificat ne contient pas de clé RSA</translation>
    </message>
    <message>
        <source>the SignatureValue does not verify with the certificate&apos;s key</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">SignatureValue ne se vérifie pas avec la clé du certificat</translation>
    </message>
    <message>
        <source>KeyInfo holds a KeyValue that is not the certificate&apos;s key</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">KeyInfo contient un KeyValue qui n’est pas la clé du certificat</translation>
    </message>
    <message>
        <source>KeyInfo holds a DER key that is not the certificate&apos;s key</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">KeyInfo contient une clé DER qui n’est pas la clé du certificat</translation>
    </message>
    <message>
        <source>{event} by {author} refused: {reason}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{event} de {author} refusé : {reason}</translation>
    </message>
    <message>
        <source>Single command established: {names}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Commandement unique établi : {names}</translation>
    </message>
    <message>
        <source>Unified command established: {names}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Commandement unifié établi : {names}</translation>
    </message>
    <message>
        <source>Handover proposal to {old} superseded by a newer proposal to {new}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Proposition de transfert à {old} remplacée par une proposition plus récente à {new}</translation>
    </message>
    <message>
        <source>{origin} proposes to hand over command to {target}, effective {effective}; answer by {expires}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{origin} propose de transférer le commandement à {target} à compter de {effective} ; réponse avant {expires}</translation>
    </message>
    <message>
        <source>{target} accepted command from {origin}: {name} is incident commander from {effective}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{target} a accepté le commandement de {origin} : {name} commande les opérations à partir de {effective}</translation>
    </message>
    <message>
        <source>{target} refused command from {origin} ({reason}); command stays</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{target} a refusé le commandement de {origin} ({reason}) ; le commandement est inchangé</translation>
    </message>
    <message>
        <source>Command closed by {who}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Commandement clos par {who}</translation>
    </message>
    <message>
        <source>{name} assigned to {kind} {element}: {work}; report to {place} at {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{name} affecté(e) à {kind} {element} : {work} ; se présenter à {place} à {time}</translation>
    </message>
    <message>
        <source>{name} assigned to {kind} {element}: {work}; report to {place}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{name} affecté(e) à {kind} {element} : {work} ; se présenter à {place}</translation>
    </message>
    <message>
        <source>{name} assigned to {kind} {element}: {work} at {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{name} affecté(e) à {kind} {element} : {work} à {time}</translation>
    </message>
    <message>
        <source>{name} assigned to {kind} {element}: {work}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{name} affecté(e) à {kind} {element} : {work}</translation>
    </message>
    <message>
        <source>{name} ({element}): {old} → {new}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{name} ({element}) : {old} → {new}</translation>
    </message>
    <message>
        <source>{who}: {old} → {new} ({note})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{who} : {old} → {new} ({note})</translation>
    </message>
    <message>
        <source>{who}: {old} → {new}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{who} : {old} → {new}</translation>
    </message>
    <message>
        <source>Not well-formed XML: {detail}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">XML mal formé : {detail}</translation>
    </message>
    <message>
        <source>Too large: {size} bytes, over the limit of {limit} bytes</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Trop volumineux : {size} octets, au-delà de la limite de {limit} octets</translation>
    </message>
    <message>
        <source>Empty payload</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Contenu vide</translation>
    </message>
    <message>
        <source>Refused for safety: the XML declares a DOCTYPE</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Refusé par sécurité : le XML déclare un DOCTYPE</translation>
    </message>
    <message>
        <source>Refused for safety: XML nested deeper than {limit} levels</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Refusé par sécurité : XML imbriqué sur plus de {limit} niveaux</translation>
    </message>
    <message>
        <source>Not a CAP 1.2 alert: the document is a {root}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Pas une alerte CAP 1.2 : le document est un {root}</translation>
    </message>
    <message>
        <source>Invalid CAP</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">CAP invalide</translation>
    </message>
    <message>
        <source>Breaks the CAP 1.2 schema or rules: {detail}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Enfreint le schéma ou les règles CAP 1.2 : {detail}</translation>
    </message>
    <message>
        <source>Breaks the CAP 1.2 schema or rules in {count} places; the first: {detail}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Enfreint le schéma ou les règles CAP 1.2 en {count} endroits ; le premier : {detail}</translation>
    </message>
    <message>
        <source>Breaks the CAP 1.2 schema or rules on line {line}: {detail}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Enfreint le schéma ou les règles CAP 1.2 à la ligne {line} : {detail}</translation>
    </message>
    <message>
        <source>Breaks the CAP 1.2 schema or rules in {count} places; the first, on line {line}: {detail}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Enfreint le schéma ou les règles CAP 1.2 en {count} endroits ; le premier, à la ligne {line} : {detail}</translation>
    </message>
    <message>
        <source>Signature check failed ({state}): {detail}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Échec du contrôle de signature ({state}) : {detail}</translation>
    </message>
    <message>
        <source>invalid unit event: {detail}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">événement d’unité invalide : {detail}</translation>
    </message>
    <message>
        <source>invalid command event: {detail}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">événement de commandement invalide : {detail}</translation>
    </message>
    <message>
        <source>Exercise and real traffic mixed: CAP status {status} on the {mode} topic (needs {needed})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Exercice et trafic réel mélangés : statut CAP {status} sur le sujet {mode} (attendu : {needed})</translation>
    </message>
    <message>
        <source>Exercise alert without its exercise id in note (expected {exercise})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Alerte d’exercice sans identifiant d’exercice dans note (attendu : {exercise})</translation>
    </message>
    <message>
        <source>Exercise id {found} in note differs from the topic&apos;s {exercise}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">L’identifiant d’exercice {found} dans note diffère de celui du sujet, {exercise}</translation>
    </message>
    <message>
        <source>Topic not in the Incident Desk scheme: {detail}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Sujet hors du schéma Incident Desk : {detail}</translation>
    </message>
    <message>
        <source>{type} on an ack topic: only CAP Ack belongs there</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{type} sur un sujet d’accusés de réception : seul un CAP Ack y a sa place</translation>
    </message>
    <message>
        <source>CAP Ack on an alert topic: acks go on the agency&apos;s ack topic</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">CAP Ack sur un sujet d’alertes : les accusés vont sur le sujet d’accusés du service</translation>
    </message>
    <message>
        <source>Exercise and real traffic mixed: {detail}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Exercice et trafic réel mélangés : {detail}</translation>
    </message>
    <message>
        <source>command is already established ({mode}); propose a transfer</source>
        <extracomment>the refusals the operator meets most: command, handover, assignments, acknowledge, incidents, the exercise clock. Order matters: the first that matches wins.</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">le commandement est déjà établi ({mode}) ; proposez un transfert</translation>
    </message>
    <message>
        <source>command needs at least one incident commander</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">le commandement exige au moins un commandant des opérations</translation>
    </message>
    <message>
        <source>single command has exactly one incident commander</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">le commandement unique a exactement un commandant des opérations</translation>
    </message>
    <message>
        <source>unified command has one incident commander per agency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">le commandement unifié a un commandant des opérations par service</translation>
    </message>
    <message>
        <source>there is no open command to hand over</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">il n’y a pas de commandement ouvert à transférer</translation>
    </message>
    <message>
        <source>there is no open command to close</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">il n’y a pas de commandement ouvert à clore</translation>
    </message>
    <message>
        <source>{agency} is not in command of this incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{agency} ne commande pas cet incident</translation>
    </message>
    <message>
        <source>{agency} is already in command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{agency} commande déjà</translation>
    </message>
    <message>
        <source>command was closed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">le commandement a été clos</translation>
    </message>
    <message>
        <source>the proposal it answers was refused or is unknown</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">la proposition à laquelle il répond a été refusée ou est inconnue</translation>
    </message>
    <message>
        <source>only a console of {agency} may answer this proposal, not {other}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">seule une console de {agency} peut répondre à cette proposition, pas {other}</translation>
    </message>
    <message>
        <source>the proposal was already answered: lost to {answer} by {author}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">la proposition a déjà reçu une réponse : devancé par {answer} de {author}</translation>
    </message>
    <message>
        <source>the proposal was superseded by a newer one</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">la proposition a été remplacée par une plus récente</translation>
    </message>
    <message>
        <source>the proposal expired at {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">la proposition a expiré à {time}</translation>
    </message>
    <message>
        <source>the answer deadline (expires_at) must be in the future</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">l’échéance de réponse (expires_at) doit être dans le futur</translation>
    </message>
    <message>
        <source>a handover cannot take effect in the past</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">un transfert ne peut pas prendre effet dans le passé</translation>
    </message>
    <message>
        <source>a refusal gives its reason</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">un refus indique sa raison</translation>
    </message>
    <message>
        <source>there is no handover proposal {proposal}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">il n’y a pas de proposition de transfert {proposal}</translation>
    </message>
    <message>
        <source>an assignment names a unit or a person</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">une affectation désigne une unité ou une personne</translation>
    </message>
    <message>
        <source>an assignment names either a unit or a person</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">une affectation désigne soit une unité, soit une personne</translation>
    </message>
    <message>
        <source>the assignment it changes does not exist</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">l’affectation qu’il modifie n’existe pas</translation>
    </message>
    <message>
        <source>there is no unit {unit} in the directory</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">il n’y a pas d’unité {unit} dans l’annuaire</translation>
    </message>
    <message>
        <source>there is no assignment {assignment}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">il n’y a pas d’affectation {assignment}</translation>
    </message>
    <message>
        <source>{callsign} is out of service</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{callsign} est hors service</translation>
    </message>
    <message>
        <source>name the incident (its CAP incident key)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">nommez l’incident (sa clé d’incident CAP)</translation>
    </message>
    <message>
        <source>the assignment is already {current}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">l’affectation est déjà : {current}</translation>
    </message>
    <message>
        <source>the assignment is {current}: that is final, it cannot go to {target}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">l’affectation est : {current} ; c’est définitif, elle ne peut pas passer à : {target}</translation>
    </message>
    <message>
        <source>the assignment cannot go from {current} to {target}; from {current} it can go to {allowed}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">l’affectation ne peut pas passer de {current} à {target} ; depuis {current}, elle peut passer à : {allowed}</translation>
    </message>
    <message>
        <source>the agency&apos;s participation is already {current}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">la participation du service est déjà : {current}</translation>
    </message>
    <message>
        <source>the agency&apos;s participation is {current}: that is final, it cannot go to {target}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">la participation du service est : {current} ; c’est définitif, elle ne peut pas passer à : {target}</translation>
    </message>
    <message>
        <source>the agency&apos;s participation cannot go from {current} to {target}; from {current} it can go to {allowed}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">la participation du service ne peut pas passer de {current} à {target} ; depuis {current}, elle peut passer à : {allowed}</translation>
    </message>
    <message>
        <source>an agency not yet taking part is first alerted, it cannot start as {target}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">un service qui ne participe pas encore est d’abord alerté, il ne peut pas commencer en : {target}</translation>
    </message>
    <message>
        <source>no alert with id {alert}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">aucune alerte d’identifiant {alert}</translation>
    </message>
    <message>
        <source>a CAP {type} is not itself acknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">un CAP {type} n’est pas lui-même acquitté</translation>
    </message>
    <message>
        <source>Incident {key} is closed: reopen it to {doing}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">L’incident {key} est clos : rouvrez-le pour {doing}.</translation>
    </message>
    <message>
        <source>Alert {alert} already belongs to incident {key}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">L’alerte {alert} appartient déjà à l’incident {key}.</translation>
    </message>
    <message>
        <source>Incident {key} already exists (id {id}): attach the alert to it.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">L’incident {key} existe déjà (id {id}) : rattachez-y l’alerte.</translation>
    </message>
    <message>
        <source>An incident needs a title.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Un incident a besoin d’un titre.</translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Une note a besoin d’un texte.</translation>
    </message>
    <message>
        <source>cannot start (STARTEX) while the exercise clock is {state}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">impossible de démarrer (STARTEX) (horloge d’exercice : {state})</translation>
    </message>
    <message>
        <source>cannot pause while the exercise clock is {state}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">impossible de mettre en pause (horloge d’exercice : {state})</translation>
    </message>
    <message>
        <source>cannot resume while the exercise clock is {state}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">impossible de reprendre (horloge d’exercice : {state})</translation>
    </message>
    <message>
        <source>cannot ENDEX while the exercise clock is {state}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">impossible de faire ENDEX (horloge d’exercice : {state})</translation>
    </message>
    <message>
        <source>cannot jump while the exercise clock is {state}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">impossible de sauter (horloge d’exercice : {state})</translation>
    </message>
    <message>
        <source>cannot step after ENDEX</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">impossible d’avancer après ENDEX</translation>
    </message>
    <message>
        <source>cannot jump after ENDEX</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">impossible de sauter après ENDEX</translation>
    </message>
    <message>
        <source>cannot fire a contingency inject while the exercise is {state}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">impossible de lancer un inject de contingence (exercice : {state})</translation>
    </message>
    <message>
        <source>cannot send an ad-hoc inject while the exercise is {state}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">impossible d’envoyer un inject ad hoc (exercice : {state})</translation>
    </message>
    <message>
        <source>no exercise controller runs on this console</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">aucun contrôleur d’exercice ne tourne sur cette console</translation>
    </message>
    <message>
        <source>there is no such incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">cet incident n’existe pas</translation>
    </message>
    <message>
        <source>incident {key} was merged: publish the Update for the incident it was merged into</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">l’incident {key} a été fusionné : publiez la mise à jour pour l’incident auquel il a été rattaché</translation>
    </message>
    <message>
        <source>incident {key} is closed: reopen it first</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">l’incident {key} est clos : rouvrez-le d’abord</translation>
    </message>
    <message>
        <source>incident {key} is real traffic and this console is in exercise {exercise}: a real Update is published from a console in real mode</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">l’incident {key} est réel et cette console est dans l’exercice {exercise} : une mise à jour réelle se publie depuis une console en mode réel</translation>
    </message>
    <message>
        <source>incident {key} belongs to exercise {exercise}: its Update is published only by a console joined to that exercise</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">l’incident {key} appartient à l’exercice {exercise} : sa mise à jour ne se publie que depuis une console qui participe à cet exercice</translation>
    </message>
    <message>
        <source>no alert of incident {key} is in force (all cancelled or superseded): there is nothing to update</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">aucune alerte de l’incident {key} n’est en vigueur (toutes annulées ou remplacées) : rien à mettre à jour</translation>
    </message>
    <message>
        <source>the database is not usable right now ({detail})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">la base de données est inutilisable pour le moment ({detail})</translation>
    </message>
    <message>
        <source>the database is {db_state}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">la base de données est {db_state}</translation>
    </message>
    <message>
        <source>the database connection was lost</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">la connexion à la base de données a été perdue</translation>
    </message>
    <message>
        <source>cannot create the folder {folder} ({error})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">impossible de créer le dossier {folder} ({error})</translation>
    </message>
    <message>
        <source>unreachable or read-only on every host it lists (a primary change in progress? check the servers and the network)</source>
        <extracomment>what a database can be when it cannot be used: &quot;Could not {action}: the database is …&quot; (a ``StoreError``, incident_desk/store/_engine.py, which reads the driver&apos;s error as one of these); the operator reads &quot;the database is …&quot; (the window says what it was doing)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">injoignable ou en lecture seule sur chacun des hôtes qu’elle indique (bascule du serveur principal en cours ? vérifiez les serveurs et le réseau)</translation>
    </message>
    <message>
        <source>locked by another program (try again in a moment)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">verrouillée par un autre programme (réessayez dans un instant)</translation>
    </message>
    <message>
        <source>on a full or failing disk</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">sur un disque plein ou défaillant</translation>
    </message>
    <message>
        <source>not writable at its location</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">non accessible en écriture à son emplacement</translation>
    </message>
    <message>
        <source>unreachable (check the server and the network)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">injoignable (vérifiez le serveur et le réseau)</translation>
    </message>
    <message>
        <source>not on that server (no database of that name: check the name in the URL)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">absente de ce serveur (aucune base de ce nom : vérifiez le nom dans l&apos;URL)</translation>
    </message>
    <message>
        <source>refusing the user name or password (check both in the URL and the server&apos;s access rules)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">fermée à ce nom d&apos;utilisateur ou à ce mot de passe (vérifiez les deux dans l&apos;URL et les règles d&apos;accès du serveur)</translation>
    </message>
    <message>
        <source>{subject}: {refusal}</source>
        <extracomment>&quot;UPF-1: the assignment cannot go …&quot;: a refusal about one named thing</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{subject} : {refusal}</translation>
    </message>
    <message>
        <source>planned</source>
        <extracomment>argument names whose values are words (translated): states the exercise clock&apos;s states (incident_desk/scenario/_clock.py)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">prévu</translation>
    </message>
    <message>
        <source>running</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">en cours</translation>
    </message>
    <message>
        <source>paused</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">en pause</translation>
    </message>
    <message>
        <source>ended</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">terminé</translation>
    </message>
    <message>
        <source>Conflicting content for an existing CAP key {key} (stored alert #{kept} kept)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Contenu contradictoire pour une clé CAP existante {key} (alerte stockée n° {kept} conservée)</translation>
    </message>
    <message>
        <source>not started</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">non démarré</translation>
    </message>
    <message>
        <source>stopped</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">arrêté</translation>
    </message>
    <message>
        <source>to {node}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">vers {node}</translation>
    </message>
    <message>
        <source>session resumed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">session reprise</translation>
    </message>
    <message>
        <source>new session</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">nouvelle session</translation>
    </message>
    <message>
        <source>cannot reach the broker at {node} (not running, wrong address, blocked, or TLS failed)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">impossible de joindre le courtier à {node} (courtier arrêté, mauvaise adresse, accès bloqué ou échec TLS)</translation>
    </message>
    <message>
        <source>the broker closed the connection on our MQTT 5 CONNECT; trying MQTT 3.1.1 (some brokers speak only that)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">le courtier a fermé la connexion sur notre CONNECT MQTT 5 ; essai en MQTT 3.1.1 (certains courtiers ne parlent que cette version)</translation>
    </message>
    <message>
        <source>the broker speaks MQTT 3.1.1 only; connecting again with 3.1.1</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">le courtier ne parle que MQTT 3.1.1 ; nouvelle connexion en 3.1.1</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">connexion perdue</translation>
    </message>
    <message>
        <source>the broker closed the connection without answering (wrong MQTT protocol version, TLS mismatch, or not an MQTT broker)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">le courtier a fermé la connexion sans répondre (mauvaise version du protocole MQTT, TLS incompatible, ou ce n’est pas un courtier MQTT)</translation>
    </message>
    <message>
        <source>the ingest process exited unexpectedly (exit code {code})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">le processus de réception des alertes s’est terminé de façon inattendue (code de sortie {code})</translation>
    </message>
    <message>
        <source>{why}; next: {node}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{why} ; nœud suivant : {node}</translation>
    </message>
    <message>
        <source>{name} (reason code {code})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{name} (code raison {code})</translation>
    </message>
    <message>
        <source>Unspecified error</source>
        <extracomment>the MQTT reason names (as paho gives them) of a refused or closed connection</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Erreur non spécifiée</translation>
    </message>
    <message>
        <source>Malformed packet</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Paquet mal formé</translation>
    </message>
    <message>
        <source>Protocol error</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Erreur de protocole</translation>
    </message>
    <message>
        <source>Implementation specific error</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Erreur propre à l’implémentation</translation>
    </message>
    <message>
        <source>Unsupported protocol version</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Version de protocole non prise en charge</translation>
    </message>
    <message>
        <source>Client identifier not valid</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Identifiant client non valide</translation>
    </message>
    <message>
        <source>Bad user name or password</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Nom d’utilisateur ou mot de passe incorrect</translation>
    </message>
    <message>
        <source>Not authorized</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Accès non autorisé</translation>
    </message>
    <message>
        <source>Server unavailable</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Serveur indisponible</translation>
    </message>
    <message>
        <source>Server busy</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Serveur occupé</translation>
    </message>
    <message>
        <source>Banned</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Client banni</translation>
    </message>
    <message>
        <source>Server shutting down</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Arrêt du serveur en cours</translation>
    </message>
    <message>
        <source>Bad authentication method</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Méthode d’authentification incorrecte</translation>
    </message>
    <message>
        <source>Keep alive timeout</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Délai de maintien de connexion dépassé</translation>
    </message>
    <message>
        <source>Session taken over</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Session prise par un autre client</translation>
    </message>
    <message>
        <source>Packet too large</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Paquet trop volumineux</translation>
    </message>
    <message>
        <source>Quota exceeded</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Quota dépassé</translation>
    </message>
    <message>
        <source>Administrative action</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Action administrative</translation>
    </message>
    <message>
        <source>Use another server</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Utiliser un autre serveur</translation>
    </message>
    <message>
        <source>Server moved</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Serveur déplacé</translation>
    </message>
    <message>
        <source>Connection rate exceeded</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Fréquence de connexion dépassée</translation>
    </message>
    <message>
        <source>Maximum connect time</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Durée maximale de connexion atteinte</translation>
    </message>
    <message>
        <source>exercise clock</source>
        <extracomment>the words that mark an exercise-clock instant</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">horloge de l’exercice</translation>
    </message>
    <message>
        <source>wall clock {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">temps réel {time}</translation>
    </message>
    <message>
        <source>SQLite (demo, temporary)</source>
        <extracomment>how often unanswered handover proposals are checked for expiry (seconds)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">SQLite (démo, temporaire)</translation>
    </message>
    <message>
        <source>NO DUFF: real {type} from {sender} ({country}/{agency}) {identifier}: {headline}</source>
        <extracomment>the sentence naming the real alert (``{type}``: a CAP message type, translated as the CAP word it is; the rest is data)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">NO DUFF : message réel ({type}) de {sender} ({country}/{agency}) {identifier} : {headline}</translation>
    </message>
</context>
<context>
    <name>ics</name>
    <message>
        <source>assigned</source>
        <extracomment>the words of a form&apos;s cells (assignment states, ICS element kinds)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">affectée</translation>
    </message>
    <message>
        <source>en route</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">en route</translation>
    </message>
    <message>
        <source>on scene</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">sur place</translation>
    </message>
    <message>
        <source>released</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">libérée</translation>
    </message>
    <message>
        <source>position</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">poste</translation>
    </message>
    <message>
        <source>branch</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">branche</translation>
    </message>
    <message>
        <source>division</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">division</translation>
    </message>
    <message>
        <source>group</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">groupe</translation>
    </message>
    <message>
        <source>strike team</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">équipe d’intervention</translation>
    </message>
    <message>
        <source>task force</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">groupe opérationnel</translation>
    </message>
    <message>
        <source>staging</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">regroupement</translation>
    </message>
    <message>
        <source>1. Incident name</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">1. Nom de l’incident</translation>
    </message>
    <message>
        <source>Incident number</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Numéro de l’incident</translation>
    </message>
    <message>
        <source>2. Operational period</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">2. Période opérationnelle</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">du {start} au {end}</translation>
    </message>
    <message>
        <source>Incident commander(s)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Commandant(s) des opérations</translation>
    </message>
    <message>
        <source>9. Prepared by</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">9. Établi par</translation>
    </message>
    <message>
        <source>Assignment List</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Liste des affectations</translation>
    </message>
    <message>
        <source>Branch / division / group / position</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Branche / division / groupe / poste</translation>
    </message>
    <message>
        <source>Resource</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Moyen</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Identifiant</translation>
    </message>
    <message>
        <source>Home agency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Service d’origine</translation>
    </message>
    <message>
        <source>Persons</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Personnes</translation>
    </message>
    <message>
        <source>Contact</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Contact</translation>
    </message>
    <message>
        <source>Work assignment</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Mission</translation>
    </message>
    <message>
        <source>Reporting location</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Lieu de présentation</translation>
    </message>
    <message>
        <source>Report at</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Présentation à</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Statut</translation>
    </message>
    <message>
        <source>Status since</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Statut depuis</translation>
    </message>
    <message>
        <source>3. Name</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">3. Nom</translation>
    </message>
    <message>
        <source>4. ICS position</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">4. Poste ICS</translation>
    </message>
    <message>
        <source>Incident command post</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Poste de commandement de l’incident</translation>
    </message>
    <message>
        <source>5. Home agency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">5. Service d’origine</translation>
    </message>
    <message>
        <source>8. Prepared by</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">8. Établi par</translation>
    </message>
    <message>
        <source>Activity Log</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Journal d’activité</translation>
    </message>
    <message>
        <source>Date/time</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Date/heure</translation>
    </message>
    <message>
        <source>By</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Par</translation>
    </message>
    <message>
        <source>Console</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Console</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Notable activity</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Activité notable</translation>
    </message>
    <message>
        <source>6. Resources assigned</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">6. Moyens affectés</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <source>ICS position</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Poste ICS</translation>
    </message>
</context>
</TS>
