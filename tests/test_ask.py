"""`jpmn ask`, `list` and `show` as users run them: right answers, cited, honest when there is none."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Result, run_in_process


def first_answer(jpmn: Callable[..., Result], query: str) -> str | None:
    """The id of ``ask``'s first answer to a query, as a script reads it (JSON); None for none."""
    answers = json.loads(jpmn("ask", query, "--json").out)
    return answers[0]["id"] if answers else None


def test_pow_deaths_gives_both_sides_with_attribution_and_citation(jpmn: Callable[..., Result]) -> None:
    result = jpmn("ask", "POW deaths")
    assert result.code == 0 and result.err == ""
    out = result.out
    assert "1,621 deaths" in out and "1,684 deaths" in out
    assert "according to Mongolian records" in out and "according to Japanese records" in out
    assert "The Diplomat" in out and "seeds/003_78fc02ddb00f146c.txt:9" in out
    first, second = (" ".join(block.split()) for block in out.split("\n\n")[:2])
    assert "\u2260 Japanese records: 1,684 deaths [pow-deaths-japanese-records]" in first
    assert "\u2260 Mongolian records: 1,621 deaths [pow-deaths-mongolian-records]" in second
    # The best answer in full, with its quote; the others compact.
    assert "and 1,621 deaths whereas Japanese records stated 13,847 POWs and 1,684 deaths.\u201d" in first
    assert "Mongolia's records indicated" not in second


def test_json_answers_carry_the_claim_source_and_score(jpmn: Callable[..., Result]) -> None:
    result = jpmn("ask", "POW deaths", "--json")
    answers = json.loads(result.out)
    assert result.code == 0
    assert {a["id"] for a in answers[:2]} == {"pow-deaths-mongolian-records", "pow-deaths-japanese-records"}
    first = answers[0]
    assert set(first) >= {"id", "text", "value", "unit", "attributed_to", "source", "quote", "line", "score"}
    assert set(first["source"]) == {"id", "outlet", "title", "author", "published", "url", "path"}
    assert 0 < first["score"] <= 1
    scores = [a["score"] for a in answers if a["matched"] == "query"]
    assert scores == sorted(scores, reverse=True)


def test_jsonl_is_one_object_per_line_in_the_same_order(jpmn: Callable[..., Result]) -> None:
    as_json = [a["id"] for a in json.loads(jpmn("ask", "Khaan Quest", "--json").out)]
    as_jsonl = [json.loads(line)["id"] for line in jpmn("ask", "Khaan Quest", "--jsonl").out.splitlines()]
    assert as_json == as_jsonl and as_json


def test_order_is_deterministic(jpmn: Callable[..., Result]) -> None:
    runs = {jpmn("ask", "Japan Mongolia partnership", "--json", "--limit", "10").out for _ in range(3)}
    assert len(runs) == 1


@pytest.mark.parametrize(
    ("query", "expected_id"),
    [
        ("Naruhitto first state visit", "first-state-visit-by-emperor-diplomat"),
        ("Khurelsuh", None),
        ("flourspar", "critical-mineral-fluorspar-commentary"),
        ("desertifcation COP17", None),
        ("how many POWs died according to japanese records", "pow-deaths-japanese-records"),
        ("12318", "pow-total-mongolian-records"),
        ("12,318", "pow-total-mongolian-records"),
        ("how much has Japan invested in Mongolia", None),
        ("$1bn investment", "japan-investment-over-1-billion-2023-commentary"),
        ("70k households", "ure-project-70000-households"),
        ("when will COP17 take place", None),
        ("Mongolia Russia China relations", "mongolia-ties-russia-china-third-neighbor-commentary"),
    ],
)
def test_typos_numbers_inflections_and_question_words(
    query: str, expected_id: str | None, jpmn: Callable[..., Result]
) -> None:
    result = jpmn("ask", query, "--json")
    assert result.code == 0, result.err
    ids = [answer["id"] for answer in json.loads(result.out)[:3]]
    if expected_id:
        assert expected_id in ids


@pytest.mark.parametrize(
    "query", ["weather forecast for Cairo tomorrow", "how to bake sourdough", "who is", "bitcoin price"]
)
def test_abstains_when_the_store_has_nothing(query: str, jpmn: Callable[..., Result]) -> None:
    result = jpmn("ask", query)
    assert result.code == 1
    assert result.out == ""
    assert result.err.startswith(f'no match for "{query}"\n')
    assert result.err.endswith("hint: try other words, or 'jpmn list' for the categories\n")
    as_json = jpmn("ask", query, "--json")
    assert (as_json.code, as_json.out) == (1, "[]\n")


def test_limit_means_at_most_n_answers(jpmn: Callable[..., Result]) -> None:
    answers = json.loads(jpmn("ask", "Japan", "--json", "--limit", "2").out)
    assert 1 <= len(answers) <= 2
    assert jpmn("ask", "Japan", "--limit", "0").code == 2


def test_the_other_side_of_a_disputed_figure_travels_with_its_answer(jpmn: Callable[..., Result]) -> None:
    """--limit 1 is one answer; the other side of its figure comes with it, not as a second answer."""
    answers = json.loads(jpmn("ask", "deaths according to Japanese records", "--json", "--limit", "1").out)
    assert [a["id"] for a in answers] == ["pow-deaths-japanese-records"]
    assert answers[0]["conflicts"] == [
        {
            "id": "pow-deaths-mongolian-records",
            "value": 1621,
            "unit": "deaths",
            "qualifier": None,
            "attributed_to": "Mongolian records",
            "source": answers[0]["source"],
        }
    ]


def test_csv_output(jpmn: Callable[..., Result]) -> None:
    lines = jpmn("ask", "POW deaths", "--csv").out.splitlines()
    assert lines[0].startswith("id,text,category,value,unit")
    assert lines[0].endswith(",score,matched,conflicts")
    assert any(line.startswith("pow-deaths-japanese-records,") for line in lines[1:])


# --- list ------------------------------------------------------------------------------------------


def test_list_without_category_counts_claims(jpmn: Callable[..., Result]) -> None:
    result = jpmn("list")
    assert result.code == 0
    assert result.out.splitlines()[0].split() == ["CATEGORY", "CLAIMS", "ABOUT"]
    rows = json.loads(jpmn("list", "--json").out)
    assert all(set(row) == {"category", "claims", "description"} for row in rows)
    total = len(json.loads(jpmn("export").out))
    assert sum(row["claims"] for row in rows) == total


@pytest.mark.parametrize("name", ["agreements", "agreement", "Agreements", "agrements", " AGREEMENTS "])
def test_list_category_names_match_forgivingly(name: str, jpmn: Callable[..., Result]) -> None:
    result = jpmn("list", name, "--json")
    assert result.code == 0
    assert {claim["category"] for claim in json.loads(result.out)} == {"agreements"}


def test_list_unknown_category_says_which_exist(jpmn: Callable[..., Result]) -> None:
    result = jpmn("list", "sports")
    assert result.code == 1 and result.out == ""
    assert result.err.startswith("jpmn: no category 'sports'; categories: agreements, culture,")


def test_list_category_shows_text_figure_attribution_and_source(jpmn: Callable[..., Result]) -> None:
    out = jpmn("list", "agreements").out
    assert "Special Strategic Partnership for Peace and Prosperity" in out
    assert "10 years \u00b7 according to" in out
    assert "seeds/000_97ea68f8d1ca10db.txt:4" in out


# --- show ------------------------------------------------------------------------------------------


def test_show_gives_the_quote_in_context_with_line_numbers(jpmn: Callable[..., Result]) -> None:
    result = jpmn("show", "pow-deaths-japanese-records")
    assert result.code == 0
    out = result.out
    flat = " ".join(out.split())
    assert ">  9 \u2502 According Mongolia's Institute" in out
    assert "'\u00bbMongolia's records indicated 12,318 POWs" in flat
    assert "Japanese records stated 13,847 POWs and 1,684 deaths.\u00ab'" in flat
    assert "   8 \u2502 " in out and "  10 \u2502 Shuzo Yamada" in out
    assert "conflicts with" in out and "pow-deaths-mongolian-records  Mongolian records: 1,621 deaths" in out


def test_show_unknown_id_suggests(jpmn: Callable[..., Result]) -> None:
    result = jpmn("show", "pow-death-japanese-record")
    assert result.code == 1 and result.out == ""
    assert "did you mean: pow-deaths-japanese-records" in result.err


def test_show_json_is_the_claim(jpmn: Callable[..., Result]) -> None:
    claim = json.loads(jpmn("show", "pow-deaths-japanese-records", "--json").out)[0]
    assert claim["value"] == 1684 and claim["source"]["outlet"] == "The Diplomat"


# --- common behaviour ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "command", ["ask", "list", "show", "sources", "export", "check", "conflicts", "timeline", "cite"]
)
def test_every_command_help_has_an_example(command: str, jpmn: Callable[..., Result]) -> None:
    result = jpmn(command, "--help")
    assert result.code == 0
    assert f"jpmn {command} " in result.out.split("Usage:", 1)[1]


