"""The features beyond a lookup, as a user meets them on the shipped store.

conflicts (figures that disagree), timeline (dated claims in order), cite (citations to paste),
--fields (narrow the machine output), filters (--category/--source/--attributed-to), shell
completion, and the examples in every command's --help.

Expectations come from data/facts.yaml itself (read with PyYAML here, not through jpmn), so a
test fails when jpmn and the store disagree, not when the store grows.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from jpmn.app import app

ROOT = Path(__file__).resolve().parents[1]
STORE = yaml.safe_load((ROOT / "data" / "facts.yaml").read_text(encoding="utf-8"))
CLAIMS: dict[str, dict[str, Any]] = {claim["id"]: claim for claim in STORE["claims"]}
SOURCES: dict[str, dict[str, Any]] = {source["id"]: source for source in STORE["sources"]}
COMMANDS = ("ask", "list", "show", "sources", "export", "check", "conflicts", "timeline", "cite")
CATEGORY_NAMES = sorted({claim["category"] for claim in STORE["claims"]})


def ids_where(**wanted: Any) -> set[str]:
    return {cid for cid, claim in CLAIMS.items() if all(claim.get(k) == v for k, v in wanted.items())}


def one_line_error(err: str) -> str:
    """stderr holds exactly one 'jpmn: ...' line; return it."""
    lines = err.splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got: {err!r}"
    assert lines[0].startswith("jpmn: "), lines[0]
    return lines[0]


# ==================================================================================================
# jpmn conflicts
# ==================================================================================================

POW_TOTALS = {
    "pow-total-mongolian-records",
    "pow-total-japanese-records",
    "forced-laborers-national-archives",
}
POW_DEATHS = {"pow-deaths-mongolian-records", "pow-deaths-japanese-records"}


def group_with(groups: list[dict[str, Any]], members: set[str]) -> dict[str, Any]:
    found = [g for g in groups if {c["id"] for c in g["claims"]} == members]
    assert len(found) == 1, (
        f"no single group of {sorted(members)} in {[[c['id'] for c in g['claims']] for g in groups]}"
    )
    return found[0]


def test_a_historian_sees_the_disagreeing_pow_figures_side_by_side(jpmn, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")  # a wide terminal: one line a row
    result = jpmn("conflicts")
    assert result.code == 0, result.err
    assert result.err == ""
    blocks = [block for block in result.out.strip().split("\n\n") if block.strip()]
    assert len(blocks) == 2, result.out

    totals = next(b for b in blocks if "pow-total-japanese-records" in b)
    deaths = next(b for b in blocks if "pow-deaths-japanese-records" in b)

    # Total POWs: Mongolian records 12,318 vs Japanese records 13,847 vs National Archives ~12,000.
    for figure, who, cid in (
        ("12,318", "Mongolian records", "pow-total-mongolian-records"),
        ("13,847", "Japanese records", "pow-total-japanese-records"),
        ("approximately 12,000", "National Archives of Mongolia", "forced-laborers-national-archives"),
    ):
        row = next(line for line in totals.splitlines() if f"[{cid}]" in line)
        assert figure in row and who in row
        assert "The Diplomat, line " in row  # where the quote stands in the source
    assert "[forced laborers vs prisoners of war]" in totals  # the units differ, and it says so
    assert "Mongolian records vs Japanese records: 1,529 (12.4%)" in totals
    assert "National Archives of Mongolia vs Japanese records: 1,847 (15.4%)" in totals
    assert "vs Mongolian records" not in totals  # approximately 12,000 and 12,318 agree

    # Deaths: 1,621 vs 1,684, 63 apart, 3.9% of the lower figure.
    header = deaths.splitlines()[0]
    assert "1,621" in header and "1,684" in header
    assert "difference 63" in header and "3.9%" in header
    for figure, who, cid in (
        ("1,621", "Mongolian records", "pow-deaths-mongolian-records"),
        ("1,684", "Japanese records", "pow-deaths-japanese-records"),
    ):
        row = next(line for line in deaths.splitlines() if f"[{cid}]" in line)
        assert figure in row and who in row
        assert "The Diplomat, line 9" in row  # where the quote stands in the source


def test_conflicts_as_json_give_members_with_sources_and_differences(jpmn):
    result = jpmn("conflicts", "--json")
    assert result.code == 0, result.err
    groups = json.loads(result.out)
    assert isinstance(groups, list) and len(groups) == 2

    deaths = group_with(groups, POW_DEATHS)
    assert [c["value"] for c in deaths["claims"]] == [1621, 1684]  # lowest figure first
    assert (deaths["low"], deaths["high"]) == (1621, 1684)
    assert deaths["difference"] == 63
    assert deaths["percent"] == 3.9  # 63 / 1621 = 3.886%: relative to the lower figure
    assert deaths["units"] == ["deaths"]
    assert [(p["difference"], p["percent"]) for p in deaths["pairs"]] == [(63, 3.9)]

    totals = group_with(groups, POW_TOTALS)
    by_id = {c["id"]: c for c in totals["claims"]}
    assert by_id["pow-total-mongolian-records"]["value"] == 12318
    assert by_id["pow-total-japanese-records"]["value"] == 13847
    assert by_id["forced-laborers-national-archives"]["value"] == 12000
    assert by_id["forced-laborers-national-archives"]["qualifier"] == "approximately"
    assert (totals["low"], totals["high"], totals["difference"]) == (12000, 13847, 1847)
    assert totals["percent"] == 15.4  # 1847 / 12000
    pairs = {frozenset((p["a"], p["b"])): p for p in totals["pairs"]}
    records = pairs[frozenset(("pow-total-mongolian-records", "pow-total-japanese-records"))]
    assert (records["difference"], records["percent"]) == (1529, 12.4)  # 1529 / 12318
    archives = pairs[frozenset(("forced-laborers-national-archives", "pow-total-japanese-records"))]
    assert (archives["difference"], archives["percent"]) == (1847, 15.4)
    # approximately 12,000 (National Archives) is what 12,318 (Mongolian records) rounds to: no conflict
    assert frozenset(("forced-laborers-national-archives", "pow-total-mongolian-records")) not in pairs
    assert len(pairs) == 2

    for group in groups:
        for claim in group["claims"]:
            stored = CLAIMS[claim["id"]]
            assert claim["attributed_to"] == stored["attributed_to"]
            assert claim["source"]["id"] == stored["source"]
            assert claim["source"]["outlet"] == SOURCES[stored["source"]].get("outlet") == "The Diplomat"
            assert claim["source"]["path"] == SOURCES[stored["source"]]["path"]
            assert isinstance(claim["line"], int)


def test_conflicts_as_jsonl_and_csv(jpmn):
    jsonl = jpmn("conflicts", "--jsonl")
    assert jsonl.code == 0
    lines = jsonl.out.splitlines()
    assert len(lines) == 2
    groups = [json.loads(line) for line in lines]
    assert all(isinstance(g, dict) and "claims" in g for g in groups)
    assert group_with(groups, POW_DEATHS)["difference"] == 63

    table = jpmn("conflicts", "--csv")
    assert table.code == 0
    rows = list(csv.DictReader(io.StringIO(table.out)))
    assert table.out.splitlines()[0].split(",")[:2] == ["group", "id"]
    assert {"attributed_to", "source.outlet", "value", "difference", "percent"} <= set(rows[0])
    assert {r["id"] for r in rows} == POW_TOTALS | POW_DEATHS  # one row per member claim
    japanese = next(r for r in rows if r["id"] == "pow-deaths-japanese-records")
    assert japanese["value"] == "1684"
    assert japanese["attributed_to"] == "Japanese records"
    assert japanese["source.outlet"] == "The Diplomat"
    assert (japanese["difference"], japanese["percent"]) == ("63", "3.9")
    mongolian = next(r for r in rows if r["id"] == "pow-deaths-mongolian-records")
    assert mongolian["group"] == japanese["group"]
    assert next(r for r in rows if r["id"] == "pow-total-japanese-records")["group"] != japanese["group"]


# ==================================================================================================
# jpmn timeline
# ==================================================================================================


def span(date: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """A date as written ('2025', '2025-07', '2025-07-08', '2022/2031') as (start, end) tuples."""
    start, _, end = date.partition("/")

    def parts(text: str) -> tuple[int, ...]:
        numbers = [int(p) for p in text.split("-")]
        return tuple(numbers + [0] * (3 - len(numbers)))

    return parts(start), parts(end or start)


DATED = {cid: claim["date"] for cid, claim in CLAIMS.items() if claim.get("date")}

MILESTONES = [
    "first-japanese-delegates-cemetery-1966",  # 1966: first Japanese delegation at the cemetery
    "official-pow-memorial-built-2001",  # 2001: official POW memorial
    "naruhito-2007-crown-prince-visit",  # 2007: Naruhito visits as crown prince
    "strategic-partnership-2010-commentary",  # 2010: Strategic Partnership
    "third-neighbor-policy-since-2011-commentary",  # 2011: third neighbor policy
    "naruhito-enthronement-2019",  # 2019: enthronement
    "special-strategic-partnership-2022-diplomat",  # 2022: Special Strategic Partnership
    "first-state-visit-by-emperor-diplomat",  # 2025-07: the state visit
    "mongolia-hosts-unccd-cop17-2026",  # 2026: COP17
]


def test_the_milestones_are_in_the_store_with_the_dates_the_story_needs():
    years = [DATED[cid][:4] for cid in MILESTONES]
    assert years == ["1966", "2001", "2007", "2010", "2011", "2019", "2022", "2025", "2026"]
    assert DATED["first-state-visit-by-emperor-diplomat"] == "2025-07"


def test_the_timeline_tells_the_story_in_order(jpmn):
    result = jpmn("timeline", "--json")
    assert result.code == 0, result.err
    entries = json.loads(result.out)
    ids = [e["id"] for e in entries]
    assert sorted(ids) == sorted(DATED)  # every dated claim, and only those
    positions = [ids.index(cid) for cid in MILESTONES]
    assert positions == sorted(positions), [ids[p] for p in positions]
    keys = [span(e["date"]) for e in entries]
    assert keys == sorted(keys)


def test_partial_dates_sort_year_then_month_then_day_and_print_as_written(jpmn):
    entries = json.loads(jpmn("timeline", "--from", "2025", "--to", "2025", "--json").out)
    dates = [e["date"] for e in entries]
    assert {"2025", "2025-06", "2025-07", "2025-07-08", "2025-07-16", "2025-08-15"} <= set(dates)

    def last(d: str) -> int:
        return max(i for i, x in enumerate(dates) if x == d)

    def first(d: str) -> int:
        return dates.index(d)

    assert last("2025") < first("2025-06") <= last("2025-06") < first("2025-07")
    assert last("2025-07") < first("2025-07-08") < first("2025-07-16") < first("2025-08-15")

    human = jpmn("timeline", "--from", "2025", "--to", "2025").out
    rows = human.splitlines()[2:]  # after the header and its rule
    heads = [line.split()[0] for line in rows if line and not line[0].isspace()]
    assert heads == dates  # dates printed exactly as written, in the same order
    assert "2025-07-08" in heads and "2025" in heads
    assert not any("2025-00" in line or "2025-07-00" in line for line in human.splitlines())


def test_from_and_to_bound_by_year_and_keep_periods_that_overlap(jpmn):
    result = jpmn("timeline", "--from", "2019", "--to", "2022", "--json")
    assert result.code == 0, result.err
    got = {e["id"] for e in json.loads(result.out)}
    expected = {cid for cid, date in DATED.items() if span(date)[0][0] <= 2022 and span(date)[1][0] >= 2019}
    assert got == expected
    assert "ten-year-plan-2022-2031-commentary" in got  # 2022/2031 overlaps 2019..2022
    assert "naruhito-enthronement-2019" in got and "special-strategic-partnership-2022-diplomat" in got
    assert "third-neighbor-policy-since-2011-commentary" not in got
    assert "first-state-visit-by-emperor-diplomat" not in got

    later = {e["id"] for e in json.loads(jpmn("timeline", "--from", "2026", "--json").out)}
    assert later == {"ten-year-plan-2022-2031-commentary", "mongolia-hosts-unccd-cop17-2026",
                     "cooperation-continue-cop17"}  # fmt: skip
    earlier = [e["date"] for e in json.loads(jpmn("timeline", "--to", "2001", "--json").out)]
    assert earlier == ["1966", "1966", "2001"]


def test_from_and_to_may_be_a_month_or_a_day(jpmn):
    """A week's news: the bounds are as fine as the dates the store writes."""
    result = jpmn("timeline", "--from", "2025-07-08", "--to", "2025-07-17", "--json")
    assert result.code == 0, result.err
    dates = [e["date"] for e in json.loads(result.out)]
    assert "2025-07-08" in dates and "2025-07-17" in dates
    assert "2025-07" in dates and "2025" in dates  # a month or a year that holds the week overlaps it
    assert all(date.startswith("2025") or "/" in date for date in dates)
    july = [
        e["date"] for e in json.loads(jpmn("timeline", "--from", "2025-07", "--to", "2025-07", "--json").out)
    ]
    assert july == [e["date"] for e in json.loads(jpmn("timeline", "--from", "2025-07-01", "--to", "2025-07-31",
                                                         "--json").out)]  # fmt: skip
    assert "2025-06" not in july and "2025-07-08" in july
    result = jpmn("timeline", "--from", "2025-07-18", "--to", "2025-07-17")
    assert result.code == 2 and "--from 2025-07-18 is after --to 2025-07-17" in result.err


