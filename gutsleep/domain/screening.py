"""The gut screening checklist and the stool-testing decision aid.

Both are pure data plus pure functions, so the UI, the CLI and the tests see
the same rules. Nothing here diagnoses anything: the checklist says whether
gut factors *may* be worth a look for someone's sleep, the decision aid lays
out the reasons for and against comprehensive stool testing, and every result
carries the evidence-tier context (gut work is third tier for most people,
first-tier options come first) and a "not medical advice" note.

Answers are stored per question key as :class:`Answer`; a question the person
has not answered is simply absent from the mapping. User-visible text is
English source text marked with :func:`N_` or wrapped in :class:`Message`;
the UI translates it. Sentences that depend on which signs apply are whole
per-sign sentences rather than lists glued together, so translators always
see complete sentences.

Journal hints (:func:`journal_hints`) show what the person's own journal says
that bears on a question. They inform an answer; they never give one.
"""

from __future__ import annotations

import enum
import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Final, Literal

from gutsleep.domain.journal import DayEntry
from gutsleep.domain.text import N_, Message

__all__ = [
    "ALL_KEYS",
    "DIGESTION_FINE",
    "NOT_MEDICAL_ADVICE",
    "SIGNS",
    "TESTING_CONDITIONS",
    "TESTING_TIER_CONTEXT",
    "TIER_CONTEXT",
    "Answer",
    "Change",
    "Condition",
    "Hint",
    "ScreeningCategory",
    "ScreeningResult",
    "Side",
    "Sign",
    "TestingAdvice",
    "TestingCategory",
    "compare",
    "evaluate_checklist",
    "evaluate_testing",
    "journal_hints",
    "parse_answers",
    "question_for",
]


class Answer(enum.Enum):
    """One answer to a checklist or decision-aid question."""

    YES = "yes"
    NO = "no"
    UNSURE = "unsure"


def parse_answers(raw: Mapping[str, str]) -> dict[str, Answer]:
    """Stored ``{key: "yes" | "no" | "unsure"}`` values back into answers.

    Blank or unknown values are dropped (the question counts as unanswered)
    rather than raising, so one odd stored value never hides the rest.
    """
    answers: dict[str, Answer] = {}
    for key, value in raw.items():
        try:
            answers[key] = Answer(value.strip().lower())
        except (ValueError, AttributeError):
            continue
    return answers


# --------------------------------------------------------------------------
# The checklist
# --------------------------------------------------------------------------

SIGNS_ARTICLE: Final = "signs"


@dataclass(frozen=True)
class Sign:
    """One checklist question, with the sentences used when it is answered.

    ``question`` is asked of the person; ``explanation`` says in one line why
    it may matter for sleep; ``label`` is a short name for lists; ``noted``
    is the sentence a result shows when the answer is yes, ``unsure`` the one
    it shows when the person is not sure (with a way to find out).
    ``article``/``anchor`` point at the section that explains the sign.
    """

    key: str
    label: str
    question: str
    explanation: str
    noted: str
    unsure: str
    article: str = SIGNS_ARTICLE
    anchor: str = ""

    def __post_init__(self) -> None:
        if not self.anchor:
            object.__setattr__(self, "anchor", self.key)


