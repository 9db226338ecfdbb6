"""Search over claims, sources and names, for the claim list's `q` filter and the /search/ page.

On PostgreSQL (production) this is full-text search: a reader's words are parsed by
websearch_to_tsquery (so quotes, "or" and "-word" work and no input is a syntax error),
matched against the documents the GIN indexes of migration 0003 cover, ranked with
ts_rank, and the match is highlighted by ts_headline. On SQLite (the embedded default)
every word must occur in some field (icontains), results are ordered by where the words
occur, and the highlight is made here, in Python.

Either way a highlight comes out of `marked_html`: the text is escaped first and only
then are our own <mark> tags put around the matches, so source text never reaches a
page unescaped, whatever the database returned.
"""

import re
from dataclasses import dataclass

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVector
from django.db import connections
from django.db.models import Case, Expression, IntegerField, OuterRef, Q, QuerySet, Subquery, Value, When
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from claims.models import Claim, Claimant, Entity, EntityAlias, Mention, Verdict

MAX_QUERY_LENGTH = 200
# More words than this is a pasted paragraph, not a search; the rest are ignored.
MAX_TERMS = 10

# Prose is stemmed ("projects" finds "project"); names are not ("Kazakhs" is not "Kazakh").
TEXT_CONFIG = "english"
NAME_CONFIG = "simple"

# The documents the GIN indexes cover. A filter uses the index only when its expression is
# the indexed one exactly, so the migration builds its indexes from these same objects.
CLAIM_DOCUMENT = SearchVector("text", config=TEXT_CONFIG)
VERDICT_DOCUMENT = SearchVector("summary", weight="B", config=TEXT_CONFIG) + SearchVector(
    "reasoning", weight="C", config=TEXT_CONFIG
)
SOURCE_DOCUMENT = (
    SearchVector("headline", weight="A", config=TEXT_CONFIG)
    + SearchVector("publisher", weight="B", config=TEXT_CONFIG)
    + SearchVector("text", weight="C", config=TEXT_CONFIG)
)
ENTITY_DOCUMENT = SearchVector("name", config=NAME_CONFIG)
MENTION_DOCUMENT = SearchVector("text", config=NAME_CONFIG)

# Private-use characters: ts_headline wraps matches in them, and marked_html turns them
# into <mark> only after escaping everything else.
MARK_START, MARK_END = "\ue000", "\ue001"
_MARKED = re.compile(f"{MARK_START}(.*?){MARK_END}", re.DOTALL)
_HEADLINE_MARKS = {"start_sel": MARK_START, "stop_sel": MARK_END}
# A short field is shown whole; a long one (a source's text) as fragments around the matches.
_WHOLE = _HEADLINE_MARKS | {"highlight_all": True}
_FRAGMENTS = _HEADLINE_MARKS | {"max_fragments": 2, "max_words": 30, "min_words": 12, "fragment_delimiter": " … "}
SNIPPET_CHARS = 240


def normalize_query(raw: str | None) -> str:
    """What we search for: trimmed, one line, never longer than a search box allows."""
    return " ".join((raw or "").split())[:MAX_QUERY_LENGTH]


def query_terms(query: str) -> list[str]:
    """The words of a query as the SQLite fallback and the Python highlight use them:
    quotes and a leading minus dropped, each word once, case kept for display."""
    terms: list[str] = []
    for word in normalize_query(query).split():
        word = word.strip("\"'“”‘’").lstrip("-")
        if word and word.lower() not in {t.lower() for t in terms}:
            terms.append(word)
    return terms[:MAX_TERMS]


def _is_postgresql(queryset: QuerySet) -> bool:
    return connections[queryset.db].vendor == "postgresql"


def _text_query(query: str) -> SearchQuery:
    return SearchQuery(query, search_type="websearch", config=TEXT_CONFIG)


def _name_query(query: str) -> SearchQuery:
    return SearchQuery(query, search_type="websearch", config=NAME_CONFIG)


def _every_term(terms: list[str], *fields: str) -> Q:
    """SQLite: each term must occur in at least one of the fields."""
    condition = Q()
    for term in terms:
        anywhere = Q()
        for field in fields:
            anywhere |= Q(**{f"{field}__icontains": term})
        condition &= anywhere
    return condition


def _weighted_hits(terms: list[str], weights: dict[str, int]) -> Expression:
    """SQLite's stand-in for ts_rank: a term in a heavier field counts for more."""
    total = Value(0)
    for term in terms:
        for field, weight in weights.items():
            total = total + Case(
                When(**{f"{field}__icontains": term}, then=Value(weight)), default=Value(0), output_field=IntegerField()
            )
    return total


# --- claims ----------------------------------------------------------------------------


