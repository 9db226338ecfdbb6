"""Properties that hold for any input, checked with hypothesis.

The importers: any bytes or text either becomes a clean IngestError or a source whose
figures and mentions sit inside its text, each span reading exactly what it says.
The public pages and the API: any value of any query parameter is answered, never
with a server error.

Example counts are bounded by the "trust" profile (HYPOTHESIS_EXAMPLES raises them for
a long run) so the suite stays fast.
"""

import os

import pytest
from django.db import transaction
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.filters import ClaimFilter, DiscrepancyFilter
from claims.ingest import IngestError
from claims.ingest.decoding import decode_bytes
from claims.ingest.html import extract_article
from claims.services.imports import SourceInput, import_source, input_from_upload
from tests.factories import make_claim, make_source, make_verified_claim

settings.register_profile(
    "trust",
    max_examples=int(os.environ.get("HYPOTHESIS_EXAMPLES", "25")),
    deadline=None,  # imports run the detection engine; timing is not what is tested
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,  # the same examples every run: a failure here is reproducible, never flaky
)
trust = settings(settings.get_profile("trust"))

# Text that looks like news copy: numbers, number words, names in several scripts,
# punctuation and the odd arbitrary character.
WORDS = [
    "the", "ministry", "said", "on", "Monday", "that", "projects", "schools", "were", "completed", "signed",
    "at least", "about", "more than", "nearly", "up to", "some", "a dozen", "two dozen", "five", "million",
    "billion", "per cent", "%", "$", "€", "km", "people", "last year", "in 2019", "Tokayev", "Toqaev",
    "Qasym-Zhomart", "Kassym-Jomart", "Nazarbayev", "Nazarbaev", "Astana", "Nur-Sultan", "Beijing", "Xi Jinping",
    "Токаев", "Тоқаев", "Назарбаев", "习近平", "President", "Mr.", "Dr.", "U.S.", "said:", "“", "”", "(", ")", "-", "–",
]
TOKENS = st.one_of(
    st.sampled_from(WORDS),
    st.integers(min_value=-10**12, max_value=10**15).map(str),
    st.decimals(allow_nan=False, allow_infinity=False, places=2).map(str),
    st.text(max_size=6),
)
SEPARATORS = st.sampled_from([" ", " ", " ", ", ", ". ", ".\n", "\n\n", "\t", "; "])
NEWS_TEXT = st.lists(st.tuples(TOKENS, SEPARATORS), max_size=60).map(lambda pairs: "".join(a + b for a, b in pairs))
HTML_PAGES = st.builds(
    lambda title, paragraphs, junk: (
        f"<html><head><title>{title}</title></head><body>{junk}<article>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + f"</article>{junk}</body></html>"
    ),
    st.text(max_size=20),
    st.lists(NEWS_TEXT, max_size=5),
    st.sampled_from(["", "<script>alert(1)</script>", "<nav>Home | World</nav>", "<style>p{}</style>", "<!-- x -->"]),
)


def assert_spans_read_their_text(source):
    for item in list(source.figures.all()) + list(source.mentions.all()):
        assert 0 <= item.start < item.end <= len(source.text), (item.text, item.start, item.end)
        assert source.text[item.start : item.end] == item.text, (item.text, source.text[item.start : item.end])


@trust
@given(st.binary(max_size=3000))
def test_any_bytes_decode_to_clean_text_or_a_clear_refusal(data):
    assert_clean_or_refused(data, max_bytes=2048)


def assert_clean_or_refused(data: bytes, *, max_bytes: int) -> None:
    try:
        text = decode_bytes(data, max_bytes=max_bytes)
    except IngestError as error:
        assert str(error)
        return
    assert text and text == text.strip()
    assert "\x00" not in text and "\r" not in text


@trust
@given(st.one_of(NEWS_TEXT.map(str.encode), NEWS_TEXT.map(lambda t: t.encode("utf-16")), st.binary(max_size=500)))
def test_news_like_bytes_in_any_encoding_decode_or_are_refused(data):
    assert_clean_or_refused(data, max_bytes=100_000)


@trust
@given(st.one_of(HTML_PAGES, st.text(max_size=400)))
def test_any_page_gives_an_article_or_a_clear_refusal(html):
    try:
        article = extract_article(html)
    except IngestError:
        return
    assert article.text.strip()
    assert "alert(1)" not in article.text


