"""The search core as the CLI calls it: batches, explanations, and why nothing matched."""

from __future__ import annotations

import pytest

from jpmn.core.answers import Answerer
from jpmn.core.index import Index
from jpmn.core.search import claim_filter, no_match, search, understand, unframe

from conftest import SHIPPED_STORE


@pytest.fixture(scope="module")
def index() -> Index:
    return Index.open(str(SHIPPED_STORE), "data/facts.yaml")


def ids(hits: list) -> list[str]:  # type: ignore[type-arg]
    return [hit.claim["id"] for hit in hits]


def test_a_batch_answers_as_one_by_one(index: Index) -> None:
    queries = [
        "POW deaths",
        "Naruhitto visit",
        "how to bake sourdough",
        "70k homes clean electricity",
        "Is it true the imperial visit lasted ten days?",
        "POW deaths",
        "Is it true the imperial visit lasted ten days?",
    ]
    answerer = Answerer(index)  # one index and one verifier, as ask --batch
    batch = [answerer.answer(query, limit=3) for query in queries]
    alone = [
        Answerer(Index.open(str(SHIPPED_STORE), "data/facts.yaml")).answer(query, limit=3)
        for query in queries
    ]
    assert [ids(hits) for hits in batch] == [ids(hits) for hits in alone]
    assert [[hit.score for hit in hits] for hits in batch] == [[hit.score for hit in hits] for hits in alone]


def test_limit_is_at_most_that_many_answers_best_first(index: Index) -> None:
    hits = search(index, "Japan Mongolia", limit=4)
    assert 1 <= len(hits) <= 4
    assert [hit.score for hit in hits] == sorted((hit.score for hit in hits), reverse=True)


def test_explain_names_each_word_how_it_was_read_and_the_score_parts(index: Index) -> None:
    hit = search(index, "Astellas worker", limit=1, explain=True)[0]
    assert hit.explanation is not None
    words = {entry["word"]: entry for entry in hit.explanation["words"]}
    assert words["worker"]["how"] == "thesaurus" and words["worker"]["matched"] == "employe"
    assert words["astellas"]["how"] == "stem"
    assert set(hit.explanation) == {
        "words",
        "coverage",
        "bm25",
        "bonuses",
        "penalties",
        "score",
        "dropped",
        "asked",
    }
    assert set(hit.explanation["asked"]) == {"question", "closeness"}  # the nearest reader's question
    assert hit.explanation["score"] == hit.score
    assert hit.matched == ["astellas", "worker"]
    typo = search(index, "Naruhitto state visit", limit=1, explain=True)[0]
    assert typo.explanation is not None
    assert typo.explanation["words"][0] | {"weight": 0} == {
        "word": "naruhitto",
        "weight": 0,
        "matched": "naruhito",
        "how": "typo",
        "similarity": 0.88,
        "coverage": 0.88,
    }


def test_a_clause_that_only_frames_the_question_is_read_without(index: Index) -> None:
    """The topic of a student's essay is not a word the answer must hold."""
    asked = "How much money had Japan put into Mongolia by 2023?"
    framed = "Hi! I'm writing an essay on Asian diplomacy. Could you tell me how much money Japan had put into Mongolia by 2023?"
    plain, chatty = search(index, asked, limit=1), search(index, framed, limit=1, explain=True)
    assert ids(chatty) == ids(plain) and chatty[0].score == plain[0].score
    assert chatty[0].explanation is not None
    assert chatty[0].explanation["dropped"] == ["I'm writing an essay on Asian diplomacy"]
    bulletin = "Hi, quick one for a news bulletin - who lodged Japan's protest with the South Korean Embassy?"
    assert ids(search(index, bulletin, limit=1)) == ids(
        search(index, "who lodged Japan's protest with the South Korean Embassy?", limit=1)
    )


def test_a_clause_asking_something_is_never_dropped_as_framing() -> None:
    from jpmn.core.search import unframe

    assert unframe("For my essay, which school did the emperor visit?") == (
        "which school did the emperor visit?",
        ["For my essay"],
    )
    assert unframe("essay") == ("essay", [])
    # when the frame holds the whole question, nothing is dropped
    framed_question = "Hello, my class presentation is about Japan's investment in Mongolia!"
    assert unframe(framed_question) == (framed_question, [])
    # "I need ..." opens the question inside the sentence that framed it
    assert unframe("Hello, for a class presentation I need the amount Japan has invested, please!") == (
        "Hello, I need the amount Japan has invested, please!",
        ["for a class presentation"],
    )
    assert unframe(
        "Hi, I'm doing a segment on royal diplomacy and I need to know how many days they spent there?"
    ) == (
        "Hi, and I need to know how many days they spent there?",
        ["I'm doing a segment on royal diplomacy"],
    )
    assert unframe("I'm reading about the trip and I'm curious what the minister thought of it?") == (
        "and I'm curious what the minister thought of it?",
        ["I'm reading about the trip"],
    )
    assert unframe("Which class of warships, for my essay?") == ("Which class of warships,", ["for my essay"])
    # a framing word inside a name is the name's: the clause is what is asked
    line = "During their July 2025 state visit, Emperor Naruhito and Empress Masako visited Shine Mongol High School."
    assert unframe(line) == (line, [])


def test_a_person_speaking_of_themselves_and_greeting_is_not_asking(index: Index) -> None:
    """ "Hi, I'm a producer putting together a timeline." says who asks; "Good morning" and "could
    you remind me" say nothing the answer must hold."""
    from jpmn.core.search import unframe

    kept, dropped = unframe(
        "Hi, I'm a producer putting together a timeline. When did Naruhito visit as crown prince?"
    )
    assert dropped == ["I'm a producer putting together a timeline"]
    assert kept == "Hi, When did Naruhito visit as crown prince?"  # "Hi" is filler, never a subject
    plain = search(index, "where are the detained Japanese nationals being held?", limit=1)
    chatty = search(
        index,
        "Good morning! Could you remind me where the detained Japanese nationals are being held?",
        limit=1,
    )
    assert plain and ids(chatty) == ids(plain)


def test_good_day_opening_a_question_is_a_greeting(index: Index) -> None:
    """ "Good day." greets as "Good morning." does: "day" is no subject the answer must hold, while
    the day asked of ("which day did the emperor arrive?") still is."""
    greeted = {
        c.typed
        for c in understand(index, "Good day. Which bank partnered with Mongolia on renewables?").concepts
    }
    assert "day" not in greeted
    assert "bank" in greeted
    asked = {c.typed for c in understand(index, "which day did the emperor arrive? a good day").concepts}
    assert "day" in asked


def test_a_speaker_naming_their_desk_here_is_not_asking(index: Index) -> None:
    """ "Hi, intern on the fact desk here." says who asks, as "Sarah here." does, however many
    words name the desk: "intern" is no internee asked about. A question ending "here?" still asks."""
    from jpmn.core.search import unframe

    _kept, dropped = unframe("Hi, intern on the fact desk here. Which sectors use the minerals Japan wants?")
    assert dropped == ["intern on the fact desk here"]
    kept, dropped = unframe("Hi, reporter from the Mongolian news desk here - where was the memorial built?")
    assert dropped == ["reporter from the Mongolian news desk here"]
    assert "where was the memorial built" in kept
    _kept, dropped = unframe("Hello. Was a memorial for the Japanese prisoners built here?")
    assert dropped == []
    hits = search(
        index,
        "Hi, intern on the fact desk here. Which industries does Japan want Mongolian critical minerals for?",
        limit=3,
    )
    assert "minerals-use-robotics-commentary" in ids(hits)


def test_a_clause_about_where_to_look_is_no_subject() -> None:
    """ "if the article gives any locations" says how to answer, not what about."""
    from jpmn.core.search import unframe

    kept, dropped = unframe("Where are the detained Japanese being held, if the article gives any locations?")
    assert dropped == ["if the article gives any locations"]
    assert kept == "Where are the detained Japanese being held,"


def test_a_duration_asked_needs_no_verb_of_spending_it(index: Index) -> None:
    """ "How many days did they spend": the 8-day visit answers; "visit month" asks for a date."""
    hits = search(index, "How many days did the emperor and empress spend on their Mongolia visit?", limit=1)
    assert hits and "8-day" in hits[0].claim["text"]
    hits = search(index, "imperial couple mongolia visit month", limit=3)
    assert any("July" in hit.claim["text"] for hit in hits)


def test_when_is_not_answered_by_a_claim_that_says_nothing_of_when(index: Index) -> None:
    """The store says Abe Shinzo visited the POW sites, never when: "in which year" has no answer.
    The "when" inside a question ("react when the ruling was read") asks no date."""
    assert search(index, "In which year did Abe Shinzo visit the POW memorial?") == []
    assert search(index, "When did Abe Shinzo visit the POW sites in Mongolia?") == []
    assert ids(search(index, "Did Abe Shinzo visit the POW sites in Mongolia?", limit=1)) == [
        "pm-abe-visited-pow-sites"
    ]
    reacted = search(index, "How did the Japanese man react when the ruling was read?", limit=1)
    assert reacted and "calmly" in reacted[0].claim["text"]
    assert ids(search(index, "When did the emperor visit the POW memorial?", limit=1)) == [
        "pow-memorial-visit-2025-07-08"
    ]


def test_how_often_is_answered_by_a_claim_saying_annual(index: Index) -> None:
    """ "The annual Ulaanbaatar Dialogue" says how often it is held, with no figure to give."""
    for asked in (
        "how often is the Ulaanbaatar Dialogue held",
        "ulaanbaatar dialogue northeast asia how often",
    ):
        assert ids(search(index, asked, limit=1)) == ["ulaanbaatar-dialogue-commentary"], asked


def test_a_mistyped_question_word_is_not_a_subject_the_store_lacks(index: Index) -> None:
    assert ids(search(index, "wich festival did the emperor attend", limit=1)) == ids(
        search(index, "which festival did the emperor attend", limit=1)
    )
    assert search(index, "Japan total ODA to Mongolia in yen") == []  # "yen" is not "yes"
    # a three-letter word is read as a question word only when it is one missing a letter
    assert ids(search(index, "memorial japanese prisoners of war built wen", limit=1)) == ids(
        search(index, "memorial japanese prisoners of war built when", limit=1)
    )
    # a function word mistyped is read as it, not guessed as a store word it is not ("befor" is
    # not "beforehand", "ofen" not "open")
    assert ids(search(index, "ishiba bessant meeting befor wich election", limit=1)) == ids(
        search(index, "ishiba bessent meeting before which election", limit=1)
    )
    assert ids(search(index, "ulanbaatar dialog northeast asia how ofen", limit=1)) == ids(
        search(index, "ulaanbaatar dialogue northeast asia how often", limit=1)
    )


def test_an_everyday_word_typed_fast_reads_as_the_word_meant(index: Index) -> None:
    # "titel", "organizaton": one slip from an everyday word, not a subject the store lacks
    assert ids(search(index, "battsetseg batmunk job titel", limit=1)) == ["battsetseg-foreign-minister"]
    assert ids(search(index, "nicholas milward wich organizaton", limit=1)) == [
        "millward-director-yokosuka-council"
    ]
    # a real word the store lacks stays what it is, and still counts as missing
    assert understand(index, "the lender of the renewable energy project").concepts[0].typed == "lender"
    assert search(index, "battsetseg batmunkh favourite recipe") == []


def test_a_word_shortened_as_readers_write_it_is_the_word(index: Index) -> None:
    # "incl" is "including", not a subject the store lacks in what the US is asked to have done
    assert ids(search(index, "what did the US slash incl in the clean energy sector", limit=1)) == [
        "us-slashed-financial-commitments-commentary"
    ]


def test_an_aside_or_hedge_is_no_subject_the_store_lacks(index: Index) -> None:
    assert ids(search(index, "why is bessent in japan anyway", limit=1)) == ids(
        search(index, "why is bessent in japan", limit=1)
    )
    assert ids(search(index, "which japanese industries are supposedly after mongolia's critical minerals"))


