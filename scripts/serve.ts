/**
 * The production server: Next's request handler behind a plain Node HTTP
 * server, because App Router handlers never see the TCP peer, and trusting
 * proxy headers needs it. lib/http/edge-guard.ts decides per request (peer
 * header from the socket, forwarded headers only from trusted proxies,
 * spoofed identity headers and cross-site server actions refused with 403,
 * form posts to pages with 405, malformed paths with 400: each a 500 from Next).
 * SIGTERM/SIGINT: stop accepting, let in-flight requests finish (up to 25 s),
 * close the database (SQLite folds its write-ahead log back into the file), exit.
 *
 * Run by scripts/start.ts (npm start) in its own process, without the
 * react-server condition, as `next start` would be.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import next from "next";
import { getConfig } from "@/lib/config/env";
import { disconnectDb } from "@/lib/db/client";
import { guardRequest } from "@/lib/http/edge-guard";
import { API_METHOD_TABLE } from "@/lib/http/api-route-methods";
import { responseSecurityHeaders, secureSetCookie, servedOverHttps } from "@/lib/http/security-headers";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
const DRAIN_MS = 25_000;

const { auth: config, requestTimeoutSeconds } = getConfig();
const app = next({ dev: false, dir: process.cwd(), port, hostname });
const handle = app.getRequestHandler();
await app.prepare();

function toHeaders(request: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v));
    else if (value !== undefined) headers.set(name, value);
  }
  return headers;
}

function writeBack(request: IncomingMessage, headers: Headers): void {
  for (const name of Object.keys(request.headers)) if (!headers.has(name)) delete request.headers[name];
  for (const [name, value] of headers) request.headers[name] = name === "set-cookie" ? [value] : value;
}

/** Every cookie of this response gets Secure, as its headers are written (Next calls writeHead, or Node does for it). */
function markCookiesSecure(response: ServerResponse): void {
  response.writeHead = new Proxy(response.writeHead, {
    apply(writeHead, self, args) {
      const cookies = response.getHeader("set-cookie");
      if (cookies !== undefined) response.setHeader("set-cookie", [cookies].flat().map((cookie) => secureSetCookie(String(cookie))));
      return Reflect.apply(writeHead, self, args);
    },
  });
}

async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const decision = guardRequest(request.method ?? "GET", request.url ?? "/", toHeaders(request), request.socket.remoteAddress, config, API_METHOD_TABLE);
  // Every response, refusals included; pages get their nonce CSP from proxy.ts on top.
  const https = servedOverHttps(decision.kind === "pass" ? decision.headers : new Headers(), "encrypted" in request.socket);
  for (const [name, value] of responseSecurityHeaders(https)) response.setHeader(name, value);
  if (https) markCookiesSecure(response);
  if (decision.kind === "refuse") {
    console.warn(`[triage] ${decision.log}`);
    response.writeHead(decision.status, { ...decision.headers, "Content-Type": "application/json", "Cache-Control": "no-store" });
    response.end(JSON.stringify({ error: { code: decision.code, message: decision.message, fields: decision.fields } }));
    return;
  }
  writeBack(request, decision.headers);
  request.url = decision.url;
  await handle(request, response);
}

// A client gets TRIAGE_REQUEST_TIMEOUT seconds (default 30) to send its whole request, or Node
// answers 408 and closes the connection; Node's own default is 300 s. Deadlines are checked every
// few seconds rather than every 30 (Node's default), so the 408 comes close to the deadline.
const requestTimeout = requestTimeoutSeconds * 1000;
const timeouts = { requestTimeout, headersTimeout: requestTimeout, connectionsCheckingInterval: Math.min(5000, requestTimeout / 2) };

const server = createServer(timeouts, (request, response) => {
  serve(request, response).catch((error: unknown) => {
    console.error("[triage] request failed:", error);
    if (!response.headersSent) response.writeHead(500);
    response.end();
  });
});
server.listen(port, hostname, () => console.log(`triage: serving on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port} (sign-in: ${config.mode})`));

let stopping = false;
function stop(signal: NodeJS.Signals): void {
  if (stopping) return;
  stopping = true;
  console.log(`triage: ${signal}: finishing in-flight requests…`);
  server.close(() => {
    disconnectDb().then(
      () => {
        console.log("triage: database closed; exiting");
        process.exit(0);
      },
      (error: unknown) => {
        console.error("triage: closing the database failed:", error);
        process.exit(1);
      },
    );
  });
  server.closeIdleConnections();
  setTimeout(() => {
    console.warn("triage: requests still running after 25 s; exiting");
    process.exit(0);
  }, DRAIN_MS).unref();
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
