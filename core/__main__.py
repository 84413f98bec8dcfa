"""``python -m smkonzept`` runs the command line."""

from smkonzept.cli import run

run()
