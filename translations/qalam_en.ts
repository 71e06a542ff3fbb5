<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ArticleEdit</name>
    <message>
        <source>The slug “{slug}” has no letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The slug is %n byte(s) once encoded for the web address; WordPress keeps at most {limit} (about {letters} Arabic letters) and would cut it. Give a shorter one.</source>
        <translation>
            <numerusform>The slug is %Ln byte once encoded for the web address; WordPress keeps at most {limit} (about {letters} Arabic letters) and would cut it. Give a shorter one.</numerusform>
            <numerusform>The slug is %Ln bytes once encoded for the web address; WordPress keeps at most {limit} (about {letters} Arabic letters) and would cut it. Give a shorter one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The category “{name}…” is too long: WordPress keeps at most %n character(s).</source>
        <translation>
            <numerusform>The category “{name}…” is too long: WordPress keeps at most %Ln character.</numerusform>
            <numerusform>The category “{name}…” is too long: WordPress keeps at most %Ln characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The tag “{name}…” is too long: WordPress keeps at most %n character(s).</source>
        <translation>
            <numerusform>The tag “{name}…” is too long: WordPress keeps at most %Ln character.</numerusform>
            <numerusform>The tag “{name}…” is too long: WordPress keeps at most %Ln characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The draft has no category “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft has no tag “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headline cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Boilerplate</name>
    <message>
        <source>Share buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication date line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advertisement marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest news list after the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to other articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyright line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text before the headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The boilerplate rules file {path} cannot be used: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckDock</name>
    <message>
        <source>Pre-publish check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix all like this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a draft to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{errors}, {others}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n to fix before publishing</source>
        <translation>
            <numerusform>%Ln to fix before publishing</numerusform>
            <numerusform>%Ln to fix before publishing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%Ln to review</numerusform>
            <numerusform>%Ln to review</numerusform>
        </translation>
    </message>
    <message>
        <source>The check failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Spelling was not checked: no spell-checking engine could be loaded ({reason}). Install libenchant-2-2, hunspell-ar and hunspell-en-us, or run with --no-spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling in {lang} was not checked: its dictionary is missing. Install {package}, or run with --no-spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n fix(es) applied.</source>
        <translation>
            <numerusform>%Ln fix applied.</numerusform>
            <numerusform>%Ln fixes applied.</numerusform>
        </translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fix spans formatting; make it in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text has changed since it was checked; check it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{digits}”: the house style is Western digits (0-9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{digits}”: the house style is Arabic-Indic digits (٠-٩).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write “{digits}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The headline has %n character(s); the layout fits {limit}.</source>
        <translation>
            <numerusform>The headline has %Ln character; the layout fits {limit}.</numerusform>
            <numerusform>The headline has %Ln characters; the layout fits {limit}.</numerusform>
        </translation>
    </message>
    <message>
        <source>A recent post has the same headline: “{other}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The house rules file {path} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The house rules cannot be saved to {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link to {url} has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link to {url} is not https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link to {url} is not a full https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image has no alt text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article has no headline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an excerpt for listings and social media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The excerpt is short (%n character(s); at least {min}).</source>
        <translation>
            <numerusform>The excerpt is short (%Ln character; at least {min}).</numerusform>
            <numerusform>The excerpt is short (%Ln characters; at least {min}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The excerpt is long (%n character(s); at most {max}).</source>
        <translation>
            <numerusform>The excerpt is long (%Ln character; at most {max}).</numerusform>
            <numerusform>The excerpt is long (%Ln characters; at most {max}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The slug is %n byte(s) once encoded; WordPress cuts it at {limit}.</source>
        <translation>
            <numerusform>The slug is %Ln byte once encoded; WordPress cuts it at {limit}.</numerusform>
            <numerusform>The slug is %Ln bytes once encoded; WordPress cuts it at {limit}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A slug made from the headline would be %n byte(s); WordPress cuts it at {limit}.</source>
        <translation>
            <numerusform>A slug made from the headline would be %Ln byte; WordPress cuts it at {limit}.</numerusform>
            <numerusform>A slug made from the headline would be %Ln bytes; WordPress cuts it at {limit}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a featured image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The featured image has no alt text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten the slug at a word boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a slug that fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excerpt missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excerpt too short or too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Featured image missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Featured image without alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slug over WordPress&apos;s 200-byte limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories the site lacks and you may not create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories or tags new to the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin words left in Arabic text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin names and acronyms in Arabic text (a notice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website clutter left in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbalanced quotation marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbalanced brackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin punctuation in Arabic text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space before punctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tatweel used to stretch words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits not in the house style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero-width characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden direction controls (embedding, override, isolate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links without text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links that are not https</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images without alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline of a recent post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untranslated quotation “{text}” in: {sentence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” in Latin letters in: {sentence} — in Arabic: “{arabic}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” after “{noun}” stays in Latin letters: fine for a name, or write it in Arabic?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acronym “{text}” is in Latin letters: fine, or write it in Arabic?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is in Latin letters in: {sentence} — write it in Arabic letters?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” looks like an untranslated interface word, in: {sentence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin “{text}” in Arabic text, a leftover? In: {sentence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quotation mark “{mark}” has no partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bracket “{mark}” has no partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with “{word}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{word}” may be misspelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the Arabic “{arabic}” instead of “{latin}” in Arabic text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with “{arabic}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No space before “{mark}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the space</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n space(s) in a row.</source>
        <translation>
            <numerusform>%Ln space in a row.</numerusform>
            <numerusform>%Ln spaces in a row.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use one space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{word}” is stretched with tatweel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write “{word}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden direction control ({names}): it can reorder the words around it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the direction control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invisible zero-width character ({names}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publication date line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscription notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cookie notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advertisement marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disclaimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latest news heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link to other articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comments section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copyright line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” looks like website clutter ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on {site}, and your role there may not create categories: {names}. Publishing will be refused: choose categories the site has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New categories for {site}, created when you publish: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tags for {site}, created when you publish: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Say what to do: qalam {command} --help lists the actions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>DiffView</name>
    <message>
        <source>Changes since submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word-level changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Struck through: removed by the editor. Underlined: added by the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{added}, {removed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) added</source>
        <translation>
            <numerusform>%Ln word added</numerusform>
            <numerusform>%Ln words added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%Ln removed</numerusform>
            <numerusform>%Ln removed</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes since submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No submitted version to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes could not be shown.</source>
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
    <name>DocumentController</name>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest text could not be saved (the disk may be full). If you quit now, it is lost. Free some space and keep Qalam open: it keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved text?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qalam stopped before “{title}” was saved. Keep the recovered text?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be saved to the database; your text is kept in the recovery journal. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>No {what} with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site named {name} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft with id {id} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No draft with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No draft id given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unsaved text of %n draft(s) was recovered after Qalam stopped unexpectedly.</source>
        <translation>
            <numerusform>Unsaved text of %Ln draft was recovered after Qalam stopped unexpectedly.</numerusform>
            <numerusform>Unsaved text of %Ln drafts was recovered after Qalam stopped unexpectedly.</numerusform>
        </translation>
    </message>
    <message>
        <source>The id {id} is ambiguous: several drafts start with it; type more of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft {id} has no revision {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered after an unexpected exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drafts database was damaged and no good backup was found. Qalam rebuilt it from what the damaged file still held; the damaged file was kept as {damaged}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drafts database was damaged. It was restored from the backup of {when} together with what the damaged file still held; the damaged file was kept as {damaged}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) with changes newer than the backup were recovered from the damaged file.</source>
        <translation>
            <numerusform>%n draft with changes newer than the backup was recovered from the damaged file.</numerusform>
            <numerusform>%n drafts with changes newer than the backup were recovered from the damaged file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) could not be read from the damaged file; changes made to them after the backup may be missing: {titles}</source>
        <translation>
            <numerusform>%n draft could not be read from the damaged file; changes made to it after the backup may be missing: {titles}</numerusform>
            <numerusform>%n drafts could not be read from the damaged file; changes made to them after the backup may be missing: {titles}</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing could be recovered from the damaged file {damaged}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered from the damaged database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text from the open window, kept when the draft changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version written elsewhere, kept before it was replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be saved on this computer: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drafts database was written by a newer version of Qalam (schema {rev}). Update Qalam to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>No drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored revision {old} as revision {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to the trash: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken out of the trash: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: give --title, --excerpt, --slug, --category, --tag, --remove-category or --remove-tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: “{name}” is not a category on {site}, and your role there may not create one: publishing will be refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is a new category for {site}: it is created when you publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is a new tag for {site}: it is created when you publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The search index is being updated in the background (%n draft(s) to go): every draft is found meanwhile, but matches through attached prefixes may differ until it is done.</source>
        <translation>
            <numerusform>The search index is being updated in the background (%Ln draft to go): every draft is found meanwhile, but matches through attached prefixes may differ until it is done.</numerusform>
            <numerusform>The search index is being updated in the background (%Ln drafts to go): every draft is found meanwhile, but matches through attached prefixes may differ until it is done.</numerusform>
        </translation>
    </message>
    <message>
        <source>Did you mean: {words}? (--fuzzy searches them too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also showing drafts with: {words}</source>
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
        <source>Filter by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to trash</source>
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
        <source>Press {shortcut} to start writing, or import a Word, Markdown or text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No draft matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state}, edited since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>WordPress block kept as it is: {name}</source>
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
        <source>Choose a draft from the list, or press {shortcut} for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <source>The data folder {path} cannot be used: {file} is a file, not a folder. Move that file away, or choose another folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder {path} is read-only. Give yourself write permission on it, or choose another folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder {path} does not exist, and neither does {parent} (is a drive not connected?). Create the folder first, or choose another one with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qalam may not create the folder {path} ({reason}). Check the permissions of its parent folder, or choose another folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: Qalam cannot create the folder {path}. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qalam cannot use the folder {path} ({reason}). Check the disk, or choose another folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qalam cannot write its log file in {path} ({reason}). Give yourself write permission on that folder, or choose another data folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file in {var} ({path}) is missing or unusable, so no secure connection can be made. Correct {var}, or unset it to use the system&apos;s certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure connection could be made ({reason}). Check the system&apos;s certificates (the ca-certificates package).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drafts database in {path} is damaged. Start Qalam again: it keeps the damaged file aside and restores the newest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring cannot be used ({reason}). Start or unlock it (for example gnome-keyring), or set QALAM_PASSWORD for each command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spelling dictionaries cannot be loaded ({reason}). Install hunspell-ar and hunspell-en-us (see qalam doctor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qalam ran out of memory. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qalam could not use {path} ({reason}). Check that it exists and that you may use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qalam stopped on an unexpected error ({error}). The details are in {log}. Please report it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Give --format (md, html, docx or pdf): {name} has no known extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown export format: {format}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}: the disk is full. Nothing was written; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF export needs the graphical part of Qt, which is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF export is not available: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Import articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (*.docx *.md *.markdown *.html *.htm *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not work; nothing was changed. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import and export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Find and Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore vowel marks and hamza forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n time(s)</source>
        <translation>
            <numerusform>Replaced %Ln time</numerusform>
            <numerusform>Replaced %Ln times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormatActions</name>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizontal Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left-to-Right Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste as Plain Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Newsroom Word List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Newsroom Word List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n new word(s) to the newsroom word list.</source>
        <translation>
            <numerusform>Added %Ln new word to the newsroom word list.</numerusform>
            <numerusform>Added %Ln new words to the newsroom word list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Revision history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one revision to read it, or two to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These revisions have the same text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from revision {old} to revision {new}: deleted words are struck through in red, added words underlined in green.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back revision {number}? The current text stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageDialog</name>
    <message>
        <source>Insert Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the image shows, for readers who cannot see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{reason} Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was already imported: it is draft {id} “{title}”, in the trash. Nothing new was made; take it out with qalam drafts untrash {id}, or import the file once more with --again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was already imported: it is draft {id} “{title}”. Nothing new was made; to import it once more, add --again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{file}: removed %n block(s) of website boilerplate.</source>
        <translation>
            <numerusform>{file}: removed %Ln block of website boilerplate.</numerusform>
            <numerusform>{file}: removed %Ln blocks of website boilerplate.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: Qalam imports .docx, .md, .html and .txt files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is too large to import ({size} MB; the limit is {limit} MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is too large to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: unknown file type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no text to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not valid {encoding} text (at byte {offset}). Save it as UTF-8 and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged or is not a Word document (.docx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} unpacks to more than {limit} MB; it may be a zip bomb, so it was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick to put this back into the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) removed as website clutter. Tick to keep:</source>
        <translation>
            <numerusform>%Ln part removed as website clutter. Tick to keep:</numerusform>
            <numerusform>%Ln parts removed as website clutter. Tick to keep:</numerusform>
        </translation>
    </message>
    <message>
        <source>Create draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
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
    <message>
        <source>The display {display} does not answer, so the window cannot open. Check DISPLAY (or WAYLAND_DISPLAY), or start Qalam from the desktop&apos;s menu. To run without a screen, use QT_QPA_PLATFORM=offscreen qalam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window cannot open: {reason}. Run qalam doctor to see what is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qalam is already open with this data folder (process {pid}) but does not answer. Close that window, or end the process if it hangs, then start Qalam again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveDesk</name>
    <message>
        <source>The disk is full, so your latest text could not be saved. It is kept in this window, and Qalam keeps trying: it will be saved as soon as some space is freed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest text could not be saved ({reason}). It is kept in this window, and Qalam keeps trying to save it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveDocument</name>
    <message>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the other version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft was changed elsewhere (for example from the command line) while you were editing it. Both texts are kept. Compare them, then choose which one continues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the two versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the other version to your text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Struck through: only in the other version. Underlined: only in your text.</source>
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
        <source>Nothing to check yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a draft to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check before publishing</source>
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
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open from &amp;Site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
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
        <source>Select &amp;All</source>
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
        <source>&amp;Language</source>
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
        <source>&amp;Unpublish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view on the Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync with the Site</source>
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
        <source>&amp;Working Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
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
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language takes effect the next time you start Qalam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft store could not be opened. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled draft</source>
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
    <message>
        <source>The WordPress companion plugin (copy it into wp-content/mu-plugins/ on the site):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <source>Edited since it was published: the site still shows the earlier text until you publish again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or two sentences shown in lists and on social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a slug from the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search the site&apos;s categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separated by commas; type to search the site&apos;s tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Featured image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Featured image alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link on the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the site, and your role there may not create categories: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New on the site, created when you publish: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Featured Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the site (media {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image attached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsroom</name>
    <message>
        <source>Publishing queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for the editor (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish “{title}” now, or choose a time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published despite the check: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take “{title}” off the site? It becomes a draft there, and here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted for review: read-only until the editor returns it (or you withdraw it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong; nothing was lost. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>No draft with id {id}, and no post {id} from a site in this data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review notes for this article yet (qalam sync brings the editor&apos;s notes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenFromSiteDialog</name>
    <message>
        <source>Open from Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the site&apos;s posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the site&apos;s posts (title and text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts on the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site yet: add one in Tools → Sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No posts found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) shown</source>
        <translation>
            <numerusform>%n post shown</numerusform>
            <numerusform>%n posts shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the site</source>
        <translation>
            <numerusform>%n on the site</numerusform>
            <numerusform>%n on the site</numerusform>
        </translation>
    </message>
    <message>
        <source>That did not work; nothing was changed. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening post {id}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>This queued item is of a kind this version of Qalam does not send; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Posts</name>
    <message>
        <source>No site yet: add one with `qalam sites add`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which site? Give --site NAME (one of: {names}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No posts found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} posts; --limit shows more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>No web browser could be started; open the file above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site to take the look from: a plain page is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s look is not on this computer yet (connect and sync once): a plain page is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview uses the site&apos;s look as fetched on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Publish</name>
    <message>
        <source>“{text}” is not a date and time like 2026-12-01T08:00+03:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the category “{name}” on {site}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published: the post was changed on the site. Open the draft in Qalam to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the item number, as `qalam outbox` shows it (#12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%Ln sent</numerusform>
            <numerusform>%Ln sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still queued</source>
        <translation>
            <numerusform>%Ln still queued</numerusform>
            <numerusform>%Ln still queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
    <message>
        <source>{sent}, {queued}, {failed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n attempt(s))</source>
        <translation>
            <numerusform>(%Ln attempt)</numerusform>
            <numerusform>(%Ln attempts)</numerusform>
        </translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site refused the user name or application password. Check them in the site settings (an application password is not the login password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account may not publish on this site (it lacks the “{capability}” permission). Submit the article for review instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account may not upload images to this site (it lacks the “{capability}” permission).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is not allowed to do this on the site (it lacks the “{capability}” permission).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site answered with a web page instead of data. A hotspot login page, a firewall or a security plugin may be in the way: open the site in a browser, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site took too long to answer. The article stays queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach {host}. You may be offline; the article stays queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to {host} failed: its certificate is not valid or not trusted. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} uses plain http: passwords would travel unencrypted. Use an https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{url}” is not a web address of a site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password cannot be stored: no secure keyring (Secret Service) is running, so the site {site} was not added. Start and unlock gnome-keyring (or KWallet), then add the site again; or give the password in QALAM_PASSWORD to each command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application password is known for {user} on {site}. Enter it in the site settings or set QALAM_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These categories do not exist on the site: {names}. Refresh the list or choose others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These categories do not exist on the site, and your role there may not create them: {names}. Choose categories the site has, or ask an editor to create them. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article is already a post on another site: copy the draft to publish it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image {name} cannot be read from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site had an internal error (HTTP {status}). The article stays queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site sent Qalam to another address ({host}). If the site has moved, change its address in the site settings; on a hotspot, log in to it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s page {path} is too large to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site did not give its page {path} (HTTP {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site has no such item any more (it may have been deleted there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large for the site. Use a smaller image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site asks to slow down. The article stays queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site refused the request ({code} {fields}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this post on the site since you last got it. Compare the two versions: keep yours, take theirs, or merge by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Qalam window is sending this article right now; this waits for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish and schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit other people&apos;s posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit published posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post any HTML (no filtering)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishGate</name>
    <message>
        <source>Problems before publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix these before publishing, or give a reason to publish anyway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for publishing anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back and fix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishQueue</name>
    <message>
        <source>Publishing queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences between the site&apos;s version and yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Struck through: only on the site. Underlined: only in your version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed on the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong while sending; the items stay queued.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QalamStatusBar</name>
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
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%Ln word</numerusform>
            <numerusform>%Ln words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%Ln min read</numerusform>
            <numerusform>%Ln min read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spelling: %n to check</source>
        <translation>
            <numerusform>Spelling: %Ln to check</numerusform>
            <numerusform>Spelling: %Ln to check</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Outbox: %n</source>
        <translation>
            <numerusform>Outbox: %Ln</numerusform>
            <numerusform>Outbox: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed elsewhere: both texts kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last saved at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewInbox</name>
    <message>
        <source>Review inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send queued actions and fetch the articles waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles reporters submit appear here after a sync, and stay available offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%Ln hour</numerusform>
            <numerusform>%Ln hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%Ln word</numerusform>
            <numerusform>%Ln words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for review</source>
        <translation>
            <numerusform>%Ln waiting for review</numerusform>
            <numerusform>%Ln waiting for review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) sent</source>
        <translation>
            <numerusform>%Ln action sent</numerusform>
            <numerusform>%Ln actions sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed both here and on the site: your copy was kept</source>
        <translation>
            <numerusform>%Ln changed both here and on the site: your copy was kept</numerusform>
            <numerusform>%Ln changed both here and on the site: your copy was kept</numerusform>
        </translation>
    </message>
    <message>
        <source>{state}, edited here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong; details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewNotesPanel</name>
    <message>
        <source>Review notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what the reporter should change first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (on this computer only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the article back to its reporter with your note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued: it will be sent when the site can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: see the outbox for the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong; details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Revision</name>
    <message>
        <source>Details changed from the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixes from the pre-publish check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From revision {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RichTextEditor</name>
    <message>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article could not be shown: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This paragraph came from the site with formatting Qalam cannot keep ({tags}): editing it drops that formatting when the article goes to the site. Undo (Ctrl+Z) keeps the paragraph as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n invisible control character(s) from the pasted text ({names}).</source>
        <translation>
            <numerusform>Removed %Ln invisible control character from the pasted text ({names}).</numerusform>
            <numerusform>Removed %Ln invisible control characters from the pasted text ({names}).</numerusform>
        </translation>
    </message>
    <message>
        <source>(no suggestions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to My Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Schedule publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication date and time, in the site&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site time ({zone}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your local time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time at least a minute from now, or publish now instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchSuggestion</name>
    <message>
        <source>Did you mean:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for {word}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchUpdateIndicator</name>
    <message>
        <source>Search is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Updating search: %n draft(s) to go</source>
        <translation>
            <numerusform>Updating search: %Ln draft to go</numerusform>
            <numerusform>Updating search: %Ln drafts to go</numerusform>
        </translation>
    </message>
    <message>
        <source>Qalam now finds Arabic words through attached prefixes (و، ب، ال…): the search index of your drafts is being rebuilt in the background. Every draft is found meanwhile; matches through prefixes may differ until it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search index</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>{name}={value} (not saved: the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a value of {name}: use one of {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {name} is now {value}; the window uses it the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file {path} cannot be read ({reason}). Check its permissions, or give --lang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file {path} is damaged (line {line} is not a setting). Correct or delete that file; Qalam then starts with its default settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file {path} cannot be written ({reason}). Check the permissions of its folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic-Indic (٠١٢٣)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Western (0123)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits in the interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect the next time you start Qalam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newsroom word list holds names of people and places that everyone on this computer uses. Words in it are also accepted with the usual attached prefixes (و، ف، ب، ل، ال…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a word list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a word list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest headline (characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest excerpt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest excerpt (characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest excerpt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest excerpt (characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits in articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either, but one style per article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Western digits (0123)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic-Indic digits (٠١٢٣)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every article needs a featured image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known Latin terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin names and terms allowed in Arabic text (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import house rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import house rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export house rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export house rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The newsroom list has %n word(s).</source>
        <translation>
            <numerusform>The newsroom list has %Ln word.</numerusform>
            <numerusform>The newsroom list has %Ln words.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new word(s) added.</source>
        <translation>
            <numerusform>%Ln new word added.</numerusform>
            <numerusform>%Ln new words added.</numerusform>
        </translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House rules (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The house rules were imported. Reopen Settings to see them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SitePosts</name>
    <message>
        <source>Post {id} is now a local draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft was refreshed with the site&apos;s version of post {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post {id} was changed on the site and your draft had edits of its own: both are kept. The draft now has the site&apos;s version; your edits are revision {revision} in its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft already has the site&apos;s version of post {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post {id} has not changed on the site since your draft was based on it; the draft is kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” is waiting in the publishing queue: send it (or remove it from the queue) before opening the post from the site again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SitePreview</name>
    <message>
        <source>Writing the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser could be started; the preview is in {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview opened in the web browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be written. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sites</name>
    <message>
        <source>No site named {name}. See `qalam sites list`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application password given: pipe it on standard input or set QALAM_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application password for {user} on {site}: add the site again or set QALAM_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure keyring on this computer: the password was not saved. Set QALAM_PASSWORD for each command, or install gnome-keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added site {name} ({url}) for user {user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sites yet. Add one with `qalam sites add NAME --url URL --user USER`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {url} as {user} ({roles}); password: {password}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to {site} as {user} (roles: {roles}).</source>
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
        <source>The Qalam companion plugin is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right to left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left to right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site language: {language}; articles are shown {direction}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed site {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SitesDialog</name>
    <message>
        <source>WordPress sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application password (not your login password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the login now (uncheck to add the site while offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account may</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure keyring on this computer: passwords are kept only until Qalam quits, never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password in the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password kept until Qalam quits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password from QALAM_PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyring unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — {user} @ {url} ({state})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right to left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left to right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the site&apos;s language ({language}: {direction})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the site&apos;s language (not known yet: test the connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article direction saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the name, address, user name and application password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to {url}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure keyring: the password is kept only until Qalam quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to {site} as {user} (roles: {roles}).</source>
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
        <source>Type the new application password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <source>Could not save the word list {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the word list {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The disk is full: Qalam could not save to {folder}. Your text is kept; free some space and it will be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qalam could not read or write its data in {folder} (a disk or file system error). Your text is kept; check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drafts database is busy (another program is writing to it). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qalam cannot write to {folder}: the folder or the database is read-only. Check its permissions, or choose another folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drafts database in {folder} is damaged. Your open text is kept; restart Qalam to check the database and recover the drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup of the drafts was taken: it needs about {needed} MB and only {free} MB are free in {folder}. Free some space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qalam cannot open its database in {folder}. Check that the folder exists and that you may write to it, or choose another folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: Qalam could not write to {folder}. Nothing was changed; free some space and run the command again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qalam could not read or write its data in {folder} (a disk or file system error). Nothing was changed; check the disk and run the command again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <source>Insert Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First row is a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermDialog</name>
    <message>
        <source>Categories missing on the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These categories are not on {site}, and your role there may not create them: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose categories the site has, or ask an editor to create them. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New categories: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tags: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create on the site?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site} does not have these yet. Create them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and submit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TitleFields</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Qalam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your drafts are saved on this computer as you type, so you can keep writing without a network connection. When you are back online, Qalam sends your work to the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect a Site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a WordPress site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start writing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>Submit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published by the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be done while the article is {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the site does this, when a scheduled time arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an editor can do this; your role on the site is {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the article&apos;s author or an editor can do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributors cannot publish: submit the article for review and an editor will publish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors can publish only their own articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WordPress publishes a scheduled post only when its scheduler (WP-Cron) runs, which on most sites happens when someone visits the site: the post may appear a little after the chosen time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site does not have the Qalam companion plugin: review notes stay on this computer and the reporter will not see them. Ask the site&apos;s administrator to copy qalam-companion.php (it comes with Qalam: Help → About shows where) into wp-content/mu-plugins/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to the site is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article belongs to another site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the reporter should change: the note is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time at least a minute from now, or publish now instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” was deleted or moved to the trash on the site; it is a local draft again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article was changed on the site after you got it, so your action was not sent. Sync to get the site&apos;s version, or keep yours from the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site named {name}: add it with qalam sites add.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkflowCli</name>
    <message>
        <source>No site named {name}: add it with qalam sites add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which site with --site NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent: post {remote_id} is now {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued: it will be sent by qalam sync ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site}: the look of the site was not fetched ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site yet: add one with qalam sites add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n categories</source>
        <translation>
            <numerusform>%Ln category</numerusform>
            <numerusform>%Ln categories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tags</source>
        <translation>
            <numerusform>%Ln tag</numerusform>
            <numerusform>%Ln tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) sent</source>
        <translation>
            <numerusform>%Ln action sent</numerusform>
            <numerusform>%Ln actions sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) pulled</source>
        <translation>
            <numerusform>%Ln article pulled</numerusform>
            <numerusform>%Ln articles pulled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new note(s)</source>
        <translation>
            <numerusform>%Ln new note</numerusform>
            <numerusform>%Ln new notes</numerusform>
        </translation>
    </message>
    <message>
        <source>{site}: {counts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Review inbox: %n article(s).</source>
        <translation>
            <numerusform>Review inbox: %Ln article.</numerusform>
            <numerusform>Review inbox: %Ln articles.</numerusform>
        </translation>
    </message>
    <message>
        <source>{id}: changed here and on the site; your copy was kept, nothing was overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits for review (run qalam sync to refresh).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article has no submitted version to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes since it was submitted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