def test_help_text_shows_examples_and_the_main_help_the_exit_codes(jpmn: Callable[..., Result]) -> None:
    assert 'jpmn ask "POW deaths"' in jpmn("ask", "--help").out
    assert "Exit codes" in jpmn("--help").out


def test_bad_option_is_one_line_and_exit_2(jpmn: Callable[..., Result]) -> None:
    result = jpmn("ask", "POW", "--limit", "many")
    assert result.code == 2 and result.out == ""
    assert (
        result.err
        == "jpmn: invalid value for '--limit' / '-n': 'many' is not a whole number (see 'jpmn ask --help')\n"
    )
    # a negative number is a whole number, only too small
    result = jpmn("ask", "POW", "--limit", "-1")
    assert result.code == 2
    assert (
        result.err == "jpmn: invalid value for '--limit' / '-n': must be 1 or more (see 'jpmn ask --help')\n"
    )


def test_no_command_prints_the_short_usage_on_stderr_and_exit_2(jpmn: Callable[..., Result]) -> None:
    result = jpmn()
    assert (result.code, result.out) == (2, "")
    assert 'jpmn ask "POW deaths"' in result.err
    assert "commands: ask, list, show, sources, export, check, conflicts, timeline, cite" in result.err


def test_help_prints_the_short_usage_and_exit_0(jpmn: Callable[..., Result]) -> None:
    result = jpmn("help")
    assert result.code == 0 and 'jpmn ask "POW deaths"' in result.out
    assert jpmn("help", "cite").out == jpmn("cite", "--help").out


# --- many questions, and why an answer ranks where it does ---------------------------------------


def test_batch_gives_the_answers_one_by_one_would(jpmn: Callable[..., Result], tmp_path) -> None:
    queries = ["POW deaths", "how to bake sourdough", "Khaan Quest", "", "Astellas employee sentence"]
    listed = tmp_path / "queries.txt"
    listed.write_text("\n".join(queries) + "\n", encoding="utf-8")
    result = jpmn("ask", "--batch", str(listed), "--limit", "3")
    assert result.code == 0, result.err
    lines = [json.loads(line) for line in result.out.splitlines()]
    assert [line["query"] for line in lines] == [q for q in queries if q]
    for line in lines:
        alone = jpmn("ask", line["query"], "--json", "--limit", "3")
        assert line["results"] == (json.loads(alone.out) if alone.code == 0 else [])
    from_stdin = run_in_process("ask", "--batch", "-", "--limit", "3", stdin="\n".join(queries))
    assert from_stdin.out == result.out


def test_batch_line_without_end_is_an_error_not_a_read_without_end(
    jpmn: Callable[..., Result], tmp_path
) -> None:
    """A batch file with no line break (a device such as ``/dev/zero``, a corrupt download) is
    refused at its first overlong line; the queries before it are answered."""
    listed = tmp_path / "queries.txt"
    listed.write_text("POW deaths\n" + "x" * 100_001 + "\nemperor visit\n", encoding="utf-8")
    result = jpmn("ask", "--batch", str(listed))
    assert result.code == 2
    assert result.err == f"jpmn: {listed}:2: a query is at most 100,000 characters\n"
    assert [json.loads(line)["query"] for line in result.out.splitlines()] == ["POW deaths"]
    if Path("/dev/zero").exists():
        assert (
            jpmn("ask", "--batch", "/dev/zero").err
            == "jpmn: /dev/zero:1: a query is at most 100,000 characters\n"
        )


def test_batch_and_words_together_are_a_usage_error(jpmn: Callable[..., Result], tmp_path) -> None:
    result = jpmn("ask", "POW", "--batch", "-")
    assert result.code == 2 and result.err.startswith(
        "jpmn: give the queries either as words or with --batch"
    )


def test_explain_shows_matched_words_and_score_parts(jpmn: Callable[..., Result]) -> None:
    result = jpmn("ask", "Astellas employee sentence", "--explain", "--limit", "1")
    assert result.code == 0
    assert "score " in result.out and "coverage" in result.out and "astellas" in result.out.casefold()
    explained = json.loads(
        jpmn("ask", "Astellas employee sentence", "--explain", "--json", "--limit", "1").out
    )
    assert {"words", "coverage", "bm25", "score"} <= set(explained[0]["explanation"])
    assert "explanation" not in json.loads(jpmn("ask", "Astellas employee sentence", "--json").out)[0]


def test_no_match_says_which_words_are_unknown_and_when_filters_hid_answers(
    jpmn: Callable[..., Result],
) -> None:
    unknown = jpmn("ask", "Naruhito zorblax")
    if unknown.code == 1:
        assert "zorblax" in unknown.err
    hidden = jpmn("ask", "POW deaths", "--category", "law")
    assert hidden.code == 1
    assert "outside the --category/--source/--attributed-to given" in hidden.err
    explained = jpmn("ask", "price of Mongolian copper", "--explain")
    assert explained.code == 1 and "fell short" in explained.err


def test_an_answer_to_one_part_says_which_part(jpmn: Callable[..., Result]) -> None:
    """A student's question in two parts: the answer says which part it answers, on screen and
    in JSON; an answer to a whole question carries no part."""
    asked = "Hello! When did Mongolia and Japan turn their 2010 partnership into a special one, and how long is the plan that comes with it?"
    shown = jpmn("ask", asked, "--limit", "2", "--full")
    assert shown.code == 0
    assert shown.out.startswith("1. for \u201cWhen did Mongolia and Japan turn their 2010 partnership into")
    assert "2. for \u201chow long is the plan that comes with it?\u201d" in shown.out
    answered = json.loads(jpmn("ask", asked, "--limit", "2", "--json").out)
    assert [answer["part"] for answer in answered] == [
        "When did Mongolia and Japan turn their 2010 partnership into a special one",
        "how long is the plan that comes with it?",
    ]
    whole = json.loads(jpmn("ask", "How many Japanese POWs died in Mongolia?", "--json").out)
    assert all("part" not in answer for answer in whole)
    # the greeting that opens the question is no part of the part shown
    greeted = (
        "Hi, quick one for a news bulletin: the Japan-Korea islet spat - who protested, what did he"
        " call the drills, and what are the islets called on each side?"
    )
    parts = {answer["part"] for answer in json.loads(jpmn("ask", greeted, "--json").out)}
    assert parts and not any(part.startswith("Hi") for part in parts)


def test_the_askers_own_words_around_a_question_do_not_sink_its_answer(jpmn: Callable[..., Result]) -> None:
    """Words the store does not know, in the clauses around a question that names its subject,
    tell of the asker (grandpa, his grumbling): the claim that answers is not short of them. When
    the question's own clause names nothing ("what were her words?"), the words around it are
    all there is to go on, and they still count."""
    chatty = "Grandpa keeps grumbling that the spy trial was a sham. How long was the Astellas employee's sentence?"
    assert first_answer(jpmn, chatty) == "astellas-employee-sentenced-3-5-years"
    vague = (
        "Quick favour for a nervous intern: the podcast script mentions a Mongolian foreign minister"
        " praising the emperor's trip. What were her words?"
    )
    result = jpmn("ask", vague, "--json")
    assert not any(answer["id"].startswith("pow-") for answer in json.loads(result.out))


@pytest.mark.parametrize(
    "query",
    [
        "How many years in prison was the Astellas employee given?",
        "What punishment was the Astellas man given?",
    ],
)
def test_a_light_verb_of_the_question_does_not_sink_its_answer(
    query: str, jpmn: Callable[..., Result]
) -> None:
    """ "was given" says how the question is put, not what it asks: the sentence is the answer,
    though no claim says "given"."""
    assert first_answer(jpmn, query) == "astellas-employee-sentenced-3-5-years"


def test_a_verb_of_speaking_weighs_as_said_does(jpmn: Callable[..., Result]) -> None:
    """The claims say someone "said" something, a word search does not look at: "talked about"
    in a question weighs as little, and the internee who spoke of the visit is found."""
    query = "the old former internee who talked about the royal visit, how old is he"
    assert first_answer(jpmn, query) == "shuzo-yamada-107-former-internee"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (
            "About 83k tonnes of CO2 a year avoided by the ADB renewables project - what's the exact figure?",
            "ure-project-82789-t-co2",
        ),
        ("Some 70k homes powered by the ADB project - exact figure?", "ure-project-70000-households"),
    ],
)
def test_a_figure_asked_for_is_the_figure_of_the_subject_named(
    query: str, expected: str, jpmn: Callable[..., Result]
) -> None:
    """The clause naming the ADB project with its rough figure is the subject, not a frame ("a
    project" may frame a student's question), and "the exact figure" asks for a figure as "how
    many" does: the project's claim answers, not the prisoners of war, whose figures are many."""
    assert first_answer(jpmn, query) == expected


