"""Public pages are cached for anonymous readers, and a change to the desk is visible at once:
a cached page is never served after a claim, verdict, flag or source changes."""

import pytest
from django.contrib import messages
from django.core.cache import caches
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.template import engines
from django.test import RequestFactory
from django.urls import reverse

from claims.caching import cached_for_readers, content_version
from claims.models import Claim, Discrepancy, Topic, Verdict
from claims.services.curation import flags_decide
from claims.services.imports import SourceInput, import_source
from claims.services.review import claim_submit, claim_verify
from claims.services.verdicts import verdict_save
from tests.factories import make_claim, make_name_flag, make_source, make_verified_claim

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 300
    # The versions of this test alone: the machine-wide file is shared with other test runs.
    settings.CACHES = settings.CACHES | {
        "versions": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "test-page-versions"}
    }
    caches["default"].clear()
    caches["versions"].clear()
    yield
    caches["default"].clear()


@pytest.fixture
def published(editor, reviewer):
    return make_verified_claim(author=editor, reviewer=reviewer, text="Twelve schools opened in the region this year.")


def test_a_second_anonymous_visit_is_served_without_a_query(client, published, django_assert_num_queries):
    first = client.get("/")
    with django_assert_num_queries(0):
        second = client.get("/")
    assert second.status_code == 200
    assert second.content == first.content


def test_browsers_are_not_told_to_keep_the_page(client, published):
    client.get("/")
    response = client.get("/")
    assert "max-age" not in response.get("Cache-Control", "")
    assert "Expires" not in response


def test_security_headers_come_with_a_cached_page(client, published):
    client.get(published.get_absolute_url())
    response = client.get(published.get_absolute_url())
    assert "Content-Security-Policy" in response
    assert response["X-Frame-Options"] == "DENY"


def test_a_claim_verified_appears_on_the_list_at_once(client, editor, reviewer, published):
    claim = make_claim(author=editor, text="Forty bridges were repaired last spring.")
    assert b"Forty bridges" not in client.get("/").content  # cached without it
    claim_submit(claim=claim, user=editor)
    claim_verify(claim=claim, reviewer=reviewer)
    assert b"Forty bridges" in client.get("/").content


def test_a_corrected_verdict_shows_at_once(client, editor, second_editor, published):
    url = published.get_absolute_url()
    assert b"Summary" in client.get(url).content
    verdict = Verdict.objects.get(claim=published)
    verdict.rating, verdict.summary = Verdict.Rating.FALSE, "The ministry counted nine schools, not twelve."
    verdict_save(verdict=verdict, user=second_editor, correction_reason="The ministry sent its final count.")
    response = client.get(url)
    assert b"The ministry counted nine schools" in response.content
    assert b"The ministry sent its final count." in response.content


def test_a_dismissed_flag_leaves_the_pages_at_once(client, editor, published):
    flag = make_name_flag(claims=[published])
    index = reverse("claims:discrepancy_list")
    assert flag.reason.encode() in client.get(index).content
    assert flag.reason.encode() in client.get(published.get_absolute_url()).content
    flags_decide(flags=Discrepancy.objects.filter(pk=flag.pk), status=Discrepancy.Status.DISMISSED, user=editor)
    assert flag.reason.encode() not in client.get(index).content
    assert flag.reason.encode() not in client.get(published.get_absolute_url()).content


def test_a_reimported_source_shows_its_new_text_at_once(client, db):
    source = make_source("The council said 12 new schools had opened in Almaty this year.", url="https://news.example.org/schools")
    assert b"12 new schools" in client.get(source.get_absolute_url()).content
    import_source(SourceInput(
        text="The council said 14 new schools had opened in Almaty this year.",
        publisher=source.publisher, url="https://news.example.org/schools",
    ))
    response = client.get(source.get_absolute_url())
    assert b"14 new schools" in response.content
    assert b"12 new schools" not in response.content


def test_any_write_by_a_logged_in_editor_drops_the_cached_pages(client, as_user, editor, published):
    # The admin saves many things directly (here a topic's name), not through a service.
    assert b"Education" in client.get("/").content
    version = content_version()
    Topic.objects.filter(pk=published.topic_id).update(name="Schooling")
    as_user(editor).post(reverse("admin:claims_topic_change", args=[published.topic_id]),
                         {"name": "Schooling", "slug": published.topic.slug})
    client.logout()
    assert content_version() != version
    assert b"Schooling" in client.get("/").content


def test_an_anonymous_post_does_not_empty_the_cache(client, published):
    version = content_version()
    client.post("/", {"x": "1"})
    client.post(reverse("admin:login"), {"username": "nobody", "password": "wrong"})
    assert content_version() == version


def test_a_logged_in_reader_is_never_served_or_given_a_cached_page(client, reader_account, published, django_assert_max_num_queries):
    client.force_login(reader_account)
    client.get("/")
    Claim.objects.filter(pk=published.pk).update(text="Rewritten while nobody bumped the version.")
    assert b"Rewritten while nobody" in client.get("/").content  # rendered afresh for a logged-in user
    client.logout()
    with django_assert_max_num_queries(10):
        response = client.get("/")
    assert b"Rewritten while nobody" in response.content  # the logged-in page was never stored


