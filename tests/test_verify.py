"""Verifying statements and drafts against a small store, one verdict and one figure form at a time."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest

from jpmn.core.index import Index
from jpmn.core.verdicts import CONTRADICTED, DISPUTED, NOT_FOUND, SUPPORTED
from jpmn.core.verify import Verifier, check_draft, sentences, summary, worst

from conftest import ROOT

STORE = """\
sources:
  - id: diplomat
    outlet: The Diplomat
    title: "Japanese Emperor Naruhito's Visit to Mongolia"
    published: "2025-07"
    path: seeds/003_78fc02ddb00f146c.txt
    lines: [1, 24]
  - id: commentary
    title: "Commentary on the state visit"
    path: seeds/000_97ea68f8d1ca10db.txt
    lines: [1, 14]
  - id: kyodo
    outlet: Kyodo News
    title: "Japan protests South Korean military drills near disputed islets"
    published: "2025-07-17"
    path: seeds/003_78fc02ddb00f146c.txt
    lines: [45, 49]
claims:
  - id: state-visit-8-days
    text: "Japan's Emperor Naruhito and Empress Masako made an 8-day state visit to Mongolia in July 2025."
    category: visit
    value: 8
    unit: days
    date: "2025-07"
    attributed_to: The Diplomat
    source: diplomat
    quote: "just wrapped up an 8-day visit to Mongolia"
  - id: third-trip-overseas
    text: "Emperor Naruhito's 2025 visit to Mongolia was only his third trip overseas since assuming the throne."
    category: visit
    value: 3
    unit: trips overseas since enthronement
    date: "2025-07"
    attributed_to: The Diplomat
    source: diplomat
    quote: "Naruhito's visit – only his third trip overseas since assuming the throne"
  - id: memorial-visit
    text: "On July 8, 2025, Emperor Naruhito and Empress Masako visited the memorial for Japanese prisoners of war in Mongolia."
    category: history
    date: "2025-07-08"
    attributed_to: The Diplomat
    source: diplomat
    quote: "On July 8, the emperor and empress visited the memorial for Japanese prisoners of war (POWs) in Mongolia."
  - id: pow-total-mongolian-records
    text: "Mongolian records count 12,318 Japanese prisoners of war in total sent to Mongolia."
    category: history
    value: 12318
    unit: prisoners of war
    attributed_to: Mongolian records
    source: diplomat
    quote: "Mongolia's records indicated 12,318 POWs in total [sent to Mongolia]"
    measures: pow-total-sent
  - id: pow-total-japanese-records
    text: "Japanese records count 13,847 Japanese prisoners of war held in Mongolia."
    category: history
    value: 13847
    unit: prisoners of war
    attributed_to: Japanese records
    source: diplomat
    quote: "Japanese records stated 13,847 POWs and 1,684 deaths"
    measures: pow-total-sent
  - id: investment-over-1-billion
    text: "As of 2023, Japan had invested over $1 billion in Mongolia."
    category: economy
    value: 1000000000
    unit: USD
    qualifier: more than
    date: "2023"
    attributed_to: Commentary author
    source: commentary
    quote: "As of 2023, Japan had invested over $1 billion in Mongolia."
  - id: ambassador-new-chapter
    text: "Japan's ambassador to Mongolia, Igawahara Masaru, predicted that the visit of the emperor and empress will open a new chapter in the relationship between Japan and Mongolia."
    category: diplomacy
    attributed_to: Igawahara Masaru
    source: diplomat
    quote: "Japan's ambassador to Mongolia, Igawahara Masaru, predicted that the visit of the emperor and empress 'will open a new chapter in the relationship between Japan and Mongolia.'"
  - id: protest-over-drills
    text: "Japan's government said it had lodged a strong protest with South Korea over military drills in waters near remote islets in the Sea of Japan that are controlled by Seoul but claimed by Tokyo."
    category: defense
    attributed_to: Japanese government
    source: kyodo
    quote: "lodged a strong protest with South Korea over military drills conducted in waters near remote islets in the Sea of Japan that are controlled by Seoul but claimed by Tokyo"
  - id: troops-did-not-land
    text: "According to Yonhap News Agency, troops did not land on the islets during the South Korean drills."
    category: defense
    attributed_to: Yonhap News Agency
    source: kyodo
    quote: "troops did not land on the islets"
  - id: no-diplomatic-ties-in-1966
    text: "In 1966 Japan and Mongolia had not yet formally established diplomatic ties."
    category: diplomacy
    attributed_to: The Diplomat
    source: diplomat
    quote: "In 1966, before Japan and Mongolia had even formally established diplomatic ties"
  - id: ishiba-hopes-breakthrough
    text: "Ishiba apparently hopes to use his meeting with Bessent to make a breakthrough in tariff negotiations with the United States."
    category: economy
    attributed_to: Jiji Press
    source: diplomat
    quote: "Ishiba apparently hopes to use the meeting to make a breakthrough in tariff negotiations with the United States."
  - id: masako-environment
    text: "Empress Masako has a deep personal interest in environmental and climate change issues."
    category: visit
    attributed_to: The Diplomat
    source: diplomat
    quote: "Masako, who has a deep personal interest in environmental and climate change issues"
  - id: cop17-host
    text: "Mongolia will host COP17 of the United Nations Convention to Combat Desertification in 2026."
    category: environment
    attributed_to: The Diplomat
    source: diplomat
    quote: "Mongolia's hosting of COP17 of the United Nations Convention to Combat Desertification next year"
  - id: different-sides
    text: "Mongolia and Japan fought on different sides in World War II."
    category: history
    attributed_to: Commentary author
    source: commentary
    quote: "in which Mongolia and Japan fought on different sides"
  - id: trilateral-meeting-tokyo
    text: "In 2022 a Japan-Mongolia-U.S. trilateral meeting took place in Tokyo."
    category: diplomacy
    attributed_to: The Diplomat
    source: diplomat
    quote: "In 2022, a Japan-Mongolia-U.S. trilateral meeting took place in Tokyo"
  - id: visit-path-for-future-relations
    text: "According to The Diplomat, the emperor's 2025 state visit emphasized a diplomatic symbolism that recognizes the past while establishing a sustainable path for future relations."
    category: visit
    attributed_to: The Diplomat
    source: diplomat
    quote: "emphasized a greater diplomatic symbolism that recognizes the past while establishing a sustainable path for future relations"
  - id: millward-defense-technologies
    text: "Nicholas Millward of the Yokosuka Council on Asia-Pacific Studies said the partnership with Japan gives Mongolia access to state-of-the-art defense technologies."
    category: defense
    attributed_to: Nicholas Millward
    source: diplomat
    quote: "provides Mongolia with access to state-of-the-art defense technologies"
