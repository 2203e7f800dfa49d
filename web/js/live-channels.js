// Several listeners on one live channel. TwinspaceClient keeps one handler per channel, and a
// space view may show two chats that both need the member's notice channel: listen() subscribes
// once per channel and hands every message to each listener; the last one gone unsubscribes.

const tables = new WeakMap(); // live client -> Map(channel -> {handlers})

/** Listen to `channel` on `live`; returns the function that stops listening. */
export function listen(live, channel, handler) {
  let table = tables.get(live);
  if (!table) {
    table = new Map();
    tables.set(live, table);
  }
  let entry = table.get(channel);
  if (!entry) {
    const made = { handlers: new Set() };
    entry = made;
    table.set(channel, made);
    live
      .subscribe(channel, (message) => {
        if (message.type === "unsubscribed" && table.get(channel) === made) table.delete(channel);
        for (const fn of [...made.handlers]) fn(message);
      })
      .catch(() => {});
  }
  const mine = entry;
  mine.handlers.add(handler);
  return () => {
    mine.handlers.delete(handler);
    if (mine.handlers.size === 0 && table.get(channel) === mine) {
      table.delete(channel);
      live.unsubscribe(channel).catch(() => {});
    }
  };
}
