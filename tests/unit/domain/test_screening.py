"""The screening checklist, the testing decision aid, history and journal hints."""

from __future__ import annotations

import itertools
import re
import string
from collections.abc import Mapping
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gutsleep.domain.journal import BowelMovement, DayEntry, Food, Gut, StressMood
from gutsleep.domain.screening.evaluate import (
    Change,
    ScreeningCategory,
    ScreeningResult,
    TestingAdvice,
    TestingCategory,
    compare,
    evaluate_checklist,
    evaluate_testing,
)
from gutsleep.domain.screening.hints import journal_hints
from gutsleep.domain.screening.questions import (
    ALL_KEYS,
    DIGESTION_FINE,
    NOT_MEDICAL_ADVICE,
    SIGNS,
    TESTING_CONDITIONS,
    TESTING_TIER_CONTEXT,
    TIER_CONTEXT,
    Answer,
    Condition,
    Sign,
    parse_answers,
    question_for,
)
from gutsleep.domain.text import Message

SIGN_KEYS = (
    "digestive-symptoms",
    "food-sensitivities",
    "autoimmune",
    "antibiotics",
    "inflammation-markers",
    "mood-symptoms",
)
FORBIDDEN = ("diagnos", "disease", "danger", "alarm", "urgent", "emergency", "warning")
CHOICES: tuple[Answer | None, ...] = (Answer.YES, Answer.NO, Answer.UNSURE, None)
FOR_KEYS = tuple(c.key for c in TESTING_CONDITIONS if c.side == "for")
AGAINST_KEYS = tuple(c.key for c in TESTING_CONDITIONS if c.side == "against")


def answers_of(keys: tuple[str, ...], values: tuple[Answer | None, ...]) -> dict[str, Answer]:
    return {key: value for key, value in zip(keys, values, strict=True) if value is not None}


def rendered(messages: tuple[Message, ...]) -> list[str]:
    return [message.render() for message in messages]


def assert_gentle(text: str) -> None:
    lowered = text.lower()
    for word in FORBIDDEN:
        assert word not in lowered, f"{word!r} in {text!r}"


# --------------------------------------------------------------------------
# The checklist's content
# --------------------------------------------------------------------------


def test_six_signs_with_their_keys_and_anchors() -> None:
    assert tuple(sign.key for sign in SIGNS) == SIGN_KEYS
    for sign in SIGNS:
        assert sign.article == "signs"
        assert sign.anchor == sign.key
        assert sign.question.endswith("?")
        assert sign.explanation and "\n" not in sign.explanation
        assert sign.noted and sign.unsure and sign.label


def test_digestion_question_confirms_the_none_apply_case() -> None:
    assert DIGESTION_FINE.key == "digestion-fine"
    assert DIGESTION_FINE.question == "Is your digestion generally comfortable and regular?"
    assert DIGESTION_FINE.key not in SIGN_KEYS


def test_four_conditions_each_side_pointing_at_the_testing_section() -> None:
    assert len(FOR_KEYS) == 4
    assert len(AGAINST_KEYS) == 4
    assert len({c.key for c in TESTING_CONDITIONS}) == 8
    for condition in TESTING_CONDITIONS:
        assert (condition.article, condition.anchor) == ("foundations", "testing")
        assert condition.question.endswith("?")
        assert condition.reason and condition.find_out and condition.explanation


def test_keys_are_unique_across_checklist_and_decision_aid() -> None:
    assert len(ALL_KEYS) == len(set(ALL_KEYS)) == 6 + 1 + 8
    for key in ALL_KEYS:
        assert question_for(key)
    assert question_for("nope") is None


def test_no_alarming_words_in_any_question_or_sentence() -> None:
    items: list[Sign | Condition] = [*SIGNS, DIGESTION_FINE, *TESTING_CONDITIONS]
    for item in items:
        for text in vars(item).values():
            if isinstance(text, str):
                assert_gentle(text)


