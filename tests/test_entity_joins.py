"""A source that names one entity by two spellings the desk holds apart joins the two.

The desk places each report's spellings as it comes; the first report to say that two of
them are one name ("Simon Chan Siu-ming (陳小明)") is the evidence the engine would have
used had it read every report at once.
"""

import datetime

import pytest

from claims.models import Discrepancy, Entity, EntityAlias, Mention
from claims.services.curation import flags_decide, mentions_split
from claims.services.imports import SourceInput, import_source

pytestmark = pytest.mark.django_db


def import_text(text, publisher, day=2):
    return import_source(SourceInput(text=text, publisher=publisher, published_on=datetime.date(2024, 5, day))).source


def entity_of(text):
    return Entity.objects.filter(mentions__text=text).distinct().get()


CHAN_HK = "Harbourline chairman Simon Chan Siu-ming (陳小明) said the cold store in Nansha would open in 2026."
CHAN_PRC = "Harbourline chairman Chen Xiaoming (陈小明) told reporters in Guangzhou that Nansha would get a cold store."


@pytest.mark.parametrize("first, second", [(CHAN_HK, CHAN_PRC), (CHAN_PRC, CHAN_HK)])
def test_a_name_in_its_own_script_joins_its_two_romanisations_in_either_order(first, second):
    import_text(first, "Harbour Financial Journal")
    import_text(second, "Pearl Delta Economic News", day=3)
    assert entity_of("Simon Chan Siu-ming") == entity_of("Chen Xiaoming") == entity_of("陈小明") == entity_of("陳小明")
    assert Entity.objects.count() == Entity.objects.filter(mentions__isnull=False).distinct().count()


def test_a_report_using_two_spellings_of_a_city_joins_the_entities_of_two_earlier_reports():
    import_text("The Ennore port authority dredged a new berth this spring.", "Coromandel Business Line")
    import_text("At Ennur, 1,200 welders were hired for the ship-repair yard.", "Western Ports Journal")
    import_text("The Enur yard repaired its first tanker.", "Bay Shipping Daily")
    ennur = entity_of("Ennur")
    assert entity_of("Ennore") != ennur
    old_flag = Discrepancy.objects.get(entity=ennur, is_active=True, label="spelling_across_sources")

    import_text("The yard at Ennore (எண்ணூர்) will repair 40 ships a year.", "Tamil Nadu Dispatch", day=3)

    ennore = entity_of("Ennore")
    assert ennore == entity_of("Ennur") == entity_of("Enur") == entity_of("எண்ணூர்")
    # The entity with more mentions took the other in: its house spelling, slug and flags stay,
    # and its history says what it took in.
    assert (ennore.pk, ennore.name) == (ennur.pk, "Ennur")
    assert ennore.history.latest().history_change_reason == "Took in ennore (joined on import, a source named them as one)"
    assert not Entity.objects.filter(mentions__isnull=True).exists()
    old_flag.refresh_from_db()
    assert old_flag.is_active
    assert set(old_flag.mentions.values_list("text", flat=True)) == {"Ennur", "Enur"}


def test_an_absorbed_entitys_flag_is_found_again_on_the_entity_that_took_it_in():
    import_text("The Ennore port authority dredged a new berth this spring.", "Coromandel Business Line")
    import_text("The Enore berth opened on Monday.", "Bay Shipping Daily")
    absorbed_flag = Discrepancy.objects.get(entity=entity_of("Ennore"), is_active=True, label="spelling_across_sources")
    for day, publisher in enumerate(["Western Ports Journal", "Chennai Freight", "Harbour Week"], start=2):
        import_text("At Ennur, 1,200 welders were hired for the ship-repair yard.", publisher, day)
    ennur = entity_of("Ennur")

    import_text("The yard at Ennore (எண்ணூர்) will repair 40 ships a year.", "Tamil Nadu Dispatch", day=6)

    assert entity_of("Ennore") == entity_of("Enore") == ennur
    absorbed_flag.refresh_from_db()
    assert not absorbed_flag.is_active
    found = Discrepancy.objects.get(entity=ennur, is_active=True, label="spelling_across_sources")
    assert {"Ennore", "Enore"} <= set(found.mentions.values_list("text", flat=True))