def test_how_a_question_puts_things_weighs_little(jpmn: Callable[..., Result]) -> None:
    """ "keep going into" and "near which" say how the question is put, not what it is about:
    the claim on the coast guard's intrusions answers, though it says neither."""
    query = "Near which islands do Chinese coast guard ships keep going into Japanese waters?"
    assert first_answer(jpmn, query) == "china-coast-guard-senkaku-intrusions"


# What strangers ask, and the first answer each should get (None: the store does not say).
FIRST_ANSWERS = [
    # a person's name is not a company's: the sources never name the man, only his employer
    pytest.param(
        "What is the name of the Japanese man sentenced for espionage in China?", None, id="no-name"
    ),
    pytest.param(
        "what is the name of the former internee who is 107",
        "shuzo-yamada-107-former-internee",
        id="his-name",
    ),
    pytest.param(
        "What's the Mongolian foreign minister's name?", "battsetseg-foreign-minister", id="her-name"
    ),
    # whether something happened is not answered by a hope for it; a hope asked is
    pytest.param("Did Ishiba and Bessent reach a tariff deal at their meeting?", None, id="hoped-deal"),
    pytest.param("What deal did Ishiba and Bessent reach when they met?", None, id="hoped-deal-asked"),
    # a response asked is not answered by the thing responded to
    pytest.param(
        "What was Seoul's response to Tokyo's protest over the Takeshima drills?", None, id="no-response"
    ),
    pytest.param(
        "how did Japan respond to the shrinking US presence",
        "japan-strengthening-partners-including-mongolia-commentary",
        id="response",
    ),
    pytest.param(
        "Did Ishiba hope to make a breakthrough in the tariff talks with Bessent?",
        "ishiba-tariff-breakthrough-hope",
        id="hope-asked",
    ),
    pytest.param(
        "Did the emperor and empress visit the POW memorial?",
        "pow-memorial-visit-2025-07-08",
        id="it-happened",
    ),
    # a request, not a question whether it happened: the plan "aimed to implement" answers
    pytest.param(
        "Can you confirm that the partnership's 10-year plan runs from 2022 to 2031?",
        "ten-year-plan-2022-2031-commentary",
        id="request",
    ),
    # a sum of money asked is answered by one: the project's figures are households and tonnes
    pytest.param(
        "How much did the Asian Development Bank lend for the Upscaling Renewable Energy Sector Project?",
        None,
        id="no-sum-lent",
    ),
    pytest.param(
        "How much has Japan invested in Mongolia?",
        "japan-investment-over-1-billion-2023-commentary",
        id="sum",
    ),
    pytest.param("How much CO2 will the ADB project cut?", "ure-project-82789-t-co2", id="not-money"),
    # words the sources put otherwise ("water supply", "opening") leave the rest to answer
    pytest.param(
        "What kind of municipal utility did the royal couple tour in Ulaanbaatar?",
        "visited-water-supply-sewage-facility",
        id="municipal",
    ),
    pytest.param(
        "Which big summer festival's kickoff did the royal couple attend?",
        "attended-naadam-opening-ceremony",
        id="kickoff",
    ),
    # what the thesaurus reads counts as the store's own word
    pytest.param(
        "Which seafood and meat from Japan is China moving to buy again?",
        "china-resuming-japanese-beef-imports",
        id="seafood",
    ),
    pytest.param(
        "How long will the Japanese pill-maker worker spend behind bars in China?",
        "astellas-employee-sentenced-3-5-years",
        id="behind-bars",
    ),
    pytest.param(
        "Which big world climate deal did America walk away from, according to the first piece?",
        "us-paris-agreement-withdrawal-commentary",
        id="walk-away",
    ),
    pytest.param("why japan angry at korea navy", "japan-protest-south-korea-drills", id="angry"),
    pytest.param(
        "For an episode on the partnership's roadmap: what years does the 10-year plan span?",
        "ten-year-plan-2022-2031-commentary",
        id="span",
    ),
    pytest.param(
        "How many big ships that carry warplanes did China send to practice at the same time in the Pacific?",
        "china-two-aircraft-carriers-pacific",
        id="warplanes",
    ),
    pytest.param("Japan travel advice China", "japan-travel-caution-china", id="advice"),
    pytest.param(
        "3rd neighbour policy export access", "third-neighbor-export-access-indo-pacific", id="3rd-neighbour"
    ),
    pytest.param(
        "Those rocky islands Japan and Korea squabble over, what are they called?",
        "takeshima-dokdo-names",
        id="squabble",
    ),
    pytest.param("Which school did the royals swing by?", "visited-shine-mongol-high-school", id="swing-by"),
    pytest.param(
        "Which plaza did the former internee help build?", "yamada-built-sukhbaatar-square", id="plaza"
    ),
    pytest.param(
        "Who is the American money man visiting the Osaka Expo?",
        "bessent-osaka-expo-national-day",
        id="money-man",
    ),
    pytest.param(
        "How many days did the emperor and empress stay in Mongolia altogether?",
        "state-visit-8-days",
        id="altogether",
    ),
    # a claim saying someone visited or toured a place names that place, as "in" or "at" does
    pytest.param(
        "Where will Japan's leader host the Treasury secretary?",
        "ishiba-bessent-meeting-2025-07-18",
        id="where-host",
    ),
    # a mistyped "how often" still asks how often, and "held" then only carries it
    pytest.param(
        "how oftn is the Ulaanbaatar Dialogue held", "ulaanbaatar-dialogue-commentary", id="how-oftn"
    ),
    # a mistyped question word still asks: "wat outlet" asks for an outlet (she "told The Diplomat")
    pytest.param(
        "wat outlet did Battsetseg speak to?", "battsetseg-visit-historical-significance", id="wat-outlet"
    ),
    # holding an office says nothing of the relation asked: "who held the presidency" asks who
    pytest.param(
        "Who held the Mongolian presidency at the time of the crown prince's visit?",
        "enkhbayar-president-2007",
        id="held-presidency",
    ),
    # "which diplomat" asks who, as "who" does: the claim naming him comes first
    pytest.param(
        "Which diplomat protested the drills near Takeshima?",
        "kanai-totally-unacceptable",
        id="which-diplomat",
    ),
    # words that ask for a reason, or point at the source, are how the question is put
    pytest.param(
        "On what grounds does Japan say Takeshima is its territory?",
        "foreign-ministry-integral-japanese-territory",
        id="grounds",
    ),
    pytest.param("Xi rapprochement with Japan reasons", "xi-administration-improve-ties-japan", id="reasons"),
    pytest.param(
        "Is America retreating from Asia, according to the coverage?",
        "trump-tariffs-shrinking-us-presence-commentary",
        id="coverage",
    ),
    # what someone said is answered by their words, before the claim naming their office
    pytest.param("What did Igawahara Masaru say?", "igawahara-new-chapter", id="his-words"),
    pytest.param("what Milward said", "millward-independent-foreign-policy", id="his-words-tersely"),
    # ... however the question puts it: their comments or remarks by name, "X says he ...", or
    # them named at length
    pytest.param("Shuzo Yamada's remarks", "yamada-glad-emperor-pay-respects", id="his-remarks"),
    pytest.param(
        "old internee yamada says he is glad for what reason",
        "yamada-glad-emperor-pay-respects",
        id="he-says-he",
    ),
    pytest.param(
        "What did the former Japanese internee Yamada say about the royals' visit?",
        "yamada-glad-emperor-pay-respects",
        id="his-words-named-at-length",
    ),
    pytest.param(
        "How many internees died according to Japan's own files?", "pow-deaths-japanese-records", id="files"
    ),
    pytest.param(
        "How many POWs did Japanese statistics count in Mongolia?",
        "pow-total-japanese-records",
        id="statistics",
    ),
    pytest.param(
        "When was the joint monument to the wartime captives put up?",
        "official-pow-memorial-built-2001",
        id="wartime",
    ),
    pytest.param(
        "What milestone did the two countries celebrate in 2022?",
        "diplomatic-ties-50th-anniversary-2022",
        id="milestone",
    ),
    pytest.param(
        "What military hardware can Japan offer Mongolia, according to the think-tank director?",
        "millward-defense-technologies",
        id="hardware",
    ),
    pytest.param(
        "What plumbing did the couple visit in Ulaanbaatar?",
        "visited-water-supply-sewage-facility",
        id="couple",
    ),
    pytest.param(
        "What did Japan's top diplomat say the detentions are doing to goodwill between ordinary Japanese and Chinese?",
        "iwaya-detentions-biggest-factor",
        id="goodwill",
    ),
    # who else wants to know, and an apology for asking, are no part of the question
    pytest.param(
        "Sorry if this is a basic one, but my editor wants to know which foreign minister spoke to The Diplomat"
        " about the visit, can you help?",
        "battsetseg-visit-historical-significance",
        id="editor-wants",
    ),
    # who gave a figure is whose it is: no claim need say "gave"
    pytest.param(
        "Who gave the approximately 12,000 figure for Japanese forced laborers in Mongolia?",
        "forced-laborers-national-archives",
        id="who-gave",
    ),
    # ... as is who gives it, or which source says it: every claim says whose it is
    pytest.param("who gives the 12,318 POW figure", "pow-total-mongolian-records", id="who-gives"),
    pytest.param(
        "which Japanese source gives the number of POWs who died",
        "pow-deaths-japanese-records",
        id="which-source",
    ),
    # who described it so asks whose words they are, which every claim says
    pytest.param(
        "Who described the imperial visit as something engraved in golden letters?",
        "battsetseg-golden-letters",
        id="who-described",
    ),
    # "Japanese troops" are the claim's "Japanese forces": no other country's forces
    pytest.param(
        "What do Japanese soldiers teach Mongolian forces?", "japanese-forces-training", id="troops-forces"
    ),
    # the emperor is Naruhito, also where a claim gives him no title ("as crown prince in 2007")
    pytest.param(
        "When emperor of Japan go to Mongolia before as crown prince?",
        "naruhito-2007-crown-prince-visit",
        id="emperor-as-prince",
    ),
    # the Manila-based lender is the Asian Development Bank, as writers call it
    pytest.param(
        "How many homes will the clean power project backed by the Manila-based lender supply?",
        "ure-project-70000-households",
        id="manila-lender",
    ),
    # schools and hospitals are education and health; a boss is a director or head
    pytest.param(
        "Which fields like schools and hospitals does the Special Strategic Partnership cover?",
        "ssp-people-centered-cooperation-diplomat",
        id="schools-hospitals",
    ),
    pytest.param(
        "Who is the boss of the Yokosuka Council on Asia-Pacific Studies?",
        "millward-director-yokosuka-council",
        id="boss",
    ),
    # "who ..." after the one a figure is asked of says of whom, in words the claim with the figure lacks
    pytest.param(
        "How old was the former internee who spoke about the emperor's visit?",
        "shuzo-yamada-107-former-internee",
        id="who-spoke-how-old",
    ),
    # the steppe is Mongolia, as Tokyo is Japan
    pytest.param("how many days did the emperor spend on the steppe", "state-visit-8-days", id="steppe"),
    # partnering is what a partnership does: the thesaurus reads one for the other
    pytest.param(
        "What did Nicholas Millward say Mongolia gets from partnering with Japan?",
        "millward-defense-technologies",
        id="partnering",
    ),
    # everyday words the thesaurus maps: a gathering is a conference, kit is equipment
    pytest.param(
        "Which UN gathering on stopping land from turning to desert will Mongolia be hosting?",
        "mongolia-hosts-unccd-cop17-2026",
        id="gathering",
    ),
    pytest.param(
        "Which think-tank head said Mongolia gets top-end military kit from Japan without signing up to an alliance?",
        "millward-defense-technologies",
        id="kit",
    ),
    # an everyday English word the store does not know says how it is asked, not what
    pytest.param(
        "When did Mongolia's leader go to Japan to watch the new emperor take the throne?",
        "naruhito-enthronement-2019",
        id="watch",
    ),
    # where from: the claim saying from where, among all as full of the question's words
    pytest.param(
        "japanese prisoner come to mongolia from where",
        "forced-laborers-from-soviet-union-siberia",
        id="whence",
    ),
    pytest.param(
        "Where were the Japanese wartime labourers shipped to Mongolia from?",
        "forced-laborers-from-soviet-union-siberia",
        id="shipped-from",
    ),
    # "which countries" and "which official" say what kind of answer is asked: the claims name
    # the countries and the person, without those words
    pytest.param(
        "Besides its third neighbors, which two countries does Ulaanbaatar keep strong ties with?",
        "mongolia-ties-russia-china-third-neighbor-commentary",
        id="which-countries",
    ),
    # setting one partner country aside asks for another, whatever the thing is called
    pytest.param(
        "Aside from the one involving the U.S., which other three-way mechanism is there for Tokyo and Ulaanbaatar?",
        "trilateral-japan-mongolia-us-south-korea-benefits",
        id="another-partner",
    ),
    # a reason is asked by "why": the claim restating what the question takes as given gives none
    pytest.param(
        "why is the mongolia japan partnership said to have strategic motives",
        "ssp-defense-security-cooperation",
        id="why-not-restated",
    ),
    pytest.param(
        "Which Washington official was Ishiba due to meet?",
        "ishiba-tariff-breakthrough-hope",
        id="which-official",
    ),
    pytest.param(
        "What does Ulaanbaatar get out of Tokyo militarily without having to pick a side?",
        "millward-defense-technologies",
        id="pick-a-side",
    ),
    pytest.param(
        "Which anniversary of the end of World War II fell this year, close to the visit?",
        "wwii-80th-anniversary-commentary",
        id="close-to",
    ),
    pytest.param(
        "Which summer festival kicked off with the emperor in the audience?",
        "attended-naadam-opening-ceremony",
        id="in-the-audience",
    ),
    pytest.param(
        "did reporters get to watch the espionage trial",
        "only-embassy-officials-attended",
        id="watch-the-trial",
    ),
    pytest.param(
        "What did Mongolia's foreign minister call the friendship between ordinary people of both countries?",
        "battsetseg-friendship-cornerstone",
        id="ordinary-people",
    ),
    pytest.param(
        "Who extended an invitation to the emperor to come to Mongolia?",
        "visit-invitation-khurelsukh",
        id="extended-an-invitation",
    ),
    # a meeting planned is one scheduled: the store says who was "to meet" when and where
    pytest.param("Ishiba Bessent meeting plan", "ishiba-bessent-meeting-2025-07-18", id="plan"),
    # "the first time" counts occasions: the claims say which one came first, not "time"
    pytest.param(
        "Hi, my uncle asked me whether this was the first time a Japanese emperor had ever been to Mongolia, can you help?",
        "first-state-visit-by-emperor-commentary",
        id="first-time",
    ),
    pytest.param(
        "Were the Dokdo drills held for the first time under Lee?",
        "first-drills-under-lee",
        id="first-time-under",
    ),
    # what is engraved in history is written into it
    pytest.param(
        "how will the emperor visit be written in the history of the two countries, according to battsetseg",
        "battsetseg-golden-letters",
        id="written-in-history",
    ),
    pytest.param(
        "what did the foreign minister say would be recorded in history?",
        "battsetseg-golden-letters",
        id="recorded-in-history",
    ),
    # arriving in or reaching a place is getting there, as coming is; reaching a deal is asked
    pytest.param(
        "Where did the Japanese forced laborers come from before arriving in Mongolia?",
        "forced-laborers-from-soviet-union-siberia",
        id="before-arriving",
    ),
    pytest.param(
        "Where were the Japanese prisoners sent from before they reached Mongolia?",
        "forced-laborers-from-soviet-union-siberia",
        id="before-they-reached",
    ),
    # to go and look at a place is to visit it
    pytest.param(
        "did the imperial couple go look at the city's sewage plant",
        "visited-water-supply-sewage-facility",
        id="go-look-at",
    ),
    pytest.param(
        "did the royal pair go look at a school in the city",
        "visited-shine-mongol-high-school",
        id="look-at-a-school",
    ),
    # "around" in a question places a time roughly, as "about" does: it is no subject of the answer
    pytest.param(
        "Why might patriotism rise in China around mid-August?",
        "patriotism-rise-china-anniversaries",
        id="around-a-time",
    ),
    # early, mid or late in a month: the month says when, the part of it is no subject
    pytest.param(
        "what anniversaries in mid-August and early September could stir patriotism in China",
        "patriotism-rise-china-anniversaries",
        id="mid-august",
    ),
    # "lately" means the news, as "these past weeks" does: it is no subject of the answer
    pytest.param("has the emperor been to mongolia lately", "state-visit-8-days", id="lately"),
    # a speaker's aside ("long story short", "by the way") is how the question is put
    pytest.param(
        "long story short: when was the first japanese delegation to the cemetery in mongolia",
        "first-japanese-delegates-cemetery-1966",
        id="long-story-short",
    ),
    # a question closing on a choice ("copper or gold?") is answered by the one that is so
    pytest.param(
        "which mineral japan want from mongolia, copper or gold?",
        "critical-mineral-copper-commentary",
        id="copper-or-gold",
    ),
    pytest.param("which mineral does japan want from mongolia, gold or silver?", None, id="gold-or-silver"),
    # a unit counted in the singular ("how many year") is the count of years, not a date asked
    pytest.param(
        "The partnership plan is for how many year and from when to when?",
        "ten-year-plan-2022-2031-commentary",
        id="how-many-year",
    ),
    pytest.param("how many day was the state visit", "state-visit-8-days", id="how-many-day"),
    # an ordinal's ending is the number's: "the 8th of July" is July 8, with no "th" to hold
    pytest.param(
        "What did the royal couple do on the 8th of July?", "pow-memorial-visit-2025-07-08", id="8th-of-july"
    ),
    # someone's job is what the claims name as his post, without the word "job"
    pytest.param("what is nicolas milward job", "millward-director-yokosuka-council", id="job"),
    pytest.param("millward occupation", "millward-director-yokosuka-council", id="occupation"),
    # a "before" closing a clause is an earlier time, which the claims say as "previously"
    pytest.param(
        "Emperor was coming to Mongolia also before, when it was?",
        "naruhito-2007-crown-prince-visit",
        id="also-before",
    ),
    pytest.param(
        "had naruhito been to mongolia before this trip?",
        "naruhito-2007-crown-prince-visit",
        id="before-this-trip",
    ),
    # "ever ... before" asks whether there was any earlier one: the first state visit answers
    pytest.param(
        "Had a Japanese monarch ever made a state visit to Ulaanbaatar before?",
        "first-state-visit-by-emperor-commentary",
        id="ever-before",
    ),
    # a role asked is what the claim says a thing does or serves as, without the word "role"
    pytest.param(
        "what is the role of historical symbolism for mongolia",
        "historical-symbolism-foreign-policy-tool-commentary",
        id="role-of",
    ),
    # a "framework" is what the store calls a program: the partnership's 10-year Action Program
    pytest.param(
        "name of the 10-year framework for the partnership",
        "action-program-10-year-diplomat",
        id="framework",
    ),
    # to "patch up" ties is to improve them, as to mend them is
    pytest.param(
        "how did china try to patch up relations with japan",
        "xi-administration-improve-ties-japan",
        id="patch-up",
    ),
    # to speak somewhere is to give a speech there
    pytest.param("where did ishiba speak about the spy verdict", "ishiba-world-orderly-takaoka", id="speak"),
    # reporters "cover" what they report on
    pytest.param(
        "could the japanese press cover the spy trial", "japanese-media-barred-courtroom", id="cover"
    ),
    # the "sides" of a meeting are its parties
    pytest.param(
        "what did the sides promise at the tokyo trilateral", "trilateral-commitment-indo-pacific", id="sides"
    ),
    # a figure asked of a year the store does not hold is not given by a figure of a year near it
    pytest.param("how much did japan invest in mongolia in 2020", None, id="year-near"),
    # what a source "suggests" is what it says; to "build up" a mechanism is to expand it
    pytest.param(
        "which three-way setup does the article suggest building up",
        "expanding-trilateral-mechanism-crucial",
        id="suggest-building-up",
    ),
    # "3rd" after a month (or before "of" and one) is the day, not the ordinal word "third"
    pytest.param(
        "What does China celebrate on September 3rd?", "sept-3-victory-over-japan-anniversary", id="day-3rd"
    ),
    # what "blocks" or "hinders" a thing is what the store says impedes it
    pytest.param(
        "What did Foreign Minister Iwaya say the detentions are blocking?",
        "iwaya-detentions-biggest-factor",
        id="blocking",
    ),
    # "wanting" is as much how a question is put as "want" and "wanted" are
    pytest.param(
        "which minerals is Japan wanting from Mongolia?",
        "japan-interest-critical-minerals-commentary",
        id="wanting",
    ),
    # what a question sets aside at its end ("other than the memorial") is no word a claim must hold
    pytest.param(
        "What places did the emperor and empress visit in Ulaanbaatar other than the memorial?",
        "visited-water-supply-sewage-facility",
        id="other-than-at-end",
    ),
    # "who exactly" asks who holds a role as "who" does: a claim saying only "a" one is not who
    pytest.param("Who exactly will be Japan's high-level representative at COP17?", None, id="who-exactly"),
    # a cost asked of a project's long name asks money: households served or tonnes saved are no cost
    pytest.param(
        "How much does the ADB Upscaling Renewable Energy Sector Project cost?", None, id="cost-long-name"
    ),
    # "where exactly in Ulaanbaatar" asks a place within the one named: a claim naming none is no answer
    pytest.param("Where exactly in Ulaanbaatar is the memorial for Japanese POWs?", None, id="where-within"),
    # a company that makes medicine is a pharmaceutical company, in everyday words
    pytest.param(
        "Which Japanese company make medicine and its worker got prison in China for spy?",
        "astellas-employee-sentenced-3-5-years",
        id="medicine-company",
    ),
    # "what role does X play" asks what X does: the role and the playing are how it is put
    pytest.param(
        "What role does historical reconciliation play for Japan in the region?",
        "reconciliation-navigate-affairs",
        id="role-played",
    ),
    pytest.param("what part did Japanese forces play in Khaan Quest", "sdf-khaan-quest", id="part-played"),
    # a point of the compass between two, written as two words, is the one word the claims use
    pytest.param(
        "Ulanbator Dialog on North-east Asia how often is it",
        "ulaanbaatar-dialogue-commentary",
        id="north-east",
    ),
    # everyday words for the store's: "wider" is "broader"
    pytest.param(
        "Beyond East Asia, into which wider region was the cooperation supposed to extend?",
        "partnership-indo-pacific-scope-commentary",
        id="wider-region",
    ),
    # a "job title" asked is the post a claim gives, which never says "title"
    pytest.param("Nicholas Milward job title", "millward-director-yokosuka-council", id="job-title"),
    # "looking at" a thing names what is asked about; a friendship is a relationship, a meaning a
    # connotation
    pytest.param(
        "Looking at East Asian security, does the Tokyo-Ulaanbaatar friendship have a wider strategic meaning?",
        "geopolitical-connotations-commentary",
        id="looking-at",
    ),
    # how short an answer is wanted ("in one sentence", "the gist of") is no word it must hold
    pytest.param(
        "What did the Mongolian foreign minister say about the emperor's trip, in one sentence?",
        "battsetseg-visit-historical-significance",
        id="in-one-sentence",
    ),
    # a count of forced laborers whose keywords call them prisoners counts the prisoners asked about
    pytest.param(
        "How many Japanese prisoner did the National Archives of Mongolia say were sent to Mongolia?",
        "forced-laborers-national-archives",
        id="prisoners-counted-as-laborers",
    ),
    # a part of the article ("according to the conclusion") says where the answer was read, not what
    pytest.param(
        "On what levels did the emperor's visit strengthen bilateral relations, according to the conclusion?",
        "visit-augmented-relations-three-levels",
        id="part-of-the-article",
    ),
    pytest.param(
        "which country pulled out of the Paris Agrement acording to the Mongolia Japan artical",
        "us-paris-agreement-withdrawal-commentary",
        id="article-named-and-misspelt",
    ),
    # "I work at a bank in Tokyo" says who asks ("I'm a banker"), not what: no word the answer lacks
    pytest.param(
        "Hi, I work at a bank in Tokyo. The islet drills were the first under the new South Korean"
        " president, what is his name?",
        "first-drills-under-lee",
        id="asker-at-work",
    ),
    # making things of a material is manufacturing, as the claims say it
    pytest.param(
        "Mongolian minerals: what does Japan make with them?",
        "minerals-use-robotics-commentary",
        id="make-with-them",
    ),
    # one "who spoke about" a thing is told by what they said, which the claims need not call
    # speaking: the internee's age and his words are claims related to each other
    pytest.param(
        "What is the name of the old former internee who spoke about the royal visit?",
        "shuzo-yamada-107-former-internee",
        id="spoke-about",
    ),
    # aiming for a thing is working toward it, as the claims say it
    pytest.param(
        "What level of partnership will the two governments keep aiming for?",
        "continued-people-to-people-partnership-commentary",
        id="aiming-for",
    ),
    # someone's first time in a place asks whether they had been there before, not for the first
    # state visit
    pytest.param(
        "Was this Naruhito's first time in Mongolia?", "naruhito-2007-crown-prince-visit", id="first-time-in"
    ),
    # figures that disagree are answered by a claim whose figure is disputed: the other side
    # travels with it, though neither says "different"
    pytest.param(
        "Japanese POWs in Mongolia - the two sources give different totals, what are they?",
        "pow-total-mongolian-records",
        id="two-sources-differ",
    ),
    pytest.param(
        "two diffrent figures for japanese prisoners in mongolia?",
        "pow-total-mongolian-records",
        id="different-mistyped",
    ),
    pytest.param(
        "The records don't match on POW deaths - what does each say?",
        "pow-deaths-japanese-records",
        id="do-not-match",
    ),
    # a figure the question sets beside what it asks is the side the asker has: the other is asked
    pytest.param(
        "Quick one for my newsletter: roughly how many Japanese labourers ended up in Mongolia according to the"
        " National Archives, compared with the 12,318 in Mongolian records?",
        "forced-laborers-national-archives",
        id="compared-with-a-figure",
    ),
    # whether something happened in a year: a claim that says nothing of when can neither bear the
    # year out nor correct it; one that gives the year answers
    pytest.param("Did Koizumi Junichiro visit the POW memorial in 1998?", None, id="year-the-store-lacks"),
    pytest.param("Was Kaifu Toshiki at the prisoners of war memorial in 1991?", None, id="year-unsaid"),
    pytest.param(
        "Did Japan, Mongolia and the US hold a trilateral meeting in 2022?",
        "trilateral-meeting-tokyo-2022",
        id="year-the-store-gives",
    ),
    # "why does it matter" asks the reason, which never says it matters
    pytest.param(
        "Why does reconciliation matter to Tokyo's foreign policy?",
        "reconciliation-navigate-affairs",
        id="why-it-matters",
    ),
    # asking someone to come is inviting them: the claim naming who invited answers
    pytest.param(
        "who asked the royal couple to travel to Mongolia", "visit-invitation-khurelsukh", id="asked-to-come"
    ),
    # the kind of answer named after "which" or "what" mistyped is still the frame, not a subject
    pytest.param(
        "From which contry were Japanese POWs sent to Mongolia?",
        "forced-laborers-from-soviet-union-siberia",
        id="kind-word-mistyped",
    ),
    pytest.param(
        "in what yaer did Japan and Mongolia hold a trilateral meeting with the US",
        "trilateral-meeting-tokyo-2022",
        id="year-word-mistyped",
    ),
    # "who does X work for" asks for the employer, which the claim names without saying "work"
    pytest.param(
        "Who does Nicholas Millward work for?", "millward-director-yokosuka-council", id="who-works-for"
    ),
    # a country's "past" deeds are its historical ones, as the store says
    pytest.param(
        "Do Imperial Japan's past atrocities stir controversy in East Asia?",
        "imperial-japan-atrocities-controversy",
        id="past-is-historical",
    ),
    # an "effect" is an impact, as the store's claims on consequences say
    pytest.param(
        "what effect do american spending cuts have on mongolia and japan",
        "us-cuts-force-regional-cooperation-commentary",
        id="effect-is-impact",
    ),
    # an everyday word the claims seldom hold as asked ("places", "city") weighs half a rare one:
    # the answer holding the rest is not left below the line for lacking it
    pytest.param(
        "Which places in Ulaanbaatar did the emperor see?",
        "visited-water-supply-sewage-facility",
        id="everyday-places",
    ),
    pytest.param(
        "ishiba speech in toyama city about the spy ruling",
        "ishiba-world-orderly-takaoka",
        id="everyday-city",
    ),
    # what someone "thinks" or something is "considered" to be asks for the view, which the claim
    # gives in its own words ("said", "according to"): no claim need hold the thinking
    pytest.param(
        "Does the author think the change of leader in Tokyo slows ties with Mongolia?",
        "japanese-leadership-transition-commentary",
        id="view-thought",
    ),
    pytest.param(
        "Why is Japan's reconciliation with its past considered relevant today?",
        "reconciliation-geopolitically-relevant",
        id="view-considered",
    ),
    # which holder of a country's office: the store names no Mongolian prime minister, and a
    # claim about Mongolia's president, or Japan's prime minister, names none
    pytest.param(
        "Which Mongolian prime minister met Naruhito during the state visit?", None, id="office-which"
    ),
    pytest.param("who is the mongolian prime minister that met naruhito", None, id="office-who"),
    pytest.param(
        "Which Mongolian president invited the emperor?", "visit-invitation-khurelsukh", id="office-held"
    ),
    # what an office's holder said is not given by the holder of another office sharing a word
    # with it: the store has the Mongolian foreign minister's words, no prime minister's
    pytest.param(
        "What did the Mongolian prime minister say about Japan's investment?", None, id="said-other-office"
    ),
    pytest.param(
        "What did Mongolia's foreign minister say about the visit?",
        "battsetseg-golden-letters",
        id="said-office",
    ),
    # whom Japan sends as its representative: the store says it will send one, not who
    pytest.param(
        "Who will Japan send to COP17 as its high-level representative?", None, id="sent-as-unnamed"
    ),
    pytest.param("who is japan sending as high-level representative to cop17", None, id="sending-as"),
    pytest.param(
        "Who announced Japan would send someone as its high-level representative?",
        "naruhito-high-level-representative-cop17",
        id="announced-sending",
    ),
    pytest.param(
        "Which prime ministers of Japan have visited the POW sites?",
        "pm-abe-visited-pow-sites",
        id="listing-breaks-a-tie-at-the-cap",
    ),
    # "what impact did X have on Y": a claim only saying X happened tells nothing of what came of it
    pytest.param(
        "What impact did the US leaving the Paris Agreement have on Mongolia and Japan?",
        "us-cuts-force-regional-cooperation-commentary",
        id="effect-asked-not-the-cause",
    ),
    pytest.param(
        "paris accord exit impact mongolia japan",
        "us-cuts-force-regional-cooperation-commentary",
        id="effect-asked-in-keywords",
    ),
    # "head of state" is an office, not someone being asked what they stated
    pytest.param(
        "what did Mongolia's head of state do with the emperor in 2019",
        "khurelsukh-naruhito-met-2019",
        id="head-of-state-says-nothing",
    ),
    # a quote asked of someone is their words: the claim saying what they said comes before the
    # one naming their office, however near readers' questions about the office come
    pytest.param(
        "nicholas milward yokosuka council quote",
        "millward-defense-technologies",
        id="quote-before-office",
    ),
    # a typo judged on its stem too: "intrested" is two edits from "invested" as written, but its
    # stem "intrest" is one from the store's "interest"
    pytest.param(
        "Which Mongolian minerals is Japan intrested in?",
        "japan-interest-critical-minerals-commentary",
        id="typo-on-stem",
    ),
    # why something "matters" asks why it is crucial, relevant or of significance, as the claims say
    pytest.param(
        "Why does reconciliation with the past matter to Japan beyond history?",
        "reconciliation-geopolitically-relevant",
        id="matter-is-relevant",
    ),
    # efforts at a thing are about the thing, which the claims state without the effort
    pytest.param(
        "Why are Tokyo's attempts to reconcile with its past seen as relevant?",
        "reconciliation-geopolitically-relevant",
        id="efforts-at-the-thing",
    ),
    # "premier" is read as the claims write it: Japan's "Prime Minister" is no Mongolian premier
    pytest.param("Which Mongolian premier met the Japanese emperor?", None, id="premier-other-country"),
    pytest.param(
        "Which Japanese premier visited the POW memorial in Mongolia?",
        "pm-kaifu-visited-pow-sites",
        id="premier-own-country",
    ),
    # "wife" is read as the empress only as the emperor's wife, not another man's
    pytest.param("Who is Khurelsukh's wife?", None, id="another-mans-wife"),
    pytest.param("Did the wife of the Mongolian president meet Masako?", None, id="wife-of-another"),
    pytest.param("Did Mongolia's first lady meet the empress?", None, id="first-lady"),
    pytest.param(
        "What is the name of Naruhito's wife?", "naruhito-masako-emperor-empress", id="emperors-wife"
    ),
    # a city asked by its kind ("host city"): the claim names the country alone
    pytest.param("cop17 mongolia host city", None, id="host-city"),
    pytest.param("Name the city where COP17 will take place", None, id="the-city-where"),
    pytest.param(
        "Which city did Ishiba speak in on July 16?",
        "ishiba-world-orderly-takaoka",
        id="which-city",
    ),
    # "waste water" is the store's wastewater, written apart: a sewage facility
    pytest.param(
        "Did the emperor visit a waste water plant?",
        "visited-water-supply-sewage-facility",
        id="waste-water-is-sewage",
    ),
    # asked why, the claim giving the reason ("amid growing concern about long-term food security")
    # comes before the one it is related to, which only says that food cooperation is crucial
    pytest.param(
        "Why does Japan care about Mongolian farming and food?",
        "japan-seeking-alternative-food-sources-commentary",
        id="why-gets-the-reason",
    ),
    pytest.param(
        "food supply japan mongolia why",
        "japan-seeking-alternative-food-sources-commentary",
        id="why-asked-last",
    ),
]


