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


def test_what_is_sought_rather_than_something_is_not_denied_with_it(
    borne_out: tuple[Verifier, list[str]],
) -> None:
    """The store has Mongolia "avoid joining any blocs but rather seek ... bilateral and trilateral
    mechanisms": its denial bears on joining, not on what it seeks; a statement's "rather than" and
    "instead of" deny what follows them, and "preferring" one thing to another seeks the first."""
    verifier = borne_out[0]
    for statement in (
        "Mongolia seeks bilateral and trilateral mechanisms instead of joining blocs.",
        "Mongolia will seek bilateral and trilateral mechanisms rather than join any bloc.",
        "Mongolia prefers bilateral and trilateral mechanisms to joining blocs.",
        "Mongolia will not join any bloc, preferring bilateral and trilateral mechanisms.",
        "Under its multipillared foreign policy, Mongolia will keep avoiding membership of any bloc.",
    ):
        assert verifier.verify(statement).verdict == SUPPORTED, statement
    for statement in (
        "Mongolia will not seek bilateral mechanisms.",
        "Mongolia will seek membership of a bloc.",
    ):
        assert verifier.verify(statement).verdict == CONTRADICTED, statement


def test_building_on_a_partnership_is_upgrading_it(borne_out: tuple[Verifier, list[str]]) -> None:
    """The store has the 2010 Strategic Partnership upgraded in 2022; a partnership that replaced
    one agreed in another year is contradicted."""
    verifier = borne_out[0]
    built_on = "The 2022 upgrade built on a Strategic Partnership first agreed in 2010."
    assert verifier.verify(built_on).verdict == SUPPORTED
    replaced = "The Special Strategic Partnership replaced a Strategic Partnership agreed in 2012."
    assert verifier.verify(replaced).verdict == CONTRADICTED


def test_a_lighter_sentence_is_one_not_as_harsh(borne_out: tuple[Verifier, list[str]]) -> None:
    """China's Foreign Ministry told Japan the ruling "would not be as harsh" as sentences in
    previous cases: "lighter" or "milder" says the same, "harsher" the opposite."""
    verifier = borne_out[0]
    lighter = "Before the verdict, China's Foreign Ministry told Japan the sentence would be lighter than in earlier cases."
    assert verifier.verify(lighter).verdict == SUPPORTED
    assert verifier.verify(lighter.replace("lighter", "milder")).verdict == SUPPORTED
    assert verifier.verify(lighter.replace("lighter", "harsher")).verdict == CONTRADICTED


def test_a_judgement_the_claims_do_not_make_is_not_borne_out(borne_out: tuple[Verifier, list[str]]) -> None:
    """Battsetseg told The Diplomat the visit has a historical significance: he did not criticise
    or condemn it."""
    verifier = borne_out[0]
    for judged in ("criticised", "condemned"):
        statement = f"Mongolia's Foreign Minister Battsetseg Batmunkh {judged} the emperor's visit in remarks to The Diplomat."
        assert verifier.verify(statement).verdict != SUPPORTED, statement


def test_a_route_taken_the_other_way_is_contradicted(borne_out: tuple[Verifier, list[str]]) -> None:
    """The National Archives of Mongolia have the forced laborers sent to the Mongolian People's
    Republic from the Soviet Union, particularly from Siberia."""
    verifier = borne_out[0]
    said = "According to the National Archives of Mongolia, Japanese forced laborers were"
    assert verifier.verify(f"{said} moved out of Mongolia to Siberia.").verdict == CONTRADICTED
    assert verifier.verify(f"{said} sent from Siberia to Mongolia.").verdict == SUPPORTED


def test_a_visit_at_someone_elses_invitation_is_contradicted(borne_out: tuple[Verifier, list[str]]) -> None:
    """The emperor and empress visited Mongolia at the invitation of President Khurelsukh Ukhnaa;
    the store says nothing of who invited Naruhito in 2007."""
    verifier = borne_out[0]
    for statement in (
        "The emperor's state visit was at the invitation of Mongolia's Foreign Minister Battsetseg Batmunkh.",
        "The emperor visited Mongolia at the invitation of Mongolia's head of government.",
    ):
        assert verifier.verify(statement).verdict == CONTRADICTED, statement
    for statement in (
        "The emperor's state visit was at the invitation of President Khurelsukh.",
        "Japan's imperial couple spent eight days in Mongolia after being invited by the Mongolian head of state.",
    ):
        assert verifier.verify(statement).verdict == SUPPORTED, statement
    in_2007 = "Naruhito's 2007 trip to Mongolia as crown prince was made at the invitation of President Enkhbayar Nambar."
    assert verifier.verify(in_2007).verdict == NOT_FOUND


