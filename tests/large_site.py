"""A large WordPress site built in seconds with SQL: posts, categories and tags straight into MariaDB.

Going through the REST API would take minutes for 20,000 posts; INSERTs into the fixture site's
own database (``wp_posts``, ``wp_terms``, ``wp_term_taxonomy``, ``wp_term_relationships``, then the
term counts) take a few seconds and give WordPress exactly what it would have stored.

``fill_site(site, posts=, tags=, categories=)`` fills a site started by :func:`wordpress.start_wordpress`;
the ``large_wordpress`` fixture is a separate, moderately large site for the tests (bench/bench_sync.py
builds the full-size one). Loaded as a pytest plugin from conftest.py.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import quote

import pytest
from wordpress import WordPressSite, _missing_tools, _unavailable, start_wordpress, stop_wordpress

# Words newsroom tags are made of; two of them (and a number past the pairs) name each tag.
WORDS = (
    "روسيا أوكرانيا بيلاروسيا فاغنر الكرملين موسكو كييف مينسك الاقتصاد النفط الغاز الانتخابات البرلمان "
    "الحكومة المعارضة الجيش الأمن الحدود اللاجئون الهجرة التعليم الصحة المناخ الطاقة الزراعة المياه "
    "الرياضة كرة القدم الثقافة السينما الموسيقى الأدب التكنولوجيا الذكاء الفضاء الاتصالات البنوك "
    "العملات الذهب التجارة الصين أمريكا أوروبا فرنسا ألمانيا بريطانيا تركيا إيران العراق سوريا لبنان "
    "الأردن مصر ليبيا تونس الجزائر المغرب السودان اليمن السعودية الإمارات قطر الكويت عمان البحرين "
    "فلسطين غزة القدس الأمم المتحدة الناتو القمة المفاوضات العقوبات الاحتجاجات القضاء الفساد الإعلام"
).split()
BODY = (
    "<!-- wp:paragraph --><p>أعلنت الحكومة اليوم عن خطة جديدة لدعم الاقتصاد الوطني وتعزيز فرص العمل "
    "للشباب في مختلف المحافظات، وقال الوزير في مؤتمر صحفي إن الخطة تتضمن استثمارات كبيرة في البنية "
    "التحتية والتعليم والصحة.</p><!-- /wp:paragraph -->"
)


@dataclass(frozen=True)
class LargeSite:
    site: WordPressSite
    posts: int
    tags: int
    categories: int
    pending: int


def tag_names(count: int) -> list[str]:
    names: list[str] = []
    n = len(WORDS)
    for i in range(count):
        first, second = WORDS[i % n], WORDS[(i // n + i + 1) % n]
        round_ = i // (n * n)
        names.append(f"{first} {second}" + (f" {round_ + 1}" if round_ else ""))
    # Pairs can repeat across the two walks above; a number keeps every name unique, as WordPress wants.
    seen: dict[str, int] = {}
    unique: list[str] = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        unique.append(name if seen[name] == 1 else f"{name} {seen[name]}")
    return unique


def category_names(count: int) -> list[str]:
    return [f"قسم {WORDS[i % len(WORDS)]} {i + 1}" for i in range(count)]


def _slug(name: str) -> str:
    return quote(name.replace(" ", "-"), safe="-").lower()


def _sql_text(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'"


def mariadb(site: WordPressSite, sql: str, *, timeout: float = 300) -> str:
    """Run SQL in the site's database as root over its socket; returns what it prints."""
    proc = subprocess.run(
        [
            "mariadb",
            "--no-defaults",
            f"--socket={site.directory / 'run' / 'mysqld.sock'}",
            "-uroot",
            "--batch",
            "--skip-column-names",
            "wp",
        ],
        input=sql,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"mariadb failed: {proc.stderr.strip()[-2000:]}")
    return proc.stdout


def _terms_sql(taxonomy: str, names: list[str], parents_every: int = 0) -> str:
    rows = ",".join(f"({_sql_text(n)},{_sql_text(_slug(n))},0)" for n in names)
    first_top = min(20, len(names))
    parent = "0"
    if parents_every:
        # The first 20 categories are top-level; the others are their children.
        parent = (
            f"IF(t.term_id - @first_{taxonomy} < {first_top}, 0, "
            f"@first_{taxonomy} + MOD(t.term_id - @first_{taxonomy}, {first_top}))"
        )
    return (
        f"SELECT IFNULL(MAX(term_id), 0) + 1 INTO @first_{taxonomy} FROM wp_terms;\n"
        f"INSERT INTO wp_terms (name, slug, term_group) VALUES {rows};\n"
        f"INSERT INTO wp_term_taxonomy (term_id, taxonomy, description, parent, count) "
        f"SELECT t.term_id, '{taxonomy}', '', {parent}, 0 FROM wp_terms t "
        f"WHERE t.term_id >= @first_{taxonomy};\n"
        f"SELECT MIN(term_taxonomy_id), COUNT(*) INTO @tt_{taxonomy}, @n_{taxonomy} FROM wp_term_taxonomy "
        f"WHERE taxonomy = '{taxonomy}' AND term_id >= @first_{taxonomy};\n"
    )


