"""The document pane: the highlighted text view, its actions, markers, legend."""