# --------------------------------------------------------------------------
# Checklist outcomes
# --------------------------------------------------------------------------


def oracle(answers: Mapping[str, Answer]) -> ScreeningCategory:
    """Independent reading of the documented rules, by counting."""
    yes = sum(answers.get(k) == Answer.YES for k in SIGN_KEYS)
    no = sum(answers.get(k) == Answer.NO for k in SIGN_KEYS)
    unsure = sum(answers.get(k) == Answer.UNSURE for k in SIGN_KEYS)
    if yes:
        return ScreeningCategory.GUT_WORTH_A_LOOK
    if yes + no + unsure < 6:
        return ScreeningCategory.INCOMPLETE
    if unsure:
        return ScreeningCategory.UNCERTAIN
    assert no == 6
    if answers.get("digestion-fine") == Answer.YES:
        return ScreeningCategory.PROBABLY_NOT_FIRST
    return ScreeningCategory.NONE_BUT_DIGESTION_UNCLEAR


def check_result(answers: Mapping[str, Answer], result: ScreeningResult) -> None:
    assert result.category is oracle(answers)
    assert result.applying == tuple(s for s in SIGNS if answers.get(s.key) is Answer.YES)
    assert result.unsure == tuple(s for s in SIGNS if answers.get(s.key) is Answer.UNSURE)
    assert result.unanswered == tuple(s for s in SIGNS if s.key not in answers)
    assert result.digestion_fine is answers.get("digestion-fine")
    assert result.tier_context == TIER_CONTEXT
    assert result.not_medical_advice == NOT_MEDICAL_ADVICE
    assert result.messages[-1] == NOT_MEDICAL_ADVICE
    texts = rendered(result.messages)
    for text in texts:
        assert_gentle(text)
    explanation = rendered(result.explanation)
    for sign in SIGNS:
        assert (sign.noted in explanation) == (sign in result.applying)
        assert (sign.unsure in explanation) == (sign in result.unsure)


def test_every_combination_of_answers_maps_to_its_category() -> None:
    seen: set[ScreeningCategory] = set()
    for values in itertools.product(CHOICES, repeat=6):
        for digestion in CHOICES:
            answers = answers_of(SIGN_KEYS, values)
            if digestion is not None:
                answers["digestion-fine"] = digestion
            result = evaluate_checklist(answers)
            check_result(answers, result)
            seen.add(result.category)
    assert seen == set(ScreeningCategory)


@given(
    st.dictionaries(
        st.sampled_from((*ALL_KEYS, "unknown-key")),
        st.sampled_from(Answer),
    )
)
def test_any_answers_including_foreign_keys(answers: dict[str, Answer]) -> None:
    check_result(answers, evaluate_checklist(answers))


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        ({}, ScreeningCategory.INCOMPLETE),
        ({"antibiotics": Answer.YES}, ScreeningCategory.GUT_WORTH_A_LOOK),
        (dict.fromkeys(SIGN_KEYS, Answer.UNSURE), ScreeningCategory.UNCERTAIN),
        (
            {**dict.fromkeys(SIGN_KEYS, Answer.NO), "autoimmune": Answer.UNSURE},
            ScreeningCategory.UNCERTAIN,
        ),
        (
            {"autoimmune": Answer.UNSURE, "antibiotics": Answer.NO},
            ScreeningCategory.INCOMPLETE,
        ),
        (
            {**dict.fromkeys(SIGN_KEYS, Answer.NO), "digestion-fine": Answer.YES},
            ScreeningCategory.PROBABLY_NOT_FIRST,
        ),
        (dict.fromkeys(SIGN_KEYS, Answer.NO), ScreeningCategory.NONE_BUT_DIGESTION_UNCLEAR),
        (
            {**dict.fromkeys(SIGN_KEYS, Answer.NO), "digestion-fine": Answer.UNSURE},
            ScreeningCategory.NONE_BUT_DIGESTION_UNCLEAR,
        ),
        (
            {**dict.fromkeys(SIGN_KEYS, Answer.NO), "digestion-fine": Answer.NO},
            ScreeningCategory.NONE_BUT_DIGESTION_UNCLEAR,
        ),
        (
            {**dict.fromkeys(SIGN_KEYS, Answer.UNSURE), "digestion-fine": Answer.YES},
            ScreeningCategory.UNCERTAIN,
        ),
    ],
)
def test_examples(answers: dict[str, Answer], expected: ScreeningCategory) -> None:
    assert evaluate_checklist(answers).category is expected


