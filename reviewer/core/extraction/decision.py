"""The learned decision layer: which candidates become rows.

The model is plain JSON data (``resources/models/decision.json``): a logistic
regression's feature names, weights, intercept and threshold, with the sha256 of
the data it was trained on, the extractor version and the seed. It is read
lazily, once, by pure Python (no scikit-learn at run time); scoring a candidate
is a sum over its few features. ``reviewer train`` rebuilds it
(:mod:`reviewer.learn`).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from reviewer.core.extraction.candidates import (
    Candidate,
    RoleCache,
    candidates,
    resolve,
)
from reviewer.core.extraction.context import Context, Event
from reviewer.core.extraction.features import (
    DocInfo,
    doc_info,
    features,
    genre_of,
    lowered_text,
)
from reviewer.core.extraction.lexical import LEXICAL_PREFIX
from reviewer.core.extraction.names import Mention
from reviewer.core.extraction.sentences import Sentence
from reviewer.core.extraction.trap_cues import BINDING_CUES, CAUTION_CUE

MODEL_NAME = "decision.json"
# the trap features (features.trap_features), dropped from a candidate whose
# person and direction already have a rule row: its label says nothing of them
TRAP_FEATURES = "trap:"


@dataclass(frozen=True)
class Model:
    """A linear model over named features."""

    weights: Mapping[str, float]
    intercept: float
    threshold: float = 0.5  # a rule row is kept from this probability up
    add_threshold: float = 0.5  # another candidate is added from this one up
    meta: Mapping[str, Any] = field(default_factory=dict)
    # any weight on a lexical feature (lexical.py): else they are not computed
    lexical: bool = field(init=False, repr=False)

    def __post_init__(self) -> None:
        lexical = any(n.startswith(LEXICAL_PREFIX) for n in self.weights)
        object.__setattr__(self, "lexical", lexical)

    def probability(self, feats: Mapping[str, float]) -> float:
        """P(the candidate is a real board change)."""
        z = self.intercept
        weights = self.weights
        for name, value in feats.items():
            z += weights.get(name, 0.0) * value
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Model:
        """Build a model from its JSON form (``to_json``)."""
        names = data["features"]
        coefs = data["coefficients"]
        if len(names) != len(coefs):
            raise ValueError("the model's features and coefficients differ in length")
        return cls(
            {str(n): float(c) for n, c in zip(names, coefs, strict=True) if c},
            float(data["intercept"]),
            float(data.get("threshold", 0.5)),
            float(data.get("add_threshold", data.get("threshold", 0.5))),
            {
                k: v
                for k, v in data.items()
                if k not in ("features", "coefficients", "threshold", "add_threshold")
            },
        )

    def to_json(self) -> dict[str, Any]:
        """The JSON form: meta keys, then features and coefficients."""
        names = sorted(self.weights)
        return {
            **self.meta,
            "intercept": self.intercept,
            "threshold": self.threshold,
            "add_threshold": self.add_threshold,
            "features": names,
            "coefficients": [self.weights[n] for n in names],
        }


def model_path() -> Path:
    """Where the shipped model lives."""
    from reviewer.paths import resource

    return resource("models", MODEL_NAME)


@lru_cache(maxsize=1)
def shipped_model() -> Model | None:
    """The shipped model, read once; None when it is absent (rules only)."""
    path = model_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    return Model.from_json(data)


class FeatureSink(list[Candidate]):
    """A ``sink`` for training: candidates described, roles and dates not resolved.

    Training reads the features, person and direction only; the resolvers were
    a tenth of the time to gather training candidates.
    """


def describe(
    ctx: Context, info: DocInfo, found: list[Candidate], lexical: bool = True
) -> None:
    """Fill every candidate's features, the group-level ones included.

    ``lexical``: with the lexical features (for a model that weighs them, and
    for training).
    """
    ruled = {
        (id(c.event.person), c.event.direction) for c in found if c.source == "rule"
    }
    ruled_people = {key[0] for key in ruled}
    ruled_sentences = {
        (c.event.sentence.start, c.event.direction) for c in found if c.source == "rule"
    }
    for candidate in found:
        feats = features(ctx, info, candidate, lexical)
        key = (id(candidate.event.person), candidate.event.direction)
        if candidate.source != "rule":
            if key in ruled:
                feats["group_has_rule_row"] = 1.0
                # a trap cue weighs only where it decides: no rule row for the group
                for name in [f for f in feats if f.startswith(TRAP_FEATURES)]:
                    del feats[name]
            elif key[0] in ruled_people:
                feats["person_has_other_rule_row"] = 1.0
            elif (candidate.event.sentence.start, key[1]) in ruled_sentences:
                # "A, B and C have resigned" with a rule row for C only
                feats["sentence_has_rule_row_same_direction"] = 1.0
        candidate.features = feats


BINDING_VETOES = frozenset({"veto:former_director"})
"""Vetoes the model may not overrule: by the corpus conventions a former
director's death or departure is never a change to the board as it stands."""


