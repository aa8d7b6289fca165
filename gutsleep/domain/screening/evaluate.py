"""The rules that weigh screening answers: the checklist and the stool-testing decision aid.

Pure functions over the questions in :mod:`gutsleep.domain.screening.questions`,
so the UI, the CLI and the tests see the same rules. Nothing here diagnoses
anything: the checklist says whether gut factors *may* be worth a look for
someone's sleep, the decision aid lays out the reasons for and against
comprehensive stool testing, and every result carries the evidence-tier
context (gut work is third tier for most people, first-tier options come
first) and a "not medical advice" note.
"""

from __future__ import annotations

import enum
import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from gutsleep.domain.screening.questions import (
    ALL_KEYS,
    DIGESTION_FINE,
    NOT_MEDICAL_ADVICE,
    SIGN_KEYS,
    SIGNS,
    TESTING_CONDITIONS,
    TESTING_TIER_CONTEXT,
    TIER_CONTEXT,
    Answer,
    Condition,
    Sign,
    question_for,
)
from gutsleep.domain.text import N_, Message

__all__ = [
    "Change",
    "ScreeningCategory",
    "ScreeningResult",
    "TestingAdvice",
    "TestingCategory",
    "compare",
    "evaluate_checklist",
    "evaluate_testing",
]


class ScreeningCategory(enum.Enum):
    """What the six answers (plus the digestion question) add up to."""

    #: One or more of the six signs applies.
    GUT_WORTH_A_LOOK = "gut-worth-a-look"
    #: Some of the six are unanswered and none is a yes.
    INCOMPLETE = "incomplete"
    #: All six answered, none a yes, one or more unsure.
    UNCERTAIN = "uncertain"
    #: All six no and digestion confirmed comfortable.
    PROBABLY_NOT_FIRST = "probably-not-first"
    #: All six no, but digestion not confirmed comfortable.
    NONE_BUT_DIGESTION_UNCLEAR = "none-but-digestion-unclear"


@dataclass(frozen=True)
class ScreeningResult:
    """A checklist outcome, with every sentence the UI needs to show it."""

    category: ScreeningCategory
    applying: tuple[Sign, ...]
    unsure: tuple[Sign, ...]
    unanswered: tuple[Sign, ...]
    digestion_fine: Answer | None
    headline: Message
    explanation: tuple[Message, ...]
    tier_context: tuple[Message, ...] = TIER_CONTEXT
    not_medical_advice: Message = NOT_MEDICAL_ADVICE

    @property
    def messages(self) -> tuple[Message, ...]:
        """Everything to show, in reading order."""
        return (
            self.headline,
            *self.explanation,
            *self.tier_context,
            self.not_medical_advice,
        )


def _category(answers: Mapping[str, Answer]) -> ScreeningCategory:
    given = [answers.get(key) for key in SIGN_KEYS]
    if Answer.YES in given:
        return ScreeningCategory.GUT_WORTH_A_LOOK
    if None in given:
        return ScreeningCategory.INCOMPLETE
    if Answer.UNSURE in given:
        return ScreeningCategory.UNCERTAIN
    if answers.get(DIGESTION_FINE.key) is Answer.YES:
        return ScreeningCategory.PROBABLY_NOT_FIRST
    return ScreeningCategory.NONE_BUT_DIGESTION_UNCLEAR