def test_each_address_and_filter_is_its_own_page(client, editor, reviewer, published):
    make_verified_claim(author=editor, reviewer=reviewer, text="A false claim about bridges.", rating="false")
    everything = client.get("/").content
    only_false = client.get("/?rating=false").content
    assert everything != only_false
    assert b"Twelve schools" not in only_false


# --- what is never stored --------------------------------------------------------------------


def _render(request, body="{{ x }}"):
    return HttpResponse(engines["django"].from_string(body).render({"x": "page"}, request))


def _counting(view):
    calls = []

    @cached_for_readers
    def counted(request):
        calls.append(request)
        return view(request)

    return counted, calls


def _anonymous_get(path="/cache-probe/"):
    from django.contrib.auth.models import AnonymousUser

    request = RequestFactory().get(path)
    request.user = AnonymousUser()
    return request


def test_a_page_with_a_csrf_token_is_never_stored(db):
    view, calls = _counting(lambda request: HttpResponse(get_token(request)))
    view(_anonymous_get())
    view(_anonymous_get())
    assert len(calls) == 2


def test_a_page_that_shows_a_message_is_never_stored(db):
    from django.contrib.messages.storage.fallback import FallbackStorage

    def with_message(request):
        request.session = {}
        request._messages = FallbackStorage(request)
        messages.info(request, "Saved.")
        return HttpResponse("page")

    view, calls = _counting(with_message)
    view(_anonymous_get())
    view(_anonymous_get())
    assert len(calls) == 2


def test_a_reader_with_a_message_waiting_is_never_served_from_the_cache(db):
    view, calls = _counting(lambda request: HttpResponse("page"))
    view(_anonymous_get())
    waiting = _anonymous_get()
    waiting.COOKIES["messages"] = "anything"
    view(waiting)
    assert len(calls) == 2


def test_a_page_that_used_a_csp_nonce_is_never_stored(db):
    from django.utils.csp import LazyNonce

    def with_nonce(request):
        return HttpResponse(f'<script nonce="{request._csp_nonce}"></script>')

    view, calls = _counting(with_nonce)
    for _ in range(2):
        request = _anonymous_get()
        request._csp_nonce = LazyNonce()
        view(request)
    assert len(calls) == 2


def test_an_error_page_is_never_stored(db):
    view, calls = _counting(lambda request: HttpResponse("gone", status=404))
    view(_anonymous_get())
    view(_anonymous_get())
    assert len(calls) == 2


def test_caching_can_be_turned_off(settings, db):
    settings.PAGE_CACHE_SECONDS = 0
    view, calls = _counting(lambda request: HttpResponse("page"))
    view(_anonymous_get())
    view(_anonymous_get())
    assert len(calls) == 2


# --- conditional GET: browsers revalidate instead of keeping pages --------------------------


@pytest.mark.parametrize("cache_seconds", [300, 0])
def test_a_browser_that_has_the_page_gets_a_304(client, settings, published, cache_seconds):
    settings.PAGE_CACHE_SECONDS = cache_seconds
    for url in ["/", published.get_absolute_url(), reverse("claims:discrepancy_list")]:
        etag = client.get(url)["ETag"]
        again = client.get(url, HTTP_IF_NONE_MATCH=etag)
        assert again.status_code == 304, url
        assert again.content == b""


def test_after_a_change_the_old_etag_gets_the_new_page(client, editor, second_editor, published):
    url = published.get_absolute_url()
    etag = client.get(url)["ETag"]
    verdict = Verdict.objects.get(claim=published)
    verdict.rating, verdict.summary = Verdict.Rating.FALSE, "Nine schools, not twelve."
    verdict_save(verdict=verdict, user=second_editor, correction_reason="Final count.")
    response = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert b"Nine schools, not twelve." in response.content


def test_a_response_rendered_after_the_view_is_stored_once_rendered(db):
    from django.template.response import TemplateResponse

    def lazily_rendered(request):
        return TemplateResponse(request, engines["django"].from_string("rendered later"), {})

    view, calls = _counting(lazily_rendered)
    first = view(_anonymous_get())
    assert first.render().content == b"rendered later"
    second = view(_anonymous_get())
    assert second.content == b"rendered later"
    assert len(calls) == 1


def test_a_feed_is_cached_and_shows_a_newly_verified_claim_at_once(client, editor, reviewer, published, django_assert_num_queries):
    feed = reverse("claims:feed_claims")
    client.get(feed)
    with django_assert_num_queries(0):
        assert published.text.encode() in client.get(feed).content
    claim = make_claim(author=editor, text="Thirty clinics opened in the north.")
    claim_submit(claim=claim, user=editor)
    claim_verify(claim=claim, reviewer=reviewer)
    assert b"Thirty clinics opened in the north." in client.get(feed).content
