"""Block markup: the grammar, the article as core blocks, and a post's blocks read back.

The expected strings are what WordPress 6.1's own block editor (the site's wp-includes/js/dist scripts,
``wp.blocks.serialize(wp.blocks.createBlock(…))`` in Chromium) writes for the same blocks; the tests in
test_wp_blocks.py check the same against the real site.
"""

from __future__ import annotations

import json

import pytest

from editor_app.core.block_grammar import delimited, parse_blocks, serialize_attributes, with_attrs
from editor_app.core.blocks import UUID_ATTR, article_body, post_content, site_elements
from editor_app.core.html_clean import clean_html, html_to_plain_text, without_block_data
from editor_app.core.plain_text import html_to_text, word_count

# --- the grammar -----------------------------------------------------------------------------------


def test_attributes_are_encoded_as_the_block_editor_does() -> None:
    attrs = {"className": 'x--y <z> & "w"', "n": 3, "ok": True, "ar": "عربي"}
    assert serialize_attributes(attrs) == (
        '{"className":"x\\u002d\\u002dy \\u003cz\\u003e \\u0026 \\u0022w\\u0022","n":3,"ok":true,"ar":"عربي"}'
    )
    # Whatever the value, nothing in the comment can close it or read as markup, and it decodes back.
    tricky = {"a": '--> <!-- wp:evil --> \\"q\\" ---', "b": ["<", ">", "&amp;"]}
    text = delimited("core/paragraph", tricky, "<p>x</p>")
    head = text.split("\n", 1)[0]
    assert head.count("-->") == 1 and "<!--" not in head[4:] and "<" not in head[4:] and ">" not in head[:-1]
    [block] = parse_blocks(text)
    assert block.name == "core/paragraph" and block.attrs == tricky and block.raw == text


def test_parser_keeps_nesting_void_blocks_freeform_html_and_exact_text() -> None:
    doc = (
        "<p>classic</p>\n"
        '<!-- wp:list {"ordered":true} -->\n<ol><!-- wp:list-item -->\n<li>a<!-- wp:list -->\n'
        "<ul><!-- wp:list-item -->\n<li>b</li>\n<!-- /wp:list-item --></ul>\n<!-- /wp:list --></li>\n"
        "<!-- /wp:list-item --></ol>\n<!-- /wp:list -->\n\n"
        '<!-- wp:my-plugin/box {"n":1} /-->\n\n'
        "<!-- wp:paragraph -->\n<p>unclosed"
    )
    blocks = parse_blocks(doc)
    assert [b.name for b in blocks] == [None, "core/list", None, "my-plugin/box", None, "core/paragraph"]
    assert "".join(b.raw for b in blocks) == doc
    outer = blocks[1]
    assert outer.attrs == {"ordered": True} and [b.name for b in outer.inner_blocks] == ["core/list-item"]
    item = outer.inner_blocks[0]
    assert item.inner_content[0] == "\n<li>a" and item.inner_content[1] is None
    assert item.inner_blocks[0].inner_blocks[0].inner_html == "\n<li>b</li>\n"
    assert blocks[3].attrs == {"n": 1} and blocks[3].raw == '<!-- wp:my-plugin/box {"n":1} /-->'
    assert blocks[5].inner_html == "\n<p>unclosed"  # WordPress closes it at the end, too


def test_bad_json_and_stray_closers_are_not_lost() -> None:
    doc = "<!-- wp:paragraph {bad json} -->\n<p>x</p>\n<!-- /wp:paragraph -->\n<!-- /wp:quote -->tail"
    blocks = parse_blocks(doc)
    assert "".join(b.raw for b in blocks) == doc
    assert not blocks[0].attrs_valid
    # A block whose attributes do not decode is kept as it is, not rewritten.
    assert post_content(article_body(doc)).startswith(blocks[0].raw)


def test_with_attrs_changes_only_the_opening_delimiter() -> None:
    raw = (
        '<!-- wp:quote {"className":"big"} -->\n<blockquote class="wp-block-quote big">x</blockquote>\n'
        "<!-- /wp:quote -->"
    )
    changed = with_attrs(raw, {UUID_ATTR: "id-1"})
    assert changed.startswith('<!-- wp:quote {"className":"big","qalamId":"id-1"} -->\n<blockquote')
    assert changed.endswith(raw[raw.index("\n") :])
    assert with_attrs(changed, {UUID_ATTR: "id-1"}) == changed
    assert with_attrs("<!-- wp:separator /-->", {"a": 1}) == '<!-- wp:separator {"a":1} /-->'


