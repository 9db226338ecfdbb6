"""Names: a source's mentions replaced on each analysis, each spelling placed in an entity
through blocking keys, and the spelling flags of the entities it touches recomputed."""

from __future__ import annotations

import operator
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from functools import lru_cache, reduce
from itertools import batched
from typing import TYPE_CHECKING, NamedTuple

from django.db import connection
from django.db.models import Count, F, Lookup, Min, OuterRef, Q, Subquery
from django.utils.text import slugify

from claims.detection import name_flags, names
from claims.detection.name_landmarks import landmark_word
from claims.detection.name_parsing import parse_name
from claims.detection.types import FlagLabel, MentionRecord
from claims.models import Discrepancy, Entity, EntityAlias, EntityFormerSlug, EntityKey, Mention, Source

from .flags import FoundFlag, retire_flags, save_flags

if TYPE_CHECKING:
    from .detection import AnalysisSummary


def replace_mentions(source: Source, summary: AnalysisSummary) -> tuple[set[int], set[int]]:
    """Replace the source's mentions: the entities touched, and those that took in others
    (`_join_entities`), whose flags must be recomputed in every source, not this one only."""
    old = list(Mention.objects.filter(source=source).values_list("text", "entity_id", "entity_locked"))
    placed_by_editor = {text: entity_id for text, entity_id, locked in old if locked and entity_id}
    Mention.objects.filter(source=source).delete()
    facts = names.extract_mentions(source.text)
    stated = names.stated_aliases(source.text)
    # In the order the text first uses them: clustering reads a lone surname by the full names before it.
    uses = [
        (fact.text, names.after_the(source.text, fact.start), names.courtesy_title(source.text, fact.start)) for fact in facts
    ]
    entity_for, entity_of_use, absorbed_into = _place_spellings(uses, placed_by_editor, summary, stated)
    _record_stated_aliases(source, entity_for, stated)
    rows = [
        Mention(
            source=source,
            entity_id=entity_of_use.get(i, entity_for.get(fact.text)),
            text=fact.text[:200],
            start=fact.start,
            end=fact.end,
            sentence=fact.sentence,
            entity_locked=fact.text in placed_by_editor,
        )
        for i, fact in enumerate(facts)
    ]
    Mention.objects.bulk_create(rows)
    summary.mentions = len(rows)
    touched = {entity_id for _, entity_id, _ in old if entity_id} | set(entity_for.values()) | set(entity_of_use.values())
    return {absorbed_into.get(entity_id, entity_id) for entity_id in touched}, set(absorbed_into.values())


