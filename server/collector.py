"""The garbage collector's settings for a serving process (not for tests, which build many apps
in one process).

Measured (docs/benchmarks.md, "Garbage-collection pauses"): with 5,100 subscribers a full
collection walks about half a million tracked objects and holds the event loop for 200-800 ms
on this 2-core machine, which alone breaks the 50 ms p99 of any minute it falls in. Two
changes, both cheap and reversible:

- **Freeze what start-up made** (modules, classes, functions: about 136,000 objects that live
  as long as the process): ``gc.freeze()`` moves them out of every later collection.
- **Collect the youngest generation less often**: Python's default (700 allocations) runs many
  young collections a second under fan-out, and each promotes whatever is in flight at that
  instant (queued frames, timers, pending tasks) to the older generations, where it piles up
  until a full collection. With ``young_threshold`` allocations between young collections
  most of those objects have died first, so full collections come far less often; a young
  collection then walks at most that many objects (a few ms).

``young_threshold = 0`` keeps Python's defaults (TWINSPACE_GC_YOUNG_THRESHOLD=0).
"""

from __future__ import annotations

import gc
import logging

logger = logging.getLogger("twinspace.collector")

#: Default allocations between young collections for a serving process.
DEFAULT_YOUNG_THRESHOLD = 50_000


def tune_for_serving(young_threshold: int) -> None:
    """Freeze the start-up heap and set the young generation's threshold (0: no change)."""
    if young_threshold <= 0:
        return
    _, middle, oldest = gc.get_threshold()
    gc.collect()  # what start-up left as garbage goes now, not frozen forever
    gc.freeze()
    gc.set_threshold(young_threshold, middle, oldest)
    logger.info(
        "garbage collector: %d start-up objects frozen, young threshold %d",
        gc.get_freeze_count(),
        young_threshold,
    )