@pytest.mark.parametrize(
    "statement",
    [
        "Every Japanese prime minister since Kaifu Toshiki has visited the POW memorial sites in Mongolia.",
        "Japan's Self-Defense Forces have taken part in every Khaan Quest exercise.",
        "South Korea's drills near the islets have always been closed to the public.",
    ],
)
def test_every_time_or_always_is_more_than_a_claim_says(
    borne_out: tuple[Verifier, list[str]], statement: str
) -> None:
    """The store names prime ministers who visited, the Khaan Quest drills Japan joined and this
    year's drills closed to the public: never every one, nor always."""
    assert borne_out[0].verify(statement).verdict != SUPPORTED


def test_all_five_held_in_one_place_is_contradicted_by_several_places(
    borne_out: tuple[Verifier, list[str]],
) -> None:
    """The detained Japanese nationals are held in locations including Wenzhou, Sanya and Changsha."""
    statement = "All five of the Japanese nationals detained in China are being held in Wenzhou."
    assert borne_out[0].verify(statement).verdict == CONTRADICTED
    assert borne_out[0].verify("The Ulaanbaatar Dialogue is held every year.").verdict == SUPPORTED


def test_relations_that_warmed_are_the_opposite_of_adversarial(borne_out: tuple[Verifier, list[str]]) -> None:
    """Beijing's relations with the Trump administration "have grown increasingly adversarial"."""
    said = "Xi's government has sought better ties with Japan as Beijing's relations with the Trump administration have"
    assert borne_out[0].verify(f"{said} warmed.").verdict == CONTRADICTED
    assert borne_out[0].verify(f"{said} soured.").verdict == SUPPORTED


def test_who_say_it_in_the_present_is_who_said_it(borne_out: tuple[Verifier, list[str]]) -> None:
    """The commentary author argues that U.S. cuts will force Mongolia, Japan and South Korea to
    rely on each other: no Mongolian official says it."""
    said = "say U.S. cuts to clean-energy funding will force Mongolia, Japan and South Korea to rely on each other."
    assert borne_out[0].verify(f"Mongolian officials {said}").verdict != SUPPORTED


@pytest.mark.parametrize(
    "statement",
    [
        "The emperor and empress opened Ulaanbaatar's water supply and sewage facility.",
        "Japanese Prime Ministers Kaifu Toshiki, Koizumi Junichiro and Abe Shinzo funded sites commemorating the POWs.",
    ],
)
def test_opening_or_funding_what_someone_visited_is_not_borne_out(
    borne_out: tuple[Verifier, list[str]], statement: str
) -> None:
    """The store has the emperor and empress visit the facility, and the prime ministers visit the
    memorial sites; the Naadam opening ceremony they attended is another claim."""
    assert borne_out[0].verify(statement).verdict == NOT_FOUND


def test_who_described_something_is_who_said_it(borne_out: tuple[Verifier, list[str]]) -> None:
    """The commentary author calls the visit symbolic of historical reconciliation and a new era
    of partnership; the emperor is not quoted saying so."""
    verifier = borne_out[0]
    described = "described his visit as a step toward historical reconciliation and a new era of partnership."
    assert verifier.verify(f"Emperor Naruhito {described}").verdict == NOT_FOUND
    assert (
        verifier.verify("The commentary author described the visit as highly symbolic.").verdict == SUPPORTED
    )


def test_a_figure_credited_to_another_organisation_is_contradicted(
    borne_out: tuple[Verifier, list[str]],
) -> None:
    """The 70,000 households are the Asian Development Bank's project description's figure."""
    said = "project description, the scheme will deliver clean electricity to 70,000 households."
    assert borne_out[0].verify(f"According to the World Bank's {said}").verdict == CONTRADICTED
    assert borne_out[0].verify(f"According to the Asian Development Bank's {said}").verdict == SUPPORTED


def test_remarks_given_to_another_outlet_are_contradicted(borne_out: tuple[Verifier, list[str]]) -> None:
    """Battsetseg Batmunkh spoke of the visit's historical significance to The Diplomat."""
    verifier = borne_out[0]
    said = "that the emperor's first state visit has a historical significance."
    assert verifier.verify(f"Battsetseg Batmunkh told the Yomiuri Shimbun {said}").verdict == CONTRADICTED
    assert verifier.verify(f"Battsetseg Batmunkh told The Diplomat {said}").verdict == SUPPORTED
    interview = "Foreign Minister Battsetseg Batmunkh spoke about the visit in an interview with"
    assert verifier.verify(f"{interview} the Yomiuri Shimbun.").verdict == CONTRADICTED
    assert verifier.verify(f"{interview} The Diplomat.").verdict == SUPPORTED


