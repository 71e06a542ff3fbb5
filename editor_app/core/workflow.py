"""The editorial workflow as an explicit state machine: states, actions, who may take them, and why not.

Roles come from the site's capabilities: contributors and authors act as reporters (an
author may also publish their own work), editors and administrators act as editors.
The machine is pure: it decides; the publish layer carries the decision to the site.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from editor_app.core.article import WorkflowState as S
from editor_app.core.i18n import QT_TRANSLATE_NOOP, UserMessage

_CTX = "Workflow"


class Role(StrEnum):
    CONTRIBUTOR = "contributor"
    AUTHOR = "author"
    EDITOR = "editor"
    ADMINISTRATOR = "administrator"

    @property
    def is_editor(self) -> bool:
        return self in (Role.EDITOR, Role.ADMINISTRATOR)


class Action(StrEnum):
    SUBMIT = "submit"
    WITHDRAW = "withdraw"
    START_REVIEW = "start_review"
    RETURN = "return"
    APPROVE = "approve"
    PUBLISH = "publish"
    SCHEDULE = "schedule"
    UNSCHEDULE = "unschedule"
    MARK_PUBLISHED = "mark_published"
    UNPUBLISH = "unpublish"


@dataclass(frozen=True)
class Actor:
    role: Role
    user: str = ""


@dataclass(frozen=True)
class Transition:
    action: Action
    sources: frozenset[S]
    target: S
    # "reporter": any role may take it on their own article; "editor": editors only;
    # "publisher": editors, or an author on their own article; "system": the site did it.
    who: str


def _t(action: Action, sources: set[S], target: S, who: str) -> Transition:
    return Transition(action, frozenset(sources), target, who)


_PUBLISHABLE = {S.DRAFT, S.SUBMITTED, S.IN_REVIEW, S.APPROVED, S.SCHEDULED}

TRANSITIONS: tuple[Transition, ...] = (
    _t(Action.SUBMIT, {S.DRAFT, S.RETURNED}, S.SUBMITTED, "reporter"),
    _t(Action.WITHDRAW, {S.SUBMITTED}, S.DRAFT, "reporter"),
    _t(Action.START_REVIEW, {S.SUBMITTED}, S.IN_REVIEW, "editor"),
    _t(Action.RETURN, {S.SUBMITTED, S.IN_REVIEW, S.APPROVED}, S.RETURNED, "editor"),
    _t(Action.APPROVE, {S.SUBMITTED, S.IN_REVIEW}, S.APPROVED, "editor"),
    _t(Action.PUBLISH, _PUBLISHABLE, S.PUBLISHED, "publisher"),
    _t(Action.SCHEDULE, _PUBLISHABLE, S.SCHEDULED, "publisher"),
    _t(Action.UNSCHEDULE, {S.SCHEDULED}, S.APPROVED, "publisher"),
    _t(Action.MARK_PUBLISHED, {S.SCHEDULED}, S.PUBLISHED, "system"),
    _t(Action.UNPUBLISH, {S.PUBLISHED, S.SCHEDULED}, S.DRAFT, "publisher"),
)

ACTION_LABELS: dict[Action, str] = {
    Action.SUBMIT: QT_TRANSLATE_NOOP("Workflow", "Submit for review"),
    Action.WITHDRAW: QT_TRANSLATE_NOOP("Workflow", "Withdraw to edit"),
    Action.START_REVIEW: QT_TRANSLATE_NOOP("Workflow", "Start review"),
    Action.RETURN: QT_TRANSLATE_NOOP("Workflow", "Return to reporter"),
    Action.APPROVE: QT_TRANSLATE_NOOP("Workflow", "Approve"),
    Action.PUBLISH: QT_TRANSLATE_NOOP("Workflow", "Publish now"),
    Action.SCHEDULE: QT_TRANSLATE_NOOP("Workflow", "Schedule"),
    Action.UNSCHEDULE: QT_TRANSLATE_NOOP("Workflow", "Cancel schedule"),
    Action.MARK_PUBLISHED: QT_TRANSLATE_NOOP("Workflow", "Published by the site"),
    Action.UNPUBLISH: QT_TRANSLATE_NOOP("Workflow", "Unpublish"),
}

STATE_LABELS: dict[S, str] = {
    S.DRAFT: QT_TRANSLATE_NOOP("Workflow", "Draft"),
    S.SUBMITTED: QT_TRANSLATE_NOOP("Workflow", "Submitted"),
    S.IN_REVIEW: QT_TRANSLATE_NOOP("Workflow", "In review"),
    S.RETURNED: QT_TRANSLATE_NOOP("Workflow", "Returned"),
    S.APPROVED: QT_TRANSLATE_NOOP("Workflow", "Approved"),
    S.SCHEDULED: QT_TRANSLATE_NOOP("Workflow", "Scheduled"),
    S.PUBLISHED: QT_TRANSLATE_NOOP("Workflow", "Published"),
}


ROLE_LABELS: dict[Role, str] = {
    Role.CONTRIBUTOR: QT_TRANSLATE_NOOP("Workflow", "contributor"),
    Role.AUTHOR: QT_TRANSLATE_NOOP("Workflow", "author"),
    Role.EDITOR: QT_TRANSLATE_NOOP("Workflow", "editor"),
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("Workflow", "administrator"),
}


@dataclass(frozen=True)
class Decision:
    allowed: bool
    target: S | None = None
    reason: UserMessage | None = None


def role_from_site(roles: list[str], capabilities: dict[str, bool]) -> Role:
    """The strongest workflow role the site grants, from ``/wp/v2/users/me?context=edit``."""
    if "administrator" in roles or capabilities.get("manage_options"):
        return Role.ADMINISTRATOR
    if "editor" in roles or capabilities.get("edit_others_posts"):
        return Role.EDITOR
    if "author" in roles or capabilities.get("publish_posts"):
        return Role.AUTHOR
    return Role.CONTRIBUTOR


def _transition(action: Action) -> Transition:
    for t in TRANSITIONS:
        if t.action is action:
            return t
    raise KeyError(action)


def decide(action: Action, state: S, actor: Actor, *, own: bool) -> Decision:
    """May ``actor`` take ``action`` on an article in ``state``? ``own``: the actor wrote it."""
    t = _transition(action)
    if state not in t.sources:
        return Decision(False, reason=UserMessage(
            _CTX, QT_TRANSLATE_NOOP("Workflow", "This cannot be done while the article is {state}."),
            {"state": STATE_LABELS[state]}, frozenset({"state"})))
    if t.who == "system":
        return Decision(False, reason=UserMessage(
            _CTX, QT_TRANSLATE_NOOP("Workflow", "Only the site does this, when a scheduled time arrives.")))
    if t.who == "editor" and not actor.role.is_editor:
        return Decision(False, reason=UserMessage(
            _CTX,
            QT_TRANSLATE_NOOP("Workflow", "Only an editor can do this; your role on the site is {role}."),
            {"role": ROLE_LABELS[actor.role]},
            frozenset({"role"}),
        ))
    if t.who == "reporter" and not own and not actor.role.is_editor:
        return Decision(False, reason=UserMessage(
            _CTX, QT_TRANSLATE_NOOP("Workflow", "Only the article's author or an editor can do this.")))
    if t.who == "publisher":
        if actor.role is Role.CONTRIBUTOR:
            return Decision(False, reason=UserMessage(_CTX, QT_TRANSLATE_NOOP(
                "Workflow",
                "Contributors cannot publish: submit the article for review and an editor will publish it.",
            )))
        if actor.role is Role.AUTHOR and not own:
            return Decision(False, reason=UserMessage(
                _CTX, QT_TRANSLATE_NOOP("Workflow", "Authors can publish only their own articles.")))
    return Decision(True, target=t.target)


def allowed_actions(state: S, actor: Actor, *, own: bool) -> list[Action]:
    return [t.action for t in TRANSITIONS if decide(t.action, state, actor, own=own).allowed]


def apply(action: Action, state: S, actor: Actor, *, own: bool) -> S:
    decision = decide(action, state, actor, own=own)
    if not decision.allowed or decision.target is None:
        from editor_app.errors import QalamError

        raise QalamError(decision.reason or UserMessage(_CTX, "Not allowed."))
    return decision.target


def is_editable_by_reporter(state: S) -> bool:
    """A submitted article is read-only for its reporter until it is returned (or withdrawn)."""
    return state in (S.DRAFT, S.RETURNED)


# How each local state is carried on WordPress: the post status, plus the companion
# plugin's `qalam_state` meta where the status alone is ambiguous.
REMOTE_STATUS: dict[S, str] = {
    S.DRAFT: "draft",
    S.SUBMITTED: "pending",
    S.IN_REVIEW: "pending",
    S.RETURNED: "draft",
    S.APPROVED: "pending",
    S.SCHEDULED: "future",
    S.PUBLISHED: "publish",
}


def state_from_remote(status: str, qalam_state: str | None, *, returned_notes: bool = False) -> S:
    """The local state for a post pulled from the site."""
    if status == "publish":
        return S.PUBLISHED
    if status == "future":
        return S.SCHEDULED
    if status == "pending":
        if qalam_state in (S.IN_REVIEW.value, S.APPROVED.value):
            return S(qalam_state)
        return S.SUBMITTED
    if qalam_state == S.RETURNED.value or returned_notes:
        return S.RETURNED
    return S.DRAFT
