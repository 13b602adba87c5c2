"""The roster table and the filing form: the rows and fields the analyst edits."""
