"""Synthetic news articles with known spans: every name and every figure written into the text
is recorded with its offsets, so the generator can store mentions, figures and quotes that
point exactly where the desk's own detection would point. Pure Python, seeded, no Django."""

import random
from dataclasses import dataclass, field
from datetime import date

from . import vocabulary as words

QUALIFIER_VALUES = {"": "exactly", "about ": "about", "at least ": "at_least", "more than ": "more_than",
                    "nearly ": "nearly", "up to ": "up_to", "some ": "about"}


@dataclass
class NameSpan:
    entity: int  # index into Cast.entities
    text: str
    start: int
    end: int
    sentence: int


@dataclass
class FigureSpan:
    text: str
    start: int
    end: int
    value: int
    noun: str
    qualifier: str
    scope: str
    group_key: str
    speaker: str
    sentence: int


@dataclass
class Article:
    text: str
    sentences: list[tuple[int, int]]
    names: list[NameSpan] = field(default_factory=list)
    figures: list[FigureSpan] = field(default_factory=list)
    claimable: list[int] = field(default_factory=list)  # sentences worth a claim: they carry a figure


@dataclass(frozen=True)
class Entity:
    name: str  # the house spelling
    variant: str  # how some outlets spell it
    kind: str


class Cast:
    """Every entity the archive can mention, and how popular each is (a long tail, as in news)."""

    def __init__(self, rng: random.Random, people: int):
        combos = [(f, s) for f in range(len(words.FIRST_NAMES)) for s in range(len(words.FAMILY_NAMES))]
        rng.shuffle(combos)
        self.entities: list[Entity] = []
        for first, family in combos[:people]:
            (f1, f2), (s1, s2) = words.FIRST_NAMES[first], words.FAMILY_NAMES[family]
            self.entities.append(Entity(f"{f1} {s1}", f"{f2} {s2}", "person"))
        self.people = list(range(len(self.entities)))
        self.places = []
        for name, variant in words.PLACES:
            self.places.append(len(self.entities))
            self.entities.append(Entity(name, variant, "place"))
        # Zipf-like: the head of the list is in the news every day, the tail once a year.
        self.people_weights = [1 / (rank + 1) ** 1.1 for rank in range(len(self.people))]
        self.place_weights = [1 / (rank + 1) ** 0.8 for rank in range(len(self.places))]

    def pick_people(self, rng: random.Random, k: int) -> list[int]:
        return list(dict.fromkeys(rng.choices(self.people, weights=self.people_weights, k=k)))

    def pick_place(self, rng: random.Random) -> int:
        return rng.choices(self.places, weights=self.place_weights, k=1)[0]


class _Writer:
    def __init__(self, cast: Cast, spells_variants: bool):
        self.cast, self.variants = cast, spells_variants
        self.parts: list[str] = []
        self.length = 0
        self.article = Article(text="", sentences=[])
        self.sentence_start = 0

    def put(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def name(self, entity: int) -> str:
        person = self.cast.entities[entity]
        spelling = person.variant if self.variants else person.name
        start = self.length
        self.put(spelling)
        self.article.names.append(NameSpan(entity, spelling, start, self.length, len(self.article.sentences)))
        return spelling

    def figure(self, rng: random.Random, noun_index: int, place: int, speaker: str) -> None:
        singular, plural = words.NOUNS[noun_index]
        qualifier = rng.choice(words.QUALIFIERS)
        value = rng.choice([3, 5, 7, 12, 15, 18, 24, 30, 40, 51, 55, 60, 75, 120, 250, 400, 1200])
        scope = rng.choice(words.SCOPES)
        text = f"{qualifier}{value} {plural if value != 1 else singular}"
        start = self.length
        self.put(text)
        self.article.figures.append(
            FigureSpan(
                text=text, start=start, end=self.length, value=value, noun=singular,
                qualifier=QUALIFIER_VALUES[qualifier], scope=scope,
                group_key=f"count:{singular}:{self.cast.entities[place].name.lower()}",
                speaker=speaker, sentence=len(self.article.sentences),
            )
        )
        self.put(f" {'was' if value == 1 else 'were'} {scope}")

    def end_sentence(self, claimable: bool = False) -> None:
        if claimable:
            self.article.claimable.append(len(self.article.sentences))
        self.article.sentences.append((self.sentence_start, self.length))
        self.put(" ")
        self.sentence_start = self.length

    def done(self) -> Article:
        self.article.text = "".join(self.parts).rstrip()
        return self.article


def write_article(rng: random.Random, cast: Cast, *, number: int, publisher_index: int, published: date) -> Article:
    """About a dozen sentences: people, places and figures, some quoted by several outlets."""
    w = _Writer(cast, spells_variants=publisher_index % 3 == 1)
    people = cast.pick_people(rng, rng.randint(3, 6))
    place = cast.pick_place(rng)
    other_place = cast.pick_place(rng)
    topic = rng.choice(words.TOPICS).lower()
    nouns = rng.sample(range(len(words.NOUNS)), 3)
    for i in range(rng.randint(9, 14)):
        speaker_entity = people[i % len(people)]
        form = (i + number) % 7
        if form == 0:
            w.put(f"{rng.choice(words.ROLES).capitalize()} ")
            speaker = w.name(speaker_entity)
            w.put(f" said on {rng.choice(words.WEEKDAYS)} that ")
            w.figure(rng, nouns[0], place, speaker)
            w.put(" in ")
            w.name(place)
            w.put(f" during {published.year - rng.randint(0, 2)}.")
            w.end_sentence(claimable=True)
        elif form == 1:
            w.put(f"According to {rng.choice(words.BODIES)}, ")
            w.figure(rng, nouns[1], place, "")
            w.put(" across ")
            w.name(place)
            w.put(" by the end of last year.")
            w.end_sentence(claimable=True)
        elif form == 2:
            speaker = w.name(speaker_entity)
            w.put(" told reporters in ")
            w.name(other_place)
            w.put(" that ")
            w.figure(rng, nouns[2], other_place, speaker)
            w.put(f" under the {topic} programme.")
            w.end_sentence(claimable=True)
        elif form == 3:
            w.put("Critics in ")
            w.name(place)
            w.put(f" questioned the numbers, saying the real count was lower than the one {rng.choice(words.BODIES)} printed.")
            w.end_sentence()
        elif form == 4:
            w.name(speaker_entity)
            w.put(" and ")
            w.name(people[(i + 1) % len(people)])
            w.put(f" met on {rng.choice(words.WEEKDAYS)} to discuss {topic} and the cost of the plan.")
            w.end_sentence()
        elif form == 5:
            w.put(f"Residents said work on the {topic} plan had stalled for {rng.randint(2, 11)} months, ")
            w.put("and that nobody had explained why.")
            w.end_sentence()
        else:
            w.put(f"The {topic} budget will grow by {rng.randint(2, 40)} percent, ")
            w.name(speaker_entity)
            w.put(" added in a statement.")
            w.end_sentence(claimable=True)
    w.put(f"(Report {number}.)")
    w.end_sentence()
    return w.done()
