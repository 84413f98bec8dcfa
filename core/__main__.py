"""``python -m smkonzept`` runs the command line."""

import sys

from smkonzept.cli import main

sys.exit(main())