@pytest.mark.parametrize(
    "option",
    [("--from", "19x9"), ("--to", "20255"), ("--from", "99"), ("--to", ""), ("--from", "2025-13"),
     ("--to", "2025-02-30"), ("--from", "2025-7"), ("--to", "\u0662\u0660\u0662\u0665")],
)  # fmt: skip
def test_a_bad_year_is_a_one_line_error(jpmn, option):
    result = jpmn("timeline", *option)
    assert result.code == 2
    assert result.out == ""
    line = one_line_error(result.err)
    assert option[0] in line and "year" in line


def test_a_reversed_range_is_an_error_not_a_silent_empty_timeline(jpmn):
    # --from 2025 --to 2019 can match nothing: a user who swapped them deserves to be told.
    result = jpmn("timeline", "--from", "2025", "--to", "2019")
    assert result.code == 2, (result.code, result.out, result.err)
    line = one_line_error(result.err)
    assert "--from" in line and "--to" in line


def test_every_timeline_entry_carries_where_it_comes_from(jpmn, monkeypatch):
    monkeypatch.setenv("COLUMNS", "400")  # one line a row
    entries = json.loads(jpmn("timeline", "--json").out)
    rows = jpmn("timeline").out.splitlines()[2:]
    assert len(rows) == len(entries)
    for entry, row in zip(entries, rows, strict=True):
        assert row.startswith(entry["date"] + " ") and entry["text"] in row
        source = SOURCES[CLAIMS[entry["id"]]["source"]]
        assert f"{source.get('outlet') or 'outlet not stated'}, line {entry['line']}" in row
        assert row.endswith(f"[{entry['id']}]")