@pytest.mark.parametrize(("query", "expected"), FIRST_ANSWERS)
def test_a_strangers_question_gets_the_answer_it_asks_for(
    jpmn: Callable[..., Result], query: str, expected: str | None
) -> None:
    assert first_answer(jpmn, query) == expected


def test_captive_soldiers_are_the_prisoners_of_war(jpmn: Callable[..., Result]) -> None:
    """The thesaurus reads "captive Japanese soldiers" as the store's prisoners of war: either
    side's count of their deaths answers."""
    answer = first_answer(jpmn, "How many of the captive Japanese soldiers lost their lives in Mongolia?")
    assert answer is not None and answer.startswith("pow-deaths-")


def test_the_prison_camps_are_where_the_prisoners_of_war_were(jpmn: Callable[..., Result]) -> None:
    """The thesaurus reads "the prison camps" (or POW, internment, detention camps) as the store's
    prisoners of war: either side's count of their deaths answers."""
    answer = first_answer(jpmn, "How many Japanese died in the prison camps in Mongolia?")
    assert answer is not None and answer.startswith("pow-deaths-")


def test_the_places_toured_in_a_city_are_those_in_it(jpmn: Callable[..., Result]) -> None:
    """ "What places did they tour in Ulaanbaatar" names Ulaanbaatar, and Mongolia by it: the
    claim saying they visited Mongolia names no place toured; the one saying they visited
    Ulaanbaatar's water supply and sewage facility does."""
    answer = first_answer(jpmn, "What places did the emperor and empress tour in Ulaanbaatar?")
    assert answer == "visited-water-supply-sewage-facility"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Which Japanese prime ministers went to the POW memorial sites?", "pm-abe-visited-pow-sites"),
        (
            "Which two 80th anniversaries did the state visit come shortly before?",
            "hiroshima-nagasaki-80th-anniversary-commentary",
        ),
        (
            "What problems do the trilateral mechanisms help resolve?",
            "third-neighbor-abduction-issues-commentary",
        ),
    ],
)
def test_a_list_asked_for_is_answered_by_the_claim_quoting_it_all(
    jpmn: Callable[..., Result], query: str, expected: str
) -> None:
    """A source's list is cut into a claim an item, each quoting the list up to its own; a
    question asking which things is answered first by the claim quoting the whole list, not by one
    naming a single item."""
    assert first_answer(jpmn, query) == expected


