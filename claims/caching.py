"""Whole public pages cached for anonymous readers, and dropped the moment the desk changes.

Every cached page is stored under the current *content version*. Any write a reader could
see (a claim verified or sent back, a verdict corrected, a flag decided, a source imported
again, anything an editor saves in the admin) sets a new version, so every page cached
before it becomes unreachable at once: no list of keys to delete, no expiry to guess.

Pages live in the "default" cache (each process's memory, or Redis); the version lives in
the "versions" cache, which every worker on the machine shares (Redis, or a small file),
so an edit made through one worker is seen by all of them on their next request.

Only anonymous GETs are cached, and never a page that carries something per reader: a CSRF
token, a flash message or a CSP nonce. Caching is server-side only: browsers are not told to
keep pages, they revalidate them with the ETag that ConditionalGetMiddleware adds.
"""

import hashlib
import secrets
from functools import wraps

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import caches
from django.db import transaction
from django.http import HttpResponse

VERSION_KEY = "public-pages:version"


def content_version() -> str:
    store = caches["versions"]
    version = store.get(VERSION_KEY)
    if version is None:
        # A fresh random value, never a counter: an evicted or lost version must not come
        # back as a value some worker already cached pages under.
        store.add(VERSION_KEY, secrets.token_hex(8), timeout=None)
        version = store.get(VERSION_KEY)
    return version


def _new_version() -> None:
    caches["versions"].set(VERSION_KEY, secrets.token_hex(8), timeout=None)


def public_pages_changed() -> None:
    """Call from every write readers could see. The version changes now, so this process never
    serves an old page, and again once the transaction commits, so a page a reader rendered
    from the old rows while the write was still uncommitted is never served either."""
    _new_version()
    transaction.on_commit(_new_version)


def _is_anonymous_read(request) -> bool:
    if request.method not in ("GET", "HEAD"):
        return False
    if CookieStorage.cookie_name in request.COOKIES:
        return False  # a flash message waits for this reader: render it, for them alone
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return not request.user.is_authenticated and "_messages" not in request.session
    return True


def _carries_something_per_reader(request, response) -> bool:
    messages = getattr(request, "_messages", None)
    return bool(
        request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        or request.META.get("CSRF_COOKIE_USED")
        or getattr(request, "_csp_nonce", None)  # false until a template asks for the nonce
        or (messages is not None and (messages.used or messages._queued_messages))
        or response.cookies
    )


def _page_key(request) -> str:
    # Host and scheme too: pages carry absolute links (JSON-LD, feeds, canonical URLs).
    where = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    return f"page:{content_version()}:{hashlib.sha256(where.encode()).hexdigest()}"


def cached_for_readers(view):
    """Serve an anonymous reader the page as last rendered for the current content version."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        seconds = settings.PAGE_CACHE_SECONDS
        if seconds <= 0 or not _is_anonymous_read(request):
            return view(request, *args, **kwargs)
        key = _page_key(request)
        pages = caches["default"]
        stored = pages.get(key)
        if stored is not None:
            content, content_type = stored
            return HttpResponse(content, content_type=content_type)
        response = view(request, *args, **kwargs)

        def store(response):
            if response.status_code == 200 and not response.streaming and not _carries_something_per_reader(request, response):
                pages.set(key, (response.content, response["Content-Type"]), seconds)
            return response

        if getattr(response, "is_rendered", True):
            return store(response)
        # A TemplateResponse (or a REST framework Response) is rendered after the view returns.
        response.add_post_render_callback(store)
        return response

    return wrapper


class PublicPagesChangedOnStaffWrite:
    """The admin writes many things directly (a claim's text, a house spelling, a flag's note).
    Rather than hunt every save, any unsafe request by a logged-in user, the only people who
    can change anything, invalidates the public pages once it is answered. Anonymous POSTs
    never do, so a stranger cannot empty the cache by posting."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method not in ("GET", "HEAD", "OPTIONS", "TRACE") and request.user.is_authenticated:
            public_pages_changed()
        return response
