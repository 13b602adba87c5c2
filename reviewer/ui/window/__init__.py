"""The main window and what drives it: menus, the filing queue, saving, review pane."""
