"""The workflow state machine: every transition, who may take it, and the reasons when not."""

from __future__ import annotations

import itertools

import pytest

from editor_app.core.article import WorkflowState as S
from editor_app.core.workflow import (
    REMOTE_STATUS,
    TRANSITIONS,
    Action,
    Actor,
    Role,
    allowed_actions,
    apply,
    decide,
    is_editable_by_reporter,
    role_from_site,
    state_from_remote,
)
from editor_app.errors import QalamError

CONTRIBUTOR, AUTHOR, EDITOR, ADMIN = (Actor(r) for r in Role)


def test_full_newsroom_path() -> None:
    state = S.DRAFT
    state = apply(Action.SUBMIT, state, CONTRIBUTOR, own=True)
    assert state is S.SUBMITTED
    state = apply(Action.START_REVIEW, state, EDITOR, own=False)
    assert state is S.IN_REVIEW
    state = apply(Action.RETURN, state, EDITOR, own=False)
    assert state is S.RETURNED
    state = apply(Action.SUBMIT, state, CONTRIBUTOR, own=True)  # resubmit
    assert state is S.SUBMITTED
    state = apply(Action.APPROVE, state, EDITOR, own=False)
    assert state is S.APPROVED
    state = apply(Action.SCHEDULE, state, EDITOR, own=False)
    assert state is S.SCHEDULED
    assert decide(Action.MARK_PUBLISHED, state, ADMIN, own=False).allowed is False  # only the site
    state = apply(Action.UNPUBLISH, S.PUBLISHED, EDITOR, own=False)
    assert state is S.DRAFT


def test_contributor_cannot_publish_and_is_told_why() -> None:
    decision = decide(Action.PUBLISH, S.DRAFT, CONTRIBUTOR, own=True)
    assert not decision.allowed
    assert decision.reason is not None and "submit" in decision.reason.render()
    with pytest.raises(QalamError):
        apply(Action.PUBLISH, S.DRAFT, CONTRIBUTOR, own=True)


def test_author_publishes_own_but_not_others() -> None:
    assert decide(Action.PUBLISH, S.DRAFT, AUTHOR, own=True).allowed
    other = decide(Action.PUBLISH, S.SUBMITTED, AUTHOR, own=False)
    assert not other.allowed and other.reason is not None and "own" in other.reason.render()


def test_reporters_cannot_review() -> None:
    for actor in (CONTRIBUTOR, AUTHOR):
        for action in (Action.START_REVIEW, Action.RETURN, Action.APPROVE):
            d = decide(action, S.SUBMITTED, actor, own=True)
            assert not d.allowed
            assert d.reason is not None and "editor" in d.reason.render()


def test_wrong_state_names_the_state_translated() -> None:
    d = decide(Action.APPROVE, S.DRAFT, EDITOR, own=False)
    assert d.reason is not None
    table = {
        ("Workflow", "This cannot be done while the article is {state}."): "لا يمكن هذا والمقال {state}.",
        ("Workflow", "Draft"): "مسودة",
    }
    assert d.reason.render(lambda c, t: table.get((c, t), t)) == "لا يمكن هذا والمقال مسودة."


def test_allowed_actions_per_role() -> None:
    assert allowed_actions(S.DRAFT, CONTRIBUTOR, own=True) == [Action.SUBMIT]
    assert set(allowed_actions(S.DRAFT, AUTHOR, own=True)) == {Action.SUBMIT, Action.PUBLISH, Action.SCHEDULE}
    assert set(allowed_actions(S.SUBMITTED, CONTRIBUTOR, own=True)) == {Action.WITHDRAW}
    editor_actions = set(allowed_actions(S.SUBMITTED, EDITOR, own=False))
    assert {
        Action.START_REVIEW,
        Action.RETURN,
        Action.APPROVE,
        Action.PUBLISH,
        Action.SCHEDULE,
    } <= editor_actions


def test_every_state_and_role_has_a_decision_with_reason_when_refused() -> None:
    for state, actor, action, own in itertools.product(
        S, (CONTRIBUTOR, AUTHOR, EDITOR, ADMIN), Action, (True, False)
    ):
        d = decide(action, state, actor, own=own)
        assert d.allowed == (d.target is not None)
        if not d.allowed:
            assert d.reason is not None and d.reason.render()


def test_transitions_are_consistent() -> None:
    assert {t.action for t in TRANSITIONS} == set(Action)
    assert set(REMOTE_STATUS) == set(S)


@pytest.mark.parametrize(
    ("roles", "caps", "expected"),
    [
        (["contributor"], {"edit_posts": True}, Role.CONTRIBUTOR),
        (["author"], {"edit_posts": True, "publish_posts": True}, Role.AUTHOR),
        (["editor"], {"edit_others_posts": True}, Role.EDITOR),
        (["administrator"], {"manage_options": True}, Role.ADMINISTRATOR),
        (
            ["custom_desk"],
            {"edit_posts": True, "publish_posts": True, "edit_others_posts": True},
            Role.EDITOR,
        ),
        ([], {}, Role.CONTRIBUTOR),
    ],
)
def test_role_from_site(roles: list[str], caps: dict[str, bool], expected: Role) -> None:
    assert role_from_site(roles, caps) is expected


def test_remote_round_trip_of_states() -> None:
    for state in S:
        meta = state.value if state in (S.IN_REVIEW, S.APPROVED, S.RETURNED) else None
        assert state_from_remote(REMOTE_STATUS[state], meta) is state
    assert state_from_remote("draft", None, returned_notes=True) is S.RETURNED


def test_reporter_editing_lock() -> None:
    assert is_editable_by_reporter(S.DRAFT) and is_editable_by_reporter(S.RETURNED)
    assert not any(is_editable_by_reporter(s) for s in (S.SUBMITTED, S.IN_REVIEW, S.APPROVED, S.SCHEDULED))
