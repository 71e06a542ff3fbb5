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
        <source>The slug is {size} bytes once encoded for the web address; WordPress keeps at most {limit} (about 33 Arabic letters) and would cut it. Give a shorter one.</source>
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
    <message>
        <source>The category “{name}…” is too long: WordPress keeps at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag “{name}…” is too long: WordPress keeps at most {limit} characters.</source>
        <translation type="unfinished"></translation>
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
        <source>{errors} to fix before publishing, {others} to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>{count} fixes applied.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>The headline has {count} characters; the layout fits {limit}.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>The excerpt is short ({count} characters; at least {min}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The excerpt is long ({count} characters; at most {max}).</source>
        <translation type="unfinished"></translation>
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
        <source>The slug is {size} bytes once encoded; WordPress cuts it at {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten the slug at a word boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A slug made from the headline would be {size} bytes; WordPress cuts it at {limit}.</source>
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
        <source>Bidi controls and zero-width characters</source>
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
        <source>“{text}” looks like an untranslated interface word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin “{text}” in Arabic text: a leftover?</source>
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
    <message>
        <source>{count} spaces in a row.</source>
        <translation type="unfinished"></translation>
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
        <source>Invisible direction control ({names}).</source>
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
        <source>{added} word(s) added, {removed} removed</source>
        <translation type="unfinished"></translation>
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
        <source>Saved</source>
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
        <source>Unsaved text of {count} draft(s) was recovered after Qalam stopped unexpectedly.</source>
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
    <message>
        <source>The id {id} is ambiguous: it starts {count} drafts; type more of it.</source>
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
        <source>The drafts database was damaged and no good backup was found. Qalam started with an empty store; the damaged file was kept as {damaged}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drafts database was damaged. It was restored from the backup of {when}; changes made after that may be missing. The damaged file was kept as {damaged}.</source>
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
        <source>Press Ctrl+N to start writing, or import a Word, Markdown or text file.</source>
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
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
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
    <message>
        <source>{n} matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced {n}</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Added {n} new words to the newsroom word list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Revision history</source>
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
        <source>{file}: removed {count} blocks of website boilerplate.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Removed as website clutter ({count}). Tick to keep:</source>
        <translation type="unfinished"></translation>
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
    <name>Outbox</name>
    <message>
        <source>This queued item is of a kind this version of Qalam does not send; nothing was sent.</source>
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
    <message>
        <source>Sent {done}, still queued {queued}, failed {failed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(attempts: {n})</source>
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
<context>
    <name>ReviewInbox</name>
    <message>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} words</source>
        <translation type="unfinished"></translation>
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
        <source>{count} waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} action(s) sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} changed both here and on the site: your copy was kept</source>
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
        <source>Removed {n} invisible control characters from the pasted text ({names}).</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Words in the newsroom list: {count}</source>
        <translation type="unfinished"></translation>
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
        <source>{count} new words were added.</source>
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
        <source>Qalam cannot open its database in {folder}. Check that the folder exists and that you may write to it, or choose another folder with --data-dir.</source>
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
        <source>No site yet: add one with qalam sites add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site}: {categories} categories, {tags} tags; {sent} action(s) sent, {pulled} article(s) pulled, {notes} new note(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review inbox: {count} article(s).</source>
        <translation type="unfinished"></translation>
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