def _place_spellings(
    uses: list[tuple[str, bool, str]], fixed: dict[str, int], summary: AnalysisSummary, stated: list[tuple[str, str]] = ()
) -> Placement:
    """Each spelling's entity: an editor's placement, else a candidate sharing a blocking key,
    else a new one; the uses of a surname the source gives two people placed apart
    (`_surnames_of_two_people`); and the entities joined because this source names them as
    one (each absorbed entity mapped to the one that took it in, see `_join_entities`).

    `uses` is every mention's spelling as the text uses them, with whether it follows a
    lower-case "the" ("the Odra", a river, not the company "Odra Tabor") and its courtesy
    title ("Dr Memon": the doctor of that surname the source named): the spellings no
    entity takes are clustered as the engine clusters one article, where a surname alone
    means the person named in full before it, and a word used twice before a longer name
    ("Navoi" the city, then the poet "Alisher Navoi") is not that name's surname.
    `stated` are the pairs the text says are one name ("Ennore (எண்ணூர்)"): a spelling no
    entity takes joins the entity of the other, or is clustered with it.
    """
    spellings = sorted({spelling for spelling, _, _ in uses})
    keys_of = {spelling: names.blocking_keys(spelling) for spelling in spellings}
    all_keys = set().union(*keys_of.values()) if keys_of else set()
    candidates_by_key = _entities_by_key(all_keys)
    crowded = {key for key, entity_ids in candidates_by_key.items() if len(entity_ids) > KEY_CANDIDATES}
    # A spelling is looked up by its telling keys ("w:haddadi"); a key thousands of names share
    # ("w:mohamed", a common first name) only when the spelling has no other.
    keys_used = {spelling: [key for key in keys if key not in crowded] or keys for spelling, keys in keys_of.items()}
    candidates_of = {
        spelling: set().union(*(candidates_by_key.get(key, set()) for key in keys_used[spelling])) for spelling in spellings
    }
    # Most spellings are ones the desk has seen, used by one candidate letter for letter: those
    # are placed without reading every candidate's spellings, which only new ones need.
    holder_of = _sole_holders(candidates_of)
    new_spellings = [spelling for spelling in spellings if spelling not in holder_of]
    known_spellings = _spellings_of(set().union(*(candidates_of[spelling] for spelling in new_spellings)))

    # The source read on its own first, as the engine reads one article: a surname alone joins
    # the person named in full before it, in this source, never a namesake elsewhere.
    in_source: dict[str, int] = {}  # each spelling's first cluster
    cluster_of_use: dict[int, int] = {}
    spellings_in: dict[int, set[str]] = defaultdict(set)
    for number, cluster in enumerate(names.cluster_mentions(_records(uses), stated)):
        for i in cluster:
            in_source.setdefault(uses[i][0], number)
            cluster_of_use[i] = number
            spellings_in[number].add(uses[i][0])
    lone = {spelling for spelling in spellings if is_lone_name(spelling)}

    entity_for: dict[str, int] = dict(fixed)
    unplaced: list[str] = []

    def match_on_desk(spelling: str) -> int | None:
        return holder_of.get(spelling) or _best_match(spelling, candidates_of[spelling], known_spellings)

    def place(spelling: str) -> None:
        match = match_on_desk(spelling)
        if match is None:
            unplaced.append(spelling)
        else:
            entity_for[spelling] = match

    for spelling in spellings:
        if spelling not in entity_for and spelling not in lone:
            place(spelling)
    # A one-word spelling that names its entity anywhere ("陳小明" beside "Simon Chan Siu-ming")
    # is also matched on the desk on its own: where that differs from the full name's entity,
    # the source says the two are one (`_join_entities`).
    also_matched: dict[str, int] = {}

    def match_alone(spelling: str, fuller: set[str]) -> None:
        if spelling in names.spellings_naming_alone([spelling, *fuller]):
            match = match_on_desk(spelling)
            if match is not None and match != entity_for.get(spelling):
                also_matched[spelling] = match

    full_names = [spelling for spelling in spellings if spelling not in lone]
    for spelling in sorted(lone - entity_for.keys()):
        fuller = spellings_in[in_source[spelling]] - lone
        if not fuller and any(names.same_name(spelling, full) for full in full_names):
            # The source names someone in full with this word and its own reading did not join
            # them ("Beridze" used before "Irakli Beridze" is named): a namesake elsewhere is
            # no likelier, so the word stands alone, as the engine leaves it.
            unplaced.append(spelling)
        elif not fuller and _only_after_the(spelling, uses) and (
            landmark := _landmark_named(spelling, candidates_of[spelling], known_spellings, holder_of)
        ):
            # "the Kvirila": the one river or lake of that name on the desk, not a company's
            # short form ("Kvirila Mining") that shares the word.
            entity_for[spelling] = landmark
        elif not fuller:
            place(spelling)  # nobody in this source is named in full with it: matched on the desk
        elif {entity_for.get(other) for other in fuller} <= {None}:
            unplaced.append(spelling)  # the surname of a person new to the desk: clustered with them below
            match_alone(spelling, fuller)
        elif len(placed := {entity_for[other] for other in fuller if other in entity_for}) == 1:
            entity_for[spelling] = placed.pop()
            match_alone(spelling, fuller)
        else:
            place(spelling)
    for a, b in stated:
        for placed, other in ((a, b), (b, a)):
            if placed in entity_for and other in unplaced and other not in entity_for:
                entity_for[other] = entity_for[placed]
    unplaced_set = {spelling for spelling in unplaced if spelling not in entity_for}
    unplaced_uses = [use for use in uses if use[0] in unplaced_set]
    for cluster in names.cluster_mentions(_records(unplaced_uses), [pair for pair in stated if set(pair) <= unplaced_set]):
        cluster_spellings = list(dict.fromkeys(unplaced_uses[i][0] for i in cluster))
        entity = new_entity(names.house_spelling_for(cluster_spellings))
        summary.new_entities += 1
        for spelling in cluster_spellings:
            entity_for[spelling] = entity.pk
    entity_of_use = _surnames_of_two_people(uses, cluster_of_use, spellings_in, lone, entity_for, fixed)
    absorbed_into = _join_entities(in_source, entity_for, fixed, summary, also_matched)
    entity_of_use = {i: absorbed_into.get(entity_id, entity_id) for i, entity_id in entity_of_use.items()}
    _store_keys([*entity_for.items(), *((uses[i][0], entity_id) for i, entity_id in entity_of_use.items())], keys_of)
    return Placement(entity_for, entity_of_use, absorbed_into)


