"""Pure-Python domain logic: documents, entities, roster rows, extraction.

Nothing in this package imports Qt; import-linter enforces it.
"""
