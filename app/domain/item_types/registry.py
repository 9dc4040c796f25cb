"""The registry of item types: every type the program knows, looked up by its name."""

from __future__ import annotations

from typing import TypeGuard

from app.domain.item_types.kind import ItemKind

_KINDS: dict[str, ItemKind] = {}


class UnknownItemType(KeyError):
    """A type name no definition is registered for (a source's unknown type is a reading problem
    instead; this is raised only for an item that was built without being read)."""

    def __str__(self) -> str:
        return f"no item type '{self.args[0]}' is registered (known: {', '.join(_KINDS)})"


def register(kind: ItemKind) -> None:
    """Add a type; a second definition under the same name is refused (it would silently replace
    the scoring of every exam that uses the type)."""
    if kind.name in _KINDS:
        raise ValueError(f"the item type '{kind.name}' is already registered")
    _KINDS[kind.name] = kind


def unregister(name: str) -> None:
    """Remove a type (a test that registered one of its own puts things back)."""
    _KINDS.pop(name, None)


def item_kind(name: str) -> ItemKind:
    try:
        return _KINDS[name]
    except KeyError:
        raise UnknownItemType(name) from None


def is_registered(name: object) -> TypeGuard[str]:
    return isinstance(name, str) and name in _KINDS


def item_kinds() -> tuple[ItemKind, ...]:
    """Every registered type, the built-in ones first in the order they are listed."""
    return tuple(_KINDS.values())


def type_names() -> tuple[str, ...]:
    return tuple(_KINDS)
