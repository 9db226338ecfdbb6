"""Importing from a URL: real pages from a real HTTP server started here on 127.0.0.1,
and never a request into a private network.

With IMPORT_ALLOW_PRIVATE_ADDRESSES off (production) even this local server is refused.
The tests that follow a redirect "from the internet" into a private network let the
local server stand in for a public one (the only change to the real rule), and every
private target is refused before any connection is made: no test sends a packet
anywhere but 127.0.0.1.
"""

import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from claims.ingest import IngestError, fetch as fetch_module
from claims.ingest.fetch import fetch
from claims.models import Source
from tests.admin_forms import admin_post_data

ARTICLE = """<!doctype html><html><head><title>Bridges finished</title>
<meta name="author" content="Aigerim Sadykova"><meta property="og:site_name" content="Steppe Daily">
<meta property="article:published_time" content="2024-02-01"></head>
<body><nav>Home | World | Sport</nav><article><h1>Bridges finished</h1>
<p>The transport ministry said on Tuesday that 14 new bridges had been finished in 2023, more than planned.</p>
<p>A ministry report from March counted at least 20 bridges under construction across the country.</p>
<p>Engineers in Shymkent said the largest of them would open to traffic in the spring.</p>
</article><script>document.title = 'stolen'</script><footer>Contact us</footer></body></html>"""


class Pages(BaseHTTPRequestHandler):
    routes: dict = {}

    def do_GET(self):
        route = self.routes.get(self.path)
        if route is None:
            self.send_error(404)
            return
        route(self)

    def log_message(self, *args):
        pass


def page(body: bytes, content_type="text/html; charset=utf-8", length=True):
    def serve(handler):
        handler.send_response(200)
        handler.send_header("Content-Type", content_type)
        if length:
            handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    return serve


def redirect(location, status=302):
    def serve(handler):
        handler.send_response(status)
        handler.send_header("Location", location)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    return serve


def trickle(handler):
    """Headers at once, then a byte every 0.2 s: each read is quick, the whole is endless."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    for _ in range(100):
        try:
            handler.wfile.write(b"<")
            handler.wfile.flush()
        except OSError:
            return
        time.sleep(0.2)


@pytest.fixture
def web(settings):
    """A web server on 127.0.0.1 with an article, redirects, non-HTML and slow pages."""
    settings.IMPORT_ALLOW_PRIVATE_ADDRESSES = True
    settings.IMPORT_TIMEOUT_SECONDS = 0.5
    server = ThreadingHTTPServer(("127.0.0.1", 0), Pages)
    base = f"http://127.0.0.1:{server.server_port}"
    Pages.routes = {
        "/article.html": page(ARTICLE.encode()),
        "/plain.txt": page(b"A plain text report: 9 ferries sailed from Aktau in May.", "text/plain; charset=utf-8"),
        "/moved": redirect("/article.html", 301),
        "/hop1": redirect("/hop2"),
        "/hop2": redirect(f"{base}/article.html", 307),
        "/loop": redirect("/loop"),
        "/report.pdf": page(b"%PDF-1.7 binary", "application/pdf"),
        "/photo.png": page(b"\x89PNG\r\n\x1a\n", "image/png"),
        "/huge.html": page(b"<p>" + b"x" * 3000 + b"</p>"),
        "/huge-unannounced.html": page(b"<p>" + b"x" * 3000 + b"</p>", length=False),
        "/trickle.html": trickle,
        "/gone.html": lambda handler: handler.send_error(410),
        "/broken.html": lambda handler: handler.send_error(500),
        "/to-metadata": redirect("http://169.254.169.254/latest/meta-data/"),
        "/to-private": redirect("http://10.0.0.1/admin"),
        "/to-loopback-v6": redirect("http://[::1]/"),
    }
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield base
    server.shutdown()
    server.server_close()


@pytest.fixture
def silent_server():
    """Accepts connections and never answers."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/"
    listener.close()


def get(url, **overrides):
    options = {"timeout": 0.5, "max_bytes": 2048, "allow_private": True} | overrides
    return fetch(url, **options)


# --- Real pages, through the fetcher ---------------------------------------------------------


def test_it_fetches_a_real_page(web):
    fetched = get(f"{web}/article.html", max_bytes=1_000_000)
    assert b"14 new bridges" in fetched.body
    assert (fetched.content_type, fetched.charset) == ("text/html", "utf-8")


@pytest.mark.parametrize("path", ["/moved", "/hop1"])
def test_it_follows_redirects_to_the_page(web, path):
    fetched = get(f"{web}{path}", max_bytes=1_000_000)
    assert fetched.url == f"{web}/article.html"


def test_it_gives_up_on_endless_redirects(web):
    with pytest.raises(IngestError, match="redirects more than 5 times"):
        get(f"{web}/loop")


