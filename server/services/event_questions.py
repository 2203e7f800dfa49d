"""An event's Q&A (issue 22): questions asked by those with a place, upvoted once per person,
picked, answered and marked answered, hidden and restored by the event's moderators (the
organiser, the speakers, a group's owners and moderators), kept with the event afterwards.

Each change is announced on the event's ``qa:EVENT`` channel through the outbox, after the
commit, as the forum's posts are; a hidden question is announced by its id only, so its words
never reach the audience.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.ext.asyncio import AsyncSession

from protocol import event_api
from protocol.channels import Channel, ChannelKind
from protocol.errors import Conflict, NotFound
from protocol.event_payloads import QuestionGone, QuestionShown, QuestionVotes
from protocol.events import EventName
from protocol.vocabulary import AuditAction, QuestionState, SpaceId
from storage.models import Account, EventQuestion
from storage.repositories import audit as audit_repo
from storage.repositories import events as event_repo

from ..policy import Actor, EventAction, decide_event
from .access import actor_of, enforce
from .context import RequestContext
from .events import Seen, event_facts, load_event
from .outbox import outbox_of

NO_SUCH_QUESTION = "no such question"
NO_SUCH_CHANNEL = "no such channel"


def qa_channel(event_id: int) -> str:
    """``qa:EVENT``: the event's live Q&A."""
    return Channel(ChannelKind.QA, SpaceId(event_id)).name


def question_out(
    question: EventQuestion, author: Account | None, voted: bool = False
) -> event_api.QuestionOut:
    return event_api.QuestionOut(
        id=question.id,
        event_id=question.event_id,
        body=question.body,
        author=author.display_name if author is not None else None,
        state=question.state,
        votes=question.votes,
        answer=question.answer,
        at=question.created_at,
        voted=voted,
    )


def shown(out: event_api.QuestionOut) -> QuestionShown:
    return QuestionShown(
        id=out.id,
        event_id=out.event_id,
        body=out.body,
        author=out.author,
        state=out.state,
        votes=out.votes,
        answer=out.answer,
        at=out.at,
    )


def moderates(req: RequestContext, seen: Seen) -> bool:
    return decide_event(actor_of(req.actor), EventAction.MODERATE_QUESTIONS, seen.facts).allowed


async def list_questions(req: RequestContext, event_id: int) -> list[event_api.QuestionOut]:
    """The most upvoted first; the hidden ones too for the event's moderators."""
    seen = await load_event(req, event_id, EventAction.READ_QUESTIONS)
    rows = await event_repo.questions(req.db, seen.event.id, hidden=moderates(req, seen))
    mine = await event_repo.voted(req.db, req.actor.id, [question.id for question, _ in rows])
    return [question_out(question, author, question.id in mine) for question, author in rows]


async def ask(
    req: RequestContext, event_id: int, body: event_api.AskQuestion
) -> event_api.QuestionOut:
    session = req.db
    seen = await load_event(req, event_id, EventAction.ASK_QUESTION)
    question = EventQuestion(
        event_id=seen.event.id,
        author_id=req.actor.id,
        body=body.body,
        state=QuestionState.OPEN,
        votes=0,
        answer="",
        created_at=req.now,
    )
    session.add(question)
    await session.flush()
    out = question_out(question, req.actor)
    outbox_of(session).event(qa_channel(seen.event.id), EventName.QUESTION_ASKED, shown(out))
    return out


async def open_question(
    req: RequestContext, seen: Seen, question_id: int, *, hidden: bool
) -> EventQuestion:
    """A question of this event, its row held; a hidden one is there for moderators only."""
    question = await event_repo.question(req.db, seen.event.id, question_id, for_update=True)
    if question is None or (question.state is QuestionState.HIDDEN and not hidden):
        raise NotFound(NO_SUCH_QUESTION)
    return question


async def upvote(req: RequestContext, event_id: int, question_id: int) -> event_api.QuestionOut:
    """Once per person; again: the same answer, no second vote."""
    session = req.db
    seen = await load_event(req, event_id, EventAction.ASK_QUESTION)
    question = await open_question(req, seen, question_id, hidden=False)
    if await event_repo.add_vote(session, question, req.actor.id):
        outbox_of(session).event(
            qa_channel(seen.event.id),
            EventName.QUESTION_VOTED,
            QuestionVotes(id=question.id, votes=question.votes),
        )
    author = await session.get(Account, question.author_id) if question.author_id else None
    return question_out(question, author, voted=True)


async def moderate(
    req: RequestContext, event_id: int, question_id: int, body: event_api.ModerateQuestion
) -> event_api.QuestionOut:
    """Pick, put back, answer (with the written answer), hide or restore, as
    ``event_api.QUESTION_MOVES`` allows from where the question stands (else 409)."""
    session = req.db
    seen = await load_event(req, event_id, EventAction.MODERATE_QUESTIONS)
    question = await open_question(req, seen, question_id, hidden=True)
    target = event_api.QUESTION_MOVES[question.state].get(body.verb)
    if target is None:
        raise Conflict(f"a question {question.state} cannot be given {body.verb}")
    question.state = target
    if body.answer:
        question.answer = body.answer
    question.moderated_by_id = req.actor.id
    question.moderated_at = req.now
    await session.flush()
    audit_repo.record(
        session,
        now=req.now,
        action=AuditAction.EVENT_QUESTION_MODERATED,
        actor_id=req.actor.id,
        space_id=seen.event.space_id,
        target_account_id=question.author_id,
        details={"event_id": seen.event.id, "question_id": question.id, "verb": body.verb},
    )
    author = await session.get(Account, question.author_id) if question.author_id else None
    mine = await event_repo.voted(session, req.actor.id, [question.id])
    out = question_out(question, author, question.id in mine)
    channel = qa_channel(seen.event.id)
    if target is QuestionState.HIDDEN:
        outbox_of(session).event(channel, EventName.QUESTION_HIDDEN, QuestionGone(id=question.id))
    else:
        outbox_of(session).event(channel, EventName.QUESTION_MODERATED, shown(out))
    return out


async def may_follow(db: AsyncSession, actor: Actor, event_id: int, now: dt.datetime) -> None:
    """The ``qa:EVENT`` channel: whoever may read the event's questions (its audience, its
    organiser and speakers); anyone else hears ``not_found``, as for a missing channel."""
    event = await event_repo.get(db, event_id)
    facts = await event_facts(db, actor.account_id, event, now) if event is not None else None
    enforce(decide_event(actor, EventAction.READ_QUESTIONS, facts), NO_SUCH_CHANNEL)
