"""The source articles as a fact-checker would use them: each sentence checked as written, then
with one thing changed. The store is true to its sources, so a sentence as written is never
gainsaid, and one with a denial put in, or one of its numbers changed, is never borne out."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jpmn.core.index import Index
from jpmn.core.verdicts import CONTRADICTED, DISPUTED, NOT_FOUND, SUPPORTED
from jpmn.core.verify import Verifier, check_draft

from conftest import SHIPPED_STORE

SEEDS = Path(__file__).parent.parent / "seeds"
_AUXILIARY = re.compile(r"\b(is|was|were|are|will|has|have|had|would|could|can)\b")
_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(?![\w,]*\d)")


@pytest.fixture(scope="module")
def borne_out() -> tuple[Verifier, list[str]]:
    """The verifier, and the articles' sentences it bears out as written (each article checked as
    a draft, as ``jpmn verify --file`` does)."""
    verifier = Verifier(Index.open(str(SHIPPED_STORE), "data/facts.yaml"))
    checked = [
        item
        for article in sorted(SEEDS.glob("*.txt"))
        for item in check_draft(verifier, article.read_text("utf-8"))
    ]
    assert not [item.sentence for item in checked if item.verdict.verdict in (CONTRADICTED, DISPUTED)]
    supported = [item.sentence for item in checked if item.verdict.verdict == SUPPORTED]
    assert len(supported) > len(checked) / 2
    return verifier, supported


def test_a_sentence_with_a_denial_put_in_is_never_borne_out(borne_out: tuple[Verifier, list[str]]) -> None:
    verifier, supported = borne_out
    denied = []
    for sentence in supported:
        found = _AUXILIARY.search(sentence)
        # "before they had (not) even established ties" denies nothing more: left out
        if found is not None and "before" not in sentence[: found.start()]:
            denied.append(sentence[: found.end()] + " not" + sentence[found.end() :])
    assert len(denied) > 40
    assert [s for s in denied if verifier.verify(s).verdict == SUPPORTED] == []


def test_a_sentence_with_a_number_changed_is_never_borne_out(borne_out: tuple[Verifier, list[str]]) -> None:
    """Every number but a year ("as of 2024" of a sum reached "as of 2023" is still reached)."""
    verifier, supported = borne_out
    changed = []
    for sentence in supported:
        for found in _NUMBER.finditer(sentence):
            number = int(found.group(1).replace(",", ""))
            if 1900 <= number <= 2100:
                continue
            other = number * 2 if number > 1 else 3
            written = f"{other:,}" if "," in found.group(1) else str(other)
            changed.append(sentence[: found.start(1)] + written + sentence[found.end(1) :])
    assert len(changed) > 10
    assert [s for s in changed if verifier.verify(s).verdict == SUPPORTED] == []


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        (
            "China told Japan in advance that the sentence would be less harsh than in previous cases.",
            SUPPORTED,
        ),
        (
            "China's Foreign Ministry told Japan the ruling would not be as harsh as in previous cases.",
            SUPPORTED,
        ),
        (
            "China's Foreign Ministry told Japan the ruling would be as harsh as in previous cases.",
            CONTRADICTED,
        ),
        (
            "China's Foreign Ministry told Japan the ruling would be more harsh than in previous cases.",
            CONTRADICTED,
        ),
    ],
)
def test_less_than_and_not_as_as_are_one_comparison(
    borne_out: tuple[Verifier, list[str]], statement: str, verdict: str
) -> None:
    """The claim says the ruling 'would not be as harsh' as earlier sentences: "less harsh than"
    says the same (its "less" is the claim's "not"), "as harsh as" and "more harsh than" the
    opposite."""
    assert borne_out[0].verify(statement).verdict == verdict


def test_an_everyday_word_the_store_never_uses_does_not_hide_the_claim_about_it(
    borne_out: tuple[Verifier, list[str]],
) -> None:
    """The store has Japan lodging its protest on July 17, 2025, and never writes "filed": the
    writer's everyday word for it leaves the statement about that protest, and its date wrong."""
    verdict = borne_out[0].verify("Japan filed its protest over the Korean drills in late August 2025.")
    assert verdict.verdict == CONTRADICTED
    assert "July 17, 2025" in verdict.reason


@pytest.mark.parametrize(
    "statement",
    [
        # a denial one claim tells and a figure another gives: the drills' claim names no landing
        "Troops did not land on the islets during the twice-yearly training.",
        # the rate alone: "exercise" is left to the words a claim must hold
        "The twice-yearly exercise near the disputed islets was closed to the public.",
        # a number grouped by spaces, at the end of a sentence
        "Japanese records count 13 847 POWs.",
        # "reached" a figure is at least it, and with "over" the verb is how it is said
        "Japan's investment in Mongolia had reached $1 billion by 2023.",
        "Japan's investment in Mongolia reached over $1 billion.",
        # two statements joined, each borne out by its own claim
        "The POW memorial was built in 2001, and the emperor visited it on July 8, 2025.",
        # ... each side's figure with the records named in its own clause
        "Mongolian records count 12,318 POWs, and Japanese records count 13,847.",
        # "brought together" the three is involving them; "together" at the end says how
        "The 2022 trilateral meeting in Tokyo brought together Japan, Mongolia and the United States.",
        "The official memorial for Japanese POWs in Mongolia was put up in 2001 by the two governments together.",
        # UB is Ulaanbaatar and the MPR Mongolia, never other places in theirs
        "Since 2011, Mongolia's third neighbor policy has widened UB's foreign policy sphere.",
        "Mongolia's National Archives put the number of Japanese forced laborers sent to the MPR at about 12,000.",
        # a year written short
        "Naruhito had been to Mongolia as crown prince back in '07.",
        # "co-operate" as British writers spell it
        "Japan and Mongolia co-operate in joint drills for disaster relief.",
    ],
)
def test_a_statement_the_claims_bear_out_between_them(
    borne_out: tuple[Verifier, list[str]], statement: str
) -> None:
    verdict = borne_out[0].verify(statement)
    assert verdict.verdict == SUPPORTED, verdict.reason


def test_a_meeting_of_three_countries_with_another_third_is_contradicted(
    borne_out: tuple[Verifier, list[str]],
) -> None:
    """The store's 2022 trilateral meeting in Tokyo was Japan's, Mongolia's and the U.S.'s: one
    with South Korea in the U.S.'s place is contradicted, when its date says which meeting; a
    summit of three countries with no date may be another, and is not found."""
    verifier = borne_out[0]
    swapped = verifier.verify("In 2022, Japan, Mongolia and South Korea held a trilateral meeting in Tokyo.")
    assert (swapped.verdict, swapped.reason) == (CONTRADICTED, "the store names the U.S., not South Korea")
    assert verifier.verify(
        "In 2022, Japan, Mongolia and the U.S. held a trilateral meeting in Tokyo."
    ).verdict == (SUPPORTED)
    assert verifier.verify("Japan, South Korea and the U.S. held a trilateral summit.").verdict == NOT_FOUND
    hosted = verifier.verify("The 2022 Japan-Mongolia-U.S. trilateral meeting was hosted in Washington.")
    assert (hosted.verdict, hosted.reason) == (CONTRADICTED, "the store names Tokyo, not Washington")


def test_a_statement_longer_than_any_sentence_is_read_whole_only(
    borne_out: tuple[Verifier, list[str]],
) -> None:
    """Two joined statements are checked part by part; a "statement" of more than 1,000 characters
    is read whole only, since the patterns that divide one take time growing with the square of
    its length (a 300,000-character text of clauses went past the runaway bound)."""
    from jpmn.core.verify import MAX_PARTED_CHARS

    verifier = borne_out[0]
    joined = "Troops did not land on the islets, and the drills were closed to the public."
    assert verifier.verify(joined).verdict == SUPPORTED
    padded = joined.replace(", and", " " * MAX_PARTED_CHARS + ", and")
    assert verifier.verify(padded).verdict == NOT_FOUND


def test_what_an_aside_calls_someone_must_be_borne_out_too(borne_out: tuple[Verifier, list[str]]) -> None:
    """ "Shuzo Yamada, a former camp guard, helped build ...": the store has him build it as a
    former internee, the opposite of a guard: the sentence is contradicted."""
    verifier = borne_out[0]
    guard = "Shuzo Yamada, a former camp guard, helped build the foundations of Sukhbaatar Square."
    assert verifier.verify(guard).verdict == CONTRADICTED
    internee = (
        "Shuzo Yamada, a 107-year-old former internee, helped build the foundations of Sukhbaatar Square."
    )
    assert verifier.verify(internee).verdict == SUPPORTED


def test_wanting_something_is_being_interested_in_it(borne_out: tuple[Verifier, list[str]]) -> None:
    """The store has Japan's interest in Mongolia's critical minerals for its industries."""
    statement = (
        "Japan wants Mongolia's critical minerals for its robotics, automobile and semiconductor industries."
    )
    assert borne_out[0].verify(statement).verdict == SUPPORTED


def test_attending_weighs_as_a_deed_not_as_an_everyday_word(borne_out: tuple[Verifier, list[str]]) -> None:
    """The store has COP17 as "a particular focus" for Empress Masako, and never says she will go:
    "attend" is the statement's whole point, not a word to pass over as everyday (as "take part"
    once made it)."""
    verifier = borne_out[0]
    assert verifier.verify("Empress Masako will attend COP17 in Mongolia in person.").verdict != SUPPORTED
    assert verifier.verify("The Japanese Self-Defense Forces took part in Khaan Quest.").verdict == SUPPORTED


def test_a_name_spelt_out_is_not_contradicted_by_its_initials(borne_out: tuple[Verifier, list[str]]) -> None:
    """The claim's quote calls the country "MPR": a statement spelling out "the Mongolian People's
    Republic" names the same, and its "during World War II" is not put in its place."""
    verifier = borne_out[0]
    statement = (
        "The National Archives of Mongolia says roughly twelve thousand Japanese forced labourers were sent"
        " to the Mongolian People's Republic from the Soviet Union during World War II."
    )
    assert verifier.verify(statement).verdict == SUPPORTED
    other = "Japanese forced laborers were sent to the Mongolian People's Republic from China."
    assert verifier.verify(other).verdict == CONTRADICTED


def test_what_a_claim_says_will_be_is_not_borne_out_as_done(borne_out: tuple[Verifier, list[str]]) -> None:
    """The emperor said Japan would send a high-level representative to COP17, held in 2026:
    "sent" says it happened, which the store does not say; "will send" is what it says."""
    verifier = borne_out[0]
    assert verifier.verify("Japan sent a delegate to COP17.").verdict == NOT_FOUND
    assert verifier.verify("Japan will send a high-level representative to COP17.").verdict == SUPPORTED
    # the store has Ishiba "to meet" Bessent: that they met is more than it says, and "Treasury"
    # is his office's word, not someone in his place
    assert verifier.verify("The U.S. Treasury Secretary met Ishiba.").verdict == NOT_FOUND
    assert verifier.verify("The U.S. Commerce Secretary was to meet Ishiba.").verdict == CONTRADICTED


@pytest.mark.parametrize(
    "statement",
    [
        # the store has the United States withdraw, and Mongolia host COP17 ("Mongolia's hosting")
        "Japan withdrew from the Paris Agreement.",
        "Mongolia withdrew from the Paris Agreement.",
        "Japan will host COP17.",
        "Japan hosts COP17 next year.",
    ],
)
def test_another_country_doing_what_the_store_has_one_do_is_contradicted(
    borne_out: tuple[Verifier, list[str]], statement: str
) -> None:
    """Japan and Mongolia are named by every source's title, so a claim seemed to name them too."""
    assert borne_out[0].verify(statement).verdict == CONTRADICTED


def test_the_country_doing_it_is_borne_out(borne_out: tuple[Verifier, list[str]]) -> None:
    verifier = borne_out[0]
    assert verifier.verify("The United States withdrew from the Paris Agreement.").verdict == SUPPORTED
    assert verifier.verify("Mongolia will host COP17.").verdict == SUPPORTED


def test_two_statements_joined_in_one_sentence_put_no_party_the_other_way_round(
    borne_out: tuple[Verifier, list[str]],
) -> None:
    """A reader joins what Mongolia does and what Japan does with ", and": Mongolia named first
    in its own statement does not turn round the claim where Japan sends someone to Mongolia.
    Within one statement the order still tells who did what to whom."""
    verifier = borne_out[0]
    joined = (
        "Mongolia is hosting COP17 of the desertification convention next year, and Naruhito promised"
        " Japan would send a high-level representative."
    )
    assert verifier.verify(joined).verdict == SUPPORTED
    assert verifier.verify("South Korea lodged a strong protest with Japan.").verdict == CONTRADICTED


def test_a_word_of_a_readers_phrase_means_what_the_phrase_means(
    borne_out: tuple[Verifier, list[str]],
) -> None:
    """ "laid flowers" is the thesaurus's paying respects; "laid" alone is the store's "build" (laying
    foundations). A claim saying delegates paid their respects at a cemetery must not read as
    saying they built it."""
    verifier = borne_out[0]
    built = "In 1966, a group of Japanese delegates built a cemetery for the Japanese forced laborers."
    assert verifier.verify(built).verdict != SUPPORTED
    assert "build" not in verifier._said_as({"pay", "respect"})


def test_a_numbered_name_is_no_denial(borne_out: tuple[Verifier, list[str]]) -> None:
    """ "No. 2" numbers a court; it does not say "no". A court the store does not name is not
    what the store says the opposite of: the sentencing is borne out or left unfound, never
    gainsaid by the very claim that tells it."""
    verifier = borne_out[0]
    numbered = "The Beijing No. 2 Intermediate People's Court sentenced the Astellas employee to prison."
    assert verifier.verify(numbered).verdict != CONTRADICTED
    assert verifier.verify("No Chinese court sentenced the Astellas employee.").verdict == CONTRADICTED


def test_a_deed_after_a_nationals_noun_is_no_thing_of_that_country(
    borne_out: tuple[Verifier, list[str]],
) -> None:
    """ "a Chinese court sentenced a Japanese man": the court is China's and the man Japan's; the
    sentencing is neither's. A reader's "the Japanese man sentenced for spying" names the store's
    Japanese man, not a sentencing it gives to China."""
    verifier = borne_out[0]
    man = "The Japanese man sentenced for spying is an Astellas Pharma employee."
    assert verifier.verify(man).verdict == SUPPORTED
    court = "A Japanese court sentenced the Astellas employee for spying."
    assert verifier.verify(court).verdict == CONTRADICTED


def test_what_a_sentence_is_timed_by_is_said_as_a_fact_too(borne_out: tuple[Verifier, list[str]]) -> None:
    """ "the first drills since Lee succeeded Moon Jae-in" says Lee succeeded Moon Jae-in: the
    store, naming Yoon Suk Yeol as his predecessor, gainsays it, whatever it has of the drills.
    Timed by what the store bears out, the sentence is not gainsaid."""
    verifier = borne_out[0]
    moon = "The exercise was the first held since Lee Jae Myung succeeded Moon Jae-in as president."
    assert verifier.verify(moon).verdict == CONTRADICTED
    yoon = "The exercise was the first held since Lee Jae Myung succeeded Yoon Suk Yeol as president."
    assert verifier.verify(yoon).verdict != CONTRADICTED


def test_a_loose_first_leaves_the_year_to_say_which_visit_it_is(
    borne_out: tuple[Verifier, list[str]],
) -> None:
    """ "first visited in 2007 during Bagabandi's presidency": the store does not rank the 2007
    visit, but the year says it is that visit, during Enkhbayar's presidency by the store."""
    verifier = borne_out[0]
    other = "The emperor first visited Mongolia in 2007, as crown prince, during the presidency of Natsagiin Bagabandi."
    verdict = verifier.verify(other)
    assert verdict.verdict == CONTRADICTED, verdict.reason
    assert "Enkhbayar" in verdict.reason
    same = "The emperor first visited Mongolia in 2007, as crown prince, during the presidency of Enkhbayar Nambar."
    assert verifier.verify(same).verdict == SUPPORTED


def test_what_a_closing_which_clause_says_of_the_thing_before_it_is_said_as_a_fact(
    borne_out: tuple[Verifier, list[str]],
) -> None:
    """The store has the troops not landing during the twice-yearly drills in one claim and the
    drills closed to the public in another: a sentence closing on ", which was closed to the
    public" says both, and rests on the two; the drills open to the public, or troops landing,
    is gainsaid."""
    verifier = borne_out[0]
    said = "Yonhap reported that troops did not land on the islets during the twice-yearly training, which was {}."
    assert verifier.verify(said.format("closed to the public")).verdict == SUPPORTED
    assert verifier.verify(said.format("open to the public")).verdict == CONTRADICTED
    landed = said.replace("did not land", "landed").format("closed to the public")
    assert verifier.verify(landed).verdict == CONTRADICTED


def test_a_lesser_rank_of_the_office_the_store_gives_is_gainsaid(
    borne_out: tuple[Verifier, list[str]],
) -> None:
    """The store has Nicholas Millward the director for the Yokosuka Council: its "deputy" or
    "acting" director is someone else's office, and the statement giving him one is contradicted,
    whatever else it says of him; the office itself is still borne out."""
    verifier = borne_out[0]
    for rank in ("deputy", "acting"):
        said = f"Nicholas Millward, {rank} director of the Yokosuka Council on Asia-Pacific Studies, commented on the partnership."
        assert verifier.verify(said).verdict == CONTRADICTED, rank
    whole = "Nicholas Millward is the director for the Yokosuka Council on Asia-Pacific Studies."
    assert verifier.verify(whole).verdict == SUPPORTED


def test_building_another_structure_than_the_store_has_a_named_builder_build_is_gainsaid(
    borne_out: tuple[Verifier, list[str]],
) -> None:
    """The store has Shuzo Yamada help build the foundations of Sukhbaatar Square: the central
    stadium is another structure, and he is not said to have built it. What the internees as a
    whole built is not gainsaid by what one of them did."""
    verifier = borne_out[0]
    stadium = "Shuzo Yamada, the 107-year-old former internee, helped build the foundations of Ulaanbaatar's central stadium."
    assert verifier.verify(stadium).verdict == CONTRADICTED
    square = "Shuzo Yamada helped build the foundations of the modern Sukhbaatar Square."
    assert verifier.verify(square).verdict == SUPPORTED
    assert verifier.verify("Japanese POWs built a hospital in Ulaanbaatar.").verdict == NOT_FOUND


def test_coinciding_with_an_occasion_is_coming_in_it(borne_out: tuple[Verifier, list[str]]) -> None:
    """The upgrade "coincided with the 50th anniversary of ties": it came that year, which the
    store's two claims say between them; the wrong anniversary is gainsaid."""
    verifier = borne_out[0]
    same = "The 2022 upgrade of the partnership coincided with the 50th anniversary of diplomatic ties."
    assert verifier.verify(same).verdict == SUPPORTED
    other = "The 2022 upgrade of the partnership coincided with the 40th anniversary of diplomatic ties."
    assert verifier.verify(other).verdict == CONTRADICTED


def test_a_figure_from_the_claim_linked_by_the_one_holding_the_rest(
    borne_out: tuple[Verifier, list[str]],
) -> None:
    """The claim saying the drills were closed to the public links the claim counting them twice a
    year: "the biannual drills were closed to the public" rests on the two together, and another
    rate is gainsaid."""
    verifier = borne_out[0]
    twice = verifier.verify("The biannual drills near the islets were closed to the public.")
    assert twice.verdict == SUPPORTED, twice.reason
    assert {item.claim["id"] for item in twice.evidence} == {"drills-biannual", "drills-closed-to-public"}
    thrice = "The drills near the islets, held three times a year, were closed to the public."
    assert verifier.verify(thrice).verdict == CONTRADICTED


def test_a_plan_described_is_not_borne_out_as_done(borne_out: tuple[Verifier, list[str]]) -> None:
    """The store has the Trump administration "set to implement" reciprocal tariffs on August 1:
    a plan, reported before the day. Saying it implemented them, in the past, with words of
    description before the tariffs, says it happened, which the store does not."""
    verifier = borne_out[0]
    for done in (
        "The Trump administration implemented so-called reciprocal tariffs on August 1, 2025.",
        "Trump's administration implemented reciprocal tariffs on August 1.",
    ):
        assert verifier.verify(done).verdict != SUPPORTED, done
    planned = "The Trump administration was set to implement reciprocal tariffs on August 1, 2025."
    assert verifier.verify(planned).verdict == SUPPORTED


def test_what_was_built_must_be_what_the_building_claim_built(borne_out: tuple[Verifier, list[str]]) -> None:
    """The store has the two governments build the official POW memorial in 2001; a claim naming
    the sites that commemorate the POWs (read as cemeteries) builds nothing. Saying they built the
    POW cemetery puts another thing in the memorial's place: not borne out. Another word for the
    memorial still is."""
    verifier = borne_out[0]
    cemetery = "The Mongolian and Japanese governments built the POW cemetery in 2001."
    assert verifier.verify(cemetery).verdict != SUPPORTED
    for built in (
        "The Mongolian and Japanese governments built the official POW memorial in 2001.",
        "The Mongolian and Japanese governments built the POW monument in 2001.",
    ):
        assert verifier.verify(built).verdict == SUPPORTED, built


def test_a_capital_listed_among_places_is_the_city(borne_out: tuple[Verifier, list[str]]) -> None:
    """ "held in locations including Beijing": Beijing the city, where the store lists Wenzhou,
    Sanya and Changsha, not China's government, which every claim about the detentions names.
    A capital doing something is still its government."""
    verifier = borne_out[0]
    held = verifier.verify("The detained Japanese nationals are held in locations including Beijing.")
    assert held.verdict != SUPPORTED, held.reason
    pressed = (
        "Japan's government has repeatedly pressed Beijing to quickly release detained Japanese nationals."
    )
    assert verifier.verify(pressed).verdict == SUPPORTED


def test_unhappy_is_the_opposite_of_the_claims_glad(borne_out: tuple[Verifier, list[str]]) -> None:
    """Yamada said he is glad the emperor and empress will pay their respects."""
    verifier = borne_out[0]
    unhappy = "Shuzo Yamada said he was unhappy that the Emperor and Empress would pay their respects."
    assert verifier.verify(unhappy).verdict == CONTRADICTED
    pleased = "Shuzo Yamada said he was pleased that the Emperor and Empress would pay their respects."
    assert verifier.verify(pleased).verdict == SUPPORTED


def test_losing_interest_is_the_opposite_of_the_claims_interest(
    borne_out: tuple[Verifier, list[str]],
) -> None:
    """The store has Japan's particular interest in Mongolia's critical minerals."""
    statement = "In recent years Japan has lost interest in Mongolia's critical minerals."
    assert borne_out[0].verify(statement).verdict == CONTRADICTED


def test_learning_about_something_is_becoming_aware_of_it(borne_out: tuple[Verifier, list[str]]) -> None:
    """Yamada said people will become aware of the internment in Mongolia."""
    statement = (
        "Shuzo Yamada said he was glad the imperial couple would pay their respects and that people would"
        " learn about the internment in Mongolia."
    )
    assert borne_out[0].verify(statement).verdict == SUPPORTED


def test_two_names_joined_by_a_hyphen_are_each_the_statements(borne_out: tuple[Verifier, list[str]]) -> None:
    """ "The Ishiba-Bessent meeting" names Bessent: the claim naming Scott Bessent does not put him
    in the place of the negotiator the statement adds, whom the store never names."""
    statement = "Japan's chief tariff negotiator Ryosei Akazawa also sat in on the Ishiba-Bessent meeting."
    assert borne_out[0].verify(statement).verdict == NOT_FOUND


def test_looking_for_something_is_said_as_the_claim_says_seeking_it(
    borne_out: tuple[Verifier, list[str]],
) -> None:
    """The store has Japanese policymakers "seeking alternative food sources": looking for them
    says no more than that, and having found them says more."""
    verifier = borne_out[0]
    looking = (
        "Japanese policymakers have been looking for alternative sources to ensure long-term food security."
    )
    assert verifier.verify(looking).verdict == SUPPORTED
    assert verifier.verify("Japanese policymakers have found alternative food sources.").verdict != SUPPORTED


def test_two_claims_quoting_the_halves_of_one_sentence_bear_it_out_together(
    borne_out: tuple[Verifier, list[str]],
) -> None:
    """The commentary's one sentence, "interest in Mongolia's critical minerals, especially,
    copper, fluorspar, and rare earths that can be utilized for Japan's advanced manufacturing in
    robotics, automobiles, and semiconductors", is split into a claim of Japan's interest and one
    claim for each use, their quotes overlapping at "rare earths". A statement joining the halves
    rests on them together; one naming a mineral or a use the sentence does not is not borne out."""
    verifier = borne_out[0]
    eyeing = "Tokyo is eyeing Mongolian copper, fluorspar and rare earths for robotics, cars and chips."
    assert verifier.verify(eyeing).verdict == SUPPORTED
    for other in (
        "Tokyo is eyeing Mongolian copper, uranium and rare earths for robotics, cars and chips.",
        "Tokyo is eyeing Mongolian copper, fluorspar and rare earths for robotics, aircraft and chips.",
        "China is eyeing Mongolian copper, fluorspar and rare earths for robotics, cars and chips.",
    ):
        assert verifier.verify(other).verdict != SUPPORTED, other


@pytest.mark.parametrize(
    "statement",
    [
        "China's Foreign Ministry told Japan the ruling would be tough.",
        "Japan beat China in the war.",
        "China celebrates September 3 as the anniversary of its defeat by Japan.",
        # "set foot" read as a visit made "set" (one of establish's words) bear this out
        "Japan and Mongolia had already established diplomatic relations by 1966.",
    ],
)
def test_a_readers_word_for_the_stores_never_turns_it_round(
    borne_out: tuple[Verifier, list[str]], statement: str
) -> None:
    """The claims say the ruling would "not be as harsh", China's "victory over Japan", and that in
    1966 the two had not yet established relations. Read as "harsh", "victory" and "visit",
    "tough", "beat" or "defeat" and "set foot" would bear out their opposites: the thesaurus does
    not list them, and these are never supported."""
    assert borne_out[0].verify(statement).verdict != SUPPORTED


def test_alone_is_read_of_whom_the_sentence_says_it(borne_out: tuple[Verifier, list[str]]) -> None:
    """The memorial was built "by the Mongolian and Japanese governments": "by the Japanese
    government alone" leaves Mongolia out, though the sentence names Mongolia as where it stands."""
    verifier = borne_out[0]
    alone = verifier.verify(
        "The official Japanese POW memorial in Mongolia was built by the Japanese government alone."
    )
    assert (alone.verdict, alone.reason) == (CONTRADICTED, "the store names others too")
    both = (
        "The official Japanese POW memorial in Mongolia was built by the Mongolian and Japanese governments."
    )
    assert verifier.verify(both).verdict == SUPPORTED


NOT_SUPPORTED = "not supported"
"""Either "not found" or "contradicted": the store does not bear the statement out."""

_BLOCS = "Mongolia will continue to avoid joining any blocs but rather seek ... mechanisms"
_UPGRADE = "the 2010 Strategic Partnership was upgraded in 2022"
_HARSH = "China's Foreign Ministry said the ruling 'would not be as harsh' as in previous cases"
_HOST = "the emperor visited at the invitation of President Khurelsukh Ukhnaa"
_CHAPTER = "predicted that the visit of the emperor and empress will open a new chapter in the relationship between Japan and Mongolia."
_ARCHIVES = "According to the National Archives of Mongolia, Japanese forced laborers were"
_OUTLET = "Foreign Minister Battsetseg Batmunkh spoke about the visit in an interview with"
_TOLD = "that the emperor's first state visit has a historical significance."
_DENIED_AHEAD = (
    "Before the verdict, China's Foreign Ministry told Japan the sentence would be {} than in earlier cases."
)
_TURNED = "The 2022 upgrade turned the {} Strategic Partnership into a 'Special Strategic Partnership for Peace and Prosperity'."
_ADB = "project description, the scheme will deliver clean electricity to 70,000 households."
_FIRST_STATE_VISIT = (
    "the first state visit by a Japanese emperor; Naruhito had visited in 2007 as crown prince"
)
_THIRD_ABROAD = "Naruhito's 2025 visit to Mongolia was only his third trip overseas since assuming the throne"
_MINERALS = "In recent years Japan has shown more interest in Mongolia's critical minerals"
_UPHOLD = "in the face of rising regional instability Mongolia and Japan will work to uphold democratic and peaceful foreign policies"
_POISED = "The Japanese government is poised to bolster efforts ... and strengthen messages urging travelers"
_SEPT_3 = "China celebrates Sept. 3 as the anniversary of its victory over Japan"
_MEMORIAL = "On July 8, 2025, Emperor Naruhito and Empress Masako visited the memorial for Japanese POWs"
_COP17 = "Mongolia will host COP17 of the United Nations Convention to Combat Desertification in 2026"
_MASAKO = "Empress Masako has a deep personal interest in environmental and climate change issues"
_RELATIONS = "Xi's government has sought better ties with Japan as Beijing's relations with the Trump administration have {}."

# Readers' wordings of what the store holds, or of what it does not: (statement, verdict, what the
# store holds). Most were judged otherwise until their wording was read; the others keep the reading
# from going too far (the right claim's own wording stays borne out).
_KHURELSUKH_2019 = (
    "Khurelsukh, Mongolia's President at the time of the 2025 visit, attended it (no title for 2019)"
)
_KAIFU = "Prime Ministers Kaifu Toshiki, Koizumi Junichiro and Abe visited the POW sites (no one first)"
READERS_WORDINGS = [
    # two statements joined by ", and", each with its own figure: each read against its own claim,
    # not one figure against the other's claim; a second with its own time opens a statement too;
    # what opens the first ("According to Kyodo News,") opens the second as well
    (
        "China celebrates September 3 as the anniversary of its victory over Japan, and August 15"
        " marks the anniversary of the end of World War II.",
        SUPPORTED,
        "China celebrates September 3 ...; August 15 marks the anniversary of the end of World War II",
    ),
    (
        "The Astellas Pharma employee had been detained by Chinese authorities since March 2023, and on"
        " July 16, 2025, a Chinese court sentenced him to 3½ years in prison.",
        SUPPORTED,
        "detained since March 2023; sentenced on July 16, 2025 to 3½ years",
    ),
    (
        "The 2022 upgrade of the partnership promised greater cooperation extending to the Indo-Pacific,"
        " and in 2022, Mongolia and Japan upgraded their 2010 Strategic Partnership to a Special"
        " Strategic Partnership.",
        SUPPORTED,
        "the 2022 upgrade extended cooperation to the Indo-Pacific; in 2022 the 2010 Strategic"
        " Partnership was upgraded",
    ),
    (
        "According to Kyodo News, the South Korean navy carried out drills near the Takeshima/Dokdo"
        " islets, and the Japanese government has expressed serious concerns about China's detention"
        " of Japanese nationals.",
        NOT_FOUND,
        "Kyodo News reports the drills; the Yomiuri Shimbun, not Kyodo, the serious concerns",
    ),
    # "According to <the outlet a claim's source is>, X said ...": the outlet reports whomever it
    # quotes, and an outlet opening the sentence holds no office of the person named after it
    (
        "According to the Yomiuri Shimbun, the Japanese government has expressed serious concerns"
        " about China's detention of Japanese nationals.",
        SUPPORTED,
        "The Japanese government has expressed serious concerns about China's detention of Japanese"
        " nationals (Yomiuri Shimbun)",
    ),
    (
        "According to The Diplomat, Japanese Prime Minister Abe Shinzo visited sites in Mongolia"
        " commemorating the Japanese prisoners of war.",
        SUPPORTED,
        "Japanese Prime Minister Abe Shinzo visited sites in Mongolia commemorating the Japanese"
        " prisoners of war (The Diplomat)",
    ),
    (
        "According to Kyodo News, Masaaki Kanai of the Japanese Foreign Ministry told the South Korean"
        " Embassy in Tokyo that the drills were 'totally unacceptable and extremely regrettable'.",
        SUPPORTED,
        "Kanai told the embassy the drills were 'totally unacceptable and extremely regrettable' (Kyodo"
        " News)",
    ),
    # another outlet, or a government, is not who reports it
    (
        "According to Kyodo News, the Japanese government has expressed serious concerns about China's"
        " detention of Japanese nationals.",
        NOT_FOUND,
        "The Yomiuri Shimbun, not Kyodo News, reports the government's serious concerns",
    ),
    (
        "According to the Chinese government, the Japanese government has expressed serious concerns"
        " about China's detention of Japanese nationals.",
        NOT_FOUND,
        "The Yomiuri Shimbun reports the Japanese government's serious concerns",
    ),
    # weakening (scaling back) cooperation is the opposite of the store's continuing it
    (
        "After the leadership change, the two governments plan to weaken their cooperation.",
        CONTRADICTED,
        "Despite the current transition in Japanese leadership, the two governments will continue to"
        " cooperate",
    ),
    # "against (contrary to) someone's interests" is to their disadvantage: the opposite of the
    # store's "to Tokyo's advantage"
    (
        "Mongolia's third neighbor policy runs contrary to the interests of Japan.",
        CONTRADICTED,
        "This is to Tokyo's advantage, as Mongolia's third neighbor initiatives serve as an additional"
        " platform for Japan to conduct diplomacy.",
    ),
    (
        "Mongolia's third neighbor policy works against Japan's interests.",
        CONTRADICTED,
        "This is to Tokyo's advantage",
    ),
    # an opposite word of no weight of its own ("after" against "before") still opposes the claim
    # that bears out the figure
    (
        "The visit came shortly after the 80th anniversary of the end of World War II had elapsed.",
        CONTRADICTED,
        "The visit came shortly before the 80th anniversary of the end of World War II",
    ),
    (
        "The emperor's state visit to Mongolia took place shortly before the 80th anniversary of the end"
        " of World War II.",
        SUPPORTED,
        "The visit came shortly before the 80th anniversary of the end of World War II",
    ),
    # a statement's "roadmap" is a plan, as the store's "10-year plan" the partnership aimed at is
    (
        "The partnership's roadmap runs for a decade, covering 2022 through 2031.",
        SUPPORTED,
        "10-year plan, 2022-2031",
    ),
    ("The partnership has a roadmap covering 2022-2031.", SUPPORTED, "a 10-year plan covering 2022-2031"),
    ("The partnership's roadmap runs for five years, covering 2022 through 2031.", CONTRADICTED, "10 years"),
    (
        "The partnership's roadmap covers 2022 through 2031 and was drafted by China.",
        NOT_SUPPORTED,
        "no drafter given",
    ),
    # "raised to a higher level", "took ... to a new level": upgraded, as the store says
    (
        "The two countries' Strategic Partnership dates from 2010 and was raised to a higher level in 2022.",
        SUPPORTED,
        "a Strategic Partnership established in 2010, upgraded in 2022",
    ),
    (
        "In 2022 Japan and Mongolia took their Strategic Partnership to a new level.",
        SUPPORTED,
        "upgraded in 2022",
    ),
    ("The Strategic Partnership was raised to a higher level in 2021.", CONTRADICTED, "upgraded in 2022"),
    (
        "The Strategic Partnership was raised to a higher level in 2022 because of Chinese pressure.",
        NOT_SUPPORTED,
        "no cause given",
    ),
    # a figure's label in a note or caption says what it counts: "13,847 held", "1,684 dead",
    # "Total held: 12,318", "the 13,847 Japanese forced into labor"; each is one side's figure
    ("Japanese POWs in Mongolia, 1945 onward: 13,847 held, 1,684 dead.", DISPUTED, "Japanese records"),
    ("Japanese POWs in Mongolia: 13,847 held.", DISPUTED, "Japanese records: 13,847 POWs"),
    ("Japanese POWs in Mongolia: 13,000 held.", CONTRADICTED, "12,318 or 13,847 POWs"),
    ("Japanese POWs in Mongolia: 13,847 held, 1,700 dead.", CONTRADICTED, "1,621 or 1,684 deaths"),
    (
        "Death toll among Japanese POWs in Mongolia: 1,621. Total held: 12,318.",
        DISPUTED,
        "Mongolian records: 12,318 POWs and 1,621 deaths",
    ),
    (
        "Never forget the 13,847 Japanese who were forced into labor in Mongolia.",
        DISPUTED,
        "Japanese records: 13,847 POWs",
    ),
    ("15,000 Japanese were forced into labor in Mongolia.", CONTRADICTED, "about 12,000 forced laborers"),
    # "counterparts" names the other side, as "sides" does: who trains whom stays the claim's
    (
        "Japanese troops help train counterparts in military medicine, engineering and emergency evacuation.",
        SUPPORTED,
        "Japanese forces help provide training to Mongolia in military medicine, engineering and ...",
    ),
    (
        "Japanese troops help train counterparts in military medicine, engineering and cyber defence.",
        NOT_SUPPORTED,
        "no cyber defence",
    ),
    # a comparative the store never writes is the "-en" verb it writes of the same adjective:
    # "sharper strategic competition" is its "sharpening"; "softer" names no such verb
    (
        "Given rising geopolitical uncertainty and sharper strategic competition, the strengthened"
        " Mongolia-Japan relationship is called timely.",
        SUPPORTED,
        "timely, given rising geopolitical uncertainties and sharpening strategic competition",
    ),
    (
        "Given rising geopolitical uncertainty and softer strategic competition, the strengthened"
        " Mongolia-Japan relationship is called timely.",
        NOT_SUPPORTED,
        "sharpening, not softening",
    ),
    # a view held of a long object ("treats robust third neighbor ... mechanisms as crucial") is
    # how much it matters, as "regards it as crucial" is; "as useless" the store does not say
    (
        "Alongside strong ties with Russia and China, Mongolian foreign policy treats robust third"
        " neighbor bilateral and trilateral mechanisms as crucial.",
        SUPPORTED,
        "robust third neighbor mechanisms are crucial for Mongolian foreign policy",
    ),
    (
        "Alongside strong ties with Russia and China, Mongolian foreign policy treats robust third"
        " neighbor bilateral and trilateral mechanisms as useless.",
        NOT_SUPPORTED,
        "crucial, not useless",
    ),
    # a denial bears on what follows it, not on its own word: the U.S. "cuts to financial
    # commitments" are no cut of the cooperation they force
    (
        "Japan and Mongolia have cut their cooperation on renewable energy.",
        NOT_SUPPORTED,
        "U.S. cuts will force Mongolia, Japan and South Korea to cooperate",
    ),
    # a title given to a name in the possessive, or in many claims, is weighed as any other
    (
        "Emperor Masako's July 2025 visit was a Japanese monarch's first state visit to Mongolia.",
        CONTRADICTED,
        "Empress Masako",
    ),
    (
        "Emperor Naruhito's July 2025 visit was a Japanese monarch's first state visit to Mongolia.",
        SUPPORTED,
        "Emperor Naruhito",
    ),
    # the head of a government is no minister of anything: the store's prime minister is not
    # its treasury secretary; an office given beside a name ("Khurelsukh Ukhnaa, Mongolia's
    # Empress") is weighed as one given with "is"
    ("Shigeru Ishiba is Japan's Treasury Secretary.", CONTRADICTED, "Prime Minister Shigeru Ishiba"),
    ("Scott Bessent is the U.S. Prime Minister.", CONTRADICTED, "U.S. Treasury Secretary Scott Bessent"),
    (
        "Khurelsukh Ukhnaa, Mongolia's Empress at the time of the 2025 visit, had met Naruhito in 2019.",
        CONTRADICTED,
        "Khurelsukh Ukhnaa, Mongolia's President at the time of the 2025 visit",
    ),
    # an office the store gives no one of a country, however cased and whatever the verb, is
    # gainsaid by the office the store does give them there
    ("Shigeru Ishiba is Director of Japan (July 2025).", CONTRADICTED, "Prime Minister Shigeru Ishiba"),
    ("Shigeru Ishiba is the president of Japan.", CONTRADICTED, "Prime Minister Shigeru Ishiba"),
    ("Takeshi Iwaya is Japan's Director (July 2025).", CONTRADICTED, "Foreign Minister Takeshi Iwaya"),
    ("Khurelsukh Ukhnaa is the King of Mongolia.", CONTRADICTED, "President Khurelsukh Ukhnaa"),
    (
        "Lee Jae Myung took office as Director of South Korea in June 2025, succeeding Yoon Suk Yeol.",
        CONTRADICTED,
        "Lee Jae Myung took office as President of South Korea",
    ),
    ("Enkhbayar Nambar was Director of Mongolia in 2007.", CONTRADICTED, "President Enkhbayar Nambar"),
    ("Shigeru Ishiba is the Prime Minister of Japan.", SUPPORTED, "Prime Minister Shigeru Ishiba"),
    ("Takeshi Iwaya is Japan's Foreign Minister (July 2025).", SUPPORTED, "Foreign Minister Takeshi Iwaya"),
    (
        "Lee Jae Myung took office as President of South Korea in June 2025, succeeding Yoon Suk Yeol.",
        SUPPORTED,
        "Lee Jae Myung took office as President of South Korea",
    ),
    ("Enkhbayar Nambar was President of Mongolia in 2007.", SUPPORTED, "President Enkhbayar Nambar"),
    # countries are put in their place by the word past the ones that say nothing ("such as",
    # "was going through a", "the"), and a clause opening on "for" by that word; not past a
    # number, nor into another clause ("the Sea of Japan that are controlled by Seoul")
    (
        "According to the commentary author, for Japan the historical symbolism of the Japanese"
        " emperor's 2025 visit serves as a leading foreign policy tool.",
        CONTRADICTED,
        "for Mongolia the historical symbolism",
    ),
    (
        "For Japan, the historical symbolism of the emperor's visit serves as a leading foreign policy tool.",
        CONTRADICTED,
        "for Mongolia the historical symbolism",
    ),
    (
        "For Mongolia, the historical symbolism of the emperor's visit serves as a leading foreign policy tool.",
        SUPPORTED,
        "for Mongolia the historical symbolism",
    ),
    (
        "At the time the commentary was written, after the July 2025 state visit, Mongolia was going"
        " through a transition in its political leadership.",
        CONTRADICTED,
        "Japan was going through a transition in its political leadership",
    ),
    (
        "At the time the commentary was written, after the July 2025 state visit, Japan was going"
        " through a transition in its political leadership.",
        SUPPORTED,
        "Japan was going through a transition in its political leadership",
    ),
    (
        "The commentary author argues that the United States' cuts to financial commitments will force"
        " regional actors such as Mongolia, Japan and the United States to cooperate regionally.",
        CONTRADICTED,
        "regional actors such as Mongolia, Japan and South Korea",
    ),
    (
        "The commentary author argues that the United States' cuts to financial commitments will force"
        " regional actors such as Mongolia, Japan and South Korea to cooperate regionally.",
        SUPPORTED,
        "regional actors such as Mongolia, Japan and South Korea",
    ),
    ("By 2023, Japan had put more than one billion US dollars into Mongolia.", SUPPORTED, "over $1 billion"),
    ("Seoul controls the islets, which Tokyo claims and calls Takeshima.", SUPPORTED, "controlled by Seoul"),
    # a country put where the claim puts another is gainsaid, however common the country's name;
    # countries named together count together
    (
        "Japan's Foreign Ministry says the islets are clearly an integral part of South Korean territory.",
        CONTRADICTED,
        "an integral part of Japanese territory",
    ),
    (
        "China's President Xi has tried to improve ties with the United States.",
        CONTRADICTED,
        "ties with Japan",
    ),
    (
        "Japan Coast Guard vessels regularly intrude into waters around the Senkaku Islands.",
        CONTRADICTED,
        "China",
    ),
    ("Lee Jae Myung took office as President of Japan in June 2025.", CONTRADICTED, "of South Korea"),
    ("Mongolia and Japan upgraded their ties to a Special Strategic Partnership in 2022.", SUPPORTED, "both"),
    ("Japan and Mongolia upgraded their ties to a Special Strategic Partnership in 2022.", SUPPORTED, "both"),
    # a name made of two people's is neither of them
    ("Shigeru Bessent is Prime Minister of Japan.", NOT_SUPPORTED, "Prime Minister Shigeru Ishiba"),
    (
        "Prime Minister Kaifu Junichiro visited sites in Mongolia commemorating the Japanese POWs.",
        NOT_SUPPORTED,
        "Kaifu Toshiki, Koizumi Junichiro",
    ),
    ("Koizumi Junichiro visited sites in Mongolia commemorating the Japanese POWs.", SUPPORTED, "Koizumi"),
    # ... also when one of the two opens the claim's sentence
    ("Naruhito Nambar was President of Mongolia in 2007.", NOT_SUPPORTED, "Naruhito ... Enkhbayar Nambar"),
    # another office of another country than the store gives someone: no one holds both
    ("Khurelsukh is the Emperor of Japan.", CONTRADICTED, "Mongolian President Khurelsukh Ukhnaa"),
    ("Naruhito is the President of Mongolia.", CONTRADICTED, "Japan's Emperor Naruhito"),
    ("Bessent is Japan's Foreign Minister.", CONTRADICTED, "U.S. Treasury Secretary Scott Bessent"),
    ("Naruhito is Japan's emperor.", SUPPORTED, "Japan's Emperor Naruhito"),
    # a capital beside a city is the city, not its government: Tokyo was not bombed with Nagasaki
    (
        "The visit came shortly before the 80th anniversary of the atomic bombing of Tokyo and Nagasaki.",
        NOT_SUPPORTED,
        "the atomic bombing of Hiroshima and Nagasaki",
    ),
    (
        "The atomic bombing of Hiroshima and Ulaanbaatar resulted in Japan's surrender.",
        NOT_SUPPORTED,
        "the atomic bombing of Hiroshima and Nagasaki",
    ),
    # a call to someone, and thinking about doing something, are facts to check; a name given
    # and a description are not calls
    ("Naruhito called Khurelsukh before the visit.", NOT_FOUND, "the couple visited at his invitation"),
    ("Naruhito thought about visiting Mongolia for years.", NOT_FOUND, "the couple visited Mongolia"),
    ("Japan calls Takeshima its own territory.", SUPPORTED, "the islets Japan calls Takeshima"),
    # speaking a language is a fact about someone, not a verb of saying to read past
    ("Empress Masako speaks Mongolian.", NOT_FOUND, "the couple visited Mongolia"),
    ("Battsetseg Batmunkh spoke to The Diplomat about the visit.", SUPPORTED, "told The Diplomat"),
    # another date gainsays only a claim about the statement by its own words: the day of the
    # visit to the POW memorial (linked to a claim about the war) says nothing of the war's end
    ("World War II ended on September 2, 1945.", NOT_FOUND, "the 80th anniversary of its end in 2025"),
    ("Japan surrendered on September 2, 1945.", NOT_FOUND, "the bombing resulted in Japan's surrender"),
    # how often something happens is a figure a claim must give: one event in July is no yearly one
    (
        "The Naadam festival takes place every July.",
        NOT_SUPPORTED,
        "attended the opening ceremony in July 2025",
    ),
    ("The Ulaanbaatar Dialogue is held every June.", NOT_SUPPORTED, "the annual Ulaanbaatar Dialogue"),
    ("The South Korean training is conducted every year.", SUPPORTED, "conducted twice a year"),
    # a doer named by office ("the Japanese emperor", as the claim calls Naruhito) does what the
    # store has another do, and a loose "first" dates no other occasion
    (
        "Khurelsukh and Naruhito first met when the Japanese emperor attended Khurelsukh's inauguration.",
        CONTRADICTED,
        "Khurelsukh attended the Japanese emperor's enthronement ceremony",
    ),
    ("The Japanese emperor attended Khurelsukh's inauguration in 2019.", CONTRADICTED, "Khurelsukh attended"),
    # ... but not an office the claim's own doer holds, nor in a year of another occasion
    (
        "Khurelsukh and Naruhito had met before, in 2019, when the Mongolian president attended the "
        "enthronement ceremony.",
        SUPPORTED,
        "Khurelsukh Ukhnaa, Mongolia's President ... attended the Japanese emperor's enthronement",
    ),
    ("The Japanese emperor attended Khurelsukh's inauguration in 2021.", NOT_FOUND, "2019"),
    # someone said to do what the store has another do, only at the other's own occasion, not at
    # one the other had a part in
    ("Naruhito attended a state banquet given by Khurelsukh.", NOT_FOUND, "his enthronement"),
    ("Naruhito attended a welcome ceremony hosted by Khurelsukh.", NOT_FOUND, "his enthronement"),
    ("Naruhito attended Khurelsukh's inauguration in 2019.", CONTRADICTED, "Khurelsukh attended"),
    # "the Astellas employee" names an employer: it stands for another employer, not for the
    # person said to be an employee
    (
        "The man convicted of espionage is an employee of Takeda Pharmaceutical.",
        CONTRADICTED,
        "an employee of the drugmaker Astellas Pharma Inc",
    ),
    ("The sentenced Japanese man is an employee of Takeda.", CONTRADICTED, "the Astellas employee"),
    ("Empress Masako was an employee of the Foreign Ministry.", NOT_FOUND, "worked as a diplomat"),
    # a name in another's place, where the rest is what the claim says, not what it is found by
    # (the Astellas employee's claim lists captives among its search words, not POWs)
    ("Japanese POWs were employees of the Soviet Union.", NOT_FOUND, "China was detaining five Japanese"),
    # working for a company, or being employed by one, is being its employee
    (
        "The man convicted of espionage worked for Takeda Pharmaceutical.",
        CONTRADICTED,
        "an employee of the drugmaker Astellas Pharma Inc",
    ),
    (
        "The man convicted of espionage was employed by Takeda Pharmaceutical.",
        CONTRADICTED,
        "an Astellas employee",
    ),
    ("The sentenced Japanese man works for Astellas Pharma.", SUPPORTED, "an Astellas Pharma employee"),
    # ... but not a post someone worked as, nor someone said to be another's employee
    ("Empress Masako previously worked as a diplomat.", SUPPORTED, "a former diplomat"),
    ("Empress Masako worked for the Foreign Ministry.", NOT_FOUND, "worked as a diplomat"),
    ("Japanese POWs worked for the Soviet Union.", NOT_FOUND, "China was detaining five Japanese"),
    # a capital someone travels to is the country the store has them visit ...
    (
        "The emperor travelled to UB at the invitation of President Khurelsukh Ukhnaa.",
        SUPPORTED,
        "visited Mongolia in July 2025 at the invitation of Mongolian President Khurelsukh Ukhnaa",
    ),
    ("Naruhito made an eight-day state visit to Ulaanbaatar.", SUPPORTED, "an 8-day state visit to Mongolia"),
    # ... not a capital of another country, nor a city the store puts the visit elsewhere than
    (
        "The emperor travelled to Beijing at the invitation of President Khurelsukh Ukhnaa.",
        NOT_SUPPORTED,
        "visited Mongolia",
    ),
    (
        "Bessent travelled to Tokyo to attend the World Exposition.",
        NOT_SUPPORTED,
        "the World Exposition in Osaka",
    ),
    # ... and where someone was sent or held is not a visit
    ("Japanese POWs were sent to Ulaanbaatar.", NOT_SUPPORTED, "POWs interned in Mongolia"),
    # the outlet someone spoke to, when the store has what they said from another: one the store
    # knows, or one named as an outlet ("Nikkei Asia"), however the rest of it is worded
    (
        "Foreign Minister Battsetseg Batmunkh welcomed the visit in an interview with the Yomiuri Shimbun.",
        CONTRADICTED,
        "Battsetseg Batmunkh told The Diplomat",
    ),
    ("Battsetseg Batmunkh gave her comments on the visit to Nikkei Asia.", CONTRADICTED, "told The Diplomat"),
    # ... but a person she spoke to is no outlet
    (
        "Battsetseg Batmunkh told Naruhito the visit would be engraved in golden letters.",
        NOT_SUPPORTED,
        "said the visit will be engraved in golden letters",
    ),
    # a reporter is a journalist (stemmed, "reporters" would be the "report" of "reportedly"),
    # and the occasion a statement adds is the report's own ("to hear the ruling")
    (
        "Japanese reporters were allowed into the courtroom to hear the ruling.",
        CONTRADICTED,
        "Japanese media outlets were unable to enter the courtroom",
    ),
    (
        "Japanese journalists were allowed into the courtroom for the espionage ruling.",
        CONTRADICTED,
        "Japanese media outlets were unable to enter the courtroom",
    ),
    ("Japanese reporters could not get into the courtroom.", SUPPORTED, "unable to enter the courtroom"),
    # "rather than" and "instead of" deny what follows them; a claim's denial stops at its "but rather"
    ("Mongolia seeks bilateral and trilateral mechanisms instead of joining blocs.", SUPPORTED, _BLOCS),
    ("Mongolia will seek bilateral and trilateral mechanisms rather than join any bloc.", SUPPORTED, _BLOCS),
    ("Mongolia prefers bilateral and trilateral mechanisms to joining blocs.", SUPPORTED, _BLOCS),
    ("Mongolia will not join any bloc, preferring bilateral and trilateral mechanisms.", SUPPORTED, _BLOCS),
    (
        "Under its multipillared foreign policy, Mongolia will keep avoiding membership of any bloc.",
        SUPPORTED,
        _BLOCS,
    ),
    ("Mongolia will not seek bilateral mechanisms.", CONTRADICTED, _BLOCS),
    ("Mongolia will seek membership of a bloc.", CONTRADICTED, _BLOCS),
    # a partnership built on, turned into or replaced by another is upgraded
    ("The 2022 upgrade built on a Strategic Partnership first agreed in 2010.", SUPPORTED, _UPGRADE),
    (
        "The Special Strategic Partnership replaced a Strategic Partnership agreed in 2012.",
        CONTRADICTED,
        _UPGRADE,
    ),
    (_TURNED.format(2010), SUPPORTED, _UPGRADE),
    (_TURNED.format(2012), CONTRADICTED, _UPGRADE),
    # "lighter" or "milder than" is "not as harsh as"; "harsher than" the opposite
    (_DENIED_AHEAD.format("lighter"), SUPPORTED, _HARSH),
    (_DENIED_AHEAD.format("milder"), SUPPORTED, _HARSH),
    (_DENIED_AHEAD.format("harsher"), CONTRADICTED, _HARSH),
    # a judgement or a deed the claims do not state
    (
        "Mongolia's Foreign Minister Battsetseg Batmunkh criticised the emperor's visit in remarks to The Diplomat.",
        NOT_SUPPORTED,
        "Battsetseg told The Diplomat of the visit's historical significance",
    ),
    ("Battsetseg condemned the emperor's visit.", NOT_SUPPORTED, "he spoke of its historical significance"),
    (
        "The emperor and empress opened Ulaanbaatar's water supply and sewage facility.",
        NOT_FOUND,
        "they visited it; the Naadam opening ceremony they attended is another claim",
    ),
    (
        "Japanese Prime Ministers Kaifu Toshiki, Koizumi Junichiro and Abe Shinzo funded sites commemorating the POWs.",
        NOT_FOUND,
        "they visited the sites",
    ),
    # a route taken the other way
    (f"{_ARCHIVES} moved out of Mongolia to Siberia.", CONTRADICTED, "sent to the MPR from Siberia"),
    (f"{_ARCHIVES} sent from Siberia to Mongolia.", SUPPORTED, "sent to the MPR from Siberia"),
    # whose invitation
    (
        "The emperor's state visit was at the invitation of Mongolia's Foreign Minister Battsetseg Batmunkh.",
        CONTRADICTED,
        _HOST,
    ),
    ("The emperor visited Mongolia at the invitation of Mongolia's head of government.", CONTRADICTED, _HOST),
    ("The emperor's state visit was at the invitation of President Khurelsukh.", SUPPORTED, _HOST),
    (
        "Japan's imperial couple spent eight days in Mongolia after being invited by the Mongolian head of state.",
        SUPPORTED,
        _HOST,
    ),
    (
        "Naruhito's 2007 trip to Mongolia as crown prince was made at the invitation of President Enkhbayar Nambar.",
        NOT_FOUND,
        "nothing of who invited him in 2007",
    ),
    # every, always, all five, mainly: more than a claim naming some says
    (
        "Every Japanese prime minister since Kaifu Toshiki has visited the POW memorial sites in Mongolia.",
        NOT_SUPPORTED,
        "three prime ministers who visited",
    ),
    (
        "Japan's Self-Defense Forces have taken part in every Khaan Quest exercise.",
        NOT_SUPPORTED,
        "Japan joined Khaan Quest",
    ),
    (
        "South Korea's drills near the islets have always been closed to the public.",
        NOT_SUPPORTED,
        "this year's drills",
    ),
    (
        "All five of the Japanese nationals detained in China are being held in Wenzhou.",
        CONTRADICTED,
        "held in locations including Wenzhou, Sanya and Changsha",
    ),
    ("The Ulaanbaatar Dialogue is held every year.", SUPPORTED, "the annual Ulaanbaatar Dialogue"),
    (
        "Sukhbaatar Square was built mainly by Japanese POWs.",
        NOT_FOUND,
        "Yamada helped build its foundations",
    ),
    (
        "Japanese forced laborers were sent to Mongolia mostly from Siberia.",
        SUPPORTED,
        "particularly from Siberia",
    ),
    (
        "Abe Shinzo visited Mongolia several times as prime minister.",
        NOT_FOUND,
        "the store says he visited, not how often",
    ),
    (
        "South Korea's navy has repeatedly held drills near the islets.",
        SUPPORTED,
        "twice-yearly drills",
    ),
    # one sentence of the source the store splits into a claim for each place, quoted up to each
    (
        "The emperor and empress visited the water supply and sewage facility as well as Shine Mongol High School.",
        SUPPORTED,
        "a claim for each place, quoting the same passage",
    ),
    # the country by its formal name of the time
    (
        "Almost 13,850 Japanese POWs were taken to the Mongolian People's Republic.",
        DISPUTED,
        "Japanese records count 13,847, Mongolian 12,318",
    ),
    # a disputed figure asserted beside a fact the store bears out
    (
        "Some 13,850 Japanese POWs were sent to Mongolia, and an official memorial to them was built in 2001.",
        DISPUTED,
        "one side's count, then the memorial's year",
    ),
    # who guarded the prisoners is not who was held
    (
        "Shuzo Yamada, who helped build the foundations of Sukhbaatar Square, was a camp guard.",
        CONTRADICTED,
        "a former internee",
    ),
    # a date of a trip to another country is no date of the store's trip
    (
        "Mongolia's president will pay a state visit to Japan in 2027.",
        NOT_FOUND,
        "the emperor's trip to Mongolia",
    ),
    ("The emperor made a state visit to Mongolia in 2026.", CONTRADICTED, "in July 2025"),
    # a partnership that dates back to a year was established then
    ("The Japan-Mongolia Strategic Partnership dates back to 2010.", SUPPORTED, "established in 2010"),
    ("The Japan-Mongolia Strategic Partnership dates back to 2012.", CONTRADICTED, "established in 2010"),
    # another place where they came from, another house of parliament
    (
        "The Japanese forced laborers were transferred to Mongolia from Manchuria.",
        CONTRADICTED,
        "sent from the Soviet Union",
    ),
    (
        "The Ishiba-Bessent meeting came just before a House of Representatives election.",
        CONTRADICTED,
        "before the House of Councillors election",
    ),
    ("Japanese POWs were sent from Siberia to Mongolia.", SUPPORTED, "particularly from Siberia"),
    ("The emperor travelled to Mongolia from Tokyo.", NOT_SUPPORTED, "the store says not where from"),
    # two deeds of one subject, each borne out by a claim of its own
    (
        "The imperial couple visited Shine Mongol High School and attended the opening of the Naadam festival.",
        SUPPORTED,
        "two claims, one deed each",
    ),
    (
        "The training near the islets was larger than in previous years and lasted two days.",
        CONTRADICTED,
        "the training was of the same scale as before",
    ),
    (
        "The imperial couple visited Shine Mongol High School and opened a new hospital in Darkhan.",
        NOT_SUPPORTED,
        "no claim has them open a hospital",
    ),
    # words in quotation marks are the speaker's own, or a misquote
    (
        'Ambassador Igawahara Masaru said the visit "will close a chapter in the relationship between'
        ' Japan and Mongolia."',
        CONTRADICTED,
        "he said it 'will open a new chapter'",
    ),
    (
        'Ambassador Igawahara Masaru said the visit "would open a new chapter in the relationship between'
        ' Japan and Mongolia."',
        SUPPORTED,
        "reported speech shifts 'will' to 'would'",
    ),
    # opposites
    (_RELATIONS.format("warmed"), CONTRADICTED, "relations grown increasingly adversarial"),
    (_RELATIONS.format("soured"), SUPPORTED, "relations grown increasingly adversarial"),
    ("U.S. funding for clean energy grew.", CONTRADICTED, "the United States slashed its commitments"),
    # who says it, and to whom
    (
        "Mongolian officials say U.S. cuts to clean-energy funding will force Mongolia, Japan and South Korea to rely on each other.",
        NOT_SUPPORTED,
        "the commentary author argues it",
    ),
    (
        "Emperor Naruhito described his visit as a step toward historical reconciliation and a new era of partnership.",
        NOT_FOUND,
        "the commentary author calls it so",
    ),
    (
        "The commentary author described the visit as highly symbolic.",
        SUPPORTED,
        "the author calls it highly symbolic",
    ),
    (f"According to the World Bank's {_ADB}", CONTRADICTED, "the Asian Development Bank's description"),
    (
        f"According to the Asian Development Bank's {_ADB}",
        SUPPORTED,
        "the Asian Development Bank's description",
    ),
    (f"Battsetseg Batmunkh told the Yomiuri Shimbun {_TOLD}", CONTRADICTED, "he told The Diplomat"),
    (f"Battsetseg Batmunkh told The Diplomat {_TOLD}", SUPPORTED, "he told The Diplomat"),
    (f"{_OUTLET} the Yomiuri Shimbun.", CONTRADICTED, "he told The Diplomat"),
    (f"{_OUTLET} The Diplomat.", SUPPORTED, "he told The Diplomat"),
    (f"Japan's foreign minister {_CHAPTER}", NOT_FOUND, "Japan's ambassador predicted it"),
    (f"Japan's ambassador {_CHAPTER}", SUPPORTED, "Japan's ambassador predicted it"),
    (
        "Mongolia's foreign minister said the visit will be engraved in golden letters in the history of Mongolia-Japan relations.",
        SUPPORTED,
        "Battsetseg, Mongolia's foreign minister, said it",
    ),
    # other wordings of what the store says
    (
        "Ulaanbaatar has a strategic interest in treating Japan as a 'third neighbor'.",
        SUPPORTED,
        "seeing Japan so",
    ),
    (
        "No Japanese emperor had made a state visit to Mongolia before Naruhito.",
        SUPPORTED,
        "his was the first state visit by a Japanese emperor",
    ),
    (
        "Naruhito was not the first Japanese emperor to make a state visit to Mongolia.",
        CONTRADICTED,
        "his was the first state visit by a Japanese emperor",
    ),
    (
        "Shuzo Yamada, 107, ex-internee, helped lay the foundations of Sukhbatar Square.",
        NOT_FOUND,
        "Sukhbaatar Square, misspelt: no other square",
    ),
    ("Naruhito said Japan will send a high-level rep to COP17.", SUPPORTED, "a high-level representative"),
    ("Khaan Quest is a Japanese military exercise.", CONTRADICTED, "Mongolia's Khaan Quest"),
    ("Khaan Quest is a Mongolian military exercise.", SUPPORTED, "Mongolia's Khaan Quest"),
    (
        "Mongolia's Self-Defense Forces have been instrumental in Japan's Khaan Quest international field exercise.",
        CONTRADICTED,
        "Japan's Self-Defense Forces in Mongolia's Khaan Quest",
    ),
    (
        "Japanese records are correct: 1,684 died in Mongolia.",
        DISPUTED,
        "Japanese records count 1,684 deaths, Mongolian records others",
    ),
    (
        "Japanese records count 1,684 deaths among POWs in Mongolia.",
        SUPPORTED,
        "Japanese records count 1,684",
    ),
    # an exercise is a drill; out of public view is closed to the public; a reader's other name
    (
        "Yonhap said South Korean troops did not land on the islets and the exercise was closed to the public.",
        SUPPORTED,
        "troops did not land; the drills were closed to the public",
    ),
    (
        "The South Korean exercises near the islets were held out of public view, as under the previous government.",
        SUPPORTED,
        "the drills were closed to the public, as under Yoon",
    ),
    (
        "Korean soldiers went ashore on the islets during the summer exercises.",
        CONTRADICTED,
        "troops did not land",
    ),
    (
        "Tokyo formally objected to Seoul's military exercises near the Liancourt Rocks.",
        SUPPORTED,
        "Liancourt Rocks is the claim's keyword (and the thesaurus's) for the islets, not another place",
    ),
    # a first time is a count the claims must make; a count of trips abroad, or of state visits,
    # is no count of trips to Mongolia
    ("This trip was Empress Masako's first time in Mongolia.", NOT_FOUND, _FIRST_STATE_VISIT),
    ("The trip was the first time the empress had been to Mongolia.", NOT_FOUND, _FIRST_STATE_VISIT),
    ("It was Empress Masako's first visit to Ulaanbaatar.", NOT_FOUND, _FIRST_STATE_VISIT),
    ("It was the second time Naruhito visited Mongolia.", NOT_FOUND, _THIRD_ABROAD),
    ("This was Naruhito's second trip to Mongolia.", NOT_FOUND, _THIRD_ABROAD),
    ("Mongolia was Naruhito's second trip overseas as emperor.", CONTRADICTED, _THIRD_ABROAD),
    ("It was Naruhito's fourth foreign trip since he became emperor.", CONTRADICTED, _THIRD_ABROAD),
    (
        "The Mongolia trip was just the third time Naruhito has gone abroad since becoming emperor.",
        SUPPORTED,
        _THIRD_ABROAD,
    ),
    ("It was the second state visit by a Japanese emperor to Mongolia.", CONTRADICTED, _FIRST_STATE_VISIT),
    # interest declining is the opposite of more interest
    (
        "Japan has shown declining interest in Mongolia's critical minerals in recent years.",
        CONTRADICTED,
        _MINERALS,
    ),
    ("Japan has shown more interest in Mongolia's critical minerals in recent years.", SUPPORTED, _MINERALS),
    # steering clear of is avoiding; moving up to a partnership is upgrading to it
    (
        "Under its multipillared foreign policy, Mongolia will keep steering clear of joining any bloc.",
        SUPPORTED,
        _BLOCS,
    ),
    ("Mongolia and Japan moved up to a Special Strategic Partnership in 2022.", SUPPORTED, _UPGRADE),
    ("Mongolia and Japan moved up to a Special Strategic Partnership in 2020.", CONTRADICTED, _UPGRADE),
    # an exercise hosted by a country is that country's exercise
    ("Khaan Quest is a military exercise hosted by Japan.", CONTRADICTED, "Mongolia's Khaan Quest"),
    ("Khaan Quest is a military exercise hosted by Mongolia.", SUPPORTED, "Mongolia's Khaan Quest"),
    # extra is additional; restating a commitment is reiterating it
    (
        "Mongolia's third neighbor initiatives give Tokyo an extra platform for its diplomacy.",
        SUPPORTED,
        "Mongolia's third neighbor initiatives give Japan an additional platform to conduct diplomacy",
    ),
    (
        "At the 2022 trilateral meeting the three parties restated their commitment to democracy, peace and the"
        " security of an open Indo-Pacific.",
        SUPPORTED,
        "all three parties reiterated their mutual commitment to democracy, peace and the security of the open Indo-Pacific",
    ),
    # a regular past with its object says done what the claim says will be; "poised to" foretells
    (
        "Mongolia and Japan worked to uphold democratic and peaceful foreign policies in the face of rising"
        " regional instability.",
        NOT_SUPPORTED,
        _UPHOLD,
    ),
    (
        "In the face of rising regional instability, Mongolia and Japan will work to uphold democratic and"
        " peaceful foreign policies.",
        SUPPORTED,
        _UPHOLD,
    ),
    (
        "Concerns over the lack of transparency of Chinese authorities in national security cases continued to"
        " smolder.",
        NOT_SUPPORTED,
        "concerns ... will continue to smolder",
    ),
    ("The renewable energy project will avoid 82,789 tons of CO2 emissions per year.", SUPPORTED, _ADB),
    # an amount's period other than the store's year is no support of it; its own year is
    ("The renewable energy project will avoid 82,789 tons of carbon dioxide a month.", CONTRADICTED, _ADB),
    ("The renewable energy project will avoid 82,789 tons of carbon dioxide per day.", CONTRADICTED, _ADB),
    ("The renewable energy project will avoid 82,789 tons of carbon dioxide a week.", CONTRADICTED, _ADB),
    ("Every day, the renewable energy project will avoid 82,789 tons of carbon dioxide.", CONTRADICTED, _ADB),
    ("The renewable energy project will avoid 82,789 tons of carbon dioxide per annum.", SUPPORTED, _ADB),
    ("The renewable energy project will avoid 82,789 tons of carbon dioxide a year.", SUPPORTED, _ADB),
    # a second side's count with its noun left out is a figure of that side's
    ("By Japan's count, 1,684 POWs died; by Mongolia's, 1,621.", SUPPORTED, "1,684 and 1,621 deaths"),
    ("By Japan's tally, 1,684 POWs died, and by Mongolia's, 1,621.", SUPPORTED, "1,684 and 1,621 deaths"),
    ("By Japan's count, 1,684 POWs died; by Mongolia's, 1,684.", CONTRADICTED, "1,684 and 1,621 deaths"),
    # "interest in Mongolia's minerals" is interest in what Mongolia has, not interest held in
    # Mongolia: no other place than the statement's "in Japan", where the interest was drawn
    (
        "Copper, fluorspar and rare earths from Mongolia have drawn growing interest in Japan.",
        SUPPORTED,
        "Japan has shown more interest in Mongolia's critical minerals",
    ),
    # who regards a thing as crucial holds the view, and is no party acting on the other
    ("Japan regards food security cooperation with Mongolia as crucial.", SUPPORTED, "crucial to Japan"),
    ("Tokyo regards food security cooperation with Mongolia as crucial.", SUPPORTED, "crucial to Japan"),
    # what is crucial "to Tokyo" matters to Japan; no one travels to the city
    ("Mongolia's cooperation on food security is crucial to Tokyo.", SUPPORTED, "crucial to Japan"),
    ("Tokyo sees food security cooperation with Mongolia as vital.", SUPPORTED, "crucial to Japan"),
    # a span of years holding the store's one year is neither borne out nor gainsaid by it
    ("Enkhbayar Nambar was president from 2005 to 2009.", NOT_FOUND, "president in 2007"),
    ("Enkhbayar Nambar was president between 2005 and 2009.", NOT_FOUND, "president in 2007"),
    ("Enkhbayar Nambar was Mongolia's president 2005\u20132009.", NOT_FOUND, "president in 2007"),
    ("Enkhbayar Nambar was president from 2008 to 2012.", CONTRADICTED, "president in 2007"),
    ("The special partnership's 10-year plan runs from 2022 through 2036.", CONTRADICTED, "2022 to 2031"),
    # how often in another span: twice a month is not twice a year
    ("The South Korean drills near Dokdo are held twice a month.", CONTRADICTED, "twice a year"),
    ("The South Korean drills near Dokdo are held twice monthly.", CONTRADICTED, "twice a year"),
    ("The South Korean drills near Dokdo are held three times a week.", CONTRADICTED, "twice a year"),
    ("The South Korean drills near Dokdo are held twice yearly.", SUPPORTED, "twice a year"),
    # done, whatever the object of the deed hopes: "efforts to secure", "messages urging"
    (
        "The Japanese government bolstered efforts to secure the release of Japanese detainees in China.",
        NOT_SUPPORTED,
        _POISED,
    ),
    (
        "The Japanese government is poised to strengthen messages urging travelers to China to exercise caution.",
        SUPPORTED,
        _POISED,
    ),
    # those who died while interned are counted as deaths, not as internees
    (
        "The Japanese who died while interned in Mongolia were 1,621 in number.",
        DISPUTED,
        "1,621 or 1,684 deaths",
    ),
    # someone who "also" did it adds a name to the claim's, and replaces none
    (
        "Prime Minister Fumio Kishida also paid respects at the POW memorial during his term.",
        NOT_FOUND,
        _MEMORIAL,
    ),
    (
        "Prime Minister Fumio Kishida paid respects at the POW memorial on July 8, 2025.",
        CONTRADICTED,
        _MEMORIAL,
    ),
    # what the article "sees" is what it says
    (
        "The article sees benefits for both Ulaanbaatar and Tokyo in a Japan-Mongolia-South Korea trilateral"
        " mechanism.",
        SUPPORTED,
        "enhancing trilateral mechanisms ... Japan-Mongolia-South Korea, benefits both Mongolia and Japan",
    ),
    # another convention, fund or bank of the same kind in the place of the claims'
    (
        "The COP17 that Mongolia will host is a conference of the UN Framework Convention on Climate Change.",
        CONTRADICTED,
        _COP17,
    ),
    ("Mongolia will host COP17 of the UN Convention to Combat Desertification.", SUPPORTED, _COP17),
    (
        "The Green Climate Fund is a partner in the Upscaling Renewable Energy Sector Project.",
        CONTRADICTED,
        "partners: the ADB, the Japan Fund for Joint Credit Mechanism and the Strategic Climate Fund",
    ),
    # a claim's own words in quotation marks, put in another speaker's mouth
    (
        "Mongolia's foreign minister predicted the visit 'will open a new chapter' in relations.",
        CONTRADICTED,
        _CHAPTER,
    ),
    ("Japan's ambassador predicted the visit 'will open a new chapter' in relations.", SUPPORTED, _CHAPTER),
    (
        "Ambassador Igawahara said the visit would be 'engraved in golden letters' in the history of relations.",
        CONTRADICTED,
        "Battsetseg Batmunkh said the visit will be engraved in golden letters",
    ),
    (
        "Foreign Minister Battsetseg said the visit would be 'engraved in golden letters' in the history of"
        " relations.",
        SUPPORTED,
        "Battsetseg Batmunkh said the visit will be engraved in golden letters",
    ),
    # seeing no need to do something is not doing it
    (
        "Japanese policymakers see no need to look for alternative food sources.",
        CONTRADICTED,
        "Japanese policymakers have been seeking alternative food sources",
    ),
    # scaling back ties is weakening them, the opposite of strengthening
    (
        "Japan is scaling back its relations with partners such as Mongolia.",
        CONTRADICTED,
        "Japan is strengthening relations with other partners, including Mongolia",
    ),
    # a name in quotation marks is no one's words
    (
        "Japan's foreign minister praised the 'Special Strategic Partnership for Peace and Prosperity' with"
        " Mongolia.",
        NOT_FOUND,
        "the partnership's name, in many claims' quotes",
    ),
    # a country named twice, but not set against itself, puts none in another's place
    (
        "A Chinese court in China sentenced the Astellas employee to 3½ years in prison.",
        SUPPORTED,
        "a Chinese court sentenced a Japanese man, an Astellas Pharma employee, to 3½ years in prison",
    ),
    # the person an article's title names is not what each of its claims is about: Masako's
    # interest is not Naruhito's because the article's title names him
    (
        "Naruhito has a deep personal interest in environmental and climate change issues and often calls for"
        " regional cooperation on them.",
        NOT_SUPPORTED,
        _MASAKO,
    ),
    (
        "Empress Masako has a deep personal interest in environmental and climate change issues.",
        SUPPORTED,
        _MASAKO,
    ),
    # a country put twice, in the place of another the claims name
    ("China celebrates September 3 as the anniversary of its victory over China.", NOT_SUPPORTED, _SEPT_3),
    ("China celebrates September 3 as the anniversary of its victory over Japan.", SUPPORTED, _SEPT_3),
    (
        "The July 2025 espionage ruling will inevitably affect economic and people-to-people exchanges between"
        " China and China.",
        NOT_SUPPORTED,
        "exchanges between Tokyo and Beijing",
    ),
    # prisoners brought to a country were sent there; electricity brought to households is supplied
    (
        "12,318 Japanese prisoners of war were brought to Mongolia, according to Mongolian records.",
        SUPPORTED,
        "Mongolia's records indicated 12,318 POWs in total [sent to Mongolia]",
    ),
    (
        "Clean electricity will be brought to 70,000 households.",
        SUPPORTED,
        "the project will deliver clean electricity to 70,000 households",
    ),
    # reacting is responding, no typo of "reaching"
    (
        "Japan is reacting to the change in US policy by strengthening ties with other partners, Mongolia among"
        " them.",
        SUPPORTED,
        "Japan is responding to it by strengthening relations with other partners, including Mongolia",
    ),
    (
        "Japan is reacting to the U.S. shift by scaling back its relations with partners such as Mongolia.",
        CONTRADICTED,
        "Japan is responding to it by strengthening relations with other partners, including Mongolia",
    ),
    # records that "do not agree" disagree, as the claim says: no denial of it
    (
        "Mongolian and Japanese records do not agree on how many Japanese POWs died in Mongolia.",
        SUPPORTED,
        "Mongolian and Japanese records disagree on how many Japanese prisoners of war ... died",
    ),
    # "only" one of the things a claim lists is contradicted; listing them all is not
    (
        "Japanese forces train Mongolia only in military medicine.",
        CONTRADICTED,
        "Japanese forces help provide training in military medicine, engineering, and emergency evacuation",
    ),
    (
        "Japanese forces' training help for Mongolia is limited to military medicine.",
        CONTRADICTED,
        "Japanese forces help provide training in military medicine, engineering, and emergency evacuation",
    ),
    (
        "Japanese forces train Mongolia in military medicine, engineering and emergency evacuation.",
        SUPPORTED,
        "Japanese forces help provide training in military medicine, engineering, and emergency evacuation",
    ),
    # a list opened by "especially" lists what follows it
    (
        "Japan's interest is only in Mongolian copper, fluorspar and rare earths.",
        NOT_SUPPORTED,
        "Japan's interest in Mongolia's critical minerals, especially copper, fluorspar and rare earths",
    ),
    # saying the opposite of a claim is being about what it is about: the opposite word counts
    (
        "Mongolia's third neighbor mechanisms undermine trilateral cooperation with Japan and the U.S.",
        CONTRADICTED,
        "These mechanisms support trilateral partnerships between Mongolia, Japan, and the U.S.",
    ),
    (
        "Mongolia's third neighbor policy is to Tokyo's disadvantage.",
        CONTRADICTED,
        "This is to Tokyo's advantage, as Mongolia's third neighbor initiatives serve as an additional"
        " platform",
    ),
    (
        "Mongolia's third neighbor mechanisms support trilateral partnerships between Mongolia, Japan and the"
        " U.S.",
        SUPPORTED,
        "These mechanisms support trilateral partnerships between Mongolia, Japan, and the U.S.",
    ),
    # a city hosting a meeting is where it took place
    (
        "In 2022, Tokyo hosted a trilateral meeting with Mongolia and the U.S.",
        SUPPORTED,
        "In 2022 a Japan–Mongolia–U.S. trilateral meeting took place in Tokyo",
    ),
    (
        "Ulaanbaatar hosted the Japan–Mongolia–U.S. trilateral meeting in 2022.",
        CONTRADICTED,
        "In 2022 a Japan–Mongolia–U.S. trilateral meeting took place in Tokyo",
    ),
    # the source's "augmented partnership" is the upgraded one
    (
        "The upgraded partnership runs on a ten-year plan covering 2022 through 2031.",
        SUPPORTED,
        "The augmented partnership aimed to implement human-centered development with a 10-year plan from"
        " 2022-2031",
    ),
    # following a plan is implementing it
    (
        "The partnership follows a ten-year plan covering 2022 to 2031.",
        SUPPORTED,
        "The 2022 partnership aimed to implement human-centered development through a 10-year plan"
        " covering 2022-2031",
    ),
    (
        "The partnership follows a five-year plan covering 2022 to 2031.",
        CONTRADICTED,
        "a 10-year plan covering 2022-2031",
    ),
    # minerals that "feed" an industry, or are its "inputs", are minerals utilized for it
    (
        "Mongolia's critical minerals could feed Japan's advanced manufacturing in robotics.",
        SUPPORTED,
        "Mongolia's critical minerals can be utilized for Japan's advanced manufacturing in robotics",
    ),
    (
        "Japan sees Mongolian minerals as inputs for its robotics, automobile and semiconductor industries.",
        SUPPORTED,
        "critical minerals ... can be utilized for Japan's advanced manufacturing in robotics, automobiles,"
        " and semiconductors",
    ),
    # a statement opening with a word of everyday English that the store writes as someone's
    # name ("Trump") opens with that someone, whom the claim must name
    (
        "Trump took office as President of South Korea in June 2025, succeeding Yoon Suk Yeol.",
        NOT_SUPPORTED,
        "Lee Jae Myung took office as President of South Korea in June 2025, succeeding Yoon Suk Yeol",
    ),
    (
        "Trump of the Yokosuka Council on Asia-Pacific Studies said the partnership with Japan gives"
        " Mongolia access to state-of-the-art defense technologies.",
        NOT_SUPPORTED,
        "Nicholas Millward of the Yokosuka Council on Asia-Pacific Studies said ...",
    ),
    (
        "Trump's administration was set to implement so-called reciprocal tariffs on August 1, 2025.",
        SUPPORTED,
        "U.S. President Donald Trump's administration was set to implement so-called reciprocal tariffs"
        " on August 1, 2025",
    ),
    # "U.S." is read whole as the country's name, which the claim must hold like any other
    (
        "China has recently accelerated procedures for resuming imports of U.S. beef.",
        NOT_SUPPORTED,
        "China has recently accelerated procedures for resuming imports of Japanese beef",
    ),
    (
        "Japan had invested over $1 billion in the U.S. as of 2023.",
        NOT_SUPPORTED,
        "As of 2023, Japan had invested over $1 billion in Mongolia",
    ),
    (
        "Mongolia's third neighbor mechanisms support trilateral partnerships between Mongolia, Japan and"
        " the U.S.",
        SUPPORTED,
        "Mongolia's third neighbor mechanisms support trilateral partnerships between Mongolia, Japan and"
        " the United States",
    ),
    # an envoy named by where they are sent ("Japan's ambassador to Mongolia, Igawahara Masaru")
    # holds that office, which the statement may not give as another
    (
        "Japan's Emperor to Mongolia, Igawahara Masaru, predicted that the visit of the emperor and"
        " empress will open a new chapter in the relationship between Japan and Mongolia.",
        CONTRADICTED,
        "Japan's ambassador to Mongolia, Igawahara Masaru, predicted that the visit ... will open a new"
        " chapter",
    ),
    (
        "Japan's President to Mongolia, Igawahara Masaru, predicted that the visit will open a new chapter.",
        CONTRADICTED,
        "Japan's ambassador to Mongolia, Igawahara Masaru",
    ),
    (
        "Japan's ambassador to Mongolia, Igawahara Masaru, predicted that the visit of the emperor and"
        " empress will open a new chapter in the relationship between Japan and Mongolia.",
        SUPPORTED,
        "Japan's ambassador to Mongolia, Igawahara Masaru, predicted that the visit ... will open a new"
        " chapter",
    ),
    # a title before a name ("Director", "Judge", "Governor") is one the store may give otherwise
    (
        "Director Naruhito visited Shine Mongol High School.",
        CONTRADICTED,
        "Emperor Naruhito and Empress Masako visited Shine Mongol High School",
    ),
    (
        "Judge Shigeru Ishiba said in Takaoka that Japan wants to create a more transparent,"
        " well-structured order.",
        CONTRADICTED,
        "Prime Minister Shigeru Ishiba said in Takaoka that Japan wants to create a more transparent,"
        " well-structured order",
    ),
    (
        "Mongolian Director Battsetseg Batmunkh said the emperor's first state visit to Mongolia will be"
        " engraved in golden letters in the history of Mongolia–Japan relations.",
        CONTRADICTED,
        "Mongolian Foreign Minister Battsetseg Batmunkh said ...",
    ),
    (
        "Director Nicholas Millward said the defense partnership with Japan ensures Mongolia can maintain"
        " its independent foreign policy.",
        SUPPORTED,
        "Nicholas Millward is the director for the Yokosuka Council on Asia-Pacific Studies",
    ),
    # how someone went ("by train", "on foot") is a detail the claims must give too
    (
        "Naruhito previously visited Mongolia by train in 2007 as crown prince, during the presidency of"
        " Enkhbayar Nambar.",
        NOT_SUPPORTED,
        "Naruhito previously visited Mongolia in 2007 as crown prince, during the presidency of Enkhbayar"
        " Nambar",
    ),
    (
        "During their July 2025 state visit, Emperor Naruhito and Empress Masako visited Shine Mongol High"
        " School on foot.",
        NOT_SUPPORTED,
        "During their July 2025 state visit, Emperor Naruhito and Empress Masako visited Shine Mongol High"
        " School",
    ),
    (
        "Japanese Prime Minister Abe Shinzo visited sites in Mongolia commemorating the Japanese prisoners"
        " of war by ship.",
        NOT_SUPPORTED,
        "Japanese Prime Minister Abe Shinzo visited sites in Mongolia commemorating the Japanese prisoners"
        " of war",
    ),
    (
        "The official memorial for the Japanese prisoners of war in Mongolia was built in 2001 by the"
        " Mongolian and Japanese governments.",
        SUPPORTED,
        "The official memorial ... was built in 2001 by the Mongolian and Japanese governments",
    ),
    # a deed turned to its opposite ("drop" for "rise", "banning" for "resuming", "helped" for
    # "blocked", "withdrew" for "dispatched") is what the store gainsays
    (
        "Defense spending continues to drop in East Asia, including in Mongolia and Japan.",
        CONTRADICTED,
        "Defense spending continues to rise in East Asia, including in Mongolia and Japan",
    ),
    (
        "China has recently accelerated procedures for banning imports of Japanese beef.",
        CONTRADICTED,
        "China has recently accelerated procedures for resuming imports of Japanese beef",
    ),
    (
        "The administration of Chinese President Xi Jinping has fostered attempts to worsen ties with Japan.",
        CONTRADICTED,
        "The administration of Chinese President Xi Jinping has fostered attempts to improve ties with Japan",
    ),
    (
        "Men who appeared to be connected to the Chinese authorities stood around the courthouse and helped"
        " attempts to report on the Astellas employee's sentencing.",
        CONTRADICTED,
        "Men who appeared to be connected to the Chinese authorities ... blocked attempts to report",
    ),
    (
        "China withdrew two aircraft carriers to conduct exercises simultaneously in the Pacific Ocean.",
        CONTRADICTED,
        "China dispatched two aircraft carriers to conduct exercises simultaneously in the Pacific Ocean",
    ),
    (
        "China deployed two aircraft carriers to the Pacific Ocean.",
        SUPPORTED,
        "China dispatched two aircraft carriers to conduct exercises simultaneously in the Pacific Ocean",
    ),
    # the parties listed after "between" are the claim's own list, not a country it names elsewhere
    # ("the denuclearization of North Korea")
    (
        "Mongolia's third neighbor mechanisms support trilateral partnerships between Mongolia, Japan and"
        " North Korea.",
        NOT_SUPPORTED,
        "Mongolia's third neighbor mechanisms ... support trilateral partnerships between Mongolia, Japan"
        " and the U.S., help promote ... the denuclearization of North Korea",
    ),
    (
        "According to the commentary author, Mongolia's third neighbor mechanisms, which support trilateral"
        " partnerships between Mongolia, Japan and the U.S., help promote peaceful resolutions to the"
        " protracted challenges concerning the denuclearization of North Korea.",
        SUPPORTED,
        "the claim's own sentence",
    ),
    # a title of several words ("Chief Cabinet Secretary") leaves a person's name after it, one
    # that may stand where the store has another person say it
    (
        "Chief Cabinet Secretary Yoshimasa Hayashi described the detentions as one of the biggest"
        " factors impeding people-to-people exchanges.",
        CONTRADICTED,
        "Foreign Minister Takeshi Iwaya said the detentions were one of the biggest factors",
    ),
    (
        "Foreign Minister Takeshi Iwaya described the detentions as one of the biggest factors impeding"
        " people-to-people exchanges.",
        SUPPORTED,
        "Foreign Minister Takeshi Iwaya said the detentions were one of the biggest factors",
    ),
    # the count of those detained and where they are held, claims the store links each to the
    # other, bear out a sentence giving both; a city they are held in is no employer of the one
    # the count names ("including the Astellas employee")
    (
        "China is holding five Japanese nationals in places including Wenzhou, Sanya and Changsha.",
        SUPPORTED,
        "China was detaining five Japanese nationals ... held in locations including Wenzhou, Sanya and"
        " Changsha",
    ),
    (
        "China is holding six Japanese nationals in places including Wenzhou.",
        CONTRADICTED,
        "China was detaining five Japanese nationals",
    ),
    (
        "China is holding five Japanese nationals in places including Wenzhou and Shanghai.",
        NOT_SUPPORTED,
        "held in locations including Wenzhou, Sanya and Changsha",
    ),
    (
        "China is detaining five Japanese nationals, including the Takeda employee.",
        CONTRADICTED,
        "five Japanese nationals, including the Astellas Pharma employee",
    ),
    # a building named where the claim holds it at another ("at the prime minister's office")
    (
        "The Ishiba-Bessent meeting was to be held at the Foreign Ministry in Tokyo.",
        CONTRADICTED,
        "Ishiba was to meet Bessent at the prime minister's office in Tokyo",
    ),
    (
        "Ishiba was to meet Bessent at the Prime Minister's Office in Tokyo.",
        SUPPORTED,
        "Ishiba was to meet Bessent at the prime minister's office in Tokyo",
    ),
    (
        "Naruhito and Khurelsukh met at the State Palace.",
        NOT_SUPPORTED,
        "the store names no building they met in",
    ),
    # "X is a(n) ... who ..." says X is one: what the store gainsays it calls X gainsays the
    # sentence, whatever the "who" clause adds; a clause after a rank ("the first ... who") is
    # what ranks, and is not left out
    (
        "Shuzo Yamada is a former Mongolian guard who oversaw the Japanese internees.",
        CONTRADICTED,
        "Shuzo Yamada is a 107-year-old former Japanese internee in Mongolia",
    ),
    (
        "Shuzo Yamada is a former Japanese internee who helped build Sukhbaatar Square.",
        SUPPORTED,
        "Former Japanese internee Shuzo Yamada helped build the foundations of Sukhbaatar Square",
    ),
    (
        "Shuzo Yamada is a former Japanese internee who oversaw the Mongolian guards.",
        NOT_SUPPORTED,
        "Shuzo Yamada is a former Japanese internee",
    ),
    # the holder of a country's office ("U.S. Treasury Secretary Scott Bessent", "Igawahara Masaru
    # is Japan's ambassador") is that country's: another country's official he is not
    ("Scott Bessent is a Japanese official.", CONTRADICTED, "U.S. Treasury Secretary Scott Bessent"),
    ("Scott Bessent is an American official.", SUPPORTED, "U.S. Treasury Secretary Scott Bessent"),
    ("Igawahara Masaru is a Mongolian diplomat.", CONTRADICTED, "Igawahara Masaru is Japan's ambassador"),
    ("Igawahara Masaru is a Japanese diplomat.", SUPPORTED, "Igawahara Masaru is Japan's ambassador"),
    # a month qualifying a noun ("the July trip") dates it, as "in July" does: the 2007 visit as
    # crown prince is no July trip the store states
    (
        "Naruhito made the July trip to Mongolia as crown prince.",
        NOT_SUPPORTED,
        "Naruhito visited Mongolia in 2007 as crown prince; the July 2025 state visit as emperor",
    ),
    (
        "The emperor made the July trip to Mongolia with Empress Masako.",
        SUPPORTED,
        "the July 2025 state visit",
    ),
    ("The imperial couple's March visit lasted eight days.", CONTRADICTED, "an 8-day visit in July 2025"),
    # "on its own", "by itself", "single-handedly" say one doer, as "alone" does
    (
        "The Japanese government built the official POW memorial on its own in 2001.",
        CONTRADICTED,
        "built in 2001 by the Mongolian and Japanese governments",
    ),
    (
        "Japan single-handedly built the official POW memorial in 2001.",
        CONTRADICTED,
        "built in 2001 by the Mongolian and Japanese governments",
    ),
    (
        "The official POW memorial was built in 2001 by the Mongolian and Japanese governments.",
        SUPPORTED,
        "built in 2001 by the Mongolian and Japanese governments",
    ),
    # a partnership that "grew out of" or "evolved from" another was upgraded from it; two
    # countries "linked by" a partnership had one
    (
        "The Special Strategic Partnership grew out of a Strategic Partnership set up in 2010.",
        SUPPORTED,
        "established a Strategic Partnership in 2010, upgraded in 2022 to a Special Strategic Partnership",
    ),
    (
        "The Special Strategic Partnership grew out of a Strategic Partnership set up in 2012.",
        CONTRADICTED,
        "established a Strategic Partnership in 2010",
    ),
    (
        "The Special Strategic Partnership evolved from a 2010 Strategic Partnership.",
        SUPPORTED,
        "upgraded their 2010 Strategic Partnership",
    ),
    (
        "Before 2022 the two countries were linked by a Strategic Partnership dating from 2010.",
        SUPPORTED,
        "established a Strategic Partnership in 2010, which they upgraded in 2022",
    ),
    # a claim dated to no day is read by the related claim it tells of: Kanai's words are the
    # protest dated July 17, 2025, a Thursday
    (
        "Japan's government said on Friday it had protested South Korea's military drills near the islets.",
        CONTRADICTED,
        "On July 17, 2025 (a Thursday), Japan's government said it had lodged a strong protest",
    ),
    (
        "Japan's government said on Thursday it had protested South Korea's military drills near the islets.",
        SUPPORTED,
        "On July 17, 2025 (a Thursday), Japan's government said it had lodged a strong protest",
    ),
    # a day of the week given alone is checked against the day the store has it on
    (
        "The Astellas employee was sentenced on a Tuesday.",
        CONTRADICTED,
        "On Wednesday, July 16, 2025 ... sentenced",
    ),
    (
        "The Astellas employee was sentenced on a Wednesday.",
        SUPPORTED,
        "On Wednesday, July 16, 2025 ... sentenced",
    ),
    (
        "The emperor and empress visited the POW memorial on Monday.",
        CONTRADICTED,
        "visited the memorial on July 8, 2025, a Tuesday",
    ),
    # a statement telling of something said gives the day of the saying
    (
        "Japan's government announced its protest over the drills on Friday.",
        CONTRADICTED,
        "On July 17, 2025 (a Thursday), Japan's government said it had lodged a strong protest",
    ),
    (
        "Japan lodged its protest with South Korea on Wednesday.",
        NOT_SUPPORTED,
        "said on July 17 it had lodged",
    ),
    # the armed service named is compared: the navy said it had carried out the drills
    (
        "South Korea's air force said it had carried out the drills near the islets.",
        CONTRADICTED,
        "the South Korean navy said it had carried out military drills near the Takeshima/Dokdo islets",
    ),
    (
        "The South Korean army announced that it had carried out the drills.",
        CONTRADICTED,
        "the South Korean navy said it had carried out military drills near the Takeshima/Dokdo islets",
    ),
    (
        "The South Korean navy said it had carried out the drills near the islets.",
        SUPPORTED,
        "the South Korean navy said it had carried out military drills near the Takeshima/Dokdo islets",
    ),
    # "as a result of", "because of" put the cause after its effect: no roles swapped
    (
        "Japan surrendered as a result of the atomic bombings of Hiroshima and Nagasaki, the commentary notes.",
        SUPPORTED,
        "the atomic bombing of Hiroshima and Nagasaki resulted in Japan's surrender",
    ),
    (
        "Japan surrendered because of the atomic bombing of Hiroshima and Nagasaki.",
        SUPPORTED,
        "the atomic bombing of Hiroshima and Nagasaki resulted in Japan's surrender",
    ),
    # "moved to" do something is to take steps to; "halt", a word read as an opposite, is no
    # typo of "half"
    (
        "China has recently moved to halt imports of Japanese seafood and beef.",
        CONTRADICTED,
        "accelerating procedures for resuming imports of Japanese marine products and beef",
    ),
    (
        "China has recently moved to resume imports of Japanese seafood and beef.",
        SUPPORTED,
        "accelerating procedures for resuming imports of Japanese marine products and beef",
    ),
    # what a thing was read out in is a language: the ruling was read out in Chinese
    (
        "The presiding judge read out the ruling in Japanese.",
        CONTRADICTED,
        "the Japanese interpretation of the ruling read out in Chinese by the presiding judge",
    ),
    (
        "The presiding judge read out the ruling in Chinese.",
        SUPPORTED,
        "the Japanese interpretation of the ruling read out in Chinese by the presiding judge",
    ),
    # an office someone "serves as" (or "served as") is one they hold (held): the office the
    # store gives them bears it out, another of that country gainsays it
    ("Khurelsukh Ukhnaa serves as Mongolia's president.", SUPPORTED, "President Khurelsukh Ukhnaa"),
    ("Takeshi Iwaya serves as Japan's foreign minister.", SUPPORTED, "Foreign Minister Takeshi Iwaya"),
    ("Enkhbayar Nambar served as Mongolia's president in 2007.", SUPPORTED, "President of Mongolia in 2007"),
    ("Khurelsukh Ukhnaa serves as Mongolia's prime minister.", CONTRADICTED, "President Khurelsukh Ukhnaa"),
    ("Takeshi Iwaya serves as Japan's prime minister.", CONTRADICTED, "Foreign Minister Takeshi Iwaya"),
    # a cause, a passive and an invitation turn who does what round: the order two names come in
    # then says nothing against the claim naming them the other way round
    (
        "According to the commentary, Japan surrendered in World War II as a result of the atomic"
        " bombing of Hiroshima and Nagasaki.",
        SUPPORTED,
        "the atomic bombing of Hiroshima and Nagasaki resulted in Japan's surrender",
    ),
    (
        "According to the commentary, Japan can use Mongolia's critical minerals in advanced"
        " manufacturing of automobiles.",
        SUPPORTED,
        "Mongolia's critical minerals can be utilized for Japan's advanced manufacturing of automobiles",
    ),
    (
        "Mongolian President Khurelsukh Ukhnaa invited Emperor Naruhito and Empress Masako, who"
        " visited Mongolia in July 2025.",
        SUPPORTED,
        "visited Mongolia in July 2025 at the invitation of Mongolian President Khurelsukh Ukhnaa",
    ),
    (
        "Mongolia can use Japan's critical minerals in advanced manufacturing of automobiles.",
        NOT_SUPPORTED,
        "Mongolia's critical minerals can be utilized for Japan's advanced manufacturing of automobiles",
    ),
    (
        "Emperor Naruhito invited Mongolian President Khurelsukh Ukhnaa, who visited Japan in July 2025.",
        NOT_SUPPORTED,
        "visited Mongolia in July 2025 at the invitation of Mongolian President Khurelsukh Ukhnaa",
    ),
    # "had yet to" says it had not been done, as the claim's "had not yet" does
    (
        "As of 1966, Japan and Mongolia had yet to establish formal diplomatic relations.",
        SUPPORTED,
        "In 1966 Japan and Mongolia had not yet formally established diplomatic ties",
    ),
    (
        "Chinese authorities have yet to reveal the reasons for the detentions of the Japanese nationals.",
        SUPPORTED,
        "Chinese authorities have not revealed the reasons for ... the detentions",
    ),
    (
        "By 1966 Japan and Mongolia had established formal diplomatic relations.",
        CONTRADICTED,
        "In 1966 Japan and Mongolia had not yet formally established diplomatic ties",
    ),
    # a comparison with a figure bounds it, as "more than" does: "longer than ten years" is the
    # store's "exceeded 10 years", "longer than 20 years" and "shorter than ten years" are not
    (
        "Some earlier espionage sentences were longer than ten years, sources familiar with"
        " Japan-China ties said.",
        SUPPORTED,
        "some sentences handed down in previous cases had exceeded 10 years of imprisonment",
    ),
    (
        "Some earlier espionage sentences were shorter than ten years, sources familiar with"
        " Japan-China ties said.",
        CONTRADICTED,
        "some sentences handed down in previous cases had exceeded 10 years of imprisonment",
    ),
    (
        "Some earlier espionage sentences were longer than 20 years, sources familiar with"
        " Japan-China ties said.",
        NOT_SUPPORTED,
        "some sentences handed down in previous cases had exceeded 10 years of imprisonment",
    ),
    # everyday phrasings of the claims' words: "set out to" is "aimed to", "Japan and Mongolia
    # alike" is "both Japan and Mongolia", "to be cautious" is "to exercise caution"
    (
        "The 2022 Mongolia-Japan Special Strategic Partnership set out to implement human-centered development.",
        SUPPORTED,
        "The 2022 Mongolia-Japan Special Strategic Partnership aimed to implement human-centered development",
    ),
    (
        "Regional stability is crucial for the security and economic development of Japan and Mongolia"
        " alike, the commentary author says.",
        SUPPORTED,
        "regional stability is crucial for the security and economic development of both Japan and Mongolia",
    ),
    (
        "Regional stability is crucial for the security and economic development of Japan and China"
        " alike, the commentary author says.",
        NOT_SUPPORTED,
        "regional stability is crucial for the security and economic development of both Japan and Mongolia",
    ),
    (
        "The Japanese government is poised to strengthen its messages urging travelers to China to be cautious.",
        SUPPORTED,
        "poised to strengthen messages urging travelers to China to exercise caution",
    ),
    (
        "The Japanese government is poised to strengthen its messages urging travelers to Mongolia to be"
        " cautious.",
        NOT_SUPPORTED,
        "poised to strengthen messages urging travelers to China to exercise caution",
    ),
    # readers' words for the claims' (data/thesaurus.yaml): tariffs "imposed" are implemented,
    # concerns "voiced" expressed, and what is "vital" crucial
    (
        "The Trump administration was to impose so-called reciprocal tariffs on August 1, 2025.",
        SUPPORTED,
        "was set to implement so-called reciprocal tariffs on August 1, 2025",
    ),
    (
        "The Trump administration was to impose so-called reciprocal tariffs on September 1, 2025.",
        CONTRADICTED,
        "was set to implement so-called reciprocal tariffs on August 1, 2025",
    ),
    (
        "Tokyo has voiced serious concerns about China's detention of Japanese nationals.",
        SUPPORTED,
        "The Japanese government has expressed serious concerns about China's detention",
    ),
    (
        "According to the commentary author, regional stability is vital for the security and economic"
        " development of both Japan and Mongolia.",
        SUPPORTED,
        "regional stability is crucial for the security and economic development of both Japan and Mongolia",
    ),
    # an office one person holds at a time, said to be held now ("is"), is gainsaid by the one
    # the store says holds it now; "was" tells of another time
    ("South Korea's president is Yoon Suk Yeol.", CONTRADICTED, "Lee Jae Myung is President of South Korea"),
    ("Yoon Suk Yeol is the current President of South Korea.", CONTRADICTED, "Lee Jae Myung is President"),
    (
        "Enkhbayar Nambar is President of Mongolia.",
        CONTRADICTED,
        "Khurelsukh Ukhnaa is the President of Mongolia",
    ),
    ("China's president is Li Qiang.", CONTRADICTED, "Xi Jinping is President of China (July 2025)"),
    (
        "Yoon Suk Yeol was President of South Korea.",
        SUPPORTED,
        "Yoon Suk Yeol was President of South Korea before Lee",
    ),
    ("Japan's prime minister is Shigeru Ishiba.", SUPPORTED, "Shigeru Ishiba is Prime Minister of Japan"),
    (
        "The U.S. Treasury Secretary is Scott Bessent.",
        SUPPORTED,
        "Scott Bessent is the U.S. Treasury Secretary",
    ),
    # "not allowed into" a place is "unable to enter" it: the denial bears on the entering
    (
        "Japanese journalists were not allowed into the Chinese courtroom where the Astellas employee was sentenced.",
        SUPPORTED,
        "Japanese media outlets were unable to enter the Chinese courtroom",
    ),
    (
        "Japanese media weren't permitted to enter the Chinese courtroom where the Astellas employee was sentenced.",
        SUPPORTED,
        "Japanese media outlets were unable to enter the Chinese courtroom",
    ),
    (
        "Japanese media were allowed into the Chinese courtroom where the Astellas employee was sentenced.",
        CONTRADICTED,
        "Japanese media outlets were unable to enter the Chinese courtroom",
    ),
    # a country doing a thing in the active voice is the passive's doer "by" it: "Tokyo controls
    # the islets" is "controlled by Tokyo", which the store's "controlled by Seoul" gainsays
    (
        "Tokyo controls the islets, but Seoul claims them.",
        CONTRADICTED,
        "controlled by Seoul but claimed by Tokyo",
    ),
    ("Japan controls the islets.", CONTRADICTED, "controlled by South Korea but claimed by Japan"),
    ("Seoul claimed the islets.", CONTRADICTED, "controlled by South Korea but claimed by Japan"),
    (
        "Seoul controls the islets, but Tokyo claims them.",
        SUPPORTED,
        "controlled by Seoul but claimed by Tokyo",
    ),
    ("South Korea controls the islets.", SUPPORTED, "controlled by South Korea but claimed by Japan"),
    # who heard a thing said ("told a crowd in Takaoka", "addressed a rally") is no fact of what
    # was said: the claim's "said in a speech in Takaoka" bears it out, another city does not
    (
        "Ishiba told a crowd in Takaoka on July 16 that 'we must ensure the world is orderly'.",
        SUPPORTED,
        "said in a speech in Takaoka, Toyama Prefecture, that 'we must ensure the world is orderly'",
    ),
    (
        "Ishiba told a crowd in Osaka on July 16 that 'we must ensure the world is orderly'.",
        CONTRADICTED,
        "said in a speech in Takaoka, Toyama Prefecture, that 'we must ensure the world is orderly'",
    ),
    # "controlled by Seoul but claimed by Tokyo" is a passive: Seoul is said to claim nothing,
    # so the store's voice for the islets being Japanese is Japan's, never South Korea's
    (
        "South Korea says the islets are Japanese territory.",
        NOT_SUPPORTED,
        "Japan's Foreign Ministry says the islets are an integral part of Japanese territory",
    ),
    (
        "Seoul said it had lodged a strong protest over military drills near islets controlled by Seoul but claimed by Tokyo.",
        NOT_SUPPORTED,
        "Japan's government said it had lodged a strong protest with South Korea",
    ),
    (
        "Japan's Foreign Ministry says the islets are Japanese territory.",
        SUPPORTED,
        "Japan's Foreign Ministry says the islets are an integral part of Japanese territory",
    ),
    (
        "Tokyo said it had lodged a strong protest over military drills near islets controlled by Seoul but claimed by Tokyo.",
        SUPPORTED,
        "Japan's government said it had lodged a strong protest with South Korea",
    ),
    # "According to X, ..." names who says it, as "X said ..." does: the store has it from
    # Yonhap, the Yomiuri Shimbun, the commentary author, not from a government
    (
        "According to South Korea, troops did not land on the Takeshima/Dokdo islets during the July 2025 drills.",
        NOT_SUPPORTED,
        "according to Yonhap News Agency, troops did not land",
    ),
    (
        "According to the Chinese government, China Coast Guard vessels regularly intrude into Japanese territorial waters around the Senkaku Islands.",
        NOT_SUPPORTED,
        "according to the Yomiuri Shimbun, China Coast Guard vessels regularly intrude",
    ),
    (
        "According to Mongolia's government, Japan had invested over $1 billion in Mongolia as of 2023.",
        NOT_SUPPORTED,
        "the commentary author: as of 2023, Japan had invested over $1 billion in Mongolia",
    ),
    (
        "According to Yonhap, troops did not land on the Takeshima/Dokdo islets during the July 2025 drills.",
        SUPPORTED,
        "according to Yonhap News Agency, troops did not land",
    ),
    (
        "According to the Yomiuri Shimbun, China Coast Guard vessels regularly intrude into Japanese territorial waters around the Senkaku Islands.",
        SUPPORTED,
        "according to the Yomiuri Shimbun, China Coast Guard vessels regularly intrude",
    ),
    (
        "According to Mongolian records, 1,621 Japanese prisoners of war died in Mongolia.",
        SUPPORTED,
        "Mongolian records, as cited by Mongolia's Institute of Strategic Studies, count 1,621 deaths",
    ),
    # a view ("sees ... as", "considers", "calls ... symbolic") is someone's, as words are: the
    # store has these views from the commentary author, not from a country
    (
        "Japan sees the Trump administration's tariffs as clear indications of a shrinking U.S. presence in East Asia.",
        NOT_SUPPORTED,
        "the commentary author sees the tariffs as clear indications of a shrinking U.S. presence",
    ),
    (
        "Mongolia considers the strengthened Mongolia–Japan relationship timely.",
        NOT_SUPPORTED,
        "the commentary author considers the strengthened relationship timely",
    ),
    (
        "Japan calls Emperor Naruhito's 2025 state visit to Mongolia highly symbolic.",
        NOT_SUPPORTED,
        "the commentary author calls the visit highly symbolic",
    ),
    (
        "The commentary author sees the Trump administration's tariffs as clear indications of a shrinking U.S. presence in East Asia.",
        SUPPORTED,
        "the commentary author sees the tariffs as clear indications of a shrinking U.S. presence",
    ),
    (
        "The commentary author considers the strengthened Mongolia–Japan relationship timely.",
        SUPPORTED,
        "the commentary author considers the strengthened relationship timely",
    ),
    (
        "Empress Masako often calls for regional cooperation on environmental and climate change issues.",
        SUPPORTED,
        "Masako often calls for regional cooperation in this area ('calls for' asks, gives no view)",
    ),
    # cause and effect, or first and then, put the other way round: the store has the bombing
    # lead to the surrender, the withdrawal from the Paris Agreement come before the cuts, the
    # state visit come before the 80th anniversary of the end of World War II
    (
        "The atomic bombing of Hiroshima and Nagasaki was a result of Japan's surrender.",
        CONTRADICTED,
        "the atomic bombing of Hiroshima and Nagasaki resulted in Japan's surrender",
    ),
    (
        "The United States cut financial commitments in the clean energy sector and then withdrew from the Paris Agreement.",
        CONTRADICTED,
        "withdrew from the Paris Agreement and cut financial commitments afterwards",
    ),
    (
        "The United States withdrew from the Paris Agreement after cutting financial commitments in the clean energy sector.",
        CONTRADICTED,
        "withdrew from the Paris Agreement and cut financial commitments afterwards",
    ),
    (
        "The 80th anniversary of the end of World War II came shortly before Emperor Naruhito's July 2025 state visit to Mongolia.",
        CONTRADICTED,
        "the July 2025 state visit came shortly before the 80th anniversary",
    ),
    (
        "Japan's surrender resulted from the atomic bombing of Hiroshima and Nagasaki.",
        SUPPORTED,
        "the atomic bombing of Hiroshima and Nagasaki resulted in Japan's surrender",
    ),
    (
        "The atomic bombing of Hiroshima and Nagasaki led to Japan's surrender.",
        SUPPORTED,
        "the atomic bombing of Hiroshima and Nagasaki resulted in Japan's surrender",
    ),
    (
        "The United States cut financial commitments in the clean energy sector after withdrawing from the Paris Agreement.",
        SUPPORTED,
        "withdrew from the Paris Agreement and cut financial commitments afterwards",
    ),
    # a deed a country did by name ("The United States withdrew") is its, so the same deed put
    # in another country's possessive ("Japan's withdrawal") is another's
    (
        "Japan's withdrawal from the Paris Agreement cut clean energy funding.",
        CONTRADICTED,
        "the United States withdrew from the Paris Agreement and cut financial commitments",
    ),
    (
        "China's withdrawal from the Paris Agreement was followed by cuts in clean energy funding.",
        CONTRADICTED,
        "the United States withdrew from the Paris Agreement and cut financial commitments",
    ),
    (
        "Japan and Mongolia established a Strategic Partnership in 2010.",
        SUPPORTED,
        "Mongolia and Japan established",
    ),
    (
        "Japan established a Strategic Partnership with Mongolia in 2010.",
        SUPPORTED,
        "Mongolia and Japan established",
    ),
    # someone said to join in ("in a joint appearance with China", "together with ...") is a
    # detail the claim must give too: a claim naming China elsewhere does not bear it out
    (
        "On July 16, 2025, Prime Minister Shigeru Ishiba said in Takaoka, in a joint appearance with China, that Japan wants to create a more transparent, well-structured order.",
        NOT_SUPPORTED,
        "Ishiba said in Takaoka that Japan wants a more transparent order, with no one else",
    ),
    (
        "According to the Yomiuri Shimbun, Xi Jinping's administration has continued to ramp up its hegemonistic behavior in the region in a joint ceremony with China.",
        NOT_SUPPORTED,
        "Xi Jinping's administration has continued to ramp up its hegemonistic behavior",
    ),
    (
        "Emperor Naruhito visited Mongolia together with Empress Masako in July 2025.",
        SUPPORTED,
        "Emperor Naruhito and Empress Masako visited Mongolia in July 2025",
    ),
    (
        "The Upscaling Renewable Energy Sector Project is carried out in partnership with the Asian Development Bank.",
        SUPPORTED,
        "the government of Mongolia partnered with the Asian Development Bank",
    ),
    # a name the claim lists among its keywords ("upper house") is its own name written
    # capitalised ("the Upper House"), not an unknown one; another country's stays another's
    (
        "Japan's Upper House election was to be held on July 20, 2025.",
        SUPPORTED,
        "Japan's House of Councillors election was to be held on Sunday, July 20, 2025",
    ),
    (
        "China's Upper House election was to be held on July 20, 2025.",
        NOT_SUPPORTED,
        "Japan's House of Councillors election was to be held on Sunday, July 20, 2025",
    ),
    # a denied stopping is a continuing: "won't prevent them from working together" is the
    # claim's "will continue to cooperate"; a stopping said outright stays gainsaid
    (
        "Japan's leadership transition will not stop Japan and Mongolia from cooperating.",
        SUPPORTED,
        "despite Japan's leadership transition, the governments will continue to cooperate",
    ),
    (
        "Japan's leadership transition won't prevent the two governments from working together.",
        SUPPORTED,
        "despite Japan's leadership transition, the governments will continue to cooperate",
    ),
    (
        "Japan's leadership transition is expected to stop the two governments from cooperating.",
        CONTRADICTED,
        "despite Japan's leadership transition, the governments will continue to cooperate",
    ),
    # a superlative is "most" and its adjective, when the store writes it so ("keenest" is its
    # "most keen"); "deepest" is no claim's "deep interest", which says nothing of the most
    (
        "Ulaanbaatar is keenest on cooperation with Japan in investment, infrastructure, renewable energy and technology.",
        SUPPORTED,
        "Mongolia is most keen to see cooperation with Japan in areas such as investment ...",
    ),
    (
        "Masako has the deepest personal interest in environmental and climate change issues.",
        NOT_SUPPORTED,
        "Empress Masako has a deep personal interest in environmental and climate change issues",
    ),
    # a name made plural for the group it names is the store's name of the group ("the
    # Senkakus" are its Senkaku Islands); a plural the store never names stays unknown
    (
        "Chinese coast guard ships regularly enter Japanese waters around the Senkakus.",
        SUPPORTED,
        "China Coast Guard vessels regularly intrude into Japanese territorial waters around the Senkaku Islands",
    ),
    (
        "Chinese coast guard ships regularly enter Japanese waters around the Kurils.",
        NOT_SUPPORTED,
        "China Coast Guard vessels regularly intrude into Japanese territorial waters around the Senkaku Islands",
    ),
    # a party a deed is done to in the passive ("the Japanese national sentenced in China") is
    # the one the active voice names after it ("a Chinese court sentenced a Japanese man"): the
    # same roles; the same order in the passive has them the other way round
    (
        "The Japanese national sentenced in China for espionage is an Astellas employee.",
        SUPPORTED,
        "a Chinese court sentenced a Japanese man, an Astellas Pharma employee",
    ),
    (
        "The Chinese national sentenced in Japan for espionage is an Astellas employee.",
        NOT_SUPPORTED,
        "a Chinese court sentenced a Japanese man, an Astellas Pharma employee",
    ),
    # a shift is the store's change, ties deepened are ties strengthened, and weakened ties are
    # the opposite of deepened ones
    (
        "Japan has noticed the shift in the U.S. presence and is responding by deepening relations"
        " with other partners, including Mongolia.",
        SUPPORTED,
        "Japan recognizes this change and is responding to it by strengthening relations with other partners",
    ),
    (
        "Japan is responding to the U.S. shift by weakening its relations with Mongolia.",
        CONTRADICTED,
        "Japan recognizes this change and is responding to it by strengthening relations with other partners",
    ),
    (
        "The visit weakened the Special Strategic Partnership.",
        CONTRADICTED,
        "the visit deepened the Special Strategic Partnership",
    ),
    # regret and sorrow are the opposite of being glad; a minor or marginal matter is the
    # opposite of a crucial one
    (
        "Former internee Shuzo Yamada said he was sorry that the Emperor and Empress would pay their respects.",
        CONTRADICTED,
        "he is glad that the Emperor and Empress will pay their respects",
    ),
    (
        "Shuzo Yamada said he regretted that the Emperor and Empress will pay their respects.",
        CONTRADICTED,
        "he is glad that the Emperor and Empress will pay their respects",
    ),
    (
        "The commentary author says Mongolia's cooperation on food security is a minor matter for Japan.",
        CONTRADICTED,
        "Mongolia's cooperation on food security is crucial to Japan",
    ),
    (
        "For Japan, food security cooperation with Mongolia is of marginal importance, the commentary author says.",
        CONTRADICTED,
        "Mongolia's cooperation on food security is crucial to Japan",
    ),
    # a claim titling someone for a dated deed ("Emperor Naruhito" on July 8, 2025) has them do
    # it with that title: not "as crown prince" that day
    (
        "On July 8, 2025, Naruhito visited the memorial for Japanese prisoners of war in Mongolia as crown prince.",
        CONTRADICTED,
        "On July 8, 2025, Emperor Naruhito and Empress Masako visited the memorial",
    ),
    (
        "Masako visited the POW memorial in Mongolia on July 8, 2025 as crown princess.",
        CONTRADICTED,
        "On July 8, 2025, Emperor Naruhito and Empress Masako visited the memorial",
    ),
    (
        "Naruhito visited the POW memorial in Mongolia on July 8, 2025 as emperor.",
        SUPPORTED,
        "On July 8, 2025, Emperor Naruhito and Empress Masako visited the memorial",
    ),
    # "and X is no exception" says the thing holds for X too: including X
    (
        "Defense spending continues to rise in East Asia, and Mongolia is no exception.",
        SUPPORTED,
        "Defense spending continues to rise in East Asia, including in Mongolia and Japan",
    ),
    (
        "Defence spending keeps climbing across East Asia, and Japan and Mongolia are no exception.",
        SUPPORTED,
        "Defense spending continues to rise in East Asia, including in Mongolia and Japan",
    ),
    (
        "Defense spending continues to rise in East Asia, and China is no exception.",
        NOT_SUPPORTED,
        "Defense spending continues to rise in East Asia, including in Mongolia and Japan",
    ),
    # a relationship that blends two things combines them; a plan pursued is one implemented
    (
        "The commentary author says Mongolia has a strategic interest in having Japan as a third"
        " neighbor, since the relationship blends shared democratic values with economic and"
        " technological advantages.",
        SUPPORTED,
        "the relationship combines shared democratic values with economic and technological advantages",
    ),
    (
        "The 2022 Special Strategic Partnership pursued human-centered development through a"
        " 10-year plan covering 2022-2031.",
        SUPPORTED,
        "aimed to implement human-centered development through a 10-year plan covering 2022-2031",
    ),
    # a verb of how a thing is seen, before what it is seen "as", and "the only option" are how a
    # fact is put; attention paid to a thing is a focus on it
    (
        "Ulaanbaatar has a strategic interest in counting Tokyo as a 'third neighbor'.",
        SUPPORTED,
        "Mongolia has a strategic interest in having Japan as a 'third neighbor'",
    ),
    (
        "Tokyo has a strategic interest in counting Ulaanbaatar as a 'third neighbor'.",
        NOT_SUPPORTED,
        "Mongolia has a strategic interest in having Japan as a 'third neighbor'",
    ),
    (
        "Mongolia counted on Japan as a 'third neighbor'.",
        NOT_SUPPORTED,
        "Mongolia has a strategic interest in having Japan as a 'third neighbor'",
    ),
    (
        "Japan counts Mongolia as a strategic rival.",
        NOT_SUPPORTED,
        "Mongolia has a strategic interest in having Japan as a 'third neighbor'",
    ),
    (
        "A Japanese government official told The Yomiuri Shimbun the only option was for the prime"
        " minister to reach out directly to President Xi.",
        SUPPORTED,
        "the only thing Japan can do is have the prime minister reach out directly to President Xi",
    ),
    (
        "A Japanese government official told The Yomiuri Shimbun the worst option was for the prime"
        " minister to reach out directly to President Xi.",
        NOT_SUPPORTED,
        "the only thing Japan can do is have the prime minister reach out directly to President Xi",
    ),
    (
        "Empress Masako, who takes a deep personal interest in environmental and climate issues, paid"
        " particular attention to the upcoming COP17.",
        SUPPORTED,
        "The upcoming UNCCD COP17 in Mongolia was a particular focus for Empress Masako",
    ),
    # "welcome" is a stance, a fact of its own: no claim has the government welcome a detention
    (
        "Japan's government welcomed China's detention of Japanese nationals.",
        NOT_SUPPORTED,
        "The Japanese government has expressed serious concerns about China's detention",
    ),
    # a word read as a typo of a store word stands only where a claim holds that word: "fake" is
    # no typo of "face", which no claim about the memorial holds ...
    (
        "The official fake memorial for the Japanese prisoners of war in Mongolia was built in 2001 by the"
        " Mongolian and Japanese governments.",
        NOT_SUPPORTED,
        "built in 2001 by the Mongolian and Japanese governments",
    ),
    (
        "During their July 2025 state fake visit, Emperor Naruhito and Empress Masako visited Shine Mongol"
        " High School.",
        NOT_SUPPORTED,
        "visited Shine Mongol High School",
    ),
    # ... while a typo of the claim's own word is still that word
    ("Khurelsukh attended Naruhito's enthronment cermony in 2019.", SUPPORTED, "enthronement ceremony"),
    ("The emperor and empress made an eight-day visti to Mongolia.", SUPPORTED, "8-day"),
    # one name of a list put for another, the rest of the claim held: the store lists another
    (
        "US cutbacks will push Mongolia, Japan and North Korea to rely on each other regionally.",
        CONTRADICTED,
        "Mongolia, Japan and South Korea",
    ),
    (
        "The United States' cuts will force Mongolia, Russia and South Korea to rely on each other.",
        CONTRADICTED,
        "Mongolia, Japan and South Korea",
    ),
    # ... but a list of its own, in a statement the store does not address, is nothing it gainsays
    (
        "Mongolia, Japan and North Korea held talks on regional security in Ulaanbaatar.",
        NOT_FOUND,
        "no such talks",
    ),
    ("Mongolia, Japan and North Korea signed a trade pact in 2024.", NOT_FOUND, "no such pact"),
    # the stuff a figure weighs put for another, the figure and the rest held: the store counts another
    (
        "The renewable energy project aims to avoid 82,789 tons of methane emissions a year.",
        CONTRADICTED,
        "82,789 tons of carbon dioxide emissions",
    ),
    (
        "The project will avoid 82,789 tons of nitrogen oxide emissions a year.",
        CONTRADICTED,
        "82,789 tons of carbon dioxide emissions",
    ),
    # ... not a word describing it, nor a kind it is of, nor a figure the store does not give
    ("The project will avoid 82,789 tons of harmful emissions a year.", NOT_FOUND, "carbon dioxide"),
    ("The project will avoid 82,789 tons of greenhouse gas emissions a year.", SUPPORTED, "carbon dioxide"),
    ("Japan exported 82,789 tons of rice to Mongolia in 2024.", NOT_FOUND, "no such export"),
    # a deed dated as the store dates it, in another role: the claim bearing the date gainsays it,
    # however many claims of another year hold more of its words
    ("Naruhito first went to Mongolia in 2007 as emperor.", CONTRADICTED, "in 2007 as crown prince"),
    ("Naruhito went to Mongolia in 2007 as emperor.", CONTRADICTED, "in 2007 as crown prince"),
    ("Naruhito went to Mongolia in 2007 as crown prince.", SUPPORTED, "in 2007 as crown prince"),
    ("Naruhito went to Russia in 2007 as crown prince.", NOT_FOUND, "his 2007 trip was to Mongolia"),
    # an aside calling someone what the store calls them, one noun put for another
    (
        "Shuzo Yamada, a former Japanese diplomat, welcomed the emperor's visit to the POW memorial.",
        CONTRADICTED,
        "a 107-year-old former Japanese internee",
    ),
    # ... not someone the store describes no way
    ("Millward, a former Japanese diplomat, welcomed the emperor's visit.", NOT_FOUND, "a historian"),
    # a year dated by another occasion than the store dates it by
    (
        "Khurelsukh met Naruhito in 2019 when the emperor visited Ulaanbaatar.",
        CONTRADICTED,
        "in 2019, when Khurelsukh attended the Japanese emperor's enthronement ceremony",
    ),
    # ... the same occasion in other words, or a meeting the store does not have, is no other
    (
        "Khurelsukh met Naruhito in 2019, when he attended the emperor's enthronement ceremony.",
        SUPPORTED,
        "in 2019, when Khurelsukh attended the Japanese emperor's enthronement ceremony",
    ),
    (
        "Khurelsukh met Ishiba in 2019 when the prime minister visited Ulaanbaatar.",
        NOT_FOUND,
        "no such meeting",
    ),
    # "argued that" frames what was argued, as "said that" does: the store may say the opposite
    (
        "Millward argued that the partnership would pull Mongolia into a military alliance with Japan.",
        CONTRADICTED,
        "without aligning itself with any military alliance",
    ),
    ("Millward argued that Japan would buy Mongolian coal.", NOT_FOUND, "nothing of coal from him"),
    # an office stated for a dated deed must be the claims' for that deed: the store gives
    # Khurelsukh as President at the time of the 2025 visit, and no title for 2019
    ("Khurelsukh attended the enthronement ceremony in 2019 as president.", NOT_SUPPORTED, _KHURELSUKH_2019),
    (
        "Khurelsukh, then Mongolia's president, attended Naruhito's enthronement in 2019.",
        NOT_SUPPORTED,
        _KHURELSUKH_2019,
    ),
    ("President Khurelsukh attended the enthronement ceremony in 2019.", NOT_SUPPORTED, _KHURELSUKH_2019),
    (
        "Khurelsukh, who was president at the time, attended the enthronement in 2019.",
        NOT_SUPPORTED,
        _KHURELSUKH_2019,
    ),
    ("Khurelsukh attended the enthronement ceremony in 2019.", SUPPORTED, _KHURELSUKH_2019),
    ("Naruhito visited Mongolia in 2007 as crown prince.", SUPPORTED, "his 2007 visit as crown prince"),
    (
        "Koizumi Junichiro, then prime minister, visited the POW memorial.",
        SUPPORTED,
        "Prime Minister Koizumi",
    ),
    # the office "as" gives is of the one acting, not of the emperor named before
    (
        "Khurelsukh and Naruhito met in 2019 when Khurelsukh attended the enthronement as president.",
        NOT_FOUND,
        _KHURELSUKH_2019,
    ),
    # claims read together tell of one occasion: a place only a claim about another one names
    # (Bessent's trip to the Osaka Expo, the same month) does not place the emperor's visit
    (
        "Emperor Naruhito's July 2025 visit was a Japanese monarch's first state visit to Mongolia in Osaka.",
        NOT_SUPPORTED,
        "the first state visit to Mongolia by a Japanese emperor",
    ),
    (
        "In July 2025 Emperor Naruhito made the first state visit to Mongolia by a Japanese emperor in Tokyo.",
        NOT_SUPPORTED,
        "the first state visit to Mongolia by a Japanese emperor",
    ),
    (
        "Emperor Naruhito visited Mongolia in July 2025 while the World Exposition was under way in Osaka.",
        SUPPORTED,
        "visited Mongolia in July 2025; the World Exposition was under way in Osaka",
    ),
    # a claim having another prime minister visit, ranking no one first, says nothing of who was
    # first: no contradiction (a claim saying who was first still gainsays another name)
    ("Koizumi Junichiro was the first Japanese prime minister to visit the POW memorial.", NOT_FOUND, _KAIFU),
    (
        "Abe Shinzo was the first Japanese prime minister to visit sites commemorating the POWs in Mongolia.",
        NOT_FOUND,
        _KAIFU,
    ),
    (
        "Emperor Akihito made the first state visit to Mongolia by a Japanese emperor in July 2025.",
        CONTRADICTED,
        "Emperor Naruhito's July 2025 state visit ... the first state visit to Mongolia by a Japanese emperor",
    ),
    # "also" adds a deed to the claim's: a place it gives is of that deed, not another for the claim's
    (
        "Japan's embassy in Seoul also lodged a protest with South Korea's Foreign Ministry.",
        NOT_FOUND,
        "Kanai told the South Korean Embassy in Tokyo",
    ),
    (
        "Japan's embassy in Beijing also lodged a protest with South Korea's Foreign Ministry.",
        NOT_FOUND,
        "Kanai told the South Korean Embassy in Tokyo",
    ),
    # what is crucial to Japan may be crucial to another country too: no opposite
    ("Mongolia's cooperation on food security is crucial to South Korea.", NOT_FOUND, "crucial to Japan"),
    ("Mongolia's cooperation on food security is vital to China.", NOT_FOUND, "crucial to Japan"),
    ("Mongolia's cooperation on food security is not crucial to Japan.", CONTRADICTED, "crucial to Japan"),
    # a country paired with itself by a dash leaves out the claim's other country
    (
        "The Mongolia–Mongolia Special Strategic Partnership includes cooperation on fisheries.",
        NOT_SUPPORTED,
        "Mongolia–Japan",
    ),
    (
        "Japan–Japan defense and security relations have grown in recent years.",
        NOT_SUPPORTED,
        "Japan–Mongolia",
    ),
    (
        "In 2022 a Japan–the United States–U.S. trilateral meeting took place in Tokyo.",
        NOT_SUPPORTED,
        "Japan–Mongolia–U.S.",
    ),
    (
        "In 2022 a Japan–Mongolia–U.S. trilateral meeting took place in Tokyo.",
        SUPPORTED,
        "Japan–Mongolia–U.S.",
    ),
    (
        "The Mongolia–Japan Special Strategic Partnership includes cooperation on fisheries.",
        SUPPORTED,
        "Mongolia–Japan",
    ),
    # ... as does one set beside itself by "and" where the claim sets two side by side, though the
    # sentence names the other elsewhere
    (
        "The official memorial for the Japanese prisoners of war in Mongolia was built in 2001 by the"
        " Japanese and Japanese governments.",
        NOT_SUPPORTED,
        "by the Mongolian and Japanese governments",
    ),
    (
        "The official memorial for the Japanese prisoners of war in Mongolia was built in 2001 by the"
        " Mongolian and Japanese governments.",
        SUPPORTED,
        "by the Mongolian and Japanese governments",
    ),
    # value seen in a thing is an interest in it, a want of the one who sees it and no view it
    # voices; seeing little value is no such interest, and another country's is not Mongolia's
    (
        "Mongolia sees strategic value in having Japan as a 'third neighbor', a tie that blends shared"
        " democratic values with economic and technological advantages.",
        SUPPORTED,
        "Mongolia has a strategic interest in having Japan as a 'third neighbor'",
    ),
    (
        "Mongolia sees value in having Japan as a third neighbor.",
        SUPPORTED,
        "Mongolia has a strategic interest in having Japan as a 'third neighbor'",
    ),
    (
        "Mongolia sees little value in having Japan as a third neighbor.",
        NOT_SUPPORTED,
        "Mongolia has a strategic interest in having Japan as a 'third neighbor'",
    ),
    (
        "China sees strategic value in having Japan as a third neighbor.",
        NOT_SUPPORTED,
        "Mongolia has a strategic interest in having Japan as a 'third neighbor'",
    ),
    (
        "Japan sees strategic value in having Mongolia as a third neighbor.",
        NOT_SUPPORTED,
        "Mongolia has a strategic interest in having Japan as a 'third neighbor'",
    ),
    # a verb's -ing form opening a sentence is the deed it is about, not a name the claims lack
    (
        "Partnering with Japan gives Mongolia access to cutting-edge defense technology without tying"
        " it to any military alliance, Millward said.",
        SUPPORTED,
        "the partnership with Japan gives Mongolia access to state-of-the-art defense technologies",
    ),
    (
        "Working with Japan gives Mongolia access to state-of-the-art defense technologies, Millward said.",
        SUPPORTED,
        "the partnership with Japan gives Mongolia access to state-of-the-art defense technologies",
    ),
    (
        "Partnering with China gives Mongolia access to cutting-edge defense technology without tying"
        " it to any military alliance, Millward said.",
        NOT_SUPPORTED,
        "the partnership with Japan gives Mongolia access to state-of-the-art defense technologies",
    ),
    (
        "Partnering with Japan gives China access to cutting-edge defense technology, Millward said.",
        NOT_SUPPORTED,
        "the partnership with Japan gives Mongolia access to state-of-the-art defense technologies",
    ),
    (
        "Joining a military alliance gives Mongolia access to state-of-the-art defense technologies,"
        " Millward said.",
        NOT_SUPPORTED,
        "without aligning itself with any military alliance",
    ),
    # a thing that has drawn interest in a country is one that country has shown interest in
    (
        "Mongolian copper has attracted interest from Tokyo.",
        SUPPORTED,
        "Japan has shown more interest in Mongolia's critical minerals, especially copper",
    ),
    (
        "Copper, fluorspar and rare earths from Mongolia have drawn growing interest in China.",
        NOT_SUPPORTED,
        "Japan has shown more interest in Mongolia's critical minerals",
    ),
    (
        "Copper, fluorspar and rare earths from Japan have drawn growing interest in Mongolia.",
        NOT_SUPPORTED,
        "Japan has shown more interest in Mongolia's critical minerals",
    ),
    (
        "Mongolian copper has drawn waning interest in Japan.",
        NOT_SUPPORTED,
        "Japan has shown more interest in Mongolia's critical minerals",
    ),
    # a word of praise is the speaker's stance, borne out by their own good words of the thing;
    # not by a claim voicing concern, nor by the same words from another speaker
    (
        "Foreign Minister Battsetseg Batmunkh spoke to The Diplomat to welcome the visit.",
        SUPPORTED,
        "the visit has a historical significance that will deepen the friendly relations",
    ),
    (
        "Mongolian Foreign Minister Battsetseg Batmunkh praised the emperor's first state visit to Mongolia.",
        SUPPORTED,
        "the visit has a historical significance that will deepen the friendly relations",
    ),
    (
        "Japan's government welcomed China's detention of Japanese nationals.",
        NOT_SUPPORTED,
        "the Japanese government has expressed serious concerns about China's detention of Japanese nationals",
    ),
    (
        "Japanese Foreign Minister Iwaya praised the emperor's first state visit to Mongolia.",
        NOT_SUPPORTED,
        "the visit has a historical significance that will deepen the friendly relations",
    ),
    (
        "China welcomed the emperor's first state visit to Mongolia, saying it will deepen friendly relations.",
        NOT_SUPPORTED,
        "the visit has a historical significance that will deepen the friendly relations",
    ),
    (
        "Foreign Minister Battsetseg Batmunkh did not welcome the emperor's state visit.",
        NOT_SUPPORTED,
        "the visit has a historical significance that will deepen the friendly relations",
    ),
    # a claim quoting half a sentence alone, with the claims linking back to it that quote the
    # sentence on: a statement joining the two halves rests on them together
    (
        "Tokyo has shown growing interest in Mongolian copper, fluorspar and rare earths for robotics, cars"
        " and semiconductors.",
        SUPPORTED,
        "Japan's interest in Mongolian copper, fluorspar and rare earths, which can be utilized for robotics, automobiles and semiconductors",
    ),
    (
        "Beijing has shown growing interest in Mongolian copper, fluorspar and rare earths for robotics, cars"
        " and semiconductors.",
        NOT_SUPPORTED,
        "Japan's interest in Mongolian copper, fluorspar and rare earths, which can be utilized for robotics, automobiles and semiconductors",
    ),
    (
        "Tokyo has shown growing interest in Mongolian copper, fluorspar and rare earths for robotics, cars"
        " and textiles.",
        NOT_SUPPORTED,
        "Japan's interest in Mongolian copper, fluorspar and rare earths, which can be utilized for robotics, automobiles and semiconductors",
    ),
    (
        "Tokyo has shown growing interest in Mongolian copper, fluorspar and rare earths for robotics, aircraft"
        " and semiconductors.",
        NOT_SUPPORTED,
        "Japan's interest in Mongolian copper, fluorspar and rare earths, which can be utilized for robotics, automobiles and semiconductors",
    ),
    # a meeting the claims must hold themselves: one claim dates the couple's visit to the memorial,
    # a linked one gives what a former internee said of it, and neither has him meet them
    (
        "Shuzo Yamada met the emperor and empress at the memorial on July 8.",
        NOT_SUPPORTED,
        "On July 8 the emperor and empress visited the memorial; Yamada said he is glad they will",
    ),
    (
        "Shuzo Yamada greeted the emperor and empress at the memorial on July 8.",
        NOT_SUPPORTED,
        "On July 8 the emperor and empress visited the memorial; Yamada said he is glad they will",
    ),
    (
        "In 2022 Japan, Mongolia and the U.S. met in Tokyo for trilateral talks.",
        SUPPORTED,
        "In 2022 a Japan-Mongolia-U.S. trilateral meeting took place in Tokyo",
    ),
    # the opposite of what has grown, goes on or is answered by strengthening
    (
        "Defence and security ties between Mongolia and Japan have weakened in recent years.",
        CONTRADICTED,
        "defense and security relations have augmented in recent years",
    ),
    (
        "Defense and security relations between Japan and Mongolia have grown in recent years.",
        SUPPORTED,
        "defense and security relations have augmented in recent years",
    ),
    (
        "The author warns that Japan's leadership transition will halt cooperation with Mongolia.",
        CONTRADICTED,
        "despite Japan's leadership transition the two governments will continue to cooperate",
    ),
    (
        "Japan is answering the US shift by scaling back its relations with partners such as Mongolia.",
        CONTRADICTED,
        "Japan is responding to it by strengthening relations with other partners, including Mongolia",
    ),
    (
        "Japan is answering the shrinking US presence by strengthening relations with partners such as"
        " Mongolia.",
        SUPPORTED,
        "Japan is responding to it by strengthening relations with other partners, including Mongolia",
    ),
    # a thing said not to have happened at all, named before the denial
    (
        "Emperor Naruhito's visit to Mongolia did not take place.",
        CONTRADICTED,
        "Japan's Emperor Naruhito and Empress Masako visited Mongolia in July 2025",
    ),
    (
        "The 2022 trilateral meeting in Tokyo never went ahead.",
        CONTRADICTED,
        "In 2022 a Mongolia–Japan–U.S. trilateral meeting took place in Tokyo",
    ),
    # "a member of the imperial family" is a royal, as the emperor is
    (
        "No member of the imperial family had set foot in Mongolia before 2025.",
        CONTRADICTED,
        "Naruhito previously visited Mongolia in 2007 as crown prince",
    ),
    (
        "A member of Japan's imperial family visited Mongolia in July 2025.",
        SUPPORTED,
        "Japan's Emperor Naruhito and Empress Masako visited Mongolia in July 2025",
    ),
    # "succeeding", "succeeded", "the successor to" put one before the other in time
    (
        "Yoon Suk Yeol was President after Lee Jae Myung.",
        CONTRADICTED,
        "Lee Jae Myung took office as President of South Korea in June 2025, succeeding Yoon Suk Yeol",
    ),
    (
        "Lee Jae Myung was succeeded by Yoon Suk Yeol as President.",
        CONTRADICTED,
        "Lee Jae Myung took office as President of South Korea in June 2025, succeeding Yoon Suk Yeol",
    ),
    (
        "Yoon Suk Yeol was the successor to Lee Jae Myung as President.",
        CONTRADICTED,
        "Lee Jae Myung took office as President of South Korea in June 2025, succeeding Yoon Suk Yeol",
    ),
    # a successor named with a possessive is the successor to that person: "Yoon was Lee's
    # successor" has them the other way round
    (
        "Yoon Suk Yeol was Lee Jae Myung's successor.",
        CONTRADICTED,
        "Lee Jae Myung took office as President of South Korea in June 2025, succeeding Yoon Suk Yeol",
    ),
    (
        "Yoon Suk Yeol was Lee Jae Myung's predecessor.",
        SUPPORTED,
        "Lee Jae Myung took office as President of South Korea in June 2025, succeeding Yoon Suk Yeol",
    ),
    (
        "Lee Jae Myung was President after Yoon Suk Yeol.",
        SUPPORTED,
        "Lee Jae Myung took office as President of South Korea in June 2025, succeeding Yoon Suk Yeol",
    ),
    # the claim holding every word with the two the other way round gainsays it, whatever another
    # claim listing the same words ("keen to see cooperation with Japan in ... investment") seems to say
    (
        "Mongolia has invested in renewable energy in Japan.",
        CONTRADICTED,
        "Japan has invested in renewable energy in Mongolia",
    ),
    (
        "Japan has invested in renewable energy in Mongolia.",
        SUPPORTED,
        "Japan has invested in renewable energy in Mongolia",
    ),
    # what a claim says a side is keen or eager to see is wished, not done: "keen to see
    # cooperation with Japan in ... investment" says nothing was invested
    (
        "Mongolia has invested in technology in Japan.",
        NOT_SUPPORTED,
        "Mongolia is most keen to see cooperation with Japan in areas such as investment ...",
    ),
    # "Trump-era tariffs": the name's tariffs, as "Trump's tariffs" says; "era" is no word a claim
    # must hold; another name's era is still not the store's
    (
        "Trump-era tariffs and burden-sharing demands are read as a sign of a shrinking direct US presence in East Asia.",
        SUPPORTED,
        "the Trump administration's tariffs and emphasis on burden sharing as clear indications of a shrinking direct U.S. presence",
    ),
    (
        "Obama-era tariffs and burden-sharing demands are read as a sign of a shrinking direct US presence in East Asia.",
        NOT_FOUND,
        "the Trump administration's tariffs, not Obama's",
    ),
    # "formats, including X and Y": what "including" lists are the facts, as "both X and Y" has them;
    # a format the store does not name is still not found
    (
        "Widening trilateral formats, including Japan-Mongolia-US and Japan-Mongolia-South Korea, benefits both Mongolia and Japan.",
        SUPPORTED,
        "enhancing trilateral mechanisms, both Japan–Mongolia–United States and Japan–Mongolia–South Korea, benefits both",
    ),
    (
        "Expanding trilateral formats, including Japan-Mongolia-Russia and Japan-Mongolia-South Korea, would benefit both Ulaanbaatar and Tokyo.",
        NOT_FOUND,
        "Japan–Mongolia–United States and Japan–Mongolia–South Korea, not Russia",
    ),
    # a statement the store bears out with its opposite word put back ("glad" for "sorry") says
    # the opposite of it, however little of its wording the claim itself has ("the POW memorial"
    # the emperor was to visit is in the report's other claims)
    (
        "Yamada said he was sorry that the emperor would visit the POW memorial.",
        CONTRADICTED,
        "he is glad that the Emperor and Empress will pay their respects",
    ),
    (
        "Yamada said he was unhappy that the emperor would come to the POW memorial.",
        CONTRADICTED,
        "he is glad that the Emperor and Empress will pay their respects",
    ),
    (
        "Yamada said he regretted that the emperor would visit the memorial to Japanese POWs.",
        CONTRADICTED,
        "he is glad that the Emperor and Empress will pay their respects",
    ),
    # an amount whose period the statement denies is gainsaid by the store giving it that period
    # ("in total rather than each year" against "annually"), not borne out by the figure alone
    (
        "The Upscaling Renewable Energy Sector Project will avoid 82,789 tons of carbon dioxide in total"
        " rather than each year.",
        CONTRADICTED,
        "avoid 82,789 tons of carbon dioxide emissions annually",
    ),
    (
        "The renewable energy project in Mongolia will cut CO2 emissions by 82,789 tons once, not every year.",
        CONTRADICTED,
        "avoid 82,789 tons of carbon dioxide emissions annually",
    ),
    (
        "The ADB says the renewable project will avoid 82,789 tons of CO2 over its whole lifetime, not annually.",
        CONTRADICTED,
        "avoid 82,789 tons of carbon dioxide emissions annually",
    ),
    (
        "The renewable project will avoid 82,789 tons of carbon dioxide annually.",
        SUPPORTED,
        "avoid 82,789 tons of carbon dioxide emissions annually",
    ),
    # a view held by a people's officials ("Japanese officials see it as a minor concern") is
    # the country's, as "Tokyo regards it as crucial" is, and a minor matter no crucial one
    (
        "Japan sees Mongolia's food security cooperation as a minor concern.",
        CONTRADICTED,
        "Mongolia's cooperation on food security is crucial to Japan",
    ),
    (
        "Japanese officials see food security cooperation with Mongolia as a marginal issue.",
        CONTRADICTED,
        "Mongolia's cooperation on food security is crucial to Japan",
    ),
    (
        "Japanese officials see food security cooperation with Mongolia as crucial.",
        SUPPORTED,
        "Mongolia's cooperation on food security is crucial to Japan",
    ),
    # ... and only then: of a visit the store does not have, his regret is nothing it gainsays
    (
        "Yamada said he regretted that the emperor would visit the Gandan monastery.",
        NOT_FOUND,
        "he is glad that the Emperor and Empress will pay their respects (at the POW memorial)",
    ),
    # a word naming a kind ("military", "nuclear") right before a thing the claims hold is theirs
    # to hold too: third neighbor mechanisms, which the thesaurus reads as alliances, are no
    # military alliances; the claims' "defense" is military, and "atomic bombing" nuclear
    (
        "The annual Ulaanbaatar Dialogue on Northeast Asia is one example of Mongolia's military alliances.",
        NOT_SUPPORTED,
        "one example of Mongolia's third neighbor mechanisms that support trilateral partnerships",
    ),
    (
        "Mongolia's critical minerals can be used in Japan's advanced military manufacturing.",
        NOT_SUPPORTED,
        "can be utilized for Japan's advanced manufacturing in robotics, automobiles ...",
    ),
    (
        "Japan recognizes the shrinking U.S. military presence in the region.",
        NOT_SUPPORTED,
        "Japan recognizes the shrinking U.S. presence in the region",
    ),
    (
        "Japan-Mongolia military relations have grown in recent years.",
        SUPPORTED,
        "defense and security relations",
    ),
    (
        "Emperor Naruhito's 2025 state visit came shortly before the 80th anniversary of the nuclear bombing of Hiroshima and Nagasaki.",
        SUPPORTED,
        "the 80th anniversary of the atomic bombing of Hiroshima and Nagasaki",
    ),
    # a kind listed with others before the thing ("military and economic exchanges") is as much
    # the thing's kind; a claim's search keyword ("nuclear" for denuclearization) gives no kind
    (
        "According to the Yomiuri Shimbun, the espionage ruling will inevitably affect military and economic exchanges between Japan and China.",
        NOT_SUPPORTED,
        "will inevitably affect economic and people-to-people exchanges",
    ),
    (
        "Mongolia's third neighbor relationship with Japan combines shared democratic values with military and economic advantages.",
        NOT_SUPPORTED,
        "combines shared democratic values with economic and technological advantages",
    ),
    (
        "Mongolia's third neighbor mechanisms support trilateral and nuclear partnerships between Mongolia, Japan and the United States.",
        NOT_SUPPORTED,
        "support trilateral partnerships; the denuclearization of North Korea is another claim's",
    ),
    (
        "The espionage ruling will inevitably affect economic and people-to-people exchanges between Japan and China.",
        SUPPORTED,
        "will inevitably affect economic and people-to-people exchanges",
    ),
    # a noun naming a kind ("defense robotics") and a compound saying who has the thing
    # ("state-run administration") are kinds the claims must hold as well
    (
        "Mongolia's critical minerals can be utilized for Japan's advanced manufacturing in defense robotics.",
        NOT_SUPPORTED,
        "Japan's advanced manufacturing in robotics",
    ),
    (
        "China's relations with the state-run administration of U.S. President Donald Trump have grown increasingly adversarial.",
        NOT_SUPPORTED,
        "relations with the administration of U.S. President Donald Trump",
    ),
    (
        "Japan–Mongolia defense and security relations have grown in recent years.",
        SUPPORTED,
        "as the claim says",
    ),
]


@pytest.mark.parametrize(("statement", "verdict", "store_holds"), READERS_WORDINGS)
def test_readers_wordings(
    borne_out: tuple[Verifier, list[str]], statement: str, verdict: str, store_holds: str
) -> None:
    """Each statement as a reader words it gets the verdict of what the store holds."""
    got = borne_out[0].verify(statement).verdict
    if verdict == NOT_SUPPORTED:
        assert got in (NOT_FOUND, CONTRADICTED), (statement, store_holds)
    else:
        assert got == verdict, (statement, store_holds)


ANNIVERSARIES = [
    ("Japan and Mongolia established diplomatic relations in 1972.", SUPPORTED, "1972"),
    ("Mongolia and Japan have had diplomatic ties since 1972.", SUPPORTED, "1972"),
    # gainsaid by the ties' anniversary, not by the Strategic Partnership established in 2010
    ("Japan and Mongolia established diplomatic relations in 1975.", CONTRADICTED, "1972"),
    ("World War II ended in 1945.", SUPPORTED, "1945"),
    ("The Second World War came to an end in 1944.", CONTRADICTED, "1945"),
    ("Hiroshima was bombed in 1946.", CONTRADICTED, "1945"),
]


@pytest.mark.parametrize(("statement", "verdict", "year"), ANNIVERSARIES)
def test_the_year_an_anniversary_counts_from_is_the_stores(
    borne_out: tuple[Verifier, list[str]], statement: str, verdict: str, year: str
) -> None:
    """ "The 50th anniversary of their diplomatic ties" in 2022 dates the ties to 1972, as a
    fact-checker reckons it: the evidence shows the year the store's anniversary puts it in."""
    result = borne_out[0].verify(statement)
    assert result.verdict == verdict, result.reason
    assert result.reason.endswith(f"puts it in {year}") == (verdict == SUPPORTED)
    assert {item.figure.text for item in result.evidence if item.figure} == {year}


@pytest.mark.parametrize(
    "statement",
    [
        # a month the anniversary does not give
        "Japan and Mongolia established diplomatic relations in February 1972.",
        # the war's beginning, not its end, which the store's anniversary counts from
        "World War II began in 1945.",
        # a deed the anniversary's subject does not name
        "Japan and Mongolia ended diplomatic relations in 1972.",
        # a year before which, not in which
        "World War II ended before 1946.",
    ],
)
def test_an_anniversary_dates_only_what_it_counts_from(
    borne_out: tuple[Verifier, list[str]], statement: str
) -> None:
    """Nothing but the year of the very thing the anniversary counts from is reckoned from it."""
    assert "anniversary" not in borne_out[0].verify(statement).reason


def test_years_between_two_events_are_no_count_of_the_years_an_anniversary_counts(
    borne_out: tuple[Verifier, list[str]],
) -> None:
    """Twelve years from the Strategic Partnership to its upgrade are not gainsaid by the 50
    years of diplomatic ties, nor by their 50th anniversary: the statement never speaks of them."""
    result = borne_out[0].verify(
        "The Strategic Partnership was upgraded twelve years after it was established."
    )
    assert result.verdict != CONTRADICTED, result.reason
    # ... while years of the ties themselves are still weighed against them
    assert (
        borne_out[0].verify("Japan and Mongolia marked 40 years of diplomatic ties in 2022.").verdict
        == CONTRADICTED
    )