def test_a_place_asked_as_host_is_where_a_thing_is_held(index: Index) -> None:
    # the claim says the expo is "in Osaka", never that the city hosts it
    assert ids(search(index, "which city is hosting the world expo bessent is attending", limit=1)) == [
        "bessent-osaka-expo-national-day"
    ]
    # a claim saying "host" still comes first
    assert ids(search(index, "which country will host COP17", limit=1)) == ["mongolia-hosts-unccd-cop17-2026"]


def test_coming_back_is_a_return_the_store_must_hold(index: Index) -> None:
    # the store says how old Shuzo Yamada is, never when he came back: a name typed in lower case
    # is no deed either
    assert search(index, "when did shuzo yamada come back to japan from mongolia") == []
    assert search(index, "When did Shuzo Yamada come back to Japan from Mongolia?") == []
    assert ids(search(index, "how old is shuzo yamada", limit=1)) == ["shuzo-yamada-107-former-internee"]


def test_comments_given_to_a_publication_are_what_it_was_told(index: Index) -> None:
    assert ids(
        search(index, "which publication did mongolia's foreign minister give her comments to", limit=1)
    ) == [
        "battsetseg-visit-historical-significance"  # "... told The Diplomat that ..."
    ]


def test_a_slip_is_read_as_the_one_word_it_is_a_slip_from(index: Index) -> None:
    # "administraton" is a letter from "administrator" too, but only a slip from "administration"
    administration = next(
        c for c in understand(index, "xi administraton hegemonistic behavior").concepts if "admin" in c.typed
    )
    assert administration.typed == "administration"
    assert administration.expansions[0].how == "stem"


def test_what_asks_for_the_whole_answer_is_no_subject(index: Index) -> None:
    """ "its full name", "the exact date": how much of the answer is wanted, not what about."""
    from jpmn.core.search import understand

    asked = "in what year did Japan and Mongolia upgrade their partnership, and what was its full name?"
    assert "full" not in {concept.typed for concept in understand(index, asked).concepts}
    hits = search(index, asked, limit=3)
    assert any("Special Strategic Partnership" in hit.claim["text"] for hit in hits)


def test_emphasis_closing_a_question_is_read_before_another_follows(index: Index) -> None:
    """ "in the first place?" is emphasis also when a second question comes after it."""
    asked = "How did Japanese captives end up in Mongolia in the first place? Where were they sent from?"
    read = {concept.typed for concept in understand(index, asked).concepts}
    assert not read & {"first", "place"}, read


def test_how_a_thing_is_described_is_how_it_is_asked_not_what(index: Index) -> None:
    """ "described as": a verb of saying, as "called" is; the description is the answer."""
    asked = "Mongolia's foreign policy is described as multi-what?"
    assert "mongolia-avoid-joining-blocs" in ids(search(index, asked, limit=3))


def test_a_hyphened_co_is_part_of_its_word(index: Index) -> None:
    """ "co-operation" is cooperation, as British writers spell it; "co-finances" finances."""
    read = {concept.typed for concept in understand(index, "Mongolia Japan co-operation").concepts}
    assert "cooperation" in read and "co" not in read
    read = {concept.typed for concept in understand(index, "who co-finances the project").concepts}
    assert "finances" in read and "co" not in read


@pytest.mark.parametrize(
    ("british", "american"),
    [
        ("defence", "defense"),
        ("neighbours", "neighbors"),
        ("organisation", "organization"),
        ("recognises", "recognizes"),
        ("denuclearisation", "denuclearization"),
        ("honoured", "honored"),
        ("centred", "centered"),
        ("analysed", "analyzed"),
    ],
)
def test_a_british_spelling_meets_the_american_one_the_store_writes(british: str, american: str) -> None:
    from jpmn.core.text import terms

    assert terms(british) == terms(american)


def test_when_something_started_is_its_date_not_a_fresh_start(index: Index) -> None:
    """ "when did the state visit start?" asks the visit's date; the claim whose keywords hold a
    "fresh start" does not answer it."""
    best = search(index, "when did the state visit start", limit=1)[0].claim
    assert "July 2025" in best["text"], best["text"]


@pytest.mark.parametrize("asked", ["what happened on July 17 2025", "what happened on 17 July 2025"])
def test_a_date_asked_about_finds_the_claims_dated_so(index: Index, asked: str) -> None:
    """A claim dated the day asked about comes first; "17" in COP17 or a report's date in a
    claim about another day does not make it so."""
    best = search(index, asked, limit=1)[0].claim
    assert best["date"] == "2025-07-17", best["id"]


def test_a_word_cut_short_by_its_ending_is_no_start_of_another(index: Index) -> None:
    """ "easing" stems to "eas": read as the start of a store word, it was "east"."""
    (easing,) = [c for c in understand(index, "Beijing easing rules").concepts if c.typed == "easing"]
    assert ("east",) not in [expansion.terms for expansion in easing.expansions]


def test_asking_politely_is_how_a_question_is_put(index: Index) -> None:
    """ "if you don't mind", "if possible": no "mind" is asked about."""
    asked = "What are the names of the drills Japanese troops join in Mongolia, if you don't mind?"
    read = {concept.typed for concept in understand(index, asked).concepts}
    assert "mind" not in read, read
    assert "possible" not in {c.typed for c in understand(index, "Khaan Quest dates, if possible").concepts}


@pytest.mark.parametrize(
    ("asked", "first"),
    [
        (
            "ok so my editor wants a line on the money side: roughly how much has japan invested in"
            " mongolia so far, a ballpark from the latest year you have is fine",
            "japan-investment-over-1-billion-2023-commentary",
        ),
        ("how much has japan invested in mongolia? the latest number you have will do", None),
        ("ballpark figure for japanese investment in mongolia?", None),
        (
            "quick one, i'm on deadline and need the diplomatic angle: what did the mongolian foreign"
            " minister actually tell the press about the royal visit, any quote is fine",
            None,
        ),
        ("what did the foreign minister of mongolia say publicly about the emperor's trip", None),
    ],
)
def test_what_answer_would_do_and_saying_to_the_press_are_how_a_question_is_put(
    index: Index, asked: str, first: str | None
) -> None:
    """ "a ballpark from the latest year you have is fine", "any quote is fine", "the diplomatic
    angle", "tell the press": how the answer is wanted, no words it must hold."""
    hits = search(index, asked, limit=1)
    assert hits, asked
    if first is not None:
        assert ids(hits) == [first]


@pytest.mark.parametrize(
    "asked",
    [
        "what did the mongolian foreign minister tell the press about the olympics, any quote is fine",
        "roughly how much has japan invested in kazakhstan, a ballpark is fine",
    ],
)
def test_a_request_put_loosely_still_abstains_on_what_the_store_lacks(index: Index, asked: str) -> None:
    assert search(index, asked, limit=1) == []


def test_a_royal_visit_is_the_emperors_visit(index: Index) -> None:
    """ "what did Shuzo Yamada say about the royal visit": his words on the Emperor and Empress
    paying their respects answer; what he said of a thing the store does not hold does not."""
    asked = "what did shuzo yamada say about the royal visit"
    assert ids(search(index, asked, limit=1)) == ["yamada-glad-emperor-pay-respects"]
    assert search(index, "what did yamada say about the olympics", limit=1) == []
    assert search(index, "what did yamada say about the royal visit to china", limit=1) == []


def test_sending_delegations_to_old_sites_is_delegations_visiting_historical_sites(index: Index) -> None:
    """ "why does japan keep sending delegations to old war sites": delegations sent are
    delegations visiting, old war sites are historical sites; not a place the store lacks."""
    asked = "why does japan keep sending delegations to old war sites"
    assert ids(search(index, asked, limit=1)) == ["delegation-visits-acknowledge-warfare"]
    assert search(index, asked + " in china", limit=1) == []


def test_mongol_is_read_as_mongolia_as_well_as_the_schools_name(index: Index) -> None:
    """ "mongol count and japan count" is the Mongolian records' count; "Shine Mongol" still
    names the school."""
    asked = "how much japanese pow die, mongol count and japan count is different?"
    assert ids(search(index, asked, limit=1)) == ["pow-deaths-mongolian-records"]
    assert ids(search(index, "shine mongol school", limit=1)) == ["visited-shine-mongol-high-school"]
    assert search(index, "how many mongol soldiers died in the olympics", limit=1) == []


def test_a_clause_is_no_frame_when_only_a_name_is_asked_outside_it(index: Index) -> None:
    """ "the emperor go to school in ulaanbaatar, what is name?": "school" frames nothing when the
    rest only asks for a name; the clause is what is asked about."""
    asked = "the emperor go to school in ulaanbaatar, what is name?"
    assert ids(search(index, asked, limit=1)) == ["visited-shine-mongol-high-school"]
    assert unframe("For my school project, what is the name of the square Yamada built?")[1] == [
        "For my school project"
    ]


def test_being_friends_with_a_country_is_having_ties_with_it(index: Index) -> None:
    """ "mongolia also friend with russia china or only japan?": its ties with Russia and China;
    a country the store gives no ties with is still no answer."""
    asked = "mongolia also friend with russia china or only japan?"
    assert ids(search(index, asked, limit=1)) == ["mongolia-ties-russia-china-third-neighbor-commentary"]
    assert search(index, "is mongolia friends with north korea", limit=1) == []


def test_less_of_a_country_somewhere_is_its_shrinking_presence(index: Index) -> None:
    """ "which us trade thing show america less in asia": the tariffs seen as a sign of a shrinking
    U.S. presence; a country whose presence the store does not say shrinks is no answer."""
    asked = "which us trade thing show america less in asia"
    assert ids(search(index, asked, limit=1)) == ["trump-tariffs-shrinking-us-presence-commentary"]
    assert search(index, "is china less present in mongolia", limit=1) == []


def test_how_far_back_a_thing_goes_is_when_it_began(index: Index) -> None:
    """ "how far back do japanese visits to the prisoners' graves go": when they began, 1966."""
    asked = "how far back do japanese visits to the prisoners' graves go"
    assert ids(search(index, asked, limit=1)) == ["first-japanese-delegates-cemetery-1966"]
    assert search(index, "how far back do japanese visits to the olympics go", limit=1) == []


def test_what_a_thing_is_to_focus_on_is_what_it_aims_at(index: Index) -> None:
    """ "What sort of development is the upgraded partnership supposed to focus on?": what the
    partnership aimed to implement; a place it is not said to aim at is no answer."""
    asked = "What sort of development is the upgraded partnership supposed to focus on?"
    assert ids(search(index, asked, limit=1)) == ["human-centered-development-commentary"]
    assert search(index, "what does the partnership focus on in africa", limit=1) == []


def test_a_deed_asked_of_as_it_was_done_is_the_deed(index: Index) -> None:
    """ "Why was the spy ruling probably timed the way it was?": why it was timed; "way" is no
    word the answer must hold."""
    asked = "Why was the spy ruling probably timed the way it was?"
    assert ids(search(index, asked, limit=1)) == ["ruling-timed-before-anniversaries"]
    assert search(index, "why was the olympics timed the way it was?", limit=1) == []


def test_irregular_past_forms_meet_their_verbs() -> None:
    from jpmn.core.text import terms

    assert terms("withdrawn") == terms("withdraw") and terms("went") == terms("go")


def test_ordinals_in_figures_and_british_spellings_meet_the_sources_words() -> None:
    """ "3rd neighbour" is the sources' "third neighbor", in a question and in a claim alike; a
    figure's own ordinal ("the 23rd") stays a number."""
    from jpmn.core.text import terms

    assert terms("3rd neighbour", query=True) == terms("third neighbor", query=True)
    assert set(terms("third neighbor")) <= set(terms("the 3rd neighbour"))
    assert terms("the 2nd trip", query=True) == terms("the second trip", query=True)
    assert "third" not in terms("the 23rd", query=True)
    # a British plural or participle meets the sources' word as its singular does
    assert terms("neighbours neighbouring centres", query=True) == terms("neighbors neighboring centers")


def test_an_everyday_word_the_store_lacks_weighs_less_than_a_subject_it_lacks(index: Index) -> None:
    """ "right" and "now" are how people talk; "GDP" is a subject the store does not cover."""
    from jpmn.core.search import understand

    concepts = {c.typed: c for c in understand(index, "Mongolia GDP right now").concepts}
    assert not concepts["gdp"].known and not concepts["now"].known
    assert concepts["now"].weight < concepts["gdp"].weight
    assert concepts["right"].weight == concepts["now"].weight
    assert search(index, "Mongolia GDP") == []


