"""Charts drawn on the server as SVG: no script, no third-party library, readable
without CSS. Every label is escaped; the numbers are also in a table beside the chart."""

from __future__ import annotations

from markupsafe import Markup, escape

WIDTH, HEIGHT = 760, 300
LEFT, RIGHT, TOP, BOTTOM = 56, 12, 16, 56
COLOURS = (
    "#1f5f8b", "#c4572a", "#3a7d44", "#7b4f9d", "#b08900", "#2a8a8a", "#9d3b5f", "#555555",
)  # fmt: skip


def _nice_top(value: int) -> int:
    if value <= 5:
        return 5
    magnitude = 10 ** (len(str(value)) - 1)
    for step in (1, 2, 2.5, 5, 10):
        top = int(step * magnitude)
        if top >= value:
            return top
    return value


def line_chart(periods: list[str], groups: list[tuple[str, list[int]]], title: str) -> Markup:
    """Bars for one series, lines for several; ``groups`` is ``[(name, counts…)]`` with
    one count per period."""
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    top = _nice_top(max((max(c) for _, c in groups if c), default=0))
    n = max(len(periods), 1)
    step = plot_w / n

    def x(i: int) -> float:
        return LEFT + step * (i + 0.5)

    def y(v: float) -> float:
        return TOP + plot_h - plot_h * v / top

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {WIDTH} {HEIGHT}"'
        f' role="img" aria-label="{escape(title)}"><title>{escape(title)}</title>'
    ]
    for fraction in (0, 0.25, 0.5, 0.75, 1):
        value = top * fraction
        parts.append(
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(value):.1f}" y2="{y(value):.1f}"'
            ' class="grid"/>'
            f'<text x="{LEFT - 6}" y="{y(value) + 4:.1f}" text-anchor="end"'
            f' class="axis">{value:g}</text>'
        )
    label_every = max(1, n // 12)
    for i, period in enumerate(periods):
        if i % label_every == 0:
            parts.append(
                f'<text x="{x(i):.1f}" y="{HEIGHT - BOTTOM + 16}" text-anchor="end"'
                f' transform="rotate(-40 {x(i):.1f} {HEIGHT - BOTTOM + 16})"'
                f' class="axis">{escape(period)}</text>'
            )
    if len(groups) == 1:
        bar = max(step * 0.8, 1)
        for i, value in enumerate(groups[0][1]):
            parts.append(
                f'<rect x="{x(i) - bar / 2:.1f}" y="{y(value):.1f}" width="{bar:.1f}"'
                f' height="{TOP + plot_h - y(value):.1f}" fill="{COLOURS[0]}">'
                f"<title>{escape(period_label(periods, i))}: {value}</title></rect>"
            )
    else:
        for g, (name, counts) in enumerate(groups):
            colour = COLOURS[g % len(COLOURS)]
            points = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in enumerate(counts))
            parts.append(
                f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="2">'
                f"<title>{escape(name)}</title></polyline>"
            )
            legend_y = TOP + 14 * g
            parts.append(
                f'<rect x="{LEFT + 8}" y="{legend_y}" width="10" height="10" fill="{colour}"/>'
                f'<text x="{LEFT + 22}" y="{legend_y + 9}" class="legend">{escape(name)}</text>'
            )
    parts.append("</svg>")
    return Markup("".join(parts))


def period_label(periods: list[str], index: int) -> str:
    return periods[index] if index < len(periods) else ""
