"""Detection through the real import path: what is stored, flagged, kept and recomputed."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.models import Discrepancy, Entity, Figure, Mention, Source
from claims.services.curation import entities_merge, figures_regroup, flags_decide, mentions_split
from claims.ingest import IngestError
from claims.services.imports import SourceInput, import_source
from tests.factories import make_claim

pytestmark = pytest.mark.django_db

# Two outlets' accounts of one visit, in our own words, with the spellings each outlet uses.
FIRST = (
    "President Kassym-Jomart Tokayev flew to Beijing on Wednesday. "
    "Tokayev met Xi Jinping, and officials said 15 joint projects had been completed."
)
SECOND = (
    "Kazakh President Qasym-Zhomart Toqaev arrived in Beijing. "
    "State media reported last year that the two countries were implementing at least 51 joint projects."
)


def import_text(text, publisher, published=datetime.date(2019, 9, 11), **extra):
    return import_source(SourceInput(text=text, publisher=publisher, published_on=published, **extra))


@pytest.fixture
def two_outlets():
    first = import_text(FIRST, "The Weekly Lens").source
    second = import_text(SECOND, "Radio Steppe").source
    return first, second


def test_import_stores_figures_and_mentions_with_exact_offsets(two_outlets):
    for source in two_outlets:
        assert source.figures.exists() and source.mentions.exists()
        for item in [*source.figures.all(), *source.mentions.all()]:
            assert source.text[item.start : item.end] == item.text


def test_one_person_spelled_two_ways_is_one_entity_and_a_flag(two_outlets):
    tokayev = Entity.objects.get(mentions__text="Qasym-Zhomart Toqaev")
    assert set(tokayev.mentions.values_list("text", flat=True)) == {"Kassym-Jomart Tokayev", "Tokayev", "Qasym-Zhomart Toqaev"}
    flags = Discrepancy.objects.filter(entity=tokayev, label="spelling_across_sources")
    assert flags.exists()
    flag = flags.filter(mentions__text="Qasym-Zhomart Toqaev").distinct().get(reason__contains="Toqaev")
    assert set(flag.sources.all()) == set(two_outlets)


def test_counts_of_different_scope_and_date_are_flagged_with_their_reason(two_outlets):
    flag = Discrepancy.objects.get(kind="figure", figures__text__contains="51")
    texts = set(flag.figures.values_list("text", flat=True))
    assert any("15" in text for text in texts)
    assert flag.label in {"different_scope", "different_dates", "different_speakers", "bound"}
    assert "scope" in flag.reason.lower() or "date" in flag.reason.lower()


def test_reimporting_unchanged_text_changes_nothing(two_outlets):
    first, _ = two_outlets
    figures = list(Figure.objects.values_list("pk", flat=True).order_by("pk"))
    result = import_text(FIRST, "The Weekly Lens")
    assert result.outcome == "unchanged"
    assert list(Figure.objects.values_list("pk", flat=True).order_by("pk")) == figures
    assert first.revisions.count() == 1


def test_changed_text_is_a_new_revision_reanalysed(db):
    url = "https://weekly-lens.example/visit"
    first = import_text(FIRST, "The Weekly Lens", url=url).source
    revised = import_text(FIRST.replace("15 joint projects", "16 joint projects"), "The Weekly Lens", url=url)
    assert revised.outcome == "revised"
    assert revised.source.pk == first.pk
    assert list(revised.source.revisions.values_list("text", flat=True)) == [revised.source.text, FIRST]
    assert revised.source.figures.filter(text__contains="16").exists()
    assert not revised.source.figures.filter(text__contains="15").exists()


def test_without_a_url_the_same_outlets_different_text_is_another_source(db):
    import_text(FIRST, "The Weekly Lens")
    result = import_text(FIRST.replace("15 joint projects", "16 joint projects"), "The Weekly Lens")
    assert result.outcome == "created"
    assert Source.objects.filter(publisher="The Weekly Lens").count() == 2


def test_a_revision_that_duplicates_another_source_is_refused_with_a_message(db):
    url = "https://weekly-lens.example/visit"
    import_text(FIRST, "The Weekly Lens", url=url)
    import_text(SECOND, "The Weekly Lens")
    with pytest.raises(IngestError, match="already on the desk"):
        import_text(SECOND, "The Weekly Lens", url=url)
    assert Source.objects.get(url=url).text == FIRST


def test_an_editors_decision_survives_reanalysis(two_outlets, editor):
    first, _ = two_outlets
    flag = Discrepancy.objects.get(kind="figure", figures__text__contains="51")
    flags_decide(flags=Discrepancy.objects.filter(pk=flag.pk), status="dismissed", user=editor, note="Different stages.")
    first.url = "https://weekly-lens.example/visit"
    first.save()
    import_text(FIRST + " The visit lasted two days.", "The Weekly Lens", url=first.url)
    again = Discrepancy.objects.get(key=flag.key)
    assert (again.status, again.note, again.decided_by) == ("dismissed", "Different stages.", editor)
    assert again.is_active
    assert again not in Discrepancy.objects.public()


def test_a_flag_that_no_longer_holds_leaves_public_pages(two_outlets):
    first, _ = two_outlets
    first.url = "https://weekly-lens.example/visit"
    first.save()
    flag = Discrepancy.objects.get(kind="figure", figures__text__contains="51")
    import_text(FIRST.replace("15 joint projects had been completed", "work continued"), "The Weekly Lens", url=first.url)
    flag.refresh_from_db()
    assert not flag.is_active
    assert flag not in Discrepancy.objects.public()


def retire_the_project_counts_flag(first):
    """The outlet edits out its count: the figure flag no longer holds and is retired."""
    first.url = "https://weekly-lens.example/visit"
    first.save()
    flag = Discrepancy.objects.get(kind="figure", figures__text__contains="51")
    import_text(FIRST.replace("15 joint projects had been completed", "work continued"), "The Weekly Lens", url=first.url)
    flag.refresh_from_db()
    return flag


def test_a_retired_flag_keeps_what_it_held_when_it_was_last_found(two_outlets):
    first, second = two_outlets
    flag = retire_the_project_counts_flag(first)
    assert not flag.is_active
    assert not flag.figures.filter(source=first).exists()  # the old figures are gone with the old text
    kept = {(item["text"], item["source_id"]) for item in flag.evidence}
    assert kept == {("15 joint projects", first.pk), ("at least 51 joint projects", second.pk)}
    old_item = next(item for item in flag.evidence if item["source_id"] == first.pk)
    assert FIRST[slice(*old_item["offsets"])] == "15 joint projects"
    assert "had been completed" in old_item["sentence"] and old_item["source"] == str(first)


def test_a_retired_flags_record_is_not_overwritten_when_its_other_source_changes(two_outlets):
    first, second = two_outlets
    flag = retire_the_project_counts_flag(first)
    second.url = "https://radio-steppe.example/visit"
    second.save()
    import_text(SECOND + " The talks went on late.", "Radio Steppe", url=second.url)
    flag.refresh_from_db()
    assert "15 joint projects" in {item["text"] for item in flag.evidence}


def test_the_flags_command_and_the_admin_show_a_retired_flags_record(two_outlets, client, editor):
    import json
    from io import StringIO

    from django.core.management import call_command

    first, _ = two_outlets
    flag = retire_the_project_counts_flag(first)
    out = StringIO()
    call_command("flags", "--all", "--format", "json", stdout=out)
    (row,) = [row for row in json.loads(out.getvalue()) if not row["active"] and row["kind"] == "figure"]
    assert {item["text"] for item in row["items"]} == {"15 joint projects", "at least 51 joint projects"}
    client.force_login(editor)
    page = client.get(f"/admin/claims/discrepancy/{flag.pk}/change/").content.decode()
    assert "No longer found" in page and "15 joint projects" in page


def test_a_flag_is_attached_to_the_claim_whose_quote_holds_its_figure(two_outlets, editor):
    _, second = two_outlets
    claim = make_claim(author=editor, source=second, quote="at least 51 joint projects")
    assert claim.discrepancies.filter(kind="figure").exists()


def test_merging_entities_moves_mentions_and_keeps_them_there(db, editor):
    # A town renamed locally (invented names): only an editor can know they are one place.
    a = import_text("Officials in Zharkala said the plant opened.", "Outlet A", url="https://a.example/plant").source
    b = import_text("Officials in Bellmore said the plant opened.", "Outlet B").source
    old, new = Entity.objects.get(mentions__text="Zharkala"), Entity.objects.get(mentions__text="Bellmore")
    assert old != new
    target = entities_merge(entities=Entity.objects.filter(pk__in=[old.pk, new.pk]))
    assert set(target.mentions.values_list("text", flat=True)) == {"Zharkala", "Bellmore"}
    assert Entity.objects.filter(pk__in=[old.pk, new.pk]).count() == 1
    # Re-analysis keeps the editor's merge.
    import_text("Officials in Zharkala said the new plant opened.", "Outlet A", url=a.url)
    assert Mention.objects.get(source=a, text="Zharkala").entity == target
    assert Mention.objects.get(source=b, text="Bellmore").entity == target


def test_splitting_moves_a_spelling_to_a_new_entity(two_outlets):
    tokayev = Entity.objects.get(mentions__text="Qasym-Zhomart Toqaev")
    new = mentions_split(mentions=Mention.objects.filter(text="Qasym-Zhomart Toqaev"))
    assert new != tokayev
    assert set(new.mentions.values_list("text", flat=True)) == {"Qasym-Zhomart Toqaev"}
    assert not tokayev.mentions.filter(text="Qasym-Zhomart Toqaev").exists()
    assert not Discrepancy.objects.filter(entity=tokayev, is_active=True, mentions__text="Qasym-Zhomart Toqaev").exists()


def test_splitting_off_a_variant_retires_the_flag_of_the_source_that_used_both(db):
    import_text("Kassym-Jomart Tokayev met the envoy on Monday. Later, Toqaev said the talks went well.", "Mixed Desk")
    within = Discrepancy.objects.get(label="spelling_within_source")
    mentions_split(mentions=Mention.objects.filter(text="Toqaev"))
    within.refresh_from_db()
    assert not within.is_active


def test_taking_figures_out_of_their_group_clears_the_flag_and_survives_reanalysis(db):
    url = "https://radio-steppe.example/visit"
    import_text(FIRST, "The Weekly Lens")
    second = import_text(SECOND, "Radio Steppe", url=url).source
    flag = Discrepancy.objects.get(kind="figure", figures__text__contains="51")
    figures_regroup(figures=Figure.objects.filter(source=second, text__contains="51"), together=False)
    flag.refresh_from_db()
    assert not flag.is_active
    import_text(SECOND + " Talks went on into the night.", "Radio Steppe", url=url)
    moved = Figure.objects.get(source=second, text__contains="51")
    assert moved.group_locked and moved.group_key.startswith("editor:alone:")
    assert not Discrepancy.objects.filter(kind="figure", is_active=True, figures=moved).exists()


def test_grouping_figures_together_flags_them_when_they_disagree(db):
    import_text("The city planted 300 trees in spring.", "Outlet A")
    import_text("Volunteers counted 900 saplings along the river.", "Outlet B")
    figures = Figure.objects.filter(text__regex=r"(300|900)")
    assert figures.count() == 2
    figures_regroup(figures=figures, together=True)
    flag = Discrepancy.objects.get(kind="figure", is_active=True)
    assert set(flag.figures.all()) == set(figures)


def queries_to_import(text, publisher):
    with CaptureQueriesContext(connection) as ctx:
        import_text(text, publisher)
    return len(ctx)


def test_adding_a_source_costs_the_same_queries_whatever_the_corpus(db):
    import_text(FIRST, "Seed outlet")
    small = queries_to_import(SECOND, "Probe one")
    for n in range(25):
        import_text(f"The mayor of Town{n}ville said {n + 3} bridges were repaired in Region{n}.", f"Filler {n}")
    large = queries_to_import(SECOND.replace("Beijing", "Shanghai"), "Probe two")
    assert large <= small + 2  # flag rows for the probe's own entities, never one per corpus source


def test_names_and_figures_in_many_sources_cost_a_new_source_no_more_queries(db):
    """Flags are written as a difference, whatever they hold: a new source that joins names and
    quantities already in thirty sources costs no more statements than one joining a single source."""
    import_text(FIRST, "Seed outlet")
    small = queries_to_import(SECOND, "Probe one")
    for n in range(30):
        import_text(
            f"Kazakh President Qasym-Zhomart Toqaev arrived in Beijing. Officials said {n + 20} joint projects "
            f"were under way, report {n}.",
            f"Outlet {n}",
        )
    assert Discrepancy.objects.filter(kind="figure", is_active=True).first().figures.count() > 25
    large = queries_to_import(SECOND.replace("51", "52"), "Probe two")
    assert large <= small


def test_editor_can_confirm_a_flag_and_readers_see_it_labelled(client, two_outlets, editor):
    flag = Discrepancy.objects.filter(kind="name").first()
    flags_decide(flags=Discrepancy.objects.filter(pk=flag.pk), status="confirmed", user=editor)
    page = client.get("/discrepancies/")
    assert b"Confirmed by an editor" in page.content
    assert b"Found automatically" in page.content


def test_a_renamed_place_called_by_a_name_it_did_not_hold_is_flagged(db):
    # Between March 2019 and September 2022 the Kazakh capital was called Nur-Sultan.
    import_text("Protesters gathered in Astana on Friday, officials said.", "Outlet A", published=datetime.date(2020, 5, 4))
    import_text("Ministers met in Nur-Sultan on Monday.", "Outlet B", published=datetime.date(2020, 5, 6))
    flag = Discrepancy.objects.get(label="outdated_name")
    assert list(flag.mentions.values_list("text", flat=True)) == ["Astana"]
    assert "Nur-Sultan" in flag.reason


def test_the_name_a_place_held_at_the_time_is_not_flagged(db):
    import_text("Protesters gathered in Astana on Friday, officials said.", "Outlet A", published=datetime.date(2023, 5, 4))
    assert not Discrepancy.objects.filter(label="outdated_name").exists()


def test_figures_from_unrelated_stories_are_not_compared(db):
    import_text("The company Norvale employs 4,000 workers in Texas, its chief Dana Hill said.", "Outlet A")
    import_text("The mine at Cerro Alto employs 900 workers in Chile, manager Luis Vera said.", "Outlet B")
    assert not Discrepancy.objects.filter(kind="figure").exists()


def test_figures_from_one_story_told_by_two_outlets_are_compared(db):
    import_text("The Norvale plant in Texas employs 4,000 workers, its chief Dana Hill said.", "Outlet A")
    import_text("A union count at the Texas plant of Norvale found it employs 2,500 workers.", "Outlet B")
    flag = Discrepancy.objects.get(kind="figure")
    assert set(flag.figures.values_list("text", flat=True)) == {"4,000 workers", "2,500 workers"}


def test_a_new_spelling_is_matched_against_every_spelling_its_candidates_have_used(two_outlets):
    from claims.services.name_analysis import _spellings_of

    entity_ids = set(Mention.objects.exclude(entity=None).values_list("entity_id", flat=True))
    spellings = _spellings_of(entity_ids)
    for entity in Entity.objects.filter(pk__in=entity_ids):
        used = set(Mention.objects.filter(entity=entity).values_list("text", flat=True))
        assert spellings[entity.pk] == used | {entity.name} | set(entity.aliases.values_list("name", flat=True))
    assert any(len(found) > 1 for found in spellings.values())


def test_reanalysis_that_finds_the_same_flags_writes_no_flag(two_outlets):
    from claims.services.detection import analyse_source

    flags = Discrepancy.objects.all()
    assert flags.exists()
    history_before = {flag.pk: (flag.history.count(), flag.updated_at) for flag in flags}
    analyse_source(two_outlets[1])
    assert {flag.pk: (flag.history.count(), flag.updated_at) for flag in flags} == history_before


def test_deleting_a_source_retires_the_flags_that_needed_it(two_outlets, client, django_user_model):
    first, second = two_outlets
    spelled_two_ways = Discrepancy.objects.get(kind="name", label="spelling_across_sources", reason__contains="Toqaev")
    figures = Discrepancy.objects.get(kind="figure", figures__text__contains="51")
    admin_user = django_user_model.objects.create_superuser("ada", password="correct horse battery")
    client.force_login(admin_user)
    response = client.post(f"/admin/claims/source/{first.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302 and not Source.objects.filter(pk=first.pk).exists()
    for flag in (spelled_two_ways, figures):
        flag.refresh_from_db()
        assert not flag.is_active and flag not in Discrepancy.objects.public()
        assert str(first) in {item["source"] for item in flag.evidence}
    # What remains is still read: the second outlet's own spellings are untouched.
    assert second.mentions.filter(text="Qasym-Zhomart Toqaev").exists()
