"""gutsleep.analysis layer: numbers from the journal, said honestly.

- :mod:`~gutsleep.analysis.series`: entries to a daily frame (NaN for missing)
  and the registry of measures.
- :mod:`~gutsleep.analysis.stats`: rolling means with gaps, weekly plant
  counts, lag pairing, Spearman, and the one bootstrap.
- :mod:`~gutsleep.analysis.insights`: factor × sleep comparisons with
  intervals, thresholds and a multiple-comparisons warning.
- :mod:`~gutsleep.analysis.experiments`: AB / ABAB self-experiment evaluation.

Nothing is imported here: numpy loads only when a submodule is used.
"""