SIGNS: Final[tuple[Sign, ...]] = (
    Sign(
        key="digestive-symptoms",
        label=N_("Digestive symptoms"),
        question=N_(
            "Do you often have digestive symptoms, such as bloating, irregular bowel "
            "movements or discomfort after meals, or have you been told you have IBS?"
        ),
        explanation=N_(
            "Gut and brain signal to each other all the time, so an unsettled gut can "
            "play a part in unsettled nights."
        ),
        noted=N_(
            "You often have digestive symptoms, such as bloating, irregular bowel "
            "movements or discomfort after meals."
        ),
        unsure=N_(
            "You are not sure whether your digestive symptoms count. A few weeks of gut "
            "entries in the journal can help you judge."
        ),
    ),
    Sign(
        key="food-sensitivities",
        label=N_("Food sensitivities"),
        question=N_("Are there particular foods that reliably leave you feeling worse?"),
        explanation=N_(
            "Foods that disagree with you can keep the gut irritated, and that "
            "irritation may reach your sleep."
        ),
        noted=N_("Some foods reliably leave you feeling worse."),
        unsure=N_(
            "You are not sure whether certain foods affect you. Logging trigger foods "
            "next to your gut symptoms for a while can help you see."
        ),
    ),
    Sign(
        key="autoimmune",
        label=N_("An autoimmune condition"),
        question=N_("Do you live with an autoimmune condition?"),
        explanation=N_(
            "Many autoimmune conditions involve the gut and the immune system, and the "
            "immune system also helps regulate sleep."
        ),
        noted=N_("You live with an autoimmune condition."),
        unsure=N_(
            "You are not sure about an autoimmune condition. Your doctor can tell you "
            "what your records say."
        ),
    ),
    Sign(
        key="antibiotics",
        label=N_("A lot of antibiotics"),
        question=N_(
            "Have you taken a lot of antibiotics over the years, for example several "
            "long or repeated courses?"
        ),
        explanation=N_(
            "Heavy antibiotic use can change the mix of gut bacteria for a long time afterwards."
        ),
        noted=N_("You have taken a lot of antibiotics over the years."),
        unsure=N_(
            "You are not sure how many antibiotics you have taken. Your doctor's surgery "
            "or pharmacy can often look this up."
        ),
    ),
    Sign(
        key="inflammation-markers",
        label=N_("Raised inflammation markers"),
        question=N_(
            "Have blood tests shown raised inflammation markers, such as CRP, with no "
            "other clear explanation?"
        ),
        explanation=N_(
            "Ongoing low-level inflammation tends to go with poorer sleep, and the gut "
            "can be one of its sources."
        ),
        noted=N_(
            "Blood tests have shown raised inflammation markers without another clear explanation."
        ),
        unsure=N_(
            "You are not sure about your inflammation markers. They come from blood "
            "tests, and whoever ordered them can go through the results with you."
        ),
    ),
    Sign(
        key="mood-symptoms",
        label=N_("Mood symptoms that have not eased"),
        question=N_(
            "Do you have mood symptoms, such as low mood or anxiety, that have not eased "
            "with treatment?"
        ),
        explanation=N_(
            "The link between gut and brain reaches mood too, not only sleep, so the two "
            "often move together."
        ),
        noted=N_("You have mood symptoms that have not eased with treatment."),
        unsure=N_(
            "You are not sure whether your mood symptoms count. It may help to talk it "
            "through with whoever supports you with them."
        ),
    ),
)

#: The confirmation question for "none of the six apply": only when digestion
#: is also comfortable is gut work probably not the place to start.
DIGESTION_FINE: Final = Sign(
    key="digestion-fine",
    label=N_("Comfortable digestion"),
    question=N_("Is your digestion generally comfortable and regular?"),
    explanation=N_(
        "When none of the signs apply and digestion is comfortable, other steps are "
        "likely to do more for your sleep than gut work."
    ),
    noted=N_("Your digestion is generally comfortable and regular."),
    unsure=N_(
        "You are not sure whether your digestion is comfortable and regular. The "
        "journal's gut entries over a few weeks can help you judge."
    ),
)

_SIGN_KEYS: Final = tuple(sign.key for sign in SIGNS)

#: Always shown with a checklist result: where gut work sits in the evidence.
TIER_CONTEXT: Final[tuple[Message, ...]] = (
    Message(
        N_(
            "For most people, gut-focused changes belong to the third tier of evidence "
            "for sleep in the menopausal transition: promising, but less certain."
        )
    ),
    Message(
        N_(
            "The first tier, with the strongest evidence, is CBT-I (cognitive behavioural "
            "therapy for insomnia), hormone therapy including progesterone, treatment "
            "for sleep apnoea, and addressing mood disorders. If you have not looked into "
            "these yet, they are likely to do more for you, and gut habits can sit alongside "
            "them rather than replace them."
        )
    ),
)