# ==================================================================================================
# jpmn cite
# ==================================================================================================

BIBTEX_TYPES = {
    "article", "book", "booklet", "inbook", "incollection", "inproceedings", "conference", "manual",
    "mastersthesis", "misc", "phdthesis", "proceedings", "techreport", "unpublished", "online", "report",
}  # fmt: skip
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
MONTH_MACROS = set(MONTHS)
_ENTRY = re.compile(r"\s*@([A-Za-z]+)\s*\{([^\s,{}()\"#%'=\\~]+),\s*")
_FIELD = re.compile(r"([A-Za-z][A-Za-z0-9_:-]*)\s*=\s*")
_UNESCAPED = re.compile(r"(?<!\\)[%&#$_^~]")
_BAD_BACKSLASH = re.compile(r"\\(?![%&#$_{}\\]|[A-Za-z]+)")


class BibTeXError(ValueError):
    pass


def parse_bibtex(text: str) -> tuple[str, str, dict[str, str]]:
    """One strict BibTeX entry -> (type, key, {field: value}).

    Fields are ``name = {value}`` (braces balanced, specials escaped) or ``name = macro`` for a
    month or a number; entries end with ``}`` and nothing but whitespace may follow.
    """
    entry = _ENTRY.match(text)
    if not entry:
        raise BibTeXError(f"no '@type{{key,' at the start: {text[:40]!r}")
    kind, key = entry.group(1).lower(), entry.group(2)
    pos = entry.end()
    fields: dict[str, str] = {}
    while True:
        if text.startswith("}", pos):
            pos += 1
            break
        field = _FIELD.match(text, pos)
        if not field:
            raise BibTeXError(f"expected 'name =' at {text[pos : pos + 30]!r}")
        name = field.group(1).lower()
        if name in fields:
            raise BibTeXError(f"duplicate field {name}")
        pos = field.end()
        if text.startswith("{", pos):
            depth, i = 0, pos
            while True:
                if i >= len(text):
                    raise BibTeXError(f"unbalanced braces in {name}")
                ch = text[i]
                if ch == "\\":
                    i += 2
                    continue
                if ch == "{":
                    depth += 1
                elif ch == "}":
                    depth -= 1
                    if depth == 0:
                        break
                i += 1
            value = text[pos + 1 : i]
            pos = i + 1
            if _UNESCAPED.search(value):
                raise BibTeXError(f"unescaped special character in {name}: {value!r}")
            if _BAD_BACKSLASH.search(value):
                raise BibTeXError(f"stray backslash in {name}: {value!r}")
        else:
            bare = re.compile(r"[A-Za-z0-9]+").match(text, pos)
            if not bare:
                raise BibTeXError(f"expected {{value}} or a macro for {name}")
            value = bare.group()
            if not (value.isdigit() or value.lower() in MONTH_MACROS):
                raise BibTeXError(f"unknown macro {value!r} for {name}")
            pos = bare.end()
        fields[name] = value
        separator = re.compile(r"\s*,\s*|\s*(?=\})").match(text, pos)
        if not separator:
            raise BibTeXError(f"expected ',' or '}}' after {name}: {text[pos : pos + 20]!r}")
        pos = separator.end()
    if text[pos:].strip():
        raise BibTeXError(f"text after the entry: {text[pos:]!r}")
    return kind, key, fields