def test_a_quantity_named_asks_for_a_figure_as_how_many_does(index: Index) -> None:
    """A budget, a cost, a price or a population is only given by a figure: the claim about
    Mongolia's emergency agency, which gives none, does not answer what its budget is."""
    from jpmn.core.search import _intent

    assert _intent("What is the budget of the agency?")[0] is True
    assert _intent("mongolia population")[0] is True
    assert search(index, "What is the budget of Mongolia's National Emergency Management Agency?") == []
    hits = search(index, "Which Mongolian agency holds joint medical drills with Japan?", limit=1)
    assert hits and hits[0].claim["id"] == "joint-medical-drills-nema"


def test_when_asked_of_a_person_is_not_answered_by_someone_elses_dated_deed(index: Index) -> None:
    """The store says Prime Minister Koizumi visited the POW sites, never when; the emperor's visit
    to the memorial is dated. Asked which year Koizumi went, the emperor's visit is someone else's
    deed: the store has no answer. Asked of the emperor, it has."""
    assert search(index, "which year did koizumi visit the pow memorial in mongolia") == []
    hits = search(index, "Which year did the emperor visit the POW memorial in Mongolia?", limit=1)
    assert hits and hits[0].claim["id"] == "pow-memorial-visit-2025-07-08"
    hits = search(index, "did koizumi visit the pow memorial in mongolia", limit=1)
    assert hits and hits[0].claim["id"] == "pm-koizumi-visited-pow-sites"


def test_a_kind_of_thing_no_claim_speaks_of_has_no_answer(index: Index) -> None:
    """ "what gift did ..." asks for a gift, and no claim speaks of one: the claims about the
    emperor and the president meeting hold the rest of the question, not a gift. A kind the store
    knows ("which memorial did ...") still finds its claims."""
    assert search(index, "What gift did Emperor Naruhito give President Khurelsukh?") == []
    assert search(index, "What gift did President Khurelsukh give the Japanese emperor?") == []
    assert search(index, "Which memorial did the emperor and empress visit?", limit=1)


def test_what_a_doer_no_claim_speaks_of_did_has_no_answer(index: Index) -> None:
    """The store speaks of the Astellas employee's sentence, never of prosecutors: what sentence
    the prosecutors requested is not what the court gave. Asked what the court gave, it answers."""
    assert search(index, "What sentence did the Chinese prosecutors request for the Astellas employee?") == []
    hits = search(index, "What sentence did the Astellas employee get in China?", limit=3)
    assert any(hit.claim["id"] == "astellas-employee-sentenced-3-5-years" for hit in hits)


def test_a_wrong_figure_in_a_statement_to_check_does_not_sink_the_right_claim(index: Index) -> None:
    """A number the store does not hold is no subject it lacks: the claim with the right figure
    still answers "check this line" with the wrong one."""
    hits = search(index, "Check this line: 'The project will bring clean electricity to 700,000 households.'")
    assert hits and any("70,000" in hit.claim["text"] for hit in hits[:3])


def test_a_bare_year_or_date_asks_for_a_date_as_when_does() -> None:
    from jpmn.core.search import _intent

    assert _intent("POW memorial built year") == (False, True, "pow memorial built  ")
    assert _intent("10-year plan dates")[1:] == (True, "10-year plan  ")
    assert _intent("how much is spent each year") == (True, False, "  is spent each year")
    assert _intent("a 107-year old man")[1] is False


def test_what_came_of_an_event_is_not_answered_by_a_claim_that_gives_it_as_still_to_come(
    index: Index,
) -> None:
    """The store says Ishiba was to meet Bessent and hoped for a breakthrough, never what came of
    the meeting: a question asking its outcome has no answer. Asked whether it was to take place,
    the store answers."""
    assert search(index, "What came out of the Ishiba-Bessent meeting?") == []
    assert search(index, "What was the outcome of the meeting between Ishiba and Bessent?") == []
    hits = search(index, "When was Ishiba to meet Bessent?", limit=1)
    assert hits and hits[0].claim["id"] == "ishiba-bessent-meeting-2025-07-18"


def test_a_question_asking_for_a_name_is_answered_by_a_claim_giving_one(index: Index) -> None:
    """ "name" says what kind of answer is wanted, as "how many" does: the claim naming the
    minister answers; when no claim names the person asked about, the store has no answer."""
    hits = search(index, "mongolia foreign minister name", limit=1)
    assert hits and "Battsetseg Batmunkh" in hits[0].claim["text"]
    assert "Dokdo" in search(index, "takeshima korean name", limit=1)[0].claim["text"]
    assert search(index, "Astellas employee name") == []
    assert search(index, "What are the names of the two Chinese aircraft carriers in the Pacific?") == []


def test_the_name_of_a_sea_is_not_the_name_asked_of_something_else(index: Index) -> None:
    """The store says China sent two aircraft carriers to the Pacific Ocean, never what they are
    called: "Pacific Ocean" says where they went, not their names. The claim still answers what
    it does say."""
    assert search(index, "What are the names of the two Chinese aircraft carriers?") == []
    from jpmn.core.search import _feature_named

    assert _feature_named("Pacific Ocean") and not _feature_named("Battsetseg Batmunkh")
    hits = search(index, "How many aircraft carriers did China send to the Pacific?", limit=1)
    assert hits and hits[0].claim["id"] == "china-two-aircraft-carriers-pacific"


def test_who_holds_a_role_is_not_answered_by_a_claim_saying_there_will_be_one(index: Index) -> None:
    """The store says Japan would send "a high-level representative" to COP17, never who: the
    claim says there is one, not who holds the role. The claim naming the ambassador still
    answers who the ambassador is."""
    assert search(index, "Who will be Japan's high-level representative at COP17?") == []
    assert search(index, "Who is the high-level representative Japan will send to COP17, by name?") == []
    hits = search(index, "Who is Japan's ambassador to Mongolia?", limit=1)
    assert hits and "Igawahara" in hits[0].claim["text"]
    hits = search(index, "Who is the 107-year-old former internee quoted in the article?", limit=1)
    assert hits and "Shuzo Yamada" in hits[0].claim["text"]  # "Shuzo Yamada is a 107-year-old ..."


def test_who_came_before_or_after_someone_is_not_answered_by_a_claim_naming_no_one_else(index: Index) -> None:
    """ "who was ambassador before Igawahara Masaru?" asks for someone else: the claim naming
    Igawahara alone as ambassador does not answer it. The claim naming Lee's predecessor does."""
    assert search(index, "Who was Japan's ambassador to Mongolia before Igawahara Masaru?") == []
    assert (
        search(index, "Who will lead Japan after the leadership transition the first article mentions?") == []
    )
    hits = search(index, "who was south korea president before lee jae myung", limit=1)
    assert hits and "Yoon Suk Yeol" in hits[0].claim["text"]


def test_a_name_given_after_called_is_not_asked(index: Index) -> None:
    """The claim's own sentence finds it: "are called Takeshima in Japan" gives the names."""
    line = "The islets disputed between Japan and South Korea are called Takeshima in Japan and Dokdo in South Korea."
    assert search(index, line, limit=1)[0].claim["id"] == "takeshima-dokdo-names"
    assert (
        search(index, "What is Takeshima called in Korea?", limit=1)[0].claim["id"] == "takeshima-dokdo-names"
    )


def test_so_called_asks_for_no_name(index: Index) -> None:
    """A line pasted from the article ("so-called reciprocal tariffs") finds its claim: "so-called"
    names the thing, it does not ask what it is called."""
    line = "With U.S. President Donald Trump's administration set to implement so-called reciprocal tariffs on Aug. 1"
    assert search(index, line, limit=1)[0].claim["id"] == "reciprocal-tariffs-aug-1-2025"


def test_a_name_answers_only_near_the_words_asked_about_and_never_as_the_outlet() -> None:
    from jpmn.core.search import names_in
    from jpmn.core.text import stem

    def asked(*words: str) -> frozenset[str]:
        return frozenset(stem(word) for word in words)

    text = "Mongolian Foreign Minister Battsetseg Batmunkh told The Diplomat about the visit."
    assert "Mongolian Foreign Minister Battsetseg Batmunkh" in names_in(
        text, asked("mongolia", "foreign", "minister")
    )
    outlet = (
        "According to the Yomiuri Shimbun, China's sentencing of the Astellas employee could set back ties."
    )
    assert names_in(outlet, asked("astellas", "employee")) == []
    own = "The Astellas Pharma employee sentenced in July 2025 had been detained since March 2023."
    assert names_in(own, asked("astellas", "employee")) == []  # the query's own name, a month, a title


def test_how_many_is_answered_by_a_figure_counting_what_it_names(index: Index) -> None:
    """A count of prisoners of war is no answer to "how many students"; a count of households is
    one to "how many households"; and among claims scoring the most, the one covering more wins."""
    assert search(index, "How many Mongolian students study in Japan?") == []
    hits = search(index, "how many households will the renewable energy project supply", limit=1)
    assert hits and "70,000" in hits[0].claim["text"]
    hits = search(index, "how many Japanese are detained in China", limit=1)
    assert hits and "five Japanese nationals" in hits[0].claim["text"]


def test_a_month_or_a_date_asked_is_not_answered_by_a_year_alone(index: Index) -> None:
    """The store dates the 2022 trilateral meeting to the year only: "in which month" has no
    answer, while the sentencing, dated to the day, answers "on what date"."""
    assert (
        search(index, "In which month of 2022 was the Japan-Mongolia-U.S. trilateral meeting held in Tokyo?")
        == []
    )
    hits = search(index, "On what date did the Chinese court sentence the Astellas employee?", limit=1)
    assert hits and "July 16, 2025" in hits[0].claim["text"]


def test_how_old_is_answered_by_an_age_alone(index: Index) -> None:
    """Yamada's age answers; a prison term about the words asked does not, nor does an
    anniversary of the emperor's visit."""
    hits = search(index, "how old is shuzo yamada", limit=1)
    assert hits and "107" in hits[0].claim["text"]
    assert search(index, "How old is the Astellas employee jailed in China?") == []
    assert search(index, "How old is Emperor Naruhito?") == []


def test_how_long_and_how_often_want_a_duration_and_a_frequency(index: Index) -> None:
    """ "South Korean drills" are South Korea's, not another country's than Korea's; "how often"
    is answered by the drills' frequency, "how long" by the visit's days."""
    hits = search(index, "how often are the south korean drills held", limit=1)
    assert hits and "twice a year" in hits[0].claim["text"]
    hits = search(index, "how long was the emperor in mongolia", limit=1)
    assert hits and "8-day" in hits[0].claim["text"]
    assert search(index, "How long did the 2022 trilateral meeting in Tokyo last?") == []


def test_a_question_asking_of_two_countries_penalises_neither(index: Index) -> None:
    """ "Mongolia's records ... Japan's records": Japanese records are asked for too."""
    hits = search(index, "how many POWs do Mongolia's records give compared with Japan's records?", limit=3)
    said = " ".join(hit.claim["text"] for hit in hits)
    assert "Japanese records" in said and "Mongolian records" in said
    assert all(
        "Japanese records" not in hit.claim["text"]
        for hit in search(index, "Mongolia's records of POW deaths", limit=1)
    )


def test_a_question_in_two_parts_is_answered_by_the_claims_holding_them(index: Index) -> None:
    """The union of the first answers counts: no one claim holds both the sentence and the
    detention date."""
    from jpmn.core.search import _score_all, evidence, judged, understand

    query = understand(
        index, "How many years did the Astellas employee get, and since when had he been held?"
    )
    scored = judged(_score_all(index, query, None))
    coverage, union, _penalised = evidence(index, query, scored)
    assert union > coverage
    assert evidence(index, query, scored[:1])[1] == min(coverage, 1.0)


def test_no_match_says_which_words_are_unknown_and_the_closest_known_ones(index: Index) -> None:
    why = no_match(index, "Mongolia population GDP")
    assert why.unknown == ["population", "gdp"]
    assert why.hidden_by_filter == 0
    assert why.best is not None and "population" in why.best["why"]
    assert set(why.suggestions) == {"population", "gdp"}