# --- the article → blocks, as WordPress 6.1's block editor writes them --------------------------------


EXPECTED = [
    (
        "<p>مرحبا <strong>x</strong></p>",
        "<!-- wp:paragraph -->\n<p>مرحبا <strong>x</strong></p>\n<!-- /wp:paragraph -->",
    ),
    ("<h2>عنوان</h2>", "<!-- wp:heading -->\n<h2>عنوان</h2>\n<!-- /wp:heading -->"),
    ("<h3>عنوان</h3>", '<!-- wp:heading {"level":3} -->\n<h3>عنوان</h3>\n<!-- /wp:heading -->'),
    (
        "<ul>\n<li>one</li>\n<li>two<ol>\n<li>n1</li>\n</ol></li>\n</ul>",
        "<!-- wp:list -->\n<ul><!-- wp:list-item -->\n<li>one</li>\n<!-- /wp:list-item -->\n\n"
        '<!-- wp:list-item -->\n<li>two<!-- wp:list {"ordered":true} -->\n<ol><!-- wp:list-item -->\n'
        "<li>n1</li>\n<!-- /wp:list-item --></ol>\n<!-- /wp:list --></li>\n<!-- /wp:list-item --></ul>\n"
        "<!-- /wp:list -->",
    ),
    (
        "<blockquote><p>قول</p></blockquote>",
        '<!-- wp:quote -->\n<blockquote class="wp-block-quote"><!-- wp:paragraph -->\n<p>قول</p>\n'
        "<!-- /wp:paragraph --></blockquote>\n<!-- /wp:quote -->",
    ),
    (
        '<figure><img src="http://x/a.jpg?a=1&amp;b=2" alt="alt &quot;q&quot; &lt;x&gt;">'
        "<figcaption>cap</figcaption></figure>",
        '<!-- wp:image {"id":5} -->\n<figure class="wp-block-image"><img src="http://x/a.jpg?a=1&amp;b=2" '
        'alt="alt &quot;q&quot; <x&gt;" class="wp-image-5"/>'
        '<figcaption class="wp-element-caption">cap</figcaption></figure>\n<!-- /wp:image -->',
    ),
    (
        "<table><thead><tr><th>h</th><th>i</th></tr></thead><tbody><tr><td>c</td><td></td></tr></tbody></table>",
        '<!-- wp:table -->\n<figure class="wp-block-table"><table>'
        "<thead><tr><th>h</th><th>i</th></tr></thead><tbody><tr><td>c</td><td></td></tr></tbody></table>"
        "</figure>\n<!-- /wp:table -->",
    ),
    (
        "<hr>",
        '<!-- wp:separator -->\n<hr class="wp-block-separator has-alpha-channel-opacity"/>\n'
        "<!-- /wp:separator -->",
    ),
    (
        '<p><a href="https://www.youtube.com/watch?v=abc">https://www.youtube.com/watch?v=abc</a></p>',
        '<!-- wp:embed {"url":"https://www.youtube.com/watch?v=abc","type":"video","providerNameSlug":"youtube",'
        '"responsive":true} -->\n<figure class="wp-block-embed is-type-video is-provider-youtube '
        'wp-block-embed-youtube"><div class="wp-block-embed__wrapper">\nhttps://www.youtube.com/watch?v=abc\n'
        "</div></figure>\n<!-- /wp:embed -->",
    ),
    ("<p></p>", "<!-- wp:paragraph -->\n<p></p>\n<!-- /wp:paragraph -->"),
]


@pytest.mark.parametrize(("body", "expected"), EXPECTED, ids=[e[0][:12] for e in EXPECTED])
def test_each_block_is_written_as_the_block_editor_writes_it(body: str, expected: str) -> None:
    assert post_content(body, media_ids={"http://x/a.jpg?a=1&b=2": 5}) == expected


def test_direction_per_paragraph_follows_the_article() -> None:
    rtl = post_content('<p>عربي</p>\n<p dir="ltr">English first</p>\n')
    assert rtl.split("\n\n") == [
        "<!-- wp:paragraph -->\n<p>عربي</p>\n<!-- /wp:paragraph -->",
        '<!-- wp:paragraph {"direction":"ltr"} -->\n<p dir="ltr">English first</p>\n<!-- /wp:paragraph -->',
    ]
    # An English article's Arabic paragraph carries dir="rtl"; read back, each keeps its direction.
    ltr_body = '<p>English</p>\n<p dir="rtl">عربي</p>\n'
    ltr = post_content(ltr_body, direction="ltr")
    assert '<!-- wp:paragraph {"direction":"rtl"} -->\n<p dir="rtl">عربي</p>' in ltr
    assert article_body(ltr, "ltr") == ltr_body
    # A site paragraph without a direction takes its first letter's (as Qalam's editor does).
    assert article_body("<!-- wp:paragraph -->\n<p>Reuters said</p>\n<!-- /wp:paragraph -->") == (
        '<p dir="ltr">Reuters said</p>\n'
    )