def test_applying_signs_are_named_in_plain_words() -> None:
    result = evaluate_checklist(
        {
            "digestive-symptoms": Answer.YES,
            "mood-symptoms": Answer.YES,
            "autoimmune": Answer.UNSURE,
            "antibiotics": Answer.NO,
        }
    )
    assert [s.key for s in result.applying] == ["digestive-symptoms", "mood-symptoms"]
    assert [s.key for s in result.unsure] == ["autoimmune"]
    text = " ".join(rendered(result.explanation))
    assert "bloating" in text
    assert "mood symptoms that have not eased" in text
    assert "not sure about an autoimmune condition" in text
    assert "answered 4 of the 6 questions" in text


def test_unsure_is_explicit_and_points_at_a_way_to_find_out() -> None:
    answers = {**dict.fromkeys(SIGN_KEYS, Answer.NO), "inflammation-markers": Answer.UNSURE}
    result = evaluate_checklist(answers)
    assert result.category is ScreeningCategory.UNCERTAIN
    assert result.applying == ()
    assert [s.key for s in result.unsure] == ["inflammation-markers"]
    assert "inflammation markers" in " ".join(rendered(result.explanation))


def test_digestion_answer_changes_the_none_apply_explanation() -> None:
    base = dict.fromkeys(SIGN_KEYS, Answer.NO)
    lines = {
        value: tuple(rendered(evaluate_checklist({**base, **extra}).explanation))
        for value, extra in [
            ("missing", {}),
            ("no", {"digestion-fine": Answer.NO}),
            ("unsure", {"digestion-fine": Answer.UNSURE}),
            ("yes", {"digestion-fine": Answer.YES}),
        ]
    }
    assert len(set(lines.values())) == 4
    assert "last question" in lines["missing"][0]
    assert "not generally comfortable" in lines["no"][0]


def test_tier_context_names_first_tier_options() -> None:
    text = " ".join(rendered(TIER_CONTEXT))
    assert "third tier" in text
    for option in ("CBT-I", "hormone therapy including progesterone", "sleep apnoea"):
        assert option in text
    assert "mood disorders" in text
    assert "not medical advice" in NOT_MEDICAL_ADVICE.render()


def test_messages_are_complete_sentences_with_every_placeholder_filled() -> None:
    result = evaluate_checklist({"digestive-symptoms": Answer.YES})
    for message in result.messages:
        text = message.render()
        assert "{" not in text
        assert text[0] in string.ascii_uppercase


# --------------------------------------------------------------------------
# The testing decision aid
# --------------------------------------------------------------------------


def balance_oracle(answers: Mapping[str, Answer]) -> TestingCategory:
    if any(key not in answers for key in (*FOR_KEYS, *AGAINST_KEYS)):
        return TestingCategory.INCOMPLETE
    pro = [k for k in FOR_KEYS if answers[k] == Answer.YES]
    con = [k for k in AGAINST_KEYS if answers[k] == Answer.YES]
    if len(pro) >= 2 and not con:
        return TestingCategory.LIKELY_USEFUL
    if not pro or len(con) > len(pro):
        return TestingCategory.PROBABLY_NOT_NEEDED
    return TestingCategory.MIXED


