#!/usr/bin/env python3
"""Publishing to the local WordPress: Qalam's client against the same requests made with bare httpx.

1. A 2,000-word Arabic article with 3 images (fresh bytes each run, so nothing is deduplicated):
   the Publisher (media hash look-ups, exactly-once marker, tags, slug…) against three raw
   ``POST /wp/v2/media`` and one raw ``POST /wp/v2/posts``. Goal: overhead ≤ 20 %.
2. An outbox of 100 short articles in a real draft store, flushed, against 100 raw sequential creates.

Starts its own WordPress (scripts/wordpress-dev.sh) unless ``WP_ENV`` names a wp.env of a running one.
Usage: .venv/bin/python bench/bench_publish.py [--runs N] [--outbox N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from wordpress import WordPressSite, parse_env, start_wordpress, stop_wordpress  # noqa: E402

from editor_app.core.article import Article  # noqa: E402
from editor_app.core.slug import make_slug  # noqa: E402
from editor_app.publish.credentials import Secret  # noqa: E402
from editor_app.publish.http import HttpClient  # noqa: E402
from editor_app.publish.publisher import MemoryState, Publisher, add_marker  # noqa: E402
from editor_app.publish.wordpress import WordPressClient  # noqa: E402

WORDS = (
    "أعلنت الحكومة اليوم عن خطة جديدة لدعم الاقتصاد الوطني وتعزيز فرص العمل للشباب في مختلف المحافظات "
    "وقال الوزير في مؤتمر صحفي إن الخطة تتضمن استثمارات كبيرة في البنية التحتية والتعليم والصحة"
).split()


def arabic_body(words: int, images: list[str]) -> str:
    paragraphs: list[str] = []
    per = 80
    for i in range(0, words, per):
        text = " ".join(WORDS[(i + k) % len(WORDS)] for k in range(min(per, words - i)))
        paragraphs.append(f"<p>{text}.</p>")
        if images and len(paragraphs) % 6 == 0:
            src = images.pop(0)
            paragraphs.append(f'<figure><img src="{src}" alt="صورة توضيحية"></figure>')
    for src in images:
        paragraphs.append(f'<figure><img src="{src}" alt="صورة توضيحية"></figure>')
    return "\n".join(paragraphs)


def make_jpeg(width: int, height: int, seed: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter

    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    gradient = QLinearGradient(0, 0, width, height)
    gradient.setColorAt(0, QColor(seed % 256, 80, 160))
    gradient.setColorAt(1, QColor(20, (seed * 7) % 256, 60))
    painter.fillRect(0, 0, width, height, gradient)
    painter.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "JPEG", 85)
    buf.close()
    return bytes(data.data())


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def raw_multipart(name: str, data: bytes, fields: dict[str, str]) -> tuple[dict[str, str], dict[str, object]]:
    return fields, {"file": (name, data, "image/jpeg")}


def bench_article(site: WordPressSite, runs: int, tmp: Path) -> tuple[float, float]:
    user = site.editor
    http = HttpClient()
    client = WordPressClient(site.url, user.login, Secret(user.app_password), http=http)
    publisher = Publisher(client, "bench", MemoryState())
    raw = httpx.Client(auth=(user.login, user.app_password), timeout=60)
    seed = int(time.time() * 1000) % 100_000  # new pictures in every run, so nothing is deduplicated

    def fresh_images(prefix: str) -> list[Path]:
        nonlocal seed
        paths = []
        for k in range(3):
            seed += 1
            path = tmp / f"{prefix}-{seed}-{k}.jpg"
            path.write_bytes(make_jpeg(1200, 800, seed))
            paths.append(path)
        return paths

    def ours() -> None:
        images = fresh_images("q")
        body = arabic_body(2000, [f"file://{p}" for p in images])
        article = Article(
            title="الحكومة تعلن خطة جديدة لدعم الاقتصاد الوطني وتعزيز فرص العمل",
            body_html=body,
            excerpt="خطة حكومية جديدة",
            tags=["اقتصاد", "حكومة"],
            featured_media_id=str(images[0]),
        )
        publisher.publish(article)

    def bare() -> None:
        images = fresh_images("r")
        urls = []
        first_id = 0
        for path in images:
            r = raw.post(
                f"{site.api}/wp/v2/media",
                data={"title": path.stem, "alt_text": "صورة توضيحية"},
                files={"file": (path.name, path.read_bytes(), "image/jpeg")},
            )
            r.raise_for_status()
            urls.append(r.json()["source_url"])
            first_id = first_id or int(r.json()["id"])
        title = "الحكومة تعلن خطة جديدة لدعم الاقتصاد الوطني وتعزيز فرص العمل"
        body = add_marker(arabic_body(2000, urls), "00000000-0000-4000-8000-000000000000")
        r = raw.post(
            f"{site.api}/wp/v2/posts",
            json={
                "title": title,
                "content": body,
                "excerpt": "خطة حكومية جديدة",
                "status": "publish",
                "slug": make_slug(title),
                "tags": [],
                "featured_media": first_id,
            },
        )
        r.raise_for_status()

    ours()  # warm-up: discovery, tag ids, category list, PHP opcache
    bare()
    our_times, raw_times = [], []
    for _ in range(runs):  # interleaved, so drift on the machine hits both alike
        our_times.append(timed(ours))
        raw_times.append(timed(bare))
    http.close()
    raw.close()
    return median_ms(our_times), median_ms(raw_times)


def bench_outbox(site: WordPressSite, count: int, tmp: Path, rounds: int = 5) -> tuple[float, float]:
    """Articles per second: the outbox (queue rows, durable writes, publisher) against raw creates.

    Interleaved in rounds so that load from elsewhere on the machine hits both alike.
    """
    from editor_app.core.site import Site
    from editor_app.paths import resolve_paths
    from editor_app.publish.outbox import Outbox
    from editor_app.publish.store_bridge import StoreBridge
    from editor_app.storage.store import DraftStore

    user = site.editor
    store = DraftStore.open(resolve_paths(tmp / "data"), fsync_journal=False)
    site_row = store.add_site(Site(name="bench", url=site.url, username=user.login))
    outbox = Outbox(store, StoreBridge(store), password=lambda s: user.app_password)
    raw = httpx.Client(auth=(user.login, user.app_password), timeout=60)
    body = arabic_body(300, [])
    stamp = int(time.time())
    ours = bare = 0.0
    per_round = max(1, count // rounds)
    for r in range(rounds):
        for i in range(per_round):
            article = store.create(
                Article(title=f"خبر رقم {stamp}-{r}-{i} من صندوق الصادر", body_html=body, excerpt="ملخص")
            )
            store.enqueue(article.id, site_row.id, "publish")
        started = time.perf_counter()
        report = outbox.flush()
        ours += time.perf_counter() - started
        assert report.done == per_round, (report.done, report.queued, report.failed)
        started = time.perf_counter()
        for i in range(per_round):
            response = raw.post(
                f"{site.api}/wp/v2/posts",
                json={
                    "title": f"خبر خام رقم {stamp}-{r}-{i}",
                    "content": body,
                    "excerpt": "ملخص",
                    "status": "publish",
                },
            )
            response.raise_for_status()
        bare += time.perf_counter() - started
    outbox.close()
    store.close(backup=False)
    raw.close()
    total = per_round * rounds
    return total / ours, total / bare


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--outbox", type=int, default=100)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])
    del app
    with tempfile.TemporaryDirectory(prefix="qalam-bench-") as tmpdir:
        tmp = Path(tmpdir)
        started_here = False
        env_file = os.environ.get("WP_ENV")
        if env_file:
            values = parse_env(Path(env_file))
            from wordpress import WPUser

            def user(role: str) -> WPUser:
                up = role.upper()
                return WPUser(
                    values[f"WP_{up}_USER"], int(values[f"WP_{up}_ID"]), values[f"WP_{up}_APP_PASSWORD"]
                )

            site = WordPressSite(
                url=values["WP_URL"],
                api=values["WP_API"],
                directory=Path(values.get("WP_DIR", tmpdir)),
                env=values,
                admin=user("admin"),
                editor=user("editor"),
                author=user("author"),
                contributor=user("contributor"),
            )
        else:
            t0 = time.perf_counter()
            site = start_wordpress(tmp / "wp")
            started_here = True
            print(f"WordPress up in {time.perf_counter() - t0:.1f} s at {site.url}")
        try:
            ours, bare = bench_article(site, args.runs, tmp)
            overhead = (ours / bare - 1) * 100
            print(f"article (2,000 Arabic words, 3 JPEG 1200x800), median of {args.runs}:")
            print(f"  qalam publisher  {ours:8.1f} ms")
            print(f"  raw httpx        {bare:8.1f} ms")
            print(f"  ratio {ours / bare:.2f}  overhead {overhead:+.1f} %  (goal <= +20 %)")
            ours_rate, bare_rate = bench_outbox(site, args.outbox, tmp)
            print(f"outbox flush of {args.outbox} articles (300 words each):")
            print(f"  qalam outbox     {ours_rate:8.1f} articles/s")
            print(f"  raw sequential   {bare_rate:8.1f} articles/s")
            print(f"  ratio {ours_rate / bare_rate:.2f}")
        finally:
            if started_here:
                stop_wordpress(tmp / "wp")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
