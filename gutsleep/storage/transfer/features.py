"""The features with their own tables, as export sections: nothing stored is left out.

Registered when ``storage.transfer`` is imported. Each section is a list of
items (see :mod:`.items`) with the key that identifies an item across
journals; ``docs/export-format.md`` documents every field. The tests discover
every table of a new journal and fail when one is not carried here.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from gutsleep.domain.experiments import Design, Experiment, validate_experiment
from gutsleep.domain.screening.questions import Answer
from gutsleep.domain.text import N_, Message
from gutsleep.domain.trackers import MAX_NAME, MAX_UNIT, TrackerKind, check_value
from gutsleep.storage.features import (
    articles_repo,
    checklist_repo,
    device_nights_repo,
    experiments_repo,
    regimens_repo,
    trackers_repo,
)
from gutsleep.storage.transfer import device_nights, regimens, sleep_window
from gutsleep.storage.transfer.items import (
    Cell,
    Field,
    Item,
    ItemSpec,
    Store,
    Table,
    check_items,
    decode,
    describe,
    differing,
    encode,
    merge,
)
from gutsleep.storage.transfer.problems import ConflictPolicy
from gutsleep.storage.transfer.sections import Section, register_section

_ID = 120  # characters of an article id (the schema's)

EXPERIMENTS = ItemSpec(
    Table(
        "experiments.csv",
        (
            Field("title", Cell.TEXT, max_chars=200),
            Field("template", Cell.TEXT, max_chars=32),
            Field("change", Cell.TEXT),
            Field("strain", Cell.TEXT, max_chars=200),
            Field("cfu", Cell.TEXT, max_chars=100),
            Field("outcome", Cell.TEXT, max_chars=32),
            Field("design", Cell.TEXT, choices=tuple(d.value for d in Design)),
            Field("phase_days", Cell.INT, minimum=1),
            Field("start", Cell.DATE),
            Field("blocks", Cell.INT, minimum=0),
            Field("ended_on", Cell.DATE, nullable=True),
            Field("ended_early", Cell.BOOL),
            Field("created_at", Cell.DATETIME),
            Field("washout_days", Cell.INT, minimum=0),
            Field("phase_order", Cell.TEXT, max_chars=32),
            Field("randomised", Cell.BOOL),
            Field("seed", Cell.INT, nullable=True),
            Field("smallest_change", Cell.NUMBER, nullable=True, minimum=0),
            Field("plan_changes", Cell.TEXT),
        ),
    ),
    key=("created_at", "template"),
    children={
        "pauses": Table(
            "experiment_pauses.csv",
            (Field("start", Cell.DATE), Field("end", Cell.DATE, nullable=True)),
        ),
        "checkins": Table(
            "experiment_checkins.csv",
            (Field("day", Cell.DATE), Field("done", Cell.BOOL)),
            unique=("day",),
        ),
    },
)

CHECKLIST_RUNS = ItemSpec(
    Table(
        "checklist_runs.csv",
        (
            Field("taken_on", Cell.DATE),
            Field("created_at", Cell.DATETIME),
            Field("updated_at", Cell.DATETIME),
        ),
    ),
    key=("created_at",),
    children={
        "answers": Table(
            "checklist_answers.csv",
            (
                Field("question", Cell.TEXT, max_chars=64),
                Field("answer", Cell.TEXT, choices=tuple(a.value for a in Answer)),
            ),
            unique=("question",),
        )
    },
)

CHECKLIST_DRAFT = ItemSpec(
    Table(
        "checklist_draft.csv",
        (Field("answers", Cell.TEXT, max_chars=4000), Field("updated_at", Cell.DATETIME)),
    ),
    key=(),  # one draft at most: the file's and the journal's are the same item
)

ARTICLE_STATES = ItemSpec(
    Table(
        "article_states.csv",
        (
            Field("article_id", Cell.TEXT, max_chars=_ID),
            Field("read", Cell.BOOL),
            Field("position", Cell.INT, minimum=0),
            Field("last_opened", Cell.DATETIME, nullable=True),
        ),
    ),
    key=("article_id",),
)

BOOKMARKS = ItemSpec(
    Table(
        "bookmarks.csv",
        (
            Field("article_id", Cell.TEXT, max_chars=_ID),
            Field("anchor", Cell.TEXT, max_chars=200),
            Field("section_title", Cell.TEXT, max_chars=300),
            Field("quote", Cell.TEXT),
            Field("note", Cell.TEXT),
            Field("created_at", Cell.DATETIME),
        ),
    ),
    key=("article_id", "anchor", "created_at"),
)

USER_ARTICLES = ItemSpec(
    Table(
        "user_articles.csv",
        (
            Field("article_id", Cell.TEXT, max_chars=_ID),
            Field("title", Cell.TEXT, max_chars=300),
            Field("source_name", Cell.TEXT, max_chars=300),
            Field("source_format", Cell.TEXT, choices=articles_repo.STORED_FORMATS),
            Field("content", Cell.TEXT),
            Field("imported_at", Cell.DATETIME),
        ),
    ),
    key=("article_id",),
)

TRACKERS = ItemSpec(
    Table(
        "trackers.csv",
        (
            Field("uid", Cell.TEXT, max_chars=32),
            Field("name", Cell.TEXT, max_chars=MAX_NAME),
            Field("kind", Cell.TEXT, choices=tuple(k.value for k in TrackerKind)),
            Field("unit", Cell.TEXT, max_chars=MAX_UNIT),
            Field("reminder", Cell.TIME, nullable=True),
            Field("created_at", Cell.DATETIME),
            Field("position", Cell.INT, minimum=0),
            Field("archived", Cell.BOOL),
        ),
    ),
    key=("uid",),
    children={
        "values": Table(
            "tracker_values.csv",
            (Field("day", Cell.DATE), Field("value", Cell.NUMBER)),
            unique=("day",),
        )
    },
)


def _item_problem(number: int, field: str, problem: Message) -> Message:
    """ "item 2, field “seed”: …": where in a section a value is wrong, and why."""
    return Message(
        N_("{where}, field “{field}”: {problem}"),
        {
            "where": Message(N_("item {number}"), {"number": number}),
            "field": field,
            "problem": problem,
        },
    )


def _experiment_problems(data: Any) -> list[Message]:
    """The domain's rules too, so the file can't store an experiment the app would refuse."""
    problems = check_items(EXPERIMENTS, data)
    if problems:
        return problems
    for number, record in enumerate(decode(EXPERIMENTS, data), start=1):
        try:
            plan_changes = experiments_repo.read_plan_changes(record["plan_changes"])
        except ValueError:
            problems.append(
                _item_problem(
                    number, "plan_changes", Message(N_("Expected a list of [date, note] pairs."))
                )
            )
            continue
        experiment = Experiment(
            title=record["title"],
            template=record["template"],
            outcome=record["outcome"],
            start=record["start"],
            design=Design(record["design"]),
            phase_days=record["phase_days"],
            change=record["change"],
            strain=record["strain"],
            cfu=record["cfu"],
            blocks=record["blocks"],
            pauses=tuple((p["start"], p["end"]) for p in record["pauses"]),
            ended_on=record["ended_on"],
            ended_early=record["ended_early"],
            washout_days=record["washout_days"],
            order=record["phase_order"],
            randomised=record["randomised"],
            seed=record["seed"],
            smallest_change=record["smallest_change"],
            plan_changes=plan_changes,
        )
        problems.extend(
            _item_problem(number, p.field.removeprefix("experiment."), p.message)
            for p in validate_experiment(experiment)
        )
    return problems


def _tracker_problems(data: Any) -> list[Message]:
    """Each value within what its tracker's kind accepts, as the app would store it."""
    problems = check_items(TRACKERS, data)
    if problems:
        return problems
    for number, record in enumerate(decode(TRACKERS, data), start=1):
        kind = TrackerKind(record["kind"])
        for index, value in enumerate(record["values"]):
            problem = check_value(kind, value["value"])
            if problem is not None:
                problems.append(_item_problem(number, f"values[{index}]", problem))
    return problems


