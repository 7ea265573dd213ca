"""`jpmn verify`, as a fact-checker uses it: one sentence, a whole draft, for people and scripts."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Result

Run = Callable[..., subprocess.CompletedProcess[str]]

DRAFT = """\
# The state visit

The emperor and empress made an eight-day state visit to Mongolia in July 2025. Japanese
records count 13,847 POWs.

- 13,847 Japanese prisoners of war were held in Mongolia.
- The imperial couple visited the POW memorial on July 6.
- The emperor watched a horse race at the Naadam festival.
- This line states nothing to check.
"""


def test_supported_exits_0_and_shows_the_claim_it_rests_on(jpmn: Callable[..., Result]) -> None:
    result = jpmn("verify", "The state visit lasted eight days.")
    assert result.code == 0, result.err
    assert result.out.startswith("supported  The state visit lasted eight days.\n")
    assert "8 days" in result.out and "The Diplomat" in result.out
    assert "[state-visit-8-days]" in result.out


def test_contradicted_shows_both_figures_side_by_side(jpmn: Callable[..., Result]) -> None:
    result = jpmn("verify", "The", "state", "visit", "lasted", "ten", "days.")
    assert result.code == 1
    assert result.out.startswith("contradicted  The state visit lasted ten days.\n")
    assert "stated ten days  \u2260  store 8 days" in result.out


def test_a_date_contradicted_is_set_beside_the_stores_date_not_its_count(jpmn: Callable[..., Result]) -> None:
    """The claim counts 8 days and dates them July 2025: the date is what differs."""
    result = jpmn(
        "verify", "Emperor Naruhito and Empress Masako made an 8-day state visit to Mongolia in June 2025."
    )
    assert result.code == 1
    assert "stated June 2025  \u2260  store July 2025" in result.out


def test_a_year_reckoned_from_an_anniversary_is_shown_as_reckoned(jpmn: Callable[..., Result]) -> None:
    result = jpmn("verify", "World War II ended in 1944.")
    assert result.code == 1
    assert "80th anniversary of the end of World War II in 2025 puts it in 1945, not 1944" in result.out
    assert "stated 1944  \u2260  store 1945" in result.out
    checked = json.loads(jpmn("verify", "--json", "World War II ended in 1945.").out)
    assert checked["verdict"] == "supported"
    assert {item["figure"]["value"] for item in checked["evidence"]} == {"1945"}


def test_disputed_names_every_side(jpmn: Callable[..., Result]) -> None:
    result = jpmn("verify", "13,847 Japanese prisoners of war were held in Mongolia.")
    assert result.code == 1
    assert result.out.startswith("disputed")
    assert "Japanese records: the figure stated" in result.out
    assert "Mongolian records: another figure" in result.out
    assert "store 12,318 prisoners of war" in result.out


def test_attributing_the_figure_makes_it_supported(jpmn: Callable[..., Result]) -> None:
    assert jpmn("verify", "Japanese records count 13,847 POWs.").code == 0


def test_not_found_exits_1(jpmn: Callable[..., Result]) -> None:
    result = jpmn("verify", "The emperor watched a horse race at the Naadam festival.")
    assert result.code == 1
    assert result.out.startswith("not found")


def test_a_fact_checkers_question_checks_the_statement_it_is_about(jpmn: Callable[..., Result]) -> None:
    result = jpmn("verify", "Is it true that the state visit lasted ten days?", "--json")
    assert result.code == 1
    verdict = json.loads(result.out)
    assert (verdict["statement"], verdict["verdict"]) == ("the state visit lasted ten days", "contradicted")
    assert jpmn("verify", "The state visit lasted eight days - correct?").code == 0


def test_any_other_question_is_sent_to_ask_not_given_a_verdict(jpmn: Callable[..., Result]) -> None:
    """A question asserts nothing: read as a statement, "Which department of the Japanese foreign
    ministry does Kanai run?" was "contradicted: the store names Astellas, not Kanai"."""
    result = jpmn("verify", "Which department of the Japanese foreign ministry does Kanai run?")
    assert (result.code, result.out) == (2, "")
    assert "is a question, not a statement to check: ask it with 'jpmn ask'" in result.err
    assert result.err.count("\n") == 1


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # detained since March 2023: the sentencing claim's July 16, 2025 is another date
        ("The Astellas man had been in Chinese custody since March 2023.", "supported"),
        # a day without a year against the store's, also without one
        ("China celebrates September 3 as the anniversary of its victory over Japan.", "supported"),
        # a month alone is a date: the visit was in July
        ("Naruhito and Masako visited Mongolia in August.", "contradicted"),
        ("Naruhito and Masako visited Mongolia in July.", "supported"),
    ],
)
def test_a_date_is_compared_with_the_date_of_the_same_thing(
    jpmn: Callable[..., Result], statement: str, verdict: str
) -> None:
    result = jpmn("verify", statement)
    assert result.out.startswith(verdict), result.out


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # a president for the store's, named with a title the claim writes as "presidency"
        (
            "Naruhito visited Mongolia as crown prince in 2007 under President Natsagiin Bagabandi.",
            "contradicted",
        ),
        # "heads" is the claim's "director"
        ("Nicholas Millward heads the Sasakawa Peace Foundation.", "contradicted"),
        # the claim's speaker is named in many claims and in its article's title, yet another
        # speaker in his place contradicts
        ("Empress Masako said Japan would send a high-level representative to COP17.", "contradicted"),
        # "ADB-backed" names the Asian Development Bank, which the claim names too
        ("The ADB-backed renewable energy project will deliver clean power to 70,000 homes.", "supported"),
    ],
)
def test_a_name_is_weighed_in_its_place_in_the_sentence(
    jpmn: Callable[..., Result], statement: str, verdict: str
) -> None:
    result = jpmn("verify", statement)
    assert result.out.startswith(verdict), result.out


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("Mongolia and Japan celebrated half a century of diplomatic relations in 2022.", "supported"),
        ("Mongolia and Japan celebrated forty years of diplomatic relations in 2022.", "contradicted"),
        # "lay" is the claim's "build", "expanded" its "enlarged"
        ("Shuzo Yamada, 107, helped lay the foundations of the modern Sukhbaatar Square.", "supported"),
        ("Since 2011, the third neighbor policy has expanded Mongolia's foreign policy sphere.", "supported"),
        # the store's first state visit is not his first trip overseas, which was not Mongolia
        ("Naruhito's first overseas trip as emperor was to Mongolia.", "contradicted"),
        # a capital standing for its government is its country; after "in" it is the city
        ("Tokyo and Mongolia set up their Strategic Partnership in 2010.", "supported"),
        # a partnership signed or agreed is one established
        ("The original Japan-Mongolia Strategic Partnership was signed in 2012.", "contradicted"),
        ("Japan and Mongolia agreed their Strategic Partnership in 2010.", "supported"),
        ("Tokyo's Self-Defense Forces have taken part in Mongolia's Khaan Quest exercise.", "supported"),
        ("Lee Jae Myung succeeded Yoon Suk Yeol as Seoul's president.", "supported"),
        (
            "Beijing's Foreign Ministry told Tokyo the ruling would not be as harsh as earlier sentences.",
            "supported",
        ),
        ("In 2022 a Japan-Mongolia-U.S. trilateral meeting took place in Seoul.", "contradicted"),
        # a sea is weighed against the sea the store names, by any of its names, and against no
        # prefecture, country or party ("the Sea of Japan" makes no party of Japan)
        ("The South Korean drills took place in the East China Sea.", "contradicted"),
        ("South Korea held drills near islets in the East Sea.", "supported"),
        ("South Korea held drills near islets in the Sea of Japan.", "supported"),
        (
            "Chinese coast guard vessels intrude into Japanese waters around the Senkaku Islands in the East China Sea.",
            "supported",
        ),
        ("It was the fourth time Naruhito had travelled overseas as emperor.", "contradicted"),
        # a country no claim names, even opening the sentence, where a name is hard to tell: the
        # store gives the moves to Japan ("China's moves to" are moves, not what China will do)
        (
            "China's moves to reconcile and recognize historical atrocities are geopolitically relevant.",
            "contradicted",
        ),
        (
            "Japan's moves to reconcile and recognize historical atrocities are geopolitically relevant.",
            "supported",
        ),
        ("China–Mongolia cooperation will continue with Mongolia's hosting of COP17 in 2026.", "not found"),
        # words opposing the claim's: calmly and angrily, accelerating and halted, includes and
        # leaves out
        ("The Astellas employee appeared to protest angrily as the ruling was read out.", "contradicted"),
        ("China has halted steps to resume imports of Japanese marine products and beef.", "contradicted"),
        ("The Special Strategic Partnership leaves out food security.", "contradicted"),
        ("China has suspended the steps to resume imports of Japanese beef.", "contradicted"),
        ("Japan and Mongolia downgraded their ties to a Special Strategic Partnership.", "contradicted"),
        # "only" and "all of" against a claim saying "some", "one example of", "including"
        (
            "All of China's earlier espionage sentences against Japanese nationals exceeded 10 years.",
            "contradicted",
        ),
        ("China is holding all of its Japanese detainees in Wenzhou.", "contradicted"),
        (
            "All the sentences handed down in previous such cases had exceeded 10 years in prison.",
            "contradicted",
        ),
        ("The Ulaanbaatar Dialogue on Northeast Asia is the only third neighbor mechanism.", "contradicted"),
        ("It was only his third trip overseas as emperor.", "supported"),
        # a capital is in its country, the USSR is the Soviet Union: no other place than the claim's
        (
            "Japanese Prime Minister Kaifu Toshiki visited sites in Ulaanbaatar commemorating the POWs.",
            "not found",
        ),
        ("The Japanese forced laborers were sent to Mongolia from the USSR.", "not found"),
        (
            "Japanese Prime Minister Kaifu Toshiki visited sites in Beijing commemorating the POWs.",
            "contradicted",
        ),
        # two sides compared: the quantity counted picks which disputed figure; a number after
        # "more than" bounds one figure and compares no sides
        ("Japanese records count 63 more deaths than the Mongolian records do.", "supported"),
        ("Japanese records count 100 more deaths than the Mongolian records do.", "contradicted"),
        ("Mongolian records count more deaths than Japanese records.", "contradicted"),
        ("Mongolian records count more than 12,000 Japanese POWs.", "supported"),
        # death tolls, "the Mongolian one", "the two", "by roughly 60"
        ("The Mongolian death toll is 63 lower than the Japanese one.", "supported"),
        ("The Japanese tally of prisoners exceeds the Mongolian one by 1,529.", "supported"),
        ("The Japanese death toll exceeds the Mongolian one by roughly 60.", "supported"),
        ("The Japanese death toll exceeds the Mongolian one by roughly 600.", "contradicted"),
        ("The two death tolls differ by 63.", "supported"),
        ("The two death tolls differ by 100.", "contradicted"),
        ("Both counts of POWs differ by about 1,500.", "supported"),
        ("Mongolian records count fewer than 12,000 Japanese POWs.", "contradicted"),
        # "as of" a date, a state going on is how things stood then; a sum "as of" a date is reached by then
        ("As of October 2025, China was detaining five Japanese nationals.", "contradicted"),
        ("As of July 2025, China was detaining five Japanese nationals.", "supported"),
        ("Japan had invested over $1 billion in Mongolia as of 2024.", "supported"),
        # a year in a name is the name's: King Search 2019 is not the store's King Search 2022
        (
            "Japan's Self-Defense Forces have been instrumental in the field rehearsal King Search 2019.",
            "not found",
        ),
        (
            "Japan's Self-Defense Forces have been instrumental in the field rehearsal King Search 2022.",
            "supported",
        ),
        # another country opening the sentence doing what the claim's opening country does
        ("Japan will host COP17 of the desertification convention next year.", "contradicted"),
        ("Mongolia will host COP17 of the desertification convention next year.", "supported"),
        # who did what to whom at the sentence's opening, the other way round, though a party is
        # named again later ("Japanese nationals")
        (
            "China's government has repeatedly pressed Japan to quickly release detained Japanese nationals.",
            "contradicted",
        ),
        (
            "Japan's government has repeatedly pressed China to quickly release detained Japanese nationals.",
            "supported",
        ),
        ("Japan and Mongolia set up their Strategic Partnership in 2010.", "supported"),
        # who told whom, the other way round ("told" and "notified" relate them alike; the
        # claim's "According to sources familiar with Japan–China ties" names no party)
        ("Japan informed China's foreign ministry in advance about the ruling.", "contradicted"),
        (
            "China's Foreign Ministry told Japan in advance that the ruling would not be as harsh as"
            " sentences in previous cases.",
            "supported",
        ),
        # "three times a year" is a rate, against the store's twice a year
        ("South Korea holds the drills near the islets three times a year.", "contradicted"),
        # the day of the week the store's date falls on says no more than the date
        ("The emperor and empress visited the POW memorial on Tuesday, July 8.", "supported"),
        ("The emperor and empress visited the POW memorial on Monday, July 8.", "contradicted"),
        ("Ishiba was to meet Bessent on Thursday, July 18.", "contradicted"),
        # "about a week" and "just over a week" are eight days; "nearly a week" is not
        ("The state visit lasted about a week.", "supported"),
        ("The state visit lasted a little over a week.", "supported"),
        ("The state visit lasted nearly a week.", "contradicted"),
        # an occasion that "fell" in a year happened then
        ("The visit fell in the year marking 80 years since the end of the Second World War.", "supported"),
        # "the half-century mark" is half a century: 50 years of ties
        (
            "Relations were raised to a Special Strategic Partnership in 2022, the half-century mark of"
            " diplomatic ties.",
            "supported",
        ),
        # a country's capital, written so, is the city; "sped up" is no typo of "shed"
        (
            "A three-way meeting of Japan, Mongolia and the United States was held in the Japanese capital in 2022.",
            "supported",
        ),
        (
            "In 2022 a Japan-Mongolia-U.S. trilateral meeting took place in the Mongolian capital.",
            "contradicted",
        ),
        ("China has sped up the process of restarting imports of Japanese seafood and beef.", "supported"),
        # "less" against the claim's "more"; "more than" bounds a figure and opposes nothing
        ("In recent years Japan has shown less interest in Mongolia's critical minerals.", "contradicted"),
        ("Japan has invested more than $1 billion in Mongolia.", "supported"),
        # a word saying something is not so, itself denied, says the opposite of the claim's word
        (
            "The United States has not slashed financial commitments in the clean energy sector.",
            "contradicted",
        ),
        ("The South Korean drills near the islets were not closed to the public.", "contradicted"),
        ("Japanese media outlets were not unable to enter the courtroom.", "contradicted"),
        # a "not" more than the claim has, though both deny something ("without any progress")
        (
            "Japan's government has not repeatedly pressed China to quickly release detained Japanese"
            " nationals, but the Astellas employee's sentencing day arrived without progress.",
            "contradicted",
        ),
        # "cutting-edge" cuts nothing
        (
            "Millward said the partnership gives Mongolia access to cutting-edge defence technology"
            " without tying it to a military alliance.",
            "supported",
        ),
        # an office of another country than the one every claim naming the person gives
        ("Shigeru Ishiba is Prime Minister of China.", "contradicted"),
        ("Ishiba is China's prime minister.", "contradicted"),
        ("South Korean President Khurelsukh Ukhnaa invited the emperor to Mongolia.", "contradicted"),
        # a title between a person and a country relates them the same way round either way
        ("Shigeru Ishiba is Prime Minister of Japan.", "supported"),
        ("Khurelsukh Ukhnaa is the President of Mongolia.", "supported"),
        ("Xi Jinping is President of China.", "supported"),
        # whose records they are decides, not who cites them; each figure has the attribution of
        # its own clause
        (
            "Japanese records, as cited by Mongolia's Institute of Strategic Studies, count 1,684 deaths"
            " among the Japanese prisoners.",
            "supported",
        ),
        (
            "Mongolia's records indicated 12,318 POWs in total and 1,621 deaths whereas Japanese records"
            " show 13,847 POWs and 1,684 deaths.",
            "supported",
        ),
        (
            "Mongolian records count 1,621 deaths, while 1,684 died according to Japanese records.",
            "supported",
        ),
        (
            "Mongolian records count 1,684 deaths, while 1,621 died according to Japanese records.",
            "contradicted",
        ),
        # a year after a name in the possessive dates the visit: "Naruhito's 2025 visit"
        (
            "Emperor Naruhito's 2019 visit to Mongolia was only his third trip overseas as emperor.",
            "contradicted",
        ),
        # the date a claim says it held on bears out a statement of that date
        ("In July 2025 Donald Trump was President of the United States.", "supported"),
        ("As of July 2025, Battsetseg Batmunkh was Mongolia's Foreign Minister.", "supported"),
        # another speaker, though the claim's is set apart from "said" by a clause between commas
        # ("Prime Minister Shigeru Ishiba, touching on China's ruling ..., said")
        (
            "In a speech in Takaoka, Foreign Minister Takeshi Iwaya said that we must ensure the world"
            " is orderly.",
            "contradicted",
        ),
        # a person the store knows, opening a sentence about what another did: no claim bears it
        # out (the sentence's first word was taken for no name, whatever it named)
        (
            "Ishiba had previously visited Mongolia as a crown prince in 2007 during Enkhbayar"
            " Nambar's presidency.",
            "not found",
        ),
        ("Bessent expressed that Japan would send a high-level representative to COP17.", "not found"),
        (
            "Ishiba's historic state visit to Mongolia envisaged a special partnership between the two"
            " countries at the highest level of government.",
            "not found",
        ),
        (
            "Naruhito had previously visited Mongolia as a crown prince in 2007 during Enkhbayar"
            " Nambar's presidency.",
            "supported",
        ),
        # a country the sentence puts him in that the claim's own sentence does not (every claim's
        # source title names Japan and Mongolia)
        (
            "Naruhito had previously visited Japan as a crown prince in 2007 during Enkhbayar"
            " Nambar's presidency.",
            "not found",
        ),
        # another country doing what the claim has its country do, after an opening clause
        (
            "That said, under its multi-pillared foreign policy, Japan will continue to avoid joining"
            " any blocs.",
            "contradicted",
        ),
        # another country's, where the claim bearing out the rest gives it to its country
        (
            "Mongolia's moves to reconcile and recognize historical atrocities are geopolitically relevant.",
            "contradicted",
        ),
        # the opposite word: shrinking for growing, short for long, stop for continue
        ("There is shrinking concern for ensuring long-term food security.", "contradicted"),
        ("There is growing concern for ensuring short-term food security.", "contradicted"),
        ("There is growing concern for ensuring long-term food security.", "supported"),
        (
            "The Trump administration's tariffs are clear indications of the growing U.S. direct presence"
            " in the region.",
            "contradicted",
        ),
        (
            "Despite the transition in Japanese leadership, the two governments will stop cooperating.",
            "contradicted",
        ),
        # the opposite word before the same word, where both use each word of the pair
        ("This state visit was both less ceremonial and more symbolic.", "contradicted"),
        ("This state visit was both more ceremonial and more symbolic.", "supported"),
        # another country doing it in a clause said ("Naruhito said Japan would send ...")
        ("Naruhito expressed that Mongolia would send a high-level representative to COP17.", "contradicted"),
        ("Naruhito said that Japan would send a high-level representative to COP17.", "supported"),
        # more parties counted than the claim names countries, or than a trilateral meeting has
        (
            "Naruhito's state visit to Mongolia envisaged a special partnership between the three countries"
            " at the highest level of government.",
            "not found",
        ),
        (
            "Naruhito's state visit to Mongolia envisaged a special partnership between the two countries"
            " at the highest level of government.",
            "supported",
        ),
        (
            "In 2022, a Japan-Mongolia-U.S. trilateral meeting took place in Tokyo and all four parties"
            " reiterated their commitment to democracy.",
            "not found",
        ),
        # a day of the week the claim's date does not fall on, with no date beside it: the store
        # has it on another day
        ("Prime Minister Shigeru Ishiba touched on the ruling Thursday.", "contradicted"),
        ("Prime Minister Shigeru Ishiba touched on the ruling Wednesday.", "supported"),
        # a surname in the possessive is the store's person, not another
        (
            "Xi's administration is unlikely to offer concessions on issues it considers non-negotiable.",
            "supported",
        ),
    ],
)
def test_a_statement_in_other_words(jpmn: Callable[..., Result], statement: str, verdict: str) -> None:
    result = jpmn("verify", statement)
    assert result.out.startswith(verdict), result.out


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the source's title is about the Ishiba-Bessent meeting; the claim is about Osaka, where
        # the store has Bessent on Saturday but not meeting Ishiba (the meeting, in Tokyo on
        # Friday, is the one place the store gives: see the test of another place for it)
        ("Bessent met Ishiba on Saturday in Osaka.", "not found"),
        # a related claim's "opening ceremony" does not open a school
        ("The emperor and empress opened a Japanese school in Ulaanbaatar.", "not found"),
        ("Mongolia and Japan fought on the same side in World War Two.", "contradicted"),
        ("Mongolia and Japan were allied in World War II.", "contradicted"),
        # "last year" of what the claim says happens "next year"
        ("Mongolia hosted COP17 of the desertification convention last year.", "contradicted"),
        ("Mongolia and Japan established a Strategic Partnership in 2012.", "contradicted"),
        ("Mongolia and Japan were on opposing sides during the Second World War.", "supported"),
        # the claim's quote says "before" the ties were established
        (
            "Japanese delegates first paid their respects at the cemetery in 1966, after Japan and Mongolia"
            " had established diplomatic ties.",
            "contradicted",
        ),
        # the opposite word of the claim's: weak for strong (no word the claim lacks), decline for
        # rise, closing for opening
        ("Mongolia's ties with Russia and China are weak.", "contradicted"),
        ("Defense spending in East Asia is on the decline, Mongolia and Japan included.", "contradicted"),
        ("The imperial couple attended the closing ceremony of the Naadam festival.", "contradicted"),
        (
            "The Trump administration's tariffs point to an expanding U.S. presence in East Asia.",
            "contradicted",
        ),
        ("Shuzo Yamada was 107 when the emperor visited.", "supported"),
        ("The South Korean training is conducted twice yearly.", "supported"),
        ("Mongolia will keep avoiding joining any blocs.", "supported"),
        # "refuses" says "not" as "refused" does: no opposite of "avoid joining"
        ("Mongolia refuses to join any military bloc.", "not found"),
        # one claim gives June 2025 (the day left open), another dates the drills July 2025
        ("Lee Jae Myung took office on June 4, 2025.", "not found"),
        # a number word opening the sentence is a figure
        (
            "Six Japanese nationals are detained in China, among them an Astellas Pharma employee.",
            "contradicted",
        ),
        # "by 2020" is not gainsaid by the store's "as of 2023", and "by 2025" is borne out by it
        ("Japanese investment in Mongolia topped $1 billion by 2020.", "not found"),
        ("Japanese investment in Mongolia topped $1 billion by 2025.", "supported"),
        # "as emperor" where the claim has him visit as crown prince
        ("Naruhito visited Mongolia as emperor in 2007.", "contradicted"),
        # the one date of a claim holding all the statement says, though in another clause
        ("Naruhito first went to Mongolia in 2005, when he was still crown prince.", "contradicted"),
        ("Naruhito first went to Mongolia in 2007, when he was still crown prince.", "supported"),
        # ... but not a claim holding only everyday words of it ("since", "diplomatic"; the
        # anniversary of the ties dates their year, never their month)
        ("Japan and Mongolia have had diplomatic relations since February 1972.", "not found"),
        # the store's main subject, dated with the words its claims date it with
        ("The emperor's state visit took him to Mongolia in June 2025.", "contradicted"),
        # "their first day" is no count of days, and not what the store says
        (
            "The imperial couple visited the memorial for Japanese prisoners of war on their first day in Mongolia.",
            "not found",
        ),
        # a name put in another place than the claim puts it
        ("The islets are called Dokdo in Japan.", "contradicted"),
        ("The islets are called Takeshima in Japan.", "supported"),
        # ... or after "by" or "to" than the claim does: roles swapped
        ("The islets are controlled by Tokyo and claimed by Seoul.", "contradicted"),
        ("Igawahara Masaru is Mongolia's ambassador to Japan.", "contradicted"),
        ("Japanese forced laborers were sent to Mongolia from the Soviet Union.", "supported"),
        # a month or weekday that is no date the figures read must be the claim's too
        ("The Ulaanbaatar Dialogue is held every June.", "not found"),
        ("Japan lodged its protest with South Korea on Wednesday.", "not found"),
        # another day of the week than the claim's
        ("Ishiba was to meet Bessent on Thursday.", "contradicted"),
        ("Ishiba was to meet Bessent on Friday.", "supported"),
        # an age after the noun of an aside is no part of what it calls them
        (
            "Shuzo Yamada, a former internee aged one hundred and seven, helped lay the foundations of"
            " the modern Sukhbaatar Square.",
            "supported",
        ),
        # someone travelling with the claim's people goes beside them, in the place of none
        ("Nicholas Millward travelled with the imperial couple during the visit.", "not found"),
        ("The first state visit to Mongolia by the emperor was made by Akihito.", "contradicted"),
        # a start or end dated is not the time the claim has things going on
        ("The World Exposition in Osaka opened in April 2025.", "not found"),
        ("China released a detained Japanese national in 2024.", "not found"),
        ("As of July 2024, China was detaining five Japanese nationals.", "contradicted"),
        # ... and another place with it
        ("Ishiba was scheduled to meet Bessent in Osaka on Saturday.", "contradicted"),
        # ... with a date of another event beside it, or given as the day it was said
        ("Ishiba was due to meet Bessent on Tuesday, ahead of the Aug. 1 tariff deadline.", "contradicted"),
        ("The Japanese government said on Thursday that Ishiba would meet Bessent.", "supported"),
        (
            "The Japanese government said on Thursday that Ishiba would meet Bessent on Monday.",
            "contradicted",
        ),
        ("The imperial couple's Mongolian tour ran for eight days.", "supported"),
        ("Reciprocal U.S. tariffs were due on Aug. 1.", "supported"),
        # CO2 is carbon dioxide; cutting is avoiding
        (
            "The clean energy project is expected to cut CO2 emissions by about 82,800 tons per year.",
            "supported",
        ),
        # dying said with a "not"; an attribution with "own"
        ("Of the Japanese prisoners held in Mongolia, 1,684 did not survive.", "disputed"),
        ("1,621 Japanese POWs never made it back home, according to Mongolian records.", "supported"),
        (
            "Over 13,800 Japanese POWs were sent to Mongolia, and 1,684 of them never returned home.",
            "disputed",
        ),
        ("Mongolia's own records put Japanese POW deaths at 1,684.", "contradicted"),
        # an adverb says how, not what: "formally" missing from the claim does not sink it
        (
            "The partnership is formally called the Special Strategic Partnership for Peace and Prosperity.",
            "supported",
        ),
        # another office for the claim's minister; larger against "similar in scale"
        ("Takeshi Iwaya is Japan's defense minister.", "contradicted"),
        ("The South Korean training was larger than in previous years.", "contradicted"),
        # "only": the claims must say no one else did; one that names someone else too contradicts
        ("Only the emperor attended the Naadam opening ceremony.", "not found"),
        ("The official POW memorial was built by the Japanese government alone.", "contradicted"),
        ("Only Naruhito visited Mongolia in July 2025.", "contradicted"),
        # a word two edits from a store word is a word of its own: "laughed" is no "launched"
        ("The emperor laughed at the Naadam opening ceremony.", "not found"),
        # what a claim foretells ("will, upon successful completion, deliver") is not done yet
        (
            "The Upscaling Renewable Energy Sector Project now supplies clean electricity to 70,000 households.",
            "not found",
        ),
        (
            "The renewable energy project has already avoided 82,789 tons of carbon dioxide emissions.",
            "not found",
        ),
        ("Japan has already sent a high-level representative to COP17 in Mongolia.", "not found"),
        # who the statement says said it must be whom the store has it from
        (
            "The Japanese government stated that U.S. tariffs show a shrinking American presence in the region.",
            "not found",
        ),
        (
            "Tokyo has officially said it is strengthening ties with Mongolia because of the shrinking U.S. presence.",
            "not found",
        ),
        ("Ishiba said in Takaoka that China's judicial process lacks transparency.", "not found"),
        # "never" says it is not so, which the store's earlier visit contradicts; it is no word to hold
        ("Naruhito had never set foot in Mongolia before becoming emperor.", "contradicted"),
        # a city put in another province than the one the claim's quote gives it
        ("China is holding Japanese nationals in places including Wenzhou, Hainan Province.", "contradicted"),
        # a time of day is a fact a question's "good morning" is not
        (
            "On the morning of July 8, the emperor and empress visited the memorial for Japanese POWs.",
            "not found",
        ),
        # "every month" is twelve a year; the store's drills are biannual
        ("South Korea holds drills near the islets every month.", "contradicted"),
        ("South Korea holds drills near the islets monthly.", "contradicted"),
        # a capital's possessive is its country's: the third neighbor policy is Mongolia's
        (
            "Tokyo's 'third neighbor' foreign policy supports Japan's export access to the Indo-Pacific.",
            "contradicted",
        ),
        # the names a thing has in each country, paired the other way round
        (
            "In Japan the islets are called Dokdo, and in South Korea they are called Takeshima.",
            "contradicted",
        ),
        # another country's embassy, or the embassy in the other country
        ("The Chinese Embassy in Japan said the man listened calmly to the ruling.", "contradicted"),
        ("Kanai delivered Japan's protest to the Japanese Embassy in Seoul.", "contradicted"),
        # "handed down" the verdict is giving it: the day is the store's Wednesday
        ("The Chinese court handed down the spying verdict on a Monday.", "contradicted"),
        # "during President X's term" is "during the presidency of X": the store names Enkhbayar
        ("Naruhito's earlier visit took place during President Elbegdorj's term.", "contradicted"),
        # two people the other way round about the same deed
        ("Yoon Suk Yeol took office last month, succeeding Lee Jae Myung.", "contradicted"),
        # a plan is what will be: the store says Mongolia will avoid joining any bloc
        ("Mongolia plans to join a military alliance.", "contradicted"),
        ("Mongolia is moving to join a military alliance with Japan.", "contradicted"),
        # "all of" must be borne out as "only" must
        ("All of the Japanese forced laborers were sent to Mongolia from the Soviet Union.", "not found"),
        # the claim most about it says "had not yet", whatever another claim dated 1966 says
        ("Japan and Mongolia had already established diplomatic relations by 1966.", "contradicted"),
        # an everyday word the store never uses adds what no claim says
        ("Shuzo Yamada helped design the foundations of the modern Sukhbaatar Square.", "not found"),
        (
            "Ishiba will meet Bessent on Friday afternoon together with Japan's chief tariff negotiator.",
            "not found",
        ),
        # a name added to the claim's, and initials that are no person, replace no one
        ("Ishiba met Bessent and Trump in Tokyo on Friday.", "not found"),
        ("Shuzo Yamada, 107, was a prisoner in Siberia before Mongolia.", "not found"),
        # the opposite of the claim's verb, with words the store never uses around it
        ("Japan welcomed South Korea's military drills near the islets.", "contradicted"),
        ("The Astellas employee was acquitted by a Chinese court.", "contradicted"),
        # the opposite of the claim's verb
        ("The imperial couple skipped the opening ceremony of the Naadam festival.", "contradicted"),
        # a destination is a trip
        ("Naruhito's third foreign destination since he became emperor was Mongolia.", "supported"),
        # a name the claim lists as another name for what it says, and a related claim states
        (
            "Japan lodged a strong protest with South Korea over military drills near the Takeshima islets.",
            "supported",
        ),
    ],
)
def test_what_a_claim_does_not_say_is_not_borne_out(
    jpmn: Callable[..., Result], statement: str, verdict: str
) -> None:
    result = jpmn("verify", statement)
    assert result.out.startswith(verdict), result.out