@pytest.mark.parametrize("path, kind", [("/report.pdf", "application/pdf"), ("/photo.png", "image/png")])
def test_it_refuses_what_is_not_a_web_page(web, path, kind):
    with pytest.raises(IngestError, match=f"is {kind}, not a web page"):
        get(f"{web}{path}")


@pytest.mark.parametrize("path", ["/huge.html", "/huge-unannounced.html"])
def test_it_refuses_a_body_larger_than_the_desk_takes(web, path):
    with pytest.raises(IngestError, match="larger than the desk takes"):
        get(f"{web}{path}", max_bytes=2048)


@pytest.mark.parametrize("path, status", [("/gone.html", 410), ("/broken.html", 500), ("/nowhere", 404)])
def test_it_reports_an_http_error(web, path, status):
    with pytest.raises(IngestError, match=f"answered HTTP {status}"):
        get(f"{web}{path}")


def test_it_times_out_on_a_server_that_never_answers(silent_server):
    started = time.monotonic()
    with pytest.raises(IngestError, match="took too long"):
        get(silent_server, timeout=0.5)
    assert time.monotonic() - started < 10


def test_it_times_out_on_a_server_that_trickles_forever(web):
    started = time.monotonic()
    with pytest.raises(IngestError, match="took too long"):
        get(f"{web}/trickle.html", timeout=0.5, max_bytes=1_000_000)
    assert time.monotonic() - started < 10


def test_it_reports_a_server_that_is_not_there():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free_port = probe.getsockname()[1]
    with pytest.raises(IngestError, match="could not be reached"):
        get(f"http://127.0.0.1:{free_port}/")


# --- Never inside our network ----------------------------------------------------------------

PRIVATE_URLS = [
    "http://169.254.169.254/latest/meta-data/",  # cloud metadata
    "http://[fd00::1]/",  # unique local
    "http://[fe80::1]/",  # link-local
    "http://10.0.0.1/",
    "http://172.16.5.4/",
    "http://192.168.1.1/router",
    "http://100.64.0.1/",  # carrier-grade NAT
    "http://0.0.0.0/",
    "http://[::]/",
    "http://[::ffff:169.254.169.254]/",  # IPv4 inside IPv6
    "http://[64:ff9b::a9fe:a9fe]/",  # metadata through NAT64
    "http://224.0.0.1/",  # multicast
]


@pytest.mark.parametrize("url", PRIVATE_URLS)
def test_a_private_address_is_refused_before_any_connection(url, monkeypatch):
    def no_connection(*args, **kwargs):
        raise AssertionError("a connection was attempted")

    monkeypatch.setattr(fetch_module.socket, "create_connection", no_connection)
    with pytest.raises(IngestError, match="points inside a private network"):
        get(url, allow_private=False)


@pytest.mark.parametrize("path", ["/article.html", "/plain.txt"])
def test_with_private_addresses_off_even_the_local_server_is_refused(web, path):
    for url in (f"{web}{path}", f"{web}{path}".replace("127.0.0.1", "localhost")):
        with pytest.raises(IngestError, match="points inside a private network"):
            get(url, allow_private=False)


@pytest.fixture
def local_server_counts_as_public(monkeypatch):
    """Let the local server stand in for a public one; every other address keeps the real rule."""
    real = fetch_module.address_allowed

    def allowed(address, *, allow_private):
        return address == "127.0.0.1" or real(address, allow_private=allow_private)

    monkeypatch.setattr(fetch_module, "address_allowed", allowed)


@pytest.mark.parametrize("path, target", [
    ("/to-metadata", "169.254.169.254"), ("/to-private", "10.0.0.1"), ("/to-loopback-v6", "::1"),
])
def test_a_redirect_into_a_private_network_is_refused(web, local_server_counts_as_public, path, target):
    assert b"14 new bridges" in get(f"{web}/article.html", allow_private=False, max_bytes=1_000_000).body
    with pytest.raises(IngestError, match=f"points inside a private network \\({target}\\)"):
        get(f"{web}{path}", allow_private=False)


def fake_dns(monkeypatch, answers):
    """The outside world's DNS, answering from a table; each name's answers in turn."""
    real = socket.getaddrinfo
    calls = {}

    def getaddrinfo(host, port, *args, **kwargs):
        if host not in answers:
            return real(host, port, *args, **kwargs)
        calls[host] = calls.get(host, 0) + 1
        turn = answers[host][min(calls[host], len(answers[host])) - 1]
        return [(socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port)) for a in turn]

    monkeypatch.setattr(fetch_module.socket, "getaddrinfo", getaddrinfo)
    return calls


def test_a_name_that_resolves_to_a_private_address_is_refused(monkeypatch):
    fake_dns(monkeypatch, {"metadata.attacker.example": [["169.254.169.254"]]})
    with pytest.raises(IngestError, match="metadata.attacker.example” points inside a private network"):
        get("http://metadata.attacker.example/", allow_private=False)


