"""MathML as linear text, for a screen that cannot lay MathML out: 1/2, x^2, √(b^2 − 4ac)."""

from __future__ import annotations

import xml.etree.ElementTree as ET


def linear_text(node: ET.Element) -> str:
    tag = node.tag.replace("math:", "") if isinstance(node.tag, str) else ""
    parts = [linear_text(c) for c in node]
    if tag in ("mi", "mn", "mo", "mtext", "ms"):
        return " ".join("".join(node.itertext()).split())
    if tag == "mfrac" and len(parts) == 2:
        return f"{_group(parts[0])}/{_group(parts[1])}"
    if tag == "msup" and len(parts) == 2:
        return f"{_group(parts[0])}^{_group(parts[1])}"
    if tag == "msub" and len(parts) == 2:
        return f"{_group(parts[0])}_{_group(parts[1])}"
    if tag == "msubsup" and len(parts) == 3:
        return f"{_group(parts[0])}_{_group(parts[1])}^{_group(parts[2])}"
    if tag == "msqrt":
        return f"√({''.join(parts)})"
    if tag == "mroot" and len(parts) == 2:
        return f"root {parts[1]} of ({parts[0]})"
    if tag == "mfenced":
        return f"{node.get('open', '(')}{', '.join(parts)}{node.get('close', ')')}"
    if tag == "semantics":
        return parts[0] if parts else ""
    if tag in ("annotation", "annotation-xml"):
        return ""
    return "".join(parts)


def _group(text: str) -> str:
    return text if len(text) <= 1 or text.isalnum() else f"({text})"
