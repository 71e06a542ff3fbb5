"""Check that every shared library the .deb's ELF files load is shipped or declared.

Usage: python scripts/build-deb-depcheck.py ROOT DEPENDS RECOMMENDS [--python-version 3.11]

ROOT is the staged package tree. Each NEEDED library of every ELF file under ROOT must either be
inside ROOT or belong (per `dpkg -S`) to a package named in DEPENDS or RECOMMENDS (the one-per-line
lists in packaging/deb). Prints what is missing and exits 1, so a new PySide6 that needs another
system library cannot slip into a package that does not depend on it.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ELF_MAGIC = b"\x7fELF"


def declared_packages(*lists: Path, python_version: str) -> set[str]:
    names: set[str] = set()
    for path in lists:
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            for alternative in line.split("|"):
                name = re.sub(r"\(.*?\)", "", alternative).strip().replace("@PY@", python_version)
                if name:
                    names.add(name)
    return names


def needed_libraries(root: Path) -> tuple[set[str], set[str]]:
    """(NEEDED sonames of every ELF file, file names of the shared objects shipped)."""
    needed: set[str] = set()
    shipped: set[str] = set()
    for path in root.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        with path.open("rb") as fh:
            if fh.read(4) != ELF_MAGIC:
                continue
        shipped.add(path.name)
        out = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True, check=False).stdout
        needed.update(m.group(1) for m in re.finditer(r"^\s*NEEDED\s+(\S+)", out, re.MULTILINE))
    return needed, shipped


def owners(libraries: set[str]) -> dict[str, set[str]]:
    if not libraries:
        return {}
    patterns = [f"*/{lib}" for lib in sorted(libraries)]
    out = subprocess.run(["dpkg", "-S", *patterns], capture_output=True, text=True, check=False).stdout
    found: dict[str, set[str]] = {}
    for line in out.splitlines():
        packages, _, path = line.partition(": ")
        lib = Path(path.strip()).name
        if lib in libraries:
            found.setdefault(lib, set()).update(p.strip().split(":")[0] for p in packages.split(","))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("depends", type=Path)
    parser.add_argument("recommends", type=Path)
    parser.add_argument("--python-version", default=f"{sys.version_info[0]}.{sys.version_info[1]}")
    args = parser.parse_args()
    declared = declared_packages(args.depends, args.recommends, python_version=args.python_version)
    needed, shipped = needed_libraries(args.root)
    external = {lib for lib in needed if lib not in shipped}
    found = owners(external)
    problems = []
    for lib in sorted(external):
        packages = found.get(lib)
        if not packages:
            problems.append(f"{lib}: no installed Debian package provides it (drop the file that needs it?)")
        elif not packages & declared:
            problems.append(f"{lib}: from {', '.join(sorted(packages))}, which the package does not name")
    for line in problems:
        print(f"build-deb-depcheck: {line}", file=sys.stderr)
    if problems:
        return 1
    print(f"build-deb-depcheck: {len(external)} system libraries, all from declared packages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
