"""The PDF page pane: the rendered page and the boxes drawn over it."""
