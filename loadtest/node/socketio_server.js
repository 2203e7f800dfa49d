// What a team picks on Node.js: Socket.IO 4 with @socket.io/redis-adapter, in one process.
//
// A client's `join` event names a channel: the server puts the socket in the room of that name
// and acknowledges with "ok" (as loadtest/baseline_socketio.py does, so the same Python clients
// drive both). Nothing here publishes: the benchmark's publisher writes each `tick` to Redis in
// the adapter's own format (what @socket.io/redis-emitter sends: loadtest/node_peers.py), and the
// adapter hands it to the room, as our server receives its events through Redis.
//
// Run: node socketio_server.js --port N --redis-url URL --key PREFIX
//      (binds 127.0.0.1; prints "ready" once listening and subscribed)
"use strict";

const http = require("node:http");
const { parseArgs } = require("node:util");
const { Server } = require("socket.io");
const { createAdapter } = require("@socket.io/redis-adapter");
const { createClient } = require("redis");

const { values } = parseArgs({
  options: {
    port: { type: "string" },
    "redis-url": { type: "string" },
    key: { type: "string", default: "socket.io" },
  },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port <= 0 || !values["redis-url"]) {
  console.error("usage: node socketio_server.js --port N --redis-url URL [--key PREFIX]");
  process.exit(2);
}

async function main() {
  const pubClient = createClient({ url: values["redis-url"] });
  const subClient = pubClient.duplicate();
  for (const client of [pubClient, subClient]) {
    client.on("error", (error) => console.error("redis:", error.message));
  }
  await Promise.all([pubClient.connect(), subClient.connect()]);

  const httpServer = http.createServer();
  const io = new Server(httpServer, {
    adapter: createAdapter(pubClient, subClient, { key: values.key }),
    serveClient: false,
  });
  // The adapter subscribes without waiting for Redis' answer. Replies on one connection come in
  // order, so once this later subscribe is answered the adapter's is too: no tick published
  // after "ready" can miss the server.
  await subClient.pSubscribe(`${values.key}-ready`, () => {});
  io.on("connection", (socket) => {
    socket.on("join", (channel, ack) => {
      socket.join(String(channel));
      if (typeof ack === "function") ack("ok");
    });
  });
  httpServer.listen(port, "127.0.0.1", () => console.log("ready"));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