def _only_after_the(spelling: str, uses: list[tuple[str, bool, str]]) -> bool:
    after_the = [after for used, after, _ in uses if used == spelling]
    return bool(after_the) and all(after_the)


def _landmark_named(spelling: str, candidates: set[int], known: dict[int, set[str]], holder_of: dict[str, int]) -> int | None:
    """The one candidate that names this word as a landmark ("Kvirila River", or "the Kvirila"
    placed there before); None when none or several do."""
    if spelling in holder_of:
        return holder_of[spelling]
    landmarks = {
        entity_id
        for entity_id in candidates
        for other in known.get(entity_id, ())
        if (word := landmark_word(parse_name(other).words)) and names.same_name(spelling, word)
    }
    return landmarks.pop() if len(landmarks) == 1 else None


def _records(uses: list[tuple[str, bool, str]]) -> list[MentionRecord]:
    """One source's uses, in text order, as the engine's clustering reads them."""
    return [MentionRecord(i, 0, spelling, the, title) for i, (spelling, the, title) in enumerate(uses)]


class Placement(NamedTuple):
    entity_for: dict[str, int]  # each spelling's entity
    entity_of_use: dict[int, int]  # a use (by its index in the text) placed apart from its spelling's entity
    absorbed_into: dict[int, int]  # entities joined on this import, each to the entity that took it in


def _surnames_of_two_people(
    uses: list[tuple[str, bool, str]],
    cluster_of_use: dict[int, int],
    spellings_in: dict[int, set[str]],
    lone: set[str],
    entity_for: dict[str, int],
    fixed: dict[str, int],
) -> dict[int, int]:
    """A surname the source uses for two people ("Dr Hassan" for one, "Mr Hassan" for the
    other, or each after the person it follows): each use goes with the person of its own
    cluster, where the spelling's entity is that of its first. Uses the engine leaves with
    nobody keep the spelling's entity."""
    clusters_of: dict[str, set[int]] = defaultdict(set)
    for i, (spelling, _, _) in enumerate(uses):
        if spelling in lone and spelling not in fixed and i in cluster_of_use:
            clusters_of[spelling].add(cluster_of_use[i])
    entity_of_use: dict[int, int] = {}
    for i, (spelling, _, _) in enumerate(uses):
        if len(clusters_of.get(spelling, ())) < 2:
            continue
        fuller = spellings_in[cluster_of_use[i]] - lone
        people = {entity_for[other] for other in fuller if other in entity_for}
        if len(people) == 1 and (person := people.pop()) != entity_for.get(spelling):
            entity_of_use[i] = person
    return entity_of_use


def _join_entities(
    in_source: dict[str, int],
    entity_for: dict[str, int],
    fixed: dict[str, int],
    summary: AnalysisSummary,
    also_matched: dict[str, int],
) -> dict[int, int]:
    """Join the entities that one source's name is spread over.

    Read on its own, a source may call one place "Ganja" and "Гянджа", or one man "Simon
    Chan Siu-ming (陳小明)", where the desk had placed each spelling in an entity of its own
    (from reports that used one of them): the source says they are one, as the engine would
    cluster them had it read all the reports at once. Spellings that say who only in this
    source ("Chan" beside "Simon Chan") join nothing (`names.spellings_naming_alone`), nor do
    the spellings an editor placed. `also_matched` are the entities some of the source's
    spellings match on their own, where the source placed them with a fuller name.

    An entity an editor has worked on (a mention placed by hand, a flag decided) is left for
    the editor: joining it could undo a split. The entity with the most mentions takes in the
    others, as in an editor's merge, its house spelling kept. Returns each absorbed entity's
    id mapped to the id that took it in."""
    spellings_of: dict[int, list[str]] = defaultdict(list)
    for spelling, number in in_source.items():
        spellings_of[number].append(spelling)
    groups = []
    for spellings in spellings_of.values():
        naming = names.spellings_naming_alone(spellings)
        entity_ids = {entity_for[s] for s in naming if s in entity_for and s not in fixed}
        entity_ids |= {also_matched[s] for s in naming if s in also_matched}
        if len(entity_ids) > 1:
            groups.append(entity_ids)
    if not groups:
        return {}
    involved = set().union(*groups)
    worked_on = set(
        Mention.objects.filter(entity_id__in=involved, entity_locked=True).values_list("entity_id", flat=True).distinct()
    ) | set(
        Discrepancy.objects.filter(entity_id__in=involved)
        .exclude(status=Discrepancy.Status.OPEN)
        .values_list("entity_id", flat=True)
        .distinct()
    )
    absorbed_into: dict[int, int] = {}
    for group in _connected(groups):
        group -= worked_on
        if len(group) < 2:
            continue
        target = absorb_entities(group)
        summary.entities_joined += len(group) - 1
        absorbed_into.update(dict.fromkeys(group - {target}, target))
    for spelling, entity_id in entity_for.items():
        entity_for[spelling] = absorbed_into.get(entity_id, entity_id)
    return absorbed_into


