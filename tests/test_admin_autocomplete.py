"""The admin's autocomplete boxes page through an ordered list.

Source and entity admins annotate counts, and Django drops a model's default ordering from any
query with GROUP BY: unordered, the autocomplete's pages could repeat or skip a row (Django
warns with UnorderedObjectListWarning).
"""

import warnings
from datetime import date

import pytest
from django.core.paginator import UnorderedObjectListWarning
from django.urls import reverse

from claims.models import Entity
from tests.factories import make_source


def autocomplete(client, model_name, field_name, term=""):
    with warnings.catch_warnings():
        warnings.simplefilter("error", UnorderedObjectListWarning)
        return client.get(
            reverse("admin:autocomplete"),
            {"app_label": "claims", "model_name": model_name, "field_name": field_name, "term": term},
        )


@pytest.mark.django_db
def test_source_autocomplete_lists_newest_first(as_user, editor):
    older = make_source("Ferry fares rose by a tenth in January.", publisher="Harbour Gazette", headline="Ferry fares", published_on=date(2024, 1, 5))
    newer = make_source("The winter timetable drops two sailings.", publisher="Harbour Gazette", headline="Ferry timetable", published_on=date(2024, 3, 9))
    response = autocomplete(as_user(editor), "appearance", "source", "Harbour")
    assert response.status_code == 200
    assert [r["id"] for r in response.json()["results"]] == [str(newer.pk), str(older.pk)]


@pytest.mark.django_db
def test_entity_autocomplete_lists_by_name(as_user, editor):
    for name in ["Zhanaozen", "Aktobe", "Mangystau"]:
        Entity.objects.create(name=name, slug=name.lower())
    response = autocomplete(as_user(editor), "claim", "entities")
    assert response.status_code == 200
    assert [r["text"] for r in response.json()["results"]] == ["Aktobe", "Mangystau", "Zhanaozen"]