@pytest.mark.django_db
@trust
@given(NEWS_TEXT)
def test_any_text_imports_cleanly_with_every_span_inside_it(text):
    with transaction.atomic():
        try:
            result = import_source(SourceInput(text=text, publisher="Property Post"))
        except IngestError:
            transaction.set_rollback(True)
            return
        assert_spans_read_their_text(result.source)
        transaction.set_rollback(True)


@pytest.mark.django_db
@trust
@given(st.one_of(HTML_PAGES.map(str.encode), st.binary(max_size=800)), st.sampled_from(["page.html", "notes.txt"]))
def test_any_upload_imports_cleanly_or_is_refused(data, filename):
    with transaction.atomic():
        try:
            result = import_source(input_from_upload(data, filename=filename, publisher="Upload Post"))
        except IngestError:
            transaction.set_rollback(True)
            return
        assert_spans_read_their_text(result.source)
        transaction.set_rollback(True)


# --- Public query parameters ------------------------------------------------------------

# Values a reader's URL may carry: anything, and the shapes that trip parsers up.
ANY_VALUE = st.one_of(
    st.text(max_size=60),
    st.integers().map(str),
    st.sampled_from([
        "", "0", "-1", "1e309", "NaN", "9" * 40, "2019-02-30", "2019-13-01", "true", "yes", "None", "null",
        "\x00", "%00", "' OR 1=1 --", "<script>alert(1)</script>", "../../etc/passwd", "☃", "\ud7ff", "a" * 2000,
    ]),
)


PAGE_PARAMETERS = {
    "claims:claim_list": [*ClaimFilter.base_filters, "page", "before", "after"],
    "claims:discrepancy_list": [*DiscrepancyFilter.base_filters, "page"],
    "claims:search": ["q", "page"],
    "claims:correction_list": ["page"],
    "claims:how_we_rate": ["page"],
    "claims:method": ["page"],
    "claims:feed_claims": ["page"],
    "claims:feed_corrections": ["page"],
    "api:claim-list": [*ClaimFilter.base_filters, "page", "page_size"],
    "api:verdict-list": ["rating", "page", "page_size"],
    "api:source-list": ["publisher", "page", "page_size"],
    "api:entity-list": ["kind", "page", "page_size"],
    "api:discrepancy-list": [*DiscrepancyFilter.base_filters, "page", "page_size"],
}


DETAIL_PAGES = ["claim", "source", "entity", "figure group"]


@pytest.fixture
def desk(db, editor, reviewer):
    """A little of everything, so filters have rows to work on."""
    source = make_source("Officials said Tokayev opened 12 schools in 2023 in Astana.", publisher="Steppe Daily")
    make_source("Officials said Toqaev opened 14 schools in 2023 in Astana.", publisher="Astana Post")
    claim = make_verified_claim(author=editor, reviewer=reviewer, source=source, text="Twelve schools opened.")
    make_claim(author=editor, source=source, text="A draft.")
    return {"claim": claim, "source": source}


@pytest.mark.parametrize("name", PAGE_PARAMETERS)
@trust
@given(data=st.data())
def test_any_value_of_any_public_parameter_is_answered_without_a_server_error(client, desk, name, data):
    url = reverse(name)
    # Every parameter the page reads, and one it does not, in any combination, each with
    # one or more values of any kind.
    names = st.sampled_from([*PAGE_PARAMETERS[name], "an-unknown-parameter"])
    query = data.draw(st.dictionaries(names, st.lists(ANY_VALUE, min_size=1, max_size=3), min_size=1, max_size=4))
    response = client.get(url, query)
    assert response.status_code < 500, query


@pytest.mark.parametrize("page", DETAIL_PAGES)
@trust
@given(param=st.text(min_size=1, max_size=20), value=ANY_VALUE)
def test_any_query_on_a_detail_page_is_answered_without_a_server_error(client, desk, page, param, value):
    source = desk["source"]
    urls = {
        "claim": lambda: desk["claim"].get_absolute_url(),
        "source": source.get_absolute_url,
        "entity": lambda: source.mentions.exclude(entity=None).first().entity.get_absolute_url(),
        "figure group": lambda: reverse("claims:figure_group", args=[source.figures.first().group_key]),
    }
    assert client.get(urls[page](), {param: value}).status_code < 500


@trust
@given(path=st.text(min_size=1, max_size=40))
def test_any_public_path_is_answered_without_a_server_error(client, desk, path):
    for prefix in ("/claims/", "/sources/", "/entities/", "/figures/", "/api/claims/", "/api/sources/"):
        assert client.get(prefix + path).status_code < 500, prefix + path
