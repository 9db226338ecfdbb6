"""Units printed next to a number: currencies, percentages and measures, in one base unit each.

Every measure is converted to one base unit per dimension so that sources printing
different units still compare ("4.6 miles" and "7.4 kilometres"): the figure's text keeps
what was printed, its value is in the base unit.

    distance:km   km, metres, miles        power:MW     MW, GW, kW, megawatts
    area:km2      km², m², hectares,       energy:GWh   GWh, MWh, TWh, kWh, gigawatt-hours
                  dunams, sq miles
    volume:m3     cubic metres, litres     mass:t       tonnes, tons, kg
    percent       %, percent, per cent     currency:XXX ISO code of the currency

A rate after the unit or the counted noun ("a day", "per year", "annually") is part of
the unit and of the figure's text: "about 1,500 visitors a day" is "people/day", "450
gigawatt-hours a year" is "energy:GWh/year"; after a measure it may follow the stuff
measured ("150,000 cubic meters of water a day").
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import currency_names

CURRENCY_SYMBOLS = {
    "$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "CNY", "₸": "KZT", "₴": "UAH", "₽": "RUB", "₫": "VND",
    "HK$": "HKD", "S$": "SGD", "A$": "AUD", "C$": "CAD", "NZ$": "NZD", "NT$": "TWD", "R$": "BRL",
    "₹": "INR", "Rs": "INR", "Rs.": "INR", "Rp": "IDR", "Rp.": "IDR", "Tk": "BDT", "Tk.": "BDT", "₩": "KRW", "₺": "TRY", "₾": "GEL", "₦": "NGN", "₱": "PHP",
    "৳": "BDT", "₪": "ILS", "₮": "MNT", "฿": "THB", "₼": "AZN", "zł": "PLN", "Kč": "CZK",
    "NIS": "ILS",  # the new Israeli shekel, as Israeli and wire copy abbreviates it
    "S/": "PEN",  # the Peruvian sol
}  # fmt: skip
# ISO codes printed before a number ("UAH 3.2 billion"): every code of a currency in use, but
# those that are English words ("ALL 5", "TOP 10"), so "THE 5" is never money.
CURRENCY_CODES = frozenset(
    """
    USD EUR GBP CNY RMB JPY KZT RUB UAH TRY GEL LYD EGP INR CHF CAD AUD HKD SGD KRW BRL MXN ZAR SAR AED QAR
    UZS KGS TJS AZN AMD BYN PLN CZK HUF RON SEK NOK DKK ILS IRR PKR NGN KES
    VND THB MYR IDR PHP TWD NZD MAD DZD TND BDT
    MNT MMK ETB AFN LKR NPR KHR LAK ZAR GHS UGX TZS RWF IQD JOD OMR BHD KWD MDL ISK LBP SYP SDG
    PEN BOB CLP COP ARS UYU PYG GTQ HNL NIO CRC DOP JMD XOF XAF MZN AOA ZMW MWK BWP NAD MUR MVR BTN FJD PGK
    """.split()
) | (frozenset(currency_names.COUNTRIES_OF) - {"ALL", "CUP", "TOP", "MOP", "SOS"})  # and every other, but English words
_PRINTED_WORDS = {
    "dollar": "USD", "euro": "EUR", "yuan": "CNY", "renminbi": "CNY", "tenge": "KZT", "ruble": "RUB",
    "rouble": "RUB", "hryvnia": "UAH", "hryvnya": "UAH", "lira": "TRY", "lari": "GEL", "rupee": "INR",
    "yen": "JPY", "som": "KGS", "manat": "AZN", "dram": "AMD", "zloty": "PLN", "dong": "VND", "baht": "THB",
    "ringgit": "MYR", "rupiah": "IDR", "dirham": "MAD", "dinar": "", "riyal": "SAR", "shekel": "ILS",
    "tugrik": "MNT", "tögrög": "MNT", "togrog": "MNT", "kyat": "MMK", "taka": "BDT", "naira": "NGN",
    "birr": "ETB", "afghani": "AFN", "rand": "ZAR", "cedi": "GHS", "forint": "HUF",
    "koruna": "CZK", "rial": "IRR", "riel": "KHR", "kip": "LAK", "soles": "PEN", "nuevos soles": "PEN",
    # Several countries' crowns, lei and pounds: which one only the country's name says, as with
    # dinars ("95 million pounds" may be Egyptian, Lebanese, Sudanese or sterling).
    "crown": "", "leu": "", "pound": "",
    # Scandinavian crowns by their own names: the Icelandic króna (plural krónur) is spelled
    # apart; krona, krone and their plurals may be Swedish, Danish or Norwegian.
    "króna": "ISK", "krónur": "ISK", "kronur": "ISK", "krona": "", "kronor": "", "krone": "", "kroner": "",
}  # fmt: skip
# "Hong Kong dollars", "Moroccan dirhams": the country names which dollar, dirham or dinar.
_PRINTED_COUNTRY_CURRENCIES = {
    ("us", "dollar"): "USD", ("american", "dollar"): "USD", ("hong kong", "dollar"): "HKD",
    ("singapore", "dollar"): "SGD", ("australian", "dollar"): "AUD", ("canadian", "dollar"): "CAD",
    ("new zealand", "dollar"): "NZD", ("taiwan", "dollar"): "TWD", ("new taiwan", "dollar"): "TWD",
    ("moroccan", "dirham"): "MAD", ("uae", "dirham"): "AED", ("emirati", "dirham"): "AED",
    ("libyan", "dinar"): "LYD", ("algerian", "dinar"): "DZD", ("tunisian", "dinar"): "TND",
    ("saudi", "riyal"): "SAR", ("qatari", "riyal"): "QAR", ("vietnamese", "dong"): "VND", ("thai", "baht"): "THB",
    ("czech", "crown"): "CZK", ("swedish", "crown"): "SEK", ("danish", "crown"): "DKK",
    ("norwegian", "crown"): "NOK", ("icelandic", "crown"): "ISK",
    ("swedish", "krona"): "SEK", ("swedish", "kronor"): "SEK", ("danish", "krone"): "DKK", ("danish", "kroner"): "DKK",
    ("norwegian", "krone"): "NOK", ("norwegian", "kroner"): "NOK", ("icelandic", "krona"): "ISK",
    ("romanian", "leu"): "RON", ("moldovan", "leu"): "MDL",
    ("egyptian", "pound"): "EGP", ("lebanese", "pound"): "LBP", ("syrian", "pound"): "SYP",
    ("sudanese", "pound"): "SDG", ("british", "pound"): "GBP", ("sterling", "pound"): "GBP",
    ("iraqi", "dinar"): "IQD", ("jordanian", "dinar"): "JOD", ("kuwaiti", "dinar"): "KWD",
    ("bahraini", "dinar"): "BHD", ("serbian", "dinar"): "RSD",
}  # fmt: skip
# Every other currency in use, by its English word and adjective (`currency_names`, from the
# CLDR): "500 million lek", "Congolese francs". The table above wins where both name a word.
CURRENCY_WORDS = {**currency_names.WORDS, **_PRINTED_WORDS}
_COUNTRY_CURRENCIES = {**currency_names.ADJECTIVES, **_PRINTED_COUNTRY_CURRENCIES}
# The countries themselves, for a currency word the text names no country beside (`_one_country_in_text`).
_PRINTED_COUNTRY_NAMES = {
    "CZK": "Czechia", "SEK": "Sweden", "DKK": "Denmark", "NOK": "Norway", "ISK": "Iceland", "RON": "Romania",
    "MDL": "Moldova", "EGP": "Egypt", "LBP": "Lebanon", "SYP": "Syria", "SDG": "Sudan", "GBP": "Britain|UK",
    "LYD": "Libya", "DZD": "Algeria", "TND": "Tunisia", "IQD": "Iraq", "JOD": "Jordan", "KWD": "Kuwait",
    "BHD": "Bahrain", "RSD": "Serbia",
}  # fmt: skip


def _printed_country_names(code: str) -> list[str]:
    """ "Britain|UK" -> ["Britain", "UK"]."""
    return [name for name in _PRINTED_COUNTRY_NAMES.get(code, "").split("|") if name]


# ... and the CLDR's English name of every country that uses each currency ("Albania").
_COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    code: tuple(dict.fromkeys((*_printed_country_names(code), *currency_names.COUNTRIES_OF.get(code, ()))))
    for code in sorted({*_PRINTED_COUNTRY_NAMES, *currency_names.COUNTRIES_OF})
}

# The countries `_COUNTRY_CURRENCIES` names, as a regex alternation: "Hong Kong", "Czech", "UAE".
_COUNTRY_WORDS = "|".join(
    sorted({"[ \t]+".join(map(re.escape, country.split())) for country, _ in _COUNTRY_CURRENCIES}, key=len, reverse=True)
)

_PREFIX_RE = re.compile(
    rf"(?P<cur>(?<![A-Za-z])(?:US|HK|S|A|C|NZ|NT|R)\$|[$€£¥₸₴₽₫₹₩₺₾₦₱৳₪₮฿₼]|\b(?:Rs|Rp|Tk)\.?|\bNIS[ \t]?|\bS/[ \t]?|"
    rf"\b(?:{'|'.join(sorted(CURRENCY_CODES))})[ \t]?)[ \t]?$"
)
# Every word of the table and its plurals ("lekë", "lei", "meticals"), longest first; a plain
# "s" may follow any of them ("dollars", "francs").
_WORD_FORMS = "|".join(
    "[ \t]+".join(re.escape(part) for part in word.split())
    for word in sorted({*CURRENCY_WORDS, *currency_names.PLURALS}, key=len, reverse=True)
)
_CURRENCY_WORD_RE = re.compile(
    rf"[ \t]+(?:of[ \t]+)?(?:(?P<country>{_COUNTRY_WORDS})[ \t]+)?"
    rf"(?P<word>pounds?[ \t]+sterling|(?:{_WORD_FORMS})s?)(?![\w])",
    re.IGNORECASE,
)
# "$310m", "$3bn", "$40k": a scale letter glued to a sum of money.
_MONEY_SCALE_RE = re.compile(r"(?P<scale>m|mn|bn|b|k)\b", re.IGNORECASE)
_MONEY_SCALES = {"m": 10**6, "mn": 10**6, "b": 10**9, "bn": 10**9, "k": 10**3}

# (pattern, unit, factor to the base unit); specific before general ("cubic metres" before "metres").
_MEASURES: tuple[tuple[str, str, str], ...] = (
    (r"%|percent\b|per[ \t]+cent\b", "percent", "1"),
    # "a 900-square-metre hall": the words of a unit are hyphenated when it is used as an adjective
    (r"cubic[ \t-]+met(?:er|re)s?\b|(?-i:m3|m³)(?![A-Za-z])", "volume:m3", "1"),
    (r"(?:litres?|liters?)\b", "volume:m3", "0.001"),
    (r"square[ \t-]+kilomet(?:er|re)s?\b|(?-i:km2|km²|sq[ \t]?km)(?![A-Za-z])", "area:km2", "1"),
    (r"square[ \t-]+miles?\b", "area:km2", "2.589988"),
    (r"square[ \t-]+met(?:er|re)s?\b|(?-i:m2|m²|sq[ \t]?m)(?![A-Za-z])", "area:km2", "0.000001"),
    (r"hectares?\b", "area:km2", "0.01"),
    # the metric dunam (dunum, donum, dönüm) of the eastern Mediterranean: 1,000 square metres
    (r"(?:dunams?|dunums?|donums?|dönüms?)\b", "area:km2", "0.001"),
    (r"gigawatt[- ]hours?\b|(?-i:GWh)\b", "energy:GWh", "1"),
    (r"terawatt[- ]hours?\b|(?-i:TWh)\b", "energy:GWh", "1000"),
    (r"megawatt[- ]hours?\b|(?-i:MWh)\b", "energy:GWh", "0.001"),
    (r"kilowatt[- ]hours?\b|(?-i:kWh)\b", "energy:GWh", "0.000001"),
    (r"megawatts?\b|(?-i:MW)\b", "power:MW", "1"),
    (r"gigawatts?\b|(?-i:GW)\b", "power:MW", "1000"),
    (r"kilowatts?\b|(?-i:kW)\b", "power:MW", "0.001"),
    # a speed, before the distance it is built on: "90 km/h", "60 kilometres an hour", "40 knots"
    (r"(?:kilomet(?:er|re)s?|(?-i:km))[ \t]*(?:/[ \t]*h\b|(?:an|per)[ \t]+hour\b)|(?-i:kph)\b", "speed:kmh", "1"),
    (r"miles?[ \t]+(?:an|per)[ \t]+hour\b|(?-i:mph)\b", "speed:kmh", "1.609344"),
    (r"knots?\b", "speed:kmh", "1.852"),
    (r"kilomet(?:er|re)s?\b|(?-i:km)\b", "distance:km", "1"),
    (r"miles?\b", "distance:km", "1.609344"),
    (r"met(?:er|re)s?\b", "distance:km", "0.001"),
    (r"(?:metric[ \t]+)?(?:tonnes?|tons?)\b", "mass:t", "1"),
    (r"kilograms?\b|(?-i:kg)\b", "mass:t", "0.001"),
)
_MEASURE_RE = re.compile(
    r"[ \t]*(?:-[ \t]*)?(?:" + "|".join(f"(?P<m{i}>{pattern})" for i, (pattern, _, _) in enumerate(_MEASURES)) + ")",
    re.IGNORECASE,
)
_RATE_RE = re.compile(
    r"[ \t]+(?:(?:a|per|each|every|an)[ \t]+(?P<per>day|year|month|week|hour)\b|(?P<adverb>daily|annually|yearly|"
    r"monthly|weekly|hourly)\b)(?![ \t]+(?:ago|earlier|later|before|after)\b)",
    re.IGNORECASE,
)
# "cubic meters of water a day": the stuff measured may stand between a measure and its rate.
_STUFF_RE = re.compile(r"[ \t]+of(?:[ \t]+[a-z][a-z-]*){1,2}(?=[ \t]+(?:a|per|each|every|an|daily|annually|yearly|"
                       r"monthly|weekly|hourly)\b)")
_ADVERB_PERIOD = {"daily": "day", "annually": "year", "yearly": "year", "monthly": "month", "weekly": "week",
                  "hourly": "hour"}  # fmt: skip


def currency_before(text: str, start: int) -> tuple[int, str]:
    """(new start, ISO code) of a currency sign or code right before `start`, else (start, "")."""
    match = _PREFIX_RE.search(text, max(0, start - 6), start)
    if not match:
        return start, ""
    sign = match.group("cur").strip()
    if sign == "¥" and _JAPAN_RE.search(text) and not _CHINA_RE.search(text):
        return match.start(), "JPY"  # the yen and the yuan share a sign: a story about Japan prints yen
    return match.start(), CURRENCY_SYMBOLS.get(sign, sign)


_JAPAN_RE = re.compile(r"\b(?:Japan|Japanese|yen|Tokyo)\b")
_CHINA_RE = re.compile(r"\b(?:China|Chinese|yuan|renminbi|RMB|Beijing|Hong Kong)\b")


def currency_after(text: str, end: int) -> tuple[int, str]:
    """(new end, ISO code) of a currency word after `end` ("3.2 billion hryvnias"), else (end, "")."""
    match = _CURRENCY_WORD_RE.match(text, end)
    if not match:
        return end, ""
    word = " ".join(match.group("word").lower().split())
    if word.endswith("sterling"):  # "pounds sterling"
        return match.end(), "GBP"
    word = currency_names.PLURALS.get(word, word)  # "lei" is "leu", "lekë" "lek"
    if word not in CURRENCY_WORDS and word.endswith("s"):
        word = word[:-1]
    if match.group("country"):
        country = " ".join(match.group("country").lower().split())
        code = _COUNTRY_CURRENCIES.get((country, word))
        if code:
            return match.end(), code
    code = CURRENCY_WORDS.get(word, "") or _one_country_in_text(text, word)
    return (match.end(), code) if code else (end, "")


# Which crown, leu, pound or dinar a text means when it names one country of that currency and
# no other ("the Czech port ... 1.2 billion crown"): the country's adjective, its name or its code.
def _country_patterns() -> dict[str, dict[str, re.Pattern[str]]]:
    """word -> {code: the country's adjective, name or code}, for each word several countries use."""
    patterns: dict[str, dict[str, re.Pattern[str]]] = {}
    for word in (word for word, code in CURRENCY_WORDS.items() if not code):
        codes = {code for (_, used), code in _COUNTRY_CURRENCIES.items() if used == word}
        patterns[word] = {
            code: re.compile(rf"\b(?:{'|'.join(_country_words(code))})\b") for code in sorted(codes)
        }
    return patterns


def _country_words(code: str) -> list[str]:
    """The country's adjectives, its currency's code and its names, each as a regex."""
    adjectives = {_as_printed(adjective) for (adjective, _), other in _COUNTRY_CURRENCIES.items() if other == code}
    return [re.escape(word) for word in (*sorted(adjectives), code, *_COUNTRY_NAMES.get(code, ()))]


def _as_printed(adjective: str) -> str:
    """ "czech" -> "Czech", "hong kong" -> "Hong Kong", "west african cfa" -> "West African CFA"."""
    return " ".join(word.upper() if len(word) <= 3 and word.isalpha() else word.capitalize() for word in adjective.split())


_COUNTRY_RES = _country_patterns()


def _one_country_in_text(text: str, word: str) -> str:
    """The code of the one country of this currency the text names, else "" ("crowns" in a
    story that names no country, or names Sweden and Norway, stay unknown)."""
    found = [code for code, pattern in _COUNTRY_RES.get(word, {}).items() if pattern.search(text)]
    return found[0] if len(found) == 1 else ""


def money_scale(text: str, end: int) -> tuple[int, int]:
    """(new end, factor) of "m"/"bn"/"k" glued to a sum ("$310m"), else (end, 1)."""
    match = _MONEY_SCALE_RE.match(text, end)
    if not match:
        return end, 1
    return match.end(), _MONEY_SCALES[match.group("scale").lower()]


def measure_after(text: str, end: int) -> tuple[int, str, Decimal] | None:
    """(new end, unit, factor to the base unit) of a percent or measure after `end`."""
    match = _MEASURE_RE.match(text, end)
    if not match:
        return None
    index = int(match.lastgroup[1:])  # type: ignore[index]
    _, unit, factor = _MEASURES[index]
    return match.end(), unit, Decimal(factor)


def rate_after(text: str, end: int, *, after_stuff: bool = False) -> tuple[int, str]:
    """(new end, "/day") for "a day", "per day" or "daily" right after `end`, else (end, "").

    With `after_stuff`, the rate may follow an "of" phrase of one or two words ("of water a day").
    """
    match = _RATE_RE.match(text, end)
    if not match and after_stuff:
        stuff = _STUFF_RE.match(text, end)
        match = _RATE_RE.match(text, stuff.end()) if stuff else None
    if not match:
        return end, ""
    return match.end(), "/" + (match.group("per") or _ADVERB_PERIOD[match.group("adverb").lower()]).lower()
