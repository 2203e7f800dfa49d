"""Moderation: hide, restore, approve and reject posts; pin and lock threads; purge; reports;
muting members. Each action is audited (who, what, when, why), announced live to the space's
moderators, and the affected author is told in plain words."""

from __future__ import annotations

import datetime as dt

import msgspec

from protocol import api
from protocol.errors import Conflict, NotFound, present
from protocol.event_payloads import (
    MuteChanged,
    MuteNotice,
    PostGone,
    PostModerated,
    PostNotice,
    PostPurged,
    PostShown,
    PurgedNotice,
    ReportFiled,
    ReportResolved,
    ThreadModerated,
    ThreadShown,
)
from protocol.events import EventName as E
from protocol.vocabulary import (
    CHAT_AREAS,
    MODERATION_TRANSITIONS,
    AuditAction,
    ModerationVerb,
    PostState,
    StageChange,
)
from storage.models import ForumPost, ForumReport
from storage.repositories import accounts as account_repo
from storage.repositories import audit as audit_repo
from storage.repositories import forums as forum_repo
from storage.repositories import spaces as space_repo

from ..config import VideoSettings
from ..policy import SpaceAction
from . import chat as chat_service
from . import event_stage_hold
from .access import authorize_in_space, enforce, person_target
from .allowed import asker_of, post_for, thread_for
from .context import RequestContext
from .forum_events import ForumEvents
from .forum_view import (
    NO_SUCH_POST,
    NO_SUCH_THREAD,
    People,
    open_post,
    open_thread,
    people_for_posts,
    post_out,
    post_target,
    thread_out,
    thread_target,
    viewer_of,
)
from .members import NO_SUCH_MEMBER
from .video.member_mute import follow_space_mute

#: The notice the author gets for each verb (its event name is the code the page words).
NOTICE_OF = {
    ModerationVerb.HIDE: E.POST_HIDDEN,
    ModerationVerb.RESTORE: E.POST_RESTORED,
    ModerationVerb.APPROVE: E.POST_APPROVED,
    ModerationVerb.REJECT: E.POST_REJECTED,
}

#: What the moderators are told for each verb.
MODERATED_AS = {
    ModerationVerb.HIDE: E.MODERATION_HIDE,
    ModerationVerb.RESTORE: E.MODERATION_RESTORE,
    ModerationVerb.APPROVE: E.MODERATION_APPROVE,
    ModerationVerb.REJECT: E.MODERATION_REJECT,
}

VERB_AUDIT = {
    ModerationVerb.HIDE: AuditAction.POST_HIDDEN,
    ModerationVerb.RESTORE: AuditAction.POST_RESTORED,
    ModerationVerb.APPROVE: AuditAction.POST_APPROVED,
    ModerationVerb.REJECT: AuditAction.POST_REJECTED,
}


