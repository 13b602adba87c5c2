"""Run the application with ``python -m reviewer``."""

from reviewer.cli import main

raise SystemExit(main())
