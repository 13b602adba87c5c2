"""The decision layer's own logistic regression (reviewer.learn.solver, #13)."""

from __future__ import annotations

import numpy as np
import pytest

from reviewer.learn.solver import fit_logistic, fit_logistic_split


def _data(
    seed: int = 7, rows: int = 400, cols: int = 12
) -> tuple[np.ndarray, np.ndarray]:
    """Sparse binary features, as candidates have, with a noisy linear truth."""
    rng = np.random.default_rng(seed)
    x = (rng.random((rows, cols)) < 0.25).astype(float)
    truth = rng.normal(0, 2, cols)
    y = (rng.random(rows) < 1 / (1 + np.exp(-(x @ truth - 1)))).astype(int)
    return x, y


def _gradient(
    x: np.ndarray,
    y: np.ndarray,
    coef: np.ndarray,
    intercept: float,
    C: float,
    weight: np.ndarray,
    prior: np.ndarray,
) -> np.ndarray:
    """The penalised log loss's gradient (coefficients, then intercept)."""
    p = 1 / (1 + np.exp(-(x @ coef + intercept)))
    residual = weight * (p - y)
    return np.append(x.T @ residual + (coef - prior) / C, residual.sum())


def test_it_finds_what_scikit_learn_finds() -> None:
    sklearn = pytest.importorskip("sklearn.linear_model")
    x, y = _data()
    weight = np.where(np.arange(len(y)) % 3 == 0, 3.0, 1.0)
    coef, intercept = fit_logistic(x, y.tolist(), 0.5, weight.tolist())
    reference = sklearn.LogisticRegression(C=0.5, tol=1e-12, max_iter=100_000)
    reference.fit(x, y, sample_weight=weight)
    assert np.abs(coef - reference.coef_[0]).max() < 1e-6
    assert abs(intercept - reference.intercept_[0]) < 1e-6


@pytest.mark.parametrize("scale", [0.0, 1.0, 25.0])
def test_it_reaches_the_optimum_from_a_prior_near_or_far(scale: float) -> None:
    # a full Newton step from a far prior overshot before the line search
    x, y = _data(seed=3, rows=60)
    prior = np.random.default_rng(1).normal(0, 1, x.shape[1]) * scale
    coef, intercept = fit_logistic(x, y.tolist(), 2.0, None, prior, -scale)
    gradient = _gradient(x, y, coef, intercept, 2.0, np.ones(len(y)), prior)
    assert np.abs(gradient).max() < 1e-6


def test_a_feature_the_data_never_shows_keeps_its_prior_weight() -> None:
    x, y = _data(rows=80)
    x[:, 4] = 0.0
    prior = np.full(x.shape[1], 0.5)
    coef, _ = fit_logistic(x, y.tolist(), 0.5, None, prior, 0.0)
    assert coef[4] == pytest.approx(0.5, abs=1e-9)
    others = np.delete(coef - prior, 4)
    assert np.abs(others).max() > 0.1  # the data moved the rest


def test_more_data_moves_the_model_further_from_its_prior() -> None:
    x, y = _data(rows=800)
    prior = np.zeros(x.shape[1])
    prior[0] = 3.0
    few, _ = fit_logistic(x[:40], y[:40].tolist(), 0.5, None, prior, 0.0)
    many, _ = fit_logistic(x, y.tolist(), 0.5, None, prior, 0.0)
    assert abs(many[0] - prior[0]) > abs(few[0] - prior[0])


def _split(x: np.ndarray, d: int) -> tuple[np.ndarray, tuple[object, ...]]:
    """The first d columns dense, the rest as (rows, cols, values, m)."""
    rows, cols = np.nonzero(x[:, d:])
    return x[:, :d], (rows, cols, x[:, d:][rows, cols], x.shape[1] - d)


@pytest.mark.parametrize("scale", [0.0, 1.0, 25.0])
def test_the_split_solver_finds_the_dense_solvers_optimum(scale: float) -> None:
    """Lexical columns go to a sparse block solved by Newton-CG: same optimum."""
    x, y = _data(seed=5, rows=300, cols=40)
    x[:, 10:] *= 0.25  # lexical features carry a smaller value
    weight = np.where(np.arange(len(y)) % 4 == 0, 2.0, 1.0)
    prior = np.random.default_rng(2).normal(0, 1, x.shape[1]) * scale
    dense, sparse = _split(x, 10)
    coef, intercept = fit_logistic_split(
        dense, sparse, y.tolist(), 0.5, weight.tolist(), prior, -scale
    )
    want, want_intercept = fit_logistic(
        x, y.tolist(), 0.5, weight.tolist(), prior, -scale
    )
    assert np.abs(coef - want).max() < 1e-6
    assert abs(intercept - want_intercept) < 1e-6
    gradient = _gradient(x, y, coef, intercept, 0.5, weight, prior)
    assert np.abs(gradient).max() < 1e-6


def test_a_sparse_column_the_data_never_shows_keeps_its_prior_weight() -> None:
    x, y = _data(rows=80, cols=20)
    x[:, 15] = 0.0
    prior = np.full(x.shape[1], 0.5)
    dense, sparse = _split(x, 8)
    coef, _ = fit_logistic_split(dense, sparse, y.tolist(), 0.5, None, prior, 0.0)
    assert coef[15] == pytest.approx(0.5, abs=1e-9)