def test_a_surname_beside_a_full_name_joins_no_namesake():
    import_text("Ildikó Kovács, the plant director, said the line would restart.", "Pannon Business Daily")
    import_text("Kovács said the union had agreed to the shifts.", "Danube Industry Report")
    namesake = entity_of("Kovács")
    import_text("Péter Kovács of the works council said Kovács had not been consulted.", "Central Europe Energy Monitor")
    assert entity_of("Péter Kovács") != entity_of("Ildikó Kovács")
    assert Entity.objects.filter(pk=namesake.pk).exists()


def test_entities_an_editor_has_worked_on_are_left_to_the_editor(editor):
    import_text("The Ennore port authority dredged a new berth this spring.", "Coromandel Business Line")
    import_text("At Ennur, 1,200 welders were hired for the ship-repair yard.", "Western Ports Journal")
    # The editor once split "Ennur" off by hand.
    mentions_split(mentions=Mention.objects.filter(text="Ennur"))
    ennur = entity_of("Ennur")
    import_text("The yard at Ennore (எண்ணூர்) will repair 40 ships a year.", "Tamil Nadu Dispatch", day=3)
    assert entity_of("Ennur") == ennur
    assert entity_of("Ennore") != ennur


def test_an_entity_with_a_decided_flag_is_left_to_the_editor(editor):
    import_text("The Ennore port authority dredged a new berth this spring.", "Coromandel Business Line")
    import_text("The Enore berth opened on Monday.", "Bay Shipping Daily")
    ennore = entity_of("Ennore")
    flag = Discrepancy.objects.get(entity=ennore, is_active=True, label="spelling_across_sources")
    flags_decide(flags=[flag], status="dismissed", note="A typing slip, corrected.", user=editor)
    import_text("At Ennur, 1,200 welders were hired for the ship-repair yard.", "Western Ports Journal")
    ennur = entity_of("Ennur")
    assert ennur != ennore
    import_text("The yard at Ennore (எண்ணூர்) will repair 40 ships a year.", "Tamil Nadu Dispatch", day=3)
    assert entity_of("Ennur") == ennur
    assert entity_of("Ennore") == ennore
    flag.refresh_from_db()
    assert (flag.status, flag.is_active) == ("dismissed", True)


def test_an_absorbed_entitys_aliases_move_to_the_entity_that_took_it_in():
    import_text("Kirovabad, as Ganja was called until 1989, hosted the textile fair.", "Caspian Business News")
    import_text("In Gyandzha, the textile fair drew 300 firms.", "South Caucasus Trade Monitor")
    import_text("Ganja (Гянджа) will host the textile fair again.", "Caucasus Industry Review", day=3)
    ganja = entity_of("Ganja")
    assert ganja == entity_of("Gyandzha") == entity_of("Гянджа")
    assert EntityAlias.objects.filter(entity__in=Entity.objects.exclude(pk=ganja.pk)).count() == 0


def test_the_address_of_a_joined_entity_leads_to_the_one_that_took_it_in(client):
    import_text("The Ennore port authority dredged a new berth this spring.", "Coromandel Business Line")
    for day, publisher in enumerate(["Western Ports Journal", "Chennai Freight"], start=2):
        import_text("At Ennur, 1,200 welders were hired for the ship-repair yard.", publisher, day)
    absorbed_slug = entity_of("Ennore").slug
    import_text("The yard at Ennore (எண்ணூர்) will repair 40 ships a year.", "Tamil Nadu Dispatch", day=6)
    ennur = entity_of("Ennore")
    assert ennur.slug != absorbed_slug

    page = client.get(f"/entities/{absorbed_slug}/")
    assert (page.status_code, page["Location"]) == (301, ennur.get_absolute_url())
    assert client.get(page["Location"]).status_code == 200
    api = client.get(f"/api/entities/{absorbed_slug}/")
    assert (api.status_code, api["Location"]) == (301, f"/api/entities/{ennur.slug}/")
    assert client.get("/entities/no-such-name/").status_code == 404
    assert client.get("/api/entities/no-such-name/").status_code == 404