async def moderate_post(
    req: RequestContext, space_id: int, post_id: int, body: api.ModeratePost
) -> api.PostOut:
    session, actor, now = req.db, req.actor, req.now
    seen, post = await open_post(req, space_id, post_id)
    target = post_target(seen.people, post, seen.thread, now)
    enforce(seen.viewer.decide(SpaceAction.MODERATE_POST, target), NO_SUCH_POST)
    sources, result = MODERATION_TRANSITIONS[body.action]
    if post.state not in sources:
        raise Conflict(f"a {post.state.value} post cannot be {body.action.value}d")
    before = post.state
    post.state = result
    post.teacher_acted = True
    post.moderated_by_id = actor.id
    post.moderated_at = now
    thread = seen.thread
    opening = thread.state is not PostState.VISIBLE and thread.author_id == post.author_id
    if opening and body.action in (ModerationVerb.APPROVE, ModerationVerb.REJECT):
        # A held thread follows its opening post.
        thread.state = result
    await session.flush()
    await forum_repo.refresh_thread(session, thread.id, now)
    audit_repo.record(
        session,
        now=now,
        action=VERB_AUDIT[body.action],
        actor_id=actor.id,
        space_id=space_id,
        target_account_id=post.author_id,
        reason=body.reason,
        details={"post_id": post.id, "thread_id": thread.id, "from": before.value},
    )
    out = post_out(seen.people, post)
    events = ForumEvents(session, space_id)
    listed = thread_out(seen.people, thread)
    if body.action is ModerationVerb.HIDE:
        events.on_thread(thread.id, E.POST_HIDDEN, PostGone(post_id=post.id))
    elif result is PostState.VISIBLE:
        name = E.POST_APPROVED if body.action is ModerationVerb.APPROVE else E.POST_RESTORED
        events.on_thread(thread.id, name, PostShown(post=out))
    if opening and body.action is ModerationVerb.APPROVE:
        events.on_list(listed, E.THREAD_CREATED)
    elif result is PostState.VISIBLE or before is PostState.VISIBLE:
        events.on_list(listed, E.THREAD_UPDATED)
    moderated = PostModerated(post=out, by=actor.id, reason=body.reason)
    events.to_moderators(MODERATED_AS[body.action], moderated)
    notice = NOTICE_OF[body.action]
    told = PostNotice(post_id=post.id, thread_id=thread.id)
    events.to_member(post.author_id, notice, told)
    if body.action is ModerationVerb.APPROVE and thread.area in CHAT_AREAS:
        await chat_service.tell_mentioned(session, seen, out, now)
    return post_for(seen.viewer, seen.people, post, thread, now)


async def change_thread(
    req: RequestContext, space_id: int, thread_id: int, body: api.ChangeThread
) -> api.ThreadOut:
    session, actor, now = req.db, req.actor, req.now
    seen = await open_thread(req, space_id, thread_id)
    enforce(
        seen.viewer.decide(SpaceAction.MODERATE_POST, thread_target(seen.people, seen.thread)),
        NO_SUCH_THREAD,
    )
    thread = seen.thread
    changes: list[tuple[E, E, AuditAction]] = []
    if body.pinned is not None and body.pinned != thread.pinned:
        thread.pinned = body.pinned
        changes.append(
            (E.THREAD_PINNED, E.MODERATION_THREAD_PINNED, AuditAction.THREAD_PINNED)
            if body.pinned
            else (E.THREAD_UNPINNED, E.MODERATION_THREAD_UNPINNED, AuditAction.THREAD_UNPINNED)
        )
    if body.locked is not None and body.locked != thread.locked:
        thread.locked = body.locked
        changes.append(
            (E.THREAD_LOCKED, E.MODERATION_THREAD_LOCKED, AuditAction.THREAD_LOCKED)
            if body.locked
            else (E.THREAD_UNLOCKED, E.MODERATION_THREAD_UNLOCKED, AuditAction.THREAD_UNLOCKED)
        )
    if changes:
        thread.updated_at = now
        await session.flush()
    out = thread_out(seen.people, thread)
    events = ForumEvents(session, space_id)
    for event, moderation_event, action in changes:
        audit_repo.record(
            session,
            now=now,
            action=action,
            actor_id=actor.id,
            space_id=space_id,
            target_account_id=thread.author_id,
            reason=body.reason,
            details={"thread_id": thread.id},
        )
        if thread.state is PostState.VISIBLE:
            events.on_list(out, event)
            events.on_thread(thread.id, event, ThreadShown(thread=out))
        moderated = ThreadModerated(thread=out, by=actor.id, reason=body.reason)
        events.to_moderators(moderation_event, moderated)
    return thread_for(seen.viewer, seen.people, thread)


