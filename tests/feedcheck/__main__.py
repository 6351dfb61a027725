"""python -m tests.feedcheck [--from YYYY-MM-DD] [--to YYYY-MM-DD] FILE...  (from the repository's root)"""
import sys

from tests.feedcheck.check import main

sys.exit(main())
