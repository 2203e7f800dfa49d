// What waits for a moderator in one space (held posts and open reports, the server's
// `space.pending`), as a badge kept live: every event on `moderation:<id>` (docs/protocol.md)
// asks the server for the count again. Shown on My spaces and on the forum's Moderation button.

import { h } from "./dom.js";
import { t } from "./i18n.js";

/** {element, stop()}: `initial` is the count the caller has already, if any. */
export function pendingBadge(ctx, spaceId, initial = undefined) {
  const element = h("span", { class: "pending-badge", hidden: true });
  const channel = `moderation:${spaceId}`;
  let alive = true;
  let running = false;
  let again = false;

  function show(count) {
    element.hidden = !count;
    element.textContent = count ? t("pending.count", { count }) : "";
  }
  async function refresh() {
    // One request at a time; a burst of events while it runs asks once more after it.
    if (running) return void (again = true);
    running = true;
    try {
      const space = await ctx.api.space(spaceId);
      if (alive) show(space.pending ?? 0);
    } catch {
      // Gone or unreachable: the badge keeps its last count; the page says the rest.
    } finally {
      running = false;
      if (again && alive) {
        again = false;
        refresh();
      }
    }
  }
  const handler = (message) => {
    if (message.type === "event" || message.type === "reset") refresh();
  };
  show(initial ?? 0);
  // Once subscribed, asked again: what came between the caller's count and the subscription.
  ctx.live.subscribe(channel, handler).then(refresh, () => {});
  return {
    element,
    stop() {
      alive = false;
      ctx.live.unsubscribe(channel, handler).catch(() => {});
    },
  };
}