async def purge_post(req: RequestContext, space_id: int, post_id: int, body: api.PurgePost) -> None:
    """Remove a post for good (teacher admins only); its words stay in no table."""
    session, actor, now = req.db, req.actor, req.now
    seen, post = await open_post(req, space_id, post_id)
    enforce(seen.viewer.decide(SpaceAction.PURGE_POST), NO_SUCH_POST)
    was_visible = post.state is PostState.VISIBLE
    author, thread_id = post.author_id, post.thread_id
    await forum_repo.delete_post(session, post)
    await forum_repo.refresh_thread(session, thread_id, now)
    audit_repo.record(
        session,
        now=now,
        action=AuditAction.POST_PURGED,
        actor_id=actor.id,
        space_id=space_id,
        target_account_id=author,
        reason=body.reason,
        details={"post_id": post_id, "thread_id": thread_id},
    )
    events = ForumEvents(session, space_id)
    if was_visible:
        events.on_thread(thread_id, E.POST_DELETED, PostGone(post_id=post_id))
    purged = PostPurged(post_id=post_id, by=actor.id, reason=body.reason)
    events.to_moderators(E.MODERATION_PURGE, purged)
    told = PurgedNotice(post_id=post_id)
    events.to_member(author, E.POST_PURGED, told)


async def report_post(
    req: RequestContext, space_id: int, post_id: int, body: api.ReportPost
) -> api.ReportOut:
    session, actor, now = req.db, req.actor, req.now
    seen, post = await open_post(req, space_id, post_id)
    enforce(seen.viewer.decide(SpaceAction.REPORT_POST), NO_SUCH_POST)
    report = forum_repo.add_report(session, post, actor.id, body.reason, now)
    await session.flush()
    await seen.people.load(session, [actor.id])
    audit_repo.record(
        session,
        now=now,
        action=AuditAction.POST_REPORTED,
        actor_id=actor.id,
        space_id=space_id,
        target_account_id=post.author_id,
        reason=body.reason,
        details={"post_id": post.id, "report_id": report.id},
    )
    out = report_out(seen.people, report, post)
    ForumEvents(session, space_id).to_moderators(E.REPORT_CREATED, ReportFiled(report=out))
    return out


def report_out(people: People, report: ForumReport, post: ForumPost) -> api.ReportOut:
    return api.ReportOut(
        id=report.id,
        post=post_out(people, post),
        reporter=people.author(report.reporter_id),
        reason=report.reason,
        created_at=report.created_at,
        resolved_at=report.resolved_at,
        resolution=report.resolution,
    )


async def list_reports(req: RequestContext, space_id: int) -> list[api.ReportOut]:
    session, actor, now = req.db, req.actor, req.now
    access = await authorize_in_space(req, space_id, SpaceAction.SEE_MODERATION)
    people = People(space_id)
    asker = asker_of(access, actor, now)
    reports = []
    for report in await forum_repo.open_reports(session, space_id):
        # Reports go with their post, posts with their thread (ON DELETE CASCADE).
        post = present(await forum_repo.get_post(session, report.post_id), "a report's post")
        thread = present(await forum_repo.get_thread(session, post.thread_id), "a post's thread")
        await people_for_posts(session, people, [post])
        await people.load(session, [report.reporter_id])
        out = report_out(people, report, post)
        reports.append(
            msgspec.structs.replace(out, post=post_for(asker, people, post, thread, now))
        )
    return reports


async def resolve_report(
    req: RequestContext, space_id: int, report_id: int, body: api.ResolveReport
) -> api.ReportOut:
    session, actor, now = req.db, req.actor, req.now
    access = await authorize_in_space(req, space_id, SpaceAction.SEE_MODERATION)
    report = await forum_repo.get_report(session, report_id)
    if report is None or report.space_id != space_id:
        raise NotFound("no such report")
    post = present(await forum_repo.get_post(session, report.post_id), "a report's post")
    people = await people_for_posts(session, People(space_id), [post])
    await people.load(session, [report.reporter_id])
    thread = present(await forum_repo.get_thread(session, post.thread_id), "a post's thread")
    target = post_target(people, post, thread, now)
    enforce(viewer_of(actor, access, now).decide(SpaceAction.MODERATE_POST, target))
    if report.resolved_at is not None:
        raise Conflict("this report is resolved already")
    report.resolved_at = now
    report.resolved_by_id = actor.id
    report.resolution = body.resolution
    await session.flush()
    audit_repo.record(
        session,
        now=now,
        action=AuditAction.REPORT_RESOLVED,
        actor_id=actor.id,
        space_id=space_id,
        target_account_id=post.author_id,
        reason=body.resolution,
        details={"report_id": report.id, "post_id": post.id},
    )
    out = report_out(people, report, post)
    resolved = ReportResolved(report=out, by=actor.id)
    ForumEvents(session, space_id).to_moderators(E.REPORT_RESOLVED, resolved)
    return out