def test_json_for_one_statement(jpmn: Callable[..., Result]) -> None:
    result = jpmn("verify", "The state visit lasted ten days.", "--json")
    assert result.code == 1
    record = json.loads(result.out)
    assert list(record)[:4] == ["statement", "verdict", "figures", "evidence"]
    assert record["verdict"] == "contradicted"
    assert record["figures"] == [{"text": "ten days", "value": 10, "unit": "days"}]
    claim = record["evidence"][0]
    assert (claim["id"], claim["value"], claim["unit"]) == ("state-visit-8-days", 8, "days")
    assert claim["differs"] is True and claim["stated"]["value"] == 10
    assert claim["quote"] and claim["source"]["outlet"] == "The Diplomat"


def test_a_draft_as_a_table_with_a_summary(jpmn: Callable[..., Result], tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    result = jpmn("verify", "--file", str(draft))
    assert result.code == 1  # the worst sentence decides
    lines = result.out.splitlines()
    assert lines[0].split() == ["line", "verdict", "sentence", "rests", "on"]
    rows = [line.split()[:2] for line in lines[2:-1] if line[:1].isdigit()]
    assert rows == [
        ["3", "supported"],
        ["3", "supported"],
        ["6", "disputed"],
        ["7", "contradicted"],
        ["8", "not"],
    ]
    assert lines[-1] == "2 supported, 1 contradicted, 1 disputed, 1 not found"


def test_a_draft_from_stdin_as_jsonl(jpmn: Callable[..., Result]) -> None:
    result = jpmn("verify", "--file", "-", "--jsonl", stdin=DRAFT)
    records = [json.loads(line) for line in result.out.splitlines()]
    assert [(r["line"], r["verdict"]) for r in records] == [
        (3, "supported"),
        (3, "supported"),
        (6, "disputed"),
        (7, "contradicted"),
        (8, "not_found"),
    ]
    assert records[3]["evidence"][0]["differs"] is True


def test_a_fully_supported_draft_exits_0(jpmn: Callable[..., Result]) -> None:
    result = jpmn("verify", "--file", "-", "--json", stdin="Japanese records count 13,847 POWs.\n")
    assert result.code == 0
    assert [r["verdict"] for r in json.loads(result.out)] == ["supported"]


def test_a_draft_with_nothing_to_check(jpmn: Callable[..., Result]) -> None:
    result = jpmn("verify", "--file", "-", "--json", stdin="Nothing here to check.\n")
    assert (result.code, result.out) == (1, "[]\n")
    assert "no sentence of - has a figure" in result.err


def test_a_statement_of_two_sentences_is_judged_sentence_by_sentence(jpmn: Callable[..., Result]) -> None:
    """Two facts in one argument were judged as one: "eight days" was set against the prison
    term of the second sentence, and the true first sentence read as contradicted."""
    result = jpmn(
        "verify", "The state visit lasted eight days. A Japanese court sentenced the Astellas employee."
    )
    assert result.code == 1  # the worst sentence decides, as for a draft
    rows = [line.split()[:2] for line in result.out.splitlines()[2:-1] if line[:1].isdigit()]
    assert rows == [["1", "supported"], ["1", "contradicted"]]
    assert result.out.splitlines()[-1] == "1 supported, 1 contradicted, 0 disputed, 0 not found"
    # the same as two arguments, and as a draft for a script
    apart = jpmn(
        "verify",
        "The state visit lasted eight days.",
        "A Japanese court sentenced the Astellas employee.",
        "--json",
    )
    assert [(r["statement"], r["verdict"]) for r in json.loads(apart.out)] == [
        ("The state visit lasted eight days.", "supported"),
        ("A Japanese court sentenced the Astellas employee.", "contradicted"),
    ]
    # one sentence is one verdict, as before ("U.S." ends no sentence); the store has the meeting
    # as it was to be ("was to meet"), and a "met" would say more than it does
    one = jpmn("verify", "The U.S. Treasury Secretary was to meet Ishiba.", "--json")
    assert json.loads(one.out)["verdict"] == "supported"
    nothing = jpmn("verify", "Nothing here. Nothing there.")
    assert nothing.code == 1 and "no sentence of the statement has a figure" in nothing.err


def test_errors_exit_2_in_one_line(jpmn: Callable[..., Result], tmp_path: Path) -> None:
    missing = jpmn("verify", "--file", str(tmp_path / "nope.md"))
    assert missing.code == 2 and missing.out == ""
    assert missing.err.startswith(f"jpmn: {tmp_path / 'nope.md'}: ") and missing.err.count("\n") == 1
    binary = tmp_path / "draft.bin"
    binary.write_bytes(b"\xff\xfe\x00bad")
    result = jpmn("verify", "--file", str(binary))
    assert (result.code, result.err) == (2, f"jpmn: {binary}: not UTF-8 text (byte 1)\n")
    assert jpmn("verify").code == 2
    assert jpmn("verify", "a statement", "--file", "-").code == 2
    # a draft over a megabyte is refused, and no more of it is read (a device never ends)
    long = jpmn("verify", "--file", "-", stdin="The state visit lasted eight days. " * 40_000)
    assert (long.code, long.err) == (2, "jpmn: stdin: a draft is at most 1 MB: check it in parts\n")
    if Path("/dev/zero").exists():
        endless = jpmn("verify", "--file", "/dev/zero")
        assert endless.err == "jpmn: /dev/zero: a draft is at most 1 MB: check it in parts\n"
    assert jpmn("verify", "x", "--json", "--jsonl").code == 2


def test_statement_text_is_never_markup(jpmn: Callable[..., Result]) -> None:
    result = jpmn("verify", "[bold]13,847[/bold] POWs \x1b[31m were held.")
    assert "[bold]13,847[/bold]" in result.out
    assert "\x1b" not in result.out


def test_the_installed_command(sh: Run, tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    result = sh("verify", "--file", str(draft), "--json")
    assert result.returncode == 1, result.stderr
    assert [r["verdict"] for r in json.loads(result.stdout)][-1] == "not_found"
    piped = sh("verify", "--file", "-", input="The state visit lasted eight days.\n")
    assert piped.returncode == 0, piped.stderr
    assert "supported" in piped.stdout


@pytest.mark.parametrize(
    "statement",
    [
        # "Japanese POWs" is a kind of people, which the claim calls forced laborers
        "The Japanese POWs in Mongolia were sent from the Soviet Union, particularly Siberia.",
        # "first" from one claim, the rest from the claim the store links to it
        "The drills were the first since President Lee Jae Myung took office, succeeding Yoon Suk Yeol.",
        # "Former" opens the sentence; it names no one the store lacks
        "Former prime ministers Kaifu, Koizumi and Abe have all visited sites honoring the Japanese POWs.",
        # staying out of blocs is avoiding joining them, not the opposite
        "Under its multi-pillared foreign policy, Mongolia will keep staying out of blocs.",
        # "three-way" says what kind of meeting, not how many
        "A three-way meeting of Japan, Mongolia and the United States was held in Tokyo in 2022.",
        # typos of the store's words are read as those words
        "the empreror and empress went to the Naadam festival opening cermony",
        # the speaker as the claim names or cites them
        "Mongolia's top diplomat told The Diplomat the visit would be written in golden letters in the history of"
        " relations.",
        "According to the Yomiuri Shimbun, China's Foreign Ministry told Japan the sentence would not be as harsh as"
        " in earlier cases.",
        "'We must ensure the world is orderly,' Ishiba said after the Astellas ruling.",
        # a typo in a figure's unit is the store's word too; "eighty" is no typo of "eight"
        "The renewable energy project will power 70,000 housholds.",
        "The trip happened in the year marking eighty years since the end of WWII.",
        # "sees X as" holds X to be; "suffered 1,684 deaths" counts the deaths
        "Ulaanbaatar sees Japan as a 'third neighbor'.",
        "According to Japanese records, Japan's POWs in Mongolia suffered close to 1,700 deaths.",
        # "set foot in" is visiting
        "Naruhito had set foot in Mongolia before becoming emperor.",
        # the president's term as the store's presidency; a verdict handed down on its day
        "The Chinese court handed down the spying verdict on a Wednesday.",
        "Naruhito's earlier visit took place during President Enkhbayar's term.",
        # the names as the store pairs them
        "In Japan the islets are called Takeshima, and in South Korea they are called Dokdo.",
        # the embassy as the store names it
        "Kanai told the South Korean Embassy in Tokyo the drills were totally unacceptable.",
        # a forecast repeated as one
        "The renewable energy project will avoid 82,789 tons of carbon dioxide emissions a year once completed.",
        "Japan will send a high-level representative to COP17 in Mongolia.",
        # preventing emissions is avoiding them (once read as the opposite)
        "The renewable energy project is meant to prevent roughly 83,000 tons of CO2 emissions a year.",
        # everyday phrasings: "back when" is when, "marked the first" is was the first
        "Naruhito had already been to Mongolia in 2007, back when he was still crown prince.",
        "The emperor's trip marked the first state visit to Mongolia by a Japanese emperor.",
        # the store's "first state visit" says so of a state visit (not of any visit: see below),
        # wherever the statement says "state visit", and of the first emperor to make one
        "This was Empress Masako's first state visit to Mongolia.",
        "Emperor Naruhito's state visit to Mongolia was the first by a Japanese emperor.",
        "Naruhito was the first Japanese emperor to visit Mongolia.",
        # "the formal name of X is Y" says X is Y; a claim's "not only ... but" denies nothing
        "The formal name of the upgraded partnership is the 'Special Strategic Partnership for Peace and"
        " Prosperity'.",
        "The 2022 upgrade of the partnership promised closer cooperation in East Asia and beyond.",
        # the way home is no fact of the stay; "keeps climbing" is "continues to rise"
        "The emperor and empress stayed eight days in Mongolia before flying home.",
        "Defense spending in East Asia, including in Mongolia and Japan, keeps climbing.",
        # "event" says what kind of thing the Dialogue is, nothing more
        "The Ulaanbaatar Dialogue on Northeast Asia is a yearly event.",
        # to protest against something is to protest it
        "Japan protested against the South Korean drills near the islets.",
    ],
)
def test_paraphrases_a_fact_checker_writes_are_supported(jpmn: Callable[..., Result], statement: str) -> None:
    result = jpmn("verify", statement)
    assert result.code == 0, result.out
    assert result.out.startswith("supported  ")


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the claim dates the drills, not when Lee took office, which it leaves undated
        ("Lee Jae Myung took office on June 4.", "not found"),
        # that Kaifu visited is stated; that he was the first to is not
        ("Kaifu Toshiki was the first Japanese prime minister to visit Mongolia.", "not found"),
        # the store says "first state visit": of any visit at all, it says nothing
        ("This was Empress Masako's first-ever visit to Mongolia.", "not found"),
        # "Battsetseg said the emperor's 2025 state visit ...": 2025 dates the visit, not her office
        ("Battsetseg Batmunkh was appointed foreign minister in 2021.", "not found"),
        # "since 2021": that he was president in July 2025 does not gainsay it, nor bear it out
        ("Khurelsukh Ukhnaa has been president of Mongolia since 2021.", "not found"),
        ("Khurelsukh Ukhnaa became Mongolia's president in 2020.", "not found"),
        # ... but the claim's own date of taking office does
        ("Lee Jae Myung took office as South Korea's president in 2024.", "contradicted"),
        # an age after a long aside is still an age
        ("Shuzo Yamada, the former internee who commented on the visit, is 97.", "contradicted"),
        # "every two years" is how often, against the store's "annual"
        ("The Ulaanbaatar Dialogue on Northeast Asia is held every two years.", "contradicted"),
    ],
)
def test_what_a_claim_does_not_say_is_not_read_into_it(
    jpmn: Callable[..., Result], statement: str, verdict: str
) -> None:
    result = jpmn("verify", statement)
    assert result.code == 1
    assert result.out.startswith(f"{verdict}  ")


