"""A malformed filter, page or address gets a clear JSON answer, never a server error."""

import pytest

from tests.factories import make_verified_claim

pytestmark = pytest.mark.django_db

LISTS = ["/api/claims/", "/api/verdicts/", "/api/sources/", "/api/entities/", "/api/discrepancies/"]


@pytest.fixture
def published(editor, reviewer):
    return make_verified_claim(author=editor, reviewer=reviewer)


@pytest.mark.parametrize(
    ("url", "query", "parameter"),
    [
        ("/api/claims/", {"rating": "brilliant"}, "rating"),
        ("/api/claims/", {"topic": "no-such-topic"}, "topic"),
        ("/api/claims/", {"source": "abc"}, "source"),
        ("/api/claims/", {"source": "-4"}, "source"),
        ("/api/claims/", {"source": "99999999999999999999999"}, "source"),
        ("/api/claims/", {"verified_after": "yesterday"}, "verified_after"),
        ("/api/claims/", {"has_discrepancies": "maybe"}, "has_discrepancies"),
        ("/api/claims/", {"q": "x" * 5000}, "q"),
        ("/api/sources/", {"published_before": "2019-13-45"}, "published_before"),
        ("/api/entities/", {"kind": "planet"}, "kind"),
        ("/api/discrepancies/", {"status": "dismissed"}, "status"),
        ("/api/verdicts/", {"rating": "meh"}, "rating"),
        ("/api/claims/", {"page": "zzz"}, "page"),
        ("/api/claims/", {"page": "0"}, "page"),
        ("/api/claims/", {"page": "-1"}, "page"),
        ("/api/claims/", {"page": "1e999"}, "page"),
        ("/api/claims/", {"page": "99999999999999999999999"}, "page"),
        ("/api/claims/", {"page": "٣"}, "page"),  # a digit, but not one the API reads
        ("/api/sources/", {"page_size": "0"}, "page_size"),
        ("/api/sources/", {"page_size": "101"}, "page_size"),
        ("/api/sources/", {"page_size": "ten"}, "page_size"),
    ],
)
def test_a_malformed_parameter_is_a_400_naming_it(client, published, url, query, parameter):
    response = client.get(url, query)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    messages = response.json()[parameter]
    assert messages and all(isinstance(message, str) and message for message in messages)


def test_a_page_past_the_end_is_a_404_saying_where_the_end_is(client, published):
    response = client.get("/api/claims/", {"page": 3})
    assert response.status_code == 404
    assert response.json() == {"detail": "There is no page 3: the last page is 1."}


def test_an_empty_list_has_one_empty_page(client, db):
    assert client.get("/api/claims/", {"page": 1}).json() == {"count": 0, "next": None, "previous": None, "results": []}


@pytest.mark.parametrize(
    "url",
    [
        "/api/claims/no-such-claim/",
        "/api/sources/99999999999999999999999/",
        "/api/sources/0/",
        "/api/entities/nobody/",
        "/api/discrepancies/99999999999999999999999/",
        "/api/verdicts/12345/",
    ],
)
def test_an_unknown_object_is_a_json_404(client, db, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "detail" in response.json()


@pytest.mark.parametrize("url", ["/api/sources/abc/", "/api/claims/%C3%A9t%C3%A9/", "/api/verdicts/-1/", "/api/nothing/here/"])
def test_an_address_of_the_wrong_shape_is_a_json_404(client, db, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "/api/" in response.json()["detail"]


def test_an_address_without_its_slash_is_redirected_to_it(client, db):
    response = client.get("/api/claims", {"rating": "mixed"})
    assert response.status_code == 301
    assert response["Location"] == "/api/claims/?rating=mixed"


@pytest.mark.parametrize("url", LISTS)
@pytest.mark.parametrize(
    "query_string",
    ["q=%00abc", "%00=1", "rating=%ff%fe", "publisher=" + "a" * 3000, "page=1&page=zz", "kind=%00", "format=xml"],
)
def test_odd_query_strings_never_cause_a_server_error(client, published, url, query_string):
    assert client.get(f"{url}?{query_string}").status_code < 500