def check_advice(answers: Mapping[str, Answer], advice: TestingAdvice) -> None:
    assert advice.category is balance_oracle(answers)
    assert [c.key for c in advice.reasons_for] == [
        k for k in FOR_KEYS if answers.get(k) is Answer.YES
    ]
    assert [c.key for c in advice.reasons_against] == [
        k for k in AGAINST_KEYS if answers.get(k) is Answer.YES
    ]
    assert [c.key for c in advice.to_find_out] == [
        c.key for c in TESTING_CONDITIONS if answers.get(c.key) is Answer.UNSURE
    ]
    assert advice.tier_context == TESTING_TIER_CONTEXT
    assert advice.not_medical_advice == NOT_MEDICAL_ADVICE
    reasons = rendered(advice.reasons)
    find_out = rendered(advice.find_out)
    for condition in TESTING_CONDITIONS:
        answer = answers.get(condition.key)
        assert (condition.reason in reasons) == (answer is Answer.YES)
        assert (condition.find_out in find_out) == (answer is Answer.UNSURE)
    assert ("Worth finding out:" in find_out) == bool(advice.to_find_out)
    for text in rendered(advice.messages):
        assert_gentle(text)
        assert "{" not in text


def test_every_complete_decision_aid_answer_set() -> None:
    seen: set[TestingCategory] = set()
    keys = tuple(c.key for c in TESTING_CONDITIONS)
    for values in itertools.product((Answer.YES, Answer.NO, Answer.UNSURE), repeat=8):
        answers = answers_of(keys, values)
        advice = evaluate_testing(answers)
        check_advice(answers, advice)
        seen.add(advice.category)
    assert seen == set(TestingCategory) - {TestingCategory.INCOMPLETE}


@given(
    st.dictionaries(
        st.sampled_from([c.key for c in TESTING_CONDITIONS] + ["digestion-fine"]),
        st.sampled_from(Answer),
    )
)
def test_any_decision_aid_answers(answers: dict[str, Answer]) -> None:
    advice = evaluate_testing(answers)
    check_advice(answers, advice)
    # settled: no yes/no resolution of the unsure answers changes the balance
    unsure = [c.key for c in advice.to_find_out]
    outcomes = set()
    for values in itertools.product((Answer.YES, Answer.NO), repeat=len(unsure)):
        resolved = {**answers, **dict(zip(unsure, values, strict=True))}
        full = {**dict.fromkeys((*FOR_KEYS, *AGAINST_KEYS), Answer.NO), **resolved}
        outcomes.add(evaluate_testing(full).category)
    current = evaluate_testing({**dict.fromkeys((*FOR_KEYS, *AGAINST_KEYS), Answer.NO), **answers})
    assert advice.settled == (outcomes == {current.category})


def full(**yes: Answer) -> dict[str, Answer]:
    answers = dict.fromkeys((*FOR_KEYS, *AGAINST_KEYS), Answer.NO)
    answers.update({key.replace("_", "-"): value for key, value in yes.items()})
    return answers


Y, U = Answer.YES, Answer.UNSURE


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        (full(persistent_gi_symptoms=Y, foundations_tried=Y), TestingCategory.LIKELY_USEFUL),
        (
            full(persistent_gi_symptoms=Y, foundations_tried=Y, want_data=Y, practitioner=Y),
            TestingCategory.LIKELY_USEFUL,
        ),
        (full(want_data=Y), TestingCategory.MIXED),
        (full(), TestingCategory.PROBABLY_NOT_NEEDED),
        (full(cost_prohibitive=Y), TestingCategory.PROBABLY_NOT_NEEDED),
        (
            full(persistent_gi_symptoms=Y, foundations_tried=Y, cost_prohibitive=Y),
            TestingCategory.MIXED,
        ),
        (
            full(want_data=Y, results_change_nothing=Y, foundations_not_tried=Y),
            TestingCategory.PROBABLY_NOT_NEEDED,
        ),
        (full(want_data=Y, practitioner=Y, cost_prohibitive=Y), TestingCategory.MIXED),
        (full(want_data=U, practitioner=U), TestingCategory.PROBABLY_NOT_NEEDED),
        ({"want-data": Y, "practitioner": Y}, TestingCategory.INCOMPLETE),
        ({}, TestingCategory.INCOMPLETE),
    ],
)
def test_decision_aid_examples(answers: dict[str, Answer], expected: TestingCategory) -> None:
    assert evaluate_testing(answers).category is expected