def test_an_office_is_weighed_with_its_country(jpmn: Callable[..., Result]) -> None:
    """Japan's foreign minister is set against Japan's, not against Mongolia's."""
    result = jpmn("verify", "Igawahara is Japan's foreign minister")
    assert result.code == 1
    assert result.out.startswith("contradicted  ")
    assert "Takeshi Iwaya, not Igawahara" in result.out
    assert "Battsetseg" not in result.out


def test_a_title_the_store_gives_otherwise_contradicts_whatever_else_is_said(
    jpmn: Callable[..., Result],
) -> None:
    result = jpmn("verify", "Mongolian Defence Minister Battsetseg Batmunkh praised the emperor's visit.")
    assert result.code == 1
    assert result.out.startswith("contradicted  ")
    assert "the store gives Battsetseg Batmunkh as Foreign Minister, not Defense Minister" in result.out


def test_another_title_for_the_same_person_is_contradicted(jpmn: Callable[..., Result]) -> None:
    result = jpmn(
        "verify",
        "The emperor's state visit was at the invitation of Mongolian Prime Minister Khurelsukh Ukhnaa.",
    )
    assert result.code == 1
    assert result.out.startswith("contradicted  ")
    assert jpmn("verify", "The visit was at the invitation of President Khurelsukh Ukhnaa.").code == 0


