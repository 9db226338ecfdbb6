"""A newsroom's stream of reports, oldest first, for measuring detection as an archive grows.

News comes in stories: an event is reported by a few outlets over a few days, with its own
people, place and numbers, and then the news moves on. A few public figures (the president,
the prime minister) turn up across many stories, and so do the capital and the big cities.
This stream writes that shape, seeded and in our own words, with the figures of a story
sometimes disagreeing (a different count, a bound, a different stage) and its names spelled
the way each outlet spells them, so the desk's own detection finds flags in it.

Unlike `articles.write_article`, which draws every report's people from one long tail (so
that any two reports share the most popular names and the whole archive reads as one
story), a story here has a cast of its own: an archive ten times larger holds ten times as
many stories, not stories ten times as large. Pure Python, no Django.
"""

import heapq
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from . import vocabulary as words

# The best-known public figures and how often each appears in a report, most prominent first.
BACKGROUND = (("President", 0.18), ("Prime Minister", 0.1), ("Foreign Minister", 0.06), ("Finance Minister", 0.04),
              ("Speaker", 0.03), ("Mayor", 0.02))
STORY_DAYS = 21  # a story's reports come out within three weeks of the event
STORIES_PER_DAY = 1.0


@dataclass(frozen=True)
class Report:
    number: int
    published: date
    publisher_index: int
    headline: str
    text: str


@dataclass
class _Story:
    cast: list[tuple[str, str]]  # (house spelling, variant) of each person
    place: tuple[str, str]
    topic: str
    nouns: list[tuple[str, str]]
    values: list[int]
    scope: str
    role: str


class Newsroom:
    """Reports in order of publication, story after story, from `first_day` on."""

    def __init__(self, rng: random.Random, first_day: date = date(2019, 1, 1)):
        self.rng = rng
        people = [
            ((f"{f1} {s1}"), (f"{f2} {s2}"))
            for (f1, f2) in words.FIRST_NAMES
            for (s1, s2) in words.FAMILY_NAMES
        ]
        rng.shuffle(people)
        self.background = people[: len(BACKGROUND)]
        self.people = people[len(BACKGROUND):]
        self.place_weights = [1 / (rank + 1) ** 0.8 for rank in range(len(words.PLACES))]
        self.day = first_day
        self.number = 0

    def reports(self) -> Iterator[Report]:
        pending: list[tuple[date, int, Report]] = []
        while True:
            # Every story that starts before the next report is out has been written.
            while not pending or pending[0][0] >= self.day:
                for report in self._story():
                    heapq.heappush(pending, (report.published, report.number, report))
                self.day += timedelta(days=round(self.rng.expovariate(STORIES_PER_DAY)))
            yield heapq.heappop(pending)[2]

    def _story(self) -> list[Report]:
        rng = self.rng
        nouns = rng.sample(words.NOUNS, 2)
        story = _Story(
            cast=rng.sample(self.people, rng.randint(2, 4)),
            place=rng.choices(words.PLACES, weights=self.place_weights, k=1)[0],
            topic=rng.choice(words.TOPICS).lower(),
            nouns=nouns,
            values=[rng.choice([5, 7, 12, 15, 18, 24, 30, 40, 51, 55, 60, 75, 120, 250, 400, 1200]) for _ in nouns],
            scope=rng.choice(words.SCOPES),
            role=rng.choice(words.ROLES),
        )
        size = min(1 + int(rng.expovariate(1 / 3.5)), 15)  # most stories a handful of reports, a few many more
        return [self._report(story, self.day + timedelta(days=rng.randint(0, STORY_DAYS))) for _ in range(size)]

    def _report(self, story: _Story, published: date) -> Report:
        rng = self.rng
        self.number += 1
        publisher_index = rng.randrange(len(words.PUBLISHERS))
        variant = publisher_index % 3 == 1  # a third of the outlets spell names their own way

        def name(person: tuple[str, str]) -> str:
            return person[1] if variant else person[0]

        def figure(which: int) -> str:
            value, scope = story.values[which], story.scope
            if rng.random() < 0.25:  # a report that says something else: a new count, or another stage
                value = max(1, round(value * rng.choice([0.5, 0.8, 1.25, 2])))
            if rng.random() < 0.15:
                scope = rng.choice(words.SCOPES)
            qualifier = rng.choice(words.QUALIFIERS) if rng.random() < 0.3 else ""
            singular, plural = story.nouns[which]
            return f"{qualifier}{value} {plural if value != 1 else singular} {'was' if value == 1 else 'were'} {scope}"

        speaker, other = story.cast[0], story.cast[-1]
        place = name(story.place)
        sentences = [
            f"{story.role.capitalize()} {name(speaker)} said on {rng.choice(words.WEEKDAYS)} that {figure(0)} in {place}.",
            f"{name(other)} told reporters that {figure(1)} under the {story.topic} programme.",
        ]
        extra = [
            f"According to {rng.choice(words.BODIES)}, {figure(0)} across {place} this year.",
            f"{name(story.cast[1])} and {name(speaker)} met in {place} to discuss the cost of the {story.topic} plan.",
            f"Critics in {place} questioned the numbers, saying the real count was lower than the one published.",
            f"Residents said work on the {story.topic} plan had stalled for {rng.randint(2, 11)} months.",
            f"{name(speaker)} added that {figure(1)} by the spring.",
        ]
        sentences += rng.sample(extra, rng.randint(2, len(extra)))
        for person, (title, share) in zip(self.background, BACKGROUND, strict=True):
            if rng.random() < share:
                sentences.insert(rng.randint(1, len(sentences)),
                                 f"{title} {name(person)} discussed the {story.topic} plan with officials in {place}.")
        text = " ".join(sentences) + f" (Report {self.number}.)"
        headline = f"{story.topic.capitalize()} in {place}: {name(speaker)} gives new figures"
        return Report(self.number, published, publisher_index, headline, text)
