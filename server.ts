/**
 * The app's one process: validates configuration, prepares the database, then serves
 * Next.js. A custom server (instead of `next start`) because the embedded PGlite database
 * must be owned by exactly one process, and the built-in identity provider of the
 * embedded default is mounted beside Next.js on the same port.
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import next from "next";
import { startIngebouwdeIdp } from "@/lib/auth/ingebouwde-idp";
import { closeDatabase } from "@/lib/db";
import { getLogger } from "@/lib/log";
import { prepareApp, reportStartupFailure } from "@/lib/startup";
import { startVerdelen, stopVerdelen } from "@/lib/verdelen/werker";
import { stopNotificaties } from "@/lib/zgw/notificaties";

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._:-]{1,100}$/;

// Decide the mode before anything reads the configuration: next() would otherwise switch
// NODE_ENV to production only after start-up had already run in development mode, and the
// production checks (secrets, the demo identity provider) would apply to requests but not
// to start-up.
const dev = process.argv.includes("--dev");
if (!process.env.NODE_ENV) Object.assign(process.env, { NODE_ENV: dev ? "development" : "production" });

async function main(): Promise<void> {
  const { config, log, database } = await prepareApp({ werkers: true });
  // The built-in demo OIDC provider (null when KEYCLOAK_ISSUER points to a real Keycloak).
  const idp = await startIngebouwdeIdp(config, log);

  const app = next({ dev, dir: process.cwd(), hostname: config.HOST, port: config.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const incoming = req.headers["x-request-id"];
    const requestId = typeof incoming === "string" && REQUEST_ID_PATTERN.test(incoming) ? incoming : randomUUID();
    req.headers["x-request-id"] = requestId;
    res.setHeader("X-Request-Id", requestId);
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      const path = (req.url ?? "/").split("?")[0];
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const level = path?.startsWith("/_next/") ? "debug" : "info";
      log[level]({ reqId: requestId, method: req.method, path, status: res.statusCode, ms: Math.round(ms * 10) / 10 }, "verzoek");
    });
    if (idp?.verwerk(req, res)) return;
    handle(req, res).catch((error: unknown) => {
      log.error({ reqId: requestId, err: error }, "onverwachte fout in de server");
      if (!res.headersSent) {
        res.statusCode = 500;
        res.setHeader("Content-Type", "application/problem+json");
        res.end(
          JSON.stringify({
            type: "urn:zac:fout:error",
            code: "error",
            title: "Er ging iets mis aan onze kant.",
            status: 500,
            instance: `urn:uuid:${requestId}`,
            correlationId: requestId,
          }),
        );
      } else {
        res.end();
      }
    });
  });

  server.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EADDRINUSE") {
      process.stderr.write(`\nPoort ${config.PORT} is al in gebruik. Stop het andere proces of kies een andere PORT.\n\n`);
    } else {
      process.stderr.write(`\nDe webserver kon niet starten: ${error.message}\n\n`);
    }
    process.exit(1);
  });

  server.listen(config.PORT, config.HOST, () => {
    log.info({ url: config.publicUrl, dev }, `zaakafhandelcomponent luistert op ${config.publicUrl}`);
    // Bulk verdelen (lib/verdelen): only once listening, because its ZGW calls go over loopback to this server.
    startVerdelen(database.db, log);
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "stoppen");
    // Stop accepting connections, then close the database so PGlite flushes to disk.
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    server.close(() => {
      void app
        .close()
        .catch(() => undefined)
        .then(() => Promise.all([stopNotificaties(), stopVerdelen()]))
        .catch(() => undefined)
        .then(() => closeDatabase())
        .finally(() => process.exit(0));
    });
    server.closeIdleConnections();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

main().catch((error: unknown) => {
  getLogger().flush?.();
  process.exit(reportStartupFailure(error));
});
