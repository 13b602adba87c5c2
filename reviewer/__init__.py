"""Board Change Reviewer: extract and review board-of-directors changes."""

__version__ = "0.2.0"
