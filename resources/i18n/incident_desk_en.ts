<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>OutboxIndicator</name>
    <message numerus="yes">
        <source>%n message(s) waiting for the broker</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">
            <numerusform>%n message waiting for the broker</numerusform>
            <numerusform>%n messages waiting for the broker</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message numerus="yes">
        <source>%n alert(s) shown, newest first. Double-click one to open it.</source>
        <translation>
            <numerusform>%n alert shown, newest first. Double-click it to open it.</numerusform>
            <numerusform>%n alerts shown, newest first. Double-click one to open it.</numerusform>
        </translation>
    </message>
</context>
</TS>
