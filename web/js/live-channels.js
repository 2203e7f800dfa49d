// Several listeners on one live channel: a space view may show two chats that both need the
// member's notice channel. TwinspaceClient subscribes once per channel and tells every handler;
// the last one to stop listening unsubscribes.

/** Listen to `channel` on `live`; returns the function that stops listening. */
export function listen(live, channel, handler) {
  live.subscribe(channel, handler).catch(() => {});
  return () => {
    live.unsubscribe(channel, handler).catch(() => {});
  };
}
