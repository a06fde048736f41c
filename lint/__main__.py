"""``python -m lint`` runs the credlint command line (the collector paced first, :mod:`lint.startup`)."""

from lint.startup import main

main()
