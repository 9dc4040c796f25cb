"""The exam content model: what a package carries, independent of any file format."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

PartialRule = Literal["all_or_nothing", "partial"]
TextScoring = Literal["exact", "pattern", "manual"]
Interruption = Literal["pause", "continue"]
INTERRUPTIONS: tuple[Interruption, ...] = ("pause", "continue")
BlankKind = Literal["choice", "text", "number"]
BLANK_KINDS: tuple[BlankKind, ...] = ("choice", "text", "number")
RegionShape = Literal["rect", "circle", "polygon"]
REGION_SHAPES: tuple[RegionShape, ...] = ("rect", "circle", "polygon")


@dataclass(frozen=True, slots=True)
class Choice:
    """An option, a premise or a matching choice: an id, the text shown and, when the option is
    a picture, its image (the text then names the picture for screen readers and reports)."""

    id: str
    text: str
    media: str | None = None


@dataclass(frozen=True, slots=True)
class Region:
    """A hotspot region in image pixels. rect: x, y, w, h; circle: cx, cy, r; polygon: x1, y1, ..."""

    id: str
    shape: RegionShape
    coords: tuple[float, ...]

    def contains(self, x: float, y: float) -> bool:
        if self.shape == "rect":
            rx, ry, w, h = self.coords
            return rx <= x <= rx + w and ry <= y <= ry + h
        if self.shape == "circle":
            cx, cy, r = self.coords
            return (x - cx) ** 2 + (y - cy) ** 2 <= r * r
        return _point_in_polygon(x, y, self.coords)


def _point_in_polygon(x: float, y: float, flat: tuple[float, ...]) -> bool:
    # Ray casting: count edge crossings of a horizontal ray to the right of the point.
    points = list(zip(flat[0::2], flat[1::2], strict=True))  # an even count (item_reader)
    inside = False
    for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1], strict=True):
        if (y1 > y) != (y2 > y):
            cross_x = x1 + (y - y1) * (x2 - x1) / (y2 - y1)
            if x < cross_x:
                inside = not inside
    return inside


@dataclass(frozen=True, slots=True)
class Blank:
    """One blank of a cloze item: chosen from `options` (key: an option id), or typed as text
    (`answers`) or as a number (key, `tolerance`). Under partial scoring a blank counts `weight`
    times as much as a blank of weight 1."""

    id: str
    kind: BlankKind
    options: tuple[Choice, ...] = ()
    key: Any = None
    answers: tuple[str, ...] = ()
    case_sensitive: bool = False
    tolerance: float = 0.0
    weight: float = 1.0


@dataclass(frozen=True, slots=True)
class MapEntry:
    """One scored value of a mapping: an option id, a "premise choice" pair, a text, a number or
    a region id, and the points it adds (negative to penalise)."""

    key: str
    value: float
    case_sensitive: bool = True


@dataclass(frozen=True, slots=True)
class Mapping:
    """Mapped scoring (QTI's map_response): the values of the distinct parts of a response are
    added, `default` counts for each part not listed, and the sum is held within the bounds."""

    entries: tuple[MapEntry, ...]
    default: float = 0.0
    lower: float | None = None
    upper: float | None = None


@dataclass(frozen=True, slots=True)
class RubricPoint:
    """One score point of a manually scored item's rubric: the points a marker gives and what
    an answer must show to earn them."""

    points: float
    text: str = ""


@dataclass(frozen=True, slots=True)
class Item:
    """One test question. Type-specific fields are empty when a type does not use them."""

    id: str
    type: str                 # a registered item type's name (app/domain/item_types)
    domain: str
    stem: str
    points: float = 1.0
    media: str | None = None
    options: tuple[Choice, ...] = ()
    premises: tuple[Choice, ...] = ()
    choices: tuple[Choice, ...] = ()
    key: Any = None
    scoring: str = "all_or_nothing"
    unit: str = ""
    tolerance: float = 0.0
    tolerance_percent: float | None = None
    image: str | None = None
    regions: tuple[Region, ...] = ()
    answers: tuple[str, ...] = ()
    case_sensitive: bool = False
    pattern: str = ""
    rubric: str = ""
    mapping: Mapping | None = None
    blanks: tuple[Blank, ...] = ()   # cloze: the numbered blanks [1], [2], ... of the stem, in order
    stem_html: str = ""       # the stem with formatting (a safe HTML subset); `stem` is its plain text
    stimulus: str | None = None   # the id of the exam's shared stimulus shown beside this item
    rubric_points: tuple[RubricPoint, ...] = ()   # manual: the score points a marker picks from (empty: 0..points)

    @property
    def manually_scored(self) -> bool:
        return self.type == "short_text" and self.scoring == "manual"


@dataclass(frozen=True, slots=True)
class Stimulus:
    """A passage, table or figure that several items refer to; shown beside each of them."""

    id: str
    title: str
    html: str                 # formatted text (the safe subset of app/domain/rich_text.py)
    media: str | None = None  # an image shown with it


@dataclass(frozen=True, slots=True)
class Section:
    """A part of a form. `select`: each candidate gets that many of the section's items, drawn
    with the attempt's recorded seed (a pool, as in linear-on-the-fly forms). `forward_only`:
    questions come one after another, with no going back. `answer_required`: a question must be
    answered before the candidate moves on from it."""

    id: str
    title: str
    item_ids: tuple[str, ...]
    minutes: float | None = None
    lock_on_exit: bool = False
    shuffle_items: bool = False
    shuffle_options: bool = False
    select: int | None = None
    forward_only: bool = False
    answer_required: bool = False


@dataclass(frozen=True, slots=True)
class Form:
    id: str
    title: str
    sections: tuple[Section, ...]

    @property
    def item_ids(self) -> tuple[str, ...]:
        return tuple(i for s in self.sections for i in s.item_ids)


@dataclass(frozen=True, slots=True)
class ChecklistStep:
    id: str
    text: str
    points: float = 1.0
    critical: bool = False
    allow_na: bool = False


@dataclass(frozen=True, slots=True)
class Checklist:
    id: str
    title: str
    steps: tuple[ChecklistStep, ...]
    minutes: float | None = None
    min_percent: float | None = None
    min_points: float | None = None
    all_critical: bool = True


@dataclass(frozen=True, slots=True)
class Credential:
    id: str
    name: str
    description: str = ""


@dataclass(frozen=True, slots=True)
class Domain:
    id: str
    title: str


@dataclass(frozen=True, slots=True)
class Exhibit:
    id: str
    title: str
    media: str


@dataclass(frozen=True, slots=True)
class Timing:
    exam_minutes: float | None = None
    interruption: Interruption = "pause"
    warnings_minutes: tuple[float, ...] = (10.0, 5.0, 1.0)
    # After a rest break the candidate does not resume by themselves: the proctor confirms their
    # return on the console (Pearson VUE's rule). Off by default, as in packages built before it.
    proctor_confirms_return: bool = False


CalculatorKind = Literal["basic", "scientific"]
CALCULATOR_KINDS: tuple[CalculatorKind, ...] = ("basic", "scientific")


@dataclass(frozen=True, slots=True)
class Tools:
    calculator: bool = False
    exhibits: tuple[Exhibit, ...] = ()
    calculator_kind: CalculatorKind = "basic"   # which calculator, when `calculator` is on

    @property
    def scientific_calculator(self) -> bool:
        return self.calculator and self.calculator_kind == "scientific"


@dataclass(frozen=True, slots=True)
class Lockdown:
    """How strictly the candidate's screen is locked for this exam (the credential body decides)."""

    forbid_extra_screens: bool = False        # refuse to start while a second screen is attached
    forbidden_programs: tuple[str, ...] = ()  # programs that must not run during the exam
    allow_copy_in_answers: bool = True        # copy and paste within the candidate's own answer


@dataclass(frozen=True, slots=True)
class Scoring:
    cut_score_percent: float | None = None
    cut_score_points: float | None = None
    scaled_lowest: float | None = None
    scaled_highest: float | None = None
    composite: str = "written"
    show_score_report: bool = False


DoubleMarking = Literal["none", "all", "sample"]


@dataclass(frozen=True, slots=True)
class Marking:
    """How the body marks the answers a person scores. `double_marking`: none, every response
    (all), or `sample_percent` of them (sample) get a second, blind mark; two marks further
    apart than `tolerance` points go to an adjudicator."""

    double_marking: DoubleMarking = "none"
    sample_percent: float = 0.0
    tolerance: float = 0.0


@dataclass(frozen=True, slots=True)
class Exam:
    id: str
    title: str
    version: str
    language: str
    credential: Credential
    domains: tuple[Domain, ...]
    items: tuple[Item, ...]
    forms: tuple[Form, ...]
    scoring: Scoring
    prerequisites: tuple[Credential, ...] = ()
    checklists: tuple[Checklist, ...] = ()
    timing: Timing = field(default_factory=Timing)
    tools: Tools = field(default_factory=Tools)
    lockdown: Lockdown = field(default_factory=Lockdown)
    stimuli: tuple[Stimulus, ...] = ()
    marking: Marking = field(default_factory=Marking)
    # item id -> item, made once: scoring a bundle looks items up tens of thousands of times
    _items_by_id: dict[str, Item] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_id: dict[str, Item] = {}
        for item in self.items:
            by_id.setdefault(item.id, item)  # the first of a repeated id, as a scan finds it
        object.__setattr__(self, "_items_by_id", by_id)

    def item(self, item_id: str) -> Item:
        return self._items_by_id[item_id]

    def form(self, form_id: str) -> Form:
        for form in self.forms:
            if form.id == form_id:
                return form
        raise KeyError(form_id)

    def media_paths(self) -> list[str]:
        """Every media file the exam refers to, each once, in a stable order."""
        paths = [i.media for i in self.items] + [i.image for i in self.items]
        paths += [c.media for i in self.items for c in i.options + i.premises + i.choices]
        paths += [e.media for e in self.tools.exhibits] + [s.media for s in self.stimuli]
        return sorted({p for p in paths if p})

    def stimulus(self, stimulus_id: str) -> Stimulus:
        for stimulus in self.stimuli:
            if stimulus.id == stimulus_id:
                return stimulus
        raise KeyError(stimulus_id)