def search_claims(queryset: QuerySet, query: str) -> QuerySet:
    """The claims of `queryset` that match, best first. An empty query filters nothing."""
    query = normalize_query(query)
    if not query:
        return queryset
    if _is_postgresql(queryset):
        text_query = _text_query(query)
        # One subquery per indexed table, so each is answered from its own GIN index.
        by_text = Claim.objects.annotate(document=CLAIM_DOCUMENT).filter(document=text_query).values("pk")
        by_verdict = Verdict.objects.annotate(document=VERDICT_DOCUMENT).filter(document=text_query).values("claim_id")
        # A claimant's name is read as prose (stop words dropped), as the ranked document reads it.
        by_claimant = (
            Claimant.objects.annotate(document=SearchVector("name", config=TEXT_CONFIG))
            .filter(document=text_query)
            .values("pk")
        )
        ranked_document = (
            SearchVector("text", weight="A", config=TEXT_CONFIG)
            + SearchVector("claimant__name", weight="B", config=TEXT_CONFIG)
            + SearchVector("verdict__summary", weight="B", config=TEXT_CONFIG)
            + SearchVector("verdict__reasoning", weight="C", config=TEXT_CONFIG)
        )
        return (
            queryset.filter(Q(pk__in=by_text) | Q(pk__in=by_verdict) | Q(claimant__in=by_claimant))
            .annotate(
                search_rank=SearchRank(ranked_document, text_query),
                text_headline=SearchHeadline("text", text_query, config=TEXT_CONFIG, **_WHOLE),
                summary_headline=SearchHeadline("verdict__summary", text_query, config=TEXT_CONFIG, **_WHOLE),
                reasoning_headline=SearchHeadline("verdict__reasoning", text_query, config=TEXT_CONFIG, **_FRAGMENTS),
            )
            .order_by("-search_rank", "-verified_at", "-id")
        )
    terms = query_terms(query)
    if not terms:
        return queryset
    weights = {"text": 4, "claimant__name": 2, "verdict__summary": 2, "verdict__reasoning": 1}
    return (
        queryset.filter(_every_term(terms, *weights))
        .annotate(search_rank=_weighted_hits(terms, weights))
        .order_by("-search_rank", "-verified_at", "-id")
    )


def highlight_claims(claims, query: str) -> None:
    """Give each claim `highlighted_text` and `highlighted_summary`, safe HTML with the match
    marked, and `highlighted_reasoning`, a passage of our reasoning, when only the reasoning
    matched (so a reader sees why the claim was found)."""
    terms = query_terms(query)
    for claim in claims:
        verdict = getattr(claim, "verdict", None)
        text = _marked(claim, "text", claim.text, terms)
        summary = _marked(claim, "summary", verdict.summary if verdict else "", terms)
        claim.highlighted_text, claim.highlighted_summary = marked_html(text), marked_html(summary)
        claim.highlighted_reasoning = ""
        if MARK_START not in text + summary and verdict:
            reasoning = getattr(claim, "reasoning_headline", None) or snippet(verdict.reasoning, terms)
            if MARK_START in reasoning:
                claim.highlighted_reasoning = marked_html(reasoning)


# --- sources ---------------------------------------------------------------------------


def search_sources(queryset: QuerySet, query: str) -> QuerySet:
    query = normalize_query(query)
    if not query:
        return queryset.none()
    if _is_postgresql(queryset):
        text_query = _text_query(query)
        return (
            queryset.annotate(document=SOURCE_DOCUMENT)
            .filter(document=text_query)
            .annotate(
                search_rank=SearchRank(SOURCE_DOCUMENT, text_query),
                headline_headline=SearchHeadline("headline", text_query, config=TEXT_CONFIG, **_WHOLE),
                text_headline=SearchHeadline("text", text_query, config=TEXT_CONFIG, **_FRAGMENTS),
            )
            .defer("text", "raw_snapshot")
            .order_by("-search_rank", "-published_on", "-id")
        )
    terms = query_terms(query)
    if not terms:
        return queryset.none()
    weights = {"headline": 4, "publisher": 2, "text": 1}
    return (
        queryset.filter(_every_term(terms, *weights))
        .annotate(search_rank=_weighted_hits(terms, weights))
        .defer("raw_snapshot")
        .order_by("-search_rank", "-published_on", "-id")
    )


def highlight_sources(sources, query: str) -> None:
    """Give each source `highlighted_headline` and `highlighted_snippet` (a fragment of its text)."""
    terms = query_terms(query)
    for source in sources:
        source.highlighted_headline = _highlight(source, "headline", source.headline, terms)
        if hasattr(source, "text_headline"):
            source.highlighted_snippet = marked_html(source.text_headline)
        else:
            source.highlighted_snippet = marked_html(snippet(source.text, terms))


# --- names -----------------------------------------------------------------------------


