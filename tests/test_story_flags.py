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
        "At Aktau, Kassym-Jomart Tokayev and Caspian Lift said 44 cranes were working.", "Steppe Wire", day=9
    )
    # Shares Aktau and Caspian Lift with the second report, only Aktau with the first.
    third = import_text("At Aktau, the harbour master of Caspian Lift said 48 cranes were working.", "Caspian Daily", day=10)

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


def test_a_rebuild_compares_figures_only_within_stories_when_every_source_names_one_port():
    # Forty reports name Aktau; each pair of them also names one port operator, and
    # only the pair tells one story. Every report prints its own crane count.
    from claims.models import Entity, Figure, Mention, Source

    port = Entity.objects.create(name="Aktau", slug="aktau")
    sources = []
    for n in range(40):
        operator = Entity.objects.get_or_create(name=f"Operator {n // 2}", slug=f"operator-{n // 2}")[0]
        text = f"In Aktau, Operator {n // 2} said {40 + n} cranes were working."
        source = Source.objects.create(publisher=f"Outlet {n}", text=text, content_hash=f"hash-{n}",
                                       published_on=datetime.date(2024, 4, 8))
        for entity, written in [(port, "Aktau"), (operator, f"Operator {n // 2}")]:
            start = text.index(written)
            Mention.objects.create(source=source, entity=entity, text=written, start=start, end=start + len(written))
        figure = f"{40 + n} cranes"
        start = text.index(figure)
        Figure.objects.create(source=source, text=figure, start=start, end=start + len(figure), value_low=40 + n,
                              value_high=40 + n, unit="count", noun="crane", sentence=text,
                              quantity_key="count:crane:employed", group_key="count:crane:employed")
        sources.append(source)

    figure_analysis.refresh_figure_flags({"count:crane:employed"})

    flags = list(Discrepancy.objects.filter(kind="figure", is_active=True))
    assert sorted(sorted(flag.sources.values_list("pk", flat=True)) for flag in flags) == [
        sorted([sources[n].pk, sources[n + 1].pk]) for n in range(0, 40, 2)
    ]
    assert {flag.key.rsplit("#story-", 1)[1] for flag in flags} == {str(sources[n].pk) for n in range(0, 40, 2)}


def test_two_reports_that_share_only_countries_are_not_one_story():
    """A report from Ganja and one from Gyumri both name Russia and Turkey: that is no story.
    (Naming one city and one company as well, they would be.)"""
    import_text("In Ganja, Kür Tekstil said trade with Russia and Turkey would need 40 cranes.", "Caspian Wire")
    import_text("In Gyumri, Akhurian Stone said trade with Russia and Turkey would need 60 cranes.", "Shirak Post", day=9)
    assert not active_crane_flags().exists()


def test_two_reports_that_share_a_city_and_a_company_are_one_story():
    import_text("In Ganja, Kür Tekstil said trade with Russia and Turkey would need 40 cranes.", "Caspian Wire")
    import_text("In Ganja, Kür Tekstil said trade with Russia would need 60 cranes.", "Baku Post", day=9)
    assert active_crane_flags().count() == 1


def _report_on_the_president_in_the_capital(day, district, cranes):
    return import_text(
        f"In Astana, Kassym-Jomart Tokayev opened the {district} depot, where {cranes} cranes were working.",
        f"Outlet {day}",
        day,
    )


def test_reports_sharing_only_two_common_names_are_not_one_story(monkeypatch):
    """The president and the capital are in hundreds of reports; two that name both are not
    one story for that. A name is common past COMMON_NAME_SOURCES sources (three here)."""
    from claims.detection import stories

    monkeypatch.setattr(stories, "COMMON_NAME_SOURCES", 3)
    for day, district in [(1, "Esil"), (2, "Almaty"), (3, "Saryarka")]:
        import_text(f"Kassym-Jomart Tokayev visited Astana and the {district} district.", f"Outlet {day}", day)
    # Now four reports name the president and the capital: both names are common.
    first = _report_on_the_president_in_the_capital(8, "Baikonyr", 40)
    second = _report_on_the_president_in_the_capital(9, "Nura", 90)
    assert not active_crane_flags().exists()
    # The same two reports in a desk where the names are not yet common are one story...
    monkeypatch.setattr(stories, "COMMON_NAME_SOURCES", 50)
    figure_analysis.refresh_figure_flags({first.figures.get().group_key})
    assert active_crane_flags().count() == 1
    # ...and with the names common, a rebuild from scratch agrees with the imports.
    monkeypatch.setattr(stories, "COMMON_NAME_SOURCES", 3)
    figure_analysis.refresh_figure_flags({second.figures.get().group_key})
    assert not active_crane_flags().exists()


def test_a_common_name_beside_an_uncommon_one_still_ties_a_story(monkeypatch):
    from claims.detection import stories

    monkeypatch.setattr(stories, "COMMON_NAME_SOURCES", 3)
    for day, district in [(1, "Esil"), (2, "Almaty"), (3, "Saryarka")]:
        import_text(f"Kassym-Jomart Tokayev visited Astana and the {district} district.", f"Outlet {day}", day)
    # Both name the capital (common) and the Baikonyr depot (two reports).
    _report_on_the_president_in_the_capital(8, "Baikonyr", 40)
    _report_on_the_president_in_the_capital(9, "Baikonyr", 90)
    [flag] = active_crane_flags()
    assert set(flag.figures.values_list("text", flat=True)) == {"40 cranes", "90 cranes"}