def test_no_match_suggests_only_words_a_typo_or_two_away(index: Index) -> None:
    """An everyday English word the store does not use is no typo ("right", "tomorrow"), nor is
    one far from every word the store knows ("sculpted" is not "resulted")."""
    why = no_match(index, "who sculpted it in cairo right before tomorrow")
    assert why.suggestions["right"] == []
    assert why.suggestions["tomorrow"] == []
    assert why.suggestions["sculpted"] == []
    assert "care" in why.suggestions["cairo"]


def test_no_match_says_when_a_filter_hid_the_answers(index: Index) -> None:
    keep = claim_filter(index, "culture", None, None)
    assert search(index, "POW deaths", keep=keep) == []
    assert no_match(index, "POW deaths", keep).hidden_by_filter >= 2


def test_a_typo_is_read_as_the_closest_store_word(index: Index) -> None:
    why = no_match(index, "fluorsparr")
    assert why.unknown == []
    assert ids(search(index, "fluorsparr", limit=1)) == ["critical-mineral-fluorspar-commentary"]


def test_a_typo_is_read_as_the_thesaurus_reads_the_word_it_stands_for(index: Index) -> None:
    """Readers call the sites commemorating the prisoners of war their cemetery; misspelt, the
    word is read as the store word first, then as the thesaurus reads that word."""
    for query in (
        "which japanese prime ministers visited the pow cemetery",
        "which japan prime minster go to the pow cemetary",
    ):
        found = search(index, query, limit=3)
        assert found and all(hit.claim["id"].startswith("pm-") for hit in found), query
    reading = next(c for c in understand(index, "pow cemetary").concepts if c.typed == "cemetary")
    assert any(e.how == "typo" and e.written == "cemetery \u2192 commemor" for e in reading.expansions)


def test_a_question_in_several_parts_is_answered_part_by_part(index: Index) -> None:
    """No one claim holds both parts of the student's question; each part is answered, in the
    order asked, and --explain says which part each answer is for."""
    asked = (
        "Hello! For my essay, when did Mongolia and Japan turn their 2010 partnership into a special"
        " one, and how long is the plan that comes with it?"
    )
    hits = search(index, asked, limit=3)
    assert [hit.claim["id"] for hit in hits[:2]] == [
        "special-strategic-partnership-2022-diplomat",
        "ten-year-plan-2022-2031-commentary",
    ]
    assert hits[0].part == "when did Mongolia and Japan turn their 2010 partnership into a special one"
    assert hits[1].part == "how long is the plan that comes with it?"
    # a question one claim answers whole is answered whole
    whole = search(index, "How many Japanese POWs died in Mongolia?", limit=1)
    assert whole and whole[0].part == ""
    # parts the store does not answer add nothing
    assert search(index, "Who designed the POW memorial, and what did it cost?") == []


def test_a_part_naming_too_little_once_read_is_not_answered_alone(index: Index) -> None:
    """ "Hi, for a story on the ADB project: who's involved besides Mongolia, and how many
    households ...?": once the project is read as what frames the story, the first part names
    Mongolia alone, and every claim about Mongolia would answer it; "in which month will it be
    held?" names only an everyday word. A part asking a figure of one thing is still asked."""
    asked = "For a story on the ADB project: who else is involved besides Mongolia, and how many households will it serve?"
    assert ids(search(index, asked, limit=5)) == []
    assert search(index, "We want to film at COP17 - in which city and which month will it be held?") == []


def test_words_around_a_question_weigh_less_than_the_question_s_own(index: Index) -> None:
    """ "Our quiz night is tomorrow. Which festival ...?": the first sentence says why the person
    asks; its words weigh ranking.AROUND_SHARE of what they weigh in the question itself."""
    from jpmn.core import ranking
    from jpmn.core.search import understand

    chatty = "Our quiz night is tomorrow. Which festival did Naruhito attend?"
    weights = {concept.typed: concept.weight for concept in understand(index, chatty).concepts}
    plain = {concept.typed: concept.weight for concept in understand(index, "quiz festival").concepts}
    assert ranking.AROUND_SHARE < 1
    assert weights["quiz"] == pytest.approx(plain["quiz"] * ranking.AROUND_SHARE)
    assert weights["festival"] == pytest.approx(plain["festival"])
    # what follows "Check this line:" is what is asked, not what is around it
    checked = "Check this line: 'The emperor's five-day stay in Mongolia ended this week.'"
    assert all(
        concept.weight >= 0.99 * plain_weight(index, concept.typed)
        for concept in understand(index, checked).concepts
    )


def plain_weight(index: Index, word: str) -> float:
    from jpmn.core.search import understand

    return understand(index, word).concepts[0].weight