@pytest.mark.parametrize(
    ("statement", "verdict", "worked"),
    [
        # the difference between the sides, by how much, or which is larger
        (
            "Japan's own records count 63 more POW deaths than the Mongolian records do.",
            "supported",
            "Japanese records 1,684 against Mongolian records 1,621: 63 more",
        ),
        (
            "Japan's tally of POWs sent to Mongolia is roughly 1,500 higher than Mongolia's tally.",
            "supported",
            "1,529 more",
        ),
        (
            "Japan's count of POWs in Mongolia is about 12% higher than the Mongolian count.",
            "supported",
            "12.4% more",
        ),
        ("Japan's POW figure is roughly 50% higher than Mongolia's.", "contradicted", "12.4% more"),
        ("Mongolian records show more POW deaths than the Japanese records do.", "contradicted", "63 less"),
        (
            "Japanese records count fewer POWs in Mongolia than Mongolian records do.",
            "contradicted",
            "1,529 more",
        ),
        # one side's deaths as a share of its own total; every side when none is named
        (
            "By Mongolian records, roughly 13% of the Japanese POWs held in Mongolia died.",
            "supported",
            "13.2%",
        ),
        ("Japanese records show around a quarter of the POWs in Mongolia died.", "contradicted", "12.2%"),
        ("Nearly half of the Japanese POWs sent to Mongolia died there.", "contradicted", "13.2%"),
        ("About 12% of the Japanese POWs sent to Mongolia died.", "disputed", "12.2%"),
    ],
)
def test_a_relation_between_the_sides_of_a_disputed_figure_is_worked_out(
    statement: str, verdict: str, worked: str, jpmn: Callable[..., Result]
) -> None:
    """No claim states "63 more deaths" or "about 13% died": the two claims' figures bear it out."""
    checked = json.loads(jpmn("verify", statement, "--json").out)
    assert checked["verdict"] == verdict, checked["reason"]
    assert worked in checked["reason"]
    assert len(checked["evidence"]) >= 2  # both sides, each with who says it
    assert all(item["attributed_to"] for item in checked["evidence"])


