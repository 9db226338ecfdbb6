"""Every flag is reproducible from the stored mentions and figures: what imports leave, one
source at a time around each new source, is what a recompute from scratch finds."""

import datetime

import pytest

from claims.models import Discrepancy, Figure, Mention
from claims.services.detection import refresh_figure_flags, refresh_name_flags
from claims.services.imports import SourceInput, import_source

pytestmark = pytest.mark.django_db

# Our own words: one port story told by several outlets with their own spellings, a capital
# called by a name it did not hold on the day, and one outlet that spells a name two ways.
REPORTS = [
    ("Harbour Post", datetime.date(2024, 4, 8),
     "President Kassym-Jomart Tokayev said on Monday that 40 cranes were working at Aktau, the Kazakhstan port. "
     "Tokayev added that the second berth would open in spring."),
    ("Steppe Wire", datetime.date(2024, 4, 9),
     "Qasym-Zhomart Toqaev told reporters that 44 cranes were working at Aqtau in Kazakhstan. "
     "The second berth opens in spring, Toqaev said."),
    ("Caspian Daily", datetime.date(2024, 4, 10),
     "At Aktau in Kazakhstan, Kassym-Jomart Tokayev said 48 cranes were working; Toqaev thanked the crews."),
    ("Capital Notes", datetime.date(2020, 6, 1),
     "Officials in Astana said 12 new schools had opened in Kazakhstan this year, Tokayev said."),
    ("Capital Notes", datetime.date(2024, 4, 11),
     "In Astana, Kassym-Jomart Tokayev said 52 cranes were working at Aktau in Kazakhstan."),
]


def flags_as_stored():
    return {
        (flag.key, flag.kind, flag.label, flag.reason,
         frozenset(flag.mentions.values_list("pk", flat=True)),
         frozenset(flag.figures.values_list("pk", flat=True)),
         frozenset(flag.sources.values_list("pk", flat=True)))
        for flag in Discrepancy.objects.filter(is_active=True)
    }


def test_a_recompute_from_scratch_finds_the_flags_the_imports_left():
    for publisher, day, text in REPORTS:
        import_source(SourceInput(text=text, publisher=publisher, published_on=day))
    after_imports = flags_as_stored()
    assert {kind for _, kind, *_ in after_imports} == {"name", "figure"}
    assert any(label == "outdated_name" for _, _, label, *_ in after_imports)

    refresh_name_flags(set(Mention.objects.exclude(entity=None).values_list("entity_id", flat=True)))
    refresh_figure_flags(set(Figure.objects.values_list("group_key", flat=True)))

    assert flags_as_stored() == after_imports


# More reports than a name's flag window holds once it is shrunk to two sources: the window
# moves on with every import, one outlet spells a name two ways, and an old report is revised.
MORE_REPORTS = [
    ("Harbour Post", datetime.date(2024, 4, 12),
     "Kassym-Jomart Tokayev visited Aktau again; Toqaev, as the paper also spelled him, met 30 dockers."),
    ("Steppe Wire", datetime.date(2024, 4, 13),
     "Qasym-Zhomart Toqaev said in Aqtau that 46 cranes were now working in Kazakhstan."),
    ("Caspian Daily", datetime.date(2024, 4, 14),
     "Tokaev, the president, told Aktau dockers in Kazakhstan that 50 cranes were working."),
]


def test_a_moving_window_leaves_what_a_recompute_finds(monkeypatch):
    monkeypatch.setattr("claims.services.name_analysis.NAME_FLAG_SOURCES", 2)
    sources = [import_source(SourceInput(text=text, publisher=publisher, published_on=day)).source
               for publisher, day, text in REPORTS]
    # An old report revised: analysed with the window, then left behind as newer reports come in.
    revised = sources[1].text.replace("Toqaev told", "Tokayev told")
    import_source(SourceInput(text=revised, publisher=sources[1].publisher, published_on=sources[1].published_on),
                  existing=sources[1])
    for publisher, day, text in MORE_REPORTS:
        import_source(SourceInput(text=text, publisher=publisher, published_on=day))
    after_imports = flags_as_stored()
    labels = {label for _, kind, label, *_ in after_imports if kind == "name"}
    assert {"spelling_across_sources", "spelling_within_source", "outdated_name"} <= labels

    refresh_name_flags(set(Mention.objects.exclude(entity=None).values_list("entity_id", flat=True)))

    assert flags_as_stored() == after_imports
