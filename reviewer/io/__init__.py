"""Pure-Python input and output: loaders, the dataset, the pipeline.

Nothing in this package imports Qt; import-linter enforces it.
"""
