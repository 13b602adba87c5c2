"""Batch extraction: one function over many files, each within its budgets.

``pool`` and ``sandbox`` run it in local worker processes (``--jobs``);
``dask_backend`` runs it on a Dask cluster (``--scheduler``, the cluster extra);
``sources`` expands paths, globs, manifests and URLs; ``parts`` writes results
as they finish into ``OUT.parts/``, resumes, and merges them into the output.
"""

from reviewer.io.batch.pool import Budget, WorkerStartError, available_cores, run_batch
from reviewer.io.batch.sandbox import TaskResult

__all__ = ["Budget", "TaskResult", "WorkerStartError", "available_cores", "run_batch"]