def test_paragraph_direction_is_saved_against_the_sites_direction() -> None:
    body = '<p>عربي</p>\n<p dir="ltr">English first</p>\n<p>2024</p>\n'
    # An Arabic article on an English site: its Arabic paragraphs (and the one with only digits) say rtl,
    # the English one needs nothing.
    on_english_site = post_content(body, site_direction="ltr")
    assert on_english_site.split("\n\n") == [
        '<!-- wp:paragraph {"direction":"rtl"} -->\n<p dir="rtl">عربي</p>\n<!-- /wp:paragraph -->',
        "<!-- wp:paragraph -->\n<p>English first</p>\n<!-- /wp:paragraph -->",
        '<!-- wp:paragraph {"direction":"rtl"} -->\n<p dir="rtl">2024</p>\n<!-- /wp:paragraph -->',
    ]
    assert article_body(on_english_site) == body
    # An English article on an Arabic site: the other way round.
    english = "<p>English</p>\n<p dir=\"rtl\">عربي</p>\n"
    on_arabic_site = post_content(english, direction="ltr", site_direction="rtl")
    assert on_arabic_site.split("\n\n") == [
        '<!-- wp:paragraph {"direction":"ltr"} -->\n<p dir="ltr">English</p>\n<!-- /wp:paragraph -->',
        "<!-- wp:paragraph -->\n<p>عربي</p>\n<!-- /wp:paragraph -->",
    ]
    assert article_body(on_arabic_site, "ltr") == english
    # A paragraph set right to left although it starts with a Latin name says so, or it would read back
    # left to right.
    forced = post_content("<p>Reuters قالت</p>\n")
    assert forced.startswith('<!-- wp:paragraph {"direction":"rtl"} -->\n<p dir="rtl">Reuters')
    assert article_body(forced) == "<p>Reuters قالت</p>\n"


def test_text_is_escaped_and_arabic_kept_as_is() -> None:
    out = post_content("<p>أ &amp; ب &lt;ج&gt; «د»</p>")
    assert "<p>أ &amp; ب &lt;ج&gt; «د»</p>" in out
    assert article_body(out) == "<p>أ &amp; ب &lt;ج&gt; «د»</p>\n"


def test_the_article_id_rides_in_the_first_block() -> None:
    out = post_content("<h2>عنوان</h2>\n<p>نص</p>\n", article_id="0c0e6e1e-1111-4222-8333-944445555666")
    assert out.startswith('<!-- wp:heading {"qalamId":"0c0e6e1e-1111-4222-8333-944445555666"} -->\n<h2>')
    assert out.count("qalamId") == 1
    assert article_body(out) == "<h2>عنوان</h2>\n<p>نص</p>\n"  # it is not part of the article
    # An empty article is still a post the id can be found in.
    assert (
        post_content("", article_id="x")
        == '<!-- wp:paragraph {"qalamId":"x"} -->\n<p></p>\n<!-- /wp:paragraph -->'
    )


def test_old_marker_comments_are_dropped_when_read() -> None:
    old = "<p>نص <!-- qalam:0c0e6e1e-1111-4222-8333-944445555666 --></p>"
    assert article_body(old) == "<p>نص</p>\n"


def test_a_full_article_reads_back_as_itself() -> None:
    body = (
        "<h2>عنوان</h2>\n"
        "<p>قال <strong>الرئيس</strong> إن "
        '<a href="https://example.org/a?x=1&amp;y=2">الاتفاق</a> جاهز.</p>\n'
        '<p dir="ltr">Reuters said the deal was <em>done</em>.</p>\n'
        "<ul>\n<li>أول<ul>\n<li>فرعي<ol>\n<li>أعمق</li>\n</ol></li>\n</ul></li>\n<li>ثان</li>\n</ul>\n"
        "<blockquote>\n<p>اقتباس</p>\n</blockquote>\n"
        "<table>\n<caption>جدول</caption>\n<thead>\n<tr><th>البلد</th><th>العدد</th></tr>\n</thead>\n"
        "<tbody>\n<tr><td>مصر</td><td>10</td></tr>\n</tbody>\n</table>\n"
        "<hr>\n"
        "<p>سطر<br>ثان</p>\n"
    )
    assert clean_html(body) == body  # the stored form
    assert article_body(post_content(body)) == body


