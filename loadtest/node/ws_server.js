// The Node ceiling: a raw `ws` broadcast server speaking the same protocol as
// loadtest/baseline_ws.py, so the same clients and publisher drive both.
//
// A client's first text frame names the channel it joins and is answered with an `ack` carrying
// the channel's sequence number. Any later frame "<channel>\n<body>" (body: an encoded event
// body, a JSON object) gets the channel's next sequence number and goes to every member as the
// same `event` frame our server sends. No auth, no policy, no Redis: the frame is built once and
// handed to each member's socket, the most one Node process does for this fan-out shape.
//
// Run: node ws_server.js --port N   (binds 127.0.0.1; prints "ready" once listening)
"use strict";

const { WebSocketServer } = require("ws");
const { parseArgs } = require("node:util");

const { values } = parseArgs({ options: { port: { type: "string" } } });
const port = Number(values.port);
if (!Number.isInteger(port) || port <= 0) {
  console.error("usage: node ws_server.js --port N");
  process.exit(2);
}

/** channel -> Set of member sockets */
const members = new Map();
/** channel -> last sequence number given */
const seqs = new Map();

const server = new WebSocketServer({
  host: "127.0.0.1",
  port,
  perMessageDeflate: false,
  clientTracking: false,
});

server.on("connection", (ws) => {
  let channel = null;
  ws.on("message", (data) => {
    const text = data.toString();
    if (channel === null) {
      channel = text;
      if (!members.has(channel)) members.set(channel, new Set());
      members.get(channel).add(ws);
      const seq = seqs.get(channel) || 0;
      ws.send(JSON.stringify({ type: "ack", ref: "join", channel, seq }));
      return;
    }
    const cut = text.indexOf("\n");
    const name = text.slice(0, cut);
    const body = text.slice(cut + 1);
    const seq = (seqs.get(name) || 0) + 1;
    seqs.set(name, seq);
    // Same bytes as protocol.frames.event_frame: the body's fields after channel and seq.
    const frame = Buffer.from(
      `{"type":"event","channel":${JSON.stringify(name)},"seq":${seq},${body.slice(1)}`,
    );
    const group = members.get(name);
    if (group === undefined) return;
    for (const member of group) member.send(frame, { binary: false });
  });
  ws.on("close", () => {
    if (channel !== null) members.get(channel).delete(ws);
  });
  ws.on("error", () => {}); // a client's reset closes it; the close handler cleans up
});

server.on("listening", () => console.log("ready"));