@pytest.mark.parametrize(
    "bad",
    [
        "@article{k,\n  title = {A {B}\n}\n",  # unbalanced
        "@article{k,\n  note = {a_b}\n}\n",  # unescaped _
        "@article{k,\n  note = {50% off}\n}\n",  # unescaped %
        "@article{k,\n  month = july\n}\n",  # not a macro
        "@article{k title = {x}}\n",  # no key comma
        "@article{k,\n  title = {x}\n}\ntrailing\n",
        "@article{k,\n  title = {x}\n  year = {2025}\n}\n",  # missing comma
    ],
)
def test_the_bibtex_checker_itself_rejects_broken_entries(bad):
    with pytest.raises(BibTeXError):
        parse_bibtex(bad)


def test_the_bibtex_checker_accepts_a_well_formed_entry():
    kind, key, fields = parse_bibtex(
        "@article{src:claim-1,\n  title = {A {Nested} \\& Escaped\\_Title},\n  year = {2025},\n  month = jul\n}\n"
    )
    assert (kind, key) == ("article", "src:claim-1")
    assert fields == {"title": "A {Nested} \\& Escaped\\_Title", "year": "2025", "month": "jul"}


def test_a_student_cites_the_japanese_death_toll_as_text_and_markdown(jpmn):
    claim = CLAIMS["pow-deaths-japanese-records"]
    source = SOURCES[claim["source"]]
    line = json.loads(jpmn("show", claim["id"], "--json").out)[0]["line"]
    assert isinstance(line, int)

    text = jpmn("cite", claim["id"], "--format", "text")
    assert text.code == 0 and text.err == ""
    assert text.out.endswith("\n") and text.out.count("\n") == 1
    markdown = jpmn("cite", claim["id"], "--format", "markdown")
    assert markdown.code == 0
    assert jpmn("cite", claim["id"]).out == text.out  # text is the default

    rendered = re.sub(r"\\(.)", r"\1", markdown.out)  # Markdown escapes ([ ] *...) read as the text
    for out in (text.out, rendered):
        assert "The Diplomat" in out
        assert source["title"] in out
        assert "July 2025" in out  # published 2025-07
        assert source["path"] in out
        assert f"line {line}" in out
        assert claim["quote"] in out
        assert "Japanese records" in out
    assert "*The Diplomat*" in markdown.out
    assert rendered.startswith(f"> {claim['quote']}\n")


def test_the_untitled_commentary_says_its_outlet_is_not_stated(jpmn):
    cid = "strategic-partnership-2010-commentary"
    assert "outlet" not in SOURCES[CLAIMS[cid]["source"]]
    invented = [s["outlet"] for s in SOURCES.values() if s.get("outlet")]

    for fmt in ("text", "markdown"):
        out = jpmn("cite", cid, "--format", fmt).out
        assert "outlet not stated" in out.lower()
        assert not any(name in out for name in invented)
        assert SOURCES[CLAIMS[cid]["source"]]["path"] in out

    kind, _key, fields = parse_bibtex(jpmn("cite", cid, "--format", "bibtex").out)
    assert kind == "misc"
    assert "journal" not in fields and "publisher" not in fields and "year" not in fields
    (item,) = json.loads(jpmn("cite", cid, "--format", "csl-json").out)
    assert "container-title" not in item and "issued" not in item


def test_an_undated_text_citation_has_no_doubled_full_stop(jpmn):
    # "Outlet not stated, n.d.. (seeds/...)": the abbreviation's full stop ends the sentence too.
    out = jpmn("cite", "strategic-partnership-2010-commentary").out
    assert "n.d." in out
    assert ".." not in out.replace("...", ""), out