def evaluate_checklist(answers: Mapping[str, Answer]) -> ScreeningResult:
    """Sum up the checklist answers.

    The order of the rules matters and follows the checklist's own logic:

    1. any of the six signs answered yes: gut factors may be worth a look,
       even if other questions are still open (one sign is enough);
    2. otherwise, any of the six unanswered: incomplete, since an open
       question could still be a yes;
    3. otherwise, any unsure: uncertain, and each unsure sign says how to
       find out;
    4. all six no: gut work is probably not the place to start, but only if
       the person also confirms their digestion is comfortable and regular;
       if that is no, unsure or unanswered, the result says so.

    Keys that are not checklist questions are ignored. The digestion question
    only matters in step 4.
    """
    category = _category(answers)
    applying = tuple(s for s in SIGNS if answers.get(s.key) is Answer.YES)
    unsure = tuple(s for s in SIGNS if answers.get(s.key) is Answer.UNSURE)
    unanswered = tuple(s for s in SIGNS if s.key not in answers)
    digestion = answers.get(DIGESTION_FINE.key)

    noted = [Message(sign.noted) for sign in applying]
    unsure_lines = [Message(sign.unsure) for sign in unsure]
    progress = Message(
        N_("You have answered {answered} of the {total} questions."),
        {"answered": len(SIGNS) - len(unanswered), "total": len(SIGNS)},
    )
    explanation: list[Message]

    if category is ScreeningCategory.GUT_WORTH_A_LOOK:
        headline = Message(N_("Gut factors may be worth a look for your sleep."))
        explanation = [
            Message(N_("At least one of the signs fits you:")),
            *noted,
            *unsure_lines,
        ]
        if unanswered:
            explanation.append(progress)
        explanation.append(
            Message(
                N_(
                    "Gut-supportive habits are low-risk, and your journal can show "
                    "whether they make a difference for you."
                )
            )
        )
    elif category is ScreeningCategory.INCOMPLETE:
        headline = Message(N_("Answer the remaining questions to see a summary."))
        explanation = [progress, *unsure_lines]
    elif category is ScreeningCategory.UNCERTAIN:
        headline = Message(N_("It is not clear yet whether gut factors play a part."))
        explanation = [
            Message(N_("None of the signs clearly fits, but you were not sure about some.")),
            *unsure_lines,
        ]
    elif category is ScreeningCategory.PROBABLY_NOT_FIRST:
        headline = Message(N_("Gut work is probably not the place to start."))
        explanation = [
            Message(
                N_(
                    "None of the six signs fits you and your digestion is comfortable, "
                    "so other steps are likely to do more for your sleep."
                )
            )
        ]
    else:
        headline = Message(N_("None of the six signs fits you."))
        if digestion is Answer.NO:
            line = N_(
                "You said your digestion is not generally comfortable or regular. It is "
                "worth keeping an eye on in the journal and mentioning to a doctor if it "
                "carries on."
            )
        elif digestion is Answer.UNSURE:
            line = N_(
                "You are not sure whether your digestion is comfortable and regular. If "
                "it is, gut work is probably not the place to start; a few weeks of gut "
                "entries in the journal can help you judge."
            )
        else:
            line = N_("Answer the last question, about your digestion, to complete the picture.")
        explanation = [Message(line)]

    return ScreeningResult(
        category=category,
        applying=applying,
        unsure=unsure,
        unanswered=unanswered,
        digestion_fine=digestion,
        headline=headline,
        explanation=tuple(explanation),
    )


class TestingCategory(enum.Enum):
    """Where the reasons for and against testing come out."""

    __test__ = False  # not a pytest test class, despite the name

    LIKELY_USEFUL = "likely-useful"
    PROBABLY_NOT_NEEDED = "probably-not-needed"
    MIXED = "mixed"
    INCOMPLETE = "incomplete"


@dataclass(frozen=True)
class TestingAdvice:
    """The decision aid's outcome.

    ``reasons_for`` / ``reasons_against`` are the conditions answered yes on
    each side; ``to_find_out`` the ones answered unsure; ``settled`` is False
    when some answer to the unsure ones would change the category.
    """

    __test__ = False  # not a pytest test class, despite the name

    category: TestingCategory
    reasons_for: tuple[Condition, ...]
    reasons_against: tuple[Condition, ...]
    to_find_out: tuple[Condition, ...]
    unanswered: tuple[Condition, ...]
    settled: bool
    summary: Message
    reasons: tuple[Message, ...]
    find_out: tuple[Message, ...]
    tier_context: tuple[Message, ...] = TESTING_TIER_CONTEXT
    not_medical_advice: Message = NOT_MEDICAL_ADVICE

    @property
    def messages(self) -> tuple[Message, ...]:
        """Everything to show, in reading order."""
        return (
            self.summary,
            *self.reasons,
            *self.find_out,
            *self.tier_context,
            self.not_medical_advice,
        )


def _balance(reasons_for: int, reasons_against: int) -> TestingCategory:
    if reasons_for >= 2 and reasons_against == 0:
        return TestingCategory.LIKELY_USEFUL
    if reasons_for == 0 or reasons_against > reasons_for:
        return TestingCategory.PROBABLY_NOT_NEEDED
    return TestingCategory.MIXED


