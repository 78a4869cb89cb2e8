"""`python -m factcheck` runs the command line."""

from factcheck.cli import main

raise SystemExit(main())
