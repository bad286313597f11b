"""The IPTC ninjs 2.2 schema, as the people who receive Newsroom's items check them."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

from jsonschema import Draft202012Validator, FormatChecker

SCHEMA_PATH = Path(__file__).parent / "data" / "ninjs-schema_2.2.json"


def checker() -> FormatChecker:
    """The schema's formats, checked (jsonschema checks neither without extra packages)."""
    formats = FormatChecker()

    @formats.checks("uri")
    def is_uri(value: object) -> bool:
        return not isinstance(value, str) or bool(
            re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:\S+", value)
        )

    @formats.checks("date-time", raises=ValueError)
    def is_date_time(value: object) -> bool:
        if not isinstance(value, str):
            return True
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)", value):
            return False
        datetime.fromisoformat(value)
        return True

    return formats


def ninjs_validator() -> Draft202012Validator:
    """A validator of the schema, its formats checked."""
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=checker())
