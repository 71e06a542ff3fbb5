<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>ArticleEdit</name>
    <message>
        <source>The slug “{slug}” has no letters or digits.</source>
        <translation>المعرّف «{slug}» لا يحوي حروفًا ولا أرقامًا.</translation>
    </message>
    <message>
        <source>A category name cannot be empty.</source>
        <translation>لا يمكن أن يكون اسم التصنيف فارغًا.</translation>
    </message>
    <message>
        <source>A tag name cannot be empty.</source>
        <translation>لا يمكن أن يكون اسم الوسم فارغًا.</translation>
    </message>
    <message numerus="yes">
        <source>The slug is %n byte(s) once encoded for the web address; WordPress keeps at most {limit} (about {letters} Arabic letters) and would cut it. Give a shorter one.</source>
        <translation>
            <numerusform>يبلغ المعرّف %Ln بايت بعد ترميزه في عنوان الصفحة، ولا يحتفظ WordPress إلا بـ{limit} بايت (نحو {letters} حرفًا عربيًا) فسيقتطع الباقي. اختر معرّفًا أقصر.</numerusform>
            <numerusform>يبلغ المعرّف بايتًا واحدًا بعد ترميزه في عنوان الصفحة، ولا يحتفظ WordPress إلا بـ{limit} بايت (نحو {letters} حرفًا عربيًا) فسيقتطع الباقي. اختر معرّفًا أقصر.</numerusform>
            <numerusform>يبلغ المعرّف بايتين بعد ترميزه في عنوان الصفحة، ولا يحتفظ WordPress إلا بـ{limit} بايت (نحو {letters} حرفًا عربيًا) فسيقتطع الباقي. اختر معرّفًا أقصر.</numerusform>
            <numerusform>يبلغ المعرّف %Ln بايتات بعد ترميزه في عنوان الصفحة، ولا يحتفظ WordPress إلا بـ{limit} بايت (نحو {letters} حرفًا عربيًا) فسيقتطع الباقي. اختر معرّفًا أقصر.</numerusform>
            <numerusform>يبلغ المعرّف %Ln بايتًا بعد ترميزه في عنوان الصفحة، ولا يحتفظ WordPress إلا بـ{limit} بايت (نحو {letters} حرفًا عربيًا) فسيقتطع الباقي. اختر معرّفًا أقصر.</numerusform>
            <numerusform>يبلغ المعرّف %Ln بايت بعد ترميزه في عنوان الصفحة، ولا يحتفظ WordPress إلا بـ{limit} بايت (نحو {letters} حرفًا عربيًا) فسيقتطع الباقي. اختر معرّفًا أقصر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The category “{name}…” is too long: WordPress keeps at most %n character(s).</source>
        <translation>
            <numerusform>التصنيف «{name}…» أطول مما ينبغي: لا يحتفظ WordPress بأي حرف منه.</numerusform>
            <numerusform>التصنيف «{name}…» أطول مما ينبغي: لا يحتفظ WordPress إلا بحرف واحد.</numerusform>
            <numerusform>التصنيف «{name}…» أطول مما ينبغي: لا يحتفظ WordPress إلا بحرفين.</numerusform>
            <numerusform>التصنيف «{name}…» أطول مما ينبغي: لا يحتفظ WordPress إلا بـ%Ln أحرف.</numerusform>
            <numerusform>التصنيف «{name}…» أطول مما ينبغي: لا يحتفظ WordPress إلا بـ%Ln حرفًا.</numerusform>
            <numerusform>التصنيف «{name}…» أطول مما ينبغي: لا يحتفظ WordPress إلا بـ%Ln حرف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The tag “{name}…” is too long: WordPress keeps at most %n character(s).</source>
        <translation>
            <numerusform>الوسم «{name}…» أطول مما ينبغي: لا يحتفظ WordPress بأي حرف منه.</numerusform>
            <numerusform>الوسم «{name}…» أطول مما ينبغي: لا يحتفظ WordPress إلا بحرف واحد.</numerusform>
            <numerusform>الوسم «{name}…» أطول مما ينبغي: لا يحتفظ WordPress إلا بحرفين.</numerusform>
            <numerusform>الوسم «{name}…» أطول مما ينبغي: لا يحتفظ WordPress إلا بـ%Ln أحرف.</numerusform>
            <numerusform>الوسم «{name}…» أطول مما ينبغي: لا يحتفظ WordPress إلا بـ%Ln حرفًا.</numerusform>
            <numerusform>الوسم «{name}…» أطول مما ينبغي: لا يحتفظ WordPress إلا بـ%Ln حرف.</numerusform>
        </translation>
    </message>
    <message>
        <source>The draft has no category “{name}”.</source>
        <translation>ليس في المسودة تصنيف «{name}».</translation>
    </message>
    <message>
        <source>The draft has no tag “{name}”.</source>
        <translation>ليس في المسودة وسم «{name}».</translation>
    </message>
    <message>
        <source>The headline cannot be empty.</source>
        <translation>لا يمكن أن يكون العنوان فارغًا.</translation>
    </message>
</context>
<context>
    <name>Boilerplate</name>
    <message>
        <source>Share buttons</source>
        <translation>أزرار المشاركة</translation>
    </message>
    <message>
        <source>Publication date line</source>
        <translation>سطر تاريخ النشر</translation>
    </message>
    <message>
        <source>Subscription notice</source>
        <translation>دعوة الاشتراك</translation>
    </message>
    <message>
        <source>Cookie notice</source>
        <translation>إشعار ملفات تعريف الارتباط</translation>
    </message>
    <message>
        <source>Advertisement marker</source>
        <translation>علامة الإعلان</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>إخلاء المسؤولية</translation>
    </message>
    <message>
        <source>Latest news list after the article</source>
        <translation>قائمة آخر الأخبار بعد المقال</translation>
    </message>
    <message>
        <source>Link to other articles</source>
        <translation>روابط إلى مقالات أخرى</translation>
    </message>
    <message>
        <source>Site navigation</source>
        <translation>قوائم التنقل في الموقع</translation>
    </message>
    <message>
        <source>Comments section</source>
        <translation>قسم التعليقات</translation>
    </message>
    <message>
        <source>Copyright line</source>
        <translation>سطر حقوق النشر</translation>
    </message>
    <message>
        <source>Text before the headline</source>
        <translation>نص قبل العنوان</translation>
    </message>
    <message>
        <source>The boilerplate rules file {path} cannot be used: {detail}</source>
        <translation>لا يمكن استخدام ملف قواعد إزالة العناصر الزائدة {path}: {detail}</translation>
    </message>