def test_unsure_counts_on_neither_side_but_is_named() -> None:
    advice = evaluate_testing(full(persistent_gi_symptoms=Y, foundations_tried=Y, practitioner=U))
    assert advice.category is TestingCategory.LIKELY_USEFUL
    assert [c.key for c in advice.to_find_out] == ["practitioner"]
    assert advice.settled
    assert "Whether a practitioner you see can interpret these tests." in rendered(advice.find_out)

    open_question = evaluate_testing(full(persistent_gi_symptoms=Y, want_data=U))
    assert open_question.category is TestingCategory.MIXED
    assert not open_question.settled
    assert any("could change the picture" in t for t in rendered(open_question.find_out))


def test_reasons_list_both_sides_even_when_incomplete() -> None:
    advice = evaluate_testing({"want-data": Y, "cost-prohibitive": Y, "practitioner": Answer.NO})
    assert advice.category is TestingCategory.INCOMPLETE
    assert [c.key for c in advice.unanswered] == [
        "persistent-gi-symptoms",
        "foundations-tried",
        "digestion-basically-fine",
        "foundations-not-tried",
        "results-change-nothing",
    ]
    assert rendered(advice.reasons) == [
        "In favour of testing:",
        "You want results to guide specific next steps.",
        "Against testing for now:",
        "The cost would be a strain.",
    ]
    assert "third tier" in " ".join(rendered(advice.tier_context))


# --------------------------------------------------------------------------
# History
# --------------------------------------------------------------------------


def test_compare_lists_changes_in_display_order() -> None:
    before = {
        "mood-symptoms": Answer.NO,
        "antibiotics": Answer.UNSURE,
        "digestion-fine": Answer.YES,
        "want-data": Answer.NO,
        "zz-old": Answer.NO,
    }
    after = {
        "mood-symptoms": Answer.NO,
        "antibiotics": Answer.YES,
        "digestive-symptoms": Answer.YES,
        "want-data": Answer.NO,
        "aa-new": Answer.YES,
    }
    assert compare(before, after) == [
        Change("digestive-symptoms", None, Answer.YES),
        Change("antibiotics", Answer.UNSURE, Answer.YES),
        Change("digestion-fine", Answer.YES, None),
        Change("aa-new", None, Answer.YES),
        Change("zz-old", Answer.NO, None),
    ]


def test_compare_same_answers_is_empty() -> None:
    answers = {"autoimmune": Answer.NO}
    assert compare(answers, dict(answers)) == []
    assert compare({}, {}) == []


@given(
    st.dictionaries(st.sampled_from(ALL_KEYS), st.sampled_from(Answer)),
    st.dictionaries(st.sampled_from(ALL_KEYS), st.sampled_from(Answer)),
)
def test_compare_round_trip(before: dict[str, Answer], after: dict[str, Answer]) -> None:
    changes = compare(before, after)
    patched = dict(before)
    for change in changes:
        assert change.before != change.after
        if change.after is None:
            del patched[change.key]
        else:
            patched[change.key] = change.after
    assert patched == after
    assert [c.key for c in changes] == [k for k in ALL_KEYS if k in {c.key for c in changes}]


def test_parse_answers_drops_blank_and_unknown_values() -> None:
    assert parse_answers({"a": "yes", "b": " No ", "c": "", "d": "maybe", "e": "unsure"}) == {
        "a": Answer.YES,
        "b": Answer.NO,
        "e": Answer.UNSURE,
    }


