"""Reading a value inside a JSON text column in SQL, the same way on SQLite (its json_* functions)
and PostgreSQL (the column cast to json). The results tables keep an attempt's details and an
event's data as JSON text; the reports count over them in the database instead of parsing every
row in Python (app.store.report_queries)."""

from __future__ import annotations

import re

from sqlalchemy import Integer, String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement, FunctionElement

_KEY = re.compile(r"^[a-z_]+$")  # keys are written into the SQL, so only plain names from the code


class _JsonPath(FunctionElement):
    inherit_cache = False  # the path is not part of the cache key: compile each statement afresh

    def __init__(self, column: ColumnElement, *keys: str) -> None:
        if not keys or not all(_KEY.match(k) for k in keys):
            raise ValueError(f"not a plain JSON path: {keys!r}")
        self.keys = keys
        super().__init__(column)

    @property
    def _column(self) -> ColumnElement:
        return list(self.clauses)[0]


class json_string(_JsonPath):
    """The string at the path; NULL when it is missing or not a string."""

    type = String()
    name = "json_string"
    inherit_cache = False  # the path is not part of the cache key: compile each statement afresh


class json_truth(_JsonPath):
    """1 when the value at the path is JSON true, 0 when it is anything else, NULL when missing."""

    type = Integer()
    name = "json_truth"
    inherit_cache = False  # the path is not part of the cache key: compile each statement afresh


class json_array_size(_JsonPath):
    """How many elements the array at the path has; 0 when it is missing or not an array."""

    type = Integer()
    name = "json_array_size"
    inherit_cache = False  # the path is not part of the cache key: compile each statement afresh


# SQLite: json_type() names the value's type ('true', 'text', 'array', ...; NULL when missing)
def _sqlite_path(element: _JsonPath, compiler, **kw) -> tuple[str, str]:
    return compiler.process(element._column, **kw), "'$." + ".".join(element.keys) + "'"


@compiles(json_string, "sqlite")
def _string_sqlite(element: json_string, compiler, **kw) -> str:
    column, path = _sqlite_path(element, compiler, **kw)
    return f"(CASE json_type({column}, {path}) WHEN 'text' THEN json_extract({column}, {path}) END)"


@compiles(json_truth, "sqlite")
def _truth_sqlite(element: json_truth, compiler, **kw) -> str:
    column, path = _sqlite_path(element, compiler, **kw)
    return (f"(CASE WHEN json_type({column}, {path}) IS NULL THEN NULL "
            f"WHEN json_type({column}, {path}) = 'true' THEN 1 ELSE 0 END)")


@compiles(json_array_size, "sqlite")
def _size_sqlite(element: json_array_size, compiler, **kw) -> str:
    column, path = _sqlite_path(element, compiler, **kw)
    return f"(CASE json_type({column}, {path}) WHEN 'array' THEN json_array_length({column}, {path}) ELSE 0 END)"


# PostgreSQL: the text cast to json; #> is the value at a path (NULL when missing), #>> its text
def _postgres_value(element: _JsonPath, compiler, **kw) -> str:
    column = compiler.process(element._column, **kw)
    return f"(CAST({column} AS json) #> '{{{','.join(element.keys)}}}')"


@compiles(json_string, "postgresql")
def _string_postgres(element: json_string, compiler, **kw) -> str:
    value = _postgres_value(element, compiler, **kw)
    return f"(CASE json_typeof({value}) WHEN 'string' THEN {value} #>> '{{}}' END)"


@compiles(json_truth, "postgresql")
def _truth_postgres(element: json_truth, compiler, **kw) -> str:
    value = _postgres_value(element, compiler, **kw)
    return (f"(CASE WHEN {value} IS NULL THEN NULL "
            f"WHEN json_typeof({value}) = 'boolean' AND {value} #>> '{{}}' = 'true' THEN 1 ELSE 0 END)")


@compiles(json_array_size, "postgresql")
def _size_postgres(element: json_array_size, compiler, **kw) -> str:
    value = _postgres_value(element, compiler, **kw)
    return f"(CASE json_typeof({value}) WHEN 'array' THEN json_array_length({value}) ELSE 0 END)"