@pytest.mark.parametrize("cid", sorted(CLAIMS))
def test_every_claim_has_a_bibtex_entry_that_parses(jpmn, cid):
    result = jpmn("cite", cid, "--format", "bibtex")
    assert result.code == 0, result.err
    kind, key, fields = parse_bibtex(result.out)
    assert kind in BIBTEX_TYPES
    assert cid in key
    assert "title" in fields
    source = SOURCES[CLAIMS[cid]["source"]]
    if source.get("outlet"):
        assert fields.get("journal") == source["outlet"]
    if source.get("published"):
        assert fields["year"] == source["published"][:4]
    published = (source.get("published") or "").split("-")
    if len(published) > 1:
        assert fields["month"] == MONTHS[int(published[1]) - 1]


def test_the_bibtex_entry_of_the_death_toll(jpmn):
    out = jpmn("cite", "pow-deaths-japanese-records", "--format", "bibtex").out
    kind, key, fields = parse_bibtex(out)
    assert kind == "article"
    assert key == "diplomat-naruhito-visit-2025:pow-deaths-japanese-records"
    assert fields["journal"] == "The Diplomat"
    assert (fields["year"], fields["month"]) == ("2025", "jul")
    assert re.search(r"^\s*month = jul,?$", out, re.M)  # a bare macro, not {jul}
    assert "seeds/003\\_78fc02ddb00f146c.txt" in fields["note"]  # '_' escaped
    assert "1,684 deaths" in fields["note"]


# The item types of CSL 1.0.2 (csl-data.json's "type" enum).
CSL_TYPES = {
    "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book", "broadcast",
    "chapter", "classic", "collection", "dataset", "document", "entry", "entry-dictionary",
    "entry-encyclopedia", "event", "figure", "graphic", "hearing", "interview", "legal_case",
    "legislation", "manuscript", "map", "motion_picture", "musical_score", "pamphlet",
    "paper-conference", "patent", "performance", "periodical", "personal_communication", "post",
    "post-weblog", "regulation", "report", "review", "review-book", "software", "song", "speech",
    "standard", "thesis", "treaty", "webpage",
}  # fmt: skip


@pytest.mark.parametrize("cid", sorted(CLAIMS))
def test_every_claim_has_csl_json(jpmn, cid):
    result = jpmn("cite", cid, "--format", "csl-json")
    assert result.code == 0, result.err
    items = json.loads(result.out)
    assert isinstance(items, list) and len(items) == 1
    (item,) = items
    assert isinstance(item["id"], str) and item["id"] == cid
    assert item["type"] in CSL_TYPES
    source = SOURCES[CLAIMS[cid]["source"]]
    assert item["title"] == source["title"]
    if source.get("outlet"):
        assert item["container-title"] == source["outlet"]
    if source.get("published"):
        parts = item["issued"]["date-parts"]
        assert isinstance(parts, list) and len(parts) == 1
        assert all(type(p) is int for p in parts[0])
        assert parts[0] == [int(p) for p in source["published"].split("-")]
    for name in ("author", "editor"):
        if name in item:
            assert all(isinstance(person, dict) for person in item[name])


def test_the_csl_json_of_the_death_toll(jpmn):
    (item,) = json.loads(jpmn("cite", "pow-deaths-japanese-records", "--format", "csl-json").out)
    assert item["type"] == "article-newspaper"
    assert item["container-title"] == "The Diplomat"
    assert item["issued"] == {"date-parts": [[2025, 7]]}


def test_citing_an_unknown_id_suggests_close_ones(jpmn):
    result = jpmn("cite", "pow-death-japanese")
    assert result.code == 1
    assert result.out == ""
    line = one_line_error(result.err)
    assert "did you mean" in line
    assert "pow-deaths-japanese-records" in line.split("did you mean", 1)[1]

    nothing_close = jpmn("cite", "zzzzzzzzzzzz", "--format", "bibtex")
    assert nothing_close.code == 1 and nothing_close.out == ""
    assert "zzzzzzzzzzzz" in one_line_error(nothing_close.err)


def test_an_unknown_citation_format_is_a_usage_error(jpmn):
    result = jpmn("cite", "pow-deaths-japanese-records", "--format", "ris")
    assert result.code == 2
    assert "bibtex" in one_line_error(result.err)


# ==================================================================================================
# --fields
# ==================================================================================================

CLAIM_COMMANDS = {
    "ask": ("ask", "POW deaths"),
    "list": ("list", "history"),
    "timeline": ("timeline", "--from", "2019", "--to", "2022"),
}
FORMAT_FLAGS = {"json": "--json", "jsonl": "--jsonl", "csv": "--csv"}


def claim_command(name: str, fmt: str) -> list[str]:
    if name == "export":  # export takes --format (see test_export_takes_the_same_format_flags)
        return ["export", "--category", "history", "--format", fmt]
    return [*CLAIM_COMMANDS[name], FORMAT_FLAGS[fmt]]


def records_of(out: str, fmt: str) -> list[dict[str, Any]]:
    if fmt == "json":
        data = json.loads(out)
        assert isinstance(data, list)
        return data
    if fmt == "jsonl":
        return [json.loads(line) for line in out.splitlines()]
    raise AssertionError(fmt)


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
@pytest.mark.parametrize("command", ["ask", "list", "export", "timeline"])
def test_fields_narrow_claims_to_id_value_and_outlet(jpmn, command, fmt):
    result = jpmn(*claim_command(command, fmt), "--fields", "id,value,source.outlet")
    assert result.code == 0, result.err
    records = records_of(result.out, fmt)
    assert records
    for record in records:
        assert list(record) == ["id", "value", "source"]
        assert list(record["source"]) == ["outlet"]
        stored = CLAIMS[record["id"]]
        assert record["value"] == stored.get("value")
        assert record["source"]["outlet"] == SOURCES[stored["source"]].get("outlet")


