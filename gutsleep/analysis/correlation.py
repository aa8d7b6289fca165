"""One measure against another on the same days, with an interval that allows for runs.

Diary days are not independent: a stressful week is several stressful days,
and a series that drifts with the seasons lines up with any other that does.
Treating n days as n independent pairs makes an interval too narrow. The
interval here uses the effective number of independent pairs (Bartlett;
Bretherton et al. 1999, J. Climate 12:1990):

    n_eff = n · (1 − r₁ₓ·r₁ᵧ) / (1 + r₁ₓ·r₁ᵧ)

where r₁ₓ and r₁ᵧ are the lag-1 autocorrelations of the two series over the
calendar (pairs of consecutive days that both have a value). Spearman's
coefficient gets a Fisher-z interval with the variance 1.06 / (n_eff − 3)
(Fieller, Hartley and Pearson 1957). n_eff is never above n. An association
found this way is not a cause: both measures can follow a third thing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import NormalDist

import numpy as np
import numpy.typing as npt

from gutsleep.analysis.stats import spearman

__all__ = ["Correlation", "lag1_autocorrelation", "spearman_correlation"]

#: The fewest pairs a coefficient is given for.
MIN_PAIRS = 5


@dataclass(frozen=True)
class Correlation:
    """Spearman's ρ over ``n`` paired days, its interval and what the interval allowed for.

    ``low`` and ``high`` are NaN when too few independent days remain for one.
    """

    rho: float
    low: float
    high: float
    n: int
    n_effective: float
    lag1_x: float
    lag1_y: float
    level: float


def lag1_autocorrelation(values: npt.ArrayLike) -> float:
    """Pearson correlation of each day with the next, over pairs where both are known.

    NaN with fewer than three such pairs or a constant side.
    """
    x = np.asarray(values, dtype=np.float64)
    a, b = x[:-1], x[1:]
    keep = ~(np.isnan(a) | np.isnan(b))
    a, b = a[keep], b[keep]
    if a.size < 3 or np.ptp(a) == 0 or np.ptp(b) == 0:
        return math.nan
    return float(np.corrcoef(a, b)[0, 1])


def spearman_correlation(
    x: npt.ArrayLike, y: npt.ArrayLike, level: float = 0.95
) -> Correlation | None:
    """ρ between two daily series on the same calendar; None with fewer than 5 pairs.

    Days where either is missing are left out of ρ; the lag-1 autocorrelations
    use each series on those paired days only (the other days set to missing).
    """
    a = np.asarray(x, dtype=np.float64)
    b = np.asarray(y, dtype=np.float64)
    both = ~(np.isnan(a) | np.isnan(b))
    n = int(np.count_nonzero(both))
    if n < MIN_PAIRS:
        return None
    rho = spearman(a, b)
    if math.isnan(rho):
        return None
    paired_a = np.where(both, a, np.nan)
    paired_b = np.where(both, b, np.nan)
    r1x, r1y = lag1_autocorrelation(paired_a), lag1_autocorrelation(paired_b)
    product = (0.0 if math.isnan(r1x) else r1x) * (0.0 if math.isnan(r1y) else r1y)
    n_eff = min(float(n), n * (1.0 - product) / (1.0 + product))
    low = high = math.nan
    if n_eff > 3 and abs(rho) < 1:
        z = math.atanh(rho)
        half = NormalDist().inv_cdf(0.5 + level / 2) * math.sqrt(1.06 / (n_eff - 3))
        low, high = math.tanh(z - half), math.tanh(z + half)
    return Correlation(rho, low, high, n, n_eff, r1x, r1y, level)
