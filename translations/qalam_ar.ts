<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>Crash</name>
        <message>
            <source>Something went wrong</source>
            <translation>حدث خطأ ما</translation>
        </message>
        <message>
            <source>Qalam hit an unexpected error. Your open text has been saved. You can keep working; the details below help the developers fix it.</source>
            <translation>واجه «قلم» خطأً غير متوقع. حُفظ نصك المفتوح، ويمكنك مواصلة العمل؛ التفاصيل أدناه تساعد المطورين على إصلاحه.</translation>
        </message>
    </context>
    <context>
        <name>Doctor</name>
        <message>
            <source>The data folder {path} cannot be written.</source>
            <translation>لا يمكن الكتابة في مجلد البيانات {path}.</translation>
        </message>
        <message>
            <source>No spell-checking engine found: install libenchant-2-2.</source>
            <translation>لم يُعثر على محرك تدقيق إملائي: ثبّت libenchant-2-2.</translation>
        </message>
        <message>
            <source>The {lang} dictionary is missing: install {pkg}.</source>
            <translation>قاموس {lang} غير موجود: ثبّت {pkg}.</translation>
        </message>
        <message>
            <source>No secure keyring ({backend}): site passwords will be kept in memory only until you quit.</source>
            <translation>لا توجد حلقة مفاتيح آمنة ({backend}): ستبقى كلمات مرور المواقع في الذاكرة فقط حتى تُغلق البرنامج.</translation>
        </message>
        <message>
            <source>No Arabic font found: install fonts-noto-core or fonts-hosny-amiri.</source>
            <translation>لم يُعثر على خط عربي: ثبّت fonts-noto-core أو fonts-hosny-amiri.</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>no</source>
            <translation>لا</translation>
        </message>
        <message>
            <source>Data folder: {path}</source>
            <translation>مجلد البيانات: {path}</translation>
        </message>
        <message>
            <source>Spelling engines: {names}</source>
            <translation>محركات الإملاء: {names}</translation>
        </message>
        <message>
            <source>Dictionary {lang}: {state} {provider}</source>
            <translation>قاموس {lang}: {state} {provider}</translation>
        </message>
        <message>
            <source>Keyring: {backend} (secure: {secure})</source>
            <translation>حلقة المفاتيح: {backend} (آمنة: {secure})</translation>
        </message>
        <message>
            <source>Arabic fonts: {fonts}</source>
            <translation>الخطوط العربية: {fonts}</translation>
        </message>
    </context>
    <context>
        <name>DraftsPanel</name>
        <message>
            <source>Search drafts</source>
            <translation>ابحث في المسودات</translation>
        </message>
        <message>
            <source>New draft</source>
            <translation>مسودة جديدة</translation>
        </message>
        <message>
            <source>Drafts</source>
            <translation>المسودات</translation>
        </message>
        <message>
            <source>No drafts yet</source>
            <translation>لا توجد مسودات بعد</translation>
        </message>
        <message>
            <source>Press Ctrl+N to start writing, or import a Word, Markdown or text file.</source>
            <translation>اضغط Ctrl+N لتبدأ الكتابة، أو استورد ملف Word أو Markdown أو ملفًا نصيًا.</translation>
        </message>
    </context>
    <context>
        <name>EditorArea</name>
        <message>
            <source>Nothing open</source>
            <translation>لا شيء مفتوح</translation>
        </message>
        <message>
            <source>Choose a draft from the list, or press Ctrl+N for a new one.</source>
            <translation>اختر مسودة من القائمة، أو اضغط Ctrl+N لمسودة جديدة.</translation>
        </message>
    </context>
    <context>
        <name>Launch</name>
        <message>
            <source>No display found (DISPLAY and WAYLAND_DISPLAY are not set), so the window cannot open. On a desktop, start Qalam from its menu entry. To run without a screen, use QT_QPA_PLATFORM=offscreen qalam, or make a picture of the window with qalam --screenshot FILE.</source>
            <translation>لم يُعثر على شاشة (المتغيران DISPLAY وWAYLAND_DISPLAY غير مضبوطين)، فلا يمكن فتح النافذة. على سطح المكتب، شغّل قلم من قائمة البرامج. للتشغيل دون شاشة استخدم QT_QPA_PLATFORM=offscreen qalam، أو التقط صورة للنافذة بالأمر qalam --screenshot FILE.</translation>
        </message>
        <message>
            <source>qalam: could not write the screenshot to {path}</source>
            <translation>qalam: تعذّرت كتابة لقطة الشاشة إلى {path}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Qalam main window</source>
            <translation>نافذة قلم الرئيسية</translation>
        </message>
        <message>
            <source>Editor</source>
            <translation>المحرر</translation>
        </message>
        <message>
            <source>Drafts</source>
            <translation>المسودات</translation>
        </message>
        <message>
            <source>Article details</source>
            <translation>تفاصيل المقال</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>ملف(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;New Draft</source>
            <translation>مسودة جديدة(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>استيراد…(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>تصدير…(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>حفظ(&amp;S)</translation>
        </message>
        <message>
            <source>Revision &amp;History…</source>
            <translation>سجل المراجعات…(&amp;H)</translation>
        </message>
        <message>
            <source>Print Pre&amp;view…</source>
            <translation>معاينة الطباعة…(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>إنهاء(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>تحرير(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>تراجع(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>إعادة(&amp;R)</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>قص(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>نسخ(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>لصق(&amp;P)</translation>
        </message>
        <message>
            <source>Paste as Plain &amp;Text</source>
            <translation>لصق كنص عادي(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Find and Replace…</source>
            <translation>بحث واستبدال…(&amp;F)</translation>
        </message>
        <message>
            <source>F&amp;ormat</source>
            <translation>تنسيق(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>عرض(&amp;V)</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>تكبير(&amp;I)</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>تصغير(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>المقال(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Check Before Publishing</source>
            <translation>تدقيق قبل النشر(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Submit for Review…</source>
            <translation>إرسال للمراجعة…(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Publish…</source>
            <translation>نشر…(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>أدوات(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Sites…</source>
            <translation>المواقع…(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>الإعدادات…(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>مساعدة(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About Qalam</source>
            <translation>عن قلم(&amp;A)</translation>
        </message>
        <message>
            <source>About Qalam</source>
            <translation>عن قلم</translation>
        </message>
        <message>
            <source>Qalam {version}
An offline-first editorial workstation for Arabic newsrooms.</source>
            <translation>قلم {version}
محطة تحرير تعمل دون اتصال أولًا، لغرف الأخبار العربية.</translation>
        </message>
    </context>
    <context>
        <name>MetadataPanel</name>
        <message>
            <source>Excerpt</source>
            <translation>المقتطف</translation>
        </message>
    </context>
    <context>
        <name>QalamStatusBar</name>
        <message>
            <source>{words} words · {chars} characters · {minutes} min read</source>
            <translation>{words} كلمة · {chars} حرف · {minutes} دقيقة قراءة</translation>
        </message>
        <message>
            <source>Word count</source>
            <translation>عدد الكلمات</translation>
        </message>
        <message>
            <source>Spelling: starting…</source>
            <translation>الإملاء: جارٍ التحميل…</translation>
        </message>
        <message>
            <source>Spelling: no errors</source>
            <translation>الإملاء: لا أخطاء</translation>
        </message>
        <message>
            <source>Spelling: {n} to check</source>
            <translation>الإملاء: {n} للمراجعة</translation>
        </message>
        <message>
            <source>Spelling</source>
            <translation>الإملاء</translation>
        </message>
        <message>
            <source>No site connected</source>
            <translation>لا يوجد موقع متصل</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>متصل</translation>
        </message>
        <message>
            <source>Offline: work is saved and queued</source>
            <translation>غير متصل: العمل محفوظ وفي قائمة الانتظار</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>الاتصال</translation>
        </message>
        <message>
            <source>Outbox: {n}</source>
            <translation>صندوق الصادر: {n}</translation>
        </message>
        <message>
            <source>Outbox</source>
            <translation>صندوق الصادر</translation>
        </message>
    </context>
</TS>