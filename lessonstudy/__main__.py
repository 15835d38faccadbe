"""Allow ``python -m lessonstudy`` to behave like the ``lessonstudy`` command."""

from __future__ import annotations

from lessonstudy.cli.main import main

raise SystemExit(main())
