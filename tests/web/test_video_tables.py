"""The video screen's copy of who sees the teachers' buttons matches the server's policy."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from protocol.vocabulary import TEACHER_ROLES, Role
from server.policy import Outcome, SpaceAction
from tests.test_policy import decide

VIDEO_API = (Path(__file__).resolve().parents[2] / "web" / "js" / "video-api.js").read_text(
    encoding="utf-8"
)


def test_teacher_roles_of_the_page_are_the_servers() -> None:
    match = re.search(r"export const TEACHER_ROLES = new Set\(\[([^\]]*)\]\)", VIDEO_API)
    assert match is not None
    assert set(re.findall(r'"(\w+)"', match.group(1))) == {role.value for role in TEACHER_ROLES}


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("action", [SpaceAction.START_VIDEO, SpaceAction.MODERATE_VIDEO])
def test_those_roles_are_the_ones_the_policy_lets_start_and_moderate(
    role: Role, action: SpaceAction
) -> None:
    # If the rule grows conditions beyond the role, the page needs an allowed-actions field.
    allowed = decide(role, action) is Outcome.ALLOW
    assert allowed == (role in TEACHER_ROLES)
