"""Citations ready to paste, built from a claim's source fields and where its quote stands.

A source's ``url`` is printed when the store has one, never made up from the outlet's name.
"""

from __future__ import annotations

import json
from typing import Any

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def cite(claim: dict[str, Any], fmt: str) -> str:
    """The claim's citation in one of: text, markdown, bibtex, csl-json (always ends with a newline)."""
    return {"text": _text, "markdown": _markdown, "bibtex": _bibtex, "csl-json": _csl_json}[fmt](claim)


def _where(claim: dict[str, Any]) -> str:
    path = claim["source"].get("path") or ""
    return f"{path}, line {claim['line']}" if claim.get("line") else path


def _human_date(published: str | None) -> str:
    if not published:
        return "n.d."
    parts = published.split("-")
    if len(parts) == 1:
        return parts[0]
    month = MONTH_NAMES[int(parts[1]) - 1]
    return f"{month} {parts[0]}" if len(parts) == 2 else f"{int(parts[2])} {month} {parts[0]}"


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
        f"(attributed to {claim['attributed_to']}).\n"
    )


def _markdown(claim: dict[str, Any]) -> str:
    source = claim["source"]
    byline = f"{source['author']}, " if source.get("author") else ""
    outlet = f"*{source['outlet']}*" if source.get("outlet") else "outlet not stated"
    title = f"[{source['title']}](<{source['url']}>)" if source.get("url") else source["title"]
    return (
        f"> {claim['quote']}\n\n"
        f"\u2014 {claim['attributed_to']}, in {byline}\u201c{title}\u201d, {outlet}, "
        f"{_human_date(source.get('published'))} (`{_where(claim)}`)\n"
    )


_BIBTEX_ESCAPES = str.maketrans(
    {
        "\\": r"\textbackslash{}",
        "{": r"\{",
        "}": r"\}",
        "%": r"\%",
        "&": r"\&",
        "#": r"\#",
        "$": r"\$",
        "_": r"\_",
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
    published = (source.get("published") or "").split("-")
    if published[0]:
        fields.append(("year", published[0]))
    if len(published) > 1:
        fields.append(("month", MONTHS[int(published[1]) - 1]))
    if source.get("url"):
        fields.append(("url", _bib(source["url"])))
    fields.append(("note", _bib(f"{claim['attributed_to']}: \u201c{claim['quote']}\u201d ({_where(claim)})")))
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
    if source.get("url"):
        item["URL"] = source["url"]
    if source.get("published"):
        item["issued"] = {"date-parts": [[int(part) for part in source["published"].split("-")]]}
    item["note"] = f"{claim['attributed_to']}: \u201c{claim['quote']}\u201d ({_where(claim)})"
    return json.dumps([item], ensure_ascii=False, indent=2) + "\n"
