"""/sitemap.xml: every page a search engine may index, and nothing readers may not see.

Claims start from Claim.objects.published(); sources and names are public material.
Each section is paginated by the sitemap framework (50,000 addresses a page), so the
queries per request stay fixed whatever the size of the desk."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from claims.models import Claim, Entity, Source


class ClaimSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.8

    def items(self):
        return Claim.objects.published().select_related("verdict").order_by("-verified_at", "-id")

    def lastmod(self, claim):
        # A correction changes the verdict after verification.
        return max(claim.verified_at, claim.verdict.updated_at)


class SourceSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.5

    def items(self):
        return Source.objects.public().only("pk", "updated_at").order_by("-id")

    def lastmod(self, source):
        return source.updated_at


class EntitySitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.4

    def items(self):
        return Entity.objects.only("slug", "updated_at").order_by("id")

    def lastmod(self, entity):
        return entity.updated_at


class StaticPageSitemap(Sitemap):
    changefreq = "daily"
    priority = 0.6

    def items(self):
        return ["claims:claim_list", "claims:discrepancy_list", "claims:correction_list", "claims:how_we_rate", "claims:method"]

    def location(self, name):
        return reverse(name)


SITEMAPS = {
    "claims": ClaimSitemap,
    "sources": SourceSitemap,
    "entities": EntitySitemap,
    "pages": StaticPageSitemap,
}
