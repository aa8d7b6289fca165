"""A difference between two phases when nearby days resemble each other (AR(1) errors).

Daily values are serially correlated: a good night tends to follow a good
night. Treating the days as independent makes an interval for a phase
difference too narrow, and an AB or ABAB experiment then "finds" effects that
are not there (with a lag-1 correlation of 0.5, a third of no-effect
experiments looked better or worse).

:func:`phase_effect` fits ``y = a + b·x + e`` with ``x`` the 0/1 phase
indicator and ``e`` a first-order autoregressive process over the calendar
(a gap of ``k`` days decays the correlation by ``rho**k``, so missing and
washout days are handled exactly). Estimating ``rho`` from 28 to 56 days is
imprecise (and the lag-1 correlation of the residuals, Yule–Walker, is biased
low), and plugging one estimate in makes the interval too narrow. So the fit
is repeated for every ``rho`` on a grid and the results are averaged with the
weights the restricted likelihood (REML, flat prior on the grid) gives each
``rho``: the variance of the estimate is the weighted variance within plus
between the fits. The interval is the estimate ± a Student t quantile with
n − 3 degrees of freedom (two coefficients and ``rho``).
tests/benchmarks/experiment_calibration.py shows the result is calibrated
for AB 2×14 and ABAB 4×14 days with a lag-1 correlation up to 0.5
(docs/experiments-statistics.md).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

__all__ = ["RHO_GRID", "PhaseEffect", "phase_effect", "t_quantile"]

#: The correlations the fit averages over; the upper end keeps it stable.
RHO_GRID = np.round(np.arange(-0.5, 0.951, 0.02), 2)


@dataclass(frozen=True)
class PhaseEffect:
    """The phase difference ``estimate`` (x = 1 minus x = 0) with its interval.

    ``rho`` is the likelihood-weighted mean lag-1 correlation, for display.
    """

    estimate: float
    low: float
    high: float
    standard_error: float
    rho: float
    df: int
    level: float


def _whiten(
    values: npt.NDArray[np.float64], gaps: npt.NDArray[np.float64], rho: npt.NDArray[np.float64]
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """``values`` (n, p) whitened for every rho: (G, n, p), and log det of the correlation."""
    decay = rho[:, None] ** gaps[None, :]  # (G, n - 1)
    scale = np.sqrt(1.0 - decay**2)
    first = np.broadcast_to(values[0], (rho.size, values.shape[1]))[:, None, :]
    rest = (values[None, 1:, :] - decay[:, :, None] * values[None, :-1, :]) / scale[:, :, None]
    log_det = np.sum(np.log(scale**2), axis=1)
    return np.concatenate([first, rest], axis=1), log_det


def phase_effect(
    days: npt.ArrayLike, values: npt.ArrayLike, phase: npt.ArrayLike, level: float = 0.95
) -> PhaseEffect:
    """The difference in ``values`` between ``phase`` 1 and 0, allowing for AR(1) days.

    ``days`` are whole-day positions (e.g. days since the start), strictly
    increasing after sorting; days without a value are simply left out.
    Needs at least two values in each phase.
    """
    t = np.asarray(days, dtype=np.float64)
    y = np.asarray(values, dtype=np.float64)
    x = np.asarray(phase, dtype=np.float64)
    order = np.argsort(t, kind="stable")
    t, y, x = t[order], y[order], x[order]
    if np.any(np.diff(t) <= 0):
        raise ValueError("each day may appear once")
    n = t.size
    if min(int(np.sum(x == 1)), int(np.sum(x == 0))) < 2:
        raise ValueError("each phase needs at least two values")
    p = 2
    design = np.column_stack([np.ones(n), x, y])
    gaps = np.diff(t)
    white, log_det = _whiten(design, gaps, RHO_GRID)
    xw, yw = white[:, :, :p], white[:, :, p]
    xtx = np.einsum("gni,gnj->gij", xw, xw)
    xty = np.einsum("gni,gn->gi", xw, yw)
    beta = np.linalg.solve(xtx, xty[:, :, None])[:, :, 0]
    resid = yw - np.einsum("gni,gi->gn", xw, beta)
    rss = np.maximum(np.sum(resid**2, axis=1), 1e-300)
    _, log_det_xtx = np.linalg.slogdet(xtx)
    reml = -0.5 * ((n - p) * np.log(rss) + log_det + log_det_xtx)
    best = int(np.argmax(reml))
    df = max(n - p - 1, 1)
    weights = np.exp(reml - reml[best])
    weights /= weights.sum()
    cov = np.linalg.inv(xtx) * (rss / (n - p))[:, None, None]
    slopes = beta[:, 1]
    estimate = float(np.sum(weights * slopes))
    variance = float(np.sum(weights * (cov[:, 1, 1] + (slopes - estimate) ** 2)))
    se = math.sqrt(max(variance, 0.0))
    rho_mean = float(np.sum(weights * RHO_GRID))
    half = t_quantile(0.5 + level / 2, df) * se
    return PhaseEffect(
        estimate=estimate,
        low=estimate - half,
        high=estimate + half,
        standard_error=se,
        rho=rho_mean,
        df=df,
        level=level,
    )


# -- Student's t without scipy ----------------------------------------------------------


def _beta_fraction(a: float, b: float, x: float) -> float:
    """The continued fraction of the incomplete beta function (Lentz's method)."""
    tiny = 1e-300
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1.0)
    d = 1.0 / (d if abs(d) > tiny else tiny)
    result = d
    for m in range(1, 300):
        for numerator in (
            m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
            -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1)),
        ):
            d = 1.0 + numerator * d
            d = 1.0 / (d if abs(d) > tiny else tiny)
            c = 1.0 + numerator / c
            c = c if abs(c) > tiny else tiny
            result *= c * d
        if abs(c * d - 1.0) < 1e-14:
            break
    return result


def _regularised_beta(a: float, b: float, x: float) -> float:
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    front = math.exp(
        math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    )
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _beta_fraction(a, b, x) / a
    return 1.0 - front * _beta_fraction(b, a, 1.0 - x) / b


def _t_cdf(t: float, df: float) -> float:
    tail = 0.5 * _regularised_beta(df / 2.0, 0.5, df / (df + t * t))
    return 1.0 - tail if t >= 0 else tail


def t_quantile(p: float, df: float) -> float:
    """The ``p`` quantile of Student's t with ``df`` degrees of freedom (bisection)."""
    if not 0.0 < p < 1.0:
        raise ValueError("p must lie strictly between 0 and 1")
    if p < 0.5:
        return -t_quantile(1.0 - p, df)
    low, high = 0.0, 1.0
    while _t_cdf(high, df) < p:
        high *= 2.0
    for _ in range(100):
        middle = (low + high) / 2.0
        if _t_cdf(middle, df) < p:
            low = middle
        else:
            high = middle
        if high - low < 1e-10:
            break
    return (low + high) / 2.0
