"""Errors a user sees. Each carries one line: what happened and what to do next.

The words are English templates with named fields (`"The package {name} is damaged."`) and the
values that fill them, so a screen can show the line in the staff's language: the templates are
collected from the code into the translation catalog (build/tools/error_catalog.py) and
app/ui/widgets/error_words.py translates a template and fills in its values. `str()` and
`line()` are the English line, for the command line, logs and stored records. Write the
template as a plain string literal at the raise site (never an f-string: its words could not
be looked up) and pass each value by name."""

from __future__ import annotations

from string import Formatter
from typing import Mapping, Sequence, TypeVar

T = TypeVar("T")
E = TypeVar("E", bound="ExamStationError")


def fill(template: str, values: Mapping[str, object]) -> str:
    """The template with its fields filled; a template with no values is the text as it is, and
    one whose fields and values do not match is shown as written rather than failing."""
    if not values:
        return template
    try:
        return template.format_map(values)
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        return template


class Words(str):
    """English words (a template filled with its values) that a screen translates where they
    are a value or a line of their own (see `template`); any other text value (a name, an id,
    a path) is shown as it is. As a str it is the filled English."""

    template: str = ""
    values: Mapping[str, object] = {}


def template(words: str, **values: object) -> Words:
    """Marks English words for the translation catalog where they are not a raise site's own
    message: a detail passed as a value (`_damaged(template("signature does not match"))`), a
    table of messages, or a line a service returns (a release blocker). The text is the English
    as before; a screen shows it translated (app/ui/widgets/error_words.py: `words_text`)."""
    return _words(words, values)


def _words(words: str, values: Mapping[str, object]) -> Words:
    text = Words(fill(words, values))
    text.template, text.values = words, values
    return text


def joined_words(parts: Sequence[str]) -> str:
    """Lines joined with "; " that a screen still shows translated one by one (up to three: a
    summary's first problems; `MAX_WORDS_DEPTH` keeps words inside words shallow)."""
    if len(parts) <= 1:
        return parts[0] if parts else ""
    return template("{first}; {rest}", first=parts[0], rest=joined_words(parts[1:]))


class WordedLines(str):
    """Lines of words (a report) as one English text, one line after another; a screen shows
    each line in the staff's language (app/ui/widgets/error_words.py: `words_text`)."""

    lines: tuple[str, ...] = ()


def worded_lines(lines: Sequence[str]) -> WordedLines:
    text = WordedLines("\n".join(lines))
    text.lines = tuple(lines)
    return text


MAX_WORDS_DEPTH = 5   # words inside words: a finding's "{what} while the attempt was {state}"


def words_data(text: str) -> object:
    """Words as plain data to keep or send (JSON): {"template", "values"}, words inside words
    kept the same way; any other text is itself (it reads back as text shown as it is)."""
    if not isinstance(text, Words) or not text.template:
        return str(text)
    values = {key: words_data(v) if isinstance(v, str) else v for key, v in text.values.items()
              if isinstance(v, (str, int, float, bool)) or v is None}
    return {"template": text.template, "values": values}


def _plain_fields(words: str) -> bool:
    """A template from data names its fields plainly: `{name}` or `{name:spec}`, never
    `{name.attribute}` or `{name[key]}`, which would reach into a value's insides when filled."""
    try:
        fields = [(field, spec or "") for _text, field, spec, _conversion in Formatter().parse(words)
                  if field is not None]
    except ValueError:
        return False
    return bool(words) and all(field.isidentifier() and "{" not in spec for field, spec in fields)


def words_from_data(data: object, english: str = "", depth: int = 0) -> str:
    """What `words_data` kept, back as Words (a screen translates them); anything unexpected
    (an older record's plain text, a damaged or hostile value) is plain text, `english` first:
    never an exception, since what is shown must not depend on the data being well formed."""
    if isinstance(data, str):
        return data
    if not isinstance(data, dict) or depth >= MAX_WORDS_DEPTH:
        return english
    words, values = data.get("template"), data.get("values", {})
    if not isinstance(words, str) or not _plain_fields(words) or not isinstance(values, dict):
        return english
    kept: dict[str, object] = {}
    for key, value in values.items():
        if not isinstance(key, str) or not key.isidentifier():
            return english
        if value is None or isinstance(value, (bool, int, float)):
            kept[key] = value
        else:
            kept[key] = words_from_data(value, "", depth + 1) if isinstance(value, (str, dict)) else ""
    return _words(words, kept)   # words read back: already in the catalog where they were made