NOT_MEDICAL_ADVICE: Final = Message(
    N_(
        "This is information to help you think things through, not medical advice. A "
        "doctor or other qualified practitioner can help you decide what fits you."
    )
)


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
    given = [answers.get(key) for key in _SIGN_KEYS]
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


# --------------------------------------------------------------------------
# The stool-testing decision aid
# --------------------------------------------------------------------------

Side = Literal["for", "against"]

TESTING_ARTICLE: Final = "foundations"
TESTING_ANCHOR: Final = "testing"


@dataclass(frozen=True)
class Condition:
    """One consideration for or against comprehensive stool testing.

    A yes answer means the condition holds for the person. ``reason`` is the
    sentence listed when it does, ``find_out`` the one listed when the person
    is not sure.
    """

    key: str
    side: Side
    question: str
    explanation: str
    reason: str
    find_out: str
    article: str = TESTING_ARTICLE
    anchor: str = TESTING_ANCHOR


TESTING_CONDITIONS: Final[tuple[Condition, ...]] = (
    Condition(
        key="persistent-gi-symptoms",
        side="for",
        question=N_(
            "Are your digestive symptoms marked and ongoing, rather than mild or now and then?"
        ),
        explanation=N_(
            "A test is most likely to add something when there are real symptoms to explain."
        ),
        reason=N_("Your digestive symptoms are marked and ongoing."),
        find_out=N_(
            "Whether your digestive symptoms are marked and ongoing: a few weeks of gut "
            "entries in the journal can show this."
        ),
    ),
    Condition(
        key="foundations-tried",
        side="for",
        question=N_(
            "Have you given the foundational gut habits a fair try without enough improvement?"
        ),
        explanation=N_(
            "Testing makes more sense once the simple, low-cost steps have had their chance."
        ),
        reason=N_("You have tried the foundational habits and they have not helped enough."),
        find_out=N_(
            "Whether the foundational habits have had a fair try: a self-experiment in the "
            "journal can show how they went."
        ),
    ),
    Condition(
        key="want-data",
        side="for",
        question=N_("Would test results help you choose specific next steps?"),
        explanation=N_("A test earns its place when there are decisions waiting on its answer."),
        reason=N_("You want results to guide specific next steps."),
        find_out=N_("Which of your decisions a test result would actually help with."),
    ),
    Condition(
        key="practitioner",
        side="for",
        question=N_("Do you have a practitioner who can make sense of the results with you?"),
        explanation=N_(
            "These tests produce a lot of numbers; their value depends on someone who can "
            "read them thoughtfully."
        ),
        reason=N_("You have a practitioner who can go through the results with you."),
        find_out=N_("Whether a practitioner you see can interpret these tests."),
    ),
    Condition(
        key="digestion-basically-fine",
        side="against",
        question=N_("Does your digestion give you little or no trouble?"),
        explanation=N_("With little to explain, a test has little to add."),
        reason=N_("Your digestion gives you little or no trouble."),
        find_out=N_(
            "Whether your digestion really gives you little trouble: the journal's gut entries "
            "over a few weeks can help you judge."
        ),
    ),
    Condition(
        key="foundations-not-tried",
        side="against",
        question=N_("Are there foundational gut habits you have not tried yet?"),
        explanation=N_(
            "Habits such as varied plant foods, fermented foods and stress care are cheaper, "
            "low-risk first steps."
        ),
        reason=N_("There are foundational habits you have not tried yet."),
        find_out=N_("Which foundational habits you have already tried; the articles list them."),
    ),
    Condition(
        key="cost-prohibitive",
        side="against",
        question=N_("Would the cost of testing be a strain for you?"),
        explanation=N_(
            "Comprehensive stool tests often cost a lot, and that money could go to "
            "better-supported options instead."
        ),
        reason=N_("The cost would be a strain."),
        find_out=N_("What a test would cost you, including any follow-up appointments."),
    ),
    Condition(
        key="results-change-nothing",
        side="against",
        question=N_("Would you carry on just the same whatever the results showed?"),
        explanation=N_(
            "If no result would change your plans, a test cannot help you decide anything."
        ),
        reason=N_("The results would not change what you do."),
        find_out=N_("Whether any result would change what you plan to do."),
    ),
)