def test_a_text_of_many_question_marks_is_read_as_a_few_parts(
    index: Index, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Parts are read from the part of the query that is read at all, and at most MAX_PARTS of
    them: a pasted page of questions costs no more than one of a few parts."""
    import jpmn.core.search as core

    read: list[str] = []
    original = core.understand

    def counting(opened: Index, query: str) -> core.Query:
        read.append(query)
        return original(opened, query)

    monkeypatch.setattr(core, "understand", counting)
    page = " ".join(f"who designed memorial number {n} and what did it cost?" for n in range(2000))
    assert search(index, page) == []
    assert len(read) <= core.MAX_PARTS + 1


def test_who_is_answered_by_the_claim_that_names_someone(index: Index) -> None:
    """ "Who protested to the embassy?": the claim naming the official (Masaaki Kanai) comes before
    the one saying Japan's government protested; a place ("Sea of Japan") names no one, and the
    "who" of "the man who helped build the square" asks nothing."""
    hits = search(index, "who protested to the South Korean embassy over the drills", limit=2)
    assert ids(hits)[0] == "kanai-totally-unacceptable"
    hits = search(index, "Who lodged the protest with the South Korean Embassy?", limit=1)
    assert ids(hits) == ["kanai-totally-unacceptable"]
    assert understand(index, "And who said it?").asks_who
    assert not understand(index, "how old is the internee who helped build the square").asks_who


def test_when_where_or_why_of_a_deed_no_claim_says_is_not_answered(index: Index) -> None:
    """ "Why did Yoon leave the presidency?": the claims say Lee succeeded him, none that he left,
    so the store does not answer; deeds the claims do state are answered as before."""
    assert search(index, "Why did Yoon Suk Yeol leave the presidency?") == []
    assert search(index, "When did Shuzo Yamada return home from Mongolia?") == []
    for query, expected in (
        ("When did the emperor arrive in Mongolia?", "state-visit-8-days"),
        (
            "When did Mongolia and Japan establish their Strategic Partnership?",
            "strategic-partnership-2010-commentary",
        ),
        ("why did Japan protest to South Korea", "japan-protest-south-korea-drills"),
    ):
        assert ids(search(index, query, limit=1)) == [expected], query


def test_a_man_or_a_woman_the_question_describes_is_no_subject_of_its_own(index: Index) -> None:
    """ "The woman who is interested in climate issues": "woman" says someone is meant, which
    the claim about the empress's interest names; it weighs as an everyday word."""
    assert ids(search(index, "the woman who is interested in climate issues, who is she", limit=1)) == [
        "masako-environment-climate-interest"
    ]


def test_where_from_is_answered_by_the_claim_saying_from_where(index: Index) -> None:
    """Both claims are about the forced laborers sent to Mongolia; the one saying they came from
    the Soviet Union answers "where from", not the one giving how many."""
    query = "where did the japanese forced workers come from before mongolia"
    assert ids(search(index, query, limit=1)) == ["forced-laborers-from-soviet-union-siberia"]
    assert ids(search(index, "how many japanese forced workers were sent to mongolia", limit=1)) == [
        "forced-laborers-national-archives"
    ]


def test_words_the_stemmer_makes_one_are_kept_apart(index: Index) -> None:
    """The stemmer makes "forces" and "forced" one word: "Japanese forces in Mongolia" found the
    forced laborers, and "how many soldiers are in Mongolia's armed forces" was answered with
    their number. A soldier taken prisoner is still a prisoner of war."""
    assert ids(search(index, "Japanese forces in Mongolia", limit=1)) == ["japanese-forces-training"]
    assert search(index, "How many soldiers serve in Mongolia's armed forces?") == []
    assert ids(search(index, "Japanese forced labor Mongolia", limit=1))[0].startswith("forced-laborers-")
    hits = search(index, "how many japan soldier prisoner in mongolia", limit=3)
    assert any(hit.claim["id"].startswith("pow-total-") for hit in hits)
    # other words the stemmer made one: "criticism" found the critical minerals
    assert not any("mineral" in hit.claim["id"] for hit in search(index, "criticism of japan", limit=5))
    assert ids(search(index, "critical minerals", limit=1))[0].startswith(
        ("japan-interest-critical", "critical-")
    )


def test_keeping_carbon_out_of_the_air_is_avoiding_it(index: Index) -> None:
    """The store's project "will avoid 82,789 tons of carbon dioxide emissions annually"; readers
    say it keeps carbon out of the air, or prevents it."""
    for query in (
        "how much carbon will the renewable energy project keep out of the air every year",
        "how many tons of CO2 will the ADB project prevent each year",
    ):
        assert ids(search(index, query, limit=1)) == ["ure-project-82789-t-co2"], query


def test_who_did_what_no_claim_says_is_not_answered(index: Index) -> None:
    """ "Who sculpted the memorial?": the claims about the memorial say who built it and when, but
    no one of them says who sculpted anything, so the store does not answer; "who built it" and
    a deed the store words otherwise ("who runs the council": its director) still are."""
    assert search(index, "who sculpted the POW memorial in Ulaanbaatar") == []
    assert search(index, "Who is the headmaster of Shine Mongol High School?") == []
    assert search(index, "who bankrolls the Yokosuka Council on Asia-Pacific Studies") == []
    assert ids(search(index, "who built the Japanese POW memorial in Mongolia", limit=1)) == [
        "official-pow-memorial-built-2001"
    ]
    assert ids(search(index, "who runs the Yokosuka Council on Asia-Pacific Studies", limit=1)) == [
        "millward-director-yokosuka-council"
    ]
    # one claim saying it is enough, though another ranks first ("told" for "lodged")
    assert ids(search(index, "Who lodged the protest with the South Korean Embassy?", limit=1)) == [
        "kanai-totally-unacceptable"
    ]


def test_how_a_person_asks_weighs_nothing(index: Index) -> None:
    """A greeting, a relative asking, or "planning to" say who asks and how, not what: the claim
    that Mongolia keeps out of military blocs answers, and an unknown subject still finds none."""
    for query in (
        "is mongolia planning to join any military alliance",
        "Greetings! Does Mongolia intend to join a military bloc?",
        "my grandpa asks: is Mongolia planning on joining an alliance",
    ):
        assert ids(search(index, query, limit=1)) == ["mongolia-avoid-joining-blocs"], query
    assert search(index, "Is Japan planning to open a consulate in Erdenet?") == []
    # "due to", "scheduled to", "set to": the meeting is what is asked of
    query = "which election was coming up when Ishiba was scheduled to meet Bessent"
    assert ids(search(index, query, limit=1)) == ["meeting-unusual-time-before-election"]
    # a plan asked about is no way of asking
    assert ids(search(index, "what is japan planning for mongolia", limit=1)) == [
        "ten-year-plan-2022-2031-commentary"
    ]


def test_the_words_around_what_is_asked_weigh_nothing(index: Index) -> None:
    """Who asks and what for ("my teacher asked us", "for our podcast"), how many answers are
    wanted ("which three minerals") and the "use" of "what words did he use" say how a question is
    asked, not what it asks; "now" and teachers not one's own are asked about."""
    for query, expected in (
        ("which three minerals does Japan want from Mongolia", "japan-interest-critical-minerals-commentary"),
        (
            "our listeners want to know how many Japanese China is detaining",
            "five-japanese-nationals-detained-china",
        ),
        (
            "My teacher asked us this: who is Japan's ambassador to Mongolia?",
            "igawahara-ambassador-to-mongolia",
        ),
        ("What words did Kanai use about the drills?", "kanai-totally-unacceptable"),
        (
            "A draft says the 10-year plan runs 2022-2032. Can you tell me the actual years the"
            " article gives for the plan?",
            "ten-year-plan-2022-2031-commentary",
        ),
        (
            "what term did Japan's foreign ministry use for the South Korean drills",
            "kanai-totally-unacceptable",
        ),
    ):
        assert ids(search(index, query, limit=1)) == [expected], query
    # a figure that is no count of the answers, and a term that is no wording asked, still count
    assert understand(index, "the 3 minerals").concepts[0].typed == "3"
    assert [c.typed for c in understand(index, "a ten-year term").concepts][-1] == "term"
    assert search(index, "For our podcast: who is Japan's prime minister right now, and his age?") == []
    assert search(index, "How many Japanese teachers work in Mongolia?") == []
    assert search(index, "who is Mongolia's prime minister right now") == []


def test_the_person_that_did_it_asks_who_did_it(index: Index) -> None:
    """ "Who was the person that invited the emperor" asks who invited him, as "who invited the
    emperor" does: no claim calls anyone a person, so the word is no subject the store lacks."""
    for query in (
        "who was the person that invited the Japanese Emperor to Mongolia?",
        "Hello, I write an essay for my class. Please, who was the person that invited the Japanese"
        " Emperor to come to our country?",
    ):
        assert ids(search(index, query, limit=1)) == ["visit-invitation-khurelsukh"], query
    # "which member of" asks which one of those named
    query = "Which member of the royal couple is especially keen on the UN desert conference?"
    assert ids(search(index, query, limit=1)) == ["masako-focus-cop17"]
    # a person asked about is no way of asking, nor is membership
    assert understand(index, "the person in charge").concepts[0].typed == "person"
    assert understand(index, "is Mongolia a member of NATO").concepts[1].typed == "member"


def test_who_announced_it_asks_who_said_it(index: Index) -> None:
    """ "Who announced that Japan would send a representative" asks who said so: the claim has the
    emperor say it in its own verb, and is the answer."""
    for query in (
        "who announced that Japan would send a high-level representative to COP17?",
        "Who expressed that Japan would send a high-level representative to COP17?",
    ):
        assert ids(search(index, query, limit=1)) == ["naruhito-high-level-representative-cop17"], query


def test_a_name_and_quote_asks_for_their_words(index: Index) -> None:
    """ "Japanese ambassador Igawahara quote", typed at a terminal, asks what he said: his
    prediction comes before the claim that he is ambassador."""
    assert ids(search(index, "japanese ambassador igawahara quote", limit=1)) == ["igawahara-new-chapter"]
    assert ids(search(index, "japanese ambasador igawahara quotes", limit=1)) == ["igawahara-new-chapter"]


def test_everyday_words_for_visits_pairs_and_yearly_talks(index: Index) -> None:
    """Readers "drop in on" a school, call the emperor and empress "the imperial pair", and the
    annual dialogue "yearly talks"."""
    for query, expected in (
        ("Which school did the emperor and his wife drop in on?", "visited-shine-mongol-high-school"),
        ("What piece of city plumbing did the imperial pair tour?", "visited-water-supply-sewage-facility"),
        ("name of the yearly talks held in the Mongolian capital", "ulaanbaatar-dialogue-commentary"),
    ):
        assert ids(search(index, query, limit=1)) == [expected], query


def test_well_known_is_one_describing_word_like_famous(index: Index) -> None:
    """ "Which well-known square" describes what is asked about, as "famous" does: read as two
    words, "well" and "known", it weighed twice what "famous" does, and the question went
    unanswered. "Known as" still asks what something is called."""
    for query in (
        "Which well-known square in the Mongolian capital did a former Japanese detainee help lay the groundwork for?",
        "What well-known square did the very old former internee help build?",
    ):
        assert ids(search(index, query, limit=1)) == ["yamada-built-sukhbaatar-square"], query


def test_a_three_way_grouping_is_a_trilateral_mechanism(index: Index) -> None:
    """The store writes of trilateral "mechanisms"; readers say a three-way "grouping" (as they
    say a "setup" or a "format"), and ask which country besides the United States it might join."""
    hits = search(
        index,
        "Besides Washington, which other country is suggested for a three-way grouping with Tokyo and Ulaanbaatar?",
        limit=3,
    )
    assert "trilateral-japan-mongolia-us-south-korea-benefits" in ids(hits)


def test_a_political_camp_is_a_bloc_but_a_camp_alone_is_not(index: Index) -> None:
    """Readers ask whether Mongolia will join a "geopolitical camp" or a "political camp": the
    store's blocs and alliances. A camp alone is where the prisoners were held, no alliance."""
    for query in (
        "Will Mongolia join any geopolitical camps, according to the article's outlook section?",
        "Does Mongolia side with any political camp?",
    ):
        assert ids(search(index, query, limit=1)) == ["mongolia-avoid-joining-blocs"], query
    held = ids(search(index, "Where were the Japanese held in camps before Mongolia?", limit=3))
    assert "mongolia-avoid-joining-blocs" not in held


def test_a_change_at_the_top_is_a_leadership_change(index: Index) -> None:
    """Readers call Japan's leadership transition "a change at the top" or "a shake-up at the
    top"; read word by word, "top" is the store's "exceeded" ("investment topped $1 billion")."""
    for query in (
        "What change at the top of Japan's government does the first article mention?",
        "Was there a shake-up at the top in Tokyo when the commentary was written?",
    ):
        assert ids(search(index, query, limit=1)) == ["japanese-leadership-transition-commentary"], query


def test_laying_flowers_or_a_wreath_is_paying_respects(index: Index) -> None:
    """The store's emperor "visited the memorial" and "paid respects"; readers say the imperial
    couple laid flowers or a wreath there, and ask on which day."""
    for query in (
        "which day in July the imperial pair laid flowers at the memorial to Japanese war captives?",
        "when did the emperor lay a wreath at the POW memorial",
    ):
        assert ids(search(index, query, limit=1)) == ["pow-memorial-visit-2025-07-08"], query


def test_shipped_and_deported_are_how_people_say_sent(index: Index) -> None:
    """The store's forced laborers "were sent" to Mongolia; readers say shipped or deported."""
    for query in (
        "How many Japanese forced laborers were deported to Mongolia?",
        "roughly how many japanese forced workers were shipped to mongolia, per the state archives",
    ):
        assert ids(search(index, query, limit=1)) == ["forced-laborers-national-archives"], query


def test_how_many_japanese_counts_people_whoever_they_were(index: Index) -> None:
    """ "How many Japanese were sent to Mongolia": the store counts them as prisoners of war and
    forced laborers; the question names only their nationality. Things of theirs are not people."""
    for query in ("how many Japanese were sent to Mongolia", "How many Japanese were deported to Mongolia?"):
        found = search(index, query, limit=3)
        assert found and all(hit.claim["id"].startswith(("pow-total", "forced-laborers")) for hit in found), (
            query
        )
    assert search(index, "How many Japanese companies are in Mongolia?") == []
    assert search(index, "How many Japanese teachers work in Mongolia?") == []


def test_how_many_years_asks_time_spent_not_an_age(index: Index) -> None:
    """The store gives Shuzo Yamada's age, not how long he was held; "how many years old" and
    "how old" ask the age."""
    assert search(index, "How many years was Shuzo Yamada interned in Mongolia?") == []
    for query in ("How long was Shuzo Yamada interned?", "how long did shuzo yamada stay in mongolia"):
        assert search(index, query) == [], query
    for query in ("how many years old is shuzo yamada", "how old is the former internee yamada"):
        assert ids(search(index, query, limit=1)) == ["shuzo-yamada-107-former-internee"], query


def test_where_is_answered_by_a_claim_naming_a_place_the_question_does_not(index: Index) -> None:
    """Every claim about the detainees holds the words of "where are they held"; the one naming
    the cities answers it, not the one saying they are detained in China, which the question
    names already."""
    for query in (
        "Where in China are the detained Japanese nationals being held?",
        "where are the five japanese held in china",
        "Could you remind me where the detained Japanese nationals are being held?",
    ):
        assert ids(search(index, query, limit=1)) == ["detention-locations"], query
    assert understand(index, "where were they sent from").asks_where is False  # where from
    # "at the Chinese court proceedings" names a nationality, not a place
    found = search(index, "where was the Astellas employee sentenced", limit=1)
    assert found and found[0].claim["id"] != "only-embassy-officials-attended"


def test_since_when_is_answered_by_a_start_not_by_how_things_stood(index: Index) -> None:
    """ "Since when" and "when did he become ...": a claim saying when it began answers (to the
    year is enough); one saying who held an office in July 2025 does not, however well dated."""
    assert ids(search(index, "since when has mongolia had a third neighbor policy", limit=1)) == [
        "third-neighbor-policy-since-2011-commentary"
    ]
    assert ids(search(index, "When did Lee Jae Myung take office?", limit=1)) == ["lee-took-office-june-2025"]
    assert search(index, "When was Takeshi Iwaya named foreign minister?") == []
    assert search(index, "since when is Igawahara Masaru the ambassador in Ulaanbaatar") == []
    # "when did the visit start" is not asked of an office: the visit's date answers it
    assert search(index, "when did the emperor's trip to mongolia start", limit=1)


def test_a_month_in_a_note_does_not_date_the_event_to_the_month(index: Index) -> None:
    """COP17 is in 2026 ("'next year' in the July 2025 article"): the store does not say in which
    month, and the July of the note is the article's."""
    assert search(index, "what month will mongolia host cop17") == []
    assert search(index, "which year will mongolia host cop17", limit=1)


def test_on_what_date_asks_for_the_day_not_the_month(index: Index) -> None:
    """Lee Jae Myung took office "in June 2025": that answers "in which month", not "on what
    date"; "July 8" and "on Saturday" name a day."""
    assert search(index, "what date did lee jae myung take office") == []
    assert ids(search(index, "in which month did lee jae myung take office", limit=1)) == [
        "lee-took-office-june-2025"
    ]
    assert ids(search(index, "on what date did the royal couple visit the POW memorial", limit=1)) == [
        "pow-memorial-visit-2025-07-08"
    ]
    assert ids(search(index, "which day did bessent visit the osaka expo", limit=1)) == [
        "bessent-osaka-expo-national-day"
    ]


def test_which_outlet_reported_is_answered_by_what_the_outlet_reported(index: Index) -> None:
    """The words asking which outlet reported something say what kind of answer is wanted: the
    store holds no "news agency" in its claims, and every claim names its source. The claim
    saying what the outlet reported comes first."""
    for query in (
        "Which wire service reported the Ishiba-Bessent talks?",
        "what news agency first reported that Ishiba would meet Bessent",
        "who reported the Ishiba Bessent meeting?",
    ):
        found = search(index, query, limit=1)
        assert found and found[0].claim["attributed_to"] == "Jiji Press", query
    asked = understand(index, "Which Seoul news agency reported the troops did not land?")
    assert asked.asks_source
    assert [concept.typed for concept in asked.concepts][:1] == ["seoul"]  # a modifier is kept
    assert not understand(index, "Which organisation does Millward lead?").asks_source


def test_which_kind_of_thing_asked_is_answered_by_a_claim_naming_one(index: Index) -> None:
    """A question naming the kind of thing it asks for ("which sea", "what kind of deal", "what
    famous square") is answered by the claim whose own sentence names a thing of that kind ("the
    Sea of Japan", "a mutually beneficial deal"), before a claim that restates the rest of the
    question without it (the islets' two names, Ishiba's hopes for the meeting, the internee's
    age, which holds the square only through its related claim)."""
    for query, wanted in (
        ("Which sea are Takeshima and Dokdo in?", "islets-controlled-by-seoul-claimed-by-tokyo"),
        ("takeshima dokdo which sea", "islets-controlled-by-seoul-claimed-by-tokyo"),
        ("What kind of deal did Ishiba hope for with the US?", "ishiba-seek-us-understanding-proposals"),
        (
            "What well-known square did a very old former Japanese internee help lay the groundwork for?",
            "yamada-built-sukhbaatar-square",
        ),
    ):
        assert ids(search(index, query, limit=1)) == [wanted], query
    # no kind named: a verb, or a person (whom "who" asks for)
    for query in ("What did Yamada help build?", "Which Japanese official lodged the protest?"):
        assert not understand(index, query).kind, query
    assert understand(index, "What kind of deal did Ishiba want?").kind == "deal"


def test_what_a_text_names_asks_for_the_things_named_not_a_name(index: Index) -> None:
    """ "Which minerals does the piece name?" uses "name" as its verb: it asks for the minerals
    named, which the claim listing copper, fluorspar and rare earths gives, though it gives no
    name of anyone. With an object ("what did they name the memorial?") it still asks a name."""
    for query in (
        "Which minerals does the piece name specifically?",
        "Which minerals does the piece name? Thanks!",
    ):
        assert not understand(index, query).wants_name, query
        assert ids(search(index, query, limit=1)) == ["japan-interest-critical-minerals-commentary"], query
    assert understand(index, "What did they name the memorial?").wants_name


def test_thanking_in_advance_is_no_subject(index: Index) -> None:
    """ "Thanks in advance" is how a question is put: "advance" must not meet the claims'
    "advanced manufacturing" and put them before the answer."""
    query = "Japan has its eye on Mongolia's minerals. Which ones exactly? Thanks in advance, really appreciate it."
    assert "advance" not in [concept.typed for concept in understand(index, query).concepts]
    assert ids(search(index, query, limit=1)) == ["japan-interest-critical-minerals-commentary"]


def test_keywords_naming_kinds_of_place_ask_where(index: Index) -> None:
    """A query of keywords naming places in the plural ("... cities") asks which, as "in which
    cities" does: the claim naming the cities comes before the one saying only that five Japanese
    are detained in China, which the query names already."""
    query = "detained japanese nationals china cities"
    assert understand(index, query).asks_where
    assert ids(search(index, query, limit=1)) == ["detention-locations"]
    assert not understand(index, "japan mongolia visit ulaanbaatar city").asks_where


def test_how_someone_described_something_is_answered_by_their_quoted_words(index: Index) -> None:
    """ "How did Tokyo describe the drills?" asks for the words Japan used: the claim quoting
    Kanai's 'totally unacceptable' comes before the claim saying only that Japan protested."""
    query = "How did Tokyo describe South Korea's drills near the islets?"
    assert ids(search(index, query, limit=1)) == ["kanai-totally-unacceptable"]


def test_which_other_country_is_answered_by_a_claim_naming_one_not_asked(index: Index) -> None:
    """ "Which other country" asks for a country the question does not name: the claim naming
    South Korea comes before the one naming only the three countries the question names."""
    for query in (
        "Besides Washington, which other country could be part of a three-way setup with Tokyo and Ulaanbaatar?",
        "Other than the United States, which country is named for a three-way mechanism with Japan and Mongolia?",
    ):
        assert understand(index, query).country_asked, query
        assert ids(search(index, query, limit=1)) == ["trilateral-japan-mongolia-us-south-korea-benefits"], (
            query
        )


def test_a_figure_counting_what_is_asked_about_does_not_answer_where_from(index: Index) -> None:
    """A claim whose figure counts what the question names ("12,318 Japanese prisoners of war")
    is lifted for "how many", not for "where were they sent from": the claim saying from where
    comes first."""
    query = "Where were the Japanese war captives transported to Mongolia from?"
    assert ids(search(index, query, limit=1)) == ["forced-laborers-from-soviet-union-siberia"]


def test_the_text_read_and_the_two_countries_are_no_subject(index: Index) -> None:
    """ "The writer", "the analysis" point at the source the reader read, and "both countries" at
    the two a claim names: none is a word the answer must hold."""
    for query, wanted in (
        (
            "What does the writer say Naruhito's state visit reflected?",
            "visit-symbolism-reconciliation-commentary",
        ),
        (
            "Does the analysis say why Mongolia needs Japan as a third neighbor?",
            "japan-third-neighbor-strategic-interest-commentary",
        ),
        ("How many POWs do the records of both countries give?", "pow-total-japanese-records"),
        (
            "How does the writer link history and diplomacy for our two countries?",
            "remembrance-diplomacy-hand-in-hand",
        ),
    ):
        assert ids(search(index, query, limit=1)) == [wanted], query
    # the store's own word for a source still counts
    assert "author" in [
        concept.typed for concept in understand(index, "what does the commentary author argue").concepts
    ]


def test_the_two_governments_are_no_subject(index: Index) -> None:
    """ "The two governments" (mistyped or not) are the two countries' governments, which the
    claims answering name ("the Japanese and Mongolian governments"): no word the answer must
    hold, as "the two countries" is none."""
    for query in (
        "what kind of partnership will the two goverments keep aiming for",
        "in what year was the memorial put up by the two governments?",
    ):
        read = {concept.typed for concept in understand(index, query).concepts}
        assert not read & {"goverments", "governments", "two"}, (query, read)


def test_what_a_question_sets_aside_is_never_answered_alone(index: Index) -> None:
    """ "Besides its third neighbors, which two countries ...": when the whole has no answer, its
    parts may be answered one by one, but "besides its third neighbors" asks nothing, and the
    claims about third neighbors are what the reader set aside."""
    hits = search(
        index, "Besides its third neighbors, which two countries does Ulaanbaatar keep strong ties with?"
    )
    assert all(hit.part != "Besides its third neighbors" for hit in hits), [hit.part for hit in hits]


def test_how_long_did_it_last_is_answered_by_the_duration(index: Index) -> None:
    """ "Last", like "lasted" and "spend", only carries the duration asked for: the claim giving
    the visit's eight days need not hold it ("last year" is no such verb)."""
    for query in ("How long did the state visit last?", "how long did the imperial trip last"):
        assert ids(search(index, query, limit=1)) == ["state-visit-8-days"], query


def test_who_delivered_the_protest_is_who_lodged_it(index: Index) -> None:
    """The store says the protest was lodged, and names the official who told the embassy: "who
    delivered" asks the same, in another verb."""
    found = search(index, "Who delivered Japan's protest to the South Korean Embassy?", limit=1)
    assert ids(found) == ["kanai-totally-unacceptable"]


def test_an_organization_is_a_council_a_fund_a_bank(index: Index) -> None:
    """ "Organization" asks for the kind of thing the store names (the Yokosuka Council, the Asian
    Development Bank): the claim naming it answers."""
    assert ids(search(index, "Millward organisation", limit=1)) == ["millward-director-yokosuka-council"]
    found = search(
        index, "Which organizations are partners in the Upscaling Renewable Energy Sector Project?", limit=1
    )
    assert found and found[0].claim["id"].startswith("ure-project-partner-"), ids(found)


def test_food_is_the_marine_products_and_beef_china_lets_back_in(index: Index) -> None:
    """The store names the foods (marine products, beef), never "food" in those claims."""
    found = search(index, "Japan food imports china resume", limit=2)
    assert {hit.claim["id"] for hit in found} <= {
        "china-resuming-japanese-beef-imports",
        "china-resuming-japanese-marine-products-imports",
    }, ids(found)
    assert found


def test_a_site_toured_and_an_anniversary_marked_are_the_stores_facility_and_commemoration(
    index: Index,
) -> None:
    """ "Site" is the store's facility, "marked" its "commemorated"."""
    assert ids(search(index, "what site did the emperor and empress tour in Ulaanbaatar", limit=1)) == [
        "visited-water-supply-sewage-facility"
    ]
    assert ids(search(index, "anniversary marked 2022 japan mongolia", limit=1)) == [
        "diplomatic-ties-50th-anniversary-2022"
    ]


def test_trying_is_the_stores_attempts(index: Index) -> None:
    """The store says Xi's administration "has fostered attempts to improve ties"."""
    assert ids(search(index, "Is Xi's government trying to mend ties with Tokyo?", limit=1)) == [
        "xi-administration-improve-ties-japan"
    ]


def test_everyday_words_for_the_soviet_union_a_withdrawal_and_funding(index: Index) -> None:
    """People say Russia for the Soviet Union the laborers came from, "quit" for a withdrawal
    and "money" for financial commitments."""
    found = search(index, "Japanese forced workers sent from Russia to Mongolia how many", limit=1)
    assert ids(found) == ["forced-laborers-national-archives"]
    found = search(index, "What did Washington quit before cutting its clean energy money?", limit=1)
    assert ids(found) == ["us-paris-agreement-withdrawal-commentary"]
    found = search(index, "funding cutback washington effect on mongolia japan seoul", limit=1)
    assert ids(found) == ["us-cuts-force-regional-cooperation-commentary"]  # the store's "cuts"


def test_the_us_ambassador_is_not_japans(index: Index) -> None:
    """ "US" in capitals owns what follows as "American" does: the store names Japan's ambassador to
    Mongolia, not the United States'. The pronoun "us" owns nothing."""
    assert search(index, "Who is the US ambassador to Mongolia?") == []
    assert search(index, "US ambassador to Mongolia name") == []
    assert ids(search(index, "tell us the name of Japan's ambassador to Mongolia", limit=1)) == [
        "igawahara-ambassador-to-mongolia"
    ]


def test_what_someone_said_is_answered_only_by_their_words(index: Index) -> None:
    """The store says the drills were the first under Lee, not what he said of them; what Yamada
    and the Chinese foreign ministry said, it gives."""
    assert search(index, "What did Lee Jae Myung say about the drills?") == []
    assert ids(search(index, "What did Yamada say about the emperor's visit?", limit=1)) == [
        "yamada-glad-emperor-pay-respects"
    ]
    found = search(index, "what did the Chinese foreign ministry tell Japan before the ruling", limit=1)
    assert ids(found) == ["china-foreign-ministry-not-as-harsh"]


def test_where_a_reader_heard_it_is_no_subject(index: Index) -> None:
    """ "I heard that", "a friend told me": what follows is what is asked about."""
    found = search(index, "I heard that Naruhito had been to Mongolia before. When was that?", limit=1)
    assert ids(found) == ["naruhito-2007-crown-prince-visit"]


def test_trying_to_understand_is_no_subject(index: Index) -> None:
    """ "I'm trying to understand what ...": the reader's effort, not what the answer must hold."""
    query = "I'm trying to understand how many homes the renewable energy project in Mongolia will supply."
    assert ids(search(index, query, limit=1)) == ["ure-project-70000-households"]


def test_how_many_with_the_thing_counted_left_unsaid_counts_what_the_question_is_about(index: Index) -> None:
    """ "How many do the Japanese records say were sent there?" names nothing after "how many": the
    count of prisoners the question is about answers, not a figure counting some named thing."""
    query = (
        "My teacher said Japanese prisoners were made to work in Mongolia - how many do the Japanese"
        " records say were sent there?"
    )
    assert ids(search(index, query, limit=1)) == ["pow-total-japanese-records"]


def test_a_question_whose_other_part_asks_too_little_is_answered_by_the_part_that_asks(
    index: Index,
) -> None:
    """ "... who helped build Sukhbaatar Square - what's his name and how old is he?": "how old is
    he" names nothing to look for alone, and the question is still answered: his name and age
    first, then the claim naming the square he helped build."""
    query = (
        "Hi! My professor asked about the old man who helped build Sukhbaatar Square - what's his name"
        " and how old is he?"
    )
    assert ids(search(index, query, limit=2)) == [
        "shuzo-yamada-107-former-internee",
        "yamada-built-sukhbaatar-square",
    ]
    assert search(index, "Who is Mongolia's prime minister and how old is he?") == []


def test_an_apology_and_and_need_open_no_subject(index: Index) -> None:
    """ "Sorry to bother you, I'm double-checking a draft and need the year ...": the apology and the
    person's own clause are how they ask; what follows "and need" is what they ask."""
    query = (
        "Sorry to bother you, I'm double-checking a draft and need the year the official memorial"
        " for the Japanese POWs was built, and by whom?"
    )
    assert ids(search(index, query, limit=1)) == ["official-pow-memorial-built-2001"]


def test_a_country_written_before_an_office_owns_it(index: Index) -> None:
    """ "mongolia prime minister", as a non-native speaker writes it, is Mongolia's: Japanese prime
    ministers do not answer. Korea's president may be South Korea's."""
    assert search(index, "who is mongolia prime minister now") == []
    assert search(index, "mongolia prime minister name") == []
    found = ids(search(index, "who was korea president before Lee?", limit=3))
    assert "lee-jae-myung-president" in found
    # in a string of keywords a country names no owner: the emperor who visited is Japan's
    assert search(index, "japan mongolia emperor visit", limit=1)


def test_an_asker_introducing_themselves_in_few_words_names_no_subject(index: Index) -> None:
    """ "Analyst here, just trying to get the full picture", "quick one for a memo I'm finishing
    tonight": who asks and what for, said without "I'm"; what follows is asked."""
    query = (
        "Hello, analyst here, just trying to get the full picture - which field exercises have Japan's"
        " Self-Defense Forces been part of in Mongolia?"
    )
    assert ids(search(index, query, limit=1)) == ["sdf-khaan-quest"]
    query = (
        "Hey, quick one for a memo I'm finishing tonight: what did Foreign Minister Iwaya say about"
        " China holding Japanese citizens?"
    )
    assert ids(search(index, query, limit=1)) == ["iwaya-detentions-biggest-factor"]


def test_an_everyday_word_spelt_right_is_no_typo_of_a_store_word(index: Index) -> None:
    """ "Weather" is no mistyped "water", nor "falls" the start of "fallout": a word of everyday
    English the store does not use is unknown, not guessed at."""
    assert (
        search(
            index, "Hi, just curious - what was the weather like in Ulaanbaatar during the emperor's visit?"
        )
        == []
    )
    concept = next(
        c for c in understand(index, "which anniversary falls this year").concepts if c.typed == "falls"
    )
    assert concept.expansions == []
    typo = next(c for c in understand(index, "emperro visit").concepts if c.typed == "emperro")
    assert [e.terms for e in typo.expansions][:1] == [("emperor",)]


def test_a_think_tank_expert_is_who_the_store_quotes_from_a_council(index: Index) -> None:
    """ "What does the think-tank expert say": Millward speaks for the Yokosuka Council, a think
    tank; "think-tank" is read as "think tank"."""
    query = "What does the think-tank expert say Mongolia gets out of its military ties with Japan?"
    assert "millward-defense-technologies" in ids(search(index, query, limit=3))


def test_a_claim_not_answering_what_is_asked_completes_only_a_claim_it_is_related_to(index: Index) -> None:
    """The store says Koizumi visited, not when: his undated visit and another claim's 1966 do not
    answer "in what year" together. The internee's age and his work on the square, related
    claims, answer "how old is the internee who helped build the square" together."""
    assert search(index, "In what year did Koizumi visit the POW site in Mongolia?") == []
    found = ids(search(index, "how old is the former internee who helped build sukhbaatar square", limit=3))
    assert "shuzo-yamada-107-former-internee" in found


def test_the_ones_asked_about_and_a_resolution_sought_are_read(index: Index) -> None:
    """ "The Japanese ones" is the records already named; "help resolve" asks what the store's
    "help promote peaceful resolutions" answers; "seven" is no "07" of a date."""
    query = "Hi, I need a number fast: how many POW deaths do the Mongolian records show versus the Japanese ones?"
    assert ids(search(index, query, limit=1)) == ["pow-deaths-mongolian-records"]
    query = "which North Korea-related problems do the third neighbor mechanisms help resolve peacefully?"
    assert "third-neighbor-north-korea-denuclearization-commentary" in ids(search(index, query, limit=3))
    seven = next(c for c in understand(index, "seven detainees").concepts if c.typed == "seven")
    assert ("07",) not in [e.terms for e in seven.expansions]


def test_emphasis_after_a_question_word_is_no_subject(index: Index) -> None:
    """ "What on earth does 'third neighbor' mean": "on earth" says how hard one asks."""
    query = "what on earth does 'third neighbor' mean for Mongolia, and what has it got to do with Japan?"
    assert search(index, query, limit=1)
    assert "earth" not in [c.typed for c in understand(index, query).concepts]


def test_a_name_misspelt_as_it_sounds_is_read_as_the_stores(index: Index) -> None:
    """ "Sukbator" is three edits from "Sukhbaatar" and "Farma" starts with another letter than
    "Pharma"; both sound the same. An everyday word is never read so."""
    assert ids(search(index, "Sukbator square japanese internee", limit=1)) == [
        "yamada-built-sukhbaatar-square"
    ]
    farma = next(c for c in understand(index, "Astelas Farma spy sentance").concepts if c.typed == "farma")
    assert [e.how for e in farma.expansions if e.terms == ("pharma",)] == ["sounds like"]
    assert search(index, "Astelas Farma spy sentance", limit=1)


def test_in_which_city_asks_where_and_is_answered_only_by_a_place(index: Index) -> None:
    """ "In which city" asks where: the claim naming Takaoka answers, though it never says "city";
    the store names no city for the Astellas trial, so that question has no answer."""
    query = "In which city was Ishiba giving a speech when he touched on the China ruling?"
    assert ids(search(index, query, limit=1)) == ["ishiba-world-orderly-takaoka"]
    assert search(index, "In which city was the Astellas employee tried?") == []


def test_how_many_times_a_year_asks_how_often(index: Index) -> None:
    query = "How many times a year is the South Korean training near the islets held?"
    assert ids(search(index, query, limit=1)) == ["drills-biannual"]


def test_an_adverb_before_the_deed_asked_is_not_the_deed() -> None:
    """ "When did Beijing first lock up ...": the deed asked is locking up, not "first"."""
    index = Index.open(str(SHIPPED_STORE), "data/facts.yaml")
    query = "When did Beijing first lock up the pharma company worker who was later convicted of spying?"
    assert understand(index, query).relation == "lock"
    assert understand(index, "when did the emperor first visit Mongolia").relation == "visit"


def test_which_institution_is_answered_by_its_name(index: Index) -> None:
    """ "Which Chinese court" asks the court's name, which the store does not give ("a Chinese
    court"); the school and the council it names. A name typed with a typo is the query's own."""
    assert search(index, "Which Chinese court handed down the Astellas verdict?") == []
    found = ids(search(index, "Which high school did the imperial couple visit in Ulaanbaatar?", limit=1))
    assert found == ["visited-shine-mongol-high-school"]
    assert "millward-director-yokosuka-council" in ids(
        search(index, "Nicolas Milward which organisation", limit=3)
    )


def test_must_says_how_strongly_not_what(index: Index) -> None:
    """ "must" weighs nothing of its own: the claims say what Millward and Mongolia hold."""
    found = ids(search(index, "Millward say mongolia must join military alliance or no?", limit=3))
    assert "millward-defense-technologies" in found


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("wich magazine did batsetseg talk to", "which magazine did batsetseg talk to"),
        ("Hi, wen did the emperor arrive?", "Hi, when did the emperor arrive?"),
        # a word of English one edit from a question word is that word
        ("were the drills open?", "were the drills open?"),
        # one edit from two question words: neither is guessed
        ("whos the ambassador", "whos the ambassador"),
    ],
)
def test_a_mistyped_question_word_is_read_as_the_one_it_is_one_edit_from(typed: str, read: str) -> None:
    from jpmn.core.search import _how_spelt

    assert _how_spelt(typed) == read


