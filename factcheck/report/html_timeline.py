"""The HTML report's timeline: every dated claim drawn as SVG on a time axis.

Days are points, months, years and intervals ("late May") are bars, each coloured by the
claim's result and labelled with its id and value. News dates cluster just before the
dateline with a few far older ones ("March 2022"), so a run that spans more than
`ZOOM_DAYS` gets two panels: the whole span, and the last `ZOOM_DAYS` days before the
dateline drawn large. Each claim is drawn once, in the panel that holds its start.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html import escape

from factcheck.result import ClaimResult
from factcheck.values.types import DateValue

ZOOM_DAYS = 60
WIDTH = 1100
MARGIN = 24
LANE = 22
AXIS_Y = 46  # below a panel's top: the axis line
FIRST_LANE_Y = 70  # below a panel's top: the centre of the first lane of marks
CHAR_WIDTH = 6.6  # an upper estimate of one character at the labels' 11px
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class _Dated:
    claim: ClaimResult
    date: DateValue


@dataclass(frozen=True)
class _Scale:
    start: dt.date
    end: dt.date  # exclusive: the axis ends where this day begins

    def x(self, day: dt.date) -> float:
        span = (self.end - self.start).days or 1
        return MARGIN + (day - self.start).days / span * (WIDTH - 2 * MARGIN)


def _shift(day: dt.date, days: int) -> dt.date:
    """`day` moved by `days`, stopping at the calendar's ends (years 1 and 9999).

    The model keeps claimed dates in years 1 to 9999 and a claims file's dateline in 1000 to
    2999, but a front matter's dateline is not the model's, and a panel pads its ends: a
    drawing may lose a day at the end of time, never the report.
    """
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max if days > 0 else dt.date.min


def dateline_day(published: str | None) -> dt.date | None:
    """The dateline's local day: `2025-06-27T22:57:00+03:00` is June 27 where it was written."""
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def dated_claims(claims: list[ClaimResult]) -> tuple[list[_Dated], list[ClaimResult]]:
    """The date claims whose value reads as EDTF, and those that do not (not drawn)."""
    drawn, undrawn = [], []
    for claim in claims:
        if claim.type != "date":
            continue
        try:
            drawn.append(_Dated(claim, DateValue.from_edtf(claim.value)))
        except ValueError:
            undrawn.append(claim)
    return drawn, undrawn


def timeline_html(
    claims: list[ClaimResult], published: str | None, numbers: dict[str, int], prefix: str = ""
) -> str:
    """The timeline figure (an inline SVG and its caption), or "" without dated claims.

    Each mark links to `#{prefix}claim-ID`, the claim's card in the page.
    """
    drawn, undrawn = dated_claims(claims)
    if not drawn and not undrawn:
        return ""
    parts = [f'<figure class="timeline" id="{prefix}timeline">']
    if drawn:
        parts.append(_svg(drawn, dateline_day(published), numbers, prefix))
        parts.append(_list(drawn, dateline_day(published), numbers, prefix))
    caption = f"{len(drawn)} dated claim{'s' if len(drawn) != 1 else ''} on a time axis"
    if published:
        caption += "; the dashed line is the dateline"
    if undrawn:
        missing = ", ".join(
            f'<a href="#{prefix}claim-{escape(c.id)}">{escape(c.id)}</a> ({escape(c.value)})'
            for c in undrawn
        )
        caption += f". Not drawn (the value is not a date): {missing}"
    parts.append(f"<figcaption>{caption}.</figcaption></figure>")
    return "\n".join(parts)


