"""Public pages carry an ETag (and feeds a Last-Modified), so a reader's browser, a feed reader
or a crawler revalidates instead of downloading again: a matching If-None-Match is a 304, and
a page whose content changed is sent in full with a new ETag."""

import pytest
from django.core.cache import caches
from django.urls import reverse

from claims.models import Verdict
from tests.factories import make_name_flag, make_verified_claim

pytestmark = pytest.mark.django_db


@pytest.fixture
def desk(editor, reviewer):
    claim = make_verified_claim(author=editor, reviewer=reviewer, text="Twelve schools opened in the region this year.")
    flag = make_name_flag(claims=[claim])
    return {
        "claim": claim.get_absolute_url(),
        "source": claim.sources.first().get_absolute_url(),
        "entity": flag.entity.get_absolute_url(),
    }


PUBLIC_URLS = [
    "/", "/?q=schools", "claim", "source", "entity", "/discrepancies/", "/how-we-rate/", "/method/",
    "/corrections/", "/search/?q=schools", "/feeds/claims/", "/feeds/corrections/", "/sitemap.xml", "/robots.txt",
]


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_a_public_page_answers_304_to_a_matching_etag(client, desk, url):
    url = desk.get(url, url)
    first = client.get(url)
    assert first.status_code == 200
    etag = first.get("ETag")
    assert etag, url
    assert client.get(url).get("ETag") == etag, "the same content must give the same ETag"
    again = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304, url
    assert again.content == b""
    assert again["ETag"] == etag


@pytest.mark.parametrize("url", ["/", "claim", "/feeds/claims/"])
def test_a_page_whose_content_changed_is_sent_in_full(client, desk, url):
    url = desk.get(url, url)
    etag = client.get(url)["ETag"]
    Verdict.objects.update(summary="A rewritten summary.")
    changed = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert changed["ETag"] != etag
    assert b"A rewritten summary." in changed.content


def test_a_stale_etag_from_another_page_is_not_a_match(client, desk):
    etag = client.get("/method/")["ETag"]
    assert client.get("/how-we-rate/", HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_a_feed_answers_304_to_if_modified_since(client, desk):
    first = client.get(reverse("claims:feed_claims"))
    assert first.get("Last-Modified")
    again = client.get(reverse("claims:feed_claims"), HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert again.status_code == 304


def test_a_page_served_from_the_page_cache_revalidates_alike(client, desk, settings):
    settings.PAGE_CACHE_SECONDS = 300
    settings.CACHES = settings.CACHES | {
        "versions": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "conditional-get-versions"}
    }
    caches["default"].clear()
    try:
        rendered = client.get(desk["claim"])
        cached = client.get(desk["claim"])
        assert cached.content == rendered.content and cached["ETag"] == rendered["ETag"]
        assert client.get(desk["claim"], HTTP_IF_NONE_MATCH=rendered["ETag"]).status_code == 304
    finally:
        caches["default"].clear()


def test_a_missing_page_is_never_a_304(client, desk):
    missing = client.get("/claims/no-such-claim/")
    assert missing.status_code == 404
    assert client.get("/claims/no-such-claim/", HTTP_IF_NONE_MATCH=missing.get("ETag", '"x"')).status_code == 404
