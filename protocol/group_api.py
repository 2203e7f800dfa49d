"""Request and response bodies of the groups' HTTP API (issue 21): the directory, the ways in
(join, requests), bans. Strict like protocol/api.py, whose base types they share."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import msgspec

from .api import Body, Description, Id, Language, MemberOut, Out, Reason, Title
from .vocabulary import GroupAccess, GroupStanding, Role

#: What a group is about, as the directory's topic filter finds it (whole, any case).
Topic = Annotated[str, msgspec.Meta(min_length=1, max_length=100, pattern=r"\S")]
#: What an eTwinner tells a closed group's moderators when asking to join.
RequestMessage = Annotated[str, msgspec.Meta(max_length=1000)]
#: A page of the directory, of join requests or of bans: 20 by default, at most 100.
GROUP_PAGE_DEFAULT = 20
GROUP_PAGE_MAX = 100


class CreateGroup(Body):
    title: Title
    topic: Topic
    language: Language
    description: Description = ""
    access: GroupAccess = GroupAccess.OPEN


class GroupOut(Out):
    """A group as the directory and its card show it to a validated eTwinner."""

    id: int
    title: str
    description: str
    topic: str
    language: str
    access: GroupAccess
    featured: bool
    members: int
    last_activity_at: dt.datetime
    #: Where the caller stands: member, requested, banned or none.
    standing: GroupStanding
    #: The caller's role inside (owner: founder, moderator: admin, member: teacher).
    my_role: Role | None = None


class GroupPage(Out):
    groups: list[GroupOut]
    #: Give it as ``cursor`` for the next page; None on the last one.
    next_cursor: str | None = None


#: A page of a group's members: 50 by default, at most 100.
MEMBER_PAGE_DEFAULT = 50
MEMBER_PAGE_MAX = 100


class MemberPage(Out):
    """A page of a group's members, in the order they joined."""

    members: list[MemberOut]
    #: Give it as ``after`` for the next page; None on the last one.
    next: int | None = None


class JoinRequestIn(Body):
    message: RequestMessage = ""


class JoinRequestOut(Out):
    id: int
    account_id: int
    display_name: str
    #: The asker's school country, which moderators of a community weigh.
    country: str | None
    message: str
    at: dt.datetime


class BanIn(Body):
    account_id: Id
    reason: Reason = ""


class BanOut(Out):
    id: int
    account_id: int
    display_name: str
    reason: str
    at: dt.datetime


class AppointModerator(Body):
    """A national admin hands a featured group to an eTwinner of their country."""

    account_id: Id
    reason: Reason = ""