@pytest.mark.parametrize(
    "statement",
    [
        # a part of the quantity the store does not break down
        "Mongolian records count more deaths from cold than Japanese records do.",
        "Japanese records count more POW deaths from disease than Mongolian records.",
        "Around 15% of the Japanese POWs held in Mongolia died in the first winter.",
        # a share of something else
        "About 10% of the POWs who died were never identified.",
    ],
)
def test_a_relation_about_what_the_store_does_not_count_is_not_found(
    statement: str, jpmn: Callable[..., Result]
) -> None:
    assert json.loads(jpmn("verify", statement, "--json").out)["verdict"] == "not_found"


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        (
            "Whichever country's records are used, more than 1,600 Japanese prisoners died in Mongolia.",
            "supported",
        ),
        ("By either count, fewer than 1,700 Japanese POWs died in Mongolia.", "supported"),
        # said of every source, a figure only one of them bears out is false, not disputed
        ("Whichever records you use, more than 1,650 Japanese prisoners died in Mongolia.", "contradicted"),
        ("More than 1,650 Japanese prisoners died in Mongolia.", "disputed"),
    ],
)
def test_a_figure_said_of_every_source_must_hold_for_each(
    statement: str, verdict: str, jpmn: Callable[..., Result]
) -> None:
    checked = json.loads(jpmn("verify", statement, "--json").out)
    assert checked["verdict"] == verdict, checked["reason"]
    if verdict == "contradicted":
        assert [item["attributed_to"] for item in checked["evidence"]] == ["Mongolian records"]


def test_a_start_date_is_set_against_the_claims_start_date(jpmn: Callable[..., Result]) -> None:
    result = jpmn("verify", "The Astellas employee had been detained since March 2021.")
    assert result.out.startswith("contradicted  ")
    assert "the store gives March 2023, not March 2021" in result.out


def test_a_rank_counted_by_another_noun_is_compared(jpmn: Callable[..., Result]) -> None:
    """ "the second Japanese emperor to make a state visit" ranks the claim's "first state visit"."""
    result = jpmn(
        "verify", "Naruhito was only the second Japanese emperor ever to make a state visit to Mongolia."
    )
    assert result.out.startswith("contradicted  ")
    assert "first state visit" in result.out
    assert (
        jpmn("verify", "Naruhito was the first Japanese emperor to make a state visit to Mongolia.").code == 0
    )


def test_took_place_says_no_more_than_its_date(jpmn: Callable[..., Result]) -> None:
    result = jpmn("verify", "The emperor's state visit to Mongolia took place in June.")
    assert result.out.startswith("contradicted  ")
    assert "the store gives July 2025, not June\n" in result.out


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("The emperor and empress dropped in on the Shine Mongol school.", "supported"),
        ("During the state visit the imperial couple stopped by Shine Mongol High School.", "supported"),
        # "the two sides" are whichever two the claim names
        ("The two sides upgraded their ties to a special strategic partnership in 2022.", "supported"),
        ("Both countries upgraded their ties to a special strategic partnership in 2021.", "contradicted"),
    ],
)
def test_everyday_words_for_a_visit_and_for_the_two_countries(
    jpmn: Callable[..., Result], statement: str, verdict: str
) -> None:
    assert jpmn("verify", statement).out.startswith(f"{verdict}  ")


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # another place they were sent from than the claim's
        ("The Japanese forced laborers in Mongolia had been sent there from China.", "contradicted"),
        # a second "from" naming what the claim names too
        (
            "The Japanese forced labourers were transferred to Mongolia from the Soviet Union, mostly from"
            " Siberia.",
            "supported",
        ),
    ],
)
def test_where_someone_was_sent_from(jpmn: Callable[..., Result], statement: str, verdict: str) -> None:
    assert jpmn("verify", statement).out.startswith(f"{verdict}  ")


def test_about_a_rounded_figure_takes_one_side_of_a_dispute(jpmn: Callable[..., Result]) -> None:
    result = jpmn("verify", "About 1.6 thousand Japanese POWs died in Mongolia.")
    assert result.out.startswith("disputed  ")


@pytest.mark.parametrize(
    "statement",
    [
        # meeting someone, or visiting somewhere, excludes no one else the store names
        "Bessent also met Emperor Naruhito while he was in Japan.",
        "Naruhito held talks with Mongolian Prime Minister Oyun-Erdene Luvsannamsrai.",
        # the one sent is not the one who said so ("Emperor Naruhito said Japan would send ...")
        "Japan will send Foreign Minister Iwaya to COP17 in Mongolia.",
    ],
)
def test_another_name_in_another_role_is_not_a_contradiction(
    jpmn: Callable[..., Result], statement: str
) -> None:
    assert jpmn("verify", statement).out.startswith("not found  ")


@pytest.mark.parametrize(
    "statement",
    [
        "Empress Masako said Japan would send a high-level representative to COP17.",
        # every speaking verb marks the speaker, as every one ends the clause a date is read in
        "Empress Masako announced that Japan would send a high-level representative to COP17.",
        "Empress Masako argues Japan will send a high-level representative to COP17.",
    ],
)
def test_another_speaker_still_contradicts(jpmn: Callable[..., Result], statement: str) -> None:
    result = jpmn("verify", statement)
    assert "the store names Naruhito, not Masako" in result.out


def test_a_statement_two_claims_bear_out_says_so(jpmn: Callable[..., Result]) -> None:
    """His age from one claim, the square from another: the reason names both, not one claim."""
    result = jpmn("verify", "Shuzo Yamada, 107, helped build Sukhbaatar Square.")
    assert result.out.startswith("supported  ")
    assert "the claims state it between them" in result.out


@pytest.mark.parametrize(
    ("statement", "reason"),
    [
        ("Takaoka lies in Niigata Prefecture.", "the store gives Toyama Prefecture, not Niigata Prefecture"),
        (
            "The Senkaku Islands are in Kagoshima Prefecture.",
            "the store gives Okinawa Prefecture, not Kagoshima Prefecture",
        ),
    ],
)
def test_a_place_put_in_another_prefecture_is_contradicted(
    jpmn: Callable[..., Result], statement: str, reason: str
) -> None:
    """The store writes "Takaoka, Toyama Prefecture" and "the Senkaku Islands in Okinawa Prefecture"."""
    result = jpmn("verify", statement)
    assert result.out.startswith("contradicted  ")
    assert reason in result.out
    assert jpmn("verify", "Takaoka is in Toyama Prefecture.").code == 0


def test_the_stores_figure_is_given_as_its_source_writes_it(jpmn: Callable[..., Result]) -> None:
    """As ``ask`` shows it: with its thousands separated and its qualifier, not the bare value."""
    result = jpmn("verify", "Japanese records put the POW death toll in Mongolia at about 900.")
    assert "the store gives 1,684 deaths, not about 900\n" in result.out
    result = jpmn("verify", "As of 2023, Japan had invested roughly $500 million in Mongolia.")
    assert "the store gives over $1 billion, not roughly $500 million\n" in result.out


@pytest.mark.parametrize(
    ("statement", "reason"),
    [
        (
            "Naruhito visited Mongolia at the invitation of Prime Minister Oyun-Erdene Luvsannamsrai.",
            "the store names Khurelsukh Ukhnaa, not Oyun-Erdene Luvsannamsrai",  # not "Mongolian Khurelsukh"
        ),
        (
            "Emperor Akihito was the first Japanese emperor to make a state visit to Mongolia.",
            "the store names Naruhito, not Akihito",  # not "Naruhito's"
        ),
    ],
)
def test_a_name_in_a_reason_is_the_name_alone(
    jpmn: Callable[..., Result], statement: str, reason: str
) -> None:
    result = jpmn("verify", statement)
    assert result.out.startswith("contradicted  ")
    assert f"{reason}\n" in result.out


@pytest.mark.parametrize(
    ("statement", "reason"),
    [
        ("The partnership plan runs from 2022 to 2035.", "the store gives 2031, not 2035"),
        (
            "The Astellas employee was detained in October 2023.",
            "the store gives March 2023, not October 2023",
        ),
    ],
)
def test_the_claims_figure_nearest_the_stated_one_is_set_against_it(
    jpmn: Callable[..., Result], statement: str, reason: str
) -> None:
    """The plan runs 2022-2031: 2035 is set against its end; the employee, sentenced in July 2025,
    was detained in March 2023: October 2023 is set against that."""
    result = jpmn("verify", statement)
    assert result.out.startswith("contradicted  ")
    assert f"{reason}\n" in result.out


def test_of_a_claims_provinces_the_one_beside_the_same_city_is_named(jpmn: Callable[..., Result]) -> None:
    """The store holds detainees in "Wenzhou (Zhejiang Province), Sanya (Hainan Province) and
    Changsha (Hunan Province)": Changsha's province is Hunan, whichever comes first."""
    result = jpmn("verify", "A Japanese detainee is being held in Changsha, Hubei Province.")
    assert result.out.startswith("contradicted  ")
    assert "Hunan Province, not Hubei Province" in result.out


@pytest.mark.parametrize(
    "statement",
    [
        "The convicted Japanese man was an employee of Takeda Pharmaceutical.",
        # "worked for" is "an employee of"
        "The convicted Japanese man worked for Takeda Pharmaceutical.",
    ],
)
def test_another_company_in_the_companys_place(jpmn: Callable[..., Result], statement: str) -> None:
    """A pharmaceutical company is set against the claim's company, not against "a Chinese court"."""
    checked = json.loads(jpmn("verify", statement, "--json").out)
    assert checked["verdict"] == "contradicted"
    assert checked["reason"].startswith("the store names Astellas Pharma")


@pytest.mark.parametrize(
    ("statement", "reason"),
    [
        (
            "A Japanese court sentenced the Astellas employee.",
            "the store gives Chinese court, not Japanese court",
        ),
        (
            "Japan protested the Chinese drills near the islets.",
            "the store gives South Korean drills, not Chinese drills",
        ),
        # as people type it
        (
            "a japanese court sentenced the astellas employee",
            "the store gives Chinese court, not japanese court",
        ),
    ],
)
def test_a_thing_given_another_country_is_contradicted(
    jpmn: Callable[..., Result], statement: str, reason: str
) -> None:
    """The store has a Chinese court sentence a Japanese man: the man's "Japanese" does not bear
    out a Japanese court."""
    result = jpmn("verify", statement)
    assert result.out.startswith("contradicted  ")
    assert reason in result.out


@pytest.mark.parametrize(
    "statement",
    [
        # Shanghai may be where the store's Chinese court sat: the store does not say
        "The Astellas employee was sentenced by a court in Shanghai.",
    ],
)
def test_a_place_is_no_rival_to_the_country_it_may_lie_in(
    jpmn: Callable[..., Result], statement: str
) -> None:
    assert jpmn("verify", statement).out.startswith("not found  ")


def test_a_country_the_statement_also_names_is_no_rival(jpmn: Callable[..., Result]) -> None:
    """ "Japanese troops help train Mongolian forces": the store's forces are Japanese, and so are
    the statement's troops."""
    statement = "Japanese troops help train Mongolian forces in military medicine, engineering and emergency evacuation."
    assert jpmn("verify", statement).out.startswith("supported  ")


@pytest.mark.parametrize(
    "statement",
    [
        "Shigeru Ishiba was to meet Scott Bessent in Kyoto on July 18, 2025.",
        "Ishiba was due to meet the U.S. Treasury Secretary in Sapporo.",
        # a place the store knows for something else: Bessent's day at the Osaka expo
        "Ishiba and Bessent were to meet in Osaka.",
    ],
)
def test_another_place_for_the_one_place_the_claim_gives_is_contradicted(
    jpmn: Callable[..., Result], statement: str
) -> None:
    """The store's meeting is at the prime minister's office in Tokyo, and it places nothing else
    there: a meeting in another city is another place, however many words lie between."""
    result = jpmn("verify", statement)
    assert result.out.startswith("contradicted  ")
    assert "the store names Tokyo, not " in result.out
    assert jpmn("verify", "Ishiba was to meet Bessent in Tokyo.").out.startswith("supported  ")