# --- blocks from the site → the article, and back unchanged -------------------------------------------


SITE_POST = (
    '<!-- wp:paragraph {"className":"lead","anchor":"intro"} -->\n<p class="lead" id="intro">المقدمة '
    "<code>code</code></p>\n<!-- /wp:paragraph -->\n\n"
    "<!-- wp:paragraph -->\n<p>الفقرة الثانية</p>\n<!-- /wp:paragraph -->\n\n"
    '<!-- wp:my-plugin/poll {"question":"\\u003cb\\u003e؟"} /-->\n\n'
    '<!-- wp:quote {"className":"is-style-large"} -->\n<blockquote class="wp-block-quote is-style-large">'
    "<!-- wp:paragraph -->\n<p>قول</p>\n<!-- /wp:paragraph --><cite>قائل</cite></blockquote>\n"
    "<!-- /wp:quote -->\n\n"
    '<!-- wp:image {"id":9,"sizeSlug":"large","linkDestination":"none"} -->\n'
    '<figure class="wp-block-image size-large"><img src="http://site/9.jpg" alt="بديل" class="wp-image-9"/>'
    '<figcaption class="wp-element-caption">تعليق</figcaption></figure>\n<!-- /wp:image -->\n\n'
    "<!-- wp:paragraph -->\n<p></p>\n<!-- /wp:paragraph -->\n\n"
    '<!-- wp:html -->\n<div class="promo">إعلان</div>\n<!-- /wp:html -->'
)


def test_blocks_qalam_does_not_edit_are_kept_and_written_back_byte_for_byte() -> None:
    body = article_body(SITE_POST)
    assert "my-plugin/poll" in body and "wp:html" in body  # kept, inside data-wp
    assert post_content(body, site_content=SITE_POST) == SITE_POST
    # Even with no copy of the site's text at hand, every block is the site's, byte for byte (the <code> in
    # the first paragraph is a mark of the model).
    assert post_content(body) == SITE_POST
    # What the writer sees: the text, not the data (search, word count, exports).
    text = html_to_text(body)
    assert "className" not in text and "wp:" not in text and "data-wp" not in text
    assert word_count(text) == word_count("المقدمة code الفقرة الثانية قول تعليق")
    assert "wp:" not in html_to_plain_text(body) and "lead" not in html_to_plain_text(body)


def test_a_word_changed_locally_changes_only_that_block() -> None:
    body = article_body(SITE_POST).replace("الفقرة الثانية", "الفقرة الثانية المعدلة")
    out = post_content(body, site_content=SITE_POST)
    before = [b.raw for b in parse_blocks(SITE_POST) if not b.is_blank]
    after = [b.raw for b in parse_blocks(out) if not b.is_blank]
    changed = [i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a != b]
    assert changed == [1]
    assert after[1] == "<!-- wp:paragraph -->\n<p>الفقرة الثانية المعدلة</p>\n<!-- /wp:paragraph -->"
    # An edited block keeps what Qalam does not edit: the paragraph's class and anchor.
    edited = article_body(SITE_POST).replace("المقدمة", "المقدمة الجديدة")
    first = post_content(edited, site_content=SITE_POST).split("\n\n")[0]
    assert first == (
        '<!-- wp:paragraph {"className":"lead","anchor":"intro"} -->\n'
        '<p class="lead" id="intro">المقدمة الجديدة <code>code</code></p>\n<!-- /wp:paragraph -->'
    )
    # And the quote its style and citation.
    quoted = article_body(SITE_POST).replace("قول", "قول آخر")
    blocks = parse_blocks(post_content(quoted, site_content=SITE_POST))
    quote = next(b.raw for b in blocks if b.name == "core/quote")
    assert quote.startswith(
        '<!-- wp:quote {"className":"is-style-large"} -->\n<blockquote class="wp-block-quote is-style-large">'
    )
    assert quote.endswith("<cite>قائل</cite></blockquote>\n<!-- /wp:quote -->")


def test_an_edited_image_keeps_its_size_and_id() -> None:
    body = article_body(SITE_POST).replace("تعليق", "تعليق جديد")
    out = post_content(body, site_content=SITE_POST)
    image = next(b for b in parse_blocks(out) if b.name == "core/image")
    assert image.attrs == {"id": 9, "sizeSlug": "large", "linkDestination": "none"}
    assert image.inner_html == (
        '\n<figure class="wp-block-image size-large">'
        '<img src="http://site/9.jpg" alt="بديل" class="wp-image-9"/>'
        '<figcaption class="wp-element-caption">تعليق جديد</figcaption></figure>\n'
    )


