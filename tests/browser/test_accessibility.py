"""axe-core, run in Chromium on every public page, finds nothing serious or critical.

"Every public page" is found, not listed: each argument-free route outside the back office and
the API, then every page linked from those, one page per route. A page added tomorrow is
checked tomorrow without touching this file.
"""

from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver, resolve, reverse
from django.urls.exceptions import Resolver404

from .conftest import DESKTOP, PHONE

pytestmark = pytest.mark.browser

NOT_FOR_READERS = ("/admin/", "/api/", "/bench/", "/healthz", "/static/")
MUST_BE_CHECKED = {
    "claims:claim_list", "claims:claim_detail", "claims:source_detail", "claims:entity_detail",
    "claims:discrepancy_list", "claims:how_we_rate",
}
BLOCKING = {"serious", "critical"}
MOST_PAGES = 40

LINKS = """() => [...document.querySelectorAll("a[href]")].map(a => a.href)"""


def routes_without_arguments(patterns=None, namespace=""):
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from routes_without_arguments(entry.url_patterns, inner)
        elif isinstance(entry, URLPattern) and entry.name:
            try:
                yield reverse(f"{namespace}{entry.name}")
            except NoReverseMatch:
                continue  # needs an argument: reached through links instead


def for_readers(path):
    return not path.startswith(NOT_FOR_READERS)


def route_of(path):
    try:
        return resolve(path).view_name
    except Resolver404:
        return None


def describe(url, violations):
    return "\n".join(
        f"{url}: {v['id']} ({v['impact']}): {v['help']} at {', '.join(str(n['target']) for n in v['nodes'][:3])}"
        for v in violations
    )


def public_pages(page, live_server):
    """Every argument-free route for readers, then what their links lead to: one page a route."""
    queue = [path for path in routes_without_arguments() if for_readers(path)]
    seen_routes, pages = set(), {}
    while queue and len(pages) < MOST_PAGES:
        path = queue.pop(0)
        route = route_of(path)
        if route is None or route in seen_routes:
            continue
        seen_routes.add(route)
        response = page.goto(path)
        assert response.ok, f"{path} answered {response.status}"
        if not response.headers.get("content-type", "").startswith("text/html"):
            continue  # feeds, sitemaps, robots.txt: read by machines, not people
        pages[route] = path
        for href in page.evaluate(LINKS):
            link = urlsplit(href)
            if href.startswith(live_server.url) and for_readers(link.path):
                queue.append(link.path)
    return pages


def states_worth_checking():
    """Pages in a state a plain visit never shows: results, a refused filter, a wrong address."""
    yield "/?q=Tokayev&has_discrepancies=true"
    yield "/?rating=not-a-rating&verified_after=someday"
    yield "/claims/no-such-claim/"
    try:
        yield reverse("claims:search") + "?q=Tokayev"
    except NoReverseMatch:
        pass  # no search page on this desk yet


def test_every_public_page_passes_axe_with_no_serious_or_critical_violation(new_page, demo_story, live_server):
    pages = public_pages(new_page(), live_server)
    assert MUST_BE_CHECKED <= set(pages), f"not reached: {MUST_BE_CHECKED - set(pages)}"

    axe, problems = Axe(), []
    for viewport in (DESKTOP, PHONE):
        page = new_page(viewport)
        for path in [*pages.values(), *states_worth_checking()]:
            page.goto(path)
            blocking = [v for v in axe.run(page).response["violations"] if v["impact"] in BLOCKING]
            if blocking:
                problems.append(describe(f"{path} at {viewport['width']}px", blocking))
    assert not problems, "\n".join(problems)
