"""The starter set of transition symptoms, and how they line up with Apple Health.

Each symptom is rated per day on one scale, 0 none, 1 mild, 2 moderate, 3 severe;
not rated stays missing (None), never "none". :data:`SYMPTOMS` lists them in the
order of the Journal's section (``domain.fields`` declares a field for each).

:data:`APPLE_HEALTH` says, as data for a future importer, which Apple Health
Cycle Tracking symptom type carries the same meaning as one of ours, and how its
values read on our scale. Source: Apple Developer Documentation, HealthKit,
"Symptom Type Identifiers", ``HKCategoryValueSeverity`` (unspecified 0, not
present 1, mild 2, moderate 3, severe 4) and ``HKCategoryValuePresence`` (present
0, not present 1), https://developer.apple.com/documentation/healthkit/
symptom-type-identifiers (read December 2026). Where Apple only says whether a
symptom was present, "present" has no severity on our scale and is not mapped to
one (None), so an import would never invent a rating.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

from gutsleep.domain.text import N_

#: The scale's words, by value: also the Journal's choices.
SEVERITY_WORDS: tuple[tuple[int, str], ...] = (
    (0, N_("none")),
    (1, N_("mild")),
    (2, N_("moderate")),
    (3, N_("severe")),
)


@dataclass(frozen=True)
class Symptom:
    """One symptom: its attribute on :class:`~gutsleep.domain.journal.Symptoms` and
    its words (``N_`` source strings); ``column`` names it in storage, exports and
    the charts."""

    attr: str
    label: str
    description: str
    condition: str  # completes "days with …" in the insights: its moderate or severe days

    @property
    def column(self) -> str:
        return f"symptom_{self.attr}"


SYMPTOMS: tuple[Symptom, ...] = (
    Symptom(
        "aches",
        N_("Joint and muscle aches"),
        N_("Aching or stiff joints or muscles"),
        N_("moderate or severe joint and muscle aches"),
    ),
    Symptom(
        "headache", N_("Headache"), N_("Headache or migraine"), N_("a moderate or severe headache")
    ),
    Symptom(
        "palpitations",
        N_("Palpitations"),
        N_("A racing, pounding or fluttering heartbeat"),
        N_("moderate or severe palpitations"),
    ),
    Symptom(
        "anxiety",
        N_("Anxiety"),
        N_("Feeling anxious, tense or panicky"),
        N_("moderate or severe anxiety"),
    ),
    Symptom(
        "low_mood", N_("Low mood"), N_("Feeling down or tearful"), N_("moderate or severe low mood")
    ),
    Symptom(
        "irritability",
        N_("Irritability"),
        N_("Short-tempered, easily annoyed"),
        N_("moderate or severe irritability"),
    ),
    Symptom(
        "brain_fog",
        N_("Brain fog"),
        N_("Forgetfulness, trouble concentrating or finding words"),
        N_("moderate or severe brain fog"),
    ),
    Symptom(
        "vaginal_dryness",
        N_("Vaginal dryness"),
        N_("Dryness, itching or discomfort"),
        N_("moderate or severe vaginal dryness"),
    ),
    Symptom(
        "urinary_urgency",
        N_("Urinary urgency"),
        N_("A sudden need to pass urine, or going often"),
        N_("moderate or severe urinary urgency"),
    ),
    Symptom(
        "breast_tenderness",
        N_("Breast tenderness"),
        N_("Sore or tender breasts"),
        N_("moderate or severe breast tenderness"),
    ),
)
SYMPTOM_ATTRS: tuple[str, ...] = tuple(s.attr for s in SYMPTOMS)


@dataclass(frozen=True)
class AppleSymptom:
    """An Apple Health symptom type that means one of ours.

    ``values`` maps the sample's raw value to our 0-3 rating (None: no rating
    can be read from it, such as "unspecified" or a bare "present").
    """

    identifier: str
    symptom: str
    scale: Literal["severity", "presence"]
    values: MappingProxyType[int, int | None]


#: HKCategoryValueSeverity: unspecified 0, not present 1, mild 2, moderate 3, severe 4.
_SEVERITY = MappingProxyType({0: None, 1: 0, 2: 1, 3: 2, 4: 3})
#: HKCategoryValuePresence: present 0 (no severity given), not present 1.
_PRESENCE = MappingProxyType({0: None, 1: 0})

#: Apple Health's Cycle Tracking symptom types with the same meaning as ours.
#: Left out on purpose: anxiety, irritability and urinary urgency have no Apple
#: type of that meaning (bladder incontinence is not urgency); Apple's hot flashes
#: and night sweats belong to the hot-flush diary, not this section.
APPLE_HEALTH: tuple[AppleSymptom, ...] = (
    AppleSymptom("HKCategoryTypeIdentifierGeneralizedBodyAche", "aches", "severity", _SEVERITY),
    AppleSymptom("HKCategoryTypeIdentifierHeadache", "headache", "severity", _SEVERITY),
    AppleSymptom(
        "HKCategoryTypeIdentifierRapidPoundingOrFlutteringHeartbeat",
        "palpitations",
        "severity",
        _SEVERITY,
    ),
    AppleSymptom("HKCategoryTypeIdentifierMoodChanges", "low_mood", "presence", _PRESENCE),
    AppleSymptom("HKCategoryTypeIdentifierMemoryLapse", "brain_fog", "severity", _SEVERITY),
    AppleSymptom(
        "HKCategoryTypeIdentifierVaginalDryness", "vaginal_dryness", "severity", _SEVERITY
    ),
    AppleSymptom("HKCategoryTypeIdentifierBreastPain", "breast_tenderness", "severity", _SEVERITY),
)


def from_apple(identifier: str, raw_value: int) -> tuple[str, int | None] | None:
    """Our symptom and rating for an Apple Health sample, or None for a type we don't map."""
    for apple in APPLE_HEALTH:
        if apple.identifier == identifier:
            return apple.symptom, apple.values.get(raw_value)
    return None
