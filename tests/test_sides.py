"""The arithmetic of statements relating the sides of a disputed figure (``core.sides``)."""

from __future__ import annotations

from jpmn.core.figures import read_figures
from jpmn.core.sides import Side, compared, share, survived
from jpmn.core.verdicts import CONTRADICTED, DISPUTED, SUPPORTED

JAPAN = Side({"id": "j", "attributed_to": "Japanese records"}, frozenset({"japan", "record"}), 1684)
MONGOLIA = Side({"id": "m", "attributed_to": "Mongolian records"}, frozenset({"mongolia", "record"}), 1621)
ARCHIVES = Side(
    {"id": "a", "attributed_to": "National Archives of Mongolia"},
    frozenset({"nation", "archive", "mongolia"}),
    1500,
)
JAPAN_TOTAL = Side({"id": "jt", "attributed_to": "Japanese records"}, frozenset({"japan", "record"}), 13847)
MONGOLIA_TOTAL = Side(
    {"id": "mt", "attributed_to": "Mongolian records"}, frozenset({"mongolia", "record"}), 12318
)


def share_of(text: str) -> str | None:
    """The verdict on a share of the deaths in the totals, each by its own records."""
    found = share(text, read_figures(text), [JAPAN, MONGOLIA], [JAPAN_TOTAL, MONGOLIA_TOTAL])
    return None if found is None else found.verdict


def relate(text: str, sides: list[Side]) -> tuple[str, list[str]] | None:
    found = compared(text, read_figures(text), sides)
    return None if found is None else (found.verdict, [side.claim["id"] for side in found.sides])


def test_which_side_is_larger_and_by_how_much() -> None:
    sides = [JAPAN, MONGOLIA]
    assert relate("Japanese records count more deaths than Mongolian records.", sides) == (
        SUPPORTED,
        ["j", "m"],
    )
    assert relate("Japanese records count fewer deaths than Mongolian records.", sides) == (
        CONTRADICTED,
        ["j", "m"],
    )
    assert relate("Mongolia's tally is lower than Japan's.", sides) == (SUPPORTED, ["m", "j"])
    assert relate("Japan's count is 63 higher than Mongolia's.", sides)[0] == SUPPORTED
    assert relate("Japan's count is 64 higher than Mongolia's.", sides)[0] == CONTRADICTED
    assert relate("Japan's count is about 4% higher than Mongolia's.", sides)[0] == SUPPORTED


def test_a_side_is_named_by_who_counts_not_by_a_place() -> None:
    # "in Mongolia" says where; the Japanese records are what counts more
    assert relate(
        "Japanese records count more POWs in Mongolia than Mongolian records.", [JAPAN, MONGOLIA]
    ) == (
        SUPPORTED,
        ["j", "m"],
    )
    # of two sources naming Mongolia, "Mongolia's tally" is the one with fewest other words
    assert relate("Japan's tally is higher than Mongolia's tally.", [JAPAN, MONGOLIA, ARCHIVES]) == (
        SUPPORTED,
        ["j", "m"],
    )


def test_what_compares_no_two_sides_is_not_read() -> None:
    assert relate("Fewer than 1,650 Japanese POWs died in Mongolia.", [JAPAN, MONGOLIA]) is None
    assert relate("More POWs died in Mongolia than in Siberia.", [JAPAN, MONGOLIA]) is None
    assert relate("Japanese records count more deaths than Soviet records.", [JAPAN, MONGOLIA]) is None


def test_a_share_of_a_sides_own_total() -> None:
    assert share_of("By Mongolian records, about 13% of the POWs died.") == SUPPORTED
    assert share_of("By Japanese records, about 13% of the POWs died.") == CONTRADICTED
    assert share_of("About 13% of the POWs died.") == DISPUTED  # 13.2% and 12.2%
    assert share_of("Roughly one in eight POWs died.") == SUPPORTED  # one in 9 to 7: both sides
    assert (
        share_of("About 10% of the POWs who died were never identified.") is None
    )  # not the share that died


def test_a_side_exceeding_the_other_by_a_figure() -> None:
    sides = [JAPAN, MONGOLIA]
    assert relate("Japanese records exceed Mongolian records by 63.", sides) == (SUPPORTED, ["j", "m"])
    assert relate("Japanese records exceed Mongolian records by 100.", sides) == (CONTRADICTED, ["j", "m"])
    assert relate("Mongolia's tally is lower than Japan's by about 60.", sides) == (SUPPORTED, ["m", "j"])
    # the figures of the sides themselves are no difference
    assert relate("Japan's tally, 1,684, is slightly higher than Mongolia's figure of 1,621.", sides) == (
        SUPPORTED,
        ["j", "m"],
    )
    # a figure that is neither side's is left to the figures' own check
    assert relate("Japan's tally, 1,700, is higher than Mongolia's tally of 1,621.", sides) is None


