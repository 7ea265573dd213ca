"""Views across claims: groups of disagreeing figures, and the dated claims in order."""

from __future__ import annotations

from typing import Any


def conflict_groups(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Claims linked by ``conflicts_with``, grouped, each group lowest figure first, with differences.

    Percentages are relative to the lower figure of a pair: "Japanese records count 3.9% more".
    """
    by_id = {claim["id"]: claim for claim in claims}
    seen: set[str] = set()
    groups = []
    for claim in claims:
        if claim["id"] in seen or not claim["conflicts_with"]:
            continue
        members, todo = [], [claim["id"]]
        while todo:
            current = todo.pop()
            if current in seen or current not in by_id:
                continue
            seen.add(current)
            members.append(by_id[current])
            todo.extend(by_id[current]["conflicts_with"])
        members.sort(key=lambda c: (c["value"] is None, c["value"] or 0, c["id"]))
        values = [c["value"] for c in members if c["value"] is not None]
        pairs = [
            _difference(a, b)
            for i, a in enumerate(members)
            for b in members[i + 1 :]
            if a["value"] is not None and b["value"] is not None
        ]
        groups.append(
            {
                "claims": members,
                "low": min(values) if values else None,
                "high": max(values) if values else None,
                "difference": _round(max(values) - min(values)) if values else None,
                "percent": _percent(min(values), max(values)) if values else None,
                "units": sorted({c["unit"] for c in members if c["unit"]}),
                "pairs": pairs,
            }
        )
    return groups


def _difference(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    low, high = sorted((a["value"], b["value"]))
    return {
        "a": a["id"],
        "b": b["id"],
        "difference": _round(high - low),
        "percent": _percent(low, high),
    }


def _percent(low: float, high: float) -> float | None:
    """The difference as a percentage of the lower figure, rounded half up to one decimal."""
    from decimal import ROUND_HALF_UP, Decimal

    if not low:
        return None
    exact = (Decimal(str(high)) - Decimal(str(low))) / abs(Decimal(str(low))) * 100
    return float(exact.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def _round(value: float) -> float:
    return value if isinstance(value, int) else round(value, 6)


def date_key(date: str) -> tuple[int, int, int, int, int, int]:
    """Sort key of a date as written: a year sorts before its months, a month before its days."""
    start, _, end = date.partition("/")
    return _parts(start) + _parts(end or start)


def _parts(text: str) -> tuple[int, int, int]:
    pieces = [int(piece) for piece in text.split("-")]
    pieces += [0] * (3 - len(pieces))
    return pieces[0], pieces[1], pieces[2]


def timeline(
    claims: list[dict[str, Any]], start: int | None = None, end: int | None = None
) -> list[dict[str, Any]]:
    """Dated claims, oldest first (store order on ties), overlapping the years start..end."""
    dated = []
    for position, claim in enumerate(claims):
        date = claim.get("date")
        if not date:
            continue
        key = date_key(date)
        first_year, last_year = key[0], key[3]
        if start is not None and last_year < start:
            continue
        if end is not None and first_year > end:
            continue
        dated.append((key, position, claim))
    dated.sort(key=lambda item: (item[0], item[1]))
    return [claim for _key, _position, claim in dated]
