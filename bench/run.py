"""`make bench`: the desk under gunicorn against PostgreSQL, driven by wrk, page by page,
beside a bare Django view on the same server (the framework floor).

    BENCH_CLAIMS=20000 BENCH_SECONDS=5 make bench     # a short run
    make bench                                         # 200,000 claims, 10,000 sources

Settings are production's (DEBUG=0, a secret key, hashed and compressed static files after
collectstatic, ALLOWED_HOSTS=127.0.0.1, no https redirect since wrk speaks plain http).
Every page is measured twice: with the page cache on (as deployed) and off (every request
renders from the database). The archive is generated first if the database does not hold
one of the asked size. Writes bench/results/latest.json, latest.md and latest-run.json.

Environment: DATABASE_URL (default postgres://postgres@127.0.0.1:5432/factcheck_bench),
BENCH_CLAIMS, BENCH_SOURCES, BENCH_SECONDS (default 10 per page and mode),
BENCH_CONNECTIONS (8), BENCH_WORKERS (gunicorn workers, default 3), BENCH_PORT (a free one),
BENCH_MODES ("cached,uncached").
"""

import json
import os
import platform
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
DEFAULT_DATABASE = "postgres://postgres@127.0.0.1:5432/factcheck_bench"
DEEP_PAGE = 3_000


def log(message: str) -> None:
    print(f"[bench] {message}", flush=True)


def production_environment(*, cache_seconds: int, version_dir: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        DATABASE_URL=os.environ.get("DATABASE_URL", DEFAULT_DATABASE),
        DEBUG="0",
        SECRET_KEY=os.environ.get("SECRET_KEY") or secrets.token_hex(32),
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="0",
        STATICFILES_MANIFEST="1",
        BENCH_FLOOR_VIEW="1",
        PAGE_CACHE_SECONDS=str(cache_seconds),
        CACHE_VERSION_DIR=version_dir,
        # The API's per-address throttle would answer wrk with 429s after a few requests.
        API_ANON_RATE="",
        LOG_LEVEL="ERROR",
        DJANGO_SETTINGS_MODULE="factcheck.settings",
    )
    return env


def manage(env: dict, *args: str) -> None:
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)


def ensure_database(url: str) -> None:
    """Create the PostgreSQL database when it is missing (the benchmark owns it)."""
    if not url.startswith(("postgres://", "postgresql://")):
        return
    import psycopg
    from psycopg import sql

    base, name = url.rsplit("/", 1)
    name = name.split("?")[0]
    with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
        if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            log(f"created database {name}")


def ensure_archive(env: dict, size) -> dict[str, int]:
    import django

    os.environ.update(env)
    django.setup()
    from claims.models import Claim, Source

    have = {"claims": Claim.objects.count(), "sources": Source.objects.count()}
    if have != {"claims": size.claims, "sources": size.sources}:
        log(f"the database holds {have['claims']:,} claims and {have['sources']:,} sources; "
            f"generating {size.claims:,} and {size.sources:,}")
        if have["claims"] or have["sources"]:
            manage(env, "flush", "--noinput")
        subprocess.run(
            [sys.executable, "-m", "bench.generate", "--claims", str(size.claims), "--sources", str(size.sources)],
            cwd=ROOT, env=env, check=True,
        )
        if env["DATABASE_URL"].startswith("postgres"):
            from django.db import connection

            log("VACUUM ANALYZE, so the planner knows the archive's size")
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE")
    return {"claims": Claim.objects.count(), "sources": Source.objects.count()}