</context>
<context>
    <name>CheckDock</name>
    <message>
        <source>Pre-publish check</source>
        <translation>التدقيق قبل النشر</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>المشكلات المكتشفة</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>إصلاح</translation>
    </message>
    <message>
        <source>Fix all like this</source>
        <translation>إصلاح كل الحالات المماثلة</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>إعادة التدقيق</translation>
    </message>
    <message>
        <source>Nothing to check</source>
        <translation>لا شيء للتدقيق</translation>
    </message>
    <message>
        <source>Open a draft to check it.</source>
        <translation>افتح مسودة لتدقيقها.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التدقيق…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Click to fix</source>
        <translation>انقر للإصلاح</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>لم يُعثر على مشكلات.</translation>
    </message>
    <message>
        <source>{errors}, {others}</source>
        <translation>{errors}، و{others}</translation>
    </message>
    <message numerus="yes">
        <source>%n to fix before publishing</source>
        <translation>
            <numerusform>لا شيء للإصلاح قبل النشر</numerusform>
            <numerusform>مشكلة واحدة للإصلاح قبل النشر</numerusform>
            <numerusform>مشكلتان للإصلاح قبل النشر</numerusform>
            <numerusform>%Ln مشكلات للإصلاح قبل النشر</numerusform>
            <numerusform>%Ln مشكلة للإصلاح قبل النشر</numerusform>
            <numerusform>%Ln مشكلة للإصلاح قبل النشر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>لا شيء للمراجعة</numerusform>
            <numerusform>ملاحظة واحدة للمراجعة</numerusform>
            <numerusform>ملاحظتان للمراجعة</numerusform>
            <numerusform>%Ln ملاحظات للمراجعة</numerusform>
            <numerusform>%Ln ملاحظة للمراجعة</numerusform>
            <numerusform>%Ln ملاحظة للمراجعة</numerusform>
        </translation>
    </message>
    <message>
        <source>The check failed: {error}</source>
        <translation>فشل التدقيق: {error}</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Spelling was not checked: no spell-checking engine could be loaded ({reason}). Install libenchant-2-2, hunspell-ar and hunspell-en-us, or run with --no-spelling.</source>
        <translation>لم يُدقَّق الإملاء: تعذّر تحميل محرك التدقيق الإملائي ({reason}). ثبّت libenchant-2-2 وhunspell-ar وhunspell-en-us، أو شغّل الأمر مع --no-spelling.</translation>
    </message>
    <message>
        <source>Spelling in {lang} was not checked: its dictionary is missing. Install {package}, or run with --no-spelling.</source>
        <translation>لم يُدقَّق الإملاء بلغة {lang}: قاموسها غير مثبّت. ثبّت {package}، أو شغّل الأمر مع --no-spelling.</translation>
    </message>
    <message numerus="yes">
        <source>%n fix(es) applied.</source>
        <translation>
            <numerusform>لم يُطبَّق أي إصلاح.</numerusform>
            <numerusform>طُبِّق إصلاح واحد.</numerusform>
            <numerusform>طُبِّق إصلاحان.</numerusform>
            <numerusform>طُبِّقت %Ln إصلاحات.</numerusform>
            <numerusform>طُبِّق %Ln إصلاحًا.</numerusform>
            <numerusform>طُبِّق %Ln إصلاح.</numerusform>
        </translation>
    </message>
    <message>
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>لم يُعثر على مشكلات.</translation>
    </message>
    <message>
        <source>This fix spans formatting; make it in the editor.</source>
        <translation>يمتد هذا الإصلاح عبر أجزاء مختلفة التنسيق؛ أجرِه يدويًا في المحرر.</translation>
    </message>
    <message>
        <source>The text has changed since it was checked; check it again.</source>
        <translation>تغيّر النص منذ تدقيقه؛ دقّقه مجددًا.</translation>
    </message>
    <message>
        <source>“{digits}”: the house style is Western digits (0-9).</source>
        <translation>«{digits}»: الأسلوب المعتمد هو الأرقام الغربية (0-9).</translation>
    </message>
    <message>
        <source>“{digits}”: the house style is Arabic-Indic digits (٠-٩).</source>
        <translation>«{digits}»: الأسلوب المعتمد هو الأرقام المشرقية (٠-٩).</translation>
    </message>
    <message>
        <source>Write “{digits}”</source>
        <translation>كتابة «{digits}»</translation>
    </message>
    <message numerus="yes">
        <source>The headline has %n character(s); the layout fits {limit}.</source>
        <translation>
            <numerusform>في العنوان %Ln حرف، والتصميم لا يتسع لأكثر من {limit}.</numerusform>
            <numerusform>في العنوان حرف واحد، والتصميم لا يتسع لأكثر من {limit}.</numerusform>
            <numerusform>في العنوان حرفان، والتصميم لا يتسع لأكثر من {limit}.</numerusform>
            <numerusform>في العنوان %Ln أحرف، والتصميم لا يتسع لأكثر من {limit}.</numerusform>
            <numerusform>في العنوان %Ln حرفًا، والتصميم لا يتسع لأكثر من {limit}.</numerusform>
            <numerusform>في العنوان %Ln حرف، والتصميم لا يتسع لأكثر من {limit}.</numerusform>
        </translation>
    </message>
    <message>
        <source>A recent post has the same headline: “{other}”.</source>
        <translation>لمقال حديث العنوان نفسه: «{other}».</translation>
    </message>
    <message>
        <source>The house rules file {path} cannot be read: {reason}</source>
        <translation>تتعذّر قراءة ملف القواعد التحريرية {path}: {reason}</translation>
    </message>
    <message>
        <source>The house rules cannot be saved to {path}: {reason}</source>
        <translation>يتعذّر حفظ القواعد التحريرية في {path}: {reason}</translation>
    </message>
    <message>
        <source>A link to {url} has no text.</source>
        <translation>الرابط إلى {url} بلا نص.</translation>
    </message>
    <message>
        <source>The link to {url} is not https.</source>
        <translation>الرابط إلى {url} لا يستخدم https.</translation>
    </message>
    <message>
        <source>The link to {url} is not a full https address.</source>
        <translation>الرابط إلى {url} ليس عنوان https كاملًا.</translation>
    </message>
    <message>
        <source>An image has no alt text.</source>
        <translation>إحدى الصور بلا نص بديل.</translation>
    </message>
    <message>
        <source>The article has no headline.</source>
        <translation>المقال بلا عنوان.</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>اختر تصنيفًا.</translation>
    </message>
    <message>
        <source>Write an excerpt for listings and social media.</source>
        <translation>اكتب مقتطفًا يظهر في القوائم وعلى وسائل التواصل الاجتماعي.</translation>
    </message>
    <message numerus="yes">
        <source>The excerpt is short (%n character(s); at least {min}).</source>
        <translation>
            <numerusform>المقتطف قصير (فيه %Ln حرف، والحد الأدنى {min}).</numerusform>
            <numerusform>المقتطف قصير (فيه حرف واحد، والحد الأدنى {min}).</numerusform>
            <numerusform>المقتطف قصير (فيه حرفان، والحد الأدنى {min}).</numerusform>
            <numerusform>المقتطف قصير (فيه %Ln أحرف، والحد الأدنى {min}).</numerusform>
            <numerusform>المقتطف قصير (فيه %Ln حرفًا، والحد الأدنى {min}).</numerusform>
            <numerusform>المقتطف قصير (فيه %Ln حرف، والحد الأدنى {min}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The excerpt is long (%n character(s); at most {max}).</source>
        <translation>
            <numerusform>المقتطف طويل (فيه %Ln حرف، والحد الأقصى {max}).</numerusform>
            <numerusform>المقتطف طويل (فيه حرف واحد، والحد الأقصى {max}).</numerusform>
            <numerusform>المقتطف طويل (فيه حرفان، والحد الأقصى {max}).</numerusform>
            <numerusform>المقتطف طويل (فيه %Ln أحرف، والحد الأقصى {max}).</numerusform>
            <numerusform>المقتطف طويل (فيه %Ln حرفًا، والحد الأقصى {max}).</numerusform>
            <numerusform>المقتطف طويل (فيه %Ln حرف، والحد الأقصى {max}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The slug is %n byte(s) once encoded; WordPress cuts it at {limit}.</source>
        <translation>
            <numerusform>حجم المعرّف بعد الترميز %Ln بايت، وWordPress يقتطعه عند {limit}.</numerusform>
            <numerusform>حجم المعرّف بعد الترميز بايت واحد، وWordPress يقتطعه عند {limit}.</numerusform>
            <numerusform>حجم المعرّف بعد الترميز بايتان، وWordPress يقتطعه عند {limit}.</numerusform>
            <numerusform>حجم المعرّف بعد الترميز %Ln بايتات، وWordPress يقتطعه عند {limit}.</numerusform>
            <numerusform>حجم المعرّف بعد الترميز %Ln بايتًا، وWordPress يقتطعه عند {limit}.</numerusform>
            <numerusform>حجم المعرّف بعد الترميز %Ln بايت، وWordPress يقتطعه عند {limit}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A slug made from the headline would be %n byte(s); WordPress cuts it at {limit}.</source>
        <translation>
            <numerusform>المعرّف المأخوذ من العنوان سيبلغ %Ln بايت، وWordPress يقتطعه عند {limit}.</numerusform>
            <numerusform>المعرّف المأخوذ من العنوان سيبلغ بايتًا واحدًا، وWordPress يقتطعه عند {limit}.</numerusform>
            <numerusform>المعرّف المأخوذ من العنوان سيبلغ بايتين، وWordPress يقتطعه عند {limit}.</numerusform>
            <numerusform>المعرّف المأخوذ من العنوان سيبلغ %Ln بايتات، وWordPress يقتطعه عند {limit}.</numerusform>
            <numerusform>المعرّف المأخوذ من العنوان سيبلغ %Ln بايتًا، وWordPress يقتطعه عند {limit}.</numerusform>
            <numerusform>المعرّف المأخوذ من العنوان سيبلغ %Ln بايت، وWordPress يقتطعه عند {limit}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a featured image.</source>
        <translation>اختر صورة بارزة.</translation>
    </message>
    <message>
        <source>The featured image has no alt text.</source>
        <translation>الصورة البارزة بلا نص بديل.</translation>
    </message>
    <message>
        <source>Shorten the slug at a word boundary</source>
        <translation>تقصير المعرّف عند نهاية كلمة</translation>
    </message>
    <message>
        <source>Set a slug that fits</source>
        <translation>تعيين معرّف ضمن الحد</translation>
    </message>
    <message>
        <source>Headline missing</source>
        <translation>العنوان غائب</translation>
    </message>
    <message>
        <source>Category missing</source>
        <translation>التصنيف غائب</translation>
    </message>
    <message>
        <source>Excerpt missing</source>
        <translation>المقتطف غائب</translation>
    </message>
    <message>
        <source>Excerpt too short or too long</source>
        <translation>المقتطف قصير جدًا أو طويل جدًا</translation>
    </message>
    <message>
        <source>Featured image missing</source>
        <translation>الصورة البارزة غائبة</translation>
    </message>
    <message>
        <source>Featured image without alt text</source>
        <translation>صورة بارزة بلا نص بديل</translation>
    </message>
    <message>
        <source>Slug over WordPress&apos;s 200-byte limit</source>
        <translation>معرّف يتجاوز حد WordPress البالغ 200 بايت</translation>
    </message>
    <message>
        <source>Categories the site lacks and you may not create</source>
        <translation>تصنيفات لا يملكها الموقع ولا يحق لك إنشاؤها</translation>
    </message>
    <message>
        <source>Categories or tags new to the site</source>
        <translation>تصنيفات أو وسوم جديدة على الموقع</translation>
    </message>
    <message>
        <source>Spelling mistakes</source>
        <translation>الأخطاء الإملائية</translation>
    </message>
    <message>
        <source>Latin words left in Arabic text</source>
        <translation>كلمات لاتينية متروكة في النص العربي</translation>
    </message>
    <message>
        <source>Latin names and acronyms in Arabic text (a notice)</source>
        <translation>أسماء واختصارات بحروف لاتينية في نص عربي (تنبيه)</translation>
    </message>
    <message>
        <source>Website clutter left in the text</source>
        <translation>عناصر زائدة من الموقع متروكة في النص</translation>
    </message>
    <message>
        <source>Unbalanced quotation marks</source>
        <translation>علامات تنصيص غير متوازنة</translation>
    </message>
    <message>
        <source>Unbalanced brackets</source>
        <translation>أقواس غير متوازنة</translation>
    </message>
    <message>
        <source>Latin punctuation in Arabic text</source>
        <translation>علامات ترقيم لاتينية في النص العربي</translation>
    </message>
    <message>
        <source>Space before punctuation</source>
        <translation>مسافة قبل علامة الترقيم</translation>
    </message>
    <message>
        <source>Double spaces</source>
        <translation>مسافات مزدوجة</translation>
    </message>
    <message>
        <source>Tatweel used to stretch words</source>
        <translation>مدّ الكلمات بالتطويل (الكشيدة)</translation>
    </message>
    <message>
        <source>Digits not in the house style</source>
        <translation>أرقام مخالفة للأسلوب المعتمد</translation>
    </message>
    <message>
        <source>Zero-width characters</source>
        <translation>المحارف عديمة العرض</translation>
    </message>
    <message>
        <source>Hidden direction controls (embedding, override, isolate)</source>
        <translation>محارف خفية للتحكم في الاتجاه (تضمين، تجاوز، عزل)</translation>
    </message>
    <message>
        <source>Links without text</source>
        <translation>روابط بلا نص</translation>
    </message>
    <message>
        <source>Links that are not https</source>
        <translation>روابط لا تستخدم https</translation>
    </message>
    <message>
        <source>Images without alt text</source>
        <translation>صور بلا نص بديل</translation>
    </message>
    <message>
        <source>Headline too long</source>
        <translation>عنوان طويل جدًا</translation>
    </message>
    <message>
        <source>Headline of a recent post</source>
        <translation>عنوان مطابق لمقال حديث</translation>
    </message>
    <message>
        <source>Untranslated quotation “{text}” in: {sentence}</source>
        <translation>اقتباس غير مترجم «{text}» في: {sentence}</translation>
    </message>
    <message>
        <source>“{text}” in Latin letters in: {sentence} — in Arabic: “{arabic}”.</source>
        <translation>«{text}» بحروف لاتينية في: {sentence} — بالعربية: «{arabic}».</translation>
    </message>
    <message>
        <source>“{text}” after “{noun}” stays in Latin letters: fine for a name, or write it in Arabic?</source>
        <translation>«{text}» بعد «{noun}» بحروف لاتينية: مقبول لاسم علم، أم تكتبه بالعربية؟</translation>
    </message>
    <message>
        <source>The acronym “{text}” is in Latin letters: fine, or write it in Arabic?</source>
        <translation>الاختصار «{text}» بحروف لاتينية: مقبول، أم تكتبه بالعربية؟</translation>
    </message>
    <message>
        <source>“{text}” is in Latin letters in: {sentence} — write it in Arabic letters?</source>
        <translation>«{text}» بحروف لاتينية في: {sentence} — أتكتبه بحروف عربية؟</translation>
    </message>
    <message>
        <source>“{text}” looks like an untranslated interface word, in: {sentence}</source>
        <translation>يبدو أن «{text}» كلمة من واجهة موقع لم تُترجم، في: {sentence}</translation>
    </message>
    <message>
        <source>Latin “{text}” in Arabic text, a leftover? In: {sentence}</source>
        <translation>«{text}» بحروف لاتينية في نص عربي، أهي بقايا لصق؟ في: {sentence}</translation>
    </message>
    <message>
        <source>Remove “{text}”</source>
        <translation>حذف «{text}»</translation>
    </message>
    <message>
        <source>The quotation mark “{mark}” has no partner.</source>
        <translation>علامة التنصيص {mark} بلا علامة مقابلة.</translation>
    </message>
    <message>
        <source>The bracket “{mark}” has no partner.</source>
        <translation>القوس «{mark}» بلا قوس مقابل.</translation>
    </message>
    <message>
        <source>Replace with “{word}”</source>
        <translation>استبدال بـ«{word}»</translation>
    </message>
    <message>
        <source>“{word}” may be misspelled.</source>
        <translation>قد يكون في «{word}» خطأ إملائي.</translation>
    </message>
    <message>
        <source>Use the Arabic “{arabic}” instead of “{latin}” in Arabic text.</source>
        <translation>استخدم العلامة العربية «{arabic}» بدلًا من «{latin}» في النص العربي.</translation>
    </message>
    <message>
        <source>Replace with “{arabic}”</source>
        <translation>استبدال بـ«{arabic}»</translation>
    </message>
    <message>
        <source>No space before “{mark}”.</source>
        <translation>لا توضع مسافة قبل «{mark}».</translation>
    </message>
    <message>
        <source>Remove the space</source>
        <translation>حذف المسافة</translation>
    </message>
    <message numerus="yes">
        <source>%n space(s) in a row.</source>
        <translation>
            <numerusform>لا مسافات متتالية.</numerusform>
            <numerusform>مسافة واحدة.</numerusform>
            <numerusform>مسافتان متتاليتان.</numerusform>
            <numerusform>%Ln مسافات متتالية.</numerusform>
            <numerusform>%Ln مسافة متتالية.</numerusform>
            <numerusform>%Ln مسافة متتالية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use one space</source>
        <translation>الاكتفاء بمسافة واحدة</translation>
    </message>
    <message>
        <source>“{word}” is stretched with tatweel.</source>
        <translation>«{word}» ممدودة بالتطويل.</translation>
    </message>
    <message>
        <source>Write “{word}”</source>
        <translation>كتابة «{word}»</translation>
    </message>
    <message>
        <source>Hidden direction control ({names}): it can reorder the words around it.</source>
        <translation>محرف خفي للتحكم في الاتجاه ({names}): قد يغيّر ترتيب الكلمات حوله.</translation>
    </message>
    <message>
        <source>Remove the direction control</source>
        <translation>حذف محرف التحكم في الاتجاه</translation>
    </message>
    <message>
        <source>Invisible zero-width character ({names}).</source>
        <translation>محرف خفي عديم العرض ({names}).</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>حذفه</translation>
    </message>
    <message>
        <source>share buttons</source>
        <translation>أزرار المشاركة</translation>
    </message>
    <message>
        <source>publication date line</source>
        <translation>سطر تاريخ النشر</translation>
    </message>
    <message>
        <source>subscription notice</source>
        <translation>دعوة الاشتراك</translation>
    </message>
    <message>
        <source>cookie notice</source>
        <translation>إشعار ملفات تعريف الارتباط</translation>
    </message>
    <message>
        <source>advertisement marker</source>
        <translation>علامة الإعلان</translation>
    </message>
    <message>
        <source>disclaimer</source>
        <translation>إخلاء المسؤولية</translation>
    </message>
    <message>
        <source>latest news heading</source>
        <translation>عنوان «آخر الأخبار»</translation>
    </message>
    <message>
        <source>link to other articles</source>
        <translation>رابط إلى مقالات أخرى</translation>
    </message>
    <message>
        <source>site navigation</source>
        <translation>قوائم التنقل في الموقع</translation>
    </message>
    <message>
        <source>comments section</source>
        <translation>قسم التعليقات</translation>
    </message>
    <message>
        <source>copyright line</source>
        <translation>سطر حقوق النشر</translation>
    </message>
    <message>
        <source>“{text}” looks like website clutter ({reason}).</source>
        <translation>تبدو «{text}» عنصرًا زائدًا من الموقع ({reason}).</translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation>حذف هذا السطر</translation>
    </message>
    <message>
        <source>Not on {site}, and your role there may not create categories: {names}. Publishing will be refused: choose categories the site has.</source>
        <translation>غير موجودة على {site}، ودورك فيه لا يسمح بإنشاء التصنيفات: {names}. سيُرفض النشر: اختر تصنيفات موجودة على الموقع.</translation>
    </message>
    <message>
        <source>New categories for {site}, created when you publish: {names}.</source>
        <translation>تصنيفات جديدة على {site} تُنشأ عند النشر: {names}.</translation>
    </message>
    <message>
        <source>New tags for {site}, created when you publish: {names}.</source>
        <translation>وسوم جديدة على {site} تُنشأ عند النشر: {names}.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Say what to do: qalam {command} --help lists the actions.</source>
        <translation>حدّد ما تريد فعله: يعرض الأمر qalam {command} --help الإجراءات المتاحة.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <source>Qalam hit an unexpected error. Your open text has been saved. You can keep working; the details below help the developers fix it.</source>
        <translation>واجه قلم خطأً غير متوقع. حُفظ نصك المفتوح، ويمكنك مواصلة العمل؛ وستساعد التفاصيل أدناه المطورين على إصلاحه.</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Changes since submission</source>
        <translation>التغييرات منذ الإرسال للمراجعة</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Refresh the changes</source>
        <translation>تحديث التغييرات</translation>
    </message>
    <message>
        <source>Word-level changes</source>
        <translation>التغييرات على مستوى الكلمات</translation>
    </message>
    <message>
        <source>Struck through: removed by the editor. Underlined: added by the editor.</source>
        <translation>المشطوب: ما حذفه المحرر. المسطَّر: ما أضافه المحرر.</translation>
    </message>
    <message>
        <source>{added}, {removed}</source>
        <translation>{added}، و{removed}</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) added</source>
        <translation>
            <numerusform>لم تُضف كلمات</numerusform>
            <numerusform>أُضيفت كلمة واحدة</numerusform>
            <numerusform>أُضيفت كلمتان</numerusform>
            <numerusform>أُضيفت %Ln كلمات</numerusform>
            <numerusform>أُضيفت %Ln كلمة</numerusform>
            <numerusform>أُضيفت %Ln كلمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>لم تُحذف كلمات</numerusform>
            <numerusform>حُذفت كلمة واحدة</numerusform>
            <numerusform>حُذفت كلمتان</numerusform>
            <numerusform>حُذفت %Ln كلمات</numerusform>
            <numerusform>حُذفت %Ln كلمة</numerusform>
            <numerusform>حُذفت %Ln كلمة</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes since submission</source>
        <translation>لا تغييرات منذ الإرسال للمراجعة</translation>
    </message>
    <message>
        <source>No submitted version to compare with</source>
        <translation>لا توجد نسخة مُرسلة للمقارنة بها</translation>
    </message>
    <message>
        <source>The changes could not be shown.</source>
        <translation>تعذّر عرض التغييرات.</translation>
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
        <translation>محركات التدقيق الإملائي: {names}</translation>
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
    <name>DocumentController</name>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>Your latest text could not be saved (the disk may be full). If you quit now, it is lost. Free some space and keep Qalam open: it keeps trying.</source>
        <translation>تعذّر حفظ آخر ما كتبته (ربما امتلأ القرص). إن أغلقت قلم الآن فسيضيع. أفرغ بعض المساحة وأبقِ قلم مفتوحًا: سيواصل المحاولة.</translation>
    </message>
    <message>
        <source>Draft store</source>
        <translation>مخزن المسودات</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>Recover unsaved text?</source>
        <translation>أتريد استرجاع النص غير المحفوظ؟</translation>
    </message>
    <message>
        <source>Qalam stopped before “{title}” was saved. Keep the recovered text?</source>
        <translation>توقف قلم قبل حفظ «{title}». أتريد الاحتفاظ بالنص المسترجَع؟</translation>
    </message>
    <message>
        <source>The draft could not be saved to the database; your text is kept in the recovery journal. Details are in the log.</source>
        <translation>تعذّر حفظ المسودة في قاعدة البيانات؛ نصك محفوظ في سجل الاسترجاع. التفاصيل في ملف السجل.</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>No {what} with id {id}.</source>
        <translation>لا يوجد عنصر ({what}) رقمه {id}.</translation>
    </message>
    <message>
        <source>A site named {name} already exists.</source>
        <translation>يوجد موقع باسم {name} بالفعل.</translation>
    </message>
    <message>
        <source>A draft with id {id} already exists.</source>
        <translation>توجد مسودة بالمعرّف {id} بالفعل.</translation>
    </message>
    <message>
        <source>No draft with id {id}.</source>
        <translation>لا توجد مسودة بالمعرّف {id}.</translation>
    </message>
    <message>
        <source>No draft id given.</source>
        <translation>لم يُذكر معرّف المسودة.</translation>
    </message>
    <message numerus="yes">
        <source>Unsaved text of %n draft(s) was recovered after Qalam stopped unexpectedly.</source>
        <translation>
            <numerusform>لم يُستعد نص غير محفوظ من أي مسودة بعد توقف قلم على نحو غير متوقع.</numerusform>
            <numerusform>استُعيد نص غير محفوظ من مسودة واحدة بعد أن توقف قلم على نحو غير متوقع.</numerusform>
            <numerusform>استُعيد نص غير محفوظ من مسودتين بعد أن توقف قلم على نحو غير متوقع.</numerusform>
            <numerusform>استُعيد نص غير محفوظ من %Ln مسودات بعد أن توقف قلم على نحو غير متوقع.</numerusform>
            <numerusform>استُعيد نص غير محفوظ من %Ln مسودة بعد أن توقف قلم على نحو غير متوقع.</numerusform>
            <numerusform>استُعيد نص غير محفوظ من %Ln مسودة بعد أن توقف قلم على نحو غير متوقع.</numerusform>
        </translation>
    </message>
    <message>
        <source>The id {id} is ambiguous: several drafts start with it; type more of it.</source>
        <translation>المعرّف {id} ملتبس: تبدأ به أكثر من مسودة؛ اكتب جزءًا أطول منه.</translation>
    </message>
    <message>
        <source>Draft {id} has no revision {number}.</source>
        <translation>ليس في المسودة {id} نسخة رقمها {number}.</translation>
    </message>
    <message>
        <source>Recovered after an unexpected exit</source>
        <translation>استُعيدت بعد خروج غير متوقع</translation>
    </message>
    <message>
        <source>The drafts database was damaged and no good backup was found. Qalam rebuilt it from what the damaged file still held; the damaged file was kept as {damaged}.</source>
        <translation>تلفت قاعدة بيانات المسودات ولم توجد نسخة احتياطية سليمة، فأعاد قلم بناءها مما بقي سليمًا في الملف التالف. احتُفظ بالملف التالف باسم {damaged}.</translation>
    </message>
    <message>
        <source>The drafts database was damaged. It was restored from the backup of {when} together with what the damaged file still held; the damaged file was kept as {damaged}.</source>
        <translation>تلفت قاعدة بيانات المسودات، فاستُعيدت من النسخة الاحتياطية المأخوذة في {when} مع ما بقي سليمًا في الملف التالف. احتُفظ بالملف التالف باسم {damaged}.</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) with changes newer than the backup were recovered from the damaged file.</source>
        <translation>
            <numerusform>لم تُستعَد من الملف التالف أي مسودة فيها تغييرات أحدث من النسخة الاحتياطية.</numerusform>
            <numerusform>استُعيدت من الملف التالف مسودة واحدة فيها تغييرات أحدث من النسخة الاحتياطية.</numerusform>
            <numerusform>استُعيدت من الملف التالف مسودتان فيهما تغييرات أحدث من النسخة الاحتياطية.</numerusform>
            <numerusform>استُعيدت من الملف التالف %n مسودات فيها تغييرات أحدث من النسخة الاحتياطية.</numerusform>
            <numerusform>استُعيدت من الملف التالف %n مسودة فيها تغييرات أحدث من النسخة الاحتياطية.</numerusform>
            <numerusform>استُعيدت من الملف التالف %n مسودة فيها تغييرات أحدث من النسخة الاحتياطية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) could not be read from the damaged file; changes made to them after the backup may be missing: {titles}</source>
        <translation>
            <numerusform>لم تتعذّر قراءة أي مسودة من الملف التالف: {titles}</numerusform>
            <numerusform>تعذّرت قراءة مسودة واحدة من الملف التالف، وقد تنقصها التغييرات التي جرت بعد النسخة الاحتياطية: {titles}</numerusform>
            <numerusform>تعذّرت قراءة مسودتين من الملف التالف، وقد تنقصهما التغييرات التي جرت بعد النسخة الاحتياطية: {titles}</numerusform>
            <numerusform>تعذّرت قراءة %n مسودات من الملف التالف، وقد تنقصها التغييرات التي جرت بعد النسخة الاحتياطية: {titles}</numerusform>
            <numerusform>تعذّرت قراءة %n مسودة من الملف التالف، وقد تنقصها التغييرات التي جرت بعد النسخة الاحتياطية: {titles}</numerusform>
            <numerusform>تعذّرت قراءة %n مسودة من الملف التالف، وقد تنقصها التغييرات التي جرت بعد النسخة الاحتياطية: {titles}</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing could be recovered from the damaged file {damaged}.</source>
        <translation>تعذّر استرداد أي شيء من الملف التالف {damaged}.</translation>
    </message>
    <message>
        <source>Recovered from the damaged database</source>
        <translation>استُعيدت من قاعدة البيانات التالفة</translation>
    </message>
    <message>
        <source>Text from the open window, kept when the draft changed elsewhere</source>
        <translation>نص النافذة المفتوحة، حُفظ جانبًا لأن المسودة تغيّرت في مكان آخر</translation>
    </message>
    <message>
        <source>Version written elsewhere, kept before it was replaced</source>
        <translation>نسخة كُتبت في مكان آخر، حُفظت قبل أن يحلّ محلها نص آخر</translation>
    </message>
    <message>
        <source>The drafts database was written by a newer version of Qalam (schema {rev}). Update Qalam to open it.</source>
        <translation>كُتبت قاعدة بيانات المسودات بإصدار أحدث من قلم (المخطط {rev}). حدّث قلم لتفتحها.</translation>
    </message>
    <message>
        <source>The draft could not be saved on this computer: {reason}</source>
        <translation>تعذّر حفظ المسودة على هذا الحاسوب: {reason}</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>No drafts.</source>
        <translation>لا توجد مسودات.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>لم يُعثر على شيء.</translation>
    </message>
    <message>
        <source>Restored revision {old} as revision {new}.</source>
        <translation>استُعيدت النسخة {old} بوصفها النسخة {new}.</translation>
    </message>
    <message>
        <source>Moved to the trash: {title}</source>
        <translation>نُقلت إلى سلة المهملات: {title}</translation>
    </message>
    <message>
        <source>Taken out of the trash: {title}</source>
        <translation>أُخرجت من سلة المهملات: {title}</translation>
    </message>
    <message>
        <source>Nothing to change: give --title, --excerpt, --slug, --category, --tag, --remove-category or --remove-tag.</source>
        <translation>لا شيء لتغييره: استعمل --title أو --excerpt أو --slug أو --category أو --tag أو --remove-category أو --remove-tag.</translation>
    </message>
    <message>
        <source>Categories: {names}</source>
        <translation>التصنيفات: {names}</translation>
    </message>
    <message>
        <source>Tags: {names}</source>
        <translation>الوسوم: {names}</translation>
    </message>
    <message>
        <source>warning: “{name}” is not a category on {site}, and your role there may not create one: publishing will be refused.</source>
        <translation>تحذير: «{name}» ليس تصنيفًا على {site}، ودورك فيه لا يسمح بإنشاء التصنيفات: سيُرفض النشر.</translation>
    </message>
    <message>
        <source>“{name}” is a new category for {site}: it is created when you publish.</source>
        <translation>«{name}» تصنيف جديد على {site}: يُنشأ عند النشر.</translation>
    </message>
    <message>
        <source>“{name}” is a new tag for {site}: it is created when you publish.</source>
        <translation>«{name}» وسم جديد على {site}: يُنشأ عند النشر.</translation>
    </message>
    <message numerus="yes">
        <source>The search index is being updated in the background (%n draft(s) to go): every draft is found meanwhile, but matches through attached prefixes may differ until it is done.</source>
        <translation>
            <numerusform>يجري تحديث فهرس البحث في الخلفية (لم تبقَ مسودات): تظهر كل المسودات في النتائج خلال ذلك، لكن المطابقة عبر السوابق المتصلة (و، ب، ال…) قد تختلف حتى يكتمل التحديث.</numerusform>
            <numerusform>يجري تحديث فهرس البحث في الخلفية (بقيت مسودة واحدة): تظهر كل المسودات في النتائج خلال ذلك، لكن المطابقة عبر السوابق المتصلة (و، ب، ال…) قد تختلف حتى يكتمل التحديث.</numerusform>
            <numerusform>يجري تحديث فهرس البحث في الخلفية (بقيت مسودتان): تظهر كل المسودات في النتائج خلال ذلك، لكن المطابقة عبر السوابق المتصلة (و، ب، ال…) قد تختلف حتى يكتمل التحديث.</numerusform>
            <numerusform>يجري تحديث فهرس البحث في الخلفية (بقيت %Ln مسودات): تظهر كل المسودات في النتائج خلال ذلك، لكن المطابقة عبر السوابق المتصلة (و، ب، ال…) قد تختلف حتى يكتمل التحديث.</numerusform>
            <numerusform>يجري تحديث فهرس البحث في الخلفية (بقيت %Ln مسودة): تظهر كل المسودات في النتائج خلال ذلك، لكن المطابقة عبر السوابق المتصلة (و، ب، ال…) قد تختلف حتى يكتمل التحديث.</numerusform>
            <numerusform>يجري تحديث فهرس البحث في الخلفية (بقيت %Ln مسودة): تظهر كل المسودات في النتائج خلال ذلك، لكن المطابقة عبر السوابق المتصلة (و، ب، ال…) قد تختلف حتى يكتمل التحديث.</numerusform>
        </translation>
    </message>
    <message>
        <source>Did you mean: {words}? (--fuzzy searches them too)</source>
        <translation>هل تقصد: {words}؟ (يبحث الخيار ‎--fuzzy‎ عنها أيضاً)</translation>
    </message>
    <message>
        <source>Also showing drafts with: {words}</source>
        <translation>وتظهر أيضاً المسودات التي فيها: {words}</translation>
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
        <source>Filter by state</source>
        <translation>التصفية حسب الحالة</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Filter by site</source>
        <translation>التصفية حسب الموقع</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>كل المواقع</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>المهملات</translation>
    </message>
    <message>
        <source>Show the trash</source>
        <translation>اعرض المهملات</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>انقل إلى المهملات</translation>
    </message>
    <message>
        <source>Press {shortcut} to start writing, or import a Word, Markdown or text file.</source>
        <translation>اضغط {shortcut} لتبدأ الكتابة، أو استورد ملف Word أو Markdown أو ملفًا نصيًا.</translation>
    </message>
    <message>
        <source>No draft matches.</source>
        <translation>لا توجد مسودة مطابقة.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>مُرسَلة للمراجعة</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>مُعادة إلى المراسل</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>مُعتمَدة</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>مُجدوَلة</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منشورة</translation>
    </message>
    <message>
        <source>{state}, edited since</source>
        <translation>{state}، عُدّلت بعد النشر</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعِد</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>WordPress block kept as it is: {name}</source>
        <translation>مكوّن WordPress محفوظ كما هو: {name}</translation>
    </message>
