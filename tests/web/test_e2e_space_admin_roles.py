"""Each role sees in the page only the administration controls the policy allows it, and the
server still refuses by hand what the page does not offer (issue 17).

The expectation is the policy's own answer (server.policy.decide_space) over the facts of the
space; the page learns what to show from the server's `allowed` lists, so a control the page
showed without the policy's leave, or hid despite it, fails here."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from playwright.async_api import Page

from protocol.vocabulary import AccountId, AccountKind, AccountStatus, Role, SpaceKind
from server.policy import (
    Actor,
    Facts,
    LeaveFacts,
    MemberFacts,
    MembershipFacts,
    SpaceAction,
    SpaceFacts,
    decide_space,
)
from tests.http.conftest import PASSWORD, ApiUser, ok

from .conftest import Site, sign_in_pupil

SQLITE_ONLY = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
S = SpaceAction


@dataclasses.dataclass
class Someone:
    name: str
    role: Role
    kind: AccountKind
    account_id: int
    #: How the browser signs in: {"email"} or {"username", "code"}.
    login: dict[str, Any]


def policy(actor: Someone, action: SpaceAction, target: Facts | None = None) -> bool:
    return decide_space(
        Actor(AccountId(actor.account_id), actor.kind, AccountStatus.ACTIVE),
        MembershipFacts(role=actor.role),
        SpaceFacts(kind=SpaceKind.TWINSPACE),
        action,
        target,
    ).allowed


def target_of(member: Someone) -> MemberFacts:
    return MemberFacts(
        account_id=AccountId(member.account_id),
        account_kind=member.kind,
        role=member.role,
        founders=1,
    )


#: Leaving a space with one founder (the space of this test).
ONE_FOUNDER = LeaveFacts(founders=1)


async def staff(site: Site) -> tuple[int, list[Someone]]:
    world = site.live.world
    founder = await world.etwinner("Ana Founder")
    space_id = await world.space(founder)
    people = [
        Someone(
            "Ana Founder", Role.FOUNDER, AccountKind.TEACHER, founder.account["id"], founder.account
        )
    ]
    for name, role in (("Ben Admin", "admin"), ("Cleo Teacher", "teacher")):
        teacher: ApiUser = await world.etwinner(name)
        await world.add_teacher(founder, space_id, teacher, role)
        people.append(
            Someone(name, Role(role), AccountKind.TEACHER, teacher.account["id"], teacher.account)
        )
    for name, role in (("Dan Pupiladmin", "pupil_admin"), ("Eva Pupil", "pupil")):
        body = {"pupils": [{"display_name": name, "role": role}]}
        [made] = ok(await founder.post(f"/api/spaces/{space_id}/pupils", body), 201)
        people.append(Someone(name, Role(role), AccountKind.PUPIL, made["account_id"], made))
    guest = await world.guest(founder, space_id, "Finn Guest")
    people.append(
        Someone("Finn Guest", Role.GUEST, AccountKind.GUEST, guest.account["id"], guest.account)
    )
    return space_id, people


async def by_hand(page: Page, method: str, path: str, body: object = None) -> int:
    """The request a curious member could make from the page's own session."""
    status: int = await page.evaluate(
        """async ([method, path, body]) => {
          const csrf = (document.cookie.match(/twinspace_csrf=([^;]+)/) || [])[1] || "";
          const init = {method, headers: {"X-CSRF-Token": decodeURIComponent(csrf)}};
          if (body !== null) {
            init.headers["Content-Type"] = "application/json";
            init.body = JSON.stringify(body);
          }
          return (await fetch(path, init)).status;
        }""",
        [method, path, body],
    )
    return status


