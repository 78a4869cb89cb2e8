"""Python's cyclic garbage collector, set for a run over many files.

Checking a file allocates and frees hundreds of thousands of small containers (YAML nodes,
tokens, mentions). Reference counting frees nearly all of them, yet with the default
threshold (700 net allocations) the collector scans the young generation every few hundred
objects, and from time to time every object alive, the imported modules included. Measured
with `gc.callbacks` over 200 files of the scale corpus: 1,852 collections, about 4 ms a file,
a tenth of `verify`'s time.

So, before the files are checked, what is alive (modules, classes, the configuration) is
frozen out of the collector's sight, and the young generation is collected every 20,000 net
allocations: 2 collections over those 200 files, 0.08 ms a file. A higher threshold saves no
more time and lets more cyclic garbage wait: with 100,000, a 3,000-file run peaked at 42 MiB,
with 20,000 at 36 MiB, with the default at 34 MiB.

Cyclic garbage that outlives two young collections waits for a collection of the oldest
generation, which Python runs only when a quarter more objects have reached it since the
last one; between two of those, an archive run's peak crept up by about 0.5 MiB over 9,000
files of the scale corpus. So every `FULL_EVERY_FILES` files every generation is collected
(some 30,000 objects are not frozen: 5–10 ms a collection, 0.02 ms a file).
"""

from __future__ import annotations

import gc

YOUNG_THRESHOLD = 20_000
# Until the run freezes what start-up built. A cold verify of the bundled example allocates
# some 21,000 objects that live to the end before the freeze, so at YOUNG_THRESHOLD it
# scanned them all once, in the middle of its imports (3-4 ms); at this threshold, never.
# A command that never freezes (extract, export, ...) keeps it: the young generation is
# still collected, only five times less often.
START_UP_THRESHOLD = 100_000
FULL_EVERY_FILES = 500

_files_checked = 0


def collect_rarely() -> None:
    """Collect the young generation every `YOUNG_THRESHOLD` net allocations.

    Set once what start-up built is frozen (`tune_for_many_files`); before that, the
    `factcheck` command collects even less often (`collect_after_start_up`). Starting up
    imports factcheck's modules and compiles their patterns, tens of thousands of objects
    that all live to the end. At the default threshold a cold verify of the bundled example
    ran 23 collections that freed nothing; without them it was 5–10 ms quicker (of ~250 ms).
    """
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)


def collect_after_start_up() -> None:
    """Collect the young generation every `START_UP_THRESHOLD` net allocations.

    Called first thing by the `factcheck` command (`factcheck/__main__.py`), instead of
    `collect_rarely`: what the command line and the checks import lives to the end, and is
    frozen before the first file is checked (`tune_for_many_files`), which then sets
    `YOUNG_THRESHOLD`.
    """
    _, middle, old = gc.get_threshold()
    gc.set_threshold(START_UP_THRESHOLD, middle, old)


def tune_for_many_files() -> None:
    """Freeze what is alive now and collect the young generation far less often."""
    gc.freeze()
    collect_rarely()


def file_checked() -> None:
    """Count a file checked in this process; collect every generation every so many."""
    global _files_checked
    _files_checked += 1
    if _files_checked % FULL_EVERY_FILES == 0:
        gc.collect()