def test_treating_someone_as_something_is_seeing_them_so(borne_out: tuple[Verifier, list[str]]) -> None:
    """The store has Mongolia's strategic interest in seeing Japan as a "third neighbor"."""
    statement = "Ulaanbaatar has a strategic interest in treating Japan as a 'third neighbor'."
    assert borne_out[0].verify(statement).verdict == SUPPORTED


def test_no_one_before_someone_is_their_being_the_first(borne_out: tuple[Verifier, list[str]]) -> None:
    """Naruhito's state visit was the first to Mongolia by a Japanese emperor."""
    verifier = borne_out[0]
    assert (
        verifier.verify("No Japanese emperor had made a state visit to Mongolia before Naruhito.").verdict
        == SUPPORTED
    )
    denied = "Naruhito was not the first Japanese emperor to make a state visit to Mongolia."
    assert verifier.verify(denied).verdict == CONTRADICTED


def test_a_partnership_turned_into_another_is_upgraded(borne_out: tuple[Verifier, list[str]]) -> None:
    """In 2022 the 2010 Strategic Partnership was upgraded to a Special Strategic Partnership."""
    verifier = borne_out[0]
    turned = "The 2022 upgrade turned the {} Strategic Partnership into a 'Special Strategic Partnership for Peace and Prosperity'."
    assert verifier.verify(turned.format(2010)).verdict == SUPPORTED
    assert verifier.verify(turned.format(2012)).verdict == CONTRADICTED


def test_a_misspelt_name_is_not_another_name(borne_out: tuple[Verifier, list[str]]) -> None:
    """Shuzo Yamada helped lay the foundations of Sukhbaatar Square: "Sukhbatar" is a typo of it,
    not another square."""
    statement = "Shuzo Yamada, 107, ex-internee, helped lay the foundations of Sukhbatar Square."
    assert borne_out[0].verify(statement).verdict != CONTRADICTED


def test_a_rep_is_a_representative(borne_out: tuple[Verifier, list[str]]) -> None:
    """Naruhito said Japan would send a high-level representative to COP17."""
    statement = "Naruhito said Japan will send a high-level rep to COP17."
    assert borne_out[0].verify(statement).verdict == SUPPORTED


def test_a_name_said_to_be_another_countrys_is_contradicted(borne_out: tuple[Verifier, list[str]]) -> None:
    """Japan's Self-Defense Forces have been instrumental in Mongolia's Khaan Quest exercise."""
    verifier = borne_out[0]
    assert verifier.verify("Khaan Quest is a Japanese military exercise.").verdict == CONTRADICTED
    assert verifier.verify("Khaan Quest is a Mongolian military exercise.").verdict == SUPPORTED


def test_mainly_says_more_than_a_claim_that_someone_helped(borne_out: tuple[Verifier, list[str]]) -> None:
    """Former internee Shuzo Yamada helped build the foundations of Sukhbaatar Square; the forced
    laborers came from the Soviet Union, "particularly from Siberia"."""
    verifier = borne_out[0]
    assert verifier.verify("Sukhbaatar Square was built mainly by Japanese POWs.").verdict == NOT_FOUND
    siberia = "Japanese forced laborers were sent to Mongolia mostly from Siberia."
    assert verifier.verify(siberia).verdict == SUPPORTED


def test_one_sides_records_said_to_be_right_are_disputed(borne_out: tuple[Verifier, list[str]]) -> None:
    """Japanese records count 1,684 deaths among the POWs in Mongolia; Mongolian records count
    others. That the Japanese count it so is borne out; that theirs is the right count is disputed."""
    verifier = borne_out[0]
    assert verifier.verify("Japanese records are correct: 1,684 died in Mongolia.").verdict == DISPUTED
    assert verifier.verify("Japanese records count 1,684 deaths among POWs in Mongolia.").verdict == SUPPORTED


def test_funding_that_grew_is_the_opposite_of_funding_slashed(borne_out: tuple[Verifier, list[str]]) -> None:
    """The United States has slashed financial commitments in the clean energy sector."""
    assert borne_out[0].verify("U.S. funding for clean energy grew.").verdict == CONTRADICTED


def test_an_office_the_claims_do_not_give_is_not_borne_out(borne_out: tuple[Verifier, list[str]]) -> None:
    """Japan's ambassador to Mongolia, Igawahara Masaru, predicted the visit will open a new
    chapter; Mongolia's foreign minister spoke of golden letters."""
    verifier = borne_out[0]
    chapter = "predicted that the visit of the emperor and empress will open a new chapter in the relationship between Japan and Mongolia."
    assert verifier.verify(f"Japan's foreign minister {chapter}").verdict == NOT_FOUND
    assert verifier.verify(f"Japan's ambassador {chapter}").verdict == SUPPORTED
    golden = "Mongolia's foreign minister said the visit will be engraved in golden letters in the history of Mongolia-Japan relations."
    assert verifier.verify(golden).verdict == SUPPORTED