#: Always shown with testing advice: where advanced testing sits in the evidence.
TESTING_TIER_CONTEXT: Final[tuple[Message, ...]] = (
    Message(
        N_(
            "Advanced gut testing, such as comprehensive stool analysis, belongs to the "
            "third tier of evidence for sleep: promising, but less certain."
        )
    ),
    TIER_CONTEXT[1],
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

#: Every question key in display order: the six signs, the digestion
#: question, then the decision aid.
ALL_KEYS: Final[tuple[str, ...]] = (
    *_SIGN_KEYS,
    DIGESTION_FINE.key,
    *(c.key for c in TESTING_CONDITIONS),
)

_QUESTIONS: Final[dict[str, str]] = {
    **{s.key: s.question for s in (*SIGNS, DIGESTION_FINE)},
    **{c.key: c.question for c in TESTING_CONDITIONS},
}


def question_for(key: str) -> str | None:
    """The question text (an N_ source string) for ``key``, or None if unknown."""
    return _QUESTIONS.get(key)


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
    unknown = sorted(key for key in keys if key not in _QUESTIONS)
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


# --------------------------------------------------------------------------
# Journal hints
# --------------------------------------------------------------------------

SYMPTOM_LEVEL: Final = 4  # bloating or discomfort at or above this counts
LOW_MOOD: Final = 3  # mood at or below this counts
IRREGULAR_BRISTOL: Final = frozenset({1, 2, 6, 7})


@dataclass(frozen=True)
class Hint:
    """What the journal shows that bears on one sign. It never answers it.

    ``days`` is how many days matched, out of ``logged_days``: the days in the
    window on which the data the hint rests on was recorded (gut entries for
    digestive symptoms, trigger foods for food sensitivities, mood for mood).
    ``details`` break a combined count down by what was seen.
    """

    sign: str
    days: int
    logged_days: int
    window_days: int
    message: Message
    dates: tuple[date, ...] = ()
    details: tuple[Message, ...] = field(default_factory=tuple)


def _high(value: int | None) -> bool:
    return value is not None and value >= SYMPTOM_LEVEL


def _gut_logged(entry: DayEntry) -> bool:
    gut = entry.gut
    return gut.bloating is not None or gut.discomfort is not None or bool(gut.bowel_movements)


def _symptomatic(entry: DayEntry | None) -> bool:
    return entry is not None and (_high(entry.gut.bloating) or _high(entry.gut.discomfort))


def _digestive_hint(days: Mapping[date, DayEntry], window: int) -> Hint | None:
    logged = [d for d, e in days.items() if _gut_logged(e)]
    bloating = [d for d in logged if _high(days[d].gut.bloating)]
    discomfort = [d for d in logged if _high(days[d].gut.discomfort)]
    stool = [
        d
        for d in logged
        if any(bm.bristol in IRREGULAR_BRISTOL for bm in days[d].gut.bowel_movements)
    ]
    matched = sorted(set(bloating) | set(discomfort) | set(stool))
    if not matched:
        return None
    args = {"window": window, "logged": len(logged)}
    parts = [
        (
            bloating,
            N_(
                "In the last {window} days your journal shows bloating of 4 or more on "
                "{days} of {logged} logged days."
            ),
            N_("Bloating of 4 or more on {days} of {logged} logged days."),
        ),
        (
            discomfort,
            N_(
                "In the last {window} days your journal shows discomfort of 4 or more on "
                "{days} of {logged} logged days."
            ),
            N_("Discomfort of 4 or more on {days} of {logged} logged days."),
        ),
        (
            stool,
            N_(
                "In the last {window} days your journal shows hard or loose stools "
                "(Bristol type 1-2 or 6-7) on {days} of {logged} logged days."
            ),
            N_("Hard or loose stools (Bristol type 1-2 or 6-7) on {days} of {logged} logged days."),
        ),
    ]
    seen = [(found, whole, detail) for found, whole, detail in parts if found]
    details = tuple(Message(detail, {**args, "days": len(found)}) for found, _, detail in seen)
    if len(seen) == 1:
        template = seen[0][1]
    else:
        template = N_(
            "In the last {window} days your journal shows digestive symptoms on {days} of "
            "{logged} logged days."
        )
    return Hint(
        sign="digestive-symptoms",
        days=len(matched),
        logged_days=len(logged),
        window_days=window,
        message=Message(template, {**args, "days": len(matched)}),
        dates=tuple(matched),
        details=details,
    )


def _food_hint(days: Mapping[date, DayEntry], window: int) -> Hint | None:
    logged = sorted(d for d, e in days.items() if e.food.trigger_foods)
    matched = [
        d for d in logged if _symptomatic(days[d]) or _symptomatic(days.get(d + timedelta(days=1)))
    ]
    if not matched:
        return None
    return Hint(
        sign="food-sensitivities",
        days=len(matched),
        logged_days=len(logged),
        window_days=window,
        message=Message(
            N_(
                "In the last {window} days, on {days} of the {logged} days you logged a "
                "trigger food, bloating or discomfort reached 4 or more that day or the next."
            ),
            {"window": window, "days": len(matched), "logged": len(logged)},
        ),
        dates=tuple(matched),
    )


def _mood_hint(days: Mapping[date, DayEntry], window: int) -> Hint | None:
    logged = sorted(d for d, e in days.items() if e.stress.mood is not None)
    matched = [d for d in logged if (days[d].stress.mood or 0) <= LOW_MOOD]
    if not matched:
        return None
    return Hint(
        sign="mood-symptoms",
        days=len(matched),
        logged_days=len(logged),
        window_days=window,
        message=Message(
            N_(
                "In the last {window} days your journal shows a mood of 3 or lower on "
                "{days} of {logged} logged days."
            ),
            {"window": window, "days": len(matched), "logged": len(logged)},
        ),
        dates=tuple(matched),
    )


def journal_hints(
    entries: Sequence[DayEntry], today: date, window_days: int = 30
) -> dict[str, Hint]:
    """What the journal shows for the signs it can speak to, keyed by sign.

    Only days from ``today - window_days + 1`` to ``today`` count, so future
    entries and older ones are ignored (a trigger food logged today is judged
    on today's symptoms only). A sign with nothing logged, or with no
    matching day, gets no hint. If two entries share a day, the later one in
    ``entries`` wins.

    - ``digestive-symptoms``: days with bloating or discomfort of 4 or more,
      or any bowel movement of Bristol type 1-2 or 6-7;
    - ``food-sensitivities``: days with a trigger food logged and bloating or
      discomfort of 4 or more that day or the next;
    - ``mood-symptoms``: days with mood of 3 or lower.
    """
    if window_days < 1:
        raise ValueError("window_days must be at least 1")
    start = today - timedelta(days=window_days - 1)
    days = {entry.day: entry for entry in entries if start <= entry.day <= today}
    hints: dict[str, Hint] = {}
    for build in (_digestive_hint, _food_hint, _mood_hint):
        hint = build(days, window_days)
        if hint is not None:
            hints[hint.sign] = hint
    return hints
