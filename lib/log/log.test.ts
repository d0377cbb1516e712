import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, redactUrl } from "./index";

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, logger: createLogger({ level: "info", destination }) };
}

describe("logger", () => {
  it("writes JSON lines with level label and request id", () => {
    const { lines, logger } = capture();
    logger.child({ reqId: "req-1" }).info({ zaak: "ZAAK-1" }, "zaak geopend");
    const line = JSON.parse(lines[0] ?? "{}");
    expect(line).toMatchObject({ level: "info", reqId: "req-1", zaak: "ZAAK-1", msg: "zaak geopend", app: "zac" });
  });

  it("never writes secrets or tokens", () => {
    const { lines, logger } = capture();
    logger.info(
      {
        headers: { authorization: "Bearer eyJ-geheim", cookie: "sessie=geheim", "x-api-key": "sleutel-geheim" },
        client: { secret: "s3cr3t", clientSecret: "cs-geheim" },
        tokens: { accessToken: "at-geheim", refreshToken: "rt-geheim", idToken: "id-geheim" },
        password: "wachtwoord-geheim",
      },
      "verzoek",
    );
    const written = lines.join("");
    for (const secret of ["eyJ-geheim", "sessie=geheim", "sleutel-geheim", "s3cr3t", "cs-geheim", "at-geheim", "rt-geheim", "id-geheim", "wachtwoord-geheim"]) {
      expect(written).not.toContain(secret);
    }
    expect(written).toContain("[verborgen]");
  });

  it("removes passwords from URLs", () => {
    expect(redactUrl("postgres://zac:geheim@db:5432/zac?sslmode=require")).toBe("postgres://zac:%5Bverborgen%5D@db:5432/zac");
    expect(redactUrl("geen url")).toBe("[ongeldige URL]");
  });
});
