#!/usr/bin/env bash
# What the test suite needs of the machine, brought by itself: `make test` runs this first, so a
# fresh machine runs every test (as CI does) instead of skipping the browser, Janus, coturn and
# nginx tests.
#
# - Redis and PostgreSQL on 127.0.0.1:6379 and :5432 are started when they are installed but
#   down (the tests need them; under CI=true they fail rather than skip without them).
# - Debian packages the tests drive, installed when missing with one apt-get update:
#   chromium and chromium-headless-shell (the web client's tests, through Playwright, never
#   downloaded by it: the page tests run the headless shell, the video tests chromium), node (the client
#   library's unit tests) and npm (the fan-out benchmark's Node.js peers, installed from
#   their lock by loadtest/node_peers.py); janus, janus-tools (`janus-pp-rec`: webinar
#   recordings into WebM and Ogg) and coturn (video: the SFU and TURN tests start their
#   own, on loopback); nginx and openssl (the shipped proxy config is checked by the real
#   nginx with a throwaway certificate); postgresql-client (pg_dump/pg_restore for backups);
#   util-linux (unshare) and iproute2 (ip netns: Chromium and Janus in a private network
#   namespace); ceph-mon, ceph-osd, radosgw and ceph-common: the S3-protocol server the blob
#   store tests start (a one-node Ceph with radosgw on loopback, loadtest/ceph.py).
#
# Installing needs root (or sudo without a password). Without either, it says what is missing
# and the suite goes on: those tests then skip for a developer, and fail under CI=true.
set -euo pipefail

if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && command -v redis-server >/dev/null 2>&1; then
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no || true
fi
if ! pg_isready -h 127.0.0.1 -p 5432 >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start || true
fi

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromium-headless-shell >/dev/null 2>&1 || missing+=(chromium-headless-shell)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
command -v janus >/dev/null 2>&1 || missing+=(janus)
command -v turnserver >/dev/null 2>&1 || missing+=(coturn)
command -v janus-pp-rec >/dev/null 2>&1 || missing+=(janus-tools)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
command -v pg_dump >/dev/null 2>&1 || missing+=(postgresql-client)
command -v unshare >/dev/null 2>&1 || missing+=(util-linux)
command -v ip >/dev/null 2>&1 || missing+=(iproute2)
# A colour emoji font: the forum's reactions (👍 ❤️ 👏 …) are emoji, drawn as empty boxes in
# the browser tests' screenshots without one (any school's desktop or Chromebook has one).
[ -e /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ] || missing+=(fonts-noto-color-emoji)
command -v ceph-mon >/dev/null 2>&1 || missing+=(ceph-mon)
command -v ceph-osd >/dev/null 2>&1 || missing+=(ceph-osd)
command -v radosgw >/dev/null 2>&1 || missing+=(radosgw)
command -v radosgw-admin >/dev/null 2>&1 || missing+=(ceph-common)
[ "${#missing[@]}" -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "tests/machine-setup.sh: missing Debian packages: ${missing[*]}" >&2
  echo "  install them as root: apt-get install -y --no-install-recommends ${missing[*]}" >&2
  echo "  (without them their tests skip; under CI=true they fail)" >&2
  exit 0
fi
echo "tests/machine-setup.sh: installing ${missing[*]}"
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