"""


@pytest.fixture(scope="module")
def shipped() -> Verifier:
    """The verifier on the shipped store, for statements as readers of the articles write them."""
    return Verifier(Index.open(str(ROOT / "data" / "facts.yaml"), str(ROOT / "data" / "facts.yaml")))


@pytest.fixture(scope="module")
def verifier(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Verifier]:
    folder = tmp_path_factory.mktemp("store")
    shutil.copytree(ROOT / "seeds", folder / "seeds")
    (folder / "facts.yaml").write_text(STORE, encoding="utf-8")
    yield Verifier(Index.open(str(folder / "facts.yaml"), "facts.yaml"))


@pytest.mark.parametrize(
    "statement",
    [
        "The state visit lasted eight days.",  # a number word
        "The emperor and empress spent 8 days in Mongolia.",
        "Naruhito and Masako's eight-day state visit to Mongolia took place in July 2025.",
        "Japan has invested more than a billion dollars in Mongolia.",  # within the claim's "over"
        "Japanese investment in Mongolia topped $1bn as of 2023.",
        "On 8 July 2025, the emperor and empress visited the memorial for Japanese POWs.",
        "The imperial couple visited the POW memorial in Mongolia on 2025-07-08.",
        "Japanese records count 13,847 POWs.",  # one side of a dispute, attributed
        "According to Mongolian records, 12.3 thousand Japanese prisoners of war were sent to Mongolia.",
        "Japan's ambassador to Mongolia, Igawahara Masaru, said the visit will open a new chapter.",
        "Troops did not land on the islets during the South Korean drills.",
        "By 2023, Japanese investment in Mongolia had passed $1bn.",  # "passed" is "over"
        "By 2023, Japan's investment in Mongolia had passed the $1bn mark.",
        # initials for the words the claim writes out
        "Mongolia will host COP17 of the UN Convention to Combat Desertification.",
        # what the claim says is hoped for, stated as hoped for
        "Ishiba hoped to use the meeting to make a breakthrough in tariff negotiations.",
        # "United States" is the "U.S." the claim writes
        "The trilateral meeting of Japan, Mongolia and the United States in 2022 took place in Tokyo.",
        # an ambassador "in" a capital is the ambassador to its country
        "Japan's ambassador in Ulaanbaatar, Igawahara Masaru, said the visit will open a new chapter.",
        # "deeply" says how much, not what
        "Empress Masako is deeply interested in environmental and climate change issues.",
        # a comparison misspelt is still a comparison
        "Japan have invested more then one billion dollar in Mongolia as of 2023.",
        # a country's own count is its records
        "By Japan's own count, 13,847 Japanese prisoners of war were held in Mongolia.",
        # WWII is World War II
        "Mongolia and Japan fought on different sides in WWII.",
        # "the third time he has gone abroad" is his third trip overseas
        "The Mongolia visit was the third time Naruhito went overseas since assuming the throne.",
    ],
)
def test_supported(verifier: Verifier, statement: str) -> None:
    verdict = verifier.verify(statement)
    assert verdict.verdict == SUPPORTED, verdict.reason
    assert verdict.evidence and all(item.role == "supports" for item in verdict.evidence)


@pytest.mark.parametrize(
    ("statement", "figure"),
    [
        ("The state visit lasted ten days.", "ten days"),  # another duration
        ("Naruhito and Masako spent five days in Mongolia.", "five days"),
        ("Japan had invested $500 million in Mongolia by 2023.", "$500 million"),  # outside "over $1bn"
        ("On 6 July 2025, the emperor and empress visited the memorial for Japanese POWs.", "6 July 2025"),
        ("The emperor visited the POW memorial on July 11.", "July 11"),  # the store says July 8
        ("Mongolian records count 13,847 Japanese POWs.", "13,847 Japanese POWs"),  # the other side's figure
        # "the Nth time he has gone abroad" counts the trips the store counts
        ("It was the fourth time Naruhito had travelled overseas as emperor.", "fourth time"),
    ],
)
def test_contradicted_by_a_figure(verifier: Verifier, statement: str, figure: str) -> None:
    verdict = verifier.verify(statement)
    assert verdict.verdict == CONTRADICTED, verdict.reason
    differing = verdict.evidence[0]
    assert differing.role == "contradicts"
    assert differing.stated is not None and differing.stated.text == figure
    assert differing.to_dict()["differs"] is True


@pytest.mark.parametrize(
    "statement",
    [
        # another person in the same place of the sentence
        "Japan's ambassador to Mongolia, Kenji Yamamoto, predicted that the visit will open a new chapter.",
        # another person named for the claim's, though not next to the same words
        "The Japanese ambassador who predicted a new chapter in relations was Kobayashi Hiroyuki.",
        # the opposite said
        "South Korean troops landed on the islets during the drills.",
        # "little interest" against "a deep personal interest"
        "Empress Masako has little interest in environmental and climate change issues.",
        # a word meaning the opposite of the claim's
        "Japan and Mongolia fought on the same side in World War II.",
    ],
)
def test_contradicted_without_figures(verifier: Verifier, statement: str) -> None:
    verdict = verifier.verify(statement)
    assert verdict.verdict == CONTRADICTED, verdict.reason
    assert verdict.evidence[0].role == "contradicts"


@pytest.mark.parametrize(
    "statement",
    [
        "13,847 Japanese prisoners of war were held in Mongolia.",
        "Mongolia held 12318 Japanese POWs in total.",
        "Twelve thousand three hundred eighteen Japanese POWs were held in Mongolia.",
    ],
)
def test_disputed_when_one_side_is_stated_as_plain_fact(verifier: Verifier, statement: str) -> None:
    verdict = verifier.verify(statement)
    assert verdict.verdict == DISPUTED, verdict.reason
    roles = {item.claim["id"]: item.role for item in verdict.evidence}
    assert set(roles) == {"pow-total-mongolian-records", "pow-total-japanese-records"}
    assert sorted(roles.values()) == ["disputes", "other-side"]


@pytest.mark.parametrize(
    "statement",
    [
        "The emperor watched a horse race at the Naadam festival.",  # nothing about it
        "The state visit cost 5 million dollars.",  # a figure the store does not give
        "Around 30,000 Japanese tourists visited Mongolia in 2024.",
        "Japan's investment in Mongolia reached $1.5 billion.",  # within "over $1bn", but not stated
        # the claim says Ishiba hoped for it, not that it happened
        "Ishiba made a breakthrough in tariff negotiations with the United States.",
        # the claim says ties were not yet established in 1966, not when they were
        "Japan and Mongolia formally established diplomatic ties in 1972.",
        "",
    ],
)
def test_not_found_is_never_a_guess(verifier: Verifier, statement: str) -> None:
    verdict = verifier.verify(statement)
    assert verdict.verdict == NOT_FOUND, verdict.reason


def test_json_shape(verifier: Verifier) -> None:
    record = verifier.verify("The state visit lasted ten days.").to_dict()
    assert list(record) == ["statement", "verdict", "figures", "evidence", "reason"]
    assert record["figures"] == [{"text": "ten days", "value": 10, "unit": "days"}]
    evidence = record["evidence"][0]
    assert evidence["id"] == "state-visit-8-days"
    assert evidence["quote"] == "just wrapped up an 8-day visit to Mongolia"
    assert evidence["source"]["outlet"] == "The Diplomat"
    assert evidence["differs"] is True
    assert evidence["figure"]["value"] == 8


DRAFT = """\
# The U.S. and Japan: a draft

