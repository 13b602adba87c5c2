"""One reviewer process of the concurrency test: claim and accept until none is left."""

from __future__ import annotations

import sys

from reviewer.io.team import TeamWorkspace


def main(dsn: str, who: str) -> None:
    """Claim, accept a minimal review, repeat; print each doc_id taken."""
    with TeamWorkspace(dsn) as space:
        _work(space, who)


def _work(space: TeamWorkspace, who: str) -> None:
    while (claim := space.claim(who)) is not None:
        record = {
            "doc_id": claim.doc_id,
            "source_file": claim.name,
            "change_type": "none",
            "review_status": "reviewed",
            "reviewed_by": who,
        }
        space.accept(claim, [record], {"status": "reviewed"})
        print(claim.doc_id, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