def test_records_said_to_agree_are_contradicted(jpmn: Callable[..., Result]) -> None:
    """The store says the two sides' records disagree on how many POWs died."""
    result = jpmn(
        "verify", "Mongolian and Japanese records agree on how many Japanese POWs died in Mongolia."
    )
    assert result.out.startswith("contradicted  ")
    disagreeing = "Mongolian and Japanese records disagree on how many Japanese POWs died in Mongolia."
    assert jpmn("verify", disagreeing).out.startswith("supported  ")


def test_another_host_or_route_is_said_in_the_reason(jpmn: Callable[..., Result]) -> None:
    """The emperor and empress came at the invitation of President Khurelsukh Ukhnaa; the forced
    laborers were sent to Mongolia from Siberia."""
    host = jpmn("verify", "The emperor visited Mongolia at the invitation of Mongolia's head of government.")
    assert host.out.startswith("contradicted  ")
    assert "the store has it at the invitation of Mongolian President Khurelsukh Ukhnaa" in host.out
    route = jpmn(
        "verify",
        "According to the National Archives of Mongolia, Japanese forced laborers were moved out of Mongolia to Siberia.",
    )
    assert (
        route.out.startswith("contradicted  ") and "the store has the route the other way round" in route.out
    )


def test_a_name_given_another_country_is_named_whole(jpmn: Callable[..., Result]) -> None:
    """Japan's Self-Defense Forces take part in Mongolia's Khaan Quest: the reason names the
    exercise whole, not its first word."""
    result = jpmn("verify", "Khaan Quest is a Japanese military exercise.")
    assert result.out.startswith("contradicted  ")
    assert "the store gives Mongolia's Khaan Quest, not Japanese Khaan Quest" in result.out


def test_a_thing_given_another_country_in_the_possessive_is_contradicted(jpmn: Callable[..., Result]) -> None:
    """ "Japan's Institute of Strategic Studies" is not the store's Mongolia's."""
    result = jpmn("verify", "The POW figures were cited by Japan's Institute of Strategic Studies.")
    assert result.out.startswith("contradicted  ")
    assert "the store gives Mongolia's Institute, not Japan's Institute" in result.out
    right = "The POW figures were cited by Mongolia's Institute of Strategic Studies."
    assert jpmn("verify", right).out.startswith("supported  ")


def test_the_difference_between_the_sides_is_worked_out(jpmn: Callable[..., Result]) -> None:
    """ "Differ by 63", "exceeds ... by roughly 1,500": the arithmetic on both sides' figures."""
    result = jpmn("verify", "The Mongolian and Japanese death tolls for the internees differ by sixty-three.")
    assert result.out.startswith("supported  ")
    assert "63 apart" in result.out
    result = jpmn(
        "verify", "Japan's count of POWs in Mongolia exceeds Mongolia's own count by roughly 1,500."
    )
    assert result.out.startswith("supported  ")
    result = jpmn("verify", "Japan's count of POWs in Mongolia exceeds Mongolia's own count by 2,500.")
    assert result.out.startswith("contradicted  ")


@pytest.mark.parametrize(
    ("statement", "reason"),
    [
        ("Ishiba was to meet Bessent on Saturday.", "the store gives Friday, not Saturday"),
        (
            "Scott Bessent is the US commerce secretary.",
            "the store gives Treasury Secretary, not commerce secretary",
        ),
        ("Iwaya is Japan's defense minister.", "the store gives Foreign Minister, not defense minister"),
    ],
)
def test_another_day_or_office_is_named_in_the_reason(
    jpmn: Callable[..., Result], statement: str, reason: str
) -> None:
    """The reason says what the store gives instead, not only that it says the opposite."""
    result = jpmn("verify", statement)
    assert result.out.startswith("contradicted  ")
    assert reason in result.out
    assert jpmn("verify", "Ishiba was to meet Bessent on Friday.").out.startswith("supported  ")


def test_a_claim_denying_what_the_nearest_claim_only_comes_close_to_contradicts(
    jpmn: Callable[..., Result],
) -> None:
    """Millward's claim on the defense partnership holds every word of this but "alliance", and
    that only as the thesaurus's other word for partnership; his claim on defense technologies
    denies the alliance in so many words, and is the evidence."""
    result = jpmn(
        "verify",
        "Nicholas Millward said the partnership with Japan brings Mongolia into a military alliance.",
    )
    assert result.code == 1
    assert result.out.startswith("contradicted  ")
    assert "the store says the opposite" in result.out
    assert "[millward-defense-technologies]" in result.out
    # what that claim does say is still borne out
    said = jpmn(
        "verify",
        "According to Millward, the Japan partnership gives Mongolia access to state-of-the-art defense technologies.",
    )
    assert said.out.startswith("supported  "), said.out


@pytest.mark.parametrize(
    "statement",
    [
        "The commentary author argues that the United States cutting its financial commitments will force Mongolia, Japan and South Korea to rely on each other.",
        "The United States reducing its financial commitments will force Mongolia, Japan and South Korea to cooperate regionally.",
    ],
)
def test_cutting_says_what_cuts_says(jpmn: Callable[..., Result], statement: str) -> None:
    """The store's "the United States' cuts to financial commitments": "cutting" and "reducing"
    are read as "cuts" and "reduced" are, not as their opposite."""
    result = jpmn("verify", statement)
    assert result.out.startswith("supported  "), result.out
    assert "[us-cuts-force-regional-cooperation-commentary]" in result.out


def test_paying_a_visit_is_making_one(jpmn: Callable[..., Result]) -> None:
    """ "Pay a state visit" is read as making one, not as paying anything: the rank is then
    compared with the store's "first state visit by a Japanese emperor"."""
    second = jpmn("verify", "Naruhito was the second Japanese emperor to pay a state visit to Mongolia.")
    assert second.out.startswith("contradicted  "), second.out
    assert "[first-state-visit-by-emperor-commentary]" in second.out
    first = jpmn("verify", "Naruhito paid his first state visit to Mongolia in July 2025.")
    assert first.out.startswith("supported  "), first.out


@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        (
            "The analysis says the emperor's state visit reflected reconciliation.",
            "visit-symbolism-reconciliation-commentary",
        ),
        (
            "The writer argues that Mongolia's third neighbor policy works to Japan's advantage.",
            "third-neighbor-benefits-tokyo-commentary",
        ),
    ],
)
def test_the_text_a_statement_points_at_is_not_what_it_states(
    jpmn: Callable[..., Result], statement: str, claim: str
) -> None:
    """ "The analysis says", "the writer argues": where the drafter read it, in words the store
    does not use for its sources; what it says is checked as if said plainly."""
    result = jpmn("verify", statement)
    assert result.out.startswith("supported  "), result.out
    assert f"[{claim}]" in result.out


@pytest.mark.parametrize(
    ("statement", "verdict", "claim"),
    [
        ("On-screen caption: 13,847 Japanese POWs, 1,684 deaths.", "disputed", "pow-total-japanese-records"),
        ("Caption: The emperor spent eight days in Mongolia.", "supported", "state-visit-8-days"),
        ("The caption says the emperor spent eight days in Mongolia.", "supported", "state-visit-8-days"),
        ("Tweet: the emperor spent ten days in Mongolia", "contradicted", "state-visit-8-days"),
        ("1,684 deaths.", "disputed", "pow-deaths-japanese-records"),
        ("12,318 POWs, 1,621 deaths (Mongolian records)", "supported", "pow-deaths-mongolian-records"),
    ],
)
def test_a_line_under_its_label_is_checked_for_what_it_says(
    jpmn: Callable[..., Result], statement: str, verdict: str, claim: str
) -> None:
    """A draft's caption or tweet, as a fact-checker pastes it: the label says where the line
    stands ("caption" is no typo of the store's "caution"), and a figure of counted things
    ("1,684 deaths") is a statement on its own."""
    result = jpmn("verify", statement)
    assert result.out.startswith(f"{verdict}  "), result.out
    assert f"[{claim}]" in result.out


@pytest.mark.parametrize(
    ("statement", "verdict", "named"),
    [
        (
            "The emperor and empress visited Shine Mongol University.",
            "contradicted",
            "Shine Mongol High School",
        ),
        ("The emperor and empress visited Shine Mongol School.", "supported", None),
        ("Japan's Self-Defense Forces took part in the Capacity Building Programme.", "supported", None),
        ("In 2022 Japan and Mongolia marked fifty years of diplomatic relations.", "supported", None),
    ],
)
def test_a_name_ending_otherwise_is_another_thing(
    jpmn: Callable[..., Result], statement: str, verdict: str, named: str | None
) -> None:
    """ "Shine Mongol University" is not the school the couple visited; a name said shorter or
    spelt the British way is the same name. (Another year's "King Search 2019" is another drill,
    of which the store says nothing: see test_a_statement_in_other_words.)"""
    result = jpmn("verify", statement)
    assert result.out.startswith(f"{verdict}  "), result.out
    if named is not None:
        assert f"the store names it {named}" in " ".join(result.out.split())


def test_prisoners_brought_into_a_country_were_sent_there(jpmn: Callable[..., Result]) -> None:
    result = jpmn("verify", "Just over 12,300 Japanese POWs were brought into Mongolia.")
    assert result.out.startswith("disputed  "), result.out


@pytest.mark.parametrize("statement", ["8 days.", "$1 billion.", "Japanese POWs: 9 days."])
def test_a_figure_that_says_of_nothing_is_not_found(jpmn: Callable[..., Result], statement: str) -> None:
    """ "8 days" alone names no visit, no stay, no sentence: nothing to hold it against."""
    result = jpmn("verify", statement)
    assert result.out.startswith("not found  "), result.out


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # Mongolian records count 1,621 deaths, Japanese records 1,684
        ("The records of both countries put POW deaths above 1,650.", "contradicted"),
        ("Both countries' records count 1,684 POW deaths.", "contradicted"),
        ("The records of both countries put the number of POW deaths above 1,600.", "supported"),
        # 12,318 and 13,847
        ("Both sides' records agree that more than 12,000 Japanese POWs were sent to Mongolia.", "supported"),
    ],
)
def test_a_figure_said_of_every_sides_records_must_be_every_sides(
    jpmn: Callable[..., Result], statement: str, verdict: str
) -> None:
    """ "The records of both countries", wherever it stands in the sentence, says every side's
    figure bears it out: one side's alone does not."""
    result = jpmn("verify", statement)
    assert result.out.startswith(f"{verdict}  "), result.out


@pytest.mark.parametrize(
    "statement",
    [
        "Cooperation on food security was omitted from the Special Strategic Partnership.",
        "The Special Strategic Partnership excludes food security.",
    ],
)
def test_leaving_out_what_the_store_says_is_included_contradicts(
    jpmn: Callable[..., Result], statement: str
) -> None:
    """ "Omitted", "excludes", "left out": the opposite of the store's "the partnership includes
    cooperation on food security"."""
    result = jpmn("verify", statement)
    assert result.out.startswith("contradicted  "), result.out
    assert "[ssp-food-security-commentary]" in result.out
    assert jpmn("verify", "The Special Strategic Partnership includes food security.").out.startswith(
        "supported  "
    )


def test_signs_and_stress_are_the_stores_indications_and_emphasis(jpmn: Callable[..., Result]) -> None:
    """The store's "tariffs and emphasis on burden sharing as clear indications of a shrinking
    direct U.S. presence", in the everyday words of a draft; ask reads "signs" the same way."""
    result = jpmn(
        "verify",
        "The commentary author sees the tariffs and the stress on burden sharing as signs of a shrinking U.S. presence in East Asia.",
    )
    assert result.out.startswith("supported  "), result.out
    asked = jpmn("ask", "what are the signs the US is pulling back from the region", "--json", "--limit", "1")
    assert '"id": "trump-tariffs-shrinking-us-presence-commentary"' in asked.out


