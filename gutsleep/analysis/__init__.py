"""gutsleep.analysis layer: numbers from the journal, said honestly.

- :mod:`~gutsleep.analysis.series`: entries to a daily frame (NaN for missing)
  and the registry of measures.
- :mod:`~gutsleep.analysis.stats`: rolling means with gaps, weekly plant
  counts, lag pairing, Spearman, and the one bootstrap.
- :mod:`~gutsleep.analysis.insights`: factor × sleep and gut comparisons,
  all factors in one model per outcome, findings after the false discovery rate.
- :mod:`~gutsleep.analysis.regression`: least squares with AR(1)-robust t
  intervals, Benjamini–Hochberg, outward rounding.
- :mod:`~gutsleep.analysis.experiments`: AB / ABAB self-experiment evaluation.

Nothing is imported here: numpy loads only when a submodule is used.
"""