@pytest.mark.parametrize(
    "query",
    [
        "Which places in Mongolia did the emperor and empress visit?",
        "what places did the emperor and empress go to in Mongolia",
        "Apart from the POW memorial, what places did the emperor and empress visit in Mongolia?",
        # keywords alone: "places" asks which places as "what places" does
        "places emperor toured mongolia",
        "imperial couple places visited ulaanbaatar",
    ],
)
def test_the_places_seen_are_found_below_the_claims_that_only_name_the_country(
    jpmn: Callable[..., Result], query: str
) -> None:
    """Many claims say the couple visited Mongolia, which the question names already; the
    claims naming what they saw there (a school, a sewage facility) rank below them all and are
    looked for further down, not taken for missing."""
    answers = json.loads(jpmn("ask", query, "--json", "--limit", "3").out)
    assert {"visited-water-supply-sewage-facility", "visited-shine-mongol-high-school"} & {
        answer["id"] for answer in answers
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # the store has no day of arrival: July 8 is the day of one stop on an eight-day visit
        ("On which day did the emperor arrive in Mongolia?", None),
        (
            "On what date did the royal couple visit the memorial to the Japanese prisoners of war?",
            "pow-memorial-visit-2025-07-08",
        ),
        ("What day did the emperor stop at the graves of the war captives?", "pow-memorial-visit-2025-07-08"),
    ],
)
def test_the_day_of_one_stop_is_not_the_day_of_the_visit(
    jpmn: Callable[..., Result], query: str, expected: str | None
) -> None:
    """A day asked of an arrival is not answered by the day the couple visited the memorial;
    the day asked of the memorial is."""
    assert first_answer(jpmn, query) == expected