def pick_pages() -> list[tuple[str, str]]:
    """The addresses a reader would hit, chosen from the archive itself."""
    from django.db.models import Count
    from django.urls import reverse

    from claims.models import Claim, Entity, Topic
    from claims.pagination import cursor_for

    published = Claim.objects.published().order_by("-verified_at", "-id")
    newest = published.first()
    topic = Topic.objects.annotate(n=Count("claims")).order_by("-n").first()
    # The median entity by claims: a typical name page (the busiest is reported apart).
    entities = list(Entity.objects.annotate(n=Count("claims")).filter(n__gt=0).order_by("-n").values_list("slug", "n"))
    typical_entity = entities[len(entities) // 2][0]
    busiest_entity = entities[0][0]
    per_page = 20
    total = published.count()
    deep_index = min(per_page * (DEEP_PAGE - 1), max(0, total - per_page)) - 1
    deep_edge = published.only("id", "verified_at")[deep_index] if deep_index >= 0 else newest
    pages = [
        ("floor", "/bench/floor/"),
        ("claim list", "/"),
        ("claim page", newest.get_absolute_url()),
        ("filtered list", f"/?rating=false&topic={topic.slug}"),
        ("search", "/?q=desalination"),
        ("entity page", reverse("claims:entity_detail", args=[typical_entity])),
        ("entity page (busiest name)", reverse("claims:entity_detail", args=[busiest_entity])),
        (f"claim list, page {(deep_index + 1) // per_page + 1:,}", f"/?before={cursor_for(deep_edge)}"),
    ]
    if _has_route("/api/claims/"):
        pages.insert(6, ("API list", "/api/claims/"))
    else:
        log("no /api/claims/ route in this checkout: the API list is skipped")
    return pages


def _has_route(path: str) -> bool:
    from django.urls import Resolver404, resolve

    try:
        resolve(path)
    except Resolver404:
        return False
    return True


def profile_pages(pages: list[tuple[str, str]], runs: int = 5) -> dict[str, dict]:
    """Per page, rendered uncached in this process through the test client: its SQL query
    count, and the median of `runs` renders' time in all and in the database. The database
    time is what keyset pagination is about; the rest is Python rendering the page."""
    import statistics

    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    profiles = {}
    for name, url in pages:
        client.get(url)  # first contact: content types, sessions and the like are loaded once
        counts, totals, sql = [], [], []
        for _ in range(runs):
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                response = client.get(url)
                totals.append((time.perf_counter() - started) * 1000)
            if response.status_code != 200:
                raise SystemExit(f"{name} ({url}) answered {response.status_code}")
            counts.append(len(queries))
            sql.append(sum(float(q["time"]) for q in queries.captured_queries) * 1000)
        profiles[name] = {"queries": max(counts), "render_ms": round(statistics.median(totals), 1),
                          "sql_ms": round(statistics.median(sql), 1), "bytes": len(response.content)}
        log(f"{name:<28} {max(counts):>3} queries, {profiles[name]['render_ms']:8.1f} ms uncached in-process "
            f"({profiles[name]['sql_ms']:.1f} ms of SQL), {len(response.content):,} bytes")
    return profiles


def drafts_stay_hidden() -> None:
    from django.test import Client

    from claims.models import Claim

    draft = Claim.objects.exclude(status=Claim.Status.VERIFIED).first()
    if draft is not None and Client(HTTP_HOST="127.0.0.1").get(draft.get_absolute_url()).status_code != 404:
        raise SystemExit(f"a draft is public: {draft.get_absolute_url()}")


class Server:
    def __init__(self, env: dict, port: int, workers: int):
        self.url = f"http://127.0.0.1:{port}"
        self.process = subprocess.Popen(
            [str(Path(sys.executable).parent / "gunicorn"), "factcheck.wsgi", "--bind", f"127.0.0.1:{port}",
             "--workers", str(workers), "--access-logfile", "/dev/null", "--log-level", "warning", "--timeout", "120",
             # Loaded once before forking, as in production: no worker pays for imports on its first requests.
             "--preload"],
            cwd=ROOT, env=env,
        )
        for _ in range(100):
            try:
                urllib.request.urlopen(self.url + "/bench/floor/", timeout=2).read()
                return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise SystemExit("gunicorn did not start")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()


_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def _ms(text: str) -> float:
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text)
    if not match:
        raise SystemExit(f"wrk printed a latency this script cannot read: {text!r}")
    return round(float(match[1]) * _UNITS[match[2]], 3)


def drive(url: str, seconds: int, connections: int) -> dict:
    output = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "30s", url],
        capture_output=True, text=True, check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output)[1])
    # Anchored: a thread stat such as "62.50%" must not pass for the 50th percentile.
    p50 = _ms(re.search(r"^\s+50%\s+(\S+)", output, re.MULTILINE)[1])
    p99 = _ms(re.search(r"^\s+99%\s+(\S+)", output, re.MULTILINE)[1])
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    return {"rps": round(rps, 1), "p50_ms": p50, "p99_ms": p99, "errors": int(errors[1]) if errors else 0}


def measure(env: dict, pages, *, mode: str, seconds: int, connections: int, workers: int, port: int) -> list[dict]:
    server = Server(env, port, workers)
    rows = []
    try:
        for name, path in pages:
            url = server.url + path
            for _ in range(workers * 3):  # every worker renders (and, cached, stores) the page once
                urllib.request.urlopen(url, timeout=120).read()
            result = drive(url, seconds, connections)
            rows.append({"page": name, "mode": mode, "url": path, **result})
            log(f"{mode:>8}  {name:<28} {result['rps']:>9.1f} req/s  p50 {result['p50_ms']:>8.2f} ms  p99 {result['p99_ms']:>8.2f} ms")
    finally:
        server.stop()
    floor = next(row["rps"] for row in rows if row["page"] == "floor")
    for row in rows:
        row["ratio_to_floor"] = round(row["rps"] / floor, 3) if floor else None
    return rows