def _connected(groups: list[set[int]]) -> list[set[int]]:
    """Groups that share an id, joined."""
    merged: list[set[int]] = []
    for group in groups:
        touching = [other for other in merged if other & group]
        for other in touching:
            merged.remove(other)
            group = group | other
        merged.append(set(group))
    return merged


def absorb_entities(entity_ids, *, placed_by_editor: bool = False) -> int:
    """Merge these entities into the one with the most mentions (its house spelling, slug and
    flags stay), and return its id: the others' mentions, keys, aliases, claims and addresses
    move to it, their flags are retired, and they are deleted. An editor's merge locks the
    mentions it moves (re-analysis keeps them there); a join leaves them to the engine."""
    ranked = Entity.objects.filter(pk__in=entity_ids).annotate(n=Count("mentions")).order_by("-n", "pk")
    target, *others = ranked.values_list("pk", flat=True)
    if not others:
        return target
    moved = {"entity_id": target, "entity_locked": True} if placed_by_editor else {"entity_id": target}
    Mention.objects.filter(entity_id__in=others).update(**moved)
    keys = set(EntityKey.objects.filter(entity_id__in=others).values_list("key", flat=True))
    EntityKey.objects.bulk_create([EntityKey(entity_id=target, key=key) for key in keys], ignore_conflicts=True)
    held = set(EntityAlias.objects.filter(entity_id=target).values_list("name", "held_from"))
    for alias in EntityAlias.objects.filter(entity_id__in=others):
        if (alias.name, alias.held_from) not in held:
            alias.entity_id = target
            alias.save(update_fields=["entity"])
            held.add((alias.name, alias.held_from))
    entity = Entity.objects.get(pk=target)
    absorbed = list(Entity.objects.filter(pk__in=others).prefetch_related("claims"))
    for other in absorbed:
        entity.claims.add(*other.claims.all())
    # Their pages' addresses, and the addresses they had taken in, now lead to the target.
    EntityFormerSlug.objects.filter(entity_id__in=others).update(entity_id=target)
    EntityFormerSlug.point([other.slug for other in absorbed], target)
    Discrepancy.objects.filter(entity_id__in=others).update(entity_id=target, is_active=False)
    Entity.objects.filter(pk__in=others).delete()
    # The entity's history says what it took in, and why: an editor reading it later can split
    # a join the engine got wrong.
    why = "an editor's merge" if placed_by_editor else "joined on import, a source named them as one"
    taken_in = ", ".join(other.slug for other in absorbed)
    reason = f"Took in {taken_in} ({why})"
    entity._change_reason = reason if len(reason) <= 100 else f"Took in {len(absorbed)} names ({why})"
    entity.save(update_fields=["updated_at"])
    return target


# A blocking key shared by more entities than this is crowded: it is read no further (its
# newest entities only), and a spelling with a less crowded key is not looked up by it. So a
# new "Mohammed Haddadi" is compared with the entities that share "Haddadi", not with every
# Mohammed on the desk, however many there are.
KEY_CANDIDATES = 100