@pytest.mark.parametrize(
    "query",
    [
        "how long was the emperor's trip to mongolia and who invited him",
        "How long did the emperor and empress stay in Mongolia, and who invited them?",
    ],
)
def test_a_question_asking_two_things_shows_an_answer_to_each(
    jpmn: Callable[..., Result], query: str
) -> None:
    """ "How long ... and who invited him?" asks two things no one claim states: the claim holding
    what the second part names (the invitation) comes among the first three, after the stay."""
    answers = [answer["id"] for answer in json.loads(jpmn("ask", query, "--json", "--limit", "3").out)]
    assert answers[0] == "state-visit-8-days"
    assert "visit-invitation-khurelsukh" in answers


@pytest.mark.parametrize(
    "query",
    [
        "imperial couple places visited in ulaanbaatar",
        "Which places in Ulaanbaatar did the emperor and empress go to?",
    ],
)
def test_the_places_asked_for_are_all_the_claims_naming_one(jpmn: Callable[..., Result], query: str) -> None:
    """ "Which places did they visit" asks for every place: the claims naming one (a sewage
    facility, a school, the Naadam festival they attended the opening of) come before those
    saying only that the couple visited Mongolia, however far down they were found."""
    answers = {answer["id"] for answer in json.loads(jpmn("ask", query, "--json", "--limit", "3").out)}
    assert answers == {
        "visited-water-supply-sewage-facility",
        "visited-shine-mongol-high-school",
        "attended-naadam-opening-ceremony",
    }