def test_blocks_moved_or_deleted_locally_leave_the_others_as_they_were() -> None:
    elements = [el for el, _ in site_elements(SITE_POST)]
    from editor_app.core.html_clean import serialize

    reordered = serialize([elements[1], elements[0], *elements[3:]])  # the poll is deleted, two swapped
    out = post_content(reordered, site_content=SITE_POST)
    raws = {b.raw for b in parse_blocks(SITE_POST)}
    assert all(b.raw in raws for b in parse_blocks(out) if not b.is_blank)
    assert "my-plugin/poll" not in out


def test_kept_data_never_comes_from_a_paste_or_an_import() -> None:
    hostile = '<div data-wp="{&quot;raw&quot;:&quot;<script>x</script>&quot;}"></div><p data-wp="{}">نص</p>'
    assert clean_html(hostile) == "<p>نص</p>\n"
    assert "script" not in post_content(clean_html(hostile))


def test_classic_posts_become_blocks() -> None:
    body = article_body("<p>فقرة <b>قديمة</b></p>\n<h4>عنوان صغير</h4>\n<ul><li>بند</li></ul>")
    assert body == "<p>فقرة <strong>قديمة</strong></p>\n<h3>عنوان صغير</h3>\n<ul>\n<li>بند</li>\n</ul>\n"
    assert [b.name for b in parse_blocks(post_content(body)) if not b.is_blank] == [
        "core/paragraph",
        "core/heading",
        "core/list",
    ]


def test_a_heading_level_the_model_folds_is_kept() -> None:
    site = '<!-- wp:heading {"level":4} -->\n<h4>فرعي</h4>\n<!-- /wp:heading -->'
    body = article_body(site)
    assert body.startswith("<h3 ") and json.loads(
        body.split('data-wp="')[1].split('"')[0].replace("&quot;", '"')
    ) == {"level": 4}
    assert post_content(body.replace("فرعي", "فرعي آخر")) == site.replace("فرعي", "فرعي آخر")


@pytest.mark.parametrize(
    "inner",
    [
        "نص عادي",
        "نص <strong>عريض</strong> و<em>مائل</em>",
        '<a href="https://example.org/a?x=1&amp;y=2">رابط</a> بعده',
        '<a href="https://example.org/?utm_source=x&amp;id=2">رابط</a>',
        '<a href="https://example.org/x" target="_blank" rel="noreferrer noopener">رابط</a> بعده',
        '<a href="https://example.org/" target="_blank"><strong>عريض</strong> و<em>مائل</em></a>',
        '<a href="https://example.org/" title="أ &amp; &quot;ب&quot;">رابط</a>',
        '<a href="https://example.org/" rel="a" rel="b">مكرر</a>',
        '<a target="_blank" href="https://example.org/">الترتيب</a>',
        "نص  بمسافتين",
        " نص",
        "نص ",
        "نص<br>سطر",
        "نص <br>سطر",
        "<br>نص",
        "<em><strong>مقلوب</strong></em>",
        "<strong>أ</strong><strong>ب</strong>",
        "<strong></strong>نص",
        "<strong> </strong>نص",
        "أ &amp; ب &lt;ج&gt;",
        "أ&nbsp;ب",
        "أ &quot;ب&quot;",
        "أ\u200bب",
        "أ\nب",
        "<code>س</code>",
        '<a href="javascript:alert(1)">س</a>',
        "<strong><em>أ</em></strong><em>ب</em>",
    ],
)
def test_the_fast_reading_of_a_paragraph_is_exactly_the_cleaners(inner: str) -> None:
    block = f"<!-- wp:paragraph -->\n<p>{inner}</p>\n<!-- /wp:paragraph -->"
    from editor_app.core.block_parse import _tidy_markup
    from editor_app.core.html_clean import clean_inline, parse_html, serialize_inline

    slow = serialize_inline(clean_inline(parse_html(inner).children, site=True))
    fast = _tidy_markup(inner)
    assert fast is None or (str(fast[0]), fast[1]) == (slow, fast[0].text())
    # (An unsafe link the cleaner drops is named in the paragraph's data: the editor warns before editing.)
    expected = without_block_data(f"<p>{slow}</p>\n") if slow else without_block_data(article_body(block))
    assert without_block_data(article_body(block)) == expected
