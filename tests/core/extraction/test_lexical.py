"""Lexical features: hashed words around each candidate (extraction/lexical.py).

Made-up releases only. The learning side (a cue learned from a few reviewed
documents flips a decision) is in tests/learn/test_lexical_learning.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from reviewer.core.extraction.lexical import (
    BUCKETS,
    LEXICAL_PREFIX,
    LEXICAL_VALUE,
    bucket_name,
    word_of,
)
from tests.core.extraction.conftest import DATELINE, Extracted

ROOT = Path(__file__).resolve().parents[3]
RELEASE = (
    DATELINE + "Corvane Inc. announced that Odile Marchetti will step down from "
    "the Board on December 31. The Board has appointed Praveen Haverford as an "
    "independent director."
)


@pytest.mark.parametrize(
    ("token", "word"),
    [
        ("resigned", "resign"),
        ("resigns", "resign"),
        ("resignation", "resign"),
        ("appointments", "appoint"),
        ("directors", "director"),
        ("board", "board"),  # four letters or fewer: as written
        ("was", "was"),
        ("2026", "0"),
        ("31", "0"),
    ],
)
def test_a_word_is_lower_cased_stripped_and_digits_are_zero(
    token: str, word: str
) -> None:
    assert word_of(token) == word


def test_a_word_is_named_by_its_slot_and_bucket_only() -> None:
    name = bucket_name("LEAVE|t-", "will")
    assert name.startswith(LEXICAL_PREFIX)
    assert 0 <= int(name[len(LEXICAL_PREFIX) :]) < BUCKETS
    assert bucket_name("LEAVE|t-", "will") == name
    assert bucket_name("JOIN|t-", "will") != name  # crossed with the direction


def _lexical(extracted: Extracted, person: str, direction: str) -> dict[str, float]:
    [candidate] = [c for c in extracted.of(person, direction) if c.source == "rule"]
    return {n: v for n, v in candidate.features.items() if n.startswith(LEXICAL_PREFIX)}


def test_each_candidate_carries_the_words_around_it(
    extracted: Callable[..., Extracted],
) -> None:
    result = extracted(RELEASE)
    leaving = _lexical(result, "Odile Marchetti", "LEAVE")
    joining = _lexical(result, "Praveen Haverford", "JOIN")
    assert set(leaving.values()) == {LEXICAL_VALUE}
    # "step down": the trigger's bigram; "will" right before it; "board" after
    assert bucket_name("LEAVE|tb", "step down") in leaving
    assert bucket_name("LEAVE|t-", "will") in leaving
    assert bucket_name("LEAVE|t+", "board") in leaving
    assert bucket_name("LEAVE|bw", "will") in leaving  # between name and trigger
    # "has appointed Praveen Haverford as an independent director"
    assert bucket_name("JOIN|t+", "NAME") in joining  # a name is one word, NAME
    assert bucket_name("JOIN|tb", "appoint NAME") in joining
    assert bucket_name("JOIN|n-", "appoint") in joining
    assert bucket_name("JOIN|n+", "independent") in joining


_SCRIPT = """
import json, sys
from reviewer.core.document import Document, DocumentFormat
from reviewer.core.extraction.engine import run
found = []
document = Document(text=sys.argv[1], source_path="release.txt", sha256="0" * 64,
                    format=DocumentFormat.TEXT, metadata={})
run(document, sink=found)
print(json.dumps(sorted(sorted(c.features) for c in found)))
"""


def test_the_features_are_the_same_in_every_process() -> None:
    """CRC-32, not Python's salted ``hash``: two hash seeds, one set of names."""
    seen = []
    for seed in ("1", "4242"):
        done = subprocess.run(
            [sys.executable, "-c", _SCRIPT, RELEASE],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed},
            check=False,
        )
        assert done.returncode == 0, done.stderr
        seen.append(json.loads(done.stdout))
    assert seen[0] == seen[1]
    assert any(n.startswith(LEXICAL_PREFIX) for names in seen[0] for n in names)


def test_only_a_model_with_lexical_weights_needs_them() -> None:
    """The built-in model weighs rule features only: extraction skips the words."""
    from reviewer.core.extraction.decision import Model, shipped_model

    built_in = shipped_model()
    assert built_in is not None
    assert not built_in.lexical
    assert Model({bucket_name("JOIN|t-", "will"): 0.5}, 0.0).lexical
    assert not Model({"dir:JOIN": 0.5}, 0.0).lexical