def search_entities(queryset: QuerySet, query: str) -> QuerySet:
    """Names that match by house spelling, by a name they held, or by a spelling a source used,
    so a reader who types "Toqaev" finds the desk's "Tokayev"."""
    query = normalize_query(query)
    if not query:
        return queryset.none()
    if _is_postgresql(queryset):
        name_query = _name_query(query)
        by_name = Entity.objects.annotate(document=ENTITY_DOCUMENT).filter(document=name_query).values("pk")
        by_alias = (
            EntityAlias.objects.annotate(document=SearchVector("name", config=NAME_CONFIG))
            .filter(document=name_query)
            .values("entity_id")
        )
        matching_mentions = Mention.objects.annotate(document=MENTION_DOCUMENT).filter(document=name_query)
        spelling = matching_mentions.filter(entity=OuterRef("pk")).order_by("text").values("text")[:1]
        return (
            queryset.filter(Q(pk__in=by_name) | Q(pk__in=by_alias) | Q(pk__in=matching_mentions.values("entity_id")))
            .annotate(
                search_rank=SearchRank(ENTITY_DOCUMENT, name_query),
                name_headline=SearchHeadline("name", name_query, config=NAME_CONFIG, **_WHOLE),
                matched_spelling=Subquery(spelling),
            )
            .order_by("-search_rank", "name", "id")
        )
    terms = query_terms(query)
    if not terms:
        return queryset.none()
    by_alias = EntityAlias.objects.filter(_every_term(terms, "name")).values("entity_id")
    matching_mentions = Mention.objects.filter(_every_term(terms, "text"))
    spelling = matching_mentions.filter(entity=OuterRef("pk")).order_by("text").values("text")[:1]
    return (
        queryset.filter(
            _every_term(terms, "name") | Q(pk__in=by_alias) | Q(pk__in=matching_mentions.values("entity_id"))
        )
        .annotate(search_rank=_weighted_hits(terms, {"name": 1}), matched_spelling=Subquery(spelling))
        .order_by("-search_rank", "name", "id")
    )


def highlight_entities(entities, query: str) -> None:
    """Give each name `highlighted_name`, and `highlighted_spelling` when a source's spelling
    matched rather than ours."""
    terms = query_terms(query)
    for entity in entities:
        entity.highlighted_name = _highlight(entity, "name", entity.name, terms)
        spelling = getattr(entity, "matched_spelling", None)
        entity.highlighted_spelling = (
            marked_html(mark_terms(spelling, terms)) if spelling and spelling.casefold() != entity.name.casefold() else ""
        )


# --- all three, for the search page ----------------------------------------------------


@dataclass
class SearchResults:
    query: str
    claims: list
    sources: list
    entities: list
    more_claims: bool
    more_sources: bool
    more_entities: bool

    @property
    def found_anything(self) -> bool:
        return bool(self.claims or self.sources or self.entities)


def search_everything(query: str, *, claims: QuerySet, sources: QuerySet, entities: QuerySet, per_section: int) -> SearchResults:
    """The best `per_section` matches of each kind, highlighted, in a fixed number of queries:
    one row more than shown is fetched to know whether there are more, without a count."""
    query = normalize_query(query)
    found_claims = list(search_claims(claims, query)[: per_section + 1]) if query else []
    found_sources = list(search_sources(sources, query)[: per_section + 1])
    found_entities = list(search_entities(entities, query)[: per_section + 1])
    results = SearchResults(
        query=query,
        claims=found_claims[:per_section],
        sources=found_sources[:per_section],
        entities=found_entities[:per_section],
        more_claims=len(found_claims) > per_section,
        more_sources=len(found_sources) > per_section,
        more_entities=len(found_entities) > per_section,
    )
    highlight_claims(results.claims, query)
    highlight_sources(results.sources, query)
    highlight_entities(results.entities, query)
    return results


# --- highlighting ----------------------------------------------------------------------


def marked_html(marked: str | None) -> SafeString:
    """Text with MARK_START/MARK_END around matches, as safe HTML: escaped, then marked."""
    escaped = str(escape(marked or ""))
    html = _MARKED.sub(r"<mark>\1</mark>", escaped)
    return mark_safe(html.replace(MARK_START, "").replace(MARK_END, ""))  # noqa: S308 (escaped above)


def mark_terms(text: str, terms: list[str]) -> str:
    """Wrap every case-insensitive occurrence of the terms in MARK_START/MARK_END (not yet HTML)."""
    if not text or not terms:
        return text or ""
    pattern = re.compile("|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)), re.IGNORECASE)
    return pattern.sub(lambda m: f"{MARK_START}{m.group(0)}{MARK_END}", text)


def snippet(text: str, terms: list[str], width: int = SNIPPET_CHARS) -> str:
    """A window of `text` around the first match, cut at spaces, matches marked."""
    text = " ".join((text or "").split())
    lowered = text.lower()
    hits = [i for i in (lowered.find(t.lower()) for t in terms) if i >= 0]
    first = min(hits) if hits else 0
    start = max(0, first - width // 3)
    end = min(len(text), start + width)
    if start > 0:
        start = text.find(" ", start) + 1 or start
    if end < len(text):
        end = text.rfind(" ", start, end) if text.rfind(" ", start, end) > start else end
    window = mark_terms(text[start:end], terms)
    return f"{'… ' if start > 0 else ''}{window}{' …' if end < len(text) else ''}"


def _marked(obj, field: str, value: str, terms: list[str]) -> str:
    """PostgreSQL's ts_headline when the query annotated it, else the Python marker."""
    headline = getattr(obj, f"{field}_headline", None)
    return headline if headline is not None else mark_terms(value, terms)


def _highlight(obj, field: str, value: str, terms: list[str]) -> SafeString:
    return marked_html(_marked(obj, field, value, terms))