def test_a_partnership_concluded_is_one_established(jpmn: Callable[..., Result]) -> None:
    """The store says the two "established a Strategic Partnership in 2010": the year is compared
    whichever verb the draft uses."""
    right = jpmn("verify", "Japan and Mongolia concluded a Strategic Partnership in 2010.")
    wrong = jpmn("verify", "Mongolia and Japan concluded their Strategic Partnership in 2012.")
    assert right.out.startswith("supported  "), right.out
    assert wrong.out.startswith("contradicted  "), wrong.out
    assert "the store gives 2010, not 2012" in wrong.out


def test_a_stop_on_a_trip_is_a_visit(jpmn: Callable[..., Result]) -> None:
    """The store says the emperor and empress visited the memorial on July 8, 2025."""
    result = jpmn("verify", "The emperor's stop at the POW memorial was on July 8, 2025.")
    assert result.out.startswith("supported  "), result.out
    assert "[pow-memorial-visit-2025-07-08]" in result.out


@pytest.mark.parametrize(
    "article", sorted(p.name for p in (Path(__file__).parent.parent / "seeds").glob("*.txt"))
)
def test_a_source_article_checked_as_a_draft_is_never_gainsaid(
    jpmn: Callable[..., Result], article: str
) -> None:
    """A journalist pasting the article the store was made from: the store is true to its sources,
    so no sentence of it is contradicted or disputed, and most are borne out."""
    seeds = Path(__file__).parent.parent / "seeds"
    result = jpmn("verify", "--file", str(seeds / article), "--jsonl")
    verdicts = [json.loads(line)["verdict"] for line in result.out.splitlines()]
    assert not {"contradicted", "disputed"} & set(verdicts), result.out
    assert verdicts.count("supported") > len(verdicts) / 2


def test_an_office_a_claim_gives_no_one_is_not_borne_out(jpmn: Callable[..., Result]) -> None:
    """Japan's ambassador predicted a new chapter; a crown prince predicting it is not in the store,
    however much else of the sentence the ambassador's claim holds."""
    result = jpmn("verify", "The crown prince predicted the visit would open a new chapter in relations.")
    assert not result.out.startswith("supported"), result.out


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("The emperor visited Mongolia at the invitation of the Mongolian prime minister.", "contradicted"),
        ("Mongolia's prime minister invited the emperor.", "contradicted"),
        ("The emperor visited Mongolia at the invitation of the Mongolian president.", "supported"),
        # no claim says with whom he held talks: the foreign minister speaking of the visit is no answer
        ("During the visit the emperor also had talks with Mongolia's prime minister.", "not found"),
        # a Japanese prime minister's visit to the graves says nothing of the crown prince's
        (
            "Naruhito also visited the Japanese POW cemetery during his 2007 trip as crown prince.",
            "not found",
        ),
    ],
)
def test_an_office_in_the_place_of_the_claims_other_office_is_contradicted(
    jpmn: Callable[..., Result], statement: str, verdict: str
) -> None:
    """The store has Mongolia's President invite the emperor: its prime minister inviting him is
    gainsaid, the office of the same country standing by the same words ("invitation")."""
    result = jpmn("verify", statement)
    assert result.out.startswith(f"{verdict}  "), result.out
    if verdict == "contradicted":
        assert "the store has the President" in result.out


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        (
            "The visit took place in the year marking eight decades since the end of the Second World War.",
            "supported",
        ),
        (
            "The visit took place in the year marking seven decades since the end of the Second World War.",
            "contradicted",
        ),
    ],
)
def test_decades_since_are_the_anniversary_in_years(
    jpmn: Callable[..., Result], statement: str, verdict: str
) -> None:
    """The store's 80th anniversary of the war's end is eight decades since it, not seven."""
    result = jpmn("verify", statement)
    assert result.out.startswith(f"{verdict}  "), result.out


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        (
            "The emperor and empress laid flowers at the memorial for Japanese POWs on July 8, 2025.",
            "not found",
        ),
        ("The emperor laid a wreath at the POW memorial.", "not found"),
        ("The emperor prayed at the POW memorial.", "not found"),
        ("The emperor and empress offered flowers at the memorial for Japanese POWs.", "not found"),
        ("The emperor and empress paid their respects at the POW memorial.", "supported"),
        ("The emperor laid flowers at the POW memorial on July 10.", "contradicted"),
        ("In 1966 Japanese delegates laid a wreath at a cemetery for Japanese forced laborers.", "not found"),
        (
            "In 1966 Japanese delegates paid their respects at a cemetery for Japanese forced laborers.",
            "supported",
        ),
        (
            "In 1966 Japanese delegates laid the foundations of a cemetery for Japanese forced laborers.",
            "not found",
        ),
    ],
)
def test_laying_flowers_is_a_detail_of_paying_respects_no_claim_states(
    jpmn: Callable[..., Result], statement: str, verdict: str
) -> None:
    """The store says the emperor and the delegates of 1966 paid their respects, never how: a
    reader's wreath, flowers or prayer is a detail no claim states, so it is not supported (a
    wrong date still contradicts), and laying foundations is building, which no claim says."""
    result = jpmn("verify", statement)
    assert result.out.startswith(f"{verdict}  "), result.out


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("Emperor Naruhito opened Mongolia's Naadam festival during the state visit.", "not found"),
        ("The emperor and empress attended the opening ceremony of the Naadam festival.", "supported"),
        ("The emperor and empress were present when Mongolia's Naadam festival opened.", "supported"),
        (
            "In 1966, a group of Japanese delegates built a cemetery for the Japanese forced laborers.",
            "not found",
        ),
        ("The Mongolian and Japanese governments built the official POW memorial in 2001.", "supported"),
    ],
)
def test_a_deed_done_to_something_must_be_the_claims_deed(
    jpmn: Callable[..., Result], statement: str, verdict: str
) -> None:
    """The couple attended the opening ceremony of the Naadam: they did not open it. The
    delegates of 1966 paid their respects at a cemetery: they did not build it."""
    result = jpmn("verify", statement)
    assert result.out.startswith(f"{verdict}  "), result.out


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("Mongolia and Japan established the Special Strategic Partnership in 2022.", "not found"),
        (
            "Japanese delegates first paid respects at the POW cemetery in 1966, after formal diplomatic ties"
            " had been established.",
            "contradicted",
        ),
    ],
)
def test_a_denial_gainsays_only_what_its_own_sentences_are_about(
    jpmn: Callable[..., Result], statement: str, verdict: str
) -> None:
    """ "In 1966 Japan and Mongolia had not yet established diplomatic ties" is quoted from a
    passage that also names the Special Strategic Partnership: it does not deny that the
    partnership was established in 2022. The delegates' visit, to which it is linked, is another
    matter: they went before ties were established."""
    result = jpmn("verify", statement)
    assert result.out.startswith(f"{verdict}  "), result.out


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("The Special Strategic Partnership was established in 2010.", "contradicted"),
        ("The Special Strategic Partnership was agreed in November 2022.", "not found"),
        ("The original Japan-Mongolia Strategic Partnership dates from 2010.", "supported"),
        (
            "The 2010 Strategic Partnership was upgraded in 2022 to the Special Strategic Partnership.",
            "supported",
        ),
    ],
)
def test_a_date_beside_a_shorter_name_is_another_things(
    jpmn: Callable[..., Result], statement: str, verdict: str
) -> None:
    """The store's "their 2010 Strategic Partnership" dates the Strategic Partnership, not the
    Special Strategic Partnership of 2022 (which it gives no month)."""
    result = jpmn("verify", statement)
    assert result.out.startswith(f"{verdict}  "), result.out


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # without the name it puts in the claim's place, little is left but the figures: those the
        # claim bears out say it is about the same thing (the Institute of Strategic Studies')
        (
            "The figures of 12,318 and 13,847 POWs were cited by the National Archives of Mongolia.",
            "contradicted",
        ),
        (
            "The figures of 12,318 and 13,847 POWs were cited by Mongolia's Institute of Strategic Studies.",
            "supported",
        ),
        # the store has Khurelsukh attend the emperor's enthronement: the emperor attending
        # Khurelsukh's occasion swaps who did it, whatever it is called; two named together do it
        # together in either order
        ("Naruhito attended Khurelsukh's presidential inauguration in 2019.", "contradicted"),
        ("Naruhito attended Khurelsukh's enthronement ceremony in 2019.", "contradicted"),
        ("Khurelsukh attended Naruhito's enthronement in 2019.", "supported"),
        ("Japan and Mongolia upgraded ties to a Special Strategic Partnership in 2022.", "supported"),
        # the same words with the years swapped across "than" say the opposite
        ("Naruhito's 2007 visit was more ceremonial than the 2025 state visit.", "contradicted"),
        ("Naruhito's 2025 state visit was more ceremonial than his 2007 visit.", "supported"),
        # the new chapter is only the ambassador's prediction: as a plain fact it goes beyond the
        # store; what the emperor said Japan would do is Japan's intention, told as it is
        ("The emperor's visit will open a new chapter in Japan-Mongolia relations.", "not found"),
        (
            "Japan's ambassador predicted the emperor's visit will open a new chapter in relations.",
            "supported",
        ),
        ("Japan will send a high-level representative to COP17.", "supported"),
        # the 70,000 households are the Asian Development Bank's figure, however a sentence puts it
        (
            "The projection of 70,000 households comes from a World Bank description of the project.",
            "contradicted",
        ),
        ("According to the Asian Development Bank, the project will supply 70,000 households.", "supported"),
        ("The quoted description of the renewable energy project came from the World Bank.", "contradicted"),
        # comments given to an outlet are what was told to it: the store has them from The Diplomat
        (
            "Mongolian Foreign Minister Battsetseg Batmunkh gave her comments on the visit to Kyodo News.",
            "contradicted",
        ),
        ("Battsetseg Batmunkh gave her comments on the visit to The Diplomat.", "supported"),
        # the store has the partnership unable to afford overlooking defense and security
        ("The Special Strategic Partnership leaves defense and security cooperation aside.", "contradicted"),
        # "is said to" names no one who said it
        (
            "Ulaanbaatar's third neighbor policy is said to support its export access to the Indo-Pacific.",
            "supported",
        ),
        # a key role is the store's "instrumental"
        (
            "Japan's Self-Defense Forces have played a key role in Mongolia's Khaan Quest exercise.",
            "supported",
        ),
        # an aside describing the subject is checked apart from what the sentence says of it
        (
            "Battsetseg Batmunkh, who praised the emperor's trip, is Mongolia's prime minister.",
            "contradicted",
        ),
        # "well under" is a bound, how far under it no word of the claims
        ("Mongolia took in well under 13,000 Japanese prisoners of war.", "disputed"),
        # his first trip is not the first state visit by an emperor: he had been there in 2007
        ("The 2025 state visit was Naruhito's first trip to Mongolia.", "not found"),
        ("Naruhito's 2025 visit was his first to Mongolia.", "not found"),
        ("The 2025 state visit was Naruhito's second trip to Mongolia.", "not found"),
        ("The state visit was the first by a Japanese emperor.", "supported"),
        # ranking something among its kind needs a claim that ranks it
        ("Mongolia was the first country Naruhito visited as emperor.", "not found"),
        ("The visit was Naruhito's third trip abroad as emperor.", "supported"),
        # a word against its "un-" opposite
        ("Kanai told the South Korean embassy the drills were acceptable.", "contradicted"),
        # a claim dating what it tells is not borne out by the date it was told on
        ("Mongolia hosted COP17 in 2025.", "contradicted"),
        # most of something is a share the claims must give
        ("Most of the Japanese prisoners held in Mongolia died there.", "not found"),
        ("Most of Japan's investment in Mongolia went to renewable energy.", "not found"),
        # each side of a contrast is weighed on its own
        (
            "Japanese media were allowed into the courtroom while embassy officials were barred.",
            "contradicted",
        ),
        # who invited whom, said in the active voice
        ("Naruhito invited Khurelsukh to Mongolia.", "contradicted"),
        ("President Khurelsukh invited the emperor and empress to Mongolia.", "supported"),
        # a country's own thing is not another country's
        ("Bessent visited Osaka for Japan's national day at the Expo.", "contradicted"),
        ("Bessent visited Osaka for the United States' national day at the Expo.", "supported"),
        # another office of the same country than the store gives the person
        ("Shigeru Ishiba is President of Japan.", "contradicted"),
        ("Scott Bessent is the U.S. Secretary of State.", "contradicted"),
        ("Scott Bessent is the U.S. Treasury Secretary.", "supported"),
        # a date the claim gives to another occasion than its words about the statement's
        ("In 2019 the emperor visited Mongolia.", "contradicted"),
        ("Khurelsukh and Naruhito met in 2019.", "supported"),
        # what someone was when they did it
        ("Naruhito was already emperor when he visited Mongolia in 2007.", "contradicted"),
        ("Naruhito was crown prince when he visited Mongolia in 2007.", "supported"),
        # "head of state" read into a claim on a president gives no "state" of a state visit
        ("In 2007 Naruhito made a state visit to Mongolia.", "contradicted"),
        # the reach of something: regional is not national
        ("The empress often calls for national cooperation on climate change.", "contradicted"),
        # a day of the week before a wrong date goes with the date
        ("The Astellas employee was sentenced on Tuesday, July 15, 2025.", "contradicted"),
        # a country's ministry named in capitals is that country's
        ("Japan's Foreign Ministry said the sentence was not as harsh as in previous cases.", "contradicted"),
        (
            "China's Foreign Ministry told Japan the sentence would not be as harsh as in previous cases.",
            "supported",
        ),
    ],
)
def test_a_statement_as_readers_of_the_articles_write_it(
    jpmn: Callable[..., Result], statement: str, verdict: str
) -> None:
    """Names, deeds, comparisons, forecasts and sources as a draft words them, read against what
    the store says."""
    result = jpmn("verify", statement)
    assert result.out.startswith(f"{verdict}  "), result.out


