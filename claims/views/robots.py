"""/robots.txt: where the sitemap is, and what crawlers should leave alone."""

from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

# The back office is not for crawlers; search results are endless variations of pages
# the sitemap already lists.
DISALLOWED = ["/admin/", "/search/"]


@require_safe
def robots_txt(request):
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in DISALLOWED), ""]
    lines.append(f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