def _entities_by_key(keys: set[str]) -> dict[str, set[int]]:
    """Each key's entities, at most KEY_CANDIDATES + 1 of them (the newest), in one statement:
    a bounded read per key along the (key, entity) index, joined by UNION ALL."""
    found: dict[str, set[int]] = defaultdict(set)
    reads = [
        EntityKey.objects.filter(key=key).order_by("-entity_id").values_list("key", "entity_id")[: KEY_CANDIDATES + 1]
        for key in sorted(keys)
    ]
    for key, entity_id in union_all(reads):
        found[key].add(entity_id)
    return found


def union_all(reads) -> list[tuple]:
    """The rows of several bounded reads (sliced value querysets) in one statement, their
    results joined by UNION ALL: one round trip where a loop of reads would make many."""
    rows = []
    for chunk in batched(reads, 200):  # SQLite joins at most 500 selects in one compound statement
        parts, params = [], []
        for n, read in enumerate(chunk):
            sql, read_params = read.query.sql_with_params()
            parts.append(f"SELECT * FROM ({sql}) AS read_{n}")
            params += read_params
        with connection.cursor() as cursor:
            cursor.execute(" UNION ALL ".join(parts), params)
            rows += cursor.fetchall()
    return rows


# At most this many distinct spellings of one entity are matched against (with its house
# spelling and aliases); one name seldom has ten.
SPELLINGS_READ = 500


def _sole_holders(candidates_of: dict[str, set[int]]) -> dict[str, int]:
    """Each spelling that exactly one of its candidates already uses, as a mention, as its
    house spelling or as another name it held, mapped to that candidate."""
    entity_ids = set().union(*candidates_of.values()) if candidates_of else set()
    if not entity_ids:
        return {}
    texts = list(candidates_of)
    holders: dict[str, set[int]] = defaultdict(set)
    for text, entity_id in _used_spellings(candidates_of):
        holders[text].add(entity_id)
    # The candidates as one array parameter on PostgreSQL (`AnyOf`): a crowded name has a
    # hundred or more, and a placeholder each cost more than the reads.
    for entity_id, name in Entity.objects.filter(AnyOf(F("pk"), entity_ids), name__in=texts).order_by().values_list("pk", "name"):
        holders[name].add(entity_id)
    aliases = EntityAlias.objects.filter(AnyOf(F("entity_id"), entity_ids), name__in=texts).order_by()
    for entity_id, name in aliases.values_list("entity_id", "name"):
        holders[name].add(entity_id)
    sole = {}
    for text, held_by in holders.items():
        among = held_by & candidates_of[text]
        if len(among) == 1:
            sole[text] = among.pop()
    return sole


def _used_spellings(candidates_of: dict[str, set[int]]) -> list[tuple[str, int]]:
    """The (spelling, candidate) pairs where the candidate has a mention spelled so.

    On PostgreSQL, one index probe per pair, all in one statement: reading the mentions
    themselves would read every "Ministry of Health" of thousands of sources to learn that
    the ministry is called so, a cost that grows with the archive."""
    pairs = [(text, entity_id) for text, candidates in candidates_of.items() for entity_id in candidates]
    if connection.vendor == "postgresql":
        mention = connection.ops.quote_name(Mention._meta.db_table)
        sql = f"""
            SELECT pair.text, pair.entity_id
            FROM unnest(%s::text[], %s::integer[]) AS pair(text, entity_id)
            WHERE EXISTS (SELECT 1 FROM {mention} m WHERE m.entity_id = pair.entity_id AND m.text = pair.text)
        """
        with connection.cursor() as cursor:
            cursor.execute(sql, [[text for text, _ in pairs], [entity_id for _, entity_id in pairs]])
            return cursor.fetchall()
    entity_ids = {entity_id for _, entity_id in pairs}
    used = Mention.objects.filter(entity_id__in=entity_ids, text__in=list(candidates_of)).order_by()
    return [(text, entity_id) for text, entity_id in used.values_list("text", "entity_id").distinct()
            if entity_id in candidates_of[text]]


def _spellings_of(entity_ids: set[int]) -> dict[int, set[str]]:
    spellings: dict[int, set[str]] = defaultdict(set)
    if not entity_ids:
        return spellings
    for entity_id, name in Entity.objects.filter(pk__in=entity_ids).values_list("pk", "name"):
        spellings[entity_id].add(name)
    for entity_id, name in EntityAlias.objects.filter(entity_id__in=entity_ids).values_list("entity_id", "name"):
        spellings[entity_id].add(name)
    for entity_id, text in _distinct_spellings(sorted(entity_ids)):
        spellings[entity_id].add(text)
    return spellings