def _svg(
    drawn: list[_Dated], dateline: dt.date | None, numbers: dict[str, int], prefix: str
) -> str:
    first = min(d.date.start for d in drawn)
    last = max(d.date.end for d in drawn)
    horizon = max(last, dateline) if dateline else last
    zoom_start = _shift(horizon, -ZOOM_DAYS)
    recent = [d for d in drawn if d.date.start >= zoom_start]
    old = [d for d in drawn if d.date.start < zoom_start]
    # The large panel starts a little before its first claim, and spans two weeks at least.
    low = _shift(
        min(min((d.date.start for d in recent), default=horizon), _shift(horizon, -13)), -2
    )
    large = _Scale(low, _shift(horizon, 2))
    panels: list[tuple[str, _Scale, list[_Dated], tuple[dt.date, dt.date] | None]] = []
    if not old:
        panels.append((f"{_day(low)} – {_day(horizon)}", large, recent, None))
    else:
        pad = max(2, (horizon - first).days // 50)
        overview = _Scale(_shift(first, -pad), _shift(horizon, pad))
        band = (low, horizon) if recent else None
        title = f"Whole span: {_day(first)} – {_day(horizon)}"
        panels.append((title, overview, old, band))
        if recent:
            title = (
                f"Zoomed in: {_day(low)} – {_day(horizon)}, the claims of the last {ZOOM_DAYS} days"
            )
            panels.append((title, large, recent, None))
    body: list[str] = []
    top = 0
    for title, scale, items, band in panels:
        svg, height = _panel(title, scale, items, band, dateline, (numbers, prefix), top)
        body.append(svg)
        top += height + 12
    count = len(drawn)
    label = f"Timeline of {count} dated claim{'s' if count != 1 else ''}"
    return (
        f'<svg class="timeline-svg" viewBox="0 0 {WIDTH} {top}" width="{WIDTH}" height="{top}" '
        f'role="img" aria-label="{label}" xmlns="http://www.w3.org/2000/svg">'
        f"<title>{label}</title>" + "".join(body) + "</svg>"
    )


def _list(
    drawn: list[_Dated], dateline: dt.date | None, numbers: dict[str, int], prefix: str
) -> str:
    """The dated claims as a vertical list, earliest first, the dateline where it falls."""
    items = []
    order = sorted(drawn, key=lambda d: (d.date.start, d.date.end, d.claim.id))
    placed = dateline is None
    for dated in order:
        if not placed and dateline is not None and dated.date.start > dateline:
            items.append(_dateline_item(dateline))
            placed = True
        claim = dated.claim
        outcome = escape(claim.outcome)
        items.append(
            f'<li class="tl-item tl-{outcome}"><span class="tl-dot tl-dot-{outcome}"></span>'
            f'<span class="tl-when">{escape(_describe(dated.date))}</span>'
            f'<a href="#{prefix}claim-{escape(claim.id)}">#{numbers.get(claim.id, 0)} '
            f"{escape(claim.id)}</a> · {escape(claim.outcome.replace('-', ' '))}</li>"
        )
    if not placed and dateline is not None:
        items.append(_dateline_item(dateline))
    return f'<ol class="tl-list">{"".join(items)}</ol>'


def _dateline_item(dateline: dt.date) -> str:
    return f'<li class="tl-dateline-item">dateline {_day(dateline)}</li>'


def _panel(
    title: str,
    scale: _Scale,
    items: list[_Dated],
    band: tuple[dt.date, dt.date] | None,
    dateline: dt.date | None,
    links: tuple[dict[str, int], str],
    top: int,
) -> tuple[str, int]:
    """One panel at `top`: its title, axis, zoom band, dateline and marks; and its height."""
    placed = _lanes(scale, items)
    lanes = max((lane for _, lane, _ in placed), default=-1) + 1
    height = FIRST_LANE_Y + max(lanes, 1) * LANE - 6
    out = [f'<g class="tl-panel" transform="translate(0 {top})">']
    out.append(
        f'<rect class="tl-bg" x="0" y="0" width="{WIDTH}" height="{height}" rx="6"/>'
        f'<text class="tl-title" x="{MARGIN}" y="18">{escape(title)}</text>'
    )
    if band:
        x0, x1 = scale.x(band[0]), scale.x(_shift(band[1], 1))
        out.append(
            f'<rect class="tl-band" x="{x0:.1f}" y="{AXIS_Y - 8}" width="{max(x1 - x0, 2):.1f}" '
            f'height="{height - AXIS_Y + 2}"><title>Zoomed in below</title></rect>'
        )
    out.append(
        f'<line class="tl-axis" x1="{MARGIN}" y1="{AXIS_Y}" x2="{WIDTH - MARGIN}" y2="{AXIS_Y}"/>'
    )
    out.extend(_ticks(scale))
    if dateline and scale.start <= dateline < scale.end:
        x = scale.x(_shift(dateline, 1))  # the day's end: its claims stand before
        out.append(
            f'<line class="tl-dateline" x1="{x:.1f}" y1="{AXIS_Y - 14}" x2="{x:.1f}" '
            f'y2="{height - 4}"/><text class="tl-dateline-label" x="{x:.1f}" y="18" '
            f'text-anchor="end">dateline {dateline.isoformat()}</text>'
        )
    for dated, lane, right_label in placed:
        out.append(_mark(scale, dated, FIRST_LANE_Y + lane * LANE, right_label, links))
    out.append("</g>")
    return "".join(out), height


def _label(dated: _Dated) -> str:
    return f"{dated.claim.id} · {dated.claim.value}"


def _extent(scale: _Scale, dated: _Dated) -> tuple[float, float]:
    """Where the mark itself is drawn: a bar's ends, or a point's centre (± its radius)."""
    if dated.date.precision == "day":
        centre = scale.x(dated.date.start) + _day_width(scale) / 2
        return centre - 5, centre + 5
    x0 = scale.x(dated.date.start)
    x1 = scale.x(_shift(dated.date.end, 1))
    return x0, max(x1, x0 + 3)


def _day_width(scale: _Scale) -> float:
    return (WIDTH - 2 * MARGIN) / ((scale.end - scale.start).days or 1)


def _lanes(scale: _Scale, items: list[_Dated]) -> list[tuple[_Dated, int, bool]]:
    """Give each mark and its label a lane where nothing else overlaps it.

    A label goes right of its mark, or left of it where the right would run off the panel.
    Marks are placed from the left, in date order, each in the first lane with room.
    """
    ends: list[float] = []  # per lane: the right edge of what it holds so far
    placed = []
    order = sorted(items, key=lambda d: (d.date.start, d.date.end, d.claim.id))
    for dated in order:
        x0, x1 = _extent(scale, dated)
        width = len(_label(dated)) * CHAR_WIDTH + 6
        right_label = x1 + width <= WIDTH - 4
        left, right = (x0, x1 + width) if right_label else (x0 - width, x1)
        for lane, end in enumerate(ends):
            if left > end + 8:
                ends[lane] = right
                break
        else:
            lane = len(ends)
            ends.append(right)
        placed.append((dated, lane, right_label))
    return placed


def _mark(
    scale: _Scale, dated: _Dated, y: float, right_label: bool, links: tuple[dict[str, int], str]
) -> str:
    numbers, prefix = links
    claim = dated.claim
    x0, x1 = _extent(scale, dated)
    if dated.date.precision == "day":
        shape = f'<circle cx="{(x0 + x1) / 2:.1f}" cy="{y}" r="5"/>'
    else:
        shape = f'<rect x="{x0:.1f}" y="{y - 5}" width="{x1 - x0:.1f}" height="10" rx="3"/>'
    label = escape(_label(dated))
    if right_label:
        text = f'<text x="{x1 + 5:.1f}" y="{y + 4}">{label}</text>'
    else:
        text = f'<text x="{x0 - 5:.1f}" y="{y + 4}" text-anchor="end">{label}</text>'
    tip = (
        f"#{numbers.get(claim.id, 0)} {claim.id}: {claim.outcome}\n"
        f"date {claim.value} ({_describe(dated.date)})\nstatus: {claim.status}"
    )
    if claim.text:
        tip += f"\n“{claim.text}”"
    return (
        f'<a class="tl-mark tl-{escape(claim.outcome)}" href="#{prefix}claim-{escape(claim.id)}" '
        f'data-claim="{escape(claim.id)}"><title>{escape(tip)}</title>{shape}{text}</a>'
    )


def _describe(date: DateValue) -> str:
    if date.precision == "day":
        return _day(date.start)
    if date.precision == "month":
        return f"{_MONTHS[date.start.month - 1]} {date.start.year}"
    if date.precision == "year":
        return str(date.start.year)
    return f"{_day(date.start)} – {_day(date.end)}"


def _day(day: dt.date) -> str:
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"


def _ticks(scale: _Scale) -> list[str]:
    """Tick marks and labels at a step that keeps labels apart; days as minor ticks if wide."""
    days = (scale.end - scale.start).days
    out = []
    if _day_width(scale) >= 6:
        day, y0 = scale.start, AXIS_Y
        while day < scale.end:
            x = scale.x(day)
            out.append(
                f'<line class="tl-minor" x1="{x:.1f}" y1="{y0}" x2="{x:.1f}" y2="{y0 + 3}"/>'
            )
            day = _shift(day, 1)  # the end is at most the last day: this loop ends
    for day, label in _tick_days(scale.start, scale.end, days):
        x = scale.x(day)
        out.append(
            f'<line class="tl-tick" x1="{x:.1f}" y1="{AXIS_Y - 4}" x2="{x:.1f}" y2="{AXIS_Y + 6}"/>'
            f'<text class="tl-tick-label" x="{x:.1f}" y="{AXIS_Y - 8}" text-anchor="middle">'
            f"{escape(label)}</text>"
        )
    return out


def _tick_days(start: dt.date, end: dt.date, days: int) -> list[tuple[dt.date, str]]:
    """Weeks (Mondays) for a span of months, month starts for years, years beyond."""
    ticks: list[tuple[dt.date, str]] = []
    if days <= 120:
        day = _shift(start, (7 - start.weekday()) % 7)
        while day < end:
            ticks.append((day, f"{_MONTHS[day.month - 1]} {day.day}"))
            day = _shift(day, 7)
        return ticks
    months = days / 30.4
    step = next((s for s in (1, 2, 3, 6, 12, 24, 60, 120) if months / s <= 14), 240)
    index = start.year * 12 + start.month - 1
    index += -index % step  # the first month on the step: a whole quarter, year, decade…
    while index // 12 <= dt.MAXYEAR and (day := dt.date(index // 12, index % 12 + 1, 1)) < end:
        if day >= start:
            name = _MONTHS[day.month - 1]
            if step >= 12 or day.month == 1:
                name = str(day.year)
            elif not ticks:
                name += f" {day.year}"  # the first tick says which year the months are in
            ticks.append((day, name))
        index += step
    return ticks
