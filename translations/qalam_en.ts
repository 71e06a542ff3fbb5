<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qalam hit an unexpected error. Your open text has been saved. You can keep working; the details below help the developers fix it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>The data folder {path} cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spell-checking engine found: install libenchant-2-2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {lang} dictionary is missing: install {pkg}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure keyring ({backend}): site passwords will be kept in memory only until you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Arabic font found: install fonts-noto-core or fonts-hosny-amiri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling engines: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dictionary {lang}: {state} {provider}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyring: {backend} (secure: {secure})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic fonts: {fonts}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <source>Search drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drafts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl+N to start writing, or import a Word, Markdown or text file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorArea</name>
    <message>
        <source>Nothing open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a draft from the list, or press Ctrl+N for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>No display found (DISPLAY and WAYLAND_DISPLAY are not set), so the window cannot open. On a desktop, start Qalam from its menu entry. To run without a screen, use QT_QPA_PLATFORM=offscreen qalam, or make a picture of the window with qalam --screenshot FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qalam: could not write the screenshot to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Qalam main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste as Plain &amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find and Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check Before Publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit for Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sites…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Qalam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Qalam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qalam {version}
An offline-first editorial workstation for Arabic newsrooms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <source>Excerpt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QalamStatusBar</name>
    <message>
        <source>{words} words · {chars} characters · {minutes} min read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling: starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling: no errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling: {n} to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: work is saved and queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