def _distinct_spellings(entity_ids: list[int]) -> list[tuple[int, str]]:
    """Every distinct spelling the entities' mentions use, in one statement whose cost is the
    number of spellings, not of mentions: each step asks the (entity, text) index for the next
    spelling after the last one (a "loose index scan"), on SQLite and PostgreSQL alike."""
    mention = connection.ops.quote_name(Mention._meta.db_table)
    sql = f"""
        WITH RECURSIVE spelled(entity_id, text, n) AS (
            SELECT e.id, (SELECT MIN(m.text) FROM {mention} m WHERE m.entity_id = e.id), 1
            FROM {connection.ops.quote_name(Entity._meta.db_table)} e WHERE e.id IN ({", ".join(["%s"] * len(entity_ids))})
            UNION ALL
            SELECT s.entity_id, (SELECT MIN(m.text) FROM {mention} m WHERE m.entity_id = s.entity_id AND m.text > s.text), s.n + 1
            FROM spelled s WHERE s.text IS NOT NULL AND s.n < %s
        )
        SELECT entity_id, text FROM spelled WHERE text IS NOT NULL
    """
    with connection.cursor() as cursor:
        cursor.execute(sql, [*entity_ids, SPELLINGS_READ])
        return cursor.fetchall()


def _best_match(spelling: str, candidates: set[int], known: dict[int, set[str]]) -> int | None:
    """The candidate with the most spellings that name the same thing; ties go to the oldest entity.

    A spelling one candidate already uses, letter for letter, is that candidate's: it is how
    the desk placed it before (or where an editor moved it), and comparing it with every
    candidate sharing a first name would cost far more than it could change. A name of
    several words is compared with a candidate's names of several words when it has any:
    "Rauf Mamedov" is not the "Elshan Mamedov" some report once called "Mamedov"."""
    holders = [entity_id for entity_id in candidates if spelling in known.get(entity_id, ())]
    if len(holders) == 1:
        return holders[0]
    full = not is_lone_name(spelling)
    best, best_score = None, 0
    for entity_id in sorted(candidates):
        others = known.get(entity_id, ())
        if full:
            others = [other for other in others if not is_lone_name(other)] or others
        score = sum(names.same_name(spelling, other) for other in others)
        if score > best_score:
            best, best_score = entity_id, score
    return best


@lru_cache(maxsize=100_000)
def is_lone_name(spelling: str) -> bool:
    """One word, perhaps after particles ("Tokayev", "al-Mabrouk", "Astana")."""
    return parse_name(spelling).lone is not None


def new_entity(house_spelling: str) -> Entity:
    # Readers see the slug in the entity page's address: the house spelling without its
    # accents ("lubomir-kovac"), or, for a name in another script, its transliteration.
    base = slugify(house_spelling) or slugify(names.fold(house_spelling)) or "name"
    slug, n = base[:200], 2
    # Nor the address of a merged entity, which must keep leading to the one that took it in.
    while Entity.objects.filter(slug=slug).exists() or EntityFormerSlug.objects.filter(slug=slug).exists():
        slug, n = f"{base[:200]}-{n}", n + 1
    return Entity.objects.create(name=house_spelling[:200], slug=slug)


def _store_keys(placed: Iterable[tuple[str, int]], keys_of: dict[str, frozenset[str]]) -> None:
    """The blocking keys of each (spelling, entity) placed, so later spellings find the entity."""
    rows = [
        EntityKey(entity_id=entity_id, key=key[:200])
        for spelling, entity_id in placed
        for key in keys_of.get(spelling) or names.blocking_keys(spelling)
    ]
    EntityKey.objects.bulk_create(rows, ignore_conflicts=True)


def _record_stated_aliases(source: Source, entity_for: dict[str, int], stated: list[tuple[str, str]]) -> None:
    """“Nur-Sultan (formerly known as Astana)”, “Ennore (எண்ணூர்)”: the source itself says two
    names are one."""
    for current, former in stated:
        entity_id = entity_for.get(current)
        if entity_id is None:
            continue
        outlet = source.publisher or "a source"
        if former in source.text:
            note = f"Stated in {outlet} as another name of {current}."
        else:  # "Gelora Bung Tomo, the Surabaya stadium": a name read from a description, never printed
            note = f"Read from {outlet}, which describes {current} as this place; the spelling itself was not printed."
        EntityAlias.objects.get_or_create(
            entity_id=entity_id, name=former[:200], held_from=None, defaults={"note": note[:300]}
        )
        entity_for.setdefault(former, entity_id)
        _store_keys([(former, entity_id)], {former: names.blocking_keys(former)})


