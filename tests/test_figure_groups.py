"""A figure group's page lists one quantity's figures across sources, with its flags; a claim's
page sets out the sources that disagree side by side and links each flagged figure and name."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse

from claims.models import Discrepancy, Figure, Source
from claims.views.figures import format_number, read_as
from tests.factories import make_name_flag, make_verified_claim

pytestmark = pytest.mark.django_db

GROUP = "count:joint project"
# What three outlets printed about one quantity, with when, who and what stage.
PRINTED = [
    ("Steppe Herald", datetime.date(2019, 9, 5), "15 joint projects", 15, "exactly", "completed", "Zhenis Kasymbek", "by December 2019"),
    ("Caspian Ledger", datetime.date(2019, 9, 11), "55 joint projects", 55, "exactly", "signed", "Nursultan Nazarbaev", "April 2019"),
    ("Kazakh Wire", datetime.date(2018, 6, 1), "at least 51 joint projects", 51, "at_least", "being implemented", "", "2018"),
]


def make_figure(source: Source, text: str, value, *, group_key=GROUP, qualifier="exactly", scope="", speaker="", period=""):
    start = source.text.index(text)
    return Figure.objects.create(
        source=source, text=text, start=start, end=start + len(text), value_low=value, value_high=value,
        unit="count", noun="joint project", qualifier=qualifier, scope=scope, speaker=speaker, period=period,
        sentence=source.text, quantity_key=group_key, group_key=group_key,
    )


def make_figure_flag(*, group_key=GROUP, claims=(), status=Discrepancy.Status.OPEN, printed=PRINTED):
    """Figures that disagree, stored directly (no detection run), so the test controls them exactly."""
    flag = Discrepancy.objects.create(
        key=f"figure:{group_key}", kind=Discrepancy.Kind.FIGURE, label="different_scope", group_key=group_key,
        reason="Different scope (completed vs. signed vs. being implemented).", status=status,
    )
    for publisher, published_on, text, value, qualifier, scope, speaker, period in printed:
        source = Source.objects.create(
            publisher=publisher, headline=f"{publisher} on the visit", published_on=published_on,
            url=f"https://{publisher.lower().replace(' ', '-')}.example/visit", text=f"Officials said {text} were counted.",
        )
        figure = make_figure(source, text, value, group_key=group_key, qualifier=qualifier, scope=scope, speaker=speaker, period=period)
        flag.figures.add(figure)
        flag.sources.add(source)
    flag.claims.add(*claims)
    return flag


def group_url(group_key=GROUP):
    return reverse("claims:figure_group", args=[group_key])


# --- reading figures ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "text"),
    [("51.000000", "51"), ("3900000000.000000", "3,900,000,000"), ("1.250000", "1.25"), ("0.000000", "0"), ("0.500000", "0.5")],
)
def test_a_stored_value_reads_as_people_write_it(value, text):
    assert format_number(Decimal(value)) == text


@pytest.mark.parametrize(
    ("qualifier", "low", "high", "reading"),
    [
        ("exactly", 15, 15, "15"),
        ("at_least", 51, 51, "at least 51"),
        ("about", 28, 28, "about 28"),
        ("range", "1.25", "1.5", "1.25 to 1.5"),
        ("up_to", 10, 10, "up to 10"),
    ],
)
def test_a_figure_reads_with_its_qualifier(qualifier, low, high, reading):
    figure = Figure(value_low=Decimal(low), value_high=Decimal(high), qualifier=qualifier)
    assert read_as(figure) == reading


# --- the group's page ----------------------------------------------------------------------------


def test_a_group_page_lists_every_source_s_figure_with_its_context(client):
    flag = make_figure_flag()
    response = client.get(group_url())
    assert response.status_code == 200
    page = response.content.decode()
    rows = response.context["rows"]
    assert [row.figure.source.publisher for row in rows] == ["Kazakh Wire", "Steppe Herald", "Caspian Ledger"]
    assert all(row.flagged for row in rows)
    for text in ["15 joint projects", "55 joint projects", "at least 51 joint projects", "Zhenis Kasymbek", "signed",
                 "being implemented", "April 2019", "5 Sep 2019"]:
        assert text in page, text
    for figure in flag.figures.all():
        assert reverse("claims:source_detail", args=[figure.source_id]) in page
    assert response.context["flags"] == [flag]
    assert flag.reason in page


def test_figures_of_another_group_are_not_listed(client):
    make_figure_flag()
    other = Source.objects.create(publisher="Other", text="The dam holds 40 cubic kilometres.")
    make_figure(other, "40 cubic kilometres", 40, group_key="volume:reservoir")
    response = client.get(group_url())
    assert "40 cubic kilometres" not in response.content.decode()


def test_a_group_without_a_flag_says_its_figures_agree(client):
    source = Source.objects.create(publisher="Steppe Herald", text="Officials said 15 joint projects were counted.")
    make_figure(source, "15 joint projects", 15)
    response = client.get(group_url())
    assert response.status_code == 200
    assert b"These figures agree" in response.content


def test_a_dismissed_flag_is_not_shown_on_its_group(client):
    make_figure_flag(status=Discrepancy.Status.DISMISSED)
    response = client.get(group_url())
    assert response.status_code == 200
    assert response.context["flags"] == []
    assert not any(row.flagged for row in response.context["rows"])


@pytest.mark.parametrize("group_key", ["count:project", "currency:USD:project value", "percent:import/export share", "people:ü"])
def test_any_stored_group_key_has_an_address(client, group_key):
    source = Source.objects.create(publisher="Outlet", text="Officials said 15 joint projects were counted.")
    make_figure(source, "15 joint projects", 15, group_key=group_key)
    url = group_url(group_key)
    response = client.get(url)
    assert response.status_code == 200, url
    assert response.context["group_key"] == group_key


def test_a_link_to_a_group_never_fails_whatever_its_key(client):
    source = Source.objects.create(publisher="Outlet", text="Officials said 15 joint projects were counted.")
    make_figure(source, "15 joint projects", 15, group_key="count:two\nlines")
    assert group_url("count:two\nlines") == "/figures/count:two%0Alines/"
    assert client.get(group_url("count:two\nlines")).status_code == 200


@pytest.mark.parametrize(
    "path",
    ["/figures/no-such-group/", "/figures/count:project%00/", "/figures/%0A/", "/figures/" + "x" * 500 + "/",
     "/figures/%ff%fe/", "/figures/../admin/", "/figures/count:project/?page=zzz"],
)
def test_an_unknown_or_malformed_group_is_a_clean_404(client, path):
    assert client.get(path).status_code == 404


def test_a_bad_page_number_on_a_group_is_a_message(client):
    make_figure_flag()
    response = client.get(group_url(), {"page": "zzz"})
    assert response.status_code == 200
    assert response.context["notice"]


@pytest.mark.parametrize("n", [2, 8])
def test_a_group_page_costs_the_same_queries_whatever_its_size(client, django_assert_num_queries, n):
    printed = [(f"Outlet {i}", datetime.date(2019, 9, 1 + i), f"{10 + i} joint projects", 10 + i, "exactly", "", "", "")
               for i in range(n)]
    make_figure_flag(printed=printed)
    # Count and figures, which of them are flagged; the latest flags with their first figures
    # and mentions, and how many flags there are.
    with django_assert_num_queries(7):
        client.get(group_url())


# --- the claim's page ------------------------------------------------------------------------------


@pytest.fixture
def flagged_claim(editor, reviewer):
    claim = make_verified_claim(author=editor, reviewer=reviewer, text="Kazakhstan and China signed 55 joint projects.")
    figure_flag = make_figure_flag(claims=[claim])
    name_flag = make_name_flag(claims=[claim])
    return claim, figure_flag, name_flag


def test_a_claim_page_sets_out_disagreeing_figures_side_by_side(client, flagged_claim):
    claim, figure_flag, _ = flagged_claim
    response = client.get(claim.get_absolute_url())
    page = response.content.decode()
    table = page[page.index(f'id="flag-{figure_flag.pk}"'):]
    table = table[: table.index("</article>")]
    assert "<table" in table
    for header in ["Figure", "Source", "Published", "Said by", "Refers to", "Scope"]:
        assert f'<th scope="col">{header}</th>' in table
    for publisher, published_on, text, _, _, scope, speaker, period in PRINTED:
        assert text in table and publisher in table and scope in table and period in table
        assert speaker in table
        assert published_on.strftime("%Y-%m-%d") in table
        assert f"https://{publisher.lower().replace(' ', '-')}.example/visit" in table


def test_each_flagged_figure_links_to_its_group(client, flagged_claim):
    claim, figure_flag, _ = flagged_claim
    page = client.get(claim.get_absolute_url()).content.decode()
    href = f'href="{group_url()}"'
    assert href == 'href="/figures/count:joint%20project/"'
    # The flag's own link, and one per figure.
    assert page.count(href) == 1 + figure_flag.figures.count()
    assert client.get(group_url()).status_code == 200


def test_each_flagged_spelling_links_to_its_name(client, flagged_claim):
    claim, _, name_flag = flagged_claim
    page = client.get(claim.get_absolute_url()).content.decode()
    entity_url = name_flag.entity.get_absolute_url()
    for mention in name_flag.mentions.all():
        assert f'<a class="as-written" href="{entity_url}">{mention.text}</a>' in page
        assert mention.source.publisher in page


def test_flag_lists_elsewhere_link_figures_and_names_too(client, flagged_claim):
    _, figure_flag, name_flag = flagged_claim
    page = client.get(reverse("claims:discrepancy_list")).content.decode()
    assert f'href="{group_url()}"' in page
    assert f'href="{name_flag.entity.get_absolute_url()}"' in page


def test_source_text_in_a_comparison_is_escaped(client, editor, reviewer):
    claim = make_verified_claim(author=editor, reviewer=reviewer, text="A claim about projects.")
    printed = [("<b>Bold Outlet</b>", datetime.date(2019, 1, 1), "7 joint projects", 7, "exactly", "", "<i>Someone</i>", "")]
    make_figure_flag(claims=[claim], printed=printed)
    page = client.get(claim.get_absolute_url()).content.decode()
    assert "<b>Bold Outlet</b>" not in page and "&lt;b&gt;Bold Outlet&lt;/b&gt;" in page
    assert "<i>Someone</i>" not in page
