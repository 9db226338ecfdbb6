"""An outlet's edits to an article are visible: what changed, and when we saw it."""

import datetime

import pytest
from django.urls import reverse

from claims.ingest.revisions import Change, word_changes
from claims.services.imports import SourceInput, import_source


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("15 projects were completed.", "16 projects were completed.", [("removed", "15"), ("added", "16")]),
        ("The minister spoke.", "The minister spoke on Monday.", [("added", " on Monday")]),
        ("Toqaev visited Beijing.", "Tokayev visited Beijing.", [("removed", "Toqaev"), ("added", "Tokayev")]),
    ],
)
def test_it_lists_the_words_an_outlet_changed(before, after, expected):
    edits = [(change.kind, change.text) for change in word_changes(before, after) if change.kind != "same"]
    assert edits == expected


def test_long_unchanged_stretches_are_shortened():
    before = " ".join(f"word{i}" for i in range(100)) + " old"
    after = " ".join(f"word{i}" for i in range(100)) + " new"
    same = word_changes(before, after)[0]
    assert same == Change("same", same.text) and same.text.startswith("…") and "word99" in same.text
    assert "word0 " not in same.text


@pytest.mark.django_db
def test_the_admin_shows_what_changed_between_revisions(client, editor):
    url = "https://steppe.example/visit"
    first = SourceInput(text="Officials said 15 projects were completed.", publisher="Steppe", url=url,
                        published_on=datetime.date(2019, 9, 10))
    source = import_source(first).source
    import_source(SourceInput(text="Officials said 16 projects were <b>completed</b>.", publisher="Steppe", url=url))
    client.force_login(editor)
    page = client.get(reverse("admin:claims_source_change", args=[source.pk])).content.decode()
    assert '<del class="rev-removed">15</del>' in page
    assert '<ins class="rev-added">16</ins>' in page
    assert "&lt;b&gt;completed&lt;/b&gt;" in page
