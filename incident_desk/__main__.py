import sys

from incident_desk.cli import main

sys.exit(main())