def table(rows: list[dict]) -> str:
    lines = [
        "| page | cache | req/s | p50 ms | p99 ms | ratio to floor | queries | render ms (SQL ms), uncached, in-process | KiB |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in rows:
        lines.append(
            f"| {row['page']} | {row['mode']} | {row['rps']:,.1f} | {row['p50_ms']:.2f} | {row['p99_ms']:.2f} "
            f"| {row['ratio_to_floor']:.2f} | {row['queries']} | {row['render_ms']:.1f} ({row['sql_ms']:.1f}) "
            f"| {row['bytes'] / 1024:,.0f} |"
        )
    return "\n".join(lines)


def main() -> None:
    from bench.generate import archive_size

    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed: apt-get install -y wrk")
    size = archive_size([])
    seconds = int(os.environ.get("BENCH_SECONDS", 10))
    connections = int(os.environ.get("BENCH_CONNECTIONS", 8))
    workers = int(os.environ.get("BENCH_WORKERS", 3))
    port = int(os.environ.get("BENCH_PORT") or _free_port())
    modes = [m.strip() for m in os.environ.get("BENCH_MODES", "cached,uncached").split(",") if m.strip()]
    version_dir = tempfile.mkdtemp(prefix="factcheck-bench-versions-")
    env = production_environment(cache_seconds=0, version_dir=version_dir)
    ensure_database(env["DATABASE_URL"])
    log("migrate and collectstatic, with production settings")
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "collectstatic", "--noinput", "-v0")
    started = time.monotonic()
    archive = ensure_archive(env, size)
    log(f"archive ready: {archive['claims']:,} claims, {archive['sources']:,} sources ({time.monotonic() - started:.0f} s)")
    pages = pick_pages()
    drafts_stay_hidden()
    profiles = profile_pages(pages)
    rows = []
    for mode in modes:
        cache_seconds = 300 if mode == "cached" else 0
        mode_env = production_environment(cache_seconds=cache_seconds, version_dir=version_dir) | {
            "SECRET_KEY": env["SECRET_KEY"]
        }
        rows += measure(mode_env, pages, mode=mode, seconds=seconds, connections=connections, workers=workers, port=port)
    for row in rows:
        row.update(profiles[row["page"]])
    shutil.rmtree(version_dir, ignore_errors=True)

    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "latest.json").write_text(json.dumps(rows, indent=2) + "\n")
    run = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        # Other work on the machine shares its two cores: the load average says how much.
        "load_average_after": Path("/proc/loadavg").read_text().split()[:3] if Path("/proc/loadavg").exists() else None,
        "machine": {"cpus": os.cpu_count(), "memory_gib": _memory_gib(), "python": platform.python_version(),
                    "system": platform.platform()},
        "database": env["DATABASE_URL"].split("@")[-1],
        "commit": _commit(),
        "archive": archive,
        "wrk": {"seconds": seconds, "connections": connections, "threads": 2},
        "gunicorn_workers": workers,
    }
    (RESULTS / "latest-run.json").write_text(json.dumps(run, indent=2) + "\n")
    report = table(rows)
    (RESULTS / "latest.md").write_text(
        f"Run {run['date']} on {run['machine']['cpus']} cores, {run['machine']['memory_gib']} GiB; "
        f"{archive['claims']:,} claims, {archive['sources']:,} sources; wrk {seconds} s, {connections} connections; "
        f"gunicorn {workers} workers.\n\n{report}\n"
    )
    print()
    print(report)
    print(f"\nwritten: {RESULTS / 'latest.json'}, latest.md, latest-run.json")


def _commit() -> str:
    found = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    # Results written by an earlier benchmark in the same sitting are not changes to the code.
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no", "--", ".", ":!bench/results"],
                           cwd=ROOT, capture_output=True, text=True)
    return found.stdout.strip() + (" with uncommitted changes" if dirty.stdout.strip() else "")


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _memory_gib() -> float | None:
    try:
        kib = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text())[1])
    except (OSError, TypeError):
        return None
    return round(kib / 1024 / 1024, 1)


if __name__ == "__main__":
    main()
