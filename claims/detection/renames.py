"""Places that changed their name, with the dates each name held.

A renamed place is one entity under several names: "Nur-Sultan" in a September 2019
article is right, "Astana" in the same article would be out of date (unless the article
also uses the current name, as in "Nur-Sultan (formerly known as Astana)"). Only renames
the desk is sure of are listed; where the exact day is not recorded here, the names are
listed without dates, which clusters them but never calls one of them out of date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .transliteration import FUZZY_MIN_LENGTH, fold, soften


@dataclass(frozen=True, slots=True)
class NameSpan:
    """One name a place held. None: no bound recorded (the earliest name's start, the current
    name's end); a span with neither bound belongs to an undated rename."""

    name: str
    held_from: date | None = None
    held_until: date | None = None  # the day the next name took over

    @property
    def dated(self) -> bool:
        return self.held_from is not None or self.held_until is not None

    def holds_on(self, day: date) -> bool | None:
        """Did this name hold on `day`? None when the rename is not dated."""
        if not self.dated:
            return None
        return (self.held_from is None or self.held_from <= day) and (self.held_until is None or day < self.held_until)


_D = date
# Oldest name first; the last span is the current name (the house spelling of the place).
RENAMES: tuple[tuple[NameSpan, ...], ...] = (
    (
        NameSpan("Akmola", None, _D(1998, 5, 6)),
        NameSpan("Astana", _D(1998, 5, 6), _D(2019, 3, 23)),
        NameSpan("Nur-Sultan", _D(2019, 3, 23), _D(2022, 9, 17)),
        NameSpan("Astana", _D(2022, 9, 17), None),
    ),
    (
        NameSpan("Saint Petersburg", None, _D(1914, 8, 31)),
        NameSpan("Petrograd", _D(1914, 8, 31), _D(1924, 1, 26)),
        NameSpan("Leningrad", _D(1924, 1, 26), _D(1991, 9, 6)),
        NameSpan("Saint Petersburg", _D(1991, 9, 6), None),
    ),
    (NameSpan("Rangoon", None, _D(1989, 6, 18)), NameSpan("Yangon", _D(1989, 6, 18), None)),
    (NameSpan("Burma", None, _D(1989, 6, 18)), NameSpan("Myanmar", _D(1989, 6, 18), None)),
    (NameSpan("Swaziland", None, _D(2018, 4, 19)), NameSpan("Eswatini", _D(2018, 4, 19), None)),
    # Only the latest rename of each: the earlier names (Tsaritsyn, Pishpek) are not dated here.
    (NameSpan("Stalingrad", None, _D(1961, 11, 10)), NameSpan("Volgograd", _D(1961, 11, 10), None)),
    (NameSpan("Frunze", None, _D(1991, 2, 5)), NameSpan("Bishkek", _D(1991, 2, 5), None)),
    # The Haryana government renamed Gurgaon on 12 April 2016.
    (NameSpan("Gurgaon", None, _D(2016, 4, 12)), NameSpan("Gurugram", _D(2016, 4, 12), None)),
    # Karnataka's cities took their Kannada names on 1 November 2014.
    (NameSpan("Bangalore", None, _D(2014, 11, 1)), NameSpan("Bengaluru", _D(2014, 11, 1), None)),
    (NameSpan("Mysore", None, _D(2014, 11, 1)), NameSpan("Mysuru", _D(2014, 11, 1), None)),
    (NameSpan("Ceylon", None, _D(1972, 5, 22)), NameSpan("Sri Lanka", _D(1972, 5, 22), None)),
    (NameSpan("Dahomey", None, _D(1975, 11, 30)), NameSpan("Benin", _D(1975, 11, 30), None)),
    (NameSpan("Upper Volta", None, _D(1984, 8, 4)), NameSpan("Burkina Faso", _D(1984, 8, 4), None)),
    # The Verkhovna Rada renamed the city on 14 July 2016; the region kept "Kirovohrad Oblast".
    (NameSpan("Kirovohrad", None, _D(2016, 7, 14)), NameSpan("Kropyvnytskyi", _D(2016, 7, 14), None)),
    # Named by the National Assembly of reunified Vietnam on 2 July 1976.
    (NameSpan("Saigon", None, _D(1976, 7, 2)), NameSpan("Ho Chi Minh City", _D(1976, 7, 2), None)),
    # Undated: renamed or re-romanised, but the exact day is not recorded here.
    (NameSpan("Port-Lyautey"), NameSpan("Kenitra")),  # renamed in 1956, at independence
    # The UN has used "Türkiye" since June 2022; English style guides still write "Turkey",
    # so neither is called out of date.
    (NameSpan("Turkey"), NameSpan("Türkiye")),
    (NameSpan("Alma-Ata"), NameSpan("Almaty")),
    (NameSpan("Kiev"), NameSpan("Kyiv")),
    (NameSpan("Peking"), NameSpan("Beijing")),
    (NameSpan("Bombay"), NameSpan("Mumbai")),
    (NameSpan("Madras"), NameSpan("Chennai")),
    (NameSpan("Calcutta"), NameSpan("Kolkata")),
    (NameSpan("Semipalatinsk"), NameSpan("Semey")),
    (NameSpan("Ust-Kamenogorsk"), NameSpan("Oskemen")),
    (NameSpan("Chimkent"), NameSpan("Shymkent")),
    (NameSpan("Aktyubinsk"), NameSpan("Aktobe")),
    (NameSpan("Canton"), NameSpan("Guangzhou")),
    (NameSpan("Batum"), NameSpan("Batumi")),  # the Russian name, Batumi since Soviet times
    # Not a rename but the Russian and the Romanian spelling of one city: neither is out of date.
    (NameSpan("Kishinev"), NameSpan("Chisinau")),
    # Not a rename but the Russian and Ukrainian names of one river, kept here for the same reason.
    (NameSpan("Dnieper"), NameSpan("Dnipro")),
    # The Russian and the Ukrainian name of one city (Ukrainian is the house spelling).
    (NameSpan("Nikolaev"), NameSpan("Mykolaiv")),
    (NameSpan("Kharkov"), NameSpan("Kharkiv")),
    (NameSpan("Lvov"), NameSpan("Lviv")),
    (NameSpan("Zaporozhye"), NameSpan("Zaporizhzhia")),
    # Two official spellings of one place.
    (NameSpan("Macao"), NameSpan("Macau")),
    # Ganja was Kirovabad in Soviet times (1935-1989); the exact days are not recorded here.
    (NameSpan("Kirovabad"), NameSpan("Ganja")),
    # Exonyms and names in another of the country's languages, none of them out of date.
    (NameSpan("Ulan Bator"), NameSpan("Ulaanbaatar")),
    (NameSpan("Finfinne"), NameSpan("Addis Ababa")),  # the Oromo name
    (NameSpan("Kaffa"), NameSpan("Kefa")),
    (NameSpan("Baku"), NameSpan("Bakı")),  # English and Azerbaijani
    # Renamed, with the days not recorded here: Alexandropol became Leninakan in 1924 and
    # Gyumri in 1990; Dunapentele became Sztálinváros in 1951 and Dunaújváros in 1961; the
    # German Breslau became Polish Wrocław in 1945; Dacca was respelled Dhaka in 1982;
    # Chittagong's official English name became Chattogram in 2018.
    (NameSpan("Alexandropol"), NameSpan("Leninakan"), NameSpan("Gyumri")),
    (NameSpan("Dunapentele"), NameSpan("Sztálinváros"), NameSpan("Dunaújváros")),
    (NameSpan("Breslau"), NameSpan("Wrocław")),
    (NameSpan("Dacca"), NameSpan("Dhaka")),
    (NameSpan("Chittagong"), NameSpan("Chattogram")),
    # Georgia's capital was officially Tiflis (the Russian and Persian name) until 1936; the
    # day of the change is not recorded here.
    (NameSpan("Tiflis"), NameSpan("Tbilisi")),
    # A river's names in the languages along it.
    (NameSpan("Oder"), NameSpan("Odra")),
    (NameSpan("Danube"), NameSpan("Duna"), NameSpan("Donau"), NameSpan("Dunav")),
)

# Other spellings of a listed name that fold differently; Cyrillic forms need no entry.
_OTHER_SPELLINGS: dict[str, tuple[str, ...]] = {
    "Saint Petersburg": ("St. Petersburg", "St Petersburg", "Sankt-Peterburg"),
    "Alma-Ata": ("Almaata",),
    "Ust-Kamenogorsk": ("Ust Kamenogorsk",),
    "Oskemen": ("Öskemen",),
    "Aktobe": ("Aqtobe",),
    "Kishinev": ("Kishinyov",),
    "Chisinau": ("Kishineu",),  # the fold of Кишинэу, the Moldovan Cyrillic spelling
    "Ho Chi Minh City": ("HCMC",),
    "Zaporizhzhia": ("Zaporizhia", "Zaporizhzhya"),
}


def _build_indexes() -> tuple[dict[str, int], dict[str, str]]:
    """fold of every listed spelling -> (its rename's number, the fold of its main spelling)."""
    group: dict[str, int] = {}
    main: dict[str, str] = {}
    for number, spans in enumerate(RENAMES):
        for span in spans:
            for spelling in (span.name, *_OTHER_SPELLINGS.get(span.name, ())):
                group[fold(spelling)] = number
                main[fold(spelling)] = fold(span.name)  # "St. Petersburg" -> "saint petersburg"
    return group, main


_GROUP, _MAIN = _build_indexes()


def _soft_key(folded: str) -> str | None:
    """The listed name written another way fold does not merge: Russian g for Ukrainian h
    ("Kirovograd", "Kirovohrad"), o for u. Only names of long words: short ones are too alike."""
    words = folded.split()
    if not words or any(len(word) < FUZZY_MIN_LENGTH for word in words):
        return None
    return " ".join(soften(word) for word in words)


def _build_soft_index() -> dict[str, str | None]:
    """soft key -> the listed fold it stands for (None when two listed names share it)."""
    index: dict[str, str | None] = {}
    for folded in _GROUP:
        key = _soft_key(folded)
        if key is not None:
            index[key] = folded if key not in index else None
    return index


_SOFT = _build_soft_index()


def _listed_fold(spelling: str) -> str | None:
    """The fold of the listed spelling `spelling` is, exactly or as `_soft_key` reads it."""
    folded = fold(spelling)
    if folded in _GROUP:
        return folded
    key = _soft_key(folded)
    return _SOFT.get(key) if key is not None else None


def _group_number(spelling: str) -> int | None:
    listed = _listed_fold(spelling)
    return None if listed is None else _GROUP[listed]


def _group(spelling: str) -> tuple[NameSpan, ...] | None:
    number = _group_number(spelling)
    return None if number is None else RENAMES[number]


def renames_for(spelling: str) -> list[NameSpan]:
    """Every name the place called `spelling` held, oldest first; [] if it was never renamed."""
    return list(_group(spelling) or ())


def rename_key(spelling: str) -> str | None:
    """One key for every name of a renamed place: the fold of its current name."""
    spans = _group(spelling)
    return fold(spans[-1].name) if spans else None


def current_name(spelling: str) -> str | None:
    spans = _group(spelling)
    return spans[-1].name if spans else None


def name_key(spelling: str) -> str | None:
    """Which of a renamed place's names this spelling is (its main spelling's fold), or None."""
    listed = _listed_fold(spelling)
    return None if listed is None else _MAIN[listed]


def name_held_on(spelling: str, day: date) -> tuple[bool | None, NameSpan | None]:
    """(did this very name hold on `day` -- None if not dated --, the span of the name that did)."""
    spans = _group(spelling) or ()
    holding = next((span for span in spans if span.holds_on(day)), None)
    key = name_key(spelling)
    verdicts = [span.holds_on(day) for span in spans if fold(span.name) == key]
    if not verdicts or None in verdicts:
        return None, holding
    return any(verdicts), holding
