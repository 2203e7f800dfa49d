"""Real SDP and ICE candidates (tests/data/sdp/README.md), for the tests of the signalling."""

from __future__ import annotations

from pathlib import Path

SDP_DIR = Path(__file__).parent / "data" / "sdp"


def sdp(name: str) -> str:
    """One captured description, e.g. ``sdp("chromium-offer")``."""
    return (SDP_DIR / f"{name}.sdp").read_bytes().decode("ascii")


#: Every captured description, by file name.
ALL_SDP = {path.stem: sdp(path.stem) for path in sorted(SDP_DIR.glob("*.sdp"))}
#: Trickled candidates as Chromium hands them to ``onicecandidate``.
CHROMIUM_CANDIDATES = (SDP_DIR / "chromium-candidates.txt").read_text("ascii").splitlines()
#: The smallest audio offer a browser could send: one sendrecv Opus section.
AUDIO_OFFER = sdp("aiortc-offer")
AUDIO_RECVONLY = AUDIO_OFFER.replace("a=sendrecv", "a=recvonly")