def test_an_address_survives_two_merges_and_is_never_given_to_a_new_name(client, editor):
    from claims.services.curation import entities_merge

    import_text("Kirovabad, as Ganja was called until 1989, hosted the textile fair.", "Caspian Business News")
    import_text("In Gyandzha, the textile fair drew 300 firms.", "South Caucasus Trade Monitor")
    import_text("In Gyandzha, 40 looms were sold. Gyandzha is busy.", "Baku Textile Weekly")
    first, second = entity_of("Ganja"), entity_of("Gyandzha")
    first_slug = first.slug
    entities_merge(entities=Entity.objects.filter(pk__in=[first.pk, second.pk]))
    # Then the merged entity is itself taken in, by a name with more mentions: the address it
    # had taken in must follow it.
    third = import_text(
        "Yevlakh hosted the textile fair. Yevlakh drew 20 firms; Yevlakh, Yevlakh and Yevlakh sold looms. "
        "Yevlakh is busy.",
        "Caspian Business News",
        day=4,
    )
    yevlakh = Entity.objects.filter(mentions__source=third, mentions__text="Yevlakh").distinct().get()
    assert entities_merge(entities=Entity.objects.filter(pk__in=[second.pk, yevlakh.pk])) == yevlakh

    page = client.get(f"/entities/{first_slug}/")
    assert (page.status_code, page["Location"]) == (301, yevlakh.get_absolute_url())
    assert client.get(f"/entities/{second.slug}/")["Location"] == yevlakh.get_absolute_url()
    # A new name spelled like the absorbed one gets an address of its own.
    from claims.services.detection import new_entity

    assert new_entity("Ganja").slug != first_slug


def test_an_editor_renaming_an_address_in_the_admin_keeps_the_old_one_working(client, editor):
    from django.urls import reverse

    from tests.admin_forms import admin_post_data

    import_text("In Gyandzha, the textile fair drew 300 firms.", "South Caucasus Trade Monitor")
    entity = entity_of("Gyandzha")
    old_slug = entity.slug
    client.force_login(editor)
    url = reverse("admin:claims_entity_change", args=[entity.pk])
    response = client.post(url, admin_post_data(client.get(url), {"name": "Ganja", "slug": "ganja", "kind": "place"}))
    assert response.status_code == 302
    client.logout()
    page = client.get(f"/entities/{old_slug}/")
    assert (page.status_code, page["Location"]) == (301, "/entities/ganja/")


def test_editors_find_the_names_joined_on_import_in_the_admin(client, editor):
    from django.urls import reverse

    import_text("The Ennore port authority dredged a new berth this spring.", "Coromandel Business Line")
    for day, publisher in enumerate(["Western Ports Journal", "Chennai Freight"], start=2):
        import_text("At Ennur, 1,200 welders were hired for the ship-repair yard.", publisher, day)
    import_text("Cranes at Kattupalli worked through the night.", "Harbour Week", day=4)
    import_text("The yard at Ennore (எண்ணூர்) will repair 40 ships a year.", "Tamil Nadu Dispatch", day=6)
    client.force_login(editor)
    url = reverse("admin:claims_entity_changelist")
    joined = client.get(url, {"took_in": "yes"})
    assert [entity.name for entity in joined.context["cl"].result_list] == ["Ennur"]
    others = {entity.name for entity in client.get(url, {"took_in": "no"}).context["cl"].result_list}
    assert "Kattupalli" in others and "Ennur" not in others