</context>
<context>
    <name>EditorArea</name>
    <message>
        <source>Nothing open</source>
        <translation>لا شيء مفتوح</translation>
    </message>
    <message>
        <source>Choose a draft from the list, or press {shortcut} for a new one.</source>
        <translation>اختر مسودة من القائمة، أو اضغط {shortcut} لمسودة جديدة.</translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <source>The data folder {path} cannot be used: {file} is a file, not a folder. Move that file away, or choose another folder with --data-dir.</source>
        <translation>لا يمكن استخدام مجلد البيانات {path}: ‏{file} ملف وليس مجلدًا. انقل ذلك الملف من مكانه، أو اختر مجلدًا آخر بـ--data-dir.</translation>
    </message>
    <message>
        <source>The data folder {path} is read-only. Give yourself write permission on it, or choose another folder with --data-dir.</source>
        <translation>مجلد البيانات {path} للقراءة فقط. امنح نفسك صلاحية الكتابة فيه، أو اختر مجلدًا آخر بـ--data-dir.</translation>
    </message>
    <message>
        <source>The data folder {path} does not exist, and neither does {parent} (is a drive not connected?). Create the folder first, or choose another one with --data-dir.</source>
        <translation>مجلد البيانات {path} غير موجود، ولا المجلد {parent} الذي يحويه (هل القرص غير موصول؟). أنشئ المجلد أولًا، أو اختر مجلدًا آخر بـ--data-dir.</translation>
    </message>
    <message>
        <source>Qalam may not create the folder {path} ({reason}). Check the permissions of its parent folder, or choose another folder with --data-dir.</source>
        <translation>لا يُسمح لقلم بإنشاء المجلد {path} ({reason}). راجع صلاحيات المجلد الذي يحويه، أو اختر مجلدًا آخر بـ--data-dir.</translation>
    </message>
    <message>
        <source>The disk is full: Qalam cannot create the folder {path}. Free some space and try again.</source>
        <translation>القرص ممتلئ: لا يستطيع قلم إنشاء المجلد {path}. أفرغ بعض المساحة وأعد المحاولة.</translation>
    </message>
    <message>
        <source>Qalam cannot use the folder {path} ({reason}). Check the disk, or choose another folder with --data-dir.</source>
        <translation>لا يستطيع قلم استخدام المجلد {path} ({reason}). افحص القرص، أو اختر مجلدًا آخر بـ--data-dir.</translation>
    </message>
    <message>
        <source>Qalam cannot write its log file in {path} ({reason}). Give yourself write permission on that folder, or choose another data folder with --data-dir.</source>
        <translation>لا يستطيع قلم كتابة ملف السجل في {path} ({reason}). امنح نفسك صلاحية الكتابة في ذلك المجلد، أو اختر مجلد بيانات آخر بـ--data-dir.</translation>
    </message>
    <message>
        <source>The certificate file in {var} ({path}) is missing or unusable, so no secure connection can be made. Correct {var}, or unset it to use the system&apos;s certificates.</source>
        <translation>ملف الشهادات المحدَّد في {var} ‏({path}) مفقود أو غير صالح، فلا يمكن إنشاء أي اتصال آمن. صحّح {var}، أو ألغِ ضبطه لتُستخدم شهادات النظام.</translation>
    </message>
    <message>
        <source>No secure connection could be made ({reason}). Check the system&apos;s certificates (the ca-certificates package).</source>
        <translation>تعذّر إنشاء اتصال آمن ({reason}). افحص شهادات النظام (الحزمة ca-certificates).</translation>
    </message>
    <message>
        <source>The drafts database in {path} is damaged. Start Qalam again: it keeps the damaged file aside and restores the newest backup.</source>
        <translation>قاعدة بيانات المسودات في {path} تالفة. شغّل قلم مرة أخرى: سيحتفظ بالملف التالف جانبًا ويستعيد أحدث نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The system keyring cannot be used ({reason}). Start or unlock it (for example gnome-keyring), or set QALAM_PASSWORD for each command.</source>
        <translation>لا يمكن استخدام حلقة مفاتيح النظام ({reason}). شغّلها أو افتح قفلها (gnome-keyring مثلًا)، أو اضبط QALAM_PASSWORD مع كل أمر.</translation>
    </message>
    <message>
        <source>The spelling dictionaries cannot be loaded ({reason}). Install hunspell-ar and hunspell-en-us (see qalam doctor).</source>
        <translation>تعذّر تحميل قواميس التدقيق الإملائي ({reason}). ثبّت hunspell-ar وhunspell-en-us (انظر qalam doctor).</translation>
    </message>
    <message>
        <source>Qalam ran out of memory. Close other programs and try again.</source>
        <translation>نفدت الذاكرة المتاحة لقلم. أغلق برامج أخرى وأعد المحاولة.</translation>
    </message>
    <message>
        <source>Qalam could not use {path} ({reason}). Check that it exists and that you may use it.</source>
        <translation>تعذّر على قلم استخدام {path} ({reason}). تحقّق من وجوده ومن أنّ لديك صلاحية استخدامه.</translation>
    </message>
    <message>
        <source>Qalam stopped on an unexpected error ({error}). The details are in {log}. Please report it.</source>
        <translation>توقّف قلم بسبب خطأ غير متوقَّع ({error}). التفاصيل في {log}. نرجو الإبلاغ عنه.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Give --format (md, html, docx or pdf): {name} has no known extension.</source>
        <translation>حدّد الصيغة بالخيار --format (md أو html أو docx أو pdf): ليس للملف {name} امتداد معروف.</translation>
    </message>
    <message>
        <source>Unknown export format: {format}.</source>
        <translation>صيغة تصدير غير معروفة: {format}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the disk is full. Nothing was written; free some space and try again.</source>
        <translation>تتعذّر الكتابة إلى {path}: القرص ممتلئ. لم يُكتب شيء؛ أفرغ بعض المساحة ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>تتعذّر الكتابة إلى {path}: {reason}</translation>
    </message>
    <message>
        <source>PDF export needs the graphical part of Qt, which is not running.</source>
        <translation>التصدير إلى PDF يحتاج إلى الواجهة الرسومية لمكتبة Qt، وهي غير مشغّلة.</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>مستند Word (*.docx)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>صفحة ويب (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>PDF export is not available: {reason}</source>
        <translation>التصدير إلى PDF غير متاح: {reason}</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Import articles</source>
        <translation>استيراد مقالات</translation>
    </message>
    <message>
        <source>Articles (*.docx *.md *.markdown *.html *.htm *.txt);;All files (*)</source>
        <translation>المقالات (*.docx *.md *.markdown *.html *.htm *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>صُدِّر إلى {path}</translation>
    </message>
    <message>
        <source>That did not work; nothing was changed. Details are in the log.</source>
        <translation>لم تنجح العملية، ولم يتغير شيء. التفاصيل في ملف السجل.</translation>
    </message>
    <message>
        <source>Import and export</source>
        <translation>الاستيراد والتصدير</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Find and Replace</source>
        <translation>بحث واستبدال</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>البحث عن</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>الاستبدال بـ</translation>
    </message>
    <message>
        <source>Ignore vowel marks and hamza forms</source>
        <translation>تجاهل التشكيل وصور الهمزة</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>مطابقة حالة الأحرف</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>كلمات كاملة فقط</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>بحث عن التالي</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>بحث عن السابق</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>استبدال الكل</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>لم يُعثر عليه</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>لا نتائج</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%Ln نتائج</numerusform>
            <numerusform>%Ln نتيجة</numerusform>
            <numerusform>%Ln نتيجة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n time(s)</source>
        <translation>
            <numerusform>لم يُستبدل شيء</numerusform>
            <numerusform>استُبدل موضع واحد</numerusform>
            <numerusform>استُبدل موضعان</numerusform>
            <numerusform>استُبدلت %Ln مواضع</numerusform>
            <numerusform>استُبدل %Ln موضعًا</numerusform>
            <numerusform>استُبدل %Ln موضع</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormatActions</name>
    <message>
        <source>Heading</source>
        <translation>عنوان داخلي</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>عنوان داخلي فرعي</translation>
    </message>
    <message>
        <source>Body Text</source>
        <translation>نص المتن</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>غامق</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>مائل</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>رابط…</translation>
    </message>
    <message>
        <source>Block Quote</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <source>Bulleted List</source>
        <translation>قائمة نقطية</translation>
    </message>
    <message>
        <source>Numbered List</source>
        <translation>قائمة مرقّمة</translation>
    </message>
    <message>
        <source>Image…</source>
        <translation>صورة…</translation>
    </message>
    <message>
        <source>Horizontal Rule</source>
        <translation>خط فاصل أفقي</translation>
    </message>
    <message>
        <source>Insert Table…</source>
        <translation>إدراج جدول…</translation>
    </message>
    <message>
        <source>Clear Formatting</source>
        <translation>مسح التنسيق</translation>
    </message>
    <message>
        <source>Left-to-Right Paragraph</source>
        <translation>فقرة من اليسار إلى اليمين</translation>
    </message>
    <message>
        <source>Paste as Plain Text</source>
        <translation>لصق كنص عادي</translation>
    </message>
    <message>
        <source>Find and Replace…</source>
        <translation>بحث واستبدال…</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Actual Size</source>
        <translation>الحجم الفعلي</translation>
    </message>
    <message>
        <source>Import Newsroom Word List…</source>
        <translation>استيراد قائمة كلمات غرفة الأخبار…</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <source>Import a Newsroom Word List</source>
        <translation>استيراد قائمة كلمات غرفة الأخبار</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>ملفات نصية (*.txt);;كل الملفات (*)</translation>
    </message>
    <message numerus="yes">
        <source>Added %n new word(s) to the newsroom word list.</source>
        <translation>
            <numerusform>لم تُضف كلمات جديدة إلى قائمة كلمات غرفة الأخبار.</numerusform>
            <numerusform>أُضيفت كلمة جديدة واحدة إلى قائمة كلمات غرفة الأخبار.</numerusform>
            <numerusform>أُضيفت كلمتان جديدتان إلى قائمة كلمات غرفة الأخبار.</numerusform>
            <numerusform>أُضيفت %Ln كلمات جديدة إلى قائمة كلمات غرفة الأخبار.</numerusform>
            <numerusform>أُضيفت %Ln كلمة جديدة إلى قائمة كلمات غرفة الأخبار.</numerusform>
            <numerusform>أُضيفت %Ln كلمة جديدة إلى قائمة كلمات غرفة الأخبار.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Revision history</source>
        <translation>سجل النسخ</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>النسخ</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>الكلمات</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Revision text</source>
        <translation>نص النسخة</translation>
    </message>
    <message>
        <source>Select one revision to read it, or two to compare them.</source>
        <translation>اختر نسخة واحدة لقراءتها، أو نسختين للمقارنة بينهما.</translation>
    </message>
    <message>
        <source>Compare with current</source>
        <translation>مقارنة بالنص الحالي</translation>
    </message>
    <message>
        <source>Restore this revision</source>
        <translation>استعادة هذه النسخة</translation>
    </message>
    <message>
        <source>Revision {number}</source>
        <translation>النسخة {number}</translation>
    </message>
    <message>
        <source>These revisions have the same text.</source>
        <translation>للنسختين النص نفسه.</translation>
    </message>
    <message>
        <source>Changes from revision {old} to revision {new}: deleted words are struck through in red, added words underlined in green.</source>
        <translation>التغييرات من النسخة {old} إلى النسخة {new}: الكلمات المحذوفة مشطوبة بالأحمر، والكلمات المضافة مسطَّرة بالأخضر.</translation>
    </message>
    <message>
        <source>Restore revision</source>
        <translation>استعادة النسخة</translation>
    </message>
    <message>
        <source>Bring back revision {number}? The current text stays in the history.</source>
        <translation>أتريد استعادة النسخة {number}؟ سيبقى النص الحالي محفوظًا في السجل.</translation>
    </message>
</context>
<context>
    <name>ImageDialog</name>
    <message>
        <source>Insert Image</source>
        <translation>إدراج صورة</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>ملف الصورة</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Alternative text</source>
        <translation>النص البديل</translation>
    </message>
    <message>
        <source>What the image shows, for readers who cannot see it</source>
        <translation>ما تُظهره الصورة، للقرّاء الذين لا يستطيعون رؤيتها</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>شرح الصورة</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>النص البديل</translation>
    </message>
    <message>
        <source>Choose an Image</source>
        <translation>اختيار صورة</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>الصور (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{reason} Nothing was imported.</source>
        <translation>{reason} لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>{file} was already imported: it is draft {id} “{title}”, in the trash. Nothing new was made; take it out with qalam drafts untrash {id}, or import the file once more with --again.</source>
        <translation>سبق استيراد {file}: إنه المسودة {id} «{title}» الموجودة في سلة المهملات. لم تُنشأ مسودة جديدة؛ أخرجها بالأمر qalam drafts untrash {id}، أو استورد الملف مرة أخرى مع --again.</translation>
    </message>
    <message>
        <source>{file} was already imported: it is draft {id} “{title}”. Nothing new was made; to import it once more, add --again.</source>
        <translation>سبق استيراد {file}: إنه المسودة {id} «{title}». لم تُنشأ مسودة جديدة؛ لاستيراده مرة أخرى أضف --again.</translation>
    </message>
    <message numerus="yes">
        <source>{file}: removed %n block(s) of website boilerplate.</source>
        <translation>
            <numerusform>{file}: لم يُزل أي عنصر زائد من الموقع.</numerusform>
            <numerusform>{file}: أُزيل عنصر زائد واحد من الموقع.</numerusform>
            <numerusform>{file}: أُزيل عنصران زائدان من الموقع.</numerusform>
            <numerusform>{file}: أُزيلت %Ln عناصر زائدة من الموقع.</numerusform>
            <numerusform>{file}: أُزيل %Ln عنصرًا زائدًا من الموقع.</numerusform>
            <numerusform>{file}: أُزيل %Ln عنصر زائد من الموقع.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: Qalam imports .docx, .md, .html and .txt files.</source>
        <translation>{name}: يستورد قلم ملفات docx وmd وhtml وtxt فقط.</translation>
    </message>
    <message>
        <source>{name} is not a file.</source>
        <translation>{name} ليس ملفًا.</translation>
    </message>
    <message>
        <source>{name} is too large to import ({size} MB; the limit is {limit} MB).</source>
        <translation>{name} أكبر من أن يُستورد (حجمه {size} ميغابايت، والحد الأقصى {limit} ميغابايت).</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>تتعذّر قراءة {name}: {reason}</translation>
    </message>
    <message>
        <source>{name} is too large to import.</source>
        <translation>{name} أكبر من أن يُستورد.</translation>
    </message>
    <message>
        <source>{name}: unknown file type.</source>
        <translation>{name}: نوع ملف غير معروف.</translation>
    </message>
    <message>
        <source>{name} has no text to import.</source>
        <translation>لا يحتوي {name} على نص لاستيراده.</translation>
    </message>
    <message>
        <source>{name} is not a text file.</source>
        <translation>{name} ليس ملفًا نصيًا.</translation>
    </message>
    <message>
        <source>{name} is not valid {encoding} text (at byte {offset}). Save it as UTF-8 and import it again.</source>
        <translation>{name} ليس نصًا صالحًا بترميز {encoding} (عند البايت {offset}). احفظه بترميز UTF-8 ثم استورده مجددًا.</translation>
    </message>
    <message>
        <source>{name} is damaged or is not a Word document (.docx).</source>
        <translation>{name} تالف أو ليس مستند Word بصيغة docx.</translation>
    </message>
    <message>
        <source>{name} unpacks to more than {limit} MB; it may be a zip bomb, so it was not imported.</source>
        <translation>يتجاوز حجم {name} بعد فك ضغطه {limit} ميغابايت؛ وقد يكون «قنبلة ضغط» (zip bomb)، لذا لم يُستورد.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import {name}</source>
        <translation>استيراد {name}</translation>
    </message>
    <message>
        <source>Headline:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>التصنيف:</translation>
    </message>
    <message>
        <source>Tick to put this back into the body</source>
        <translation>ضع علامة لإعادة هذا إلى المتن</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) removed as website clutter. Tick to keep:</source>
        <translation>
            <numerusform>لم يُزل أي عنصر زائد من الموقع.</numerusform>
            <numerusform>أُزيل عنصر زائد واحد من الموقع. ضع علامة عليه إن أردت إبقاءه:</numerusform>
            <numerusform>أُزيل عنصران زائدان من الموقع. ضع علامة على ما تريد إبقاءه:</numerusform>
            <numerusform>أُزيلت %Ln عناصر زائدة من الموقع. ضع علامة على ما تريد إبقاءه:</numerusform>
            <numerusform>أُزيل %Ln عنصرًا زائدًا من الموقع. ضع علامة على ما تريد إبقاءه:</numerusform>
            <numerusform>أُزيل %Ln عنصر زائد من الموقع. ضع علامة على ما تريد إبقاءه:</numerusform>
        </translation>
    </message>
    <message>
        <source>Create draft</source>
        <translation>إنشاء مسودة</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
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
    <message>
        <source>The display {display} does not answer, so the window cannot open. Check DISPLAY (or WAYLAND_DISPLAY), or start Qalam from the desktop&apos;s menu. To run without a screen, use QT_QPA_PLATFORM=offscreen qalam.</source>
        <translation>الشاشة {display} لا تستجيب، فلا يمكن فتح النافذة. راجع DISPLAY (أو WAYLAND_DISPLAY)، أو شغّل قلم من قائمة سطح المكتب. وللتشغيل بلا شاشة استخدم QT_QPA_PLATFORM=offscreen qalam.</translation>
    </message>
    <message>
        <source>The window cannot open: {reason}. Run qalam doctor to see what is missing.</source>
        <translation>تعذّر فتح النافذة: {reason}. شغّل qalam doctor لمعرفة الناقص.</translation>
    </message>
    <message>
        <source>Qalam is already open with this data folder (process {pid}) but does not answer. Close that window, or end the process if it hangs, then start Qalam again.</source>
        <translation>قلم مفتوح بالفعل على مجلد البيانات هذا (العملية {pid}) لكنه لا يستجيب. أغلق تلك النافذة، أو أنهِ العملية إن كانت معلّقة، ثم شغّل قلم من جديد.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link</source>
        <translation>رابط</translation>
    </message>
    <message>
        <source>Link text</source>
        <translation>نص الرابط</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>عنوان URL</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Remove Link</source>
        <translation>إزالة الرابط</translation>
    </message>
</context>
<context>
    <name>LiveDesk</name>
    <message>
        <source>The disk is full, so your latest text could not be saved. It is kept in this window, and Qalam keeps trying: it will be saved as soon as some space is freed.</source>
        <translation>القرص ممتلئ، فتعذّر حفظ آخر ما كتبته. النص باقٍ في هذه النافذة، وقلم يواصل المحاولة: سيُحفظ فور تفريغ بعض المساحة.</translation>
    </message>
    <message>
        <source>Your latest text could not be saved ({reason}). It is kept in this window, and Qalam keeps trying to save it.</source>
        <translation>تعذّر حفظ آخر ما كتبته ({reason}). النص باقٍ في هذه النافذة، وقلم يواصل محاولة حفظه.</translation>
    </message>
</context>
<context>
    <name>LiveDocument</name>
    <message>
        <source>Compare…</source>
        <translation>قارِن…</translation>
    </message>
    <message>
        <source>Keep my text</source>
        <translation>أبقِ نصي</translation>
    </message>
    <message>
        <source>Use the other version</source>
        <translation>اعتمد النسخة الأخرى</translation>
    </message>
    <message>
        <source>This draft was changed elsewhere (for example from the command line) while you were editing it. Both texts are kept. Compare them, then choose which one continues.</source>
        <translation>تغيّرت هذه المسودة في مكان آخر (من سطر الأوامر مثلًا) بينما كنت تحرّرها. النصّان محفوظان كلاهما. قارن بينهما، ثم اختر أيّهما تواصل العمل عليه.</translation>
    </message>
    <message>
        <source>Compare the two versions</source>
        <translation>المقارنة بين النسختين</translation>
    </message>
    <message>
        <source>From the other version to your text</source>
        <translation>من النسخة الأخرى إلى نصك</translation>
    </message>
    <message>
        <source>Struck through: only in the other version. Underlined: only in your text.</source>
        <translation>المشطوب: في النسخة الأخرى وحدها. المسطَّر: في نصك وحده.</translation>
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
        <translation>منطقة التحرير</translation>
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
        <source>Nothing to check yet</source>
        <translation>لا شيء للتدقيق بعد</translation>
    </message>
    <message>
        <source>Open a draft to check it.</source>
        <translation>افتح مسودة لتدقيقها.</translation>
    </message>
    <message>
        <source>Check before publishing</source>
        <translation>التدقيق قبل النشر</translation>
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
        <source>&amp;Save</source>
        <translation>حفظ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>استيراد…(&amp;I)</translation>
    </message>
    <message>
        <source>Open from &amp;Site…</source>
        <translation>فتح من الموقع…(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>تصدير…(&amp;E)</translation>
    </message>
    <message>
        <source>Revision &amp;History…</source>
        <translation>سجل النسخ…(&amp;H)</translation>
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
        <source>Select &amp;All</source>
        <translation>تحديد الكل(&amp;A)</translation>
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
        <source>&amp;Language</source>
        <translation>اللغة(&amp;L)</translation>
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
        <source>&amp;Unpublish…</source>
        <translation>إلغاء النشر…(&amp;U)</translation>
    </message>
    <message>
        <source>Pre&amp;view on the Site</source>
        <translation>معاينة كما على الموقع(&amp;V)</translation>
    </message>
    <message>
        <source>S&amp;ync with the Site</source>
        <translation>مزامنة مع الموقع(&amp;Y)</translation>
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
        <source>&amp;Working Site</source>
        <translation>الموقع الحالي(&amp;W)</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>الإعدادات…(&amp;T)</translation>
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
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The new language takes effect the next time you start Qalam.</source>
        <translation>تُطبَّق اللغة الجديدة في المرة القادمة التي تشغّل فيها قلم.</translation>
    </message>
    <message>
        <source>The draft store could not be opened. Details are in the log.</source>
        <translation>تعذّر فتح مخزن المسودات. التفاصيل في ملف السجل.</translation>
    </message>
    <message>
        <source>Draft store</source>
        <translation>مخزن المسودات</translation>
    </message>
    <message>
        <source>Untitled draft</source>
        <translation>مسودة بلا عنوان</translation>
    </message>
    <message>
        <source>About Qalam</source>
        <translation>عن قلم</translation>
    </message>
    <message>
        <source>Qalam {version}
An offline-first editorial workstation for Arabic newsrooms.</source>
        <translation>قلم {version}
محطة تحرير لغرف الأخبار العربية، تعمل أساسًا دون اتصال بالشبكة.</translation>
    </message>
    <message>
        <source>The WordPress companion plugin (copy it into wp-content/mu-plugins/ on the site):</source>
        <translation>الإضافة المرافقة لـWordPress (انسخها إلى wp-content/mu-plugins/ على الموقع):</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <source>Edited since it was published: the site still shows the earlier text until you publish again.</source>
        <translation>عُدّل بعد نشره: يعرض الموقع النص السابق إلى أن تنشره مجددًا.</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>المقتطف</translation>
    </message>
    <message>
        <source>One or two sentences shown in lists and on social media</source>
        <translation>جملة أو جملتان تظهران في القوائم وعلى وسائل التواصل الاجتماعي</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>المعرّف (slug)</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>اقتراح</translation>
    </message>
    <message>
        <source>Make a slug from the title</source>
        <translation>إنشاء معرّف من العنوان</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <source>Type to search the site&apos;s categories</source>
        <translation>اكتب للبحث في تصنيفات الموقع</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Separated by commas; type to search the site&apos;s tags</source>
        <translation>مفصولة بفواصل؛ اكتب للبحث في وسوم الموقع</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>لا توجد صورة</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Featured image</source>
        <translation>الصورة البارزة</translation>
    </message>
    <message>
        <source>Featured image alt text</source>
        <translation>النص البديل للصورة البارزة</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>النص البديل</translation>
    </message>
    <message>
        <source>Link on the site</source>
        <translation>الرابط على الموقع</translation>
    </message>
    <message>
        <source>On the site</source>
        <translation>على الموقع</translation>
    </message>
    <message>
        <source>Not on the site, and your role there may not create categories: {names}</source>
        <translation>غير موجودة على الموقع، ودورك فيه لا يسمح بإنشاء التصنيفات: {names}</translation>
    </message>
    <message>
        <source>New on the site, created when you publish: {names}</source>
        <translation>جديدة على الموقع، تُنشأ عند النشر: {names}</translation>
    </message>
    <message>
        <source>Choose the Featured Image</source>
        <translation>اختيار الصورة البارزة</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>الصور (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>On the site (media {id})</source>
        <translation>على الموقع (الوسائط {id})</translation>
    </message>
    <message>
        <source>Image attached</source>
        <translation>صورة مرفقة</translation>
    </message>
</context>
<context>
    <name>Newsroom</name>
    <message>
        <source>Publishing queue</source>
        <translation>قائمة انتظار النشر</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>إرسال للمراجعة</translation>
    </message>
    <message>
        <source>A note for the editor (optional):</source>
        <translation>ملاحظة للمحرر (اختيارية):</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>النشر</translation>
    </message>
    <message>
        <source>Publish “{title}” now, or choose a time?</source>
        <translation>أتريد نشر «{title}» الآن، أم اختيار موعد للنشر؟</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation>نشر الآن</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>جدولة…</translation>
    </message>
    <message>
        <source>Published despite the check: {reason}</source>
        <translation>نُشر رغم نتائج التدقيق: {reason}</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>إلغاء النشر</translation>
    </message>
    <message>
        <source>Take “{title}” off the site? It becomes a draft there, and here.</source>
        <translation>أتريد سحب «{title}» من الموقع؟ سيعود مسودة هناك وهنا.</translation>
    </message>
    <message>
        <source>Published: {url}</source>
        <translation>نُشر: {url}</translation>
    </message>
    <message>
        <source>Submitted for review: read-only until the editor returns it (or you withdraw it).</source>
        <translation>أُرسل للمراجعة: للقراءة فقط إلى أن يعيده المحرر (أو تسحبه أنت).</translation>
    </message>
    <message>
        <source>Something went wrong; nothing was lost. Details are in the log.</source>
        <translation>حدث خطأ ما، ولم يضِع شيء. التفاصيل في ملف السجل.</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>No draft with id {id}, and no post {id} from a site in this data folder.</source>
        <translation>لا توجد مسودة بالمعرّف {id}، ولا منشور رقمه {id} من موقع في مجلد البيانات هذا.</translation>
    </message>
    <message>
        <source>No review notes for this article yet (qalam sync brings the editor&apos;s notes).</source>
        <translation>لا ملاحظات مراجعة على هذه المادة بعد (يجلب qalam sync ملاحظات المحرر).</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(غير معروف)</translation>
    </message>
</context>
<context>
    <name>OpenFromSiteDialog</name>
    <message>
        <source>Open from Site</source>
        <translation>فتح من الموقع</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Search the site&apos;s posts</source>
        <translation>البحث في منشورات الموقع</translation>
    </message>
    <message>
        <source>Search the site&apos;s posts (title and text)</source>
        <translation>ابحث في منشورات الموقع (العنوان والنص)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منشورة</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>مُجدوَلة</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>مسودات</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>بانتظار المراجعة</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>خاصة</translation>
    </message>
    <message>
        <source>Only mine</source>
        <translation>منشوراتي فقط</translation>
    </message>
    <message>
        <source>Posts on the site</source>
        <translation>المنشورات على الموقع</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>آخر تعديل</translation>
    </message>
    <message>
        <source>More</source>
        <translation>المزيد</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>No site yet: add one in Tools → Sites.</source>
        <translation>لا يوجد موقع بعد: أضف موقعًا من أدوات ← المواقع.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <source>No posts found.</source>
        <translation>لم يُعثر على منشورات.</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) shown</source>
        <translation>
            <numerusform>لم يُعرض أي منشور</numerusform>
            <numerusform>عُرض منشور واحد</numerusform>
            <numerusform>عُرض منشوران</numerusform>
            <numerusform>عُرضت %n منشورات</numerusform>
            <numerusform>عُرض %n منشورًا</numerusform>
            <numerusform>عُرض %n منشور</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the site</source>
        <translation>
            <numerusform>ولا منشورات على الموقع</numerusform>
            <numerusform>من أصل منشور واحد على الموقع</numerusform>
            <numerusform>من أصل منشورين على الموقع</numerusform>
            <numerusform>من أصل %n منشورات على الموقع</numerusform>
            <numerusform>من أصل %n منشورًا على الموقع</numerusform>
            <numerusform>من أصل %n منشور على الموقع</numerusform>
        </translation>
    </message>
    <message>
        <source>That did not work; nothing was changed. Details are in the log.</source>
        <translation>لم تنجح العملية، ولم يتغير شيء. التفاصيل في ملف السجل.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>Opening post {id}…</source>
        <translation>جارٍ فتح المنشور {id}…</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>This queued item is of a kind this version of Qalam does not send; nothing was sent.</source>
        <translation>هذا العنصر في قائمة الانتظار من نوع لا يرسله هذا الإصدار من قلم؛ لم يُرسَل شيء.</translation>
    </message>
</context>
<context>
    <name>Posts</name>
    <message>
        <source>No site yet: add one with `qalam sites add`.</source>
        <translation>لا يوجد موقع بعد: أضف موقعًا بالأمر `qalam sites add`.</translation>
    </message>
    <message>
        <source>Which site? Give --site NAME (one of: {names}).</source>
        <translation>أي موقع؟ حدّده بـ --site NAME (أحد هذه: {names}).</translation>
    </message>
    <message>
        <source>No posts found.</source>
        <translation>لم يُعثر على منشورات.</translation>
    </message>
    <message>
        <source>{shown} of {total} posts; --limit shows more.</source>
        <translation>{shown} من أصل {total} منشورًا؛ استخدم --limit لعرض المزيد.</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>No web browser could be started; open the file above.</source>
        <translation>تعذّر تشغيل متصفح الويب؛ افتح الملف المذكور أعلاه.</translation>
    </message>
    <message>
        <source>No site to take the look from: a plain page is shown.</source>
        <translation>لا يوجد موقع يُؤخذ منه المظهر: ستُعرض صفحة بسيطة.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>تعذّرت الكتابة في {path}: {reason}</translation>
    </message>
    <message>
        <source>The site&apos;s look is not on this computer yet (connect and sync once): a plain page is shown.</source>
        <translation>مظهر الموقع غير محفوظ على هذا الحاسوب بعد (اتصل بالإنترنت وزامن مرة واحدة): ستُعرض صفحة بسيطة.</translation>
    </message>
    <message>
        <source>The preview uses the site&apos;s look as fetched on {date}.</source>
        <translation>تستخدم المعاينة مظهر الموقع كما جُلب في {date}.</translation>
    </message>
</context>
<context>
    <name>Publish</name>
    <message>
        <source>“{text}” is not a date and time like 2026-12-01T08:00+03:00.</source>
        <translation>«{text}» ليس تاريخًا ووقتًا بصيغة مثل 2026-12-01T08:00+03:00.</translation>
    </message>
    <message>
        <source>Created the category “{name}” on {site}.</source>
        <translation>أُنشئ التصنيف «{name}» على {site}.</translation>
    </message>
    <message>
        <source>Queued: {why}</source>
        <translation>في قائمة الانتظار: {why}</translation>
    </message>
    <message>
        <source>Not published: the post was changed on the site. Open the draft in Qalam to compare.</source>
        <translation>لم يُنشر: عُدّل المقال على الموقع. افتح المسودة في قلم للمقارنة.</translation>
    </message>
    <message>
        <source>Not published: {why}</source>
        <translation>لم يُنشر: {why}</translation>
    </message>
    <message>
        <source>Give the item number, as `qalam outbox` shows it (#12).</source>
        <translation>حدّد رقم العنصر كما يعرضه الأمر `qalam outbox` (مثل #12).</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>لم يُرسل شيء</numerusform>
            <numerusform>أُرسل عنصر واحد</numerusform>
            <numerusform>أُرسل عنصران</numerusform>
            <numerusform>أُرسلت %Ln عناصر</numerusform>
            <numerusform>أُرسل %Ln عنصرًا</numerusform>
            <numerusform>أُرسل %Ln عنصر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still queued</source>
        <translation>
            <numerusform>لا شيء في قائمة الانتظار</numerusform>
            <numerusform>ما زال عنصر واحد في قائمة الانتظار</numerusform>
            <numerusform>ما زال عنصران في قائمة الانتظار</numerusform>
            <numerusform>ما زالت %Ln عناصر في قائمة الانتظار</numerusform>
            <numerusform>ما زال %Ln عنصرًا في قائمة الانتظار</numerusform>
            <numerusform>ما زال %Ln عنصر في قائمة الانتظار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>لم يفشل شيء</numerusform>
            <numerusform>فشل عنصر واحد</numerusform>
            <numerusform>فشل عنصران</numerusform>
            <numerusform>فشلت %Ln عناصر</numerusform>
            <numerusform>فشل %Ln عنصرًا</numerusform>
            <numerusform>فشل %Ln عنصر</numerusform>
        </translation>
    </message>
    <message>
        <source>{sent}, {queued}, {failed}.</source>
        <translation>{sent}، و{queued}، و{failed}.</translation>
    </message>
    <message numerus="yes">
        <source>(%n attempt(s))</source>
        <translation>
            <numerusform>(لا محاولات)</numerusform>
            <numerusform>(محاولة واحدة)</numerusform>
            <numerusform>(محاولتان)</numerusform>
            <numerusform>(%Ln محاولات)</numerusform>
            <numerusform>(%Ln محاولة)</numerusform>
            <numerusform>(%Ln محاولة)</numerusform>
        </translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>صندوق الصادر فارغ.</translation>
    </message>
    <message>
        <source>The site refused the user name or application password. Check them in the site settings (an application password is not the login password).</source>
        <translation>رفض الموقع اسم المستخدم أو كلمة مرور التطبيق. تحقّق منهما في إعدادات الموقع (كلمة مرور التطبيق ليست كلمة مرور تسجيل الدخول).</translation>
    </message>
    <message>
        <source>This account may not publish on this site (it lacks the “{capability}” permission). Submit the article for review instead.</source>
        <translation>لا يحق لهذا الحساب النشر على هذا الموقع (تنقصه صلاحية «{capability}»). أرسل المقال للمراجعة بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>This account may not upload images to this site (it lacks the “{capability}” permission).</source>
        <translation>لا يحق لهذا الحساب رفع الصور إلى هذا الموقع (تنقصه صلاحية «{capability}»).</translation>
    </message>
    <message>
        <source>This account is not allowed to do this on the site (it lacks the “{capability}” permission).</source>
        <translation>لا يُسمح لهذا الحساب بهذا الإجراء على الموقع (تنقصه صلاحية «{capability}»).</translation>
    </message>
    <message>
        <source>The site answered with a web page instead of data. A hotspot login page, a firewall or a security plugin may be in the way: open the site in a browser, then try again.</source>
        <translation>ردّ الموقع بصفحة ويب بدلًا من البيانات. ربما تعترض الطريقَ صفحةُ تسجيل دخول لشبكة عامة أو جدار حماية أو إضافة أمان: افتح الموقع في المتصفح، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The site took too long to answer. The article stays queued.</source>
        <translation>تأخّر الموقع كثيرًا في الرد. يبقى المقال في قائمة الانتظار.</translation>
    </message>
    <message>
        <source>Cannot reach {host}. You may be offline; the article stays queued.</source>
        <translation>يتعذّر الوصول إلى {host}. ربما أنت غير متصل؛ يبقى المقال في قائمة الانتظار.</translation>
    </message>
    <message>
        <source>The secure connection to {host} failed: its certificate is not valid or not trusted. Nothing was sent.</source>
        <translation>فشل الاتصال الآمن بـ{host}: شهادته غير صالحة أو غير موثوقة. لم يُرسل أي شيء.</translation>
    </message>
    <message>
        <source>{url} uses plain http: passwords would travel unencrypted. Use an https address.</source>
        <translation>يستخدم {url} بروتوكول http العادي: ستُنقل كلمات المرور دون تشفير. استخدم عنوان https.</translation>
    </message>
    <message>
        <source>“{url}” is not a web address of a site.</source>
        <translation>«{url}» ليس عنوان موقع ويب.</translation>
    </message>
    <message>
        <source>The password cannot be stored: no secure keyring (Secret Service) is running, so the site {site} was not added. Start and unlock gnome-keyring (or KWallet), then add the site again; or give the password in QALAM_PASSWORD to each command.</source>
        <translation>تعذّر حفظ كلمة المرور: لا تعمل حلقة مفاتيح آمنة (Secret Service)، فلم يُضف الموقع {site}. شغّل gnome-keyring (أو KWallet) وافتح قفلها ثم أضف الموقع من جديد، أو مرّر كلمة المرور في QALAM_PASSWORD مع كل أمر.</translation>
    </message>
    <message>
        <source>No application password is known for {user} on {site}. Enter it in the site settings or set QALAM_PASSWORD.</source>
        <translation>لا توجد كلمة مرور تطبيق معروفة للمستخدم {user} على {site}. أدخلها في إعدادات الموقع أو اضبط QALAM_PASSWORD.</translation>
    </message>
    <message>
        <source>These categories do not exist on the site: {names}. Refresh the list or choose others.</source>
        <translation>هذه التصنيفات غير موجودة على الموقع: {names}. حدّث القائمة أو اختر تصنيفات أخرى.</translation>
    </message>
    <message>
        <source>These categories do not exist on the site, and your role there may not create them: {names}. Choose categories the site has, or ask an editor to create them. Nothing was sent.</source>
        <translation>هذه التصنيفات غير موجودة على الموقع، ودورك فيه لا يسمح بإنشائها: {names}. اختر تصنيفات موجودة على الموقع أو اطلب من محرر إنشاءها. لم يُرسَل شيء.</translation>
    </message>
    <message>
        <source>This article is already a post on another site: copy the draft to publish it here.</source>
        <translation>هذا المقال منشور بالفعل على موقع آخر: انسخ المسودة لنشره هنا.</translation>
    </message>
    <message>
        <source>The image {name} cannot be read from this computer.</source>
        <translation>تتعذّر قراءة الصورة {name} من هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The site had an internal error (HTTP {status}). The article stays queued.</source>
        <translation>حدث خطأ داخلي في الموقع (HTTP {status}). يبقى المقال في قائمة الانتظار.</translation>
    </message>
    <message>
        <source>The site sent Qalam to another address ({host}). If the site has moved, change its address in the site settings; on a hotspot, log in to it first.</source>
        <translation>أعاد الموقع توجيه قلم إلى عنوان آخر ({host}). إن كان الموقع قد انتقل، فغيّر عنوانه في إعدادات الموقع؛ وإن كنت على شبكة عامة، فسجّل الدخول إليها أولًا.</translation>
    </message>
    <message>
        <source>The site&apos;s page {path} is too large to keep.</source>
        <translation>صفحة الموقع {path} أكبر من أن تُحفظ.</translation>
    </message>
    <message>
        <source>The site did not give its page {path} (HTTP {status}).</source>
        <translation>لم يُرجع الموقع صفحته {path} (HTTP {status}).</translation>
    </message>
    <message>
        <source>The site has no such item any more (it may have been deleted there).</source>
        <translation>لم يعد هذا العنصر موجودًا على الموقع (ربما حُذف هناك).</translation>
    </message>
    <message>
        <source>The file is too large for the site. Use a smaller image.</source>
        <translation>الملف أكبر مما يقبله الموقع. استخدم صورة أصغر.</translation>
    </message>
    <message>
        <source>The site asks to slow down. The article stays queued.</source>
        <translation>يطلب الموقع إبطاء وتيرة الطلبات. يبقى المقال في قائمة الانتظار.</translation>
    </message>
    <message>
        <source>The site refused the request ({code} {fields}).</source>
        <translation>رفض الموقع الطلب ({code} {fields}).</translation>
    </message>
    <message>
        <source>Someone changed this post on the site since you last got it. Compare the two versions: keep yours, take theirs, or merge by hand.</source>
        <translation>عدّل أحدهم هذا المقال على الموقع منذ آخر مرة جلبته فيها. قارن بين النسختين: احتفظ بنسختك، أو خذ نسخة الموقع، أو ادمجهما يدويًا.</translation>
    </message>
    <message>
        <source>Another Qalam window is sending this article right now; this waits for it.</source>
        <translation>نافذة أخرى من قلم ترسل هذا المقال الآن؛ سينتظر هذا الإجراء حتى تنتهي.</translation>
    </message>
    <message>
        <source>write drafts</source>
        <translation>كتابة المسودات</translation>
    </message>
    <message>
        <source>publish and schedule</source>
        <translation>النشر والجدولة</translation>
    </message>
    <message>
        <source>upload images</source>
        <translation>رفع الصور</translation>
    </message>
    <message>
        <source>edit other people&apos;s posts</source>
        <translation>تحرير مقالات الآخرين</translation>
    </message>
    <message>
        <source>edit published posts</source>
        <translation>تحرير المقالات المنشورة</translation>
    </message>
    <message>
        <source>create categories</source>
        <translation>إنشاء التصنيفات</translation>
    </message>
    <message>
        <source>post any HTML (no filtering)</source>
        <translation>نشر أي شيفرة HTML (دون تنقية)</translation>
    </message>
</context>
<context>
    <name>PublishGate</name>
    <message>
        <source>Problems before publishing</source>
        <translation>مشكلات قبل النشر</translation>
    </message>
    <message>
        <source>Fix these before publishing, or give a reason to publish anyway:</source>
        <translation>أصلح هذه المشكلات قبل النشر، أو اذكر سببًا للنشر رغم ذلك:</translation>
    </message>
    <message>
        <source>Reason for publishing anyway</source>
        <translation>سبب النشر رغم المشكلات</translation>
    </message>
    <message>
        <source>Publish anyway</source>
        <translation>النشر رغم ذلك</translation>
    </message>
    <message>
        <source>Go back and fix</source>
        <translation>العودة للإصلاح</translation>
    </message>
</context>
<context>
    <name>PublishQueue</name>
    <message>
        <source>Publishing queue</source>
        <translation>قائمة انتظار النشر</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>المحاولات</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>آخر خطأ</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>إرسال الآن</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>الإبقاء على نسختي</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>اعتماد نسخة الموقع</translation>
    </message>
    <message>
        <source>Remove from queue</source>
        <translation>إزالة من قائمة الانتظار</translation>
    </message>
    <message>
        <source>Differences between the site&apos;s version and yours</source>
        <translation>الفروق بين نسخة الموقع ونسختك</translation>
    </message>
    <message>
        <source>Struck through: only on the site. Underlined: only in your version.</source>
        <translation>المشطوب: في نسخة الموقع فقط. المسطَّر: في نسختك فقط.</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>جارٍ الإرسال</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>أُرسل</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>changed on the site</source>
        <translation>عُدّل على الموقع</translation>
    </message>
    <message>
        <source>publish</source>
        <translation>نشر</translation>
    </message>
    <message>
        <source>submit for review</source>
        <translation>إرسال للمراجعة</translation>
    </message>
    <message>
        <source>update</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>حفظ كمسودة</translation>
    </message>
    <message>
        <source>Uploading {name}…</source>
        <translation>جارٍ رفع {name}…</translation>
    </message>
    <message>
        <source>Something went wrong while sending; the items stay queued.</source>
        <translation>حدث خطأ أثناء الإرسال؛ تبقى العناصر في قائمة الانتظار.</translation>
    </message>
</context>
<context>
    <name>QalamStatusBar</name>
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
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>لا كلمات</numerusform>
            <numerusform>كلمة واحدة</numerusform>
            <numerusform>كلمتان</numerusform>
            <numerusform>%Ln كلمات</numerusform>
            <numerusform>%Ln كلمة</numerusform>
            <numerusform>%Ln كلمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>لا أحرف</numerusform>
            <numerusform>حرف واحد</numerusform>
            <numerusform>حرفان</numerusform>
            <numerusform>%Ln أحرف</numerusform>
            <numerusform>%Ln حرفًا</numerusform>
            <numerusform>%Ln حرف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>لا شيء للقراءة</numerusform>
            <numerusform>قراءة في دقيقة واحدة</numerusform>
            <numerusform>قراءة في دقيقتين</numerusform>
            <numerusform>قراءة في %Ln دقائق</numerusform>
            <numerusform>قراءة في %Ln دقيقة</numerusform>
            <numerusform>قراءة في %Ln دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spelling: %n to check</source>
        <translation>
            <numerusform>الإملاء: لا شيء للتدقيق</numerusform>
            <numerusform>الإملاء: كلمة واحدة للتدقيق</numerusform>
            <numerusform>الإملاء: كلمتان للتدقيق</numerusform>
            <numerusform>الإملاء: %Ln كلمات للتدقيق</numerusform>
            <numerusform>الإملاء: %Ln كلمة للتدقيق</numerusform>
            <numerusform>الإملاء: %Ln كلمة للتدقيق</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Outbox: %n</source>
        <translation>
            <numerusform>صندوق الصادر: فارغ</numerusform>
            <numerusform>صندوق الصادر: عنصر واحد</numerusform>
            <numerusform>صندوق الصادر: عنصران</numerusform>
            <numerusform>صندوق الصادر: %Ln عناصر</numerusform>
            <numerusform>صندوق الصادر: %Ln عنصرًا</numerusform>
            <numerusform>صندوق الصادر: %Ln عنصر</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>صندوق الصادر</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>حُفظ {time}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>محفوظ</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تعديلات لم تُحفظ</translation>
    </message>
    <message>
        <source>Not saved: retrying</source>
        <translation>لم يُحفظ: نعيد المحاولة</translation>
    </message>
    <message>
        <source>Changed elsewhere: both texts kept</source>
        <translation>تغيّرت في مكان آخر: حُفظ النصّان</translation>
    </message>
    <message>
        <source>Last saved at {time}</source>
        <translation>آخر حفظ في {time}</translation>
    </message>
    <message>
        <source>Saving state</source>
        <translation>حالة الحفظ</translation>
    </message>
</context>
<context>
    <name>ReviewInbox</name>
    <message>
        <source>Review inbox</source>
        <translation>صندوق المراجعة</translation>
    </message>
    <message>
        <source>Sync with the site</source>
        <translation>مزامنة مع الموقع</translation>
    </message>
    <message>
        <source>Send queued actions and fetch the articles waiting for review</source>
        <translation>إرسال الإجراءات المنتظرة وجلب المقالات التي تنتظر المراجعة</translation>
    </message>
    <message>
        <source>Articles waiting for review</source>
        <translation>مقالات تنتظر المراجعة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>الطول</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>مدة الانتظار</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Nothing waits for review</source>
        <translation>لا شيء ينتظر المراجعة</translation>
    </message>
    <message>
        <source>Articles reporters submit appear here after a sync, and stay available offline.</source>
        <translation>تظهر هنا المقالات التي يرسلها المراسلون بعد المزامنة، وتبقى متاحة دون اتصال.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>أقل من دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%Ln دقائق</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>أقل من ساعة</numerusform>
            <numerusform>ساعة واحدة</numerusform>
            <numerusform>ساعتان</numerusform>
            <numerusform>%Ln ساعات</numerusform>
            <numerusform>%Ln ساعة</numerusform>
            <numerusform>%Ln ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>أقل من يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يومًا</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>لا كلمات</numerusform>
            <numerusform>كلمة واحدة</numerusform>
            <numerusform>كلمتان</numerusform>
            <numerusform>%Ln كلمات</numerusform>
            <numerusform>%Ln كلمة</numerusform>
            <numerusform>%Ln كلمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for review</source>
        <translation>
            <numerusform>لا شيء بانتظار المراجعة</numerusform>
            <numerusform>مقال واحد بانتظار المراجعة</numerusform>
            <numerusform>مقالان بانتظار المراجعة</numerusform>
            <numerusform>%Ln مقالات بانتظار المراجعة</numerusform>
            <numerusform>%Ln مقالًا بانتظار المراجعة</numerusform>
            <numerusform>%Ln مقال بانتظار المراجعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) sent</source>
        <translation>
            <numerusform>لم يُرسل أي إجراء</numerusform>
            <numerusform>أُرسل إجراء واحد</numerusform>
            <numerusform>أُرسل إجراءان</numerusform>
            <numerusform>أُرسلت %Ln إجراءات</numerusform>
            <numerusform>أُرسل %Ln إجراءً</numerusform>
            <numerusform>أُرسل %Ln إجراء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed both here and on the site: your copy was kept</source>
        <translation>
            <numerusform>لم يُعدَّل أي مقال هنا وعلى الموقع معًا</numerusform>
            <numerusform>عُدّل مقال واحد هنا وعلى الموقع معًا: احتُفظ بنسختك</numerusform>
            <numerusform>عُدّل مقالان هنا وعلى الموقع معًا: احتُفظ بنسختك</numerusform>
            <numerusform>عُدّلت %Ln مقالات هنا وعلى الموقع معًا: احتُفظ بنسختك</numerusform>
            <numerusform>عُدّل %Ln مقالًا هنا وعلى الموقع معًا: احتُفظ بنسختك</numerusform>
            <numerusform>عُدّل %Ln مقال هنا وعلى الموقع معًا: احتُفظ بنسختك</numerusform>
        </translation>
    </message>
    <message>
        <source>{state}, edited here</source>
        <translation>{state}، مع تعديلات هنا</translation>
    </message>
    <message>
        <source>Submitted {when}</source>
        <translation>أُرسل للمراجعة في {when}</translation>
    </message>
    <message>
        <source>Something went wrong; details are in the log.</source>
        <translation>حدث خطأ ما؛ التفاصيل في ملف السجل.</translation>
    </message>
</context>
<context>
    <name>ReviewNotesPanel</name>
    <message>
        <source>Review notes</source>
        <translation>ملاحظات المراجعة</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>ملاحظة جديدة</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <source>Write a note…</source>
        <translation>اكتب ملاحظة…</translation>
    </message>
    <message>
        <source>{action}…</source>
        <translation>{action}…</translation>
    </message>
    <message>
        <source>Write what the reporter should change first.</source>
        <translation>اكتب أولًا ما ينبغي للمراسل تغييره.</translation>
    </message>
    <message>
        <source> (on this computer only)</source>
        <translation> (على هذا الحاسوب فقط)</translation>
    </message>
    <message>
        <source>{title} — {state}</source>
        <translation>{title} — {state}</translation>
    </message>
    <message>
        <source>Send the article back to its reporter with your note</source>
        <translation>إعادة المقال إلى مراسله مع ملاحظتك</translation>
    </message>
    <message>
        <source>Queued: it will be sent when the site can be reached.</source>
        <translation>في قائمة الانتظار: سيُرسل حين يصبح الموقع متاحًا.</translation>
    </message>
    <message>
        <source>Not sent: see the outbox for the reason.</source>
        <translation>لم يُرسل: راجع صندوق الصادر لمعرفة السبب.</translation>
    </message>
    <message>
        <source>Something went wrong; details are in the log.</source>
        <translation>حدث خطأ ما؛ التفاصيل في ملف السجل.</translation>
    </message>
</context>
<context>
    <name>Revision</name>
    <message>
        <source>Details changed from the command line</source>
        <translation>تعديل التفاصيل من سطر الأوامر</translation>
    </message>
    <message>
        <source>Fixes from the pre-publish check</source>
        <translation>إصلاحات من التدقيق قبل النشر</translation>
    </message>
    <message>
        <source>Autosave</source>
        <translation>حفظ تلقائي</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>From the site</source>
        <translation>من الموقع</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>إرسال للمراجعة</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>إعادة إلى المراسل</translation>
    </message>
    <message>
        <source>From revision {number}</source>
        <translation>من النسخة {number}</translation>
    </message>
</context>
<context>
    <name>RichTextEditor</name>
    <message>
        <source>Article text</source>
        <translation>نص المقال</translation>
    </message>
    <message>
        <source>The article could not be shown: {error}</source>
        <translation>تعذّر عرض المقال: {error}</translation>
    </message>
    <message>
        <source>This paragraph came from the site with formatting Qalam cannot keep ({tags}): editing it drops that formatting when the article goes to the site. Undo (Ctrl+Z) keeps the paragraph as it was.</source>
        <translation>جاءت هذه الفقرة من الموقع بتنسيق لا يستطيع قلم الاحتفاظ به ({tags}): تعديلها يُسقط هذا التنسيق عند إرسال المقال إلى الموقع. التراجع (Ctrl+Z) يُبقي الفقرة كما كانت.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n invisible control character(s) from the pasted text ({names}).</source>
        <translation>
            <numerusform>لم يُزل أي محرف تحكم خفي من النص الملصق ({names}).</numerusform>
            <numerusform>أُزيل من النص الملصق محرف تحكم خفي واحد ({names}).</numerusform>
            <numerusform>أُزيل من النص الملصق محرفا تحكم خفيان ({names}).</numerusform>
            <numerusform>أُزيلت من النص الملصق %Ln محارف تحكم خفية ({names}).</numerusform>
            <numerusform>أُزيل من النص الملصق %Ln محرف تحكم خفيًا ({names}).</numerusform>
            <numerusform>أُزيل من النص الملصق %Ln محرف تحكم خفي ({names}).</numerusform>
        </translation>
    </message>
    <message>
        <source>(no suggestions)</source>
        <translation>(لا توجد اقتراحات)</translation>
    </message>
    <message>
        <source>Add to My Dictionary</source>
        <translation>إضافة إلى قاموسي</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>تجاهل</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Schedule publication</source>
        <translation>جدولة النشر</translation>
    </message>
    <message>
        <source>Publication date and time, in the site&apos;s time zone</source>
        <translation>تاريخ النشر ووقته، بتوقيت الموقع</translation>
    </message>
    <message>
        <source>Site time ({zone}):</source>
        <translation>توقيت الموقع ({zone}):</translation>
    </message>
    <message>
        <source>Your local time:</source>
        <translation>توقيتك المحلي:</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>جدولة</translation>
    </message>
    <message>
        <source>Choose a time at least a minute from now, or publish now instead.</source>
        <translation>اختر موعدًا بعد دقيقة واحدة من الآن على الأقل، أو انشر الآن بدلًا من ذلك.</translation>
    </message>
</context>
<context>
    <name>SearchSuggestion</name>
    <message>
        <source>Did you mean:</source>
        <translation>هل تقصد:</translation>
    </message>
    <message>
        <source>Search for {word}</source>
        <translation>ابحث عن {word}</translation>
    </message>
</context>
<context>
    <name>SearchUpdateIndicator</name>
    <message>
        <source>Search is up to date.</source>
        <translation>فهرس البحث محدَّث.</translation>
    </message>
    <message numerus="yes">
        <source>Updating search: %n draft(s) to go</source>
        <translation>
            <numerusform>تحديث البحث: لم تبقَ مسودات</numerusform>
            <numerusform>تحديث البحث: بقيت مسودة واحدة</numerusform>
            <numerusform>تحديث البحث: بقيت مسودتان</numerusform>
            <numerusform>تحديث البحث: بقيت %Ln مسودات</numerusform>
            <numerusform>تحديث البحث: بقيت %Ln مسودة</numerusform>
            <numerusform>تحديث البحث: بقيت %Ln مسودة</numerusform>
        </translation>
    </message>
    <message>
        <source>Qalam now finds Arabic words through attached prefixes (و، ب، ال…): the search index of your drafts is being rebuilt in the background. Every draft is found meanwhile; matches through prefixes may differ until it is done.</source>
        <translation>صار قلم يجد الكلمات العربية مع السوابق المتصلة بها (و، ب، ال…)، ويُعاد الآن بناء فهرس البحث لمسوداتك في الخلفية. تظهر كل المسودات في نتائج البحث خلال ذلك، لكن المطابقة عبر السوابق قد تختلف حتى يكتمل.</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>فهرس البحث</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>{name}={value} (not saved: the default)</source>
        <translation>{name}={value} (غير محفوظ: القيمة الافتراضية)</translation>
    </message>
    <message>
        <source>“{value}” is not a value of {name}: use one of {allowed}.</source>
        <translation>«{value}» ليست قيمة صالحة لـ{name}: استخدم إحدى القيم {allowed}.</translation>
    </message>
    <message>
        <source>Saved: {name} is now {value}; the window uses it the next time it starts.</source>
        <translation>حُفظ: أصبح {name} ‏{value}؛ وستستخدمه النافذة في تشغيلها القادم.</translation>
    </message>
    <message>
        <source>The settings file {path} cannot be read ({reason}). Check its permissions, or give --lang.</source>
        <translation>تعذّرت قراءة ملف الإعدادات {path} ({reason}). راجع صلاحياته، أو حدّد اللغة بـ--lang.</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged (line {line} is not a setting). Correct or delete that file; Qalam then starts with its default settings.</source>
        <translation>ملف الإعدادات {path} تالف (السطر {line} ليس إعدادًا). صحّح هذا الملف أو احذفه، فيبدأ قلم بإعداداته الافتراضية.</translation>
    </message>
    <message>
        <source>The settings file {path} cannot be written ({reason}). Check the permissions of its folder.</source>
        <translation>تعذّرت الكتابة في ملف الإعدادات {path} ({reason}). راجع صلاحيات المجلد الذي يحويه.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>House rules</source>
        <translation>القواعد التحريرية</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>صفحات الإعدادات</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>الإملاء</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>Arabic-Indic (٠١٢٣)</source>
        <translation>مشرقية (٠١٢٣)</translation>
    </message>
    <message>
        <source>Western (0123)</source>
        <translation>غربية (0123)</translation>
    </message>
    <message>
        <source>Digits in the interface</source>
        <translation>الأرقام في الواجهة</translation>
    </message>
    <message>
        <source>A new language takes effect the next time you start Qalam.</source>
        <translation>تُطبَّق اللغة الجديدة في المرة القادمة التي تشغّل فيها قلم.</translation>
    </message>
    <message>
        <source>The newsroom word list holds names of people and places that everyone on this computer uses. Words in it are also accepted with the usual attached prefixes (و، ف، ب، ل، ال…).</source>
        <translation>تضم قائمة كلمات غرفة الأخبار أسماء الأشخاص والأماكن التي يستخدمها كل من يعمل على هذا الحاسوب. وتُقبل كلماتها أيضًا مع السوابق المتصلة المعتادة (و، ف، ب، ل، ال…).</translation>
    </message>
    <message>
        <source>Import a word list…</source>
        <translation>استيراد قائمة كلمات…</translation>
    </message>
    <message>
        <source>Import a word list</source>
        <translation>استيراد قائمة كلمات</translation>
    </message>
    <message>
        <source>Longest headline</source>
        <translation>أقصى طول للعنوان</translation>
    </message>
    <message>
        <source>Longest headline (characters)</source>
        <translation>أقصى طول للعنوان (بالأحرف)</translation>
    </message>
    <message>
        <source>Shortest excerpt</source>
        <translation>أدنى طول للمقتطف</translation>
    </message>
    <message>
        <source>Shortest excerpt (characters)</source>
        <translation>أدنى طول للمقتطف (بالأحرف)</translation>
    </message>
    <message>
        <source>Longest excerpt</source>
        <translation>أقصى طول للمقتطف</translation>
    </message>
    <message>
        <source>Longest excerpt (characters)</source>
        <translation>أقصى طول للمقتطف (بالأحرف)</translation>
    </message>
    <message>
        <source>Digits in articles</source>
        <translation>الأرقام في المقالات</translation>
    </message>
    <message>
        <source>Either, but one style per article</source>
        <translation>أيّهما، على أن يُلتزم بنمط واحد في المقال</translation>
    </message>
    <message>
        <source>Western digits (0123)</source>
        <translation>الأرقام الغربية (0123)</translation>
    </message>
    <message>
        <source>Arabic-Indic digits (٠١٢٣)</source>
        <translation>الأرقام المشرقية (٠١٢٣)</translation>
    </message>
    <message>
        <source>Every article needs a featured image</source>
        <translation>الصورة البارزة إلزامية لكل مقال</translation>
    </message>
    <message>
        <source>Known Latin terms</source>
        <translation>المصطلحات اللاتينية المعروفة</translation>
    </message>
    <message>
        <source>Latin names and terms allowed in Arabic text (one per line)</source>
        <translation>الأسماء والمصطلحات اللاتينية المسموح بها في النص العربي (واحد في كل سطر)</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>القواعد</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>الأهمية</translation>
    </message>
    <message>
        <source>Import house rules…</source>
        <translation>استيراد القواعد التحريرية…</translation>
    </message>
    <message>
        <source>Import house rules</source>
        <translation>استيراد القواعد التحريرية</translation>
    </message>
    <message>
        <source>Export house rules…</source>
        <translation>تصدير القواعد التحريرية…</translation>
    </message>
    <message>
        <source>Export house rules</source>
        <translation>تصدير القواعد التحريرية</translation>
    </message>
    <message numerus="yes">
        <source>The newsroom list has %n word(s).</source>
        <translation>
            <numerusform>قائمة غرفة الأخبار فارغة.</numerusform>
            <numerusform>في قائمة غرفة الأخبار كلمة واحدة.</numerusform>
            <numerusform>في قائمة غرفة الأخبار كلمتان.</numerusform>
            <numerusform>في قائمة غرفة الأخبار %Ln كلمات.</numerusform>
            <numerusform>في قائمة غرفة الأخبار %Ln كلمة.</numerusform>
            <numerusform>في قائمة غرفة الأخبار %Ln كلمة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new word(s) added.</source>
        <translation>
            <numerusform>لم تُضف كلمات جديدة.</numerusform>
            <numerusform>أُضيفت كلمة جديدة واحدة.</numerusform>
            <numerusform>أُضيفت كلمتان جديدتان.</numerusform>
            <numerusform>أُضيفت %Ln كلمات جديدة.</numerusform>
            <numerusform>أُضيفت %Ln كلمة جديدة.</numerusform>
            <numerusform>أُضيفت %Ln كلمة جديدة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>ملفات نصية (*.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Word list</source>
        <translation>قائمة الكلمات</translation>
    </message>
    <message>
        <source>House rules (*.json)</source>
        <translation>القواعد التحريرية (*.json)</translation>
    </message>
    <message>
        <source>The house rules were imported. Reopen Settings to see them.</source>
        <translation>استُوردت القواعد التحريرية. أعد فتح الإعدادات لرؤيتها.</translation>
    </message>
</context>
<context>
    <name>SitePosts</name>
    <message>
        <source>Post {id} is now a local draft.</source>
        <translation>أصبح المنشور {id} مسودة محلية.</translation>
    </message>
    <message>
        <source>The draft was refreshed with the site&apos;s version of post {id}.</source>
        <translation>حُدّثت المسودة بنسخة الموقع من المنشور {id}.</translation>
    </message>
    <message>
        <source>Post {id} was changed on the site and your draft had edits of its own: both are kept. The draft now has the site&apos;s version; your edits are revision {revision} in its history.</source>
        <translation>عُدّل المنشور {id} على الموقع، وكانت في مسودتك تعديلات خاصة بها: حُفظ الاثنان. صارت المسودة الآن بنسخة الموقع، وتعديلاتك محفوظة في النسخة {revision} من سجل نسخها.</translation>
    </message>
    <message>
        <source>The draft already has the site&apos;s version of post {id}.</source>
        <translation>المسودة مطابقة أصلًا لنسخة الموقع من المنشور {id}.</translation>
    </message>
    <message>
        <source>Post {id} has not changed on the site since your draft was based on it; the draft is kept as it is.</source>
        <translation>لم يتغير المنشور {id} على الموقع منذ أن بُنيت عليه مسودتك؛ بقيت المسودة كما هي.</translation>
    </message>
    <message>
        <source>“{title}” is waiting in the publishing queue: send it (or remove it from the queue) before opening the post from the site again.</source>
        <translation>«{title}» ينتظر في قائمة انتظار النشر: أرسله (أو أزله من القائمة) قبل فتح المنشور من الموقع مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>SitePreview</name>
    <message>
        <source>Writing the preview…</source>
        <translation>جارٍ إعداد المعاينة…</translation>
    </message>
    <message>
        <source>No web browser could be started; the preview is in {path}</source>
        <translation>تعذّر تشغيل متصفح الويب؛ المعاينة في {path}</translation>
    </message>
    <message>
        <source>Preview opened in the web browser.</source>
        <translation>فُتحت المعاينة في متصفح الويب.</translation>
    </message>
    <message>
        <source>The preview could not be written. Details are in the log.</source>
        <translation>تعذّر إعداد المعاينة. التفاصيل في ملف السجل.</translation>
    </message>
</context>
<context>
    <name>Sites</name>
    <message>
        <source>No site named {name}. See `qalam sites list`.</source>
        <translation>لا يوجد موقع باسم {name}. راجع `qalam sites list`.</translation>
    </message>
    <message>
        <source>Application password: </source>
        <translation>كلمة مرور التطبيق: </translation>
    </message>
    <message>
        <source>No application password given: pipe it on standard input or set QALAM_PASSWORD.</source>
        <translation>لم تُقدَّم كلمة مرور التطبيق: مرّرها عبر الدخل القياسي أو اضبط QALAM_PASSWORD.</translation>
    </message>
    <message>
        <source>No application password for {user} on {site}: add the site again or set QALAM_PASSWORD.</source>
        <translation>لا توجد كلمة مرور تطبيق للمستخدم {user} على {site}: أضف الموقع مجددًا أو اضبط QALAM_PASSWORD.</translation>
    </message>
    <message>
        <source>No secure keyring on this computer: the password was not saved. Set QALAM_PASSWORD for each command, or install gnome-keyring.</source>
        <translation>لا توجد حلقة مفاتيح آمنة على هذا الحاسوب: لم تُحفظ كلمة المرور. اضبط QALAM_PASSWORD مع كل أمر، أو ثبّت gnome-keyring.</translation>
    </message>
    <message>
        <source>Added site {name} ({url}) for user {user}.</source>
        <translation>أُضيف الموقع {name} ({url}) للمستخدم {user}.</translation>
    </message>
    <message>
        <source>No sites yet. Add one with `qalam sites add NAME --url URL --user USER`.</source>
        <translation>لا توجد مواقع بعد. أضف موقعًا بالأمر `qalam sites add NAME --url URL --user USER`.</translation>
    </message>
    <message>
        <source>{name}: {url} as {user} ({roles}); password: {password}</source>
        <translation>{name}: {url} باسم المستخدم {user} ({roles})؛ كلمة المرور: {password}</translation>
    </message>
    <message>
        <source>Connected to {site} as {user} (roles: {roles}).</source>
        <translation>تم الاتصال بالموقع {site} باسم المستخدم {user} (الأدوار: {roles}).</translation>
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
        <source>The Qalam companion plugin is installed.</source>
        <translation>الإضافة المرافقة لقلم مثبّتة.</translation>
    </message>
    <message>
        <source>right to left</source>
        <translation>من اليمين إلى اليسار</translation>
    </message>
    <message>
        <source>left to right</source>
        <translation>من اليسار إلى اليمين</translation>
    </message>
    <message>
        <source>Site language: {language}; articles are shown {direction}.</source>
        <translation>لغة الموقع: {language}؛ تُعرض المقالات فيه {direction}.</translation>
    </message>
    <message>
        <source>Removed site {name}.</source>
        <translation>أُزيل الموقع {name}.</translation>
    </message>
    <message>
        <source>Password saved.</source>
        <translation>حُفظت كلمة المرور.</translation>
    </message>
</context>
<context>
    <name>SitesDialog</name>
    <message>
        <source>WordPress sites</source>
        <translation>مواقع WordPress</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>المواقع</translation>
    </message>
    <message>
        <source>application password (not your login password)</source>
        <translation>كلمة مرور التطبيق (لا كلمة مرور تسجيل الدخول)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>عنوان URL</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Application password</source>
        <translation>كلمة مرور التطبيق</translation>
    </message>
    <message>
        <source>Check the login now (uncheck to add the site while offline)</source>
        <translation>التحقق من تسجيل الدخول الآن (ألغِ التحديد لإضافة الموقع دون اتصال)</translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation>من اليمين إلى اليسار</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>من اليسار إلى اليمين</translation>
    </message>
    <message>
        <source>Article direction</source>
        <translation>اتجاه المقالات</translation>
    </message>
    <message>
        <source>Add site</source>
        <translation>إضافة موقع</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>Remove site</source>
        <translation>إزالة الموقع</translation>
    </message>
    <message>
        <source>This account may</source>
        <translation>صلاحيات هذا الحساب</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>مسموح</translation>
    </message>
    <message>
        <source>No secure keyring on this computer: passwords are kept only until Qalam quits, never written to disk.</source>
        <translation>لا توجد حلقة مفاتيح آمنة على هذا الحاسوب: تُحفظ كلمات المرور في الذاكرة حتى إغلاق قلم فقط، ولا تُكتب على القرص أبدًا.</translation>
    </message>
    <message>
        <source>password in the keyring</source>
        <translation>كلمة المرور في حلقة المفاتيح</translation>
    </message>
    <message>
        <source>password kept until Qalam quits</source>
        <translation>كلمة المرور محفوظة حتى إغلاق قلم</translation>
    </message>
    <message>
        <source>password from QALAM_PASSWORD</source>
        <translation>كلمة المرور من QALAM_PASSWORD</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>لا توجد كلمة مرور</translation>
    </message>
    <message>
        <source>keyring unavailable</source>
        <translation>حلقة المفاتيح غير متاحة</translation>
    </message>
    <message>
        <source>{name} — {user} @ {url} ({state})</source>
        <translation>{name} — {user} @ {url} ({state})</translation>
    </message>
    <message>
        <source>right to left</source>
        <translation>من اليمين إلى اليسار</translation>
    </message>
    <message>
        <source>left to right</source>
        <translation>من اليسار إلى اليمين</translation>
    </message>
    <message>
        <source>As the site&apos;s language ({language}: {direction})</source>
        <translation>حسب لغة الموقع ({language}: {direction})</translation>
    </message>
    <message>
        <source>As the site&apos;s language (not known yet: test the connection)</source>
        <translation>حسب لغة الموقع (غير معروفة بعد: اختبر الاتصال)</translation>
    </message>
    <message>
        <source>Article direction saved.</source>
        <translation>حُفظ اتجاه المقالات.</translation>
    </message>
    <message>
        <source>Fill in the name, address, user name and application password.</source>
        <translation>املأ الاسم والعنوان واسم المستخدم وكلمة مرور التطبيق.</translation>
    </message>
    <message>
        <source>Connecting to {url}…</source>
        <translation>جارٍ الاتصال بـ{url}…</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>أُضيف {name}.</translation>
    </message>
    <message>
        <source>No secure keyring: the password is kept only until Qalam quits.</source>
        <translation>لا توجد حلقة مفاتيح آمنة: ستُحفظ كلمة المرور حتى إغلاق قلم فقط.</translation>
    </message>
    <message>
        <source>Connected to {site} as {user} (roles: {roles}).</source>
        <translation>تم الاتصال بالموقع {site} باسم المستخدم {user} (الأدوار: {roles}).</translation>
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
        <source>Type the new application password first.</source>
        <translation>اكتب كلمة مرور التطبيق الجديدة أولًا.</translation>
    </message>
    <message>
        <source>Password saved.</source>
        <translation>حُفظت كلمة المرور.</translation>
    </message>
    <message>
        <source>Removing {name}…</source>
        <translation>جارٍ إزالة {name}…</translation>
    </message>
    <message>
        <source>Site removed.</source>
        <translation>أُزيل الموقع.</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <source>Could not save the word list {path}: {error}</source>
        <translation>تعذّر حفظ قائمة الكلمات {path}: {error}</translation>
    </message>
    <message>
        <source>Could not read the word list {path}: {error}</source>
        <translation>تعذّرت قراءة قائمة الكلمات {path}: {error}</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The disk is full: Qalam could not save to {folder}. Your text is kept; free some space and it will be saved.</source>
        <translation>القرص ممتلئ: تعذّر على قلم الحفظ في {folder}. نصّك محفوظ في المحرّر؛ أفرغ بعض المساحة وسيُحفظ تلقائيًا.</translation>
    </message>
    <message>
        <source>Qalam could not read or write its data in {folder} (a disk or file system error). Your text is kept; check the disk and try again.</source>
        <translation>تعذّر على قلم قراءة بياناته أو كتابتها في {folder} (خطأ في القرص أو نظام الملفات). نصّك محفوظ؛ افحص القرص ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The drafts database is busy (another program is writing to it). Try again in a moment.</source>
        <translation>قاعدة بيانات المسودات مشغولة (برنامج آخر يكتب فيها). أعد المحاولة بعد لحظة.</translation>
    </message>
    <message>
        <source>Qalam cannot write to {folder}: the folder or the database is read-only. Check its permissions, or choose another folder with --data-dir.</source>
        <translation>لا يستطيع قلم الكتابة في {folder}: المجلد أو قاعدة البيانات للقراءة فقط. تحقّق من الأذونات، أو اختر مجلدًا آخر بالخيار --data-dir.</translation>
    </message>
    <message>
        <source>The drafts database in {folder} is damaged. Your open text is kept; restart Qalam to check the database and recover the drafts.</source>
        <translation>قاعدة بيانات المسودات في {folder} تالفة. نصّك المفتوح محفوظ؛ أعد تشغيل قلم لفحص قاعدة البيانات واسترداد المسودات.</translation>
    </message>
    <message>
        <source>No backup of the drafts was taken: it needs about {needed} MB and only {free} MB are free in {folder}. Free some space.</source>
        <translation>لم تُؤخذ نسخة احتياطية من المسودات: تحتاج إلى نحو {needed} ميغابايت، والمتاح في {folder} ‏{free} ميغابايت فقط. أفرغ بعض المساحة.</translation>
    </message>
    <message>
        <source>Qalam cannot open its database in {folder}. Check that the folder exists and that you may write to it, or choose another folder with --data-dir.</source>
        <translation>لا يستطيع قلم فتح قاعدة بياناته في {folder}. تحقّق من وجود المجلد ومن أنك تملك إذن الكتابة فيه، أو اختر مجلدًا آخر بالخيار --data-dir.</translation>
    </message>
    <message>
        <source>The disk is full: Qalam could not write to {folder}. Nothing was changed; free some space and run the command again.</source>
        <translation>القرص ممتلئ: تعذّر على قلم الكتابة في {folder}. لم يتغيّر شيء؛ أفرغ بعض المساحة ثم أعد تشغيل الأمر.</translation>
    </message>
    <message>
        <source>Qalam could not read or write its data in {folder} (a disk or file system error). Nothing was changed; check the disk and run the command again.</source>
        <translation>تعذّر على قلم قراءة بياناته أو كتابتها في {folder} (خطأ في القرص أو نظام الملفات). لم يتغيّر شيء؛ افحص القرص ثم أعد تشغيل الأمر.</translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <source>Insert Table</source>
        <translation>إدراج جدول</translation>
    </message>
    <message>
        <source>First row is a header</source>
        <translation>الصف الأول صفّ عناوين</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
</context>
<context>
    <name>TermDialog</name>
    <message>
        <source>Categories missing on the site</source>
        <translation>تصنيفات غير موجودة على الموقع</translation>
    </message>
    <message>
        <source>These categories are not on {site}, and your role there may not create them: {names}.</source>
        <translation>هذه التصنيفات غير موجودة على {site}، ودورك فيه لا يسمح بإنشائها: {names}.</translation>
    </message>
    <message>
        <source>Choose categories the site has, or ask an editor to create them. Nothing was sent.</source>
        <translation>اختر تصنيفات موجودة على الموقع أو اطلب من محرر إنشاءها. لم يُرسَل شيء.</translation>
    </message>
    <message>
        <source>New categories: {names}</source>
        <translation>تصنيفات جديدة: {names}</translation>
    </message>
    <message>
        <source>New tags: {names}</source>
        <translation>وسوم جديدة: {names}</translation>
    </message>
    <message>
        <source>Create on the site?</source>
        <translation>إنشاؤها على الموقع؟</translation>
    </message>
    <message>
        <source>{site} does not have these yet. Create them?</source>
        <translation>ليست هذه موجودة بعد على {site}. هل تُنشأ؟</translation>
    </message>
    <message>
        <source>Create and publish</source>
        <translation>إنشاء ونشر</translation>
    </message>
    <message>
        <source>Create and submit</source>
        <translation>إنشاء وإرسال للمراجعة</translation>
    </message>
</context>
<context>
    <name>TitleFields</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>العنوان الفرعي</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Qalam</source>
        <translation>مرحبًا بك في قلم</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>اللغة(&amp;L):</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>Your drafts are saved on this computer as you type, so you can keep writing without a network connection. When you are back online, Qalam sends your work to the site.</source>
        <translation>تُحفظ مسوداتك على هذا الحاسوب أثناء الكتابة، فتستطيع مواصلة العمل دون اتصال بالشبكة. وحين يعود الاتصال، يرسل قلم عملك إلى الموقع.</translation>
    </message>
    <message>
        <source>&amp;Connect a Site…</source>
        <translation>ربط موقع…(&amp;C)</translation>
    </message>
    <message>
        <source>Connect a WordPress site</source>
        <translation>ربط موقع WordPress</translation>
    </message>
    <message>
        <source>&amp;Start Writing</source>
        <translation>ابدأ الكتابة(&amp;S)</translation>
    </message>
    <message>
        <source>Start writing</source>
        <translation>ابدأ الكتابة</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>Submit for review</source>
        <translation>إرسال للمراجعة</translation>
    </message>
    <message>
        <source>Withdraw to edit</source>
        <translation>سحب للتعديل</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>بدء المراجعة</translation>
    </message>
    <message>
        <source>Return to reporter</source>
        <translation>إعادة إلى المراسل</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation>نشر الآن</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>جدولة</translation>
    </message>
    <message>
        <source>Cancel schedule</source>
        <translation>إلغاء الجدولة</translation>
    </message>
    <message>
        <source>Published by the site</source>
        <translation>نشر تلقائي من الموقع</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>إلغاء النشر</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>مُرسَل للمراجعة</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>مُعاد إلى المراسل</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>مُعتمَد</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>مُجدوَل</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منشور</translation>
    </message>
    <message>
        <source>contributor</source>
        <translation>مساهم</translation>
    </message>
    <message>
        <source>author</source>
        <translation>كاتب</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>محرر</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>مدير</translation>
    </message>
    <message>
        <source>This cannot be done while the article is {state}.</source>
        <translation>لا يمكن تنفيذ هذا والمقال في حالة «{state}».</translation>
    </message>
    <message>
        <source>Only the site does this, when a scheduled time arrives.</source>
        <translation>الموقع وحده يقوم بهذا عند حلول الموعد المجدول.</translation>
    </message>
    <message>
        <source>Only an editor can do this; your role on the site is {role}.</source>
        <translation>هذا الإجراء للمحررين فقط؛ دورك على الموقع: {role}.</translation>
    </message>
    <message>
        <source>Only the article&apos;s author or an editor can do this.</source>
        <translation>هذا الإجراء لكاتب المقال أو للمحررين فقط.</translation>
    </message>
    <message>
        <source>Contributors cannot publish: submit the article for review and an editor will publish it.</source>
        <translation>لا يستطيع المساهمون النشر: أرسل المقال للمراجعة وسينشره أحد المحررين.</translation>
    </message>
    <message>
        <source>Authors can publish only their own articles.</source>
        <translation>لا يستطيع الكتّاب نشر غير مقالاتهم.</translation>
    </message>
    <message>
        <source>WordPress publishes a scheduled post only when its scheduler (WP-Cron) runs, which on most sites happens when someone visits the site: the post may appear a little after the chosen time.</source>
        <translation>لا ينشر WordPress المقال المجدول إلا عند تشغيل المُجدوِل (WP-Cron)، وهذا يحدث في معظم المواقع حين يزور أحدٌ الموقع: لذا قد يظهر المقال بعد الموعد المختار بقليل.</translation>
    </message>
    <message>
        <source>The site does not have the Qalam companion plugin: review notes stay on this computer and the reporter will not see them. Ask the site&apos;s administrator to copy qalam-companion.php (it comes with Qalam: Help → About shows where) into wp-content/mu-plugins/.</source>
        <translation>الإضافة المرافقة لقلم غير مثبّتة على الموقع: ستبقى ملاحظات المراجعة على هذا الحاسوب ولن يراها المراسل. اطلب من مدير الموقع نسخ qalam-companion.php (يأتي مع قلم، وتعرض «مساعدة ← عن قلم» مكانه) إلى wp-content/mu-plugins/.</translation>
    </message>
    <message>
        <source>No connection to the site is configured.</source>
        <translation>لم يُضبط أي اتصال بالموقع.</translation>
    </message>
    <message>
        <source>No article with id {id}.</source>
        <translation>لا يوجد مقال رقمه {id}.</translation>
    </message>
    <message>
        <source>This article belongs to another site.</source>
        <translation>هذا المقال تابع لموقع آخر.</translation>
    </message>
    <message>
        <source>This is not allowed.</source>
        <translation>هذا غير مسموح به.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>الملاحظة فارغة.</translation>
    </message>
    <message>
        <source>Say what the reporter should change: the note is empty.</source>
        <translation>اكتب ما ينبغي للمراسل تغييره: الملاحظة فارغة.</translation>
    </message>
    <message>
        <source>Choose a time at least a minute from now, or publish now instead.</source>
        <translation>اختر موعدًا بعد دقيقة واحدة من الآن على الأقل، أو انشر الآن بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>“{title}” was deleted or moved to the trash on the site; it is a local draft again.</source>
        <translation>حُذف «{title}» أو نُقل إلى سلة المهملات على الموقع؛ وعاد مسودة محلية.</translation>
    </message>
    <message>
        <source>The article was changed on the site after you got it, so your action was not sent. Sync to get the site&apos;s version, or keep yours from the outbox.</source>
        <translation>عُدّل المقال على الموقع بعد أن جلبته، لذا لم يُرسل إجراؤك. زامِن لجلب نسخة الموقع، أو احتفظ بنسختك من صندوق الصادر.</translation>
    </message>
    <message>
        <source>No site named {name}: add it with qalam sites add.</source>
        <translation>لا يوجد موقع باسم {name}: أضفه بالأمر qalam sites add.</translation>
    </message>
</context>
<context>
    <name>WorkflowCli</name>
    <message>
        <source>No site named {name}: add it with qalam sites add.</source>
        <translation>لا يوجد موقع باسم {name}: أضفه بالأمر qalam sites add.</translation>
    </message>
    <message>
        <source>Say which site with --site NAME.</source>
        <translation>حدّد الموقع بالخيار --site NAME.</translation>
    </message>
    <message>
        <source>warning: {text}</source>
        <translation>تحذير: {text}</translation>
    </message>
    <message>
        <source>Sent: post {remote_id} is now {status}.</source>
        <translation>أُرسل: حالة المقال {remote_id} الآن {status}.</translation>
    </message>
    <message>
        <source>Queued: it will be sent by qalam sync ({reason})</source>
        <translation>في قائمة الانتظار: سيُرسله الأمر qalam sync ({reason})</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>لم يُرسل: {reason}</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>فشل: {reason}</translation>
    </message>
    <message>
        <source>{site}: the look of the site was not fetched ({reason})</source>
        <translation>{site}: لم يُجلب مظهر الموقع ({reason})</translation>
    </message>
    <message>
        <source>No site yet: add one with qalam sites add.</source>
        <translation>لا يوجد موقع بعد: أضف موقعًا بالأمر qalam sites add.</translation>
    </message>
    <message>
        <source>{site}: {reason}</source>
        <translation>{site}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n categories</source>
        <translation>
            <numerusform>لا تصنيفات</numerusform>
            <numerusform>تصنيف واحد</numerusform>
            <numerusform>تصنيفان</numerusform>
            <numerusform>%Ln تصنيفات</numerusform>
            <numerusform>%Ln تصنيفًا</numerusform>
            <numerusform>%Ln تصنيف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tags</source>
        <translation>
            <numerusform>لا وسوم</numerusform>
            <numerusform>وسم واحد</numerusform>
            <numerusform>وسمان</numerusform>
            <numerusform>%Ln وسوم</numerusform>
            <numerusform>%Ln وسمًا</numerusform>
            <numerusform>%Ln وسم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) sent</source>
        <translation>
            <numerusform>لم يُرسل أي إجراء</numerusform>
            <numerusform>أُرسل إجراء واحد</numerusform>
            <numerusform>أُرسل إجراءان</numerusform>
            <numerusform>أُرسلت %Ln إجراءات</numerusform>
            <numerusform>أُرسل %Ln إجراءً</numerusform>
            <numerusform>أُرسل %Ln إجراء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) pulled</source>
        <translation>
            <numerusform>لم يُجلب أي مقال</numerusform>
            <numerusform>جُلب مقال واحد</numerusform>
            <numerusform>جُلب مقالان</numerusform>
            <numerusform>جُلبت %Ln مقالات</numerusform>
            <numerusform>جُلب %Ln مقالًا</numerusform>
            <numerusform>جُلب %Ln مقال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new note(s)</source>
        <translation>
            <numerusform>لا ملاحظات جديدة</numerusform>
            <numerusform>ملاحظة جديدة واحدة</numerusform>
            <numerusform>ملاحظتان جديدتان</numerusform>
            <numerusform>%Ln ملاحظات جديدة</numerusform>
            <numerusform>%Ln ملاحظة جديدة</numerusform>
            <numerusform>%Ln ملاحظة جديدة</numerusform>
        </translation>
    </message>
    <message>
        <source>{site}: {counts}.</source>
        <translation>{site}: {counts}.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <source>Review inbox: %n article(s).</source>
        <translation>
            <numerusform>صندوق المراجعة فارغ.</numerusform>
            <numerusform>في صندوق المراجعة مقال واحد.</numerusform>
            <numerusform>في صندوق المراجعة مقالان.</numerusform>
            <numerusform>في صندوق المراجعة %Ln مقالات.</numerusform>
            <numerusform>في صندوق المراجعة %Ln مقالًا.</numerusform>
            <numerusform>في صندوق المراجعة %Ln مقال.</numerusform>
        </translation>
    </message>
    <message>
        <source>{id}: changed here and on the site; your copy was kept, nothing was overwritten.</source>
        <translation>{id}: عُدّل هنا وعلى الموقع؛ احتُفظ بنسختك ولم يُستبدل شيء.</translation>
    </message>
    <message>
        <source>Nothing waits for review (run qalam sync to refresh).</source>
        <translation>لا شيء ينتظر المراجعة (شغّل qalam sync للتحديث).</translation>
    </message>
    <message>
        <source>No article with id {id}.</source>
        <translation>لا يوجد مقال رقمه {id}.</translation>
    </message>
    <message>
        <source>This article has no submitted version to compare with.</source>
        <translation>ليس لهذا المقال نسخة مُرسلة للمقارنة بها.</translation>
    </message>
    <message>
        <source>No changes since it was submitted.</source>
        <translation>لا تغييرات منذ إرساله للمراجعة.</translation>
    </message>
</context>
</TS>
