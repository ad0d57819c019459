"""Run Incident Desk from a checkout: ``python main.py [subcommand] ...``."""

import sys

from incident_desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