@SQLITE_ONLY
async def test_each_role_sees_only_what_the_policy_allows_and_the_server_refuses_the_rest(
    site: Site,
) -> None:
    space_id, people = await staff(site)
    base = f"/api/spaces/{space_id}"
    for me in people:
        person = await site.person()
        page = await person.page()
        if me.kind is AccountKind.PUPIL:
            await sign_in_pupil(page, me.login)
        else:
            await page.get_by_label("E-mail address").fill(me.login["email"])
            await page.get_by_label("Password").fill(PASSWORD)
            await page.get_by_role("button", name="Sign in", exact=True).click()
            await page.get_by_role("heading", name="My spaces").wait_for()
        await page.goto(f"{site.base}/#/spaces/{space_id}")
        await page.locator(".member-list li").nth(len(people) - 1).wait_for()
        checked = f"as {me.role.value}"

        # The space's own controls: tabs and the members panel's forms.
        space_controls = {
            "Guest links tab": (
                page.get_by_role("tab", name="Guest links"),
                policy(me, S.INVITE_GUEST),
            ),
            "Audit log tab": (
                page.get_by_role("tab", name="Audit log"),
                policy(me, S.READ_AUDIT_LOG),
            ),
            "Settings tab": (
                page.get_by_role("tab", name="Settings"),
                any(policy(me, a) for a in (S.UPDATE_SETTINGS, S.ARCHIVE_SPACE, S.DELETE_SPACE)),
            ),
            "teacher invitation": (
                page.get_by_role("heading", name="Invite a partner teacher"),
                policy(me, S.SEARCH_ETWINNERS),
            ),
            "pupil creation": (
                page.get_by_role("heading", name="Add pupils"),
                policy(me, S.CREATE_PUPIL),
            ),
            "leave": (
                page.get_by_role("button", name="Leave this space"),
                policy(me, S.LEAVE_SPACE, ONE_FOUNDER),
            ),
        }
        for what, (locator, allowed) in space_controls.items():
            assert (await locator.count() > 0) == allowed, f"{what} {checked}"

        refused_by_hand = {
            S.INVITE_GUEST: ("GET", f"{base}/invitations", None),
            S.READ_AUDIT_LOG: ("GET", f"{base}/audit", None),
            S.UPDATE_SETTINGS: ("PATCH", base, {"title": "Taken over"}),
            S.ARCHIVE_SPACE: ("POST", f"{base}/archive", None),
            S.DELETE_SPACE: ("DELETE", base, None),
            S.SEARCH_ETWINNERS: ("GET", f"{base}/etwinners?q=a", None),
            S.CREATE_PUPIL: ("POST", f"{base}/pupils", {"pupils": [{"display_name": "Sneaky"}]}),
            S.LEAVE_SPACE: ("POST", f"{base}/leave", None),
        }
        for action, (method, path, body) in refused_by_hand.items():
            leaving = ONE_FOUNDER if action is S.LEAVE_SPACE else None
            if not policy(me, action, leaving):
                assert await by_hand(page, method, path, body) in (403, 404), f"{action} {checked}"

        # Each other member's row: exactly the controls the policy allows on that member.
        for other in people:
            if other is me:
                continue
            row = page.locator(f'.member-list li[data-account-id="{other.account_id}"]')
            target = target_of(other)
            may_change = any(
                policy(me, S.CHANGE_ROLE, target.given(role))
                for role in Role
                if role is not other.role
            )
            row_controls = {
                "Change role": ("button", may_change),
                "Remove": ("button", policy(me, S.REMOVE_MEMBER, target)),
                "New code": ("button", policy(me, S.MANAGE_PUPIL, target)),
                "Export data": ("link", policy(me, S.EXPORT_PUPIL_DATA, target)),
                "Erase account": ("button", policy(me, S.ERASE_PUPIL, target)),
            }
            for label, (kind, allowed) in row_controls.items():
                count = await row.get_by_role(kind, name=f"{label}: {other.name}").count()  # type: ignore[arg-type]
                assert (count > 0) == allowed, f"{label} on {other.role.value} {checked}"
            member = f"{base}/members/{other.account_id}"
            pupil = f"{base}/pupils/{other.account_id}"
            by_hand_rows = {
                "Change role": (not may_change, "PATCH", member, {"role": "admin"}),
                "Remove": (not policy(me, S.REMOVE_MEMBER, target), "POST", f"{member}/remove", {}),
                "New code": (
                    not policy(me, S.MANAGE_PUPIL, target),
                    "POST",
                    f"{pupil}/reset-code",
                    None,
                ),
                "Export data": (
                    not policy(me, S.EXPORT_PUPIL_DATA, target),
                    "GET",
                    f"{pupil}/export",
                    None,
                ),
                "Erase account": (
                    not policy(me, S.ERASE_PUPIL, target),
                    "POST",
                    f"{pupil}/erase",
                    {"posts": "keep", "files": "keep"},
                ),
            }
            for label, (refused, method, path, body) in by_hand_rows.items():
                if refused:
                    status = await by_hand(page, method, path, body)
                    assert status in (403, 404), (
                        f"{label} on {other.role.value} {checked}: {status}"
                    )
        await person.context.close()
        site.people.remove(person)
    # Nothing was changed by the refused requests: everyone is still there, as they were.
    founder = await site.live.world.sign_in(people[0].login["email"], PASSWORD)
    members = ok(await founder.get(f"{base}/members"))
    assert {(m["display_name"], m["role"]) for m in members} == {
        (p.name, p.role.value) for p in people
    }
