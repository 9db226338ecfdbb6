"""The command-line tools: import_source for many files at once, flags for scripts."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from claims.models import Source

pytestmark = pytest.mark.django_db

ARTICLE = """publisher: Radio Steppe
headline: A visit to Beijing
published: 2019-09-11
---
Kazakh President Qasym-Zhomart Toqaev arrived in Beijing. State media reported last year that the
two countries were implementing at least 51 joint projects.
"""
OTHER = "President Kassym-Jomart Tokayev flew to Beijing. Officials said 15 joint projects had been completed."


def run(*args):
    out, err = StringIO(), StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.fixture
def files(tmp_path):
    first = tmp_path / "steppe.txt"
    first.write_text(ARTICLE, encoding="utf-8")
    second = tmp_path / "lens.txt"
    second.write_text(OTHER, encoding="utf-8")
    return first, second


def test_it_imports_many_files_with_a_summary(files):
    out, err = run("import_source", *map(str, files), "--publisher", "The Weekly Lens", "--published", "2019-09-12")
    assert "Done: 2 created, 0 revised, 0 unchanged, 0 failed." in out
    # The header names the first outlet; --publisher fills in where the file says nothing... and wins when given.
    assert set(Source.objects.values_list("publisher", flat=True)) == {"The Weekly Lens"}


def test_the_header_supplies_what_the_flags_do_not(files):
    run("import_source", str(files[0]))
    source = Source.objects.get()
    assert (source.publisher, source.headline, str(source.published_on)) == ("Radio Steppe", "A visit to Beijing", "2019-09-11")
    assert source.text.startswith("Kazakh President")


def test_importing_again_changes_nothing(files):
    run("import_source", str(files[0]))
    out, _ = run("import_source", str(files[0]))
    assert "1 unchanged" in out
    assert Source.objects.count() == 1


def test_a_missing_file_is_reported_and_the_rest_imported(files, tmp_path):
    out, err = run("import_source", str(tmp_path / "nope.txt"), str(files[0]))
    assert "nope.txt: No such file." in err
    assert "1 created" in out and "1 failed" in out


def test_an_empty_file_is_refused_with_a_message(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    with pytest.raises(CommandError, match="Nothing was imported"):
        run("import_source", str(empty))
    assert not Source.objects.exists()


def test_a_bad_date_is_a_clear_error(files):
    with pytest.raises(CommandError, match="YYYY-MM-DD|2019-09-13"):
        run("import_source", str(files[0]), "--published", "last tuesday")


def test_flags_lists_every_flag_as_json(files):
    run("import_source", str(files[0]))
    run("import_source", str(files[1]), "--publisher", "The Weekly Lens", "--published", "2019-09-12")
    out, _ = run("flags", "--format", "json")
    flags = json.loads(out)
    assert {flag["kind"] for flag in flags} == {"name", "figure"}
    for flag in flags:
        assert set(flag) >= {"kind", "label", "reason", "status", "items"}
        assert flag["status"] == "open"
        for item in flag["items"]:
            source = Source.objects.get(pk=item["source_id"])
            start, end = item["offsets"]
            assert source.text[start:end] == item["text"]
    spellings = {item["text"] for flag in flags if flag["kind"] == "name" for item in flag["items"]}
    assert "Qasym-Zhomart Toqaev" in spellings
    figures = {item["text"] for flag in flags if flag["kind"] == "figure" for item in flag["items"]}
    assert "at least 51 joint projects" in figures


def test_flags_in_text_name_a_source_without_a_headline_by_its_first_line(tmp_path):
    page = tmp_path / "saved-page.txt"
    page.write_text("Skip to content\n\nMenu\n\n" + OTHER + "\nLater, Tokayev spoke of 55 joint projects.", encoding="utf-8")
    run("import_source", str(page), "--publisher", "The Weekly Lens")
    out, _ = run("flags")
    assert "in The Weekly Lens: Skip to content at " in out
    assert "Skip to content\n\nMenu" not in out


def test_flags_in_text_say_so_when_there_are_none(db):
    out, _ = run("flags")
    assert out.strip() == "No flags."


def test_the_demo_refuses_to_run_in_production(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        run("load_demo")


def test_the_demo_story_is_imported_through_the_engine(settings):
    settings.DEBUG = True
    out, _ = run("load_demo")
    assert "editor" in out and "reviewer" in out and "password" in out
    flags = json.loads(run("flags", "--format", "json")[0])
    name_spellings = {item["text"] for flag in flags if flag["kind"] == "name" for item in flag["items"]}
    assert {"Toqaev", "Tokayev"} <= name_spellings
    # Loading twice duplicates nothing.
    before = Source.objects.count()
    run("load_demo")
    assert Source.objects.count() == before == 2
