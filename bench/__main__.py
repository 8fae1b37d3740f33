"""python -m bench: run the benchmarks, print the table and write bench/results.md."""

from __future__ import annotations

from bench.run import main

raise SystemExit(main())