def message_words(error: WordedError) -> Words:
    """An error's what-happened line as Words, for a report that keeps it apart from what to do."""
    return _words(error.template, error.values)


def next_step_words(error: ExamStationError) -> Words:
    return _words(error.next_template, error.values)


def line_words(error: ExamStationError) -> Words:
    """The error's whole line (`line()`) as Words, for words sent on to another screen (a tablet)."""
    if not error.next_template:
        return message_words(error)
    return _words("{message} {next_step}", {"message": message_words(error), "next_step": next_step_words(error)})


def role_words(role: str) -> str:
    """A key holder's role (body, center) as a word inside a sentence, translated on a screen;
    in a command (`--role {role}`) the role is given as it is."""
    return {"body": template("body"), "center": template("center")}.get(role, role)


class SystemWords(str):
    """An operating-system error's own text (`strerror`, in English) that keeps the error's
    number, so a screen can say the common ones (disk full, permission denied) in its language."""

    errno: int | None = None


def system_words(error: OSError) -> SystemWords:
    words = SystemWords(error.strerror)
    words.errno = error.errno
    return words


class WordedError(Exception):
    """A lower layer's problem in a few words (a bag's damaged member, a malformed payload),
    worded as a template and its values so that the refusal it becomes reads in the staff's
    language too; `str()` is the English."""

    next_template = ""

    def __init__(self, message: str, **values: object) -> None:
        self.template, self.values = str(message), values
        self.message = fill(message, values)
        super().__init__(self.message)


class ExamStationError(WordedError):
    """Base of every refusal shown to a user; `str()` is the one-line message in English.

    `message` and `next_step` are the filled English sentences; `template`, `next_template` and
    `values` are what a screen translates."""

    def __init__(self, message: str, next_step: str = "", **values: object) -> None:
        self.template, self.next_template, self.values = str(message), str(next_step), values
        self.message = fill(message, values)
        self.next_step = fill(next_step, values)
        Exception.__init__(self, self.line())

    def line(self) -> str:
        if not self.next_step:
            return self.message
        return f"{self.message} {self.next_step}"

    @classmethod
    def like(cls: type[E], other: ExamStationError, next_step: str | None = None, **values: object) -> E:
        """The same words as `other` (a lower layer's refusal) raised as this class; a new next
        step (a template filled from `other`'s values and these) replaces `other`'s if given."""
        return cls(other.template, other.next_template if next_step is None else next_step,
                   **{**other.values, **values})


class SourceInvalid(ExamStationError):
    """An exam source has one or more problems; all of them are listed."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        count = len(self.problems)
        listed = "; ".join(self.problems[:3]) + ("; ..." if count > 3 else "")
        super().__init__("The exam source has 1 problem: {problems}." if count == 1 else
                         "The exam source has {count} problems: {problems}.",
                         "Fix them (all are listed) and build again.", count=count, problems=listed)


class PackageRefused(ExamStationError):
    """A package cannot be opened here (damaged, untrusted, wrong key, ...)."""


class KeyStoreError(ExamStationError):
    """Private keys cannot be created, found or unlocked."""


class PassphraseNeeded(KeyStoreError):
    """A passphrase source has no passphrase yet; the GUI asks for one and tries again."""

    def __init__(self) -> None:
        super().__init__("The key file of this home is locked.", "Enter the key passphrase.")


class TrustError(ExamStationError):
    """An identity file is malformed or cannot be trusted."""


class DatabaseError(ExamStationError):
    """The station database cannot be opened or migrated."""


class SaveFailed(ExamStationError):
    """The database did not take a write (disk full, read-only, locked). Nothing was acknowledged."""


class Conflict(ExamStationError):
    """Another writer appended to the same attempt first; reload and try again."""


class ExamUnknown(ExamStationError):
    """The exam a package was built from is not recorded at this body (built elsewhere, or the
    body's database was replaced), so its results cannot be scored, marked or reported here."""

    def __init__(self, package_id: str) -> None:
        super().__init__("The exam of package {package_id} is not recorded at this body.",
                         "Work with these results at the body that built the package, or restore this "
                         "body's database from a backup.", package_id=package_id)


def known_exam(exam: T | None, package_id: str) -> T:
    """The exam looked up for a package, or ExamUnknown when there is none."""
    if exam is None:
        raise ExamUnknown(package_id)
    return exam