def _draft_problems(data: Any) -> list[Message]:
    """The draft's answers must be a JSON object of known answers, as the app stores them."""
    problems = check_items(CHECKLIST_DRAFT, data)
    if problems:
        return problems
    for number, record in enumerate(decode(CHECKLIST_DRAFT, data), start=1):
        try:
            answers = json.loads(record["answers"])
        except (ValueError, RecursionError):
            answers = None
        if not isinstance(answers, dict) or any(
            not isinstance(v, str) or v not in {a.value for a in Answer} for v in answers.values()
        ):
            problems.append(
                _item_problem(number, "answers", Message(N_("Expected the checklist's answers.")))
            )
    if len(data) > 1:
        problems.append(Message(N_("A journal has at most one checklist not saved yet.")))
    return problems


def _section(
    name: str, spec: ItemSpec, store: Store, validate: Any = None, description: str = ""
) -> Section:
    def export(session: Session, first: date | None, last: date | None) -> Any:
        items = encode(spec, store.load(session))
        return items or None

    def import_(session: Session, data: Any, policy: ConflictPolicy) -> int:
        return merge(name, spec, store, session, decode(spec, data), policy)

    def check(data: Any) -> list[Message]:
        return check_items(spec, data)

    def conflicts(session: Session, data: Any) -> list[str]:
        keys = differing(spec, store, session, decode(spec, data))
        return [describe(key) for key in keys]

    return register_section(
        Section(
            name, export, import_, validate or check, description, items=spec, conflicts=conflicts
        )
    )


