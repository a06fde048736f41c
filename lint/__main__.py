"""``python -m lint`` runs the credlint command line."""

from lint.cli import main

main()
