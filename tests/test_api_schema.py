"""The OpenAPI schema at /api/openapi.json is valid, describes every endpoint, and the
API keeps to it: a property-based run (schemathesis) finds no server error."""

import datetime

import hypothesis
import pytest
import schemathesis
from django.core import signals
from django.core.handlers.wsgi import WSGIHandler
from django.core.management import call_command
from django.db import close_old_connections
from hypothesis import strategies
from openapi_spec_validator import validate
from schemathesis import GenerationMode
from schemathesis.specs.openapi.checks import positive_data_acceptance

from claims.models import EntityAlias, EvidenceLink
from tests.factories import make_claim, make_name_flag, make_source, make_verified_claim

pytestmark = pytest.mark.django_db


def test_the_schema_is_valid_openapi_3(client, db):
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    spec = response.json()
    assert spec["openapi"].startswith("3.")
    validate(spec)  # raises on any violation of the OpenAPI specification


def test_the_schema_describes_every_endpoint_and_only_reads(client, db):
    paths = client.get("/api/openapi.json").json()["paths"]
    for resource, key in [("claims", "slug"), ("verdicts", "id"), ("sources", "id"), ("entities", "slug"), ("discrepancies", "id")]:
        assert set(paths[f"/api/{resource}/"]) == {"get"}
        assert set(paths[f"/api/{resource}/{{{key}}}/"]) == {"get"}
    claim_filters = {parameter["name"] for parameter in paths["/api/claims/"]["get"]["parameters"]}
    assert {"q", "rating", "topic", "claimant", "source", "publisher", "has_discrepancies", "page", "page_size"} <= claim_filters


def test_the_schema_is_generated_without_a_warning(tmp_path, db):
    # --fail-on-warn: an unresolvable field or enum name fails here, not in a client's code generator.
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(tmp_path / "schema.yaml"))


@pytest.fixture
def desk(db, editor, reviewer):
    """A little of everything, and a draft and a dismissed flag that must never show.
    Returns the path parameters of one real object per detail endpoint."""
    source = make_source(publisher="The Weekly Lens", published_on=datetime.date(2019, 9, 11))
    claim = make_verified_claim(author=editor, reviewer=reviewer, source=source, rating="mixed")
    EvidenceLink.objects.create(claim=claim, title="A list", url="https://example.org/list")
    make_claim(author=editor, text="A draft, to make sure it never shows.")
    flag = make_name_flag(claims=[claim])
    claim.entities.add(flag.entity)
    EntityAlias.objects.create(entity=flag.entity, name="Tokaev", held_until=datetime.date(2019, 3, 1))
    make_name_flag(spellings=("Nazarbayev", "Nazarbaev"), status="dismissed")
    return {
        "/api/claims/{slug}/": {"slug": claim.slug},
        "/api/verdicts/{id}/": {"id": claim.verdict.pk},
        "/api/sources/{id}/": {"id": source.pk},
        "/api/entities/{slug}/": {"slug": flag.entity.slug},
        "/api/discrepancies/{id}/": {"id": flag.pk},
    }


@pytest.fixture
def api_schema(desk, settings):
    """The schema as the real WSGI application serves it; cases are sent through it too."""
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "localhost"]  # the host schemathesis sends
    # The WSGI handler's end-of-request hook would close the connection that holds this
    # test's transaction; Django's test client unhooks it for the same reason.
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        yield schemathesis.openapi.from_wsgi("/api/openapi.json", WSGIHandler())
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)


OPERATIONS = [
    "/api/claims/", "/api/claims/{slug}/",
    "/api/verdicts/", "/api/verdicts/{id}/",
    "/api/sources/", "/api/sources/{id}/",
    "/api/entities/", "/api/entities/{slug}/",
    "/api/discrepancies/", "/api/discrepancies/{id}/",
]


def test_the_schema_lists_exactly_the_operations_fuzzed_below(client, db):
    assert sorted(client.get("/api/openapi.json").json()["paths"]) == sorted(OPERATIONS)


# Schemathesis's own pytest loader does not run on this pytest; its Hypothesis strategies
# do, inside an ordinary test that has the database and the personas. Bounded and
# derandomized: the same few hundred requests on every run.
@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=["valid", "invalid"])
@pytest.mark.parametrize("path", OPERATIONS)
def test_the_api_keeps_to_its_schema_and_never_fails(api_schema, desk, path, mode):
    operation = api_schema[path]["GET"]
    cases = operation.as_strategy(generation_mode=mode)
    if path in desk and mode is GenerationMode.POSITIVE:
        # Drawn identifiers almost never exist: check real objects' answers against the schema too.
        cases = strategies.one_of(cases, operation.as_strategy(path_parameters=desk[path]))
    # A topic or claimant slug that names nobody is refused (400), which no schema can say in
    # advance; every other check, server errors first, holds everywhere.
    excluded = [positive_data_acceptance] if path == "/api/claims/" else []

    @hypothesis.given(case=cases)
    @hypothesis.settings(
        max_examples=25, deadline=None, derandomize=True, database=None,
        suppress_health_check=[hypothesis.HealthCheck.too_slow, hypothesis.HealthCheck.filter_too_much],
    )
    def run(case):
        case.call_and_validate(excluded_checks=excluded)

    run()
