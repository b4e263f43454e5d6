"""`python -m kg`: the same as the `kg` command."""
import sys

from kg.cli import main

try:
    code = main()
except KeyboardInterrupt:  # interrupted before the command started: no traceback either
    print("error: interrupted", file=sys.stderr)
    code = 130
sys.exit(code)