_section(
    "experiments",
    EXPERIMENTS,
    Store(
        experiments_repo.experiment_records,
        experiments_repo.insert_experiment_record,
        lambda session, key: experiments_repo.delete_experiment_record(session, *key),
    ),
    _experiment_problems,
)
_section(
    "checklist_runs",
    CHECKLIST_RUNS,
    Store(
        checklist_repo.run_records,
        checklist_repo.insert_run_record,
        lambda session, key: checklist_repo.delete_run_record(session, *key),
    ),
)
_section(
    "checklist_draft",
    CHECKLIST_DRAFT,
    Store(
        checklist_repo.draft_records,
        checklist_repo.insert_draft_record,
        lambda session, _key: checklist_repo.delete_draft_record(session),
    ),
    _draft_problems,
)
_section(
    "article_states",
    ARTICLE_STATES,
    Store(
        articles_repo.state_records,
        articles_repo.insert_state_record,
        lambda session, key: articles_repo.delete_state_record(session, *key),
    ),
)
_section(
    "bookmarks",
    BOOKMARKS,
    Store(
        articles_repo.bookmark_records,
        articles_repo.insert_bookmark_record,
        lambda session, key: articles_repo.delete_bookmark_record(session, *key),
    ),
)
_section(
    "user_articles",
    USER_ARTICLES,
    Store(
        articles_repo.article_records,
        articles_repo.insert_article_record,
        lambda session, key: articles_repo.delete_article_record(session, *key),
    ),
)

_section(
    "sleep_window_screen",
    sleep_window.SCREEN,
    Store(
        sleep_window.screen_records,
        sleep_window.insert_screen_record,
        lambda session, key: sleep_window.delete_screen_record(session, *key),
    ),
)
_section(
    "sleep_windows",
    sleep_window.WINDOWS,
    Store(
        sleep_window.window_records,
        sleep_window.insert_window_record,
        lambda session, key: sleep_window.delete_window_record(session, *key),
    ),
)
_section(
    "trackers",
    TRACKERS,
    Store(
        trackers_repo.tracker_records,
        trackers_repo.insert_tracker_record,
        lambda session, key: trackers_repo.delete_tracker_record(session, *key),
    ),
    _tracker_problems,
)

_section(
    "device_nights",
    device_nights.DEVICE_NIGHTS,
    Store(
        device_nights_repo.records,
        device_nights_repo.insert_record,
        lambda session, key: device_nights_repo.delete_record(session, *key),
    ),
)

_section(
    "regimens",
    regimens.REGIMENS,
    Store(
        regimens_repo.regimen_records,
        regimens_repo.insert_regimen_record,
        lambda session, key: regimens_repo.delete_regimen_record(session, *key),
    ),
    regimens.regimen_problems,
)

__all__ = [
    "ARTICLE_STATES",
    "BOOKMARKS",
    "CHECKLIST_DRAFT",
    "CHECKLIST_RUNS",
    "EXPERIMENTS",
    "TRACKERS",
    "USER_ARTICLES",
    "Item",
]