# --------------------------------------------------------------------------
# Journal hints
# --------------------------------------------------------------------------

TODAY = date(2024, 3, 31)


def day(d: int, month: int = 3, **parts: object) -> DayEntry:
    return DayEntry(day=date(2024, month, d), **parts)  # type: ignore[arg-type]


def gut(
    bloating: int | None = None, discomfort: int | None = None, bristol: tuple[int, ...] = ()
) -> Gut:
    return Gut(
        bloating=bloating,
        discomfort=discomfort,
        bowel_movements=tuple(BowelMovement(b) for b in bristol),
    )


SEEDED = [
    # outside the window (window starts 2 March): never counted
    day(1, gut=gut(9, 9, (1,)), food=Food(trigger_foods=("dairy",)), stress=StressMood(mood=0)),
    day(2, gut=gut(bloating=4), stress=StressMood(mood=3)),  # both thresholds inclusive
    day(3, gut=gut(bloating=3, discomfort=5)),
    day(4, gut=gut(bristol=(4, 7))),
    day(5, gut=gut(3, 3, (3, 5)), stress=StressMood(mood=4)),  # logged, nothing matched
    day(6, gut=gut(bloating=2), food=Food(trigger_foods=("dairy",))),  # next day counts
    day(7, gut=gut(discomfort=6)),
    day(8, gut=gut(bloating=0), food=Food(trigger_foods=("gluten",))),
    day(9, gut=gut(bloating=1)),
    day(10, gut=gut(bloating=8), food=Food(trigger_foods=("gluten", "dairy"))),
    day(12, stress=StressMood(mood=10)),
    day(13, stress=StressMood(mood=0)),
    day(15),
    day(20, gut=gut(bristol=(1,))),
    # today: a trigger food with no symptoms; tomorrow is in the future and ignored
    day(31, gut=gut(bloating=0), food=Food(trigger_foods=("dairy",))),
    day(1, month=4, gut=gut(9, 9, (7,)), stress=StressMood(mood=0)),
]


def test_hints_are_counted_exactly() -> None:
    hints = journal_hints(SEEDED, TODAY)
    assert set(hints) == {"digestive-symptoms", "food-sensitivities", "mood-symptoms"}

    digestive = hints["digestive-symptoms"]
    assert (digestive.days, digestive.logged_days, digestive.window_days) == (6, 11, 30)
    assert [d.day for d in digestive.dates] == [2, 3, 4, 7, 10, 20]
    assert digestive.message.render() == (
        "In the last 30 days your journal shows digestive symptoms on 6 of 11 logged days."
    )
    assert rendered(digestive.details) == [
        "Bloating of 4 or more on 2 of 11 logged days.",
        "Discomfort of 4 or more on 2 of 11 logged days.",
        "Hard or loose stools (Bristol type 1-2 or 6-7) on 2 of 11 logged days.",
    ]

    food = hints["food-sensitivities"]
    assert (food.days, food.logged_days) == (2, 4)
    assert food.dates == (date(2024, 3, 6), date(2024, 3, 10))
    assert food.message.render() == (
        "In the last 30 days, on 2 of the 4 days you logged a trigger food, bloating or "
        "discomfort reached 4 or more that day or the next."
    )

    mood = hints["mood-symptoms"]
    assert (mood.days, mood.logged_days) == (2, 4)
    assert mood.message.render() == (
        "In the last 30 days your journal shows a mood of 3 or lower on 2 of 4 logged days."
    )
    for hint in hints.values():
        assert_gentle(hint.message.render())
        assert hint.sign in SIGN_KEYS


