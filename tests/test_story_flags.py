"""A figure flag belongs to its story, and keeps its key as the story grows.

A new source is compared with its nearest neighbours in the story (at most
STORY_NEIGHBOURS). The flag it finds must be the story's flag, the one an editor may
already have decided, not a second flag beside it.
"""

import datetime

import pytest

from claims.models import Discrepancy
from claims.services import figure_analysis
from claims.services.curation import flags_decide
from claims.services.imports import SourceInput, import_source

pytestmark = pytest.mark.django_db


def import_text(text, publisher, day=8):
    return import_source(SourceInput(text=text, publisher=publisher, published_on=datetime.date(2024, 4, day))).source


def active_crane_flags():
    return Discrepancy.objects.filter(kind="figure", is_active=True, figures__text__contains="cranes").distinct()


def test_a_report_sharing_names_only_with_a_storys_later_report_joins_that_story():
    first = import_text("At Aktau, Kassym-Jomart Tokayev said 40 cranes were working.", "Harbour Post")
    second = import_text(
        "At Aktau in Kazakhstan, Kassym-Jomart Tokayev said 44 cranes were working.", "Steppe Wire", day=9
    )
    # Shares Aktau and Kazakhstan with the second report, only Aktau with the first.
    third = import_text("At Aktau in Kazakhstan, the harbour master said 48 cranes were working.", "Caspian Daily", day=10)

    [flag] = active_crane_flags()
    assert set(flag.sources.all()) == {first, second, third}
    assert set(flag.figures.values_list("text", flat=True)) == {"40 cranes", "44 cranes", "48 cranes"}
    # The flag the desk rebuilds from scratch (every source's story at once) is the same one.
    key = flag.key
    figure_analysis.refresh_figure_flags({flag.group_key})
    assert [f.key for f in active_crane_flags()] == [key]


def test_an_editors_decision_stays_on_the_flag_as_a_story_outgrows_its_neighbours(monkeypatch, editor):
    monkeypatch.setattr(figure_analysis, "STORY_NEIGHBOURS", 2)
    for day, cranes in [(8, 40), (9, 44), (10, 48)]:
        import_text(f"At Aktau in Kazakhstan, Kassym-Jomart Tokayev said {cranes} cranes were working.", f"Outlet {day}", day)
    [flag] = active_crane_flags()
    flags_decide(flags=[flag], status="dismissed", note="Counts from different shifts.", user=editor)

    for day, cranes in [(11, 52), (12, 56)]:
        import_text(f"At Aktau in Kazakhstan, Kassym-Jomart Tokayev said {cranes} cranes were working.", f"Outlet {day}", day)

    [still] = active_crane_flags()
    assert still.pk == flag.pk
    assert (still.status, still.note) == ("dismissed", "Counts from different shifts.")
    assert "56 cranes" in set(still.figures.values_list("text", flat=True))


def test_a_busy_storys_flag_keeps_the_reports_outside_a_new_sources_window(monkeypatch):
    monkeypatch.setattr(figure_analysis, "STORY_NEIGHBOURS", 2)
    sources = [
        import_text(f"At Aktau in Kazakhstan, Kassym-Jomart Tokayev said {cranes} cranes were working.", f"Outlet {day}", day)
        for day, cranes in [(8, 40), (9, 44), (10, 48), (11, 52), (12, 56)]
    ]
    [flag] = active_crane_flags()
    # The last import saw only its two nearest neighbours; the first reports stay on the flag.
    assert set(flag.sources.all()) == set(sources)
    assert set(flag.figures.values_list("text", flat=True)) == {"40 cranes", "44 cranes", "48 cranes", "52 cranes", "56 cranes"}
