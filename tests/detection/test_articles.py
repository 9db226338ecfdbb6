from datetime import date

import pytest

from claims.detection.articles import Article, ArticleFormatError, parse_article, read_article

FULL = """publisher: The Diplomat
headline: Tokayev in Beijing
url: https://thediplomat.com/2019/09/example/
author: Catherine Putz
published: 2019-09-13
language: en
---
President Kassym-Jomart Tokayev was in Beijing.
"""

CASES = [
    pytest.param(
        FULL,
        Article(
            publisher="The Diplomat",
            headline="Tokayev in Beijing",
            url="https://thediplomat.com/2019/09/example/",
            author="Catherine Putz",
            published=date(2019, 9, 13),
            language="en",
            text="President Kassym-Jomart Tokayev was in Beijing.",
        ),
        id="full header",
    ),
    pytest.param(
        "Just a body.\nSecond line.",
        Article(text="Just a body.\nSecond line."),
        id="no separator: all text",
    ),
    pytest.param(
        "publisher: X\nauthor:\npublished:\n---\nBody",
        Article(publisher="X", text="Body"),
        id="empty author and date",
    ),
    pytest.param(
        "Publisher: X\nHEADLINE:  Spaces kept inside: yes  \n---\nBody",
        Article(publisher="X", headline="Spaces kept inside: yes", text="Body"),
        id="keys case-insensitive, colon in value",
    ),
    pytest.param(
        "publisher: X\n\nsection: world\n---\n\n\nBody\n\n",
        Article(publisher="X", text="Body"),
        id="blank lines and unknown keys",
    ),
    pytest.param(
        "---\nBody after a bare rule",
        Article(text="Body after a bare rule"),
        id="separator on the first line: empty header",
    ),
    pytest.param(
        "First paragraph of a story.\n---\nSecond part.",
        Article(text="First paragraph of a story.\n---\nSecond part."),
        id="rule inside a body is not a header",
    ),
    pytest.param(
        "Note: this looks like a key\nbut this does not\n---\nrest",
        Article(text="Note: this looks like a key\nbut this does not\n---\nrest"),
        id="header-like first line then prose",
    ),
    pytest.param(
        "publisher: X\n---\nA\n---\nB",
        Article(publisher="X", text="A\n---\nB"),
        id="only the first rule separates",
    ),
    pytest.param(
        "\ufeffpublisher: X\r\npublished: 2019-09-13T08:30:00Z\r\n---\r\nLine one\r\nLine two",
        Article(publisher="X", published=date(2019, 9, 13), text="Line one\nLine two"),
        id="BOM, CRLF and a timestamp",
    ),
    pytest.param(
        "headline: Кассым-Жомарт Токаев в Пекине\nlanguage: ru\n---\nТоқаев",
        Article(headline="Кассым-Жомарт Токаев в Пекине", language="ru", text="Тоқаев"),
        id="Cyrillic",
    ),
    pytest.param("", Article(), id="empty"),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_parse_article(raw, expected):
    assert parse_article(raw) == expected


def test_bad_date_names_the_file():
    with pytest.raises(ArticleFormatError, match=r"story\.txt.*'13/09/2019'"):
        parse_article("published: 13/09/2019\n---\nBody", name="story.txt")


def test_read_article(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(FULL, encoding="utf-8")
    article = read_article(path)
    assert article.publisher == "The Diplomat"
    assert article.text.startswith("President")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        pytest.param(b"caf\xe9 latin-1", "not UTF-8", id="latin-1"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00", "binary", id="binary"),
    ],
)
def test_read_article_rejects_bad_bytes(tmp_path, data, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(ArticleFormatError, match=message):
        read_article(path)


def test_article_is_frozen():
    with pytest.raises(AttributeError):
        Article().text = "x"  # type: ignore[misc]


# The demo material is read with the same reader: every file parses, and every claim quotes
# its source exactly (the demo loader stores the quote's offsets).
DEMO = __import__("pathlib").Path(__file__).resolve().parents[2] / "claims" / "demo"


def test_demo_articles_parse_with_dates():
    articles = sorted((DEMO / "articles").glob("*.txt"))
    assert len(articles) == 2
    for path in articles:
        article = read_article(path)
        assert article.publisher and article.headline and article.url
        assert article.published is not None and article.language == "en"
        assert len(article.text.split()) > 700


def test_demo_claims_quote_their_sources_exactly():
    import json

    claims = json.loads((DEMO / "claims.json").read_text(encoding="utf-8"))
    assert 6 <= len(claims) <= 8
    statuses = [claim["status"] for claim in claims]
    assert statuses.count("in_review") == 1 and statuses.count("draft") == 1
    assert set(statuses) == {"verified", "in_review", "draft"}
    for claim in claims:
        text = read_article(DEMO / "articles" / claim["source"]).text
        assert claim["quote"] in text, claim["quote"]
        assert claim["rating"] in {"true", "mostly_true", "mixed", "mostly_false", "false", "unproven"}
        for key in ("text", "claimant", "topic", "summary", "reasoning"):
            assert claim[key].strip(), key
        assert all(set(item) == {"title", "url"} for item in claim["evidence"])


def test_the_demo_shows_the_seed_discrepancies():
    """The demo is written so the engine finds in it what it finds in the seed reports."""
    pytest.importorskip("claims.detection.compare")
    from claims.detection.compare import find_figure_flags
    from claims.detection.figures import extract_figures
    from claims.detection.names import cluster_mentions, extract_mentions, name_flags
    from claims.detection.types import FigureRecord, MentionRecord

    articles = [read_article(path) for path in sorted((DEMO / "articles").glob("*.txt"))]
    figures, mentions = [], []
    for index, article in enumerate(articles):
        for fact in extract_figures(article.text, article.published):
            figures.append(FigureRecord(len(figures), index, fact, article.published))
        for fact in extract_mentions(article.text):
            mentions.append(MentionRecord(len(mentions), index, fact.text))
    flagged = [{figures[ref].fact.text for ref in flag.refs} for flag in find_figure_flags(figures)]

    def together(*texts):
        return any(all(any(text in member for member in flag) for text in texts) for flag in flagged)

    assert together("15 joint Kazakh-Chinese projects", "at least 51 joint projects", "55 investment projects")
    assert together("$10.5 billion", "$8.2 billion")
    assert together("nearly 16 percent", "less than 1 percent")
    assert not together("some 1 million people", "1.25 million")
    assert not together("some 1,700 kilometers", "8,845 kilometers")

    spellings = set()
    for number, cluster in enumerate(cluster_mentions(mentions)):
        for flag in name_flags([mentions[ref] for ref in cluster], None, f"entity-{number}"):
            spellings.add(frozenset(flag.spellings))
    assert frozenset({"Tokayev", "Toqaev"}) in spellings
    assert frozenset({"Nazarbaev", "Nazarbayev"}) in spellings