@pytest.mark.parametrize("command", ["ask", "list", "export", "timeline"])
def test_fields_in_csv_use_dotted_column_names(jpmn, command):
    result = jpmn(*claim_command(command, "csv"), "--fields", "id,value,source.outlet")
    assert result.code == 0, result.err
    assert result.out.splitlines()[0] == "id,value,source.outlet"
    rows = list(csv.DictReader(io.StringIO(result.out)))
    assert rows
    for row in rows:
        stored = CLAIMS[row["id"]]
        assert row["value"] == ("" if stored.get("value") is None else str(stored["value"]))
        assert row["source.outlet"] == (SOURCES[stored["source"]].get("outlet") or "")


def test_ask_pow_deaths_with_fields(jpmn):
    result = jpmn("ask", "POW deaths", "--json", "--fields", "id,value,source.outlet")
    records = json.loads(result.out)
    by_id = {r["id"]: r for r in records}
    assert by_id["pow-deaths-japanese-records"] == {
        "id": "pow-deaths-japanese-records", "value": 1684, "source": {"outlet": "The Diplomat"},
    }  # fmt: skip
    assert by_id["pow-deaths-mongolian-records"]["value"] == 1621


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_fields_on_sources(jpmn, fmt):
    result = jpmn("sources", FORMAT_FLAGS[fmt], "--fields", "id,outlet,claims")
    assert result.code == 0, result.err
    if fmt == "csv":
        assert result.out.splitlines()[0] == "id,outlet,claims"
        records = list(csv.DictReader(io.StringIO(result.out)))
        assert {r["id"]: r["outlet"] for r in records} == {
            sid: s.get("outlet") or "" for sid, s in SOURCES.items()
        }
    else:
        records = records_of(result.out, fmt)
        assert all(list(r) == ["id", "outlet", "claims"] for r in records)
        assert {r["id"]: r["outlet"] for r in records} == {sid: s.get("outlet") for sid, s in SOURCES.items()}
        counts = {sid: sum(c["source"] == sid for c in CLAIMS.values()) for sid in SOURCES}
        assert {r["id"]: r["claims"] for r in records} == counts


@pytest.mark.parametrize(
    "argv",
    [
        ["ask", "POW deaths", "--json"],
        ["ask", "POW deaths", "--csv"],
        ["list", "history", "--jsonl"],
        ["export", "--format", "csv"],
        ["timeline", "--json"],
    ],
)
def test_an_unknown_field_names_the_available_ones(jpmn, argv):
    result = jpmn(*argv, "--fields", "id,nonsense")
    assert result.code == 2
    assert result.out == ""
    line = one_line_error(result.err)
    assert "'nonsense'" in line and "available" in line
    for name in ("id", "value", "attributed_to", "source.outlet"):
        assert name in line


def test_an_unknown_source_field_names_only_source_fields(jpmn):
    result = jpmn("sources", "--json", "--fields", "id,source.outlet")
    assert result.code == 2
    line = one_line_error(result.err)
    assert "'source.outlet'" in line
    available = [name.strip() for name in line.split("available:", 1)[1].rstrip(")").split(",")]
    assert {"id", "outlet", "title", "path", "claims"} <= set(available)
    # score and matched belong to 'ask' hits; a source record never has them
    assert "score" not in available and "matched" not in available


# ==================================================================================================
# filters: --category, --source, --attributed-to
# ==================================================================================================


def test_export_only_what_japanese_records_say(jpmn):
    result = jpmn("export", "--attributed-to", "japanese records", "--json")
    assert result.code == 0, result.err
    claims = json.loads(result.out)
    expected = {cid for cid, c in CLAIMS.items() if "japanese records" in c["attributed_to"].casefold()}
    assert expected == {"pow-total-japanese-records", "pow-deaths-japanese-records"}
    assert {c["id"] for c in claims} == expected
    assert all(c["attributed_to"] == "Japanese records" for c in claims)


def test_export_takes_the_same_format_flags_as_every_other_command(jpmn):
    for flag, fmt in (("--json", "json"), ("--jsonl", "jsonl"), ("--csv", "csv")):
        result = jpmn("export", "--category", "history", flag, "--fields", "id")
        assert result.code == 0, (flag, result.err)
        assert result.out == jpmn("export", "--category", "history", "--format", fmt, "--fields", "id").out


def test_attributed_to_is_a_case_insensitive_part_of_the_name(jpmn):
    shout = jpmn("export", "--attributed-to", "JAPANESE RECORDS", "--format", "csv", "--fields", "id")
    assert sorted(shout.out.splitlines()[1:]) == ["pow-deaths-japanese-records", "pow-total-japanese-records"]
    part = json.loads(jpmn("export", "--attributed-to", "records", "--format", "json", "--fields", "id").out)
    assert {r["id"] for r in part} == {
        cid for cid, c in CLAIMS.items() if "records" in c["attributed_to"].lower()
    }
    none = jpmn("export", "--attributed-to", "nobody at all", "--format", "json")
    assert none.code == 1 and json.loads(none.out) == []


