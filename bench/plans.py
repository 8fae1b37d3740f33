"""N-week study plans in the user's Markdown format, generated for the benchmarks."""

from __future__ import annotations

import random

__all__ = ["plan_markdown"]

_TOPICS = (
    "System Design Interview Framework",
    "Designing Scalable REST APIs",
    "API Gateway, Service Boundaries, Versioning",
    "Design: Note-Taking Backend",
    "Design: URL Shortener",
    "Caching Strategies and Invalidation",
    "Message Queues and Event-Driven Design",
    "Database Indexing and Query Plans",
    "Concurrency in Go: Goroutines and Channels",
    "Testing Strategies for Services",
    "Observability: Logs, Metrics, Traces",
    "Rate Limiting and Back-Pressure",
    "Connect Design to Project",
)
_STUDY = ("Concepts", "Deep Dive", "Reading", "Requirements", "Mapping")
_PRACTICE = ("Design Exercises", "Template Creation", "Diagramming", "Implementation Planning")
_EXTRA = ("Practice", "Refinement", "Service decomposition", "Scaling considerations", "Code")
_STEPS = (
    "Clarify requirements.",
    "Define APIs and core use cases.",
    "High-level components and data flow.",
    "Storage, caching, queues.",
    "Scalability, reliability, **security**.",
    "Pagination, filtering, sorting.",
    "Idempotency and retries.",
    "Error handling with `errors.Is`.",
    "Compare with [public APIs](https://example.com/apis).",
    "Write a short summary in the notes.",
)
_RANGES = ("60–75 min", "45–60 min", "30–45 min", "60 min", "90 min", "30 min", "1-1.5 h")


def plan_markdown(weeks: int, *, seed: int = 7) -> str:
    """A plan of `weeks` weeks (7 days each) as people write one, deterministic for a seed.

    Front matter, weekly goals, links, an overview table of every day, then each day with a
    4-hour plan (3 or 4 blocks, ranged and fixed lengths, nested items) and a 6-hour plan that
    adds blocks with "Add:"; the last day of each week is a review with a shorter plan.
    """
    rng = random.Random(seed)
    days = weeks * 7
    titles = [_title(number, rng) for number in range(1, days + 1)]
    out = [
        "---",
        f"id: gen{weeks}",
        f"title: Generated {weeks}-Week Track",
        "sidebar_position: 3",
        "---",
        "",
        "### Weekly Goals",
        "",
        "- **System Design**",
        "  - Learn a structured approach to **system design interviews**.",
        "  - Design **scalable REST APIs** for realistic services.",
        "- **DSA**",
        "  - Maintain 2–3 problems/day.",
        "",
        "Use together with:",
        "- [Roadmap](../roadmap/roadmap.md)",
        "- [Projects](../topic-banks/projects.md)",
        "",
        "---",
        "",
        "### Weekly Overview Table",
        "",
        "| Day | Focus |",
        "|-----|-------|",
    ]
    out += [f"| {number} | {title} |" for number, title in enumerate(titles, 1)]
    for number, title in enumerate(titles, 1):
        out += ["", "---", "", f"### Day {number} – {title}", ""]
        out += _day(number, rng)
    return "\n".join(out) + "\n"


def _title(number: int, rng: random.Random) -> str:
    if number % 7 == 0:
        return f"Weekly Review & Mock Design {number // 7}"
    return f"{rng.choice(_TOPICS)} ({number})"


def _day(number: int, rng: random.Random) -> list[str]:
    review = number % 7 == 0
    lines = ["#### 4-Hour Plan", ""]
    blocks = [
        (f"Block 1 ({rng.choice(_STUDY)} – {rng.choice(_RANGES[:3])})", _items(rng, nested=True)),
        (f"Block 2 ({rng.choice(_PRACTICE)} – {rng.choice(_RANGES)})", _items(rng, nested=False)),
        (f"Block 3 (DSA – {'30–45 min' if review else '60 min'})", ["2–3 problems."]),
    ]
    if not review:
        blocks.append(("Block 4 (Review – 30 min)", _items(rng, nested=False)[:1]))
    for head, items in blocks:
        lines.append(f"- **{head}**")
        lines += [f"  {item}" if item.startswith("  ") else f"  - {item}" for item in items]
        lines.append("")
    lines += ["#### 6-Hour Plan", "", "- Add:"]
    extra = rng.choice(_EXTRA)
    lines.append(f"  - **{extra} ({rng.choice(('60 min', '45–60 min'))})**: {rng.choice(_STEPS)}")
    if not review and rng.random() < 0.5:
        lines.append(f"  - **Reading (30 min)**: {rng.choice(_STEPS)}")
    return lines


def _items(rng: random.Random, *, nested: bool) -> list[str]:
    steps = rng.sample(_STEPS, 4)
    if not nested:
        return steps[:2]
    # A lead bullet with its steps nested under it, as in "Learn framework:".
    return ["Work through:", *(f"  - {step}" for step in steps)]
