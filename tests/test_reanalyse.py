"""manage.py reanalyse: after an engine upgrade, stored sources are read again and stored keys rebuilt."""

import datetime
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from claims.detection import names
from claims.models import Discrepancy, Entity, EntityKey, Figure, Mention
from claims.services.curation import flags_decide, mentions_split
from claims.services.imports import SourceInput, import_source

pytestmark = pytest.mark.django_db

# A port expansion told by two outlets in our own words, with the spellings each uses.
HARBOUR = (
    "President Kassym-Jomart Tokayev said on Monday that 40 cranes were working at Aktau, the Kazakhstan port. "
    "Tokayev added that the second berth would open in spring."
)
WIRE = (
    "Qasym-Zhomart Toqaev told reporters that 44 cranes were working at Aqtau in Kazakhstan. "
    "The second berth opens in spring, Toqaev said."
)


def import_text(text, publisher, published=datetime.date(2024, 4, 8)):
    return import_source(SourceInput(text=text, publisher=publisher, published_on=published)).source


def run(*args):
    out, err = StringIO(), StringIO()
    call_command("reanalyse", *args, stdout=out, stderr=err)
    return out.getvalue()


def desk_state():
    """What readers and editors see of detection, by spelling and figure text rather than row ids.

    Retired flags are left out: their items were mentions and figures of an older analysis,
    which any re-analysis replaces."""
    entities = {
        frozenset(Mention.objects.filter(entity=entity).values_list("text", flat=True)) for entity in Entity.objects.all()
    }
    flags = {
        (flag.kind, flag.label, flag.status, flag.note, frozenset(flag.mentions.values_list("text", flat=True)),
         frozenset(flag.figures.values_list("text", flat=True)))
        for flag in Discrepancy.objects.filter(is_active=True)
    }
    return entities, flags


def test_rebuilt_keys_are_the_current_engines_and_stale_ones_are_gone():
    import_text(HARBOUR, "Harbour Post")
    entity = Entity.objects.get(mentions__text="Tokayev")
    EntityKey.objects.create(entity=entity, key="w:an-old-engines-key")
    EntityKey.objects.filter(key__startswith="s:").delete()

    output = run()

    expected = {key for text in Mention.objects.filter(entity=entity).values_list("text", flat=True) for key in names.blocking_keys(text)}
    expected |= names.blocking_keys(entity.name)
    assert set(entity.keys.values_list("key", flat=True)) == expected
    assert "name lookup keys" in output


def test_a_spelling_imported_after_a_rebuild_joins_the_stored_name():
    import_text(HARBOUR, "Harbour Post")
    EntityKey.objects.all().delete()  # as if every key were an old engine's, and none matched now
    run()
    import_text(WIRE, "Black Sea Wire")
    assert Entity.objects.get(mentions__text="Toqaev") == Entity.objects.get(mentions__text="Tokayev")


def test_re_analysis_keeps_editors_decisions_and_changes_nothing_else(editor):
    import_text(HARBOUR, "Harbour Post")
    import_text(WIRE, "Black Sea Wire")
    figure_flag = Discrepancy.objects.get(kind="figure")
    flags_decide(flags=Discrepancy.objects.filter(pk=figure_flag.pk), status="dismissed", note="Two counts on two days.", user=editor)
    split_off = mentions_split(mentions=Mention.objects.filter(text="Aqtau"))
    before = desk_state()

    output = run()

    assert desk_state() == before
    assert Mention.objects.get(text="Aqtau").entity == split_off
    figure_flag.refresh_from_db()
    assert (figure_flag.status, figure_flag.note) == ("dismissed", "Two counts on two days.")
    assert "Re-analysed 2 sources" in output


def test_only_the_sources_named_are_read_again():
    first = import_text(HARBOUR, "Harbour Post")
    second = import_text(WIRE, "Black Sea Wire")
    Figure.objects.filter(source=second).delete()
    run(str(first.pk))
    assert not Figure.objects.filter(source=second).exists()
    Figure.objects.filter(source=first).delete()
    run(str(first.pk))
    assert Figure.objects.filter(source=first).exists()


def test_an_unknown_source_is_a_clear_error_and_nothing_is_touched():
    import_text(HARBOUR, "Harbour Post")
    EntityKey.objects.create(entity=Entity.objects.first(), key="w:kept-until-a-real-run")
    with pytest.raises(CommandError, match="No source with id 999999"):
        run("999999")
    assert EntityKey.objects.filter(key="w:kept-until-a-real-run").exists()