Japan's Emperor Naruhito made a state visit to Mongolia. It lasted ten days. Some said it
lasted 8 days, as Dr. J. Smith wrote.

- Japanese records count 13,847 POWs.
- This is a bullet without facts.
1. Is this a question about 12,318 POWs?

```
The state visit lasted 99 days.
```
"""


def test_draft_sentences_keep_their_lines() -> None:
    found = [(item.line, item.text) for item in sentences(DRAFT)]
    assert found == [
        (1, "The U.S. and Japan: a draft"),
        (3, "Japan's Emperor Naruhito made a state visit to Mongolia."),
        (3, "It lasted ten days."),
        (3, "Some said it lasted 8 days, as Dr. J. Smith wrote."),
        (6, "Japanese records count 13,847 POWs."),
        (7, "This is a bullet without facts."),
        (8, "Is this a question about 12,318 POWs?"),
    ]


def test_draft_checks_the_sentences_that_carry_a_fact(verifier: Verifier) -> None:
    checked = check_draft(verifier, DRAFT)
    lines = [(item.line, item.verdict.verdict) for item in checked]
    assert (6, SUPPORTED) in lines
    assert all(line != 7 and line != 8 for line, _verdict in lines)  # no fact; a question
    assert sum(summary(checked).values()) == len(checked)
    assert worst(item.verdict.verdict for item in checked) in (CONTRADICTED, NOT_FOUND, DISPUTED)


def test_worst_verdict_order() -> None:
    assert worst([]) == SUPPORTED
    assert worst([SUPPORTED, NOT_FOUND]) == NOT_FOUND
    assert worst([NOT_FOUND, DISPUTED]) == DISPUTED
    assert worst([DISPUTED, CONTRADICTED, SUPPORTED]) == CONTRADICTED


def test_a_prisoner_is_a_pow_and_a_prison_is_where_a_sentence_is_served() -> None:
    """ "prisoner" and "prison" share a stem; read as one, a prison term would be about POWs."""
    from jpmn.core.verify import _content_terms

    assert set(_content_terms("Japanese prisoners died in Mongolia.", [])) >= {"pow"}
    assert "pow" not in _content_terms("He went to prison for ten years.", [])


def test_a_typo_is_read_as_the_store_word_but_a_word_of_its_own_is_not(verifier: Verifier) -> None:
    assert verifier._spelt("empreror", "empreror") == "emperor"
    assert verifier._spelt("live", "lives") == "live"  # English, though one letter from "line"
    assert verifier._spelt("takeda", "Takeda") == "takeda"  # a name the store lacks stays one


def test_a_sea_other_than_the_stores_is_a_contradiction(verifier: Verifier) -> None:
    verdict = verifier.verify(
        "South Korea held military drills near the remote islets in the East China Sea."
    )
    assert verdict.verdict == CONTRADICTED, verdict.reason
    assert verdict.reason == "the store gives the Sea of Japan, not the East China Sea"
    assert verdict.evidence[0].claim["id"] == "protest-over-drills"


@pytest.mark.parametrize(
    "statement",
    [
        # the Korean name of the same sea
        "South Korea held military drills near remote islets in the East Sea.",
        # the Japan of "the Sea of Japan" is no party the roles of the sentence could be swapped with
        "South Korea held military drills near remote islets in the Sea of Japan.",
    ],
)
def test_the_same_sea_by_any_name_is_no_contradiction(verifier: Verifier, statement: str) -> None:
    assert verifier.verify(statement).verdict != CONTRADICTED


def test_a_deed_only_the_sources_title_names_is_not_borne_out(shipped: Verifier) -> None:
    # the claim has Millward's view of the partnership; only its article's title has the visit
    verdict = shipped.verify("Nicholas Millward travelled with the imperial couple during the visit.")
    assert verdict.verdict != SUPPORTED, verdict.reason
    said = "Nicholas Millward said the partnership gives Mongolia access to state-of-the-art defense technologies."
    assert shipped.verify(said).verdict == SUPPORTED


def test_the_day_something_was_said_is_weighed_against_the_day_the_store_says_it_was_said() -> None:
    from jpmn.core.verify import _days_given

    claim = "Ishiba was to meet Bessent in Tokyo on the afternoon of Friday, July 18, 2025."
    quote = "Ishiba will meet with Bessent on Friday afternoon, the Japanese government said Thursday."
    said_thursday = "The Japanese government said on Thursday that Ishiba would meet Bessent."
    assert _days_given(said_thursday, claim, quote) is None
    said_friday = "The government announced Friday that Ishiba would meet Bessent."
    assert _days_given(said_friday, claim, quote) == ({"thursday"}, {"friday"})
    assert _days_given("Ishiba met Bessent on Thursday.", claim, quote) == ({"friday"}, {"thursday"})


@pytest.mark.parametrize(
    "statement",
    [
        "The imperial couple traveled outside the capital to visit the Gobi Desert.",
        "The emperor was travelling to the Gobi Desert.",
        "The couple is visiting the Gobi Desert.",
    ],
)
def test_somewhere_set_out_to_visit_is_visited_not_someone_in_the_visitors_place(statement: str) -> None:
    from jpmn.core.verify import _role

    assert _role(statement, "Gobi Desert") == (False, True)


def test_a_name_beside_someone_the_statement_names_by_title_is_not_in_their_place(verifier: Verifier) -> None:
    # the test store has Emperor Naruhito and Empress Masako visit the POW memorial
    statement = "On July 8, 2025, Shuzo Yamada went to Mongolia to see the memorial for Japanese POWs with the emperor."
    verdict = verifier.verify(statement)
    assert verdict.verdict != CONTRADICTED, verdict.reason


def test_a_name_on_the_other_side_of_the_same_named_thing_is_not_in_its_place() -> None:
    from jpmn.core.verify import _on_the_same_side

    claim = "The annual Ulaanbaatar Dialogue on Northeast Asia is one example of third neighbor mechanisms."
    statement = "North Korean officials have taken part in the Ulaanbaatar Dialogue."
    shared = {"ulaanbaatar", "dialogu"}
    assert _on_the_same_side(statement, "North Korean", claim, "Northeast Asia", shared) == set()
    other = "The annual Ulaanbaatar Dialogue on Central Asia is held every year."
    assert _on_the_same_side(other, "Central Asia", claim, "Northeast Asia", shared) == shared


def test_a_length_of_time_of_something_else_is_no_contradiction(verifier: Verifier) -> None:
    # the test store's 8-day state visit: the five days are of a marriage it says nothing of
    statement = "Emperor Naruhito and Empress Masako were married for five days before the trip to Mongolia."
    assert verifier.verify(statement).verdict == NOT_FOUND
    assert verifier.verify("Naruhito and Masako spent five days in Mongolia.").verdict == CONTRADICTED


def test_a_person_the_store_often_names_in_a_titled_others_place_is_a_contradiction(
    verifier: Verifier,
) -> None:
    # the test store gives the interest to Empress Masako; Naruhito is in most of its claims
    statement = "Emperor Naruhito has a deep personal interest in environmental and climate change issues."
    verdict = verifier.verify(statement)
    assert verdict.verdict == CONTRADICTED, verdict.reason
    assert verdict.reason == "the store names Masako, not Naruhito"


def test_a_closing_who_clause_is_said_of_the_name_before_it() -> None:
    from jpmn.core.verify import _which_tail

    sentence = "COP17 was a focus for Naruhito, who is described as having a deep interest in climate change."
    assert _which_tail(sentence) == (
        "COP17 was a focus for Naruhito.",
        "Naruhito is described as having a deep interest in climate change.",
    )


def test_an_envoy_to_a_capital_is_the_ambassador_to_its_country(verifier: Verifier) -> None:
    statement = (
        "Tokyo's ambassador to Ulaanbaatar, Igawahara Masaru, predicted that the visit of the emperor and"
        " empress will open a new chapter in the relationship between Japan and Mongolia."
    )
    verdict = verifier.verify(statement)
    assert verdict.verdict == SUPPORTED, verdict.reason


IDIOMS_READ = [
    # "handed" a sentence is given it; "handed over" keeps its meaning
    ("He was handed a prison term of three years.", "He was given a prison term of three years."),
    ("The remains were handed over to Japan.", "The remains were handed over to Japan."),
    # leaving an agreement is withdrawing from it; leaving a place is not
    ("It left the Paris Agreement.", "It withdrew from the Paris Agreement."),
    ("The couple left Ulaanbaatar on Sunday.", "The couple left Ulaanbaatar on Sunday."),
    # heavy or laden with something is the store's "wrought with" it
    ("a trip heavy with symbolism", "a trip wrought with symbolism"),
    ("a trip laden with symbolism", "a trip wrought with symbolism"),
    # no stranger to a place is having been there, and denies nothing
    ("Naruhito was no stranger to Mongolia.", "Naruhito had been to Mongolia."),
    ("He was no stranger to controversy.", "He was no stranger to controversy."),
    # announcing that a thing is so is saying it; announcing a plan keeps its word
    ("Tokyo announced on Wednesday that he would come.", "Tokyo said on Wednesday that he would come."),
    ("Tokyo announced a new plan.", "Tokyo announced a new plan."),
    # giving remarks to an outlet is telling it; giving aid to a country is not
    ("She gave her remarks to The Diplomat.", "She told The Diplomat."),
    ("Japan gave aid to Mongolia.", "Japan gave aid to Mongolia."),
]
"""Idioms a statement may use, and how the verifier reads them before weighing the words."""


@pytest.mark.parametrize(("written", "read"), IDIOMS_READ)
def test_an_idiom_is_read_as_the_store_words_it(written: str, read: str) -> None:
    from jpmn.core.verify import _IDIOMS

    for idiom, words in _IDIOMS:
        written = idiom.sub(words, written)
    assert written == read


def test_a_view_an_unnamed_writer_holds_is_the_commentary_authors(shipped: Verifier) -> None:
    for statement in (
        "Japan wants the minerals for making robots, cars and semiconductors, an analyst writes.",
        "Trump's tariffs are signs of a shrinking direct US presence in the region, in the analyst's view.",
        "The article predicts that the two governments will keep cooperating despite a change of leadership in Japan.",
    ):
        assert shipped.verify(statement).verdict == SUPPORTED, statement
    # a minister's words are no writer's view
    minister = "The emperor's 2025 state visit will strengthen the friendship between the Mongolian and Japanese peoples"
    assert shipped.verify(minister + ".").verdict == SUPPORTED
    assert shipped.verify(minister + ", an analyst writes.").verdict == NOT_FOUND


def test_whom_a_statement_cites_is_weighed_against_whom_the_claim_cites_whatever_the_words(
    shipped: Verifier,
) -> None:
    cited = "The description of the project, which will bring clean power to 70,000 households, was taken from the {}."
    assert shipped.verify(cited.format("World Bank")).verdict == CONTRADICTED
    assert shipped.verify(cited.format("Asian Development Bank")).verdict == SUPPORTED


def test_a_description_promising_something_says_it_will_be_supplied(shipped: Verifier) -> None:
    promising = "The project description promising clean electricity to 70,000 households came from the {}."
    assert shipped.verify(promising.format("World Bank")).verdict == CONTRADICTED
    assert shipped.verify(promising.format("Asian Development Bank")).verdict == SUPPORTED


def test_war_games_are_drills(shipped: Verifier) -> None:
    protest = "Tokyo lodged a strong protest with Seoul over war games near islets in the Sea of Japan."
    assert shipped.verify(protest).verdict == SUPPORTED
    assert (
        shipped.verify("The South Korean navy held wargames near the Takeshima/Dokdo islets.").verdict
        == SUPPORTED
    )


def test_two_figures_compared_the_wrong_way_round_are_contradicted(shipped: Verifier) -> None:
    compared = (
        "Mongolia's records show 1,621 deaths among the Japanese POWs, {} than the 1,684 in Japan's records."
    )
    assert shipped.verify(compared.format("more")).verdict == CONTRADICTED
    assert shipped.verify(compared.format("fewer")).verdict == SUPPORTED


def test_a_count_listed_in_records_slightly_fewer_than_another_is_read_as_compared(shipped: Verifier) -> None:
    compared = "Mongolia's records show 1,621 deaths among the Japanese POWs, slightly {} than the 1,684 listed in Japan's records."
    assert shipped.verify(compared.format("fewer")).verdict == SUPPORTED
    assert shipped.verify(compared.format("more")).verdict == CONTRADICTED


def test_what_a_which_aside_says_of_the_subject_is_checked_beside_the_rest(shipped: Verifier) -> None:
    aside = (
        "The upgraded partnership, which promised cooperation extending to {}, aims at human-centered"
        " development under a ten-year plan running from 2022 to 2031."
    )
    assert shipped.verify(aside.format("the Indo-Pacific")).verdict == SUPPORTED
    assert shipped.verify(aside.format("Africa")).verdict != SUPPORTED


def test_whom_a_closing_which_says_it_is_good_for_is_said_of_the_subject(shipped: Verifier) -> None:
    closing = (
        "Since 2011, Mongolia's third neighbor policy has widened the scope of Ulaanbaatar's foreign"
        " policy, which works to {}'s advantage."
    )
    assert shipped.verify(closing.format("Tokyo")).verdict == SUPPORTED
    assert shipped.verify(closing.format("Beijing")).verdict == CONTRADICTED


def test_rolling_out_tariffs_is_implementing_them(shipped: Verifier) -> None:
    assert (
        shipped.verify("Washington is set to roll out reciprocal tariffs on August 1.").verdict == SUPPORTED
    )
    assert (
        shipped.verify("Washington is set to roll out reciprocal tariffs on September 1.").verdict
        == CONTRADICTED
    )


def test_a_connective_set_off_by_commas_is_no_word_a_claim_must_hold(shipped: Verifier) -> None:
    said = "Japanese records, by contrast, count 13,847 POWs and {} deaths."
    assert shipped.verify(said.format("1,684")).verdict == SUPPORTED
    assert shipped.verify(said.format("1,900")).verdict == CONTRADICTED


def test_a_thing_seen_as_crucial_by_someone_is_crucial_to_them(shipped: Verifier) -> None:
    seen = "Cooperation with Mongolia on {} is seen as crucial by Japan."
    assert shipped.verify(seen.format("food security")).verdict == SUPPORTED
    assert shipped.verify(seen.format("energy")).verdict != SUPPORTED


def test_a_peoples_interest_drawn_is_their_countrys_interest(shipped: Verifier) -> None:
    drawn = "Copper, fluorspar and rare earths from Mongolia have drawn growing {} interest."
    assert shipped.verify(drawn.format("Japanese")).verdict == SUPPORTED
    assert shipped.verify(drawn.format("American")).verdict != SUPPORTED


def test_a_plan_underpinning_a_partnership_is_the_partnerships_plan(shipped: Verifier) -> None:
    plan = "A ten-year plan spanning 2022 to {} underpins the augmented partnership."
    assert shipped.verify(plan.format("2031")).verdict == SUPPORTED
    assert shipped.verify(plan.format("2030")).verdict == CONTRADICTED
    assert shipped.verify("The partnership rests on a ten-year plan covering 2022-2031.").verdict == SUPPORTED


def test_told_beforehand_is_told_in_advance(shipped: Verifier) -> None:
    told = "Beijing had told Tokyo beforehand that the sentence would be {} than in some earlier cases."
    assert shipped.verify(told.format("lighter")).verdict == SUPPORTED
    assert shipped.verify(told.format("heavier")).verdict == CONTRADICTED


def test_not_as_harsh_as_earlier_sentences_denies_the_harshness_not_the_sentence(shipped: Verifier) -> None:
    # the store: the ruling "would not be as harsh" as sentences in previous cases
    told = "Beijing had told Tokyo beforehand that the sentence would be {}."
    assert shipped.verify(told.format("lighter")).verdict == SUPPORTED
    assert shipped.verify(told.format("as harsh as in previous cases")).verdict == CONTRADICTED


def test_slowing_what_the_store_says_was_sped_up_is_the_opposite(shipped: Verifier) -> None:
    done = "China has recently {} procedures for resuming imports of Japanese marine products and beef."
    assert shipped.verify(done.format("slowed")).verdict == CONTRADICTED
    assert shipped.verify(done.format("sped up")).verdict == SUPPORTED


def test_a_meeting_in_the_morning_is_not_one_in_the_afternoon(shipped: Verifier) -> None:
    meet = "Ishiba is to meet Bessent at the prime minister's office in Tokyo on Friday {}."
    assert shipped.verify(meet.format("morning")).verdict == CONTRADICTED
    assert shipped.verify(meet.format("afternoon")).verdict == SUPPORTED


def test_a_minor_factor_is_not_one_of_the_biggest(shipped: Verifier) -> None:
    said = "Iwaya described the detention issue as {} impeding exchanges between Japan and China."
    assert shipped.verify(said.format("a minor factor")).verdict == CONTRADICTED
    assert shipped.verify(said.format("one of the biggest factors")).verdict == SUPPORTED


def test_a_projects_backers_are_its_partners(shipped: Verifier) -> None:
    backers = "The renewable energy project has {} backers besides the Mongolian government: {}."
    named = (
        "the Asian Development Bank, the Japan Fund for Joint Credit Mechanism and the Strategic Climate Fund"
    )
    two = "the Asian Development Bank and the Strategic Climate Fund"
    assert shipped.verify(backers.format("just two", two)).verdict == CONTRADICTED
    assert shipped.verify(backers.format("three", named)).verdict == SUPPORTED


def test_a_day_something_was_announced_is_the_day_it_was_said(shipped: Verifier) -> None:
    said = "The Japanese government announced on {} that Ishiba would meet Bessent."
    assert shipped.verify(said.format("Wednesday")).verdict == CONTRADICTED
    assert shipped.verify(said.format("Thursday")).verdict == SUPPORTED


def test_remarks_given_to_an_outlet_are_what_it_was_told(shipped: Verifier) -> None:
    gave = "Battsetseg gave her remarks to {}."
    assert shipped.verify(gave.format("the Yomiuri Shimbun")).verdict == CONTRADICTED
    assert shipped.verify(gave.format("The Diplomat")).verdict == SUPPORTED


def test_an_earlier_visit_gainsays_the_first(shipped: Verifier) -> None:
    earlier = "Naruhito's trip followed an earlier state visit to Mongolia by another Japanese emperor."
    assert shipped.verify(earlier).verdict == CONTRADICTED
    assert shipped.verify("Naruhito had previously visited Mongolia in 2007.").verdict == SUPPORTED


def test_a_doer_or_deed_only_a_search_keyword_holds_is_not_borne_out(shipped: Verifier) -> None:
    # the claims' keywords ("press, media", "attend") find them, but the claims say only embassy
    # officials attended, and that the media could not enter
    assert shipped.verify("Japanese media attended the trial.").verdict != SUPPORTED
    assert shipped.verify("Media were in attendance at the Chinese court proceedings.").verdict != SUPPORTED
    assert (
        shipped.verify("Only embassy officials were in attendance at the proceedings.").verdict == SUPPORTED
    )


def test_a_bound_rounded_from_one_side_of_a_disputed_count_gives_that_side(shipped: Verifier) -> None:
    # 12,318 by Mongolia's records, 13,847 by Japan's: "over 12,300" is the first, rounded down
    sent = "{} Japanese prisoners were sent to Mongolia."
    assert shipped.verify(sent.format("Over 12,300")).verdict == DISPUTED
    assert shipped.verify(sent.format("More than 13,800")).verdict == DISPUTED
    assert shipped.verify(sent.format("More than 12,000")).verdict == SUPPORTED