class AnyOf(Lookup):
    """`column IN (ids)` for a long list of ids: on PostgreSQL one array parameter
    (`= ANY(%s)`) rather than one placeholder per id, which costs more to send and plan than
    to run once the list holds a thousand ids (a popular name's window). Used as a filter
    expression: `.filter(AnyOf(F("source_id"), ids))`."""

    lookup_name = "any_of"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        ids = list(self.rhs)
        if not ids:
            return "1 = 0", []
        if connection.vendor == "postgresql":
            return f"{lhs} = ANY(%s)", [*lhs_params, ids]
        return f"{lhs} IN ({', '.join(['%s'] * len(ids))})", [*lhs_params, *ids]


def _latest_sources(entity_ids, n: int, *, also: Q | None = None) -> tuple[list[Q], dict[int, int]]:
    """Filters for each entity's mentions in its latest `n` sources: from the oldest of those
    sources on, found for all the entities in one statement; and that oldest source of each
    entity with more than `n`. `also` widens a bounded entity's filter (the source being
    analysed, if older)."""
    oldest = Mention.objects.filter(entity_id=OuterRef("pk")).order_by("-source_id").values("source_id").distinct()[n - 1 : n]
    bounds = Entity.objects.filter(pk__in=entity_ids).annotate(oldest=Subquery(oldest)).order_by("pk")
    whole, windows, bound_of = [], [], {}
    for entity_id, bound in bounds.values_list("pk", "oldest"):
        if bound is None:
            whole.append(entity_id)
        else:
            bound_of[entity_id] = bound
            window = Q(source_id__gte=bound) | also if also is not None else Q(source_id__gte=bound)
            windows.append(Q(window, entity_id=entity_id))
    return ([Q(entity_id__in=whole), *windows] if whole else windows), bound_of


# Spelling flags weigh an entity's latest appearances; one name in thousands of reports
# must not make every import read them all.
NAME_FLAG_SOURCES = 400
_PER_SOURCE = [label.value for label in name_flags.PER_SOURCE_LABELS]