@pytest.mark.parametrize(
    ("query", "claim"),
    [
        ("which regional lending bank partners Mongolia on renewables", "ure-project-partner-adb-commentary"),
        (
            "did the imperial couple attend the start of the big summer games",
            "attended-naadam-opening-ceremony",
        ),
        ("what blocs does Mongolia steer clear of", "mongolia-avoid-joining-blocs"),
        ("what does Nicholas Millward direct", "millward-director-yokosuka-council"),
        ("which department does Masaaki Kanai head", "kanai-asian-oceanian-affairs-bureau"),
        (
            "which fields is the Mongolian capital keenest to work with Japan on",
            "mongolia-priority-cooperation-areas-commentary",
        ),
        (
            "the people forced to work in Mongolia after the war: where were they shipped in from",
            "forced-laborers-from-soviet-union-siberia",
        ),
        ("what does each side call the small rocky islands Japan and Korea dispute", "takeshima-dokdo-names"),
        ("what do the Japanese call the rocky outcrops Korea also claims", "takeshima-dokdo-names"),
        (
            "which underground raw materials of the steppe nation does Tokyo want",
            "japan-interest-critical-minerals-commentary",
        ),
        (
            "what did Mongolia's top diplomat say the friendship between the peoples rests on",
            "battsetseg-friendship-cornerstone",
        ),
        (
            "which farming that restores the land do the two countries cooperate on",
            "ssp-regenerative-agriculture-commentary",
        ),
        (
            "which problems with the hermit kingdom do the three-way talks help resolve",
            "third-neighbor-abduction-issues-commentary",
        ),
        ("when did Naruhito first visit Mongolia as heir to the throne", "naruhito-2007-crown-prince-visit"),
    ],
)
def test_a_description_of_a_store_name_finds_it(jpmn: Callable[..., Result], query: str, claim: str) -> None:
    """Readers describe what the store names: "the regional lending bank" is the Asian Development
    Bank, "the start" of the games their opening ceremony, "steer clear of" avoid, "the rocky
    islands" or "rocky outcrops" the islets, raw materials "from underground" minerals, what a
    friendship "rests on" its cornerstone, the "hermit kingdom" North Korea, the "heir to the
    throne" the crown prince."""
    answers = [answer["id"] for answer in json.loads(jpmn("ask", query, "--json", "--limit", "3").out)]
    assert claim in answers


@pytest.mark.parametrize(
    "query",
    [
        "what did the Korean wire service say about the landing of soldiers on the islets",
        "what did the South Korean wire service report about the drills",
    ],
)
def test_a_wire_service_is_read_as_a_news_agency(jpmn: Callable[..., Result], query: str) -> None:
    """A wire service is a news agency: what "the Korean wire service" said is what Yonhap News
    Agency reported, not a word the store lacks."""
    answers = json.loads(jpmn("ask", query, "--json", "--limit", "1").out)
    assert answers[0]["attributed_to"] == "Yonhap News Agency"


@pytest.mark.parametrize(
    ("query", "claim"),
    [
        (
            "what does the opinion piece point to as signs of a shrinking US presence in Asia?",
            "trump-tariffs-shrinking-us-presence-commentary",
        ),
        (
            "what does the opinion piece say Japan recognizes about the US presence in the region?",
            "japan-strengthening-partners-including-mongolia-commentary",
        ),
    ],
)
def test_an_opinion_piece_is_read_as_the_commentary(
    jpmn: Callable[..., Result], query: str, claim: str
) -> None:
    """An opinion piece or op-ed is what the store calls a commentary: what "the opinion piece"
    says is what the commentary author argues."""
    answers = json.loads(jpmn("ask", query, "--json", "--limit", "1").out)
    assert answers[0]["id"] == claim


def test_a_round_of_drills_is_the_drills(jpmn: Callable[..., Result]) -> None:
    """ "A round of drills" says no more than "drills": "round", a word the store lacks, does not
    keep the claim saying they were the first under Lee from answering."""
    query = "which president held his first round of drills near the islets in July 2025?"
    answers = json.loads(jpmn("ask", query, "--json", "--limit", "1").out)
    assert answers[0]["id"] == "first-drills-under-lee"


@pytest.mark.parametrize(
    "query",
    ["why was Japan upset with South Korea in July 2025?", "what annoyed Tokyo about Seoul's navy drills?"],
)
def test_a_government_annoyed_or_upset_is_read_as_its_protest(
    jpmn: Callable[..., Result], query: str
) -> None:
    """Annoyed, irritated or upset say what "angry" says of a government: the store puts it as the
    protest it lodged."""
    answers = json.loads(jpmn("ask", query, "--json", "--limit", "1").out)
    assert answers[0]["id"] == "japan-protest-south-korea-drills"


@pytest.mark.parametrize(
    "query",
    [
        "name of the UN anti-desertification meeting Mongolia will host",
        "what is the anti-desertification meeting Mongolia hosts in 2026 called?",
    ],
)
def test_anti_is_read_as_combat(jpmn: Callable[..., Result], query: str) -> None:
    """ "Anti-desertification" is what the store writes "to Combat Desertification": the claims naming
    COP17 of the UN Convention to Combat Desertification answer."""
    answers = json.loads(jpmn("ask", query, "--json", "--limit", "1").out)
    assert "Convention to Combat Desertification" in answers[0]["text"]