def test_an_envoy_posted_elsewhere_is_no_answer(index: Index) -> None:
    """Japan's ambassador to Mongolia does not answer who Japan's ambassador to China is."""
    assert search(index, "Who is the Japanese ambassador to China?") == []
    assert search(index, "Who is the Japanese envoy in Beijing?") == []
    assert ids(search(index, "Who is Japan's ambassador to Mongolia?", limit=1)) == [
        "igawahara-ambassador-to-mongolia"
    ]


def test_well_before_a_bound_says_how_far_not_what(index: Index) -> None:
    """ "well over 10,000 POWs": "well" says how far from the figure, no word a claim must hold."""
    from jpmn.core.search import understand

    typed = [
        concept.typed for concept in understand(index, "Did Mongolia hold well over 10,000 POWs?").concepts
    ]
    assert "well" not in typed
    assert "well" in [concept.typed for concept in understand(index, "POW memorial well").concepts]


def test_a_claim_counting_by_another_ordinal_does_not_answer_what_of_the_first(index: Index) -> None:
    """ "Where did Naruhito go on his first trip abroad as emperor?": the store says Mongolia was
    his third, not where the first was. Whether it was his first is answered by the third."""
    assert search(index, "Where did Naruhito go on his first foreign trip after becoming emperor?") == []
    found = ids(search(index, "Was Mongolia Naruhito's first trip abroad since becoming emperor?", limit=1))
    assert found == ["third-trip-overseas-since-enthronement"]


