"""/sitemap.xml lists every public page (claims, sources, names, the desk's own pages) and no
draft; /robots.txt names it and keeps crawlers out of the back office."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse
from django.utils import timezone

from claims.models import Claim, Verdict
from tests.factories import make_claim, make_name_flag, make_source, make_verified_claim

pytestmark = pytest.mark.django_db

SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def sitemap(client) -> dict[str, str | None]:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return {
        url.findtext(f"{SITEMAP_NS}loc"): url.findtext(f"{SITEMAP_NS}lastmod")
        for url in root.findall(f"{SITEMAP_NS}url")
    }


def test_the_sitemap_lists_claims_sources_names_and_the_desk_s_pages(client, editor, reviewer):
    claim = make_verified_claim(author=editor, reviewer=reviewer, text="Twelve schools opened.")
    flag = make_name_flag(claims=[claim])
    lonely_source = make_source(publisher="Steppe Herald")
    urls = sitemap(client)
    expected = [
        claim.get_absolute_url(), lonely_source.get_absolute_url(), flag.entity.get_absolute_url(),
        *(source.get_absolute_url() for source in claim.sources.all()),
        "/", "/discrepancies/", "/corrections/", "/how-we-rate/", "/method/",
    ]
    for path in expected:
        assert f"http://testserver{path}" in urls, path
    assert urls[f"http://testserver{claim.get_absolute_url()}"] == claim.verified_at.date().isoformat()
    assert "/search/" not in " ".join(urls)


def test_a_corrected_claim_is_marked_modified_in_the_sitemap(client, editor, reviewer):
    claim = make_verified_claim(author=editor, reviewer=reviewer, text="Twelve schools opened.")
    Verdict.objects.filter(claim=claim).update(updated_at=timezone.make_aware(datetime.datetime(2030, 1, 2, 12)))
    assert sitemap(client)[f"http://testserver{claim.get_absolute_url()}"] == "2030-01-02"


@pytest.mark.parametrize("status", [Claim.Status.DRAFT, Claim.Status.IN_REVIEW, Claim.Status.SENT_BACK])
def test_drafts_never_leak_into_the_sitemap(client, editor, reviewer, status):
    make_verified_claim(author=editor, reviewer=reviewer, text="A published claim.")
    hidden = make_claim(author=editor, text=f"An unpublished claim ({status}).")
    Claim.objects.filter(pk=hidden.pk).update(status=status)
    urls = sitemap(client)
    assert f"http://testserver{hidden.get_absolute_url()}" not in urls
    assert sum("/claims/" in url for url in urls) == 1


@pytest.mark.parametrize("n", [1, 6])
def test_the_sitemap_costs_the_same_queries_whatever_its_size(client, editor, reviewer, django_assert_num_queries, n):
    for i in range(n):
        make_verified_claim(author=editor, reviewer=reviewer, text=f"Counted claim {i}.")
    # A count and a page for claims, sources and names; the desk's pages are a list.
    with django_assert_num_queries(6):
        client.get("/sitemap.xml")


def test_robots_txt_names_the_sitemap_and_keeps_crawlers_out_of_the_back_office(client, db):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert "Disallow: /admin/" in lines
    assert f"Sitemap: http://testserver{reverse('sitemap')}" in lines
    assert "Disallow: /" not in lines  # the public pages stay open to crawlers