def test_single_kind_of_digestive_symptom_is_named() -> None:
    entries = [day(d, gut=gut(bloating=5 if d % 2 == 0 else 1)) for d in range(10, 31)]
    hint = journal_hints(entries, TODAY)["digestive-symptoms"]
    assert hint.message.render() == (
        "In the last 30 days your journal shows bloating of 4 or more on 11 of 21 logged days."
    )


def test_no_hints_for_an_empty_journal_or_outside_the_window() -> None:
    assert journal_hints([], TODAY) == {}
    assert journal_hints(SEEDED, TODAY + timedelta(days=60)) == {}
    assert journal_hints(SEEDED, date(2024, 2, 28)) == {}
    assert journal_hints([day(5, gut=gut(1, 1, (4,)), stress=StressMood(mood=8))], TODAY) == {}


def test_window_bounds_are_inclusive() -> None:
    hints = journal_hints(SEEDED, date(2024, 3, 3), window_days=2)
    assert hints["digestive-symptoms"].days == 2
    assert hints["mood-symptoms"].days == 1
    assert "food-sensitivities" not in hints
    only_first = journal_hints(SEEDED, date(2024, 3, 1), window_days=1)
    assert only_first["digestive-symptoms"].days == 1
    # the trigger food on 1 March counts on that day's own symptoms
    assert only_first["food-sensitivities"].days == 1
    with pytest.raises(ValueError):
        journal_hints(SEEDED, TODAY, window_days=0)


def test_trigger_food_judged_on_the_next_day_within_the_window() -> None:
    entries = [
        day(30, food=Food(trigger_foods=("dairy",))),
        day(31, gut=gut(discomfort=4)),
    ]
    assert journal_hints(entries, date(2024, 3, 30)) == {}
    assert journal_hints(entries, TODAY)["food-sensitivities"].days == 1


@given(
    st.lists(
        st.builds(
            lambda offset, bloating, discomfort, bristol, mood, trigger: DayEntry(
                day=TODAY - timedelta(days=offset),
                gut=gut(bloating, discomfort, tuple(bristol)),
                food=Food(trigger_foods=("dairy",) if trigger else ()),
                stress=StressMood(mood=mood),
            ),
            st.integers(-5, 45),
            st.none() | st.integers(0, 10),
            st.none() | st.integers(0, 10),
            st.lists(st.integers(1, 7), max_size=3),
            st.none() | st.integers(0, 10),
            st.booleans(),
        ),
        unique_by=lambda e: e.day,
        max_size=50,
    )
)
def test_hints_match_a_day_by_day_recount(entries: list[DayEntry]) -> None:
    hints = journal_hints(entries, TODAY)
    in_window = [e for e in entries if 0 <= (TODAY - e.day).days < 30]
    by_day = {e.day: e for e in entries}

    def high(e: DayEntry | None) -> bool:
        return e is not None and max(e.gut.bloating or 0, e.gut.discomfort or 0) >= 4

    digestive = [
        e
        for e in in_window
        if high(e) or {bm.bristol for bm in e.gut.bowel_movements} & {1, 2, 6, 7}
    ]
    food = [
        e
        for e in in_window
        if e.food.trigger_foods
        and (high(e) or (e.day < TODAY and high(by_day.get(e.day + timedelta(days=1)))))
    ]
    mood = [e for e in in_window if e.stress.mood is not None and e.stress.mood <= 3]
    for key, matched in [
        ("digestive-symptoms", digestive),
        ("food-sensitivities", food),
        ("mood-symptoms", mood),
    ]:
        if matched:
            assert hints[key].days == len(matched)
            assert hints[key].dates == tuple(sorted(e.day for e in matched))
            assert hints[key].days <= hints[key].logged_days <= 30
            assert re.search(rf"\b{len(matched)} of\b", hints[key].message.render())
        else:
            assert key not in hints


def test_later_entry_for_the_same_day_wins() -> None:
    entries = [day(20, stress=StressMood(mood=1)), day(20, stress=StressMood(mood=9))]
    assert journal_hints(entries, TODAY) == {}
