"""A flag on a popular name holds hundreds of spellings: pages show the first few of each flag
and say how many there are, the API's lists embed the first twenty, and every page that shows
a name's or a quantity's flags shows the latest and links to the rest."""

import datetime

import pytest
from django.urls import reverse

from claims.models import Discrepancy
from claims.services.imports import SourceInput, import_source
from claims.views import entities, figures, flags

pytestmark = pytest.mark.django_db


def report(n, spelling, publisher=None):
    text = f"President {spelling} opened a school in Aktau on day {n}. Officials in Aktau praised the visit."
    return import_source(SourceInput(
        text=text, publisher=publisher or f"Outlet {n}", published_on=datetime.date(2024, 5, 1) + datetime.timedelta(days=n),
    )).source


@pytest.fixture
def busy_name():
    """Twelve outlets spell the president one way and three another: one flag with fifteen spellings."""
    sources = [report(n, "Kassym-Jomart Tokayev") for n in range(12)]
    sources += [report(12 + n, "Qasym-Zhomart Toqaev") for n in range(3)]
    flag = Discrepancy.objects.get(label="spelling_across_sources", key__endswith=":tokayev|toqaev")
    return flag, sources


def test_a_busy_flag_shows_its_first_items_and_how_many_it_holds(client, busy_name):
    flag, _ = busy_name
    assert flag.mentions.count() == 15
    page = client.get(reverse("claims:discrepancy_list")).content.decode()
    card = page[page.index(f'id="flag-{flag.pk}"'):]
    card = card[: card.index("</article>")]
    assert card.count('class="as-written"') == flags.FLAG_ITEMS_SHOWN
    assert f"The first {flags.FLAG_ITEMS_SHOWN} of 15 spellings in sources." in card
    assert reverse("claims:entity_detail", args=[flag.entity.slug]) in card


def test_a_source_page_shows_the_sources_own_spelling_first(client, busy_name):
    flag, sources = busy_name
    last = sources[-1]  # a Toqaev report, published last: never among the first eight by date
    page = client.get(reverse("claims:source_detail", args=[last.pk])).content.decode()
    card = page[page.index(f'id="flag-{flag.pk}"'):]
    first_item = card[card.index('class="as-written"'):]
    assert first_item[: first_item.index("</li>")].count(last.publisher) == 1


def test_the_api_lists_the_first_twenty_items_and_the_flag_itself_all(client, monkeypatch, busy_name):
    flag, _ = busy_name
    monkeypatch.setattr("claims.api.selectors.FLAG_ITEMS_IN_LISTS", 5)
    listed = next(item for item in client.get("/api/discrepancies/").json()["results"] if item["id"] == flag.pk)
    assert (len(listed["mentions"]), listed["items_total"]) == (5, 15)
    whole = client.get(f"/api/discrepancies/{flag.pk}/").json()
    assert (len(whole["mentions"]), whole["items_total"]) == (15, 15)


def test_a_name_page_shows_its_latest_flags_and_links_to_the_rest(client, monkeypatch):
    monkeypatch.setattr(entities, "FLAGS_SHOWN", 2)
    for n in range(4):  # four outlets, each calling the capital by a name it did not hold on the day
        import_source(SourceInput(text=f"Officials in Nur-Sultan opened {n + 3} schools.", publisher=f"Capital {n}",
                                  published_on=datetime.date(2023, 1, 1 + n)))
    astana = Discrepancy.objects.filter(label="outdated_name").first().entity
    assert Discrepancy.objects.filter(entity=astana, label="outdated_name").count() == 4
    page = client.get(reverse("claims:entity_detail", args=[astana.slug])).content.decode()
    assert "The 2 most recent of 4 flags." in page
    every = f'{reverse("claims:discrepancy_list")}?entity={astana.slug}'
    assert every in page
    narrowed = client.get(every)
    assert narrowed.context["page_obj"].paginator.count == 4
    assert f"4 flags on <a href=\"{astana.get_absolute_url()}\">" in narrowed.content.decode()


def test_a_quantity_page_marks_every_flagged_figure_however_many_the_flag_holds(client, monkeypatch):
    monkeypatch.setattr(flags, "FLAG_ITEMS_SHOWN", 1)
    for n, count in enumerate((12, 15, 19)):
        import_source(SourceInput(text=f"Mayor Serik Omarov said {count} new schools had opened in Almaty this year.",
                                  publisher=f"City desk {n}", published_on=datetime.date(2019, 9, 1)))
    flag = Discrepancy.objects.get(kind="figure")
    assert flag.figures.count() == 3
    page = client.get(reverse("claims:figure_group", args=[flag.group_key]))
    assert [row.flagged for row in page.context["rows"]] == [True, True, True]


@pytest.mark.parametrize("query", ["entity=no-such-name", "group=%00", "entity=" + "x" * 500, "group=count:school"])
def test_narrowing_the_discrepancy_index_never_fails(client, query):
    assert client.get(f"{reverse('claims:discrepancy_list')}?{query}").status_code == 200
    assert client.get(f"/api/discrepancies/?{query}").status_code in (200, 400)


def test_the_narrowing_fields_are_not_boxes_to_type_in(client):
    page = client.get(reverse("claims:discrepancy_list")).content.decode()
    assert '<input type="hidden" name="entity"' in page
    assert '<label for="id_entity"' not in page


def test_a_quantity_page_shows_its_latest_flags_and_links_to_the_rest(client, monkeypatch):
    monkeypatch.setattr(figures, "FLAGS_SHOWN", 1)
    for year in (2016, 2020):  # two stories years apart: two flags on one quantity
        for n, count in enumerate((12, 15)):
            import_source(SourceInput(text=f"Mayor Serik Omarov said {count + year % 10} new schools had opened in Almaty.",
                                      publisher=f"City desk {year} {n}", published_on=datetime.date(year, 9, 1)))
    group_key = Discrepancy.objects.filter(kind="figure").values_list("group_key", flat=True).first()
    assert Discrepancy.objects.filter(kind="figure", group_key=group_key).count() == 2
    page = client.get(reverse("claims:figure_group", args=[group_key])).content.decode()
    assert "The 1 most recent of 2 flags." in page
    narrowed = client.get(reverse("claims:discrepancy_list"), {"group": group_key})
    assert narrowed.context["page_obj"].paginator.count == 2