def test_a_name_with_one_public_and_one_private_answer_is_refused(monkeypatch):
    fake_dns(monkeypatch, {"mixed.attacker.example": [["93.184.216.34", "10.1.2.3"]]})
    with pytest.raises(IngestError, match="10.1.2.3"):
        get("http://mixed.attacker.example/", allow_private=False)


def test_the_connection_goes_to_the_address_that_was_checked(web, monkeypatch, local_server_counts_as_public):
    # DNS rebinding: a first answer that passes the check, then another. The fetch asks
    # once and connects to what it checked (a second answer, 127.0.0.2, has no server).
    port = web.rsplit(":", 1)[1]
    calls = fake_dns(monkeypatch, {"rebind.attacker.example": [["127.0.0.1"], ["127.0.0.2"]]})
    fetched = get(f"http://rebind.attacker.example:{port}/article.html", allow_private=False, max_bytes=1_000_000)
    assert b"14 new bridges" in fetched.body
    assert calls["rebind.attacker.example"] == 1


@pytest.mark.parametrize("url, message", [
    ("file:///etc/passwd", "not an http or https address"),
    ("ftp://example.org/file", "not an http or https address"),
    ("gopher://127.0.0.1:70/", "not an http or https address"),
    ("http://user:secret@example.org/", "user name or password"),
    ("http:///no-host", "not an http or https address"),
])
def test_only_plain_web_addresses_are_fetched(url, message):
    with pytest.raises(IngestError, match=message):
        get(url, allow_private=False)


# --- Through the admin form and the command line --------------------------------------------


def add_by_url(client, url):
    add = reverse("admin:claims_source_add")
    data = admin_post_data(client.get(add), {"publisher": "", "language": "en", "url": url, "fetch_url": "on"})
    return client.post(add, data, follow=True)


def test_an_editor_imports_a_page_by_url_in_the_admin(web, client, editor):
    client.force_login(editor)
    response = add_by_url(client, f"{web}/article.html")
    assert response.status_code == 200
    source = Source.objects.get()
    assert "14 new bridges had been finished in 2023" in source.text
    assert "document.title" not in source.text and "Home | World" not in source.text
    assert source.url == f"{web}/article.html"
    assert source.raw_snapshot.startswith("<!doctype html>")
    assert source.retrieved_at is not None


@pytest.mark.parametrize("path, message", [
    ("/report.pdf", "not a web page"),
    ("/huge.html", "larger than the desk takes"),
    ("/trickle.html", "took too long"),
    ("/to-metadata", "points inside a private network"),
])
def test_the_admin_form_says_why_a_url_was_not_imported(web, client, editor, settings, path, message):
    settings.IMPORT_MAX_BYTES = 2048
    if path == "/to-metadata":
        settings.IMPORT_ALLOW_PRIVATE_ADDRESSES = False
    client.force_login(editor)
    response = add_by_url(client, f"{web}{path}")
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Source.objects.exists()


def test_the_admin_refuses_a_private_url_in_production_settings(web, client, editor, settings):
    settings.IMPORT_ALLOW_PRIVATE_ADDRESSES = False
    client.force_login(editor)
    response = add_by_url(client, f"{web}/article.html")
    assert "points inside a private network" in response.content.decode()
    assert not Source.objects.exists()


def test_the_command_imports_a_page_by_url(web, db):
    out = StringIO()
    call_command("import_source", f"{web}/article.html", "--publisher", "Steppe Daily", stdout=out, stderr=StringIO())
    assert "1 created" in out.getvalue()
    assert "14 new bridges" in Source.objects.get(publisher="Steppe Daily").text


@pytest.mark.parametrize("path, message", [
    ("/report.pdf", "not a web page"),
    ("/huge.html", "larger than the desk takes"),
    ("/to-private", "points inside a private network"),
])
def test_the_command_says_why_a_url_was_not_imported(web, db, settings, path, message):
    settings.IMPORT_MAX_BYTES = 2048
    settings.IMPORT_ALLOW_PRIVATE_ADDRESSES = path != "/to-private"
    err = StringIO()
    with pytest.raises(CommandError, match="Nothing was imported"):
        call_command("import_source", f"{web}{path}", stdout=StringIO(), stderr=err)
    assert message in err.getvalue()
    assert not Source.objects.exists()


def test_the_command_refuses_private_addresses_in_production_settings(web, db, settings):
    settings.IMPORT_ALLOW_PRIVATE_ADDRESSES = False
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("import_source", "http://169.254.169.254/latest/meta-data/", f"{web}/article.html",
                     stdout=StringIO(), stderr=err)
    assert err.getvalue().count("points inside a private network") == 2
    assert not Source.objects.exists()