BINDING_RULES = frozenset({"letter:signer"})
"""Candidates the model may not drop: a letter's own first-person change ("I
hereby resign ... Sincerely, Jane Roe") is its writer's (every such candidate in
the training data is a change, but too few for the model to trust them)."""


def decide(found: list[Candidate], model: Model) -> list[Candidate]:
    """The candidates to keep.

    Rule rows the model keeps, then at most one other candidate per (person,
    direction) the rules did not keep, unless a binding veto dropped that
    person's change (``BINDING_VETOES``) or a candidate of theirs carries a
    binding cue (``trap_cues.BINDING_CUES``: an organisation's name, the
    requester of a resignation, the predecessor whose successor is appointed);
    a candidate of a binding rule (``BINDING_RULES``) is that one whatever its
    score. A rule row needs ``_keep_threshold``.
    """
    kept: list[Candidate] = []
    groups: set[tuple[int, str]] = set()
    best: dict[tuple[int, str], Candidate] = {}
    for candidate in found:
        candidate.score = model.probability(candidate.features)
        key: tuple[int, str] = (id(candidate.event.person), candidate.event.direction)
        if candidate.veto in BINDING_VETOES or not BINDING_CUES.isdisjoint(
            candidate.features
        ):
            groups.add(key)  # nothing else may add this person's change either
        elif candidate.source == "rule":
            if candidate.score >= _keep_threshold(candidate, model):
                candidate.event.rules.append(f"model:keep:{candidate.score:.2f}")
                kept.append(candidate)
                groups.add(key)
        elif key not in best or _ranks_above(candidate, best[key]):
            best[key] = candidate
    for key, candidate in best.items():
        binding = _binds(candidate)
        if key not in groups and (binding or candidate.score >= model.add_threshold):
            candidate.event.rules.append(f"model:add:{candidate.score:.2f}")
            if binding:
                candidate.event.rules.append("decision:binding_rule")
            kept.append(candidate)
    return kept


def _keep_threshold(candidate: Candidate, model: Model) -> float:
    """The score a rule row needs: the add threshold when a cue says no change was made.

    A rule row is kept from ``model.threshold`` up; one whose words deny, negate,
    hedge, report or condition the change, or give the name another post
    (``trap_cues.CAUTION_CUE``), needs what any other candidate needs.
    """
    if CAUTION_CUE in candidate.features:
        return max(model.threshold, model.add_threshold)
    return model.threshold


def _binds(candidate: Candidate) -> bool:
    return not BINDING_RULES.isdisjoint(candidate.event.rules)


def _ranks_above(candidate: Candidate, other: Candidate) -> bool:
    """A binding candidate first, then the higher score."""
    return (_binds(candidate), candidate.score) > (_binds(other), other.score)


def choose(
    ctx: Context,
    text: str,
    sentences: list[Sentence],
    mentions: list[Mention],
    events: list[Event],
    model: Model | None = None,
    rules_only: bool = False,
    sink: list[Candidate] | None = None,
) -> list[Event]:
    """The document's events, as the rules or the model choose them.

    The rule path's ``events`` as they are (``rules_only``, or no model
    shipped), or the model's choice among every candidate. ``sink`` receives
    the described candidates, resolved (for ``evaluate --explain``) unless it
    is a :class:`FeatureSink` (for training).
    """
    chosen = None if rules_only else (model or shipped_model())
    if chosen is None and sink is None:
        return events
    genre = genre_of(ctx, text)
    lowered = lowered_text(ctx.flat)
    found = candidates(ctx, text, sentences, mentions, events, lowered)
    lexical = sink is not None or (chosen is not None and chosen.lexical)
    describe(ctx, doc_info(ctx, text, sentences, genre, lowered), found, lexical)
    cache: RoleCache = {}
    if sink is not None:
        if not isinstance(sink, FeatureSink):
            for candidate in found:
                resolve(ctx, candidate, cache)
        sink.extend(found)
    if chosen is None:
        return events
    kept = decide(found, chosen)
    for candidate in kept:
        resolve(ctx, candidate, cache)
    return [candidate.event for candidate in kept]
