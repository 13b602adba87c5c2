"""L2-regularised logistic regression by Newton's method (numpy only).

The decision layer's fit: the same objective as scikit-learn's
``LogisticRegression(C=C)`` (``C * sum(w_i * logloss_i) + 0.5 * |coef - prior|^2``,
the intercept not penalised), solved to machine precision by Newton steps on
the dense design matrix (a few thousand candidates by a few hundred features:
each step is one small linear solve). scikit-learn's import alone took longer
than this whole fit, and Newton's method converges to the exact optimum, so the
result does not depend on a solver's tolerance or iteration limit.

``prior``: the coefficients (and intercept) the penalty pulls towards instead of
zero (maximum a posteriori adaptation of a model to new data: with few reviews
the model stays near the prior, with many it follows them).

The linear algebra runs on one BLAS thread (threadpoolctl, when installed):
OpenBLAS's threads spinning against other busy processes made each Newton step
ten times slower in CPU time on a shared 2-core machine (3.4 s against 0.4 s for
7,376 candidates), and the matrices are too small to gain from threads.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager, nullcontext
from typing import Any

MAX_STEPS = 100


def fit_logistic(
    matrix: Any,
    labels: Sequence[int],
    C: float,
    sample_weight: Sequence[float] | None = None,
    prior: Any = None,
    prior_intercept: float = 0.0,
) -> tuple[Any, float]:
    """Coefficients and intercept minimising the penalised log loss.

    ``matrix``: a dense float array (rows: candidates, columns: features).
    """
    with _one_thread():
        return _newton(matrix, labels, C, sample_weight, prior, prior_intercept)


def _one_thread() -> AbstractContextManager[Any]:
    """BLAS limited to one thread, if threadpoolctl is there to do it."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover - it comes with the train extra
        return nullcontext()
    limits: AbstractContextManager[Any] = threadpool_limits(limits=1, user_api="blas")
    return limits


def _newton(
    matrix: Any,
    labels: Sequence[int],
    C: float,
    sample_weight: Sequence[float] | None,
    prior: Any,
    prior_intercept: float,
) -> tuple[Any, float]:
    """Newton's method with a backtracking line search."""
    import numpy as np

    x = np.asarray(matrix, dtype=np.float64)
    rows, cols = x.shape
    y = np.asarray(labels, dtype=np.float64)
    weight = (
        np.ones(rows) if sample_weight is None else np.asarray(sample_weight, float)
    )
    design = np.hstack([x, np.ones((rows, 1))])  # the last column: the intercept
    centre = np.zeros(cols + 1)
    if prior is not None:
        centre[:cols] = prior
    beta = centre.copy()
    beta[cols] = prior_intercept
    penalty = np.full(cols + 1, 1.0 / C)
    penalty[cols] = 0.0

    def objective(beta: Any) -> float:
        """sum(w * logloss) + |beta - centre|^2 / (2C), the intercept free."""
        z = design @ beta
        loss = float(weight @ (np.logaddexp(0.0, z) - y * z))
        return loss + 0.5 * float(penalty @ (beta - centre) ** 2)

    value = objective(beta)
    for _ in range(MAX_STEPS):
        z = design @ beta
        p = 0.5 * (1.0 + np.tanh(0.5 * z))  # the logistic function, overflow-free
        gradient = design.T @ (weight * (p - y)) + penalty * (beta - centre)
        curvature = weight * p * (1.0 - p)
        hessian = (design.T * curvature) @ design
        hessian[np.diag_indices_from(hessian)] += penalty + 1e-12
        step = np.linalg.solve(hessian, gradient)
        # damped: halve the step until the objective falls enough (a full
        # Newton step from far away, e.g. a prior, can overshoot)
        size, slope = 1.0, float(gradient @ step)
        while True:
            trial = beta - size * step
            trial_value = objective(trial)
            if trial_value <= value - 1e-4 * size * slope or size < 1e-8:
                break
            size /= 2
        beta, value = trial, trial_value
        if float(np.max(np.abs(size * step))) < 1e-10:
            break
    return beta[:cols], float(beta[cols])
