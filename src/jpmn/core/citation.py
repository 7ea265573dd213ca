"""Citations ready to paste, built from a claim's source fields and where its quote stands.

A source's ``url`` is printed when the store has one, never made up from the outlet's name.
Store text is data in every format: escaped for BibTeX (braces stay balanced), for Markdown (no
link, image, heading or raw HTML can come from a quote), and for JSON (nothing raw but text).
"""

from __future__ import annotations

import json
import re
from typing import Any

from jpmn.core.escapes import escape_json

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


STYLES = ("text", "markdown", "bibtex", "csl-json")


def cite(claim: dict[str, Any], fmt: str) -> str:
    """The claim's citation in one of: text, markdown, bibtex, csl-json (always ends with a newline)."""
    return {"text": _text, "markdown": _markdown, "bibtex": _bibtex, "csl-json": _csl_json}[fmt](claim)


def _where(claim: dict[str, Any]) -> str:
    path = claim["source"].get("path") or ""
    return f"{path}, line {claim['line']}" if claim.get("line") else path


def _dates(published: str | None) -> list[list[int]]:
    """A ``published`` date or period as [[year, month?, day?], ...] (one entry, or two for a period)."""
    if not published:
        return []
    return [[int(part) for part in end.split("-")] for end in published.split("/")]


def _human_date(published: str | None) -> str:
    dates = _dates(published)
    if not dates:
        return "n.d."
    return " \u2013 ".join(_human_one(parts) for parts in dates)


def _human_one(parts: list[int]) -> str:
    if len(parts) == 1:
        return str(parts[0])
    month = MONTH_NAMES[parts[1] - 1]
    return f"{month} {parts[0]}" if len(parts) == 2 else f"{parts[2]} {month} {parts[0]}"


def speaker(claim: dict[str, Any]) -> str:
    """Whose words the quote is and, when they differ, whom the claim is attributed to:
    "Mongolia's Institute of Strategic Studies, for Japanese records"."""
    quoted = claim.get("quoted")
    if quoted and quoted != claim["attributed_to"]:
        return f"{quoted}, for {claim['attributed_to']}"
    return str(claim["attributed_to"])


def _reported(claim: dict[str, Any]) -> str:
    """Who is quoted and the outlet that reported it: "Masaaki Kanai, reported by Kyodo News"."""
    who = claim.get("quoted") or claim["attributed_to"]
    outlet = claim["source"].get("outlet")
    said = who if not outlet or who == outlet else f"{who}, reported by {outlet}"
    if claim.get("quoted") and claim["quoted"] != claim["attributed_to"]:
        said += f"; the claim is attributed to {claim['attributed_to']}"
    return str(said)


def _sentence(text: str) -> str:
    return text if text[-1:] in ".?!" else text + "."


def _text(claim: dict[str, Any]) -> str:
    source = claim["source"]
    byline = _sentence(source["author"]) + " " if source.get("author") else ""
    outlet = source.get("outlet") or "Outlet not stated"
    url = f"{source['url']} " if source.get("url") else ""
    return (
        f"{byline}\u201c{_sentence(source['title'])}\u201d {outlet}, "
        f"{_sentence(_human_date(source.get('published')))} {url}"
        f"({_where(claim)}.) Quoted: \u201c{claim['quote']}\u201d "
        f"({_reported(claim)}).\n"
    )


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>!|~&$])")
_MD_LINE_START = re.compile(r"^([#=+-]|\d+(?=[.)]))")
_MD_URL_UNSAFE = re.compile(r"[<>\s]")
_MD_BREAKS = re.compile(r"[\s\u2028\u2029\x85]+")


def _md(text: str) -> str:
    """Store text as Markdown text: on one line, with every character that could start markup
    escaped (links, images, emphasis, code, raw HTML, and a heading or list at the start), so it
    reads the same and does nothing."""
    text = _MD_SPECIAL.sub(r"\\\1", _MD_BREAKS.sub(" ", text).strip())
    return _MD_LINE_START.sub(
        lambda m: m.group(1) + "\\" if m.group(1)[0].isdigit() else "\\" + m.group(1), text
    )


def _md_code(text: str) -> str:
    """A code span that no backtick in ``text`` can close early."""
    text = _MD_BREAKS.sub(" ", text)
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or longest else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _markdown(claim: dict[str, Any]) -> str:
    source = claim["source"]
    byline = f"{_md(source['author'])}, " if source.get("author") else ""
    outlet = f"*{_md(source['outlet'])}*" if source.get("outlet") else "outlet not stated"
    title = _md(source["title"])
    if source.get("url"):  # checked http(s) on load; <> and spaces could still end the destination
        url = _MD_URL_UNSAFE.sub(lambda m: f"%{ord(m.group()):02X}", source["url"])
        title = f"[{title}](<{url}>)"
    return (
        f"> {_md(claim['quote'])}\n\n"
        f"\u2014 {_md(speaker(claim))}, quoted in {byline}\u201c{title}\u201d, {outlet}, "
        f"{_human_date(source.get('published'))} ({_md_code(_where(claim))})\n"
    )


# In BibTeX, braces must balance even when written \{ or \}: braces become the LaTeX commands
# that print them, whose own {} balance. Every other LaTeX special character is escaped too.
_BIBTEX_ESCAPES = str.maketrans(
    {
        "\\": r"\textbackslash{}",
        "{": r"\textbraceleft{}",
        "}": r"\textbraceright{}",
        "%": r"\%",
        "&": r"\&",
        "#": r"\#",
        "$": r"\$",
        "_": r"\_",
        "^": r"\textasciicircum{}",
        "~": r"\textasciitilde{}",
    }
)


def _bib(text: str) -> str:
    return text.translate(_BIBTEX_ESCAPES)


def _bibtex(claim: dict[str, Any]) -> str:
    source = claim["source"]
    fields: list[tuple[str, str]] = [("title", _bib(source["title"]))]
    if source.get("author"):
        fields.append(("author", _bib(source["author"])))
    if source.get("outlet"):
        fields.append(("journal", _bib(source["outlet"])))
    dates = _dates(source.get("published"))
    if dates:
        years = sorted({parts[0] for parts in dates})
        fields.append(("year", "--".join(str(year) for year in years)))
        if len(dates) == 1 and len(dates[0]) > 1:
            fields.append(("month", MONTHS[dates[0][1] - 1]))
    if source.get("url"):
        fields.append(("url", _bib(source["url"])))
    fields.append(("note", _bib(f"{speaker(claim)}: \u201c{claim['quote']}\u201d ({_where(claim)})")))
    kind = "article" if source.get("outlet") else "misc"
    body = ",\n".join(
        f"  {name} = {value}" if name == "month" else f"  {name} = {{{value}}}" for name, value in fields
    )
    key = f"{source['id']}:{claim['id']}"
    return f"@{kind}{{{key},\n{body}\n}}\n"


def _csl_json(claim: dict[str, Any]) -> str:
    source = claim["source"]
    item: dict[str, Any] = {
        "id": claim["id"],
        "type": "article-newspaper" if source.get("outlet") else "article",
        "title": source["title"],
    }
    if source.get("outlet"):
        item["container-title"] = source["outlet"]
    if source.get("author"):
        item["author"] = [{"literal": source["author"]}]
    dates = _dates(source.get("published"))
    if dates:
        item["issued"] = {"date-parts": dates}
    if source.get("url"):
        item["URL"] = source["url"]
    item["note"] = f"{speaker(claim)}: \u201c{claim['quote']}\u201d ({_where(claim)})"
    return escape_json(json.dumps([item], ensure_ascii=False, indent=2)) + "\n"
