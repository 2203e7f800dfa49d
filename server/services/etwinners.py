"""Finding a partner teacher: a paged search of validated eTwinners for a teacher admin
who invites teachers into a space (projects are made with partner schools abroad)."""

from __future__ import annotations

from protocol import api
from storage.repositories import accounts as account_repo
from storage.repositories import spaces as space_repo

from ..policy import SpaceAction
from .access import authorize_in_space
from .context import RequestContext

#: eTwinners on one page of a search, by default and at most (more: 422).
PAGE_DEFAULT = 20
PAGE_MAX = 50
#: The longest search text (more: 422).
TEXT_MAX = 100


async def search_etwinners(
    req: RequestContext, space_id: int, text: str, *, after_id: int | None, limit: int
) -> api.EtwinnerPage:
    """Names, schools and countries only: never an e-mail address (invite by account id)."""
    session = req.db
    await authorize_in_space(req, space_id, SpaceAction.SEARCH_ETWINNERS)
    found = await account_repo.search_etwinners(session, text, after_id=after_id, limit=limit + 1)
    page = found[:limit]
    members = {m.account_id for m, _ in await space_repo.list_members(session, space_id)}
    return api.EtwinnerPage(
        etwinners=[
            api.EtwinnerOut(
                account_id=account.id,
                display_name=account.display_name,
                school=account.school,
                country=account.country,
                member=account.id in members,
            )
            for account in page
        ],
        next=page[-1].id if len(found) > limit else None,
    )
