"""Run every benchmark in turn: `make bench`."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def main() -> None:
    folder = Path(__file__).resolve().parent
    for module in sorted(m.name for m in pkgutil.iter_modules([str(folder)])):
        if module.startswith("bench_"):
            print(f"\n=== {module} ===", flush=True)
            sys.argv = [module]
            importlib.import_module(f"benchmarks.{module}").main()


if __name__ == "__main__":
    main()
