"""``python -m incident_desk.scenario validate FILE...`` | ``schema`` (prints the JSON Schema)."""

from __future__ import annotations

import sys

from incident_desk.scenario._loader import json_schema_text, validate_file


def main(argv: list[str]) -> int:
    if argv[:1] == ["schema"] and len(argv) == 1:
        sys.stdout.write(json_schema_text())
        return 0
    if argv[:1] == ["validate"] and len(argv) > 1:
        problems = [p for path in argv[1:] for p in validate_file(path)]
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
