"""Vietnamese names: the family name written first with its marks ("Nguyễn") is still a
family name written first, and "Hong" in a name is a name word, not half of Hong Kong."""

import pytest

from claims.detection.name_parsing import parse_name
from claims.detection.names import cluster_mentions, same_name
from claims.detection.types import MentionRecord

SURNAMES = [
    pytest.param("Nguyễn Quốc Bảo", ("nguen", "bao"), id="Nguyễn with its marks is Nguyen"),
    pytest.param("Trần Văn Phúc", ("tran", "fuc"), id="Trần with its marks is Tran"),
    pytest.param("Nguyen Thi Hong Nhung", ("nguen", "nhung"), id="Hong inside a person's name"),
    pytest.param("Kong Hyo-jin", ("kong",), id="Kong as a Korean family name"),
    pytest.param("Hong Kong", (), id="the city is nobody"),
    pytest.param("Hong Kong Airlines", (), id="nor is a company named after it"),
]


@pytest.mark.parametrize(("name", "surnames"), SURNAMES)
def test_the_surnames_a_vietnamese_name_answers_to(name, surnames):
    assert parse_name(name).surnames == surnames


def test_kong_alone_is_not_hong_kong():
    assert not same_name("Kong", "Hong Kong")
    assert same_name("Nhung", "Nguyễn Thị Hồng Nhung")


def test_the_given_name_joins_the_woman_named_in_full_in_each_source():
    texts = [
        (0, "Nguyen Thi Hong Nhung"),
        (1, "Nguyễn Thị Hồng Nhung"),
        (1, "Nhung"),
        (2, "Nguyễn Thị Hồng Nhung"),
        (2, "Nhung"),
    ]
    records = [MentionRecord(ref, source, text) for ref, (source, text) in enumerate(texts)]
    assert cluster_mentions(records) == [[0, 1, 2, 3, 4]]


def _clusters_of(text: str) -> list[list[str]]:
    from claims.detection.names import courtesy_title, extract_mentions

    mentions = extract_mentions(text)
    records = [
        MentionRecord(ref, 1, mention.text, title=courtesy_title(text, mention.start)) for ref, mention in enumerate(mentions)
    ]
    return sorted(sorted({records[ref].text for ref in group}) for group in cluster_mentions(records))


TOLD_APART = [
    pytest.param(
        "Director Nguyen Quoc Bao spoke. Mr Bao said no. Nguyen Thi Hong Nhung, the union chair, "
        "disagreed. Ms Nguyen said the strike goes on.",
        {"Nguyen Thi Hong Nhung", "Nguyen"},
        id="a Ms is not the man the same article calls Mr",
    ),
    pytest.param(
        "Director Nguyen Quoc Bao spoke. Nguyen Thi Hong Nhung, the union chair, disagreed. "
        "Ms Nguyen said the strike goes on.",
        {"Nguyen Thi Hong Nhung", "Nguyen"},
        id="Thi marks the woman even without another title",
    ),
    pytest.param(
        "Tran Van Phuc spoke. Tran Thi Mai disagreed. Mr Tran said the port is open.",
        {"Tran Van Phuc", "Tran"},
        id="Van marks the man, Thi the woman, of one family name",
    ),
]


@pytest.mark.parametrize(("text", "together"), TOLD_APART)
def test_a_courtesy_title_tells_two_people_of_one_family_name_apart(text, together):
    assert together in [set(group) for group in _clusters_of(text)]


def test_two_men_of_one_family_name_stay_untold():
    text = "Nguyen Van Hai spoke. Nguyen Van Long disagreed. Mr Nguyen said the port is open."
    assert ["Nguyen"] in _clusters_of(text)
