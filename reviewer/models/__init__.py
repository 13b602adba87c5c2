"""Thin Qt models over the core types, and the undo commands that edit them."""
