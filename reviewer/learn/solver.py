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
from dataclasses import dataclass
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
        beta, value, moved = _damped_step(objective, beta, value, gradient, step)
        if moved < 1e-10:
            break
    return beta[:cols], float(beta[cols])


def fit_logistic_split(
    dense: Any,
    sparse: tuple[Any, Any, Any, int],
    labels: Sequence[int],
    C: float,
    sample_weight: Sequence[float] | None = None,
    prior: Any = None,
    prior_intercept: float = 0.0,
) -> tuple[Any, float]:
    """:func:`fit_logistic` over a dense block and a sparse one (lexical features).

    ``dense``: rows x d floats (the rule features); ``sparse``: ``(rows, cols,
    values, m)``, the coordinates of the m lexical columns' non-zero entries.
    Returns the d + m coefficients (dense first) and the intercept. The same
    objective, solved by Newton steps whose linear system is solved by
    preconditioned conjugate gradients (the Hessian over thousands of hashed
    columns is never formed): the preconditioner is the dense block's exact
    Hessian and the sparse block's diagonal.
    """
    with _one_thread():
        return _newton_cg(
            dense, sparse, labels, C, sample_weight, prior, prior_intercept
        )


@dataclass
class _Split:
    """The design [dense | sparse | 1] and its products, by numpy alone."""

    dense: Any  # rows x d
    rows: Any  # the sparse entries' rows, columns and values
    cols: Any
    values: Any
    m: int

    def times(self, beta: Any) -> Any:
        """X @ beta."""
        import numpy as np

        d = self.dense.shape[1]
        z = self.dense @ beta[:d] + beta[-1]
        z += np.bincount(
            self.rows,
            self.values * beta[d : d + self.m][self.cols],
            minlength=len(z),
        )
        return z

    def transposed(self, u: Any) -> Any:
        """X.T @ u."""
        import numpy as np

        sparse = np.bincount(self.cols, self.values * u[self.rows], minlength=self.m)
        return np.concatenate([self.dense.T @ u, sparse, [u.sum()]])


def _newton_cg(
    dense: Any,
    sparse: tuple[Any, Any, Any, int],
    labels: Sequence[int],
    C: float,
    sample_weight: Sequence[float] | None,
    prior: Any,
    prior_intercept: float,
) -> tuple[Any, float]:
    """Newton's method, its steps by preconditioned CG, with a line search."""
    import numpy as np

    rows_of, cols_of, values, m = sparse
    x = np.asarray(dense, dtype=np.float64)
    n, d = x.shape
    design = _Split(
        x,
        np.asarray(rows_of, dtype=np.intp),
        np.asarray(cols_of, dtype=np.intp),
        np.asarray(values, dtype=np.float64),
        m,
    )
    y = np.asarray(labels, dtype=np.float64)
    weight = np.ones(n) if sample_weight is None else np.asarray(sample_weight, float)
    size_all = d + m + 1
    centre = np.zeros(size_all)
    if prior is not None:
        centre[: d + m] = prior
    beta = centre.copy()
    beta[-1] = prior_intercept
    penalty = np.full(size_all, 1.0 / C)
    penalty[-1] = 0.0
    dense_one = np.hstack([x, np.ones((n, 1))])  # the preconditioner's block
    block = np.r_[np.arange(d), size_all - 1]

    def objective(beta: Any) -> float:
        z = design.times(beta)
        loss = float(weight @ (np.logaddexp(0.0, z) - y * z))
        return loss + 0.5 * float(penalty @ (beta - centre) ** 2)

    value = objective(beta)
    for _ in range(MAX_STEPS):
        z = design.times(beta)
        p = 0.5 * (1.0 + np.tanh(0.5 * z))
        gradient = design.transposed(weight * (p - y)) + penalty * (beta - centre)
        if float(np.max(np.abs(gradient))) < 1e-9:
            break
        curvature = weight * p * (1.0 - p)
        hessian = (dense_one.T * curvature) @ dense_one
        hessian[np.diag_indices_from(hessian)] += penalty[block] + 1e-12
        inverse = np.linalg.inv(hessian)  # small (d + 1 square): once per step
        diagonal = (
            np.bincount(
                design.cols, design.values**2 * curvature[design.rows], minlength=m
            )
            + penalty[d : d + m]
            + 1e-12
        )

        def precondition(
            r: Any, diagonal: Any = diagonal, inverse: Any = inverse
        ) -> Any:
            out = np.empty_like(r)
            out[d : d + m] = r[d : d + m] / diagonal
            out[block] = inverse @ r[block]
            return out

        def hessian_times(v: Any, curvature: Any = curvature) -> Any:
            return (
                design.transposed(curvature * design.times(v)) + (penalty + 1e-12) * v
            )

        step = _cg(hessian_times, precondition, gradient)
        beta, value, moved = _damped_step(objective, beta, value, gradient, step)
        if moved < 1e-10:
            break
    return beta[:-1], float(beta[-1])


def _damped_step(
    objective: Any, beta: Any, value: float, gradient: Any, step: Any
) -> tuple[Any, float, float]:
    """One damped Newton step: (new beta, its objective, the largest move).

    The step is halved until the objective falls enough: a full Newton step from
    far away (e.g. from a prior) can overshoot.
    """
    import numpy as np

    size, slope = 1.0, float(gradient @ step)
    while True:
        trial = beta - size * step
        trial_value = float(objective(trial))
        if trial_value <= value - 1e-4 * size * slope or size < 1e-8:
            break
        size /= 2
    return trial, trial_value, float(np.max(np.abs(size * step)))


def _cg(times: Any, precondition: Any, b: Any, limit: int = 250) -> Any:
    """Solve ``times(s) = b`` by preconditioned conjugate gradients.

    Stops at a residual of min(0.1, sqrt|b|) * |b| (an inexact Newton step:
    loose far from the optimum, tight near it, so the outer steps still
    converge fast).
    """
    import numpy as np

    s = np.zeros_like(b)
    r = b.copy()
    norm = float(np.linalg.norm(b))
    tolerance = min(0.1, norm**0.5) * norm
    z = precondition(r)
    direction = z.copy()
    rz = float(r @ z)
    for _ in range(limit):
        h = times(direction)
        alpha = rz / float(direction @ h)
        s += alpha * direction
        r -= alpha * h
        if float(np.linalg.norm(r)) <= tolerance:
            break
        z = precondition(r)
        rz, previous = float(r @ z), rz
        direction = z + (rz / previous) * direction
    return s