def evaluate_testing(answers: Mapping[str, Answer]) -> TestingAdvice:
    """Weigh the reasons for and against comprehensive stool testing.

    Only yes answers are reasons; a no is simply not a reason, and unsure
    counts on neither side but is listed as worth finding out. With ``F``
    reasons for and ``A`` reasons against:

    - any of the eight unanswered: INCOMPLETE (the reasons given so far are
      still listed);
    - ``F >= 2`` and ``A == 0``: LIKELY_USEFUL. Two reasons, because one
      alone (say, only wanting data) rarely justifies an expensive test, and
      no reason against, because each of them (digestion fine, simpler steps
      untried, cost a strain, results would change nothing) is on its own a
      good reason to wait;
    - ``F == 0`` or ``A > F``: PROBABLY_NOT_NEEDED. With nothing for it, or
      more against than for, testing is unlikely to earn its cost;
    - otherwise MIXED: reasons on both sides in similar measure, or a single
      reason for and none against, so the answers lean neither way and the
      person weighs them, ideally with a practitioner.

    ``settled`` tells whether resolving the unsure answers could change the
    category (every yes/no combination of them is tried).
    """
    reasons_for = tuple(
        c for c in TESTING_CONDITIONS if c.side == "for" and answers.get(c.key) is Answer.YES
    )
    reasons_against = tuple(
        c for c in TESTING_CONDITIONS if c.side == "against" and answers.get(c.key) is Answer.YES
    )
    to_find_out = tuple(c for c in TESTING_CONDITIONS if answers.get(c.key) is Answer.UNSURE)
    unanswered = tuple(c for c in TESTING_CONDITIONS if c.key not in answers)

    balance = _balance(len(reasons_for), len(reasons_against))
    unsure_for = sum(1 for c in to_find_out if c.side == "for")
    unsure_against = len(to_find_out) - unsure_for
    settled = all(
        _balance(len(reasons_for) + extra_for, len(reasons_against) + extra_against) is balance
        for extra_for, extra_against in itertools.product(
            range(unsure_for + 1), range(unsure_against + 1)
        )
    )
    category = TestingCategory.INCOMPLETE if unanswered else balance

    summaries = {
        TestingCategory.LIKELY_USEFUL: N_(
            "Testing may be worth considering, ideally together with a practitioner who "
            "knows how to read the results."
        ),
        TestingCategory.PROBABLY_NOT_NEEDED: N_("Testing is probably not needed for now."),
        TestingCategory.MIXED: N_(
            "Your answers do not point clearly one way. Weighing the reasons below, perhaps "
            "with a practitioner, can help you decide."
        ),
        TestingCategory.INCOMPLETE: N_(
            "Answer the remaining questions to see how the reasons balance out."
        ),
    }

    reasons: list[Message] = []
    if reasons_for:
        reasons.append(Message(N_("In favour of testing:")))
        reasons.extend(Message(c.reason) for c in reasons_for)
    if reasons_against:
        reasons.append(Message(N_("Against testing for now:")))
        reasons.extend(Message(c.reason) for c in reasons_against)

    find_out: list[Message] = []
    if to_find_out:
        find_out.append(Message(N_("Worth finding out:")))
        find_out.extend(Message(c.find_out) for c in to_find_out)
        if not settled and not unanswered:
            find_out.append(
                Message(
                    N_(
                        "The answers to these could change the picture, so it may be worth "
                        "waiting for them."
                    )
                )
            )

    return TestingAdvice(
        category=category,
        reasons_for=reasons_for,
        reasons_against=reasons_against,
        to_find_out=to_find_out,
        unanswered=unanswered,
        settled=settled,
        summary=Message(summaries[category]),
        reasons=tuple(reasons),
        find_out=tuple(find_out),
    )


# --------------------------------------------------------------------------
# History
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """One question whose answer differs between two sets of answers.

    ``None`` means unanswered on that side.
    """

    key: str
    before: Answer | None
    after: Answer | None


def _ordered(keys: Iterable[str]) -> list[str]:
    known = [key for key in ALL_KEYS if key in keys]
    unknown = sorted(key for key in keys if question_for(key) is None)
    return known + unknown


def compare(previous: Mapping[str, Answer], current: Mapping[str, Answer]) -> list[Change]:
    """What changed between two sets of answers, in display order.

    Questions answered the same way both times are left out; a question
    answered only on one side appears with ``None`` on the other.
    """
    keys = set(previous) | set(current)
    return [
        Change(key, previous.get(key), current.get(key))
        for key in _ordered(keys)
        if previous.get(key) != current.get(key)
    ]
