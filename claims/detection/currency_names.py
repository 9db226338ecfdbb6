"""The world's currencies by their English names, from the Unicode CLDR (through Babel).

Copy names a sum by its currency's word ("500 million lek", "2.6 billion gourdes") or by the
country's adjective and the word ("Congolese francs"). Every currency a country uses as legal
tender today gives its word (singular and plural), its adjective and the countries that use it;
`figure_units` adds these to its own table of the words and signs copy prints most, which wins
where the two differ ("dollar" alone is the US dollar there, one of thirty here).

Words English uses for other things after a number are left out: "won" ("the party won 12
seats"), "real", "mark", "colon" and "gold" (Zimbabwe's ZiG is "Zimbabwean gold").
"""

from __future__ import annotations

from datetime import date

from anyascii import anyascii
from babel import Locale
from babel.numbers import get_currency_name, get_territory_currencies

_NOT_CURRENCY_WORDS = frozenset(("won", "real", "reals", "mark", "marks", "colon", "colons", "gold"))
# The day the list is read for: currencies in use then. A fixed day keeps the engine's keys
# the same from one run to the next; move it when the world's currencies change.
_AS_OF = date(2026, 1, 1)


def _current_codes() -> dict[str, tuple[str, ...]]:
    """ISO code -> the English names of the countries that use it as legal tender."""
    english = Locale("en")
    countries: dict[str, list[str]] = {}
    for territory, name in english.territories.items():
        if len(territory) != 2 or not territory.isalpha():
            continue  # regions ("150" is Europe) have no currency of their own
        for code in get_territory_currencies(territory, start_date=_AS_OF, tender=True):
            countries.setdefault(code, []).append(name)
    return {code: tuple(sorted(names)) for code, names in sorted(countries.items())}


COUNTRIES_OF: dict[str, tuple[str, ...]] = _current_codes()


def _names() -> tuple[dict[str, set[str]], dict[str, str], dict[tuple[str, str], str]]:
    words: dict[str, set[str]] = {}
    plurals: dict[str, str] = {}
    adjectives: dict[tuple[str, str], str] = {}
    for code in COUNTRIES_OF:
        one = get_currency_name(code, count=1, locale="en").split()
        many = get_currency_name(code, count=2, locale="en").split()
        word, plural = one[-1].lower(), many[-1].lower()
        if word in _NOT_CURRENCY_WORDS or len(word) < 3:
            continue
        for spelling in {word, anyascii(word)} - _NOT_CURRENCY_WORDS:  # "lek" and "lekë"'s plain "leke"
            words.setdefault(spelling, set()).add(code)
        for spelling in {plural, anyascii(plural)} - {word} - _NOT_CURRENCY_WORDS:
            plurals[spelling] = word
        if len(one) > 1:
            adjectives[(" ".join(one[:-1]).lower(), word)] = code
    return words, plurals, adjectives


_WORDS, PLURALS, ADJECTIVES = _names()
# Each currency word -> its ISO code, or "" when several currencies bear it ("franc", "dinar").
WORDS: dict[str, str] = {word: next(iter(codes)) if len(codes) == 1 else "" for word, codes in _WORDS.items()}