def refresh_name_flags(entity_ids: set[int], *, around: Source | None = None) -> list[Discrepancy]:
    """Recompute the spelling flags of these entities, keeping every editor's decision.

    An entity's own flags (a word spelled differently across sources, a spelling against the
    house spelling) weigh its latest NAME_FLAG_SOURCES sources. A source's flags (one source
    spelling a word two ways, a renamed place called by a name it did not hold that day) are
    that source's alone: with `around`, only the analysed source's are recomputed, and the
    entity's flags bring their members in line for that source only (plus dropping the
    sources that left the window), so a popular name costs a new source what a rare one does.
    Without it (a rebuild, an editor's merge or split) every source in the windows is redone.
    """
    entity_ids = {pk for pk in entity_ids if pk}
    if not entity_ids:
        return []
    entities = Entity.objects.in_bulk(entity_ids)
    # A name whose spellings, all of them, could never be flagged is not read mention by
    # mention: its flags are none (the common case, one spelling of a ministry or a city).
    # Its distinct spellings are read along the (entity, text) index, whatever its mentions.
    spellings: dict[int, set[str]] = defaultdict(set)
    for entity_id, text in _distinct_spellings(sorted(entities)) if entities else ():
        spellings[entity_id].add(text)
    read = {
        entity_id
        for entity_id, entity in entities.items()
        if len(spellings[entity_id]) >= SPELLINGS_READ or name_flags.can_flag(spellings[entity_id], entity.name, entity.slug)
    }
    # One record per spelling per source (the first mention stands for the others), over each
    # entity's latest NAME_FLAG_SOURCES sources: those from the oldest of them on.
    also = Q(source_id=around.pk) if around else None
    windows, bound_of = _latest_sources(read, NAME_FLAG_SOURCES, also=also) if read else ([], {})
    rows = []
    for chunk in batched(windows, 200):
        rows += Mention.objects.filter(reduce(operator.or_, chunk)).values_list("entity_id", "source_id", "text").annotate(
            ref=Min("pk")
        ).order_by()
    rows.sort(key=lambda row: (row[0], row[3]))
    mentions_by_entity: dict[int, list[MentionRecord]] = defaultdict(list)
    for entity_id, source_id, text, ref in rows:
        mentions_by_entity[entity_id].append(MentionRecord(ref=ref, source_ref=source_id, text=text))
    redone = {around.pk} if around else {row[1] for row in rows}  # the sources whose own flags are recomputed
    # Dates matter only where a renamed place's name is used (`outdated_names`): read just those.
    renamed = {text for text in {row[2] for row in rows if row[1] in redone} if names.renames_for(text)}
    published: dict[int, date] = {}
    for chunk in batched(sorted({row[1] for row in rows if row[2] in renamed and row[1] in redone}), 5000):
        published.update(
            Source.objects.filter(AnyOf(F("pk"), chunk), published_on__isnull=False).order_by().values_list("pk", "published_on")
        )
    found, source_of = [], {}
    for entity_id, records in mentions_by_entity.items():
        entity = entities[entity_id]
        source_of.update((record.ref, record.source_ref) for record in records)
        by_source: dict[int, list[MentionRecord]] = defaultdict(list)
        for record in records:
            if record.source_ref in redone:
                by_source[record.source_ref].append(record)
        flags = name_flags.entity_flags(records, entity.name, entity.slug)
        for source_records in by_source.values():
            flags += name_flags.source_flags(source_records, entity.slug)
        found += [
            FoundFlag(key=flag.key, kind=Discrepancy.Kind.NAME, label=flag.label.value, reason=flag.reason,
                      group_key="", entity_id=entity_id, items=frozenset(flag.refs),
                      sources=frozenset(source_of[ref] for ref in flag.refs))
            for flag in flags
        ] + [
            FoundFlag(
                key=f"name:{entity.slug}:{FlagLabel.OUTDATED_NAME}:{old.source_ref}:{names.fold(old.written)}",
                kind=Discrepancy.Kind.NAME, label=FlagLabel.OUTDATED_NAME.value, reason=old.reason, group_key="",
                entity_id=entity_id, items=frozenset(old.refs), sources=frozenset(source_of[ref] for ref in old.refs),
            )
            for old in names.outdated_names([r for rs in by_source.values() for r in rs], published)
        ]
    # The entity's flags, and the flags of the sources redone; other sources' own flags stay,
    # but for a name that can no longer be flagged at all (its variant split off by an editor).
    of_sources_redone = Discrepancy.sources.through.objects.filter(AnyOf(F("source_id"), redone)).values("discrepancy_id")
    scope = Discrepancy.objects.filter(kind=Discrepancy.Kind.NAME, entity_id__in=entity_ids).filter(
        ~Q(label__in=_PER_SOURCE) | Q(label__in=_PER_SOURCE, pk__in=of_sources_redone) | Q(entity_id__in=entity_ids - read)
    )
    if around is None:
        kept = save_flags(found)
    else:
        kept = save_flags(found, seen={around.pk}, item_sources=source_of)
        _drop_left_window(kept, bound_of, around)
    retire_flags(scope, kept)
    return kept


def _drop_left_window(kept: list[Discrepancy], bound_of: dict[int, int], around: Source) -> None:
    """Members of an entity's own flags from sources older than its window: a flag kept in step
    one source at a time drops them as the window moves on, as a recompute would not find them."""
    flags_of: dict[int, list[int]] = defaultdict(list)
    for flag in kept:
        if flag.entity_id in bound_of and flag.label not in _PER_SOURCE:
            flags_of[flag.entity_id].append(flag.pk)
    if not flags_of:
        return
    older = [(ids, bound_of[entity_id]) for entity_id, ids in flags_of.items()]
    left_sources = reduce(operator.or_, (Q(discrepancy_id__in=ids, source_id__lt=bound) for ids, bound in older))
    Discrepancy.sources.through.objects.filter(left_sources).exclude(source_id=around.pk).delete()
    left_mentions = reduce(operator.or_, (Q(discrepancy_id__in=ids, mention__source_id__lt=bound) for ids, bound in older))
    Discrepancy.mentions.through.objects.filter(left_mentions).exclude(mention__source_id=around.pk).delete()
