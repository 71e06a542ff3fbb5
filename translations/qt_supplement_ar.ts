<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!--
  Strings of Qt's own dialogs that Qt's Arabic catalogue (qtbase_ar.qm, loaded from PySide6) does not
  translate yet. Qalam loads this after qtbase_ar, so it only fills gaps. Written by hand (lupdate does not
  touch it); check the gaps again after a PySide6 upgrade (tests/test_qt_dialogs.py lists them).
-->
<TS version="2.1" language="ar">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>ال&amp;بحث في:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;نوع الملفات:</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>مجلد</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>اختصار</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>قرص</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;لا يمكن استخدام الاسم «%1».&lt;/b&gt;&lt;p&gt;جرّب اسمًا آخر، بأحرف أقل أو دون علامات ترقيم.</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Do not ask again</source>
        <translation>لا تسأل مرة أخرى</translation>
    </message>
</context>
</TS>