def test_a_list_the_store_splits_into_claims_is_borne_out_by_them_together(
    jpmn: Callable[..., Result],
) -> None:
    """One sentence of the source lists four fields; the store gives a claim to each and links
    them. A statement listing them all rests on the four together."""
    result = jpmn(
        "verify",
        "The Special Strategic Partnership covers regenerative agriculture, forestry and fisheries as well as food"
        " security.",
        "--json",
    )
    found = json.loads(result.out)
    assert found["verdict"] == "supported", result.out
    assert {claim["id"] for claim in found["evidence"]} == {
        "ssp-food-security-commentary",
        "ssp-regenerative-agriculture-commentary",
        "ssp-forestry-commentary",
        "ssp-fisheries-commentary",
    }
    mining = jpmn("verify", "The Special Strategic Partnership covers mining, forestry and fisheries.")
    assert not mining.out.startswith("supported"), mining.out


def test_someone_who_never_did_a_thing_is_not_borne_out_by_a_first_of_all_emperors(
    jpmn: Callable[..., Result],
) -> None:
    """The first state visit by a Japanese emperor says no emperor made one before; that Naruhito
    himself had never been to Mongolia it does not say (he had, as crown prince in 2007)."""
    result = jpmn("verify", "Naruhito had never been to Mongolia before.")
    assert not result.out.startswith("supported"), result.out
    first = jpmn("verify", "No Japanese emperor had made a state visit to Mongolia before Naruhito.")
    assert first.out.startswith("supported  "), first.out


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("Yoon Suk Yeol took office last month.", "contradicted"),
        (
            "The naval drills were the first since President Yoon Suk Yeol took office last month.",
            "contradicted",
        ),
        ("Lee Jae Myung took office last month.", "supported"),
        ("Yoon Suk Yeol was president before Lee Jae Myung.", "supported"),
    ],
)
def test_a_deed_the_claim_has_someone_else_do_is_gainsaid(
    jpmn: Callable[..., Result], statement: str, verdict: str
) -> None:
    """The store says Lee Jae Myung took office, succeeding Yoon Suk Yeol: a statement that Yoon
    took office names a man the claim names, but not the one it has do the deed."""
    result = jpmn("verify", statement)
    assert result.out.startswith(f"{verdict}  "), result.out


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        (
            "Prime Minister Ishiba was set to meet U.S. Commerce Secretary Scott Bessent as tariff talks "
            "entered a critical phase.",
            "contradicted",
        ),
        (
            "With Foreign Minister Shigeru Ishiba watching, the naval drills began near the islets.",
            "contradicted",
        ),
        ("Naruhito held talks with Mongolian Prime Minister Zandanshatar Gombojav.", "not found"),
        ("The drills were closed to the public, as under President Yoon Suk Yeol.", "supported"),
    ],
)
def test_an_office_written_before_a_name_inside_a_sentence_is_checked(
    jpmn: Callable[..., Result], statement: str, verdict: str
) -> None:
    """An office before a name says the named holds it, whatever else the sentence says: the store
    gives Bessent the Treasury, Ishiba the premiership. A holder the store does not name is no
    one the store gives another office."""
    result = jpmn("verify", statement)
    assert result.out.startswith(f"{verdict}  "), result.out


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        (
            "With reciprocal tariffs due on Sept. 1, Ishiba hoped the meeting with Bessent would produce a breakthrough.",
            "contradicted",
        ),
        (
            "With reciprocal tariffs due on Aug. 1, Ishiba apparently hoped the talks would bring a breakthrough in "
            "the tariff negotiations.",
            "supported",
        ),
        ("With his wife Masako beside him in 2025, Naruhito visited Mongolia.", "not found"),
    ],
)
def test_a_dated_with_opening_is_said_as_a_fact(
    jpmn: Callable[..., Result], statement: str, verdict: str
) -> None:
    """ "With tariffs due on Sept. 1, ..." says when they were due: the store's August 1 gainsays it,
    whatever it has on the rest, and bears it out beside a main clause it bears out too."""
    result = jpmn("verify", statement)
    assert result.out.startswith(f"{verdict}  "), result.out


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("The internment in Mongolia cost the lives of 1,684 Japanese prisoners.", "disputed"),
        ("The internment in Mongolia killed 1,684 Japanese prisoners.", "disputed"),
        ("The internment in Mongolia killed 2,000 Japanese prisoners.", "contradicted"),
    ],
)
def test_deaths_said_before_those_who_died_are_counted_as_deaths(
    jpmn: Callable[..., Result], statement: str, verdict: str
) -> None:
    """ "Killed 1,684 prisoners", "cost the lives of 1,684 prisoners" count the dead, which the
    store's sources give differently, not the prisoners held."""
    result = jpmn("verify", statement)
    assert result.out.startswith(f"{verdict}  "), result.out


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        (
            "Speaking in Takaoka, Toyama Prefecture, on the day of the ruling, Ishiba said Japan wanted a more "
            "transparent, well-structured order.",
            "supported",
        ),
        (
            "Speaking in Takaoka, Osaka Prefecture, on the day of the ruling, Ishiba said Japan wanted a more "
            "transparent, well-structured order.",
            "contradicted",
        ),
    ],
)
def test_a_region_written_after_a_place_as_a_claim_places_it_says_only_where_it_is(
    jpmn: Callable[..., Result], statement: str, verdict: str
) -> None:
    """The store places Takaoka in Toyama Prefecture: writing so beside a claim that says only
    "in Takaoka" adds nothing to find, while another prefecture is gainsaid."""
    result = jpmn("verify", statement)
    assert result.out.startswith(f"{verdict}  "), result.out


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        (
            "Yonhap said no troops landed on the islets and that the twice-yearly training was closed to the "
            "public, as under the Yoon administration.",
            "supported",
        ),
        (
            "Yonhap said no troops landed on the islets and that the training was open to the public.",
            "contradicted",
        ),
        ("Kyodo said no troops landed on the islets and that the drills were the largest ever.", "not found"),
    ],
)
def test_two_things_one_speaker_said_are_each_checked(
    jpmn: Callable[..., Result], statement: str, verdict: str
) -> None:
    """ "Yonhap said A and that B": the store has A and B from Yonhap in two claims; either
    gainsaid gainsays the sentence, and one the store lacks leaves it not found."""
    result = jpmn("verify", statement)
    assert result.out.startswith(f"{verdict}  "), result.out


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        (
            "Sites honouring the POWs have been visited by two Japanese prime ministers, Kaifu Toshiki and Abe Shinzo.",
            "contradicted",
        ),
        (
            "Two Japanese prime ministers, Kaifu Toshiki and Koizumi Junichiro, visited sites commemorating the POWs.",
            "contradicted",
        ),
        (
            "Three Japanese prime ministers, Kaifu Toshiki, Koizumi Junichiro and Abe Shinzo, visited sites "
            "commemorating the POWs.",
            "supported",
        ),
        (
            "Mongolia's government worked with three partners on the renewable project: the Asian Development Bank, "
            "the Japan Fund for Joint Credit Mechanism and the Strategic Climate Fund.",
            "supported",
        ),
        (
            "Mongolia's government worked with two partners on the renewable project: the Asian Development Bank "
            "and the Japan Fund for Joint Credit Mechanism.",
            "contradicted",
        ),
        ("The two countries, Japan and Mongolia, upgraded their ties in 2022.", "supported"),
    ],
)
def test_a_count_of_those_listed_says_they_are_all(
    jpmn: Callable[..., Result], statement: str, verdict: str
) -> None:
    """ "Two prime ministers, Kaifu and Abe" lists all there are: the store lists Koizumi too, so
    it is gainsaid; a count the store's list bears out is supported."""
    result = jpmn("verify", statement)
    assert result.out.startswith(f"{verdict}  "), result.out


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        (
            "Japanese media outlets were allowed into the courtroom along with embassy officials to hear the verdict.",
            "contradicted",
        ),
        ("Embassy officials heard the verdict in the courtroom along with Japanese media.", "not found"),
        ("Naruhito visited the memorial along with Masako.", "supported"),
    ],
)
def test_a_deed_shared_along_with_others_is_said_of_the_subject_too(
    jpmn: Callable[..., Result], statement: str, verdict: str
) -> None:
    """ "Media were allowed in along with embassy officials" says the media were allowed in, which
    the store gainsays; that others shared a deed the store has is not borne out by it alone."""
    result = jpmn("verify", statement)
    assert result.out.startswith(f"{verdict}  "), result.out


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        (
            "Naruhito, who has a deep personal interest in climate issues, made COP17 a particular focus, while "
            "Masako said Japan would send a high-level representative.",
            "contradicted",
        ),
        ("Japanese media were allowed in, while embassy officials were kept out.", "contradicted"),
    ],
)
def test_a_contrast_whose_first_side_has_an_aside_is_read_side_by_side(
    jpmn: Callable[..., Result], statement: str, verdict: str
) -> None:
    """An aside on the first side's subject ("Naruhito, who ...,") still leaves two sides: the
    store has Naruhito, not Masako, say Japan would send a high-level representative."""
    result = jpmn("verify", statement)
    assert result.out.startswith(f"{verdict}  "), result.out


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("The emperor and empress gave a speech at the Shine Mongol High School.", "not found"),
        ("The emperor and empress planted a tree at the Shine Mongol High School.", "not found"),
        ("The emperor and empress visited the Shine Mongol High School.", "supported"),
        ("Ishiba gave a speech in Takaoka, Toyama Prefecture.", "supported"),
    ],
)
def test_a_deed_done_at_a_place_visited_must_be_stated(
    jpmn: Callable[..., Result], statement: str, verdict: str
) -> None:
    """The store says the couple visited the school, not that they spoke or planted a tree there;
    Ishiba's speech in Takaoka it states."""
    result = jpmn("verify", statement)
    assert result.out.startswith(f"{verdict}  "), result.out