def fill_site(
    site: WordPressSite, *, posts: int, tags: int, categories: int, pending_every: int = 500
) -> LargeSite:
    """Add ``posts`` published posts (every ``pending_every``-th one pending, by the contributor), ``tags``
    tags and ``categories`` categories (each post in one category with three tags), with correct counts."""
    admin, contributor = site.admin.user_id, site.contributor.user_id
    sql = [
        "SET SESSION sql_mode = '';",
        "SET autocommit = 0;",
        _terms_sql("category", category_names(categories), parents_every=1),
        _terms_sql("post_tag", tag_names(tags)),
        "SELECT IFNULL(MAX(ID), 0) INTO @p0 FROM wp_posts;",
        # Dates step back a minute per post from 2026-11-01, so the newest posts come first.
        "INSERT INTO wp_posts (post_author, post_date, post_date_gmt, post_content, post_title, "
        "post_excerpt, post_status, comment_status, ping_status, post_password, post_name, to_ping, pinged, "
        "post_modified, post_modified_gmt, post_content_filtered, post_parent, guid, menu_order, post_type, "
        "post_mime_type, comment_count) "
        f"SELECT IF(MOD(seq, {pending_every}) = 0, {contributor}, {admin}), "
        "TIMESTAMP('2026-11-01') - INTERVAL seq MINUTE, TIMESTAMP('2026-11-01') - INTERVAL seq MINUTE, "
        f"{_sql_text(BODY)}, CONCAT('خبر رقم ', seq), '', "
        f"IF(MOD(seq, {pending_every}) = 0, 'pending', 'publish'), 'open', 'open', '', "
        f"IF(MOD(seq, {pending_every}) = 0, '', CONCAT('khabar-', seq)), '', '', "
        "TIMESTAMP('2026-11-01') - INTERVAL seq MINUTE, TIMESTAMP('2026-11-01') - INTERVAL seq MINUTE, "
        f"'', 0, CONCAT('{site.url}/?p=', @p0 + seq), 0, 'post', '', 0 "
        f"FROM seq_1_to_{posts};",
        "INSERT INTO wp_term_relationships (object_id, term_taxonomy_id, term_order) "
        "SELECT ID, @tt_category + MOD(ID, @n_category), 0 FROM wp_posts "
        "WHERE ID > @p0 AND post_type = 'post';",
        *(
            "INSERT IGNORE INTO wp_term_relationships (object_id, term_taxonomy_id, term_order) "
            f"SELECT ID, @tt_post_tag + MOD(ID * {k} + {k * 13}, @n_post_tag), 0 FROM wp_posts "
            "WHERE ID > @p0 AND post_type = 'post';"
            for k in (1, 7, 31)
        ),
        "UPDATE wp_term_taxonomy tt SET count = (SELECT COUNT(*) FROM wp_term_relationships tr "
        "JOIN wp_posts p ON p.ID = tr.object_id AND p.post_status = 'publish' "
        "WHERE tr.term_taxonomy_id = tt.term_taxonomy_id) WHERE tt.taxonomy IN ('category', 'post_tag');",
        # WordPress caches the category tree in an option; it is rebuilt when missing.
        "DELETE FROM wp_options WHERE option_name = 'category_children';",
        "COMMIT;",
    ]
    mariadb(site, "\n".join(sql))
    return LargeSite(site, posts, tags, categories, posts // pending_every)


@pytest.fixture(scope="session")
def large_wordpress(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LargeSite]:
    """A separate WordPress with 3,000 posts, 1,500 tags and 120 categories (the companion plugin on)."""
    missing = _missing_tools()
    if missing:
        _unavailable("missing " + ", ".join(missing) + " (scripts/ensure-system-deps.sh test)")
    directory = tmp_path_factory.mktemp("wordpress-large")
    try:
        site = start_wordpress(directory, env_extra={"WP_COPY": "link"})
    except (RuntimeError, subprocess.TimeoutExpired, OSError) as exc:
        _unavailable(str(exc)[-2000:])
        raise
    try:
        yield fill_site(site, posts=3000, tags=1500, categories=120, pending_every=250)
    finally:
        stop_wordpress(directory)
