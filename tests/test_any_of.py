"""AnyOf: a long id list as one array parameter on PostgreSQL, plain IN elsewhere; same rows."""

import pytest
from django.db import connection
from django.db.models import F
from django.test.utils import CaptureQueriesContext

from claims.models import Source
from claims.services.name_analysis import AnyOf

pytestmark = pytest.mark.django_db


def test_any_of_selects_exactly_the_ids_given_in_one_parameter_on_postgresql():
    sources = [Source.objects.create(publisher=f"Outlet {n}", text=f"Text {n}.", content_hash=f"h{n}") for n in range(6)]
    wanted = {sources[0].pk, sources[3].pk, sources[5].pk, 10**9}
    with CaptureQueriesContext(connection) as ctx:
        found = set(Source.objects.filter(AnyOf(F("pk"), wanted)).values_list("pk", flat=True))
    assert found == wanted - {10**9}
    if connection.vendor == "postgresql":
        assert "= ANY(" in ctx.captured_queries[0]["sql"]
    assert not Source.objects.filter(AnyOf(F("pk"), [])).exists()