@pytest.mark.parametrize(
    ("query", "around"),
    [
        # a short label before a colon names what is asked
        ("POW figures: whose count is larger, Japan's or Mongolia's?", set()),
        ("Astellas case: how long did the court give him?", set()),
        # or before a dash
        ("Critical minerals \u2014 which Japanese industries would benefit?", set()),
        ("Astellas case - how long did the court give him?", set()),
        # a longer clause before it tells of the asker
        ("Quick favour for a nervous intern: what were her words?", {"quick", "favour", "nervous", "intern"}),
        ("Grandpa keeps grumbling about it. How long was the sentence?", {"grandpa", "keeps", "grumbling"}),
    ],
)
def test_the_words_around_a_question_are_the_askers_not_its_label(query: str, around: set[str]) -> None:
    from jpmn.core.search import _around_the_question

    assert _around_the_question(query) - {"for", "a", "about", "it"} == around


def test_what_a_framing_clause_reports_is_asked_about_when_the_question_points_back(index: Index) -> None:
    """ "I'm verifying an op-ed that says X" frames the question, but X is what "Which minister
    was it?" asks about; a question naming its subject itself is read without the report."""
    from jpmn.core.search import unframe

    pointing = "I'm verifying an op-ed that says a Mongolian minister praised the trip to The Diplomat. Which minister was it?"
    assert unframe(pointing) == (
        "a Mongolian minister praised the trip to The Diplomat. Which minister was it?",
        ["I'm verifying an op-ed that says"],
    )
    assert ids(search(index, pointing, limit=3))[:2] == [
        "battsetseg-visit-historical-significance",
        "battsetseg-foreign-minister",
    ]
    naming = "I'm checking a piece that says about 13,000 POWs were held. What numbers do the records give?"
    assert unframe(naming)[1] == ["I'm checking a piece that says about 13,000 POWs were held"]


def test_problems_addressed_are_the_stores_resolutions(index: Index) -> None:
    """Problems are addressed where the store has resolutions: both problems the trilateral
    mechanisms help resolve are answered."""
    found = search(
        index, "Which North Korea-related problems do the trilateral mechanisms help address?", limit=2
    )
    assert set(ids(found)) == {
        "third-neighbor-north-korea-denuclearization-commentary",
        "third-neighbor-abduction-issues-commentary",
    }


def test_everyday_words_for_a_meeting_restated_and_a_trip_gone_on(index: Index) -> None:
    """ "Restate" is the store's "reiterated" (not a mistyped "arrest"), the Japanese capital its
    Tokyo; "gone to" asks no more than "went to" does; Tokyo's top diplomat locking up citizens
    is the foreign minister on detentions."""
    found = search(
        index, "What did the three countries restate at their 2022 sit-down in the Japanese capital?", limit=2
    )
    assert set(ids(found)) == {"trilateral-commitment-indo-pacific", "trilateral-meeting-tokyo-2022"}
    found = search(index, "Which former Japanese premiers have gone to the POW sites in Mongolia?", limit=3)
    assert set(ids(found)) == {
        "pm-kaifu-visited-pow-sites",
        "pm-koizumi-visited-pow-sites",
        "pm-abe-visited-pow-sites",
    }
    found = search(
        index, "What did Tokyo's top diplomat say about Beijing locking up Japanese citizens?", limit=3
    )
    assert "iwaya-detentions-biggest-factor" in ids(found)


def test_a_name_numbered_otherwise_is_no_answer(index: Index) -> None:
    """The store says Mongolia will host COP17: which country hosted COP16 it does not say."""
    assert search(index, "Which country hosted COP16 of the desertification convention?") == []
    assert ids(search(index, "Which country will host COP17?", limit=1)) == [
        "mongolia-hosts-unccd-cop17-2026"
    ]