def test_two_sides_apart_by_a_figure_either_way() -> None:
    sides = [JAPAN, MONGOLIA]
    assert relate("The Mongolian and Japanese death tolls differ by sixty-three.", sides) == (
        SUPPORTED,
        ["j", "m"],
    )
    assert relate("The gap between the Japanese and Mongolian counts is 63.", sides) == (
        SUPPORTED,
        ["j", "m"],
    )
    assert relate("Japanese and Mongolian figures are 90 apart.", sides) == (CONTRADICTED, ["j", "m"])
    # a difference needs two sides and a figure
    assert relate("The Mongolian figures differ from other estimates by 63.", sides) is None
    assert relate("The Mongolian and Japanese figures differ.", sides) is None


def test_a_bound_after_than_compares_no_sides() -> None:
    assert (
        relate("Mongolian records count more than 12,000 Japanese POWs.", [JAPAN_TOTAL, MONGOLIA_TOTAL])
        is None
    )


def test_the_two_sides_apart_unnamed() -> None:
    assert relate("The two death tolls differ by 63.", [JAPAN, MONGOLIA]) == (SUPPORTED, ["j", "m"])
    assert relate("The two death tolls differ by 100.", [JAPAN, MONGOLIA]) == (CONTRADICTED, ["j", "m"])
    assert relate("The Japanese death toll exceeds the Mongolian one by roughly 60.", [JAPAN, MONGOLIA]) == (
        SUPPORTED,
        ["j", "m"],
    )


def test_the_two_sides_apart_one_named_as_the_higher() -> None:
    """ "The two sets of records differ by 63, with the Japanese figure the higher": one side
    named, the other the rest of "the two"; which is the higher must be so as well."""
    sides = [JAPAN, MONGOLIA]
    higher = "The two sets of records differ by 63 deaths, with the Japanese figure the higher."
    assert relate(higher, sides) == (SUPPORTED, ["j", "m"])
    wrong = "The two sets of records differ by 63 deaths, with the Mongolian figure the higher."
    assert relate(wrong, sides) == (CONTRADICTED, ["j", "m"])
    named_twice = "The Japanese and Mongolian death tolls differ by 63, the Japanese one larger."
    assert relate(named_twice, sides) == (SUPPORTED, ["j", "m"])
    assert relate("The Japanese and Mongolian death tolls differ by 63, the Japanese one lower.", sides) == (
        CONTRADICTED,
        ["j", "m"],
    )


def lived(text: str) -> tuple[str, list[str]] | None:
    found = survived(text, read_figures(text), [JAPAN, MONGOLIA], [JAPAN_TOTAL, MONGOLIA_TOTAL])
    return None if found is None else (found.verdict, [side.claim["id"] for side in found.sides])


def test_those_who_survived_are_the_total_less_the_deaths() -> None:
    assert lived("According to Mongolian records, 10,697 Japanese POWs survived.") == (SUPPORTED, ["m", "mt"])
    assert lived("According to Japanese records, 12,163 Japanese POWs survived.") == (SUPPORTED, ["j", "jt"])
    assert lived("According to Mongolian records, 11,000 Japanese POWs survived.")[0] == CONTRADICTED
    # no side named: the sides disagree
    assert lived("10,697 Japanese POWs survived in Mongolia.")[0] == DISPUTED
    # a count of the dead, or of no one, is no count of survivors
    assert lived("1,621 Japanese POWs died, according to Mongolian records.") is None


def test_a_share_worked_out_is_written_rounded_and_survivors_are_its_complement() -> None:
    # 1,621 of 12,318 is 13.2%
    assert share_of("According to Mongolian records, 13% of the Japanese POWs died.") == SUPPORTED
    assert share_of("According to Mongolian records, 13.5% of the Japanese POWs died.") == CONTRADICTED
    assert share_of("According to Mongolian records, 87% of the Japanese POWs survived.") == SUPPORTED
    assert share_of("According to Mongolian records, 95% of the Japanese POWs survived.") == CONTRADICTED


def test_a_share_written_one_in_so_many() -> None:
    assert share_of("According to Mongolian records, about one in eight Japanese POWs died.") == SUPPORTED
    assert share_of("According to Mongolian records, one in three Japanese POWs died.") == CONTRADICTED
