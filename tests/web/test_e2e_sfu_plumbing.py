"""The plumbing `sfu_site` gives the SFU browser tests, proven in a few seconds: Chromium in
Janus's private namespace loads the app from the server on the host; the page and the server
reach the same Janus at the same URL (CORS answered for the page's origin, the long-poll GET
working from the page); Chromium's ICE gathers only the namespace's addresses, the veth among
them; and nothing is left once the fixture has gone.

SQLite only: the server stays on the host, where PostgreSQL is as reachable as for any other
test, and nothing here depends on the database.
"""

from __future__ import annotations

import secrets
import socket
import subprocess
from collections.abc import Iterator
from typing import Any

import aiohttp
import pytest
from playwright.async_api import expect

from loadtest import netns
from server.services.video.janus import JanusSfu
from server.services.video.sfu import participant_token

from .conftest import Person, SfuSite

pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)

#: From a page at the server's origin: Janus's /info, and a session with a VideoRoom handle
#: that joins a room as a publisher, whose "joined" event comes by the long-poll GET.
JANUS_FROM_PAGE_JS = """
async ([url, room, token]) => {
  const post = async (path, body) => {
    const response = await fetch(url + path, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...body, transaction: Math.random().toString(36).slice(2) }),
    });
    return response.json();
  };
  // A cross-origin fetch: it resolves only if Janus's CORS answer names the page's origin.
  const info = await (await fetch(url + '/info')).json();
  const out = { plugins: Object.keys(info.plugins) };
  const session = (await post('', { janus: 'create' })).data.id;
  const handle = (await post('/' + session, { janus: 'attach',
                                              plugin: 'janus.plugin.videoroom' })).data.id;
  const join = { request: 'join', ptype: 'publisher', room, token, display: 'page' };
  out.ack = (await post('/' + session + '/' + handle, { janus: 'message', body: join })).janus;
  const event = await (await fetch(url + '/' + session + '?maxev=1')).json();
  out.event = event.plugindata && event.plugindata.data.videoroom;
  out.destroyed = (await post('/' + session, { janus: 'destroy' })).janus;
  return out;
}
"""

#: Every candidate a peer connection with a camera track gathers (getUserMedia first: without
#: it Chromium hides host addresses behind mDNS names).
CANDIDATES_JS = """
async () => {
  const stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: true });
  const pc = new RTCPeerConnection();
  for (const track of stream.getTracks()) pc.addTrack(track, stream);
  const lines = [];
  const done = new Promise((resolve) => {
    pc.addEventListener('icecandidate', (e) => {
      if (e.candidate && e.candidate.candidate) lines.push(e.candidate.candidate);
      else resolve();
    });
  });
  await pc.setLocalDescription(await pc.createOffer());
  await done;
  pc.close();
  for (const track of stream.getTracks()) track.stop();
  return lines;
}
"""


@pytest.fixture
def left_behind() -> Iterator[dict[str, Any]]:
    """Requested before `sfu_site`, so torn down after it: the namespace, Janus and the
    host's listener into the namespace must all be gone by then."""
    seen: dict[str, Any] = {}
    yield seen
    assert seen, "the test recorded nothing to check"
    assert seen["netns"] not in netns.leftover_namespaces()
    assert seen["janus"].popen.poll() is not None, "Janus still runs"
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", seen["port"]), 2).close()


def record(seen: dict[str, Any], site: SfuSite) -> None:
    seen.update(netns=site.janus.netns.name, port=site.janus.port, janus=site.janus_process)


def namespace_addresses(name: str) -> set[str]:
    listed = subprocess.run(
        ["ip", "-n", name, "-o", "addr", "show"],
        capture_output=True,
        text=True,
        check=True,
        timeout=10,
    )
    return {line.split()[3].split("/")[0] for line in listed.stdout.splitlines()}


async def without_csp(site: SfuSite) -> Person:
    """A person whose pages ignore our CSP: its `connect-src 'self'` refuses Janus's origin
    until the SFU client's change to server/http/web.py lets it in."""
    context = await site.browser.new_context(bypass_csp=True)
    person = Person(context, site.base, [])
    site.people.append(person)
    return person


async def test_the_page_and_the_server_reach_one_janus_at_one_url(
    left_behind: dict[str, Any], sfu_site: SfuSite
) -> None:
    record(left_behind, sfu_site)
    # The app itself, under its own CSP, loads through the forwarder out of the namespace.
    page = await (await sfu_site.person()).page()
    await expect(page.get_by_label("E-mail address")).to_be_visible()

    # The server reaches Janus through the listener into the namespace: its readiness check
    # (its own configured adapter) and a room made and destroyed.
    ready = await sfu_site.live.world.client.get("/readyz")
    assert ready.status_code == 200, ready.text
    assert ready.json()["checks"]["janus"]["status"] == "ok", ready.json()
    async with (
        aiohttp.ClientSession() as http,
        http.get(f"{sfu_site.janus_url}/info", headers={"Origin": sfu_site.base}) as info,
    ):
        assert info.headers["Access-Control-Allow-Origin"] == sfu_site.base
    sfu = JanusSfu(sfu_site.janus_url, sfu_site.janus_admin_key)
    room, participant = 7_000_000 + secrets.randbelow(1_000_000), 1
    token = participant_token(sfu_site.janus_admin_key, room, participant)
    await sfu.create_room(room, [token], publishers=2)
    try:
        # The page, at the server's origin, reaches the same URL directly inside.
        raw = await (await without_csp(sfu_site)).page()
        answer = await raw.evaluate(JANUS_FROM_PAGE_JS, [sfu_site.janus_url, room, token])
    finally:
        await sfu.destroy_room(room)
    assert answer == {
        "plugins": ["janus.plugin.videoroom"],
        "ack": "ack",
        "event": "joined",
        "destroyed": "success",
    }


async def test_chromium_gathers_only_the_janus_namespaces_addresses_the_veth_among_them(
    left_behind: dict[str, Any], sfu_site: SfuSite
) -> None:
    record(left_behind, sfu_site)
    page = await (await sfu_site.person()).page()
    lines: list[str] = await page.evaluate(CANDIDATES_JS)
    # candidate:FOUNDATION COMPONENT PROTOCOL PRIORITY ADDRESS PORT typ TYPE ...
    gathered = {(line.split()[4], line.split()[7]) for line in lines}
    veth = {netns.ADDRESS, netns.PEER_ADDRESS}
    assert any(address in veth and kind == "host" for address, kind in gathered), lines
    assert {address for address, _ in gathered} <= namespace_addresses(sfu_site.janus.netns.name), (
        lines
    )