def test_ask_about_detentions_from_the_yomiuri_only(jpmn):
    result = jpmn("ask", "detained", "--source", "Yomiuri", "--json")
    assert result.code == 0, result.err
    hits = json.loads(result.out)
    assert hits
    assert all(h["source"]["outlet"] == "Yomiuri Shimbun" for h in hits)
    by_id = jpmn("ask", "detained", "--source", "yomiuri-astellas-spy-sentencing-2025-07-17", "--json")
    assert [h["id"] for h in json.loads(by_id.out)] == [h["id"] for h in hits]
    lower = jpmn("ask", "detained", "--source", "yomiuri shimbun", "--json")
    assert [h["id"] for h in json.loads(lower.out)] == [h["id"] for h in hits]


def test_ask_with_a_filter_does_not_slip_in_the_other_side_of_a_conflict(jpmn):
    # "only claims attributed to Japanese records": the Mongolian figure must not come along.
    result = jpmn("ask", "POW deaths", "--attributed-to", "japanese records", "--json")
    assert result.code == 0, result.err
    hits = json.loads(result.out)
    assert [h["id"] for h in hits if h["id"] == "pow-deaths-japanese-records"]
    assert all("japanese records" in h["attributed_to"].lower() for h in hits), [
        (h["id"], h["attributed_to"], h["matched"]) for h in hits
    ]


def test_list_combines_source_and_attribution_filters(jpmn):
    result = jpmn("list", "history", "--source", "diplomat", "--attributed-to", "records", "--json")
    assert result.code == 0, result.err
    assert {c["id"] for c in json.loads(result.out)} == {
        "pow-total-mongolian-records", "pow-deaths-mongolian-records",
        "pow-total-japanese-records", "pow-deaths-japanese-records",
    }  # fmt: skip
    timeline = json.loads(jpmn("timeline", "--source", "jiji", "--json").out)
    assert timeline and all(e["source"]["outlet"] == "Jiji Press" for e in timeline)


@pytest.mark.parametrize("spelling", ["agreement", "Agreements", "agrements", "AGREEMENTS", " agreements "])
def test_category_names_are_forgiving(jpmn, spelling):
    expected = ids_where(category="agreements")
    listed = jpmn("list", spelling, "--json")
    assert listed.code == 0, listed.err
    assert {c["id"] for c in json.loads(listed.out)} == expected
    exported = jpmn("export", "--category", spelling, "--format", "json")
    assert exported.code == 0, exported.err
    assert {c["id"] for c in json.loads(exported.out)} == expected
    asked = jpmn("ask", "partnership", "--category", spelling, "--json")
    assert asked.code == 0, asked.err
    assert {c["category"] for c in json.loads(asked.out)} == {"agreements"}


@pytest.mark.parametrize(
    "argv",
    [["list", "treaties"], ["ask", "POW", "--category", "treaty"], ["export", "--category", "nonsense"]],
)
def test_an_unknown_category_lists_the_categories(jpmn, argv):
    result = jpmn(*argv)
    assert result.code == 1
    line = one_line_error(result.err)
    assert "no category" in line
    listed = [name.strip() for name in line.split("categories:", 1)[1].split(",")]
    assert sorted(listed) == CATEGORY_NAMES


# ==================================================================================================
# shell completion (typer's: --install-completion / --show-completion, candidates from the store)
# ==================================================================================================


def completions(jpmn, *words: str) -> list[str]:
    """What the shell gets offered after ``jpmn WORDS...`` (the last word is being typed)."""
    env = {
        "_JPMN_COMPLETE": "complete_bash",
        "COMP_WORDS": " ".join(["jpmn", *words]),
        "COMP_CWORD": str(len(words)),
    }
    result = CliRunner().invoke(app, [], env=env, prog_name="jpmn")
    assert result.exit_code == 0, result.stderr
    return sorted(line for line in result.stdout.splitlines() if line)


def test_show_completion_prints_a_script_that_calls_jpmn(jpmn):
    result = CliRunner().invoke(app, ["--show-completion", "bash"], prog_name="jpmn")
    assert result.exit_code == 0
    assert "_JPMN_COMPLETE=complete_bash" in result.stdout and "complete " in result.stdout


def test_complete_commands(jpmn):
    words = completions(jpmn, "")
    assert set(COMMANDS) <= set(words)
    assert completions(jpmn, "c") == ["check", "cite", "conflicts"]


def test_complete_options(jpmn):
    assert completions(jpmn, "ask", "--j") == ["--json", "--jsonl"]
    assert "--attributed-to" in completions(jpmn, "export", "--")
    assert completions(jpmn, "timeline", "--f") == ["--fields", "--from"]


def test_complete_categories(jpmn):
    assert completions(jpmn, "list", "") == CATEGORY_NAMES
    assert completions(jpmn, "ask", "--category", "") == CATEGORY_NAMES
    assert completions(jpmn, "export", "--category", "ag") == ["agreements"]


def test_complete_claim_ids_and_sources(jpmn):
    pow_ids = sorted(cid for cid in CLAIMS if cid.startswith("pow-"))
    assert completions(jpmn, "show", "pow-") == pow_ids
    assert completions(jpmn, "cite", "pow-d") == [
        "pow-deaths-japanese-records",
        "pow-deaths-mongolian-records",
    ]
    assert completions(jpmn, "show", "--context", "2", "pow-t") == [
        "pow-total-japanese-records", "pow-total-mongolian-records"
    ]  # fmt: skip
    assert completions(jpmn, "ask", "--source", "") == sorted(SOURCES)


