"""The batch pool: one function over many files, in worker processes with budgets."""

from reviewer.io.batch.pool import Budget, WorkerStartError, available_cores, run_batch
from reviewer.io.batch.sandbox import TaskResult

__all__ = ["Budget", "TaskResult", "WorkerStartError", "available_cores", "run_batch"]
