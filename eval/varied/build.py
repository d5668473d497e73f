"""Small constructors that keep the plan texts in the content modules compact."""

from __future__ import annotations

from eval.varied.model import Group, Item, Part, Task


def T(task: str, lead: str, partners: str, deadline: str, product: str = "", start: str = "") -> Task:
    """A task row; ``partners`` separated by ";" (a unit name may itself hold commas)."""
    plist = [p.strip() for p in partners.split(";") if p.strip()]
    return Task(task, lead, plist, deadline, product, start)


def G(title: str, *tasks: Task) -> Group:
    """A group row and its tasks."""
    return Group(title, list(tasks))


def P(title: str, *items: Item | str) -> Part:
    """A part; plain strings become level-0 paragraphs."""
    return Part(title, [i if isinstance(i, Item) else Item(0, i) for i in items])


def n(text: str) -> Item:
    """Numbered item ("1.")."""
    return Item(1, text)


def a(text: str) -> Item:
    """Lettered item ("a)")."""
    return Item(2, text)


def b(text: str) -> Item:
    """Bullet item ("-")."""
    return Item(3, text)


def plus(text: str) -> Item:
    """Sub-bullet item ("+")."""
    return Item(3, text, "+")
