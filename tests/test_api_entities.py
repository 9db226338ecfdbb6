"""The API's names: the house spelling, how each source spells it, its other names
with their dates, and only published claims."""

import datetime

import pytest

from claims.models import Entity, EntityAlias
from tests.factories import make_claim, make_name_flag, make_verified_claim

pytestmark = pytest.mark.django_db


def test_an_entity_lists_each_spelling_once_per_source(client, db):
    flag = make_name_flag(spellings=("Kassym-Jomart Tokayev", "Qasym-Zhomart Toqaev"))
    first, second = flag.mentions.order_by("pk")
    # The same spelling twice in one source is one spelling of that source.
    source = first.source
    source.text += f" {first.text} spoke first."
    source.save()
    start = source.text.rindex(first.text)
    source.mentions.create(entity=flag.entity, text=first.text, start=start, end=start + len(first.text))
    body = client.get("/api/entities/", {"kind": "person"}).json()
    [item] = body["results"]
    assert item["name"] == "Kassym-Jomart Tokayev"
    assert item["spellings"] == [
        {"text": "Kassym-Jomart Tokayev", "source_id": first.source_id, "publisher": first.source.publisher},
        {"text": "Qasym-Zhomart Toqaev", "source_id": second.source_id, "publisher": second.source.publisher},
    ]


def test_an_entity_detail_has_aliases_published_claims_and_public_flags(client, editor, reviewer):
    flag = make_name_flag(spellings=("Nur-Sultan", "Astana"))
    entity = flag.entity
    EntityAlias.objects.create(entity=entity, name="Astana", held_until=datetime.date(2019, 3, 22))
    published = make_verified_claim(author=editor, reviewer=reviewer, text="The capital was renamed.")
    draft = make_claim(author=editor, text="A draft about the capital.")
    entity.claims.add(published, draft)
    body = client.get(f"/api/entities/{entity.slug}/").json()
    assert body["aliases"] == [{"name": "Astana", "held_from": None, "held_until": "2019-03-22", "note": ""}]
    assert [claim["slug"] for claim in body["claims"]] == [published.slug]
    assert [item["id"] for item in body["discrepancies"]] == [flag.pk]
    assert {spelling["text"] for spelling in body["spellings"]} == {"Nur-Sultan", "Astana"}


def test_entities_filter_by_name_and_kind(client, db):
    make_name_flag(spellings=("Kassym-Jomart Tokayev", "Qasym-Zhomart Toqaev"))
    Entity.objects.create(name="Beijing", slug="beijing", kind=Entity.Kind.PLACE)
    assert [item["slug"] for item in client.get("/api/entities/", {"q": "jing"}).json()["results"]] == ["beijing"]
    assert [item["name"] for item in client.get("/api/entities/", {"kind": "person"}).json()["results"]] == ["Kassym-Jomart Tokayev"]


@pytest.mark.parametrize("n", [1, 8])
def test_the_entity_list_costs_the_same_queries_whatever_the_page_size(client, db, django_assert_num_queries, n):
    for i in range(n):
        make_name_flag(spellings=(f"Name{i} Tokayev", f"Name{i} Toqaev"))
    with django_assert_num_queries(3):  # count, page, spellings of the page
        body = client.get("/api/entities/", {"page_size": 100}).json()
    assert len(body["results"]) == n


@pytest.mark.parametrize("n", [1, 5])
def test_an_entity_detail_costs_the_same_queries_whatever_it_carries(client, editor, reviewer, django_assert_num_queries, n):
    entity = make_name_flag().entity
    for i in range(n):
        claim = make_verified_claim(author=editor, reviewer=reviewer, text=f"Claim {i} about one man.")
        entity.claims.add(claim)
        entity.aliases.create(name=f"Alias {i}")
    with django_assert_num_queries(5):  # entity, aliases, claims, flags, spellings
        client.get(f"/api/entities/{entity.slug}/")
