"""The questions of the gut screening checklist and the stool-testing decision aid.

Pure data: each question with the sentences a result shows for it, and the
evidence-tier context every result carries. The rules that weigh the answers
are in :mod:`gutsleep.domain.screening.evaluate`, the journal hints in
:mod:`gutsleep.domain.screening.hints`; keeping the wording apart from the
rules lets either change without reading through the other.

Answers are stored per question key as :class:`Answer`; a question the person
has not answered is simply absent from the mapping. User-visible text is
English source text marked with :func:`N_` or wrapped in :class:`Message`;
the UI translates it. Sentences that depend on which signs apply are whole
per-sign sentences rather than lists glued together, so translators always
see complete sentences.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final, Literal

from gutsleep.domain.text import N_, Message

__all__ = [
    "ALL_KEYS",
    "DIGESTION_FINE",
    "NOT_MEDICAL_ADVICE",
    "SIGNS",
    "SIGN_KEYS",
    "TESTING_CONDITIONS",
    "TESTING_TIER_CONTEXT",
    "TIER_CONTEXT",
    "Answer",
    "Condition",
    "Side",
    "Sign",
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

SIGN_KEYS: Final = tuple(sign.key for sign in SIGNS)

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


# --------------------------------------------------------------------------
# History
# --------------------------------------------------------------------------

#: Every question key in display order: the six signs, the digestion
#: question, then the decision aid.
ALL_KEYS: Final[tuple[str, ...]] = (
    *SIGN_KEYS,
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
