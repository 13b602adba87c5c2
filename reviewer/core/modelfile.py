"""Decision model files chosen by the user: read safely, named by their hash.

A model trained by ``reviewer train`` is plain JSON (see
:mod:`reviewer.core.extraction.decision`). This module reads one with plain
messages for every way it can be wrong (missing, unreadable, not JSON, not a
decision model, made for another extractor version) and names a model by the
first hex digits of the sha256 of its file: ``extractor_version`` in the
dataset becomes ``1.5.0+model-3f2a9c`` for rows a trained model proposed.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from reviewer.core.extraction import EXTRACTOR_VERSION
from reviewer.core.extraction.decision import Model

MAX_MODEL_BYTES = 50_000_000
"""A model is a few hundred KB; anything far larger is refused unread."""
TAG_DIGITS = 6


class ModelFileError(ValueError):
    """A model file that cannot be used; the message says why, in plain words."""


@dataclass(frozen=True)
class LoadedModel:
    """A model read from a file, with its path and short hash."""

    model: Model
    path: Path
    sha256: str

    @property
    def tag(self) -> str:
        """``model-3f2a9c``: how datasets and the status bar name this model."""
        return f"model-{self.sha256[:TAG_DIGITS]}"

    @property
    def extractor_version(self) -> str:
        """``1.5.0+model-3f2a9c``: the version written in rows it proposed."""
        return f"{EXTRACTOR_VERSION}+{self.tag}"


def _series(version: str) -> tuple[str, ...]:
    """Major and minor of a version: features change only between these."""
    return tuple(version.split("+")[0].split(".")[:2])


def load_model_file(path: str | Path) -> LoadedModel:
    """Read a decision model written by ``reviewer train``.

    Raises:
        ModelFileError: missing, unreadable, too large, not JSON, not a decision
            model, or trained for an extractor of another version series.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise ModelFileError(f"The model {path} is not a file.")
        if size > MAX_MODEL_BYTES:
            raise ModelFileError(
                f"The model {path} is {size / 1e6:.0f} MB: not a decision model."
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise ModelFileError(f"There is no model file at {path}.") from None
    except OSError as exc:
        raise ModelFileError(
            f"The model {path} cannot be read ({exc.strerror or exc})."
        ) from None
    try:
        parsed = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ModelFileError(
            f"{path} is not a decision model: it is not JSON (damaged?)."
        ) from None
    if not isinstance(parsed, dict) or "coefficients" not in parsed:
        raise ModelFileError(f"{path} is not a decision model made by reviewer train.")
    made_for = str(parsed.get("extractor_version") or "")
    if made_for and _series(made_for) != _series(EXTRACTOR_VERSION):
        raise ModelFileError(
            f"The model {path} was trained for extractor {made_for}; "
            f"this is {EXTRACTOR_VERSION}. Retrain it with reviewer train."
        )
    try:
        model = Model.from_json(parsed)
    except (KeyError, TypeError, ValueError) as exc:
        raise ModelFileError(f"The model {path} is damaged ({exc}).") from None
    return LoadedModel(model, path, hashlib.sha256(data).hexdigest())