def test_which_companies_asks_for_their_names(jpmn: Callable[..., Result]) -> None:
    """ "Which Japanese firms" asks for firms by name, as "which company" does: a claim that Japan
    is interested in the minerals names none, so the store abstains; one naming the company answers."""
    asked = jpmn("ask", "Which Japanese firms are mining rare earths in Mongolia?", "--json")
    assert (asked.code, asked.out) == (1, "[]\n")
    named = json.loads(
        jpmn("ask", "Which Japanese company employed the man sentenced in China?", "--json").out
    )
    assert named[0]["id"] == "sentenced-man-astellas-employee"


def test_a_word_typed_a_letter_short_is_read_as_the_store_word_it_stems_from(
    jpmn: Callable[..., Result],
) -> None:
    """ "employe" is "employee" a letter short, as the store stems it, not only "employ": the
    Astellas employee's reaction to the ruling answers."""
    query = "how did the astellas employe react when the ruling was read out?"
    answers = json.loads(jpmn("ask", query, "--json", "--limit", "1").out)
    assert answers[0]["id"] == "man-listened-calmly-embassy"


@pytest.mark.parametrize(
    ("query", "claim"),
    [
        (
            "the Japanese internees were sent to Mongolia from which country's territory?",
            "forced-laborers-from-soviet-union-siberia",
        ),
        (
            "which country's territory are the Takeshima islets?",
            "foreign-ministry-integral-japanese-territory",
        ),
    ],
)
def test_from_which_countrys_territory_asks_which_country(
    jpmn: Callable[..., Result], query: str, claim: str
) -> None:
    """ "From which country's territory" asks where from, as "from which country" does: the claim
    saying they were sent from the Soviet Union answers without the word "territory". Asked of the
    islets, the territory is what is asked."""
    answers = json.loads(jpmn("ask", query, "--json", "--limit", "1").out)
    assert answers[0]["id"] == claim


@pytest.mark.parametrize(
    "query",
    ["What share of Mongolia's exports goes to Japan?", "what proportion of Mongolia's trade is with Japan"],
)
def test_what_share_of_asks_for_a_figure(jpmn: Callable[..., Result], query: str) -> None:
    """ "What share of" asks for a figure, as "how many" does: no claim gives Mongolia's exports to
    Japan as a share, and the claim on "shared democratic values" does not answer it."""
    asked = jpmn("ask", query, "--json")
    assert (asked.code, asked.out) == (1, "[]\n")


@pytest.mark.parametrize(
    "query",
    [
        "In what year did the emperor first go there, back when he was still heir to the throne?",
        "what year did the current monarch first visit, back when he was still heir to the throne",
    ],
)
def test_back_when_sets_a_moment_in_the_past(jpmn: Callable[..., Result], query: str) -> None:
    """ "Back when", "back then", "back in 2007" say when, as people say it: no "back" the claim
    must hold. "Let back in" keeps its meaning."""
    answers = json.loads(jpmn("ask", query, "--json", "--limit", "1").out)
    assert answers[0]["id"] == "naruhito-2007-crown-prince-visit"


def test_the_country_pointed_back_at_is_no_word_a_claim_must_hold(jpmn: Callable[..., Result]) -> None:
    """ "In the country" points back at the country asked about, which the claims name: how long
    the couple stayed is answered. A question the store cannot answer still finds nothing."""
    query = "how long were the emperor and empress in the country?"
    answers = json.loads(jpmn("ask", query, "--json", "--limit", "1").out)
    assert answers[0]["id"] == "state-visit-8-days"
    asked = jpmn("ask", "how many Japanese tourists come to the country each year", "--json")
    assert (asked.code, asked.out) == (1, "[]\n")


def test_marking_a_date_is_read_as_its_anniversary(jpmn: Callable[..., Result]) -> None:
    """To mark a year since something is its anniversary: the claim on the 80th anniversary of the
    atomic bombings answers, though it never says "marking"."""
    query = "which two cities' A-bombings are being marked 80 years on"
    answers = json.loads(jpmn("ask", query, "--json", "--limit", "1").out)
    assert answers[0]["id"] == "hiroshima-nagasaki-80th-anniversary-commentary"


def test_what_a_thing_is_wanted_for_asks_its_use(jpmn: Callable[..., Result]) -> None:
    """ "What does Tokyo need the rare earths for?" asks the use they are put to, as the claims
    say it ("can be utilized for"), not why Japan is interested in them."""
    answers = json.loads(
        jpmn("ask", "what does tokyo need the rare earths for", "--json", "--limit", "1").out
    )
    assert answers[0]["id"].startswith("minerals-use-")


def test_whose_account_asks_the_one_it_is_according_to(jpmn: Callable[..., Result]) -> None:
    """ "Which organization's description" asks whose it is: the claim giving it "according to the
    Asian Development Bank's project description" names it, and answers."""
    query = "which organization's project description counts the households getting clean electricity"
    answers = json.loads(jpmn("ask", query, "--json", "--limit", "1").out)
    assert answers[0]["id"] == "ure-project-70000-households"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (
            "Check: Xi's administration is expected to give ground on national security and territory.",
            "xi-no-concessions-non-negotiable",
        ),
        (
            "How did men apparently linked to the Chinese authorities interfere around the courthouse?",
            "men-blocked-reporting-courthouse",
        ),
    ],
)
def test_a_verb_put_otherwise_is_read_as_the_stores(
    jpmn: Callable[..., Result], query: str, expected: str
) -> None:
    """ "Give ground" is the claims' "concessions", "interfere" their "blocked", "seemingly tied
    to" their "appeared to be connected to": the question answers."""
    answers = json.loads(jpmn("ask", query, "--json", "--limit", "1").out)
    assert answers[0]["id"] == expected


def test_what_pushes_asks_what_it_brings_about(jpmn: Callable[..., Result]) -> None:
    """ "Pushes" says that one thing drives another, which the claims put otherwise ("promised
    greater cooperation ... also in the Indo-Pacific"): it does not weigh as the subject the
    store lacks."""
    query = "The 2022 upgrade pushes cooperation beyond East Asia into which wider region?"
    answers = json.loads(jpmn("ask", query, "--json", "--limit", "1").out)
    assert answers[0]["id"] == "partnership-indo-pacific-scope-commentary"


def test_an_adverb_read_only_as_a_typo_weighs_as_how_it_was_done(jpmn: Callable[..., Result]) -> None:
    """ "Quietly" is spelt right, not a typo of the store's "quit" or "quickly": it says how
    Beijing told Tokyo, and the claim that it notified Japan in advance answers."""
    query = "What was Beijing quietly telling Tokyo before the ruling?"
    answers = json.loads(jpmn("ask", query, "--json", "--limit", "1").out)
    assert answers[0]["id"] == "china-foreign-ministry-not-as-harsh"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (
            "what moves by Washington suggest a US retreat from the region",
            "trump-tariffs-shrinking-us-presence-commentary",
        ),
        (
            "what does the author say Mongolia uses the emperor's symbolism for",
            "historical-symbolism-foreign-policy-tool-commentary",
        ),
    ],
)
def test_what_moves_or_uses_asks_what_was_done(
    jpmn: Callable[..., Result], query: str, expected: str
) -> None:
    """ "Moves" and "uses" only frame what a side did or what a thing serves as (the claims put
    it as "tariffs and burden sharing", "a foreign policy tool"): they weigh as everyday words,
    not as the subject the store lacks."""
    answers = json.loads(jpmn("ask", query, "--json", "--limit", "1").out)
    assert answers[0]["id"] == expected


def test_a_readers_aside_weighs_as_an_everyday_word(jpmn: Callable[..., Result]) -> None:
    """ "What year was that again?" recalls, it asks nothing more: "again" is no subject the
    store lacks, and the claim about the first delegates at the cemetery answers."""
    query = "which year was the first Japanese group at the cemetery again"
    answers = json.loads(jpmn("ask", query, "--json", "--limit", "1").out)
    assert answers[0]["id"] == "first-japanese-delegates-cemetery-1966"


def test_a_city_hosting_something_asks_where_it_is_held(jpmn: Callable[..., Result]) -> None:
    """ "Which city is hosting the expo" asks where it is held, as "held" does: the claim that
    the World Exposition was under way in Osaka answers."""
    query = "which city in western Japan is hosting the expo Bessent is going to"
    answers = json.loads(jpmn("ask", query, "--json", "--limit", "1").out)
    assert answers[0]["id"] == "world-expo-osaka-ongoing"


def test_passionate_about_is_an_interest(jpmn: Callable[..., Result]) -> None:
    """ "Passionate about" is the claims' "deep personal interest in": the question answers."""
    query = "what issues is the empress personally passionate about"
    answers = json.loads(jpmn("ask", query, "--json", "--limit", "1").out)
    assert answers[0]["id"] == "masako-environment-climate-interest"
