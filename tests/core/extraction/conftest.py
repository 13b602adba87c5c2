"""Shared fixtures of the extraction tests.

``fields``: text (and front matter) in, the filing fields out.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.core.document import Document, DocumentFormat
from reviewer.core.extraction import extract
from reviewer.core.records import FilingFields

Fields = Callable[..., FilingFields]


def fields_of(text: str, **front_matter: str) -> FilingFields:
    """Extract ``text`` as a plain-text release; keyword arguments are front matter."""
    document = Document(
        text=text,
        source_path="release.txt",
        sha256="f" * 64,
        format=DocumentFormat.TEXT,
        metadata={f"front_matter.{k}": v for k, v in front_matter.items()},
    )
    return extract(document).filing


@pytest.fixture
def fields() -> Fields:
    return fields_of