def test_a_city_of_a_country_asked_is_no_country(index: Index) -> None:
    """ "In which Chinese city" asks where as "in which city" does: the store names no city of the
    trial. A country is no city, town or prefecture: "a former Japanese internee in Mongolia" does
    not say which Japanese prefecture he is from."""
    assert search(index, "In which Chinese city was the Astellas employee tried and sentenced?") == []
    assert search(index, "Which Japanese prefecture is Shuzo Yamada from?") == []
    assert ids(search(index, "In which cities are the Japanese detainees held?", limit=1)) == [
        "detention-locations"
    ]


def test_someones_words_are_theirs_only_when_they_say_them(index: Index) -> None:
    """A claim naming the empress while the foreign minister speaks gives no words of hers, nor
    does the emperor's wife make the emperor's words hers; what a country says is its government's
    or its policy's ("what does Mongolia say it won't join?"), not a claim merely naming it."""
    assert search(index, "What did Empress Masako say during the visit?") == []
    assert search(index, "What did North Korea say about the Ulaanbaatar Dialogue?") == []
    assert search(index, "What did Moscow say about Naruhito's trip to Mongolia?") == []
    assert ids(search(index, "what does mongolia say it won't join?", limit=1)) == [
        "mongolia-avoid-joining-blocs"
    ]
    assert ids(search(index, "What did Igawahara say about the visit?", limit=1)) == ["igawahara-new-chapter"]


@pytest.mark.parametrize(
    ("question", "first"),
    [
        # a square or a memorial is a landmark; laying the groundwork is the store's foundations
        (
            "Which Ulaanbaatar landmark did a former Japanese detainee help lay the groundwork for?",
            "yamada-built-sukhbaatar-square",
        ),
        # "famous" describes what is asked about; it names nothing a claim must hold
        (
            "Which famous square in the Mongolian capital did a former Japanese detainee help lay the groundwork for?",
            "yamada-built-sukhbaatar-square",
        ),
        # told (or tipped off) in advance: the store's notified
        (
            "What had the Chinese Foreign Ministry told Japan ahead of the ruling?",
            "china-foreign-ministry-not-as-harsh",
        ),
        # feeding a population is food security, not a mistyped "funding"
        (
            "Why does Tokyo care about Mongolia when it comes to feeding its population?",
            "food-security-crucial-for-japan-commentary",
        ),
        # an initiative: the mechanisms (of which the Dialogue is one)
        (
            "what is the every-year meeting that is example of third neighbor initiative?",
            "ulaanbaatar-dialogue-commentary",
        ),
        # a stance is a policy, friends are allies, to hit is to affect
        (
            "Will Washington's new stance toward its Asian friends directly hit Tokyo–UB ties?",
            "us-policy-impact-trilateral-mechanisms-commentary",
        ),
        # ignoring is the store's overlooking
        ("Why can't the partnership ignore defence and security?", "ssp-defense-security-cooperation"),
        # going together: hand in hand
        (
            "Why do remembering the war and diplomacy go together for Tokyo and UB?",
            "remembrance-diplomacy-hand-in-hand",
        ),
        # visitors are delegates; formal relations set up are diplomatic relations established
        (
            "When did the first group of Japanese visitors pay respects at the forced labourers' graves, and had the"
            " two countries set up formal relations by then?",
            "first-japanese-delegates-cemetery-1966",
        ),
        # an anniversary that "falls" only comes; "near" the visit is shortly before it
        (
            "Which atomic bombing anniversary falls near the visit?",
            "hiroshima-nagasaki-80th-anniversary-commentary",
        ),
        # "the first article ... point to" says where the reader read it, not what is asked
        (
            "What does the first article point to as clear signs that the United States is shrinking its direct"
            " presence in the region?",
            "trump-tariffs-shrinking-us-presence-commentary",
        ),
        # who told the asker, and "Is that right?", are how the question is put
        (
            "My grandson tells me Mongolia's president came to Japan when our emperor was enthroned. Is that right,"
            " and in which year did the two of them meet on that occasion?",
            "khurelsukh-naruhito-met-2019",
        ),
        # a quote a reader sent "about" the visit is what "Who actually said that?" asks about
        (
            "A reader sent us a quote about the visit being 'engraved in golden letters' in the history of"
            " relations. Who actually said that, and which outlet did they say it to?",
            "battsetseg-golden-letters",
        ),
        # a question asking for a length and a date is answered by a claim giving one of them
        (
            "Writing about the spy case in China: how long was the Japanese pharma employee sentenced to, and"
            " since when was he detained?",
            "astellas-employee-sentenced-3-5-years",
        ),
        # working or pushed "together" is the store's cooperation
        (
            "Why would American funding cuts push Mongolia, Japan and South Korea together?",
            "us-cuts-force-regional-cooperation-commentary",
        ),
        # "in the first place" closing a question is emphasis, no first of anything
        ("Why was Bessent in Japan in the first place?", "bessent-osaka-expo-national-day"),
        # a name asked for stands near the store's words for the query's ("high school" for
        # "secondary school")
        ("Which secondary school did the royal couple tour?", "visited-shine-mongol-high-school"),
        # "US" in capitals is the country, also where a question is read for the kind of answer
        ("Mongolia Japan US trilateral 2022 agreed", "trilateral-meeting-tokyo-2022"),
        # what a piece of research or writing is "on" is what "it" asks about, and "where was it
        # held?" asks where the event was, not who was held
        (
            "I'm doing background on the 2022 trilateral meeting with the US. Where was it held?",
            "trilateral-meeting-tokyo-2022",
        ),
        # a footprint is a presence
        (
            "What signs point to a smaller US footprint in Asia under Trump?",
            "trump-tariffs-shrinking-us-presence-commentary",
        ),
        # "giving" a speech is how one says it, as "give" is
        ("Where was Ishiba giving a speech when he spoke about the ruling?", "ishiba-world-orderly-takaoka"),
        # "Japanese detentions" are of Japanese nationals, held by China: no other country's
        ("What did Iwaya say about Japanese detentions in China?", "iwaya-detentions-biggest-factor"),
        # the Japanese "side" is Japan's records, the "city" the one asked about, a "member" of a
        # couple one of the two: everyday words
        ("POW deaths counted by the Japanese side", "pow-deaths-japanese-records"),
        (
            "What did the emperor and empress tour in the city that had to do with water?",
            "visited-water-supply-sewage-facility",
        ),
        (
            "Which member of the imperial couple has a deep interest in environmental and climate issues?",
            "masako-environment-climate-interest",
        ),
        # "this week" is counted from the reader's today, which the store's dates cannot meet
        ("Why is Bessent in Japan this week?", "bessent-osaka-expo-national-day"),
        ("Why was Bessent in Japan that week?", "bessent-osaka-expo-national-day"),
        # a "full name" asked of a name given in part is the rest of it ("Takeshi Iwaya")
        ("Iwaya detentions quote - what's his full name?", "iwaya-detentions-biggest-factor"),
        # two of the store's words written as one
        ("Lee Jaemyung drills", "first-drills-under-lee"),
        ("shinemongol school", "visited-shine-mongol-high-school"),
        # words as readers shorten them
        ("Japanese govt protest", "japan-protest-south-korea-drills"),
        ("how many yrs was the Astellas employee sentenced", "astellas-employee-sentenced-3-5-years"),
        ("Japan invested approx $1B", "japan-investment-over-1-billion-2023-commentary"),
        ("japanese p.o.w.s", "pow-total-japanese-records"),
        # a number written with other separators: spaces, a dot grouping thousands, a decimal comma
        ("13 847 POWs", "pow-total-japanese-records"),
        ("13.847 POWs", "pow-total-japanese-records"),
        ("3,5 years sentence", "astellas-employee-sentenced-3-5-years"),
        # the mechanisms that help with North Korea are the ones that support the trilateral
        # partnerships with the U.S., as the source's one sentence says of them; the problems,
        # asked in the plural, are listed whole in the quote of the claim naming the last
        (
            "Which North Korea problems do the Mongolia-Japan-US trilateral mechanisms help resolve?",
            "third-neighbor-abduction-issues-commentary",
        ),
        # being "in charge" is leading, not a charge
        (
            "Who was in charge of Mongolia when Naruhito visited as crown prince?",
            "naruhito-2007-crown-prince-visit",
        ),
        # what a place "belongs to" is where it is
        ("Which prefecture do the Senkaku Islands belong to?", "china-coast-guard-senkaku-intrusions"),
        # a year written short is the year
        (
            "Is it true Naruhito had already been to Mongolia as crown prince back in '07?",
            "naruhito-2007-crown-prince-visit",
        ),
        # "Amb." is an ambassador
        ("Amb. Igawahara new chapter", "igawahara-new-chapter"),
        # a number written out in words is the store's figure
        ("seventy thousand households", "ure-project-70000-households"),
        ("one thousand six hundred twenty-one POW deaths", "pow-deaths-mongolian-records"),
        # sectors of an economy are its industries
        (
            "which sectors in Japan could make use of Mongolian rare earths",
            "minerals-use-semiconductors-commentary",  # its quote lists them all
        ),
    ],
)
def test_a_question_in_a_readers_own_words_finds_the_claim(index: Index, question: str, first: str) -> None:
    """Everyday words, descriptions and frames readers of the articles use are read as the store's
    words, or as how the question is put."""
    assert ids(search(index, question, limit=1)) == [first]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("the 8th of July, the 80th anniversary", ["8", "juli", "80", "anniversari"]),
        ("8ths and 2ndary", ["8", "ths", "2", "ndari"]),  # an ending only where the word ends
        ("1st,2nd and 3.5th", ["1", "first", "2", "second", "3.5", "fifth"]),
        ("P.O.W.s and p.o.w. camps", ["pow", "pow", "camp"]),
        ("tap.o.w", ["tap"]),  # dots inside a word are no prisoner of war
        ("co-operation, co-hosted, taco-operation", ["cooper", "host", "taco", "oper"]),
        (
            "70k homes, 1.5 million, 1.5.3m, 2020m",
            ["70", "70000", "home", "1.5", "million", "1500000", "1.5.3", "2020", "2020000000"],
        ),
    ],
)
def test_a_text_is_read_into_the_same_words_wherever_its_patterns_start(text: str, words: list[str]) -> None:
    """Ordinal endings, dotted abbreviations, "co-" and magnitudes are found by patterns that start
    with the characters they match (a store's texts are read several times faster so); what they
    find is what a word-boundary test before them found."""
    from jpmn.core.text import terms

    assert terms(text) == words


def test_an_item_of_a_list_does_not_complete_another_items_answer(index: Index) -> None:
    """The source lists the exercises the SDF were instrumental in ("King Search 2022, and Khaan
    Quest"), one claim an item: King Search's year does not say when Japan joined Khaan Quest."""
    assert search(index, "what year did Japan first join the Khaan Quest exercise") == []
    assert search(index, "in what year did the SDF first take part in Khaan Quest") == []
    assert ids(search(index, "which exercise of Mongolia's have the SDF been instrumental in", limit=1)) == [
        "sdf-khaan-quest"
    ]


def test_a_year_someone_held_an_office_is_not_when_it_ended(index: Index) -> None:
    """The store says Enkhbayar was president in 2007, not when his presidency ended; it does say
    when the 10-year plan ends (2022-2031)."""
    assert search(index, "when did Enkhbayar Nambar's presidency end") == []
    assert search(index, "until when was Enkhbayar president") == []
    assert (
        "2022-2031" in search(index, "when does the partnership's 10-year plan end", limit=1)[0].claim["text"]
    )


def test_a_city_landmark_asked_is_no_city_asked(index: Index) -> None:
    """ "What city landmark" asks for a place of the city (the square), not which city it is: the
    claim naming the square answers though it names no city."""
    assert ids(
        search(
            index, "what city landmark did the centenarian ex-detainee help lay the groundwork for", limit=1
        )
    ) == ["yamada-built-sukhbaatar-square"]
    assert search(index, "In which Chinese city was the Astellas employee tried and sentenced?") == []