def test_complete_choices(jpmn):
    assert completions(jpmn, "cite", "pow-deaths-japanese-records", "--format", "") == [
        "bibtex", "csl-json", "markdown", "text"
    ]  # fmt: skip
    assert completions(jpmn, "cite", "--format", "b") == ["bibtex"]
    assert completions(jpmn, "export", "--format", "") == ["csv", "json", "jsonl"]


def test_completion_reads_the_store_named_by_store_or_the_environment(jpmn, tmp_path, monkeypatch):
    assert completions(jpmn, "--store", str(tmp_path / "missing.yaml"), "show", "pow-") == []
    assert completions(jpmn, "show", "--store", str(tmp_path / "missing.yaml"), "pow-") == []
    monkeypatch.setenv("JPMN_STORE", str(tmp_path / "missing.yaml"))
    assert completions(jpmn, "show", "pow-") == []


def _venv_bin() -> str:
    beside = Path(sys.executable).with_name("jpmn")
    if beside.exists():
        return str(beside.parent)
    found = shutil.which("jpmn")
    if not found:
        pytest.skip("jpmn is not installed")
    return str(Path(found).parent)


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
@pytest.mark.parametrize(
    ("words", "cword", "expected"),
    [
        (["jpmn", "show", "pow-d"], 2, ["pow-deaths-japanese-records", "pow-deaths-mongolian-records"]),
        (["jpmn", "ask", "--category", "ag"], 3, ["agreements"]),
        (["jpmn", "cite", "x", "--format", "b"], 4, ["bibtex"]),
        (["jpmn", "ask", "--j"], 2, ["--json", "--jsonl"]),
    ],
)
def test_a_real_bash_session_completes(tmp_path, cache_dir, words, cword, expected):
    """The script typer prints, loaded into bash, asks the installed jpmn for candidates."""
    env = {
        **os.environ,
        "PATH": _venv_bin() + os.pathsep + os.environ.get("PATH", ""),
        "JPMN_CACHE_DIR": str(cache_dir),
        "NO_COLOR": "1",
    }
    env.pop("JPMN_STORE", None)
    array = " ".join("'" + w.replace("'", "'\\''") + "'" for w in words)
    session = (
        'eval "$(jpmn --show-completion bash)" || exit 9\n'
        "complete -p jpmn >/dev/null || exit 8\n"
        f"COMP_WORDS=({array}); COMP_CWORD={cword}\n"
        "_jpmn_completion jpmn\n"
        'printf "%s\\n" "${COMPREPLY[@]}"\n'
    )
    done = subprocess.run(
        ["bash", "--norc", "--noprofile", "-c", session],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert sorted(line for line in done.stdout.splitlines() if line) == sorted(expected)


# ==================================================================================================
# --help: an example for every command
# ==================================================================================================


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_help_shows_an_example(jpmn, command):
    result = jpmn(command, "--help")
    assert result.code == 0
    assert f"jpmn {command}" in result.out.split("Usage:", 1)[1]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_help_wraps_to_the_terminal_not_to_the_source_file(jpmn, command):
    """A docstring's line breaks are where the source wraps; the help wraps at the terminal's
    width (100 here): a line of prose never ends where the next line's first word would fit."""
    text = jpmn(command, "--help").out.split("Usage:", 1)[1].split("\u256d", 1)[0]
    prose = [line.strip() for line in text.splitlines()]
    for line, following in pairwise(prose):
        if not line or not following or following.startswith("jpmn "):
            continue
        assert len(line) + 1 + len(following.split()[0]) > 100 - 2, (line, following)


def test_the_top_level_help_shows_examples_and_the_exit_codes_once(jpmn):
    result = jpmn("--help")
    assert result.code == 0
    assert "jpmn help" in result.out and "Exit codes" in result.out
    assert "Exit codes" not in jpmn("ask", "--help").out


def test_the_installed_command_does_the_same_from_any_directory(sh):
    conflicts = sh("conflicts", "--csv")
    assert conflicts.returncode == 0, conflicts.stderr
    assert "pow-deaths-japanese-records,1684,deaths,,Japanese records,The Diplomat" in conflicts.stdout
    cited = sh("cite", "pow-deaths-japanese-records", "--format", "bibtex")
    assert cited.returncode == 0, cited.stderr
    assert parse_bibtex(cited.stdout)[0] == "article"
    completed = sh(
        "show",
        "pow-",
        env={"_JPMN_COMPLETE": "complete_bash", "COMP_WORDS": "jpmn show pow-", "COMP_CWORD": "2"},
    )
    assert sorted(completed.stdout.splitlines()) == sorted(cid for cid in CLAIMS if cid.startswith("pow-"))


def test_a_citation_names_who_is_quoted_and_the_outlet_that_reported_it(jpmn):
    """The POW figures of Japanese records are the words of Mongolia's Institute of Strategic Studies,
    reported by The Diplomat: a citation must not put those words in the mouth of Japanese records."""
    text = jpmn("cite", "pow-deaths-japanese-records").out
    assert (
        "(Mongolia's Institute of Strategic Studies, reported by The Diplomat; the claim is attributed to Japanese records)"
        in text
    )
    markdown = jpmn("cite", "pow-deaths-japanese-records", "--format", "markdown").out
    assert "\u2014 Mongolia's Institute of Strategic Studies, for Japanese records, quoted in" in markdown
    kanai = jpmn("cite", "kanai-totally-unacceptable").out
    assert kanai.rstrip().endswith("Affairs Bureau, reported by Kyodo News).")
    assert json.loads(jpmn("show", "pow-deaths-japanese-records", "--json").out)[0]["quoted"] == (
        "Mongolia's Institute of Strategic Studies"
    )