async def queue(req: RequestContext, space_id: int) -> list[api.PostOut]:
    """The pre-moderation queue: posts held for approval, oldest first."""
    session, actor, now = req.db, req.actor, req.now
    access = await authorize_in_space(req, space_id, SpaceAction.SEE_MODERATION)
    people = People(space_id)
    asker = asker_of(access, actor, now)
    held = []
    for post in await forum_repo.held_posts(session, space_id):
        thread = present(await forum_repo.get_thread(session, post.thread_id), "a post's thread")
        await people_for_posts(session, people, [post])
        held.append(post_for(asker, people, post, thread, now))
    return held


async def mute_member(
    req: RequestContext,
    space_id: int,
    account_id: int,
    minutes: int | None,
    reason: str,
    video: VideoSettings | None = None,
) -> api.MuteOut:
    """Mute for ``minutes`` (None: end the mute). The mute ends by itself on time: the
    policy compares ``muted_until`` with the clock on every speaking action. With ``video``,
    the member's microphone in the space's live video sessions follows (video/member_mute)."""
    session, actor, now = req.db, req.actor, req.now
    membership = await space_repo.get_membership(session, space_id, account_id)
    account = await account_repo.get(session, account_id) if membership else None
    target = person_target(membership, account)
    await authorize_in_space(req, space_id, SpaceAction.MUTE_MEMBER, target, NO_SUCH_MEMBER)
    if membership is None:  # concealed by the policy already: the same answer
        raise NotFound(NO_SUCH_MEMBER)
    membership.muted_until = None if minutes is None else now + dt.timedelta(minutes=minutes)
    await session.flush()
    action = AuditAction.MEMBER_MUTED if minutes is not None else AuditAction.MEMBER_UNMUTED
    details: dict[str, object] = {}
    if membership.muted_until is not None:
        details["until"] = membership.muted_until.isoformat()
    audit_repo.record(
        session,
        now=now,
        action=action,
        actor_id=actor.id,
        space_id=space_id,
        target_account_id=account_id,
        reason=reason,
        details=details,
    )
    out = api.MuteOut(account_id=account_id, muted_until=membership.muted_until)
    events = ForumEvents(session, space_id)
    name = E.MEMBER_MUTED if minutes is not None else E.MEMBER_UNMUTED
    muted_until = membership.muted_until
    changed = MuteChanged(
        account_id=account_id, muted_until=muted_until, by=actor.id, reason=reason
    )
    events.to_moderators(name, changed)
    told = MuteNotice(account_id=account_id, muted_until=muted_until)
    events.to_member(account_id, name, told)
    if video is not None:
        muted = membership.muted_until is not None
        await follow_space_mute(req, space_id, account_id, muted, reason, video)
    if membership.muted_until is not None:
        # Promoted to speak in a webinar of the space's events: a muted member does not speak.
        await event_stage_hold.take_off_stage(
            session, space_id, account_id, StageChange.MUTED, video, actor.id, now
        )
    else:
        # A named speaker held back by the mute speaks again (a promoted viewer does not:
        # the mute ended their promotion).
        await event_stage_hold.back_on_stage(session, space_id, account_id, video, now)
    return out
