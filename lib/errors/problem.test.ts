import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, FOUT_CODES, problemResponse, toProblem } from "./index";

describe("toProblem", () => {
  it("maps an AppError to its status and ZGW-shaped body", () => {
    const problem = toProblem(AppError.notFound("Zaak ZAAK-1 bestaat niet."), { instance: "/api/zaken/1" });
    expect(problem.status).toBe(404);
    expect(problem.headers["Content-Type"]).toBe("application/problem+json");
    expect(problem.body).toMatchObject({
      type: "urn:zac:fout:not_found",
      code: "not_found",
      status: 404,
      detail: "Zaak ZAAK-1 bestaat niet.",
      instance: "/api/zaken/1",
    });
    expect(problem.unexpected).toBeUndefined();
  });

  it("carries invalidParams and extensions", () => {
    const error = new AppError("permission_denied", { detail: "Geen recht", extensions: { recht: "zaak.wijzigen" } });
    expect(toProblem(error).body.recht).toBe("zaak.wijzigen");
    const invalid = AppError.invalid("Fout", [{ name: "omschrijving", code: "required", reason: "Verplicht." }]);
    expect(toProblem(invalid).body.invalidParams).toEqual([{ name: "omschrijving", code: "required", reason: "Verplicht." }]);
  });

  it("turns a ZodError into 400 with field paths as in the ZGW standard", () => {
    const schema = z.object({ zaak: z.object({ rollen: z.array(z.object({ naam: z.string() })) }), omschrijving: z.string() });
    const parsed = schema.safeParse({ zaak: { rollen: [{ naam: 1 }] } });
    const problem = toProblem(parsed.error);
    expect(problem.status).toBe(400);
    const names = problem.body.invalidParams?.map((p) => `${p.name}:${p.code}`);
    expect(names).toEqual(expect.arrayContaining(["zaak.rollen.0.naam:invalid", "omschrijving:required"]));
  });

  it("hides internals of unknown errors behind a 500 with a correlation id", () => {
    const problem = toProblem(new Error("connection string postgres://u:geheim@db failed"), { correlationId: "abc-123" });
    expect(problem.status).toBe(500);
    expect(JSON.stringify(problem.body)).not.toContain("geheim");
    expect(problem.body.correlationId).toBe("abc-123");
    expect(problem.body.detail).toContain("abc-123");
    expect(problem.unexpected).toBeInstanceOf(Error);
  });

  it("has a Dutch title and HTTP status for every code", () => {
    for (const [code, def] of Object.entries(FOUT_CODES)) {
      const problem = toProblem(new AppError(code as keyof typeof FOUT_CODES));
      expect(problem.status).toBe(def.status);
      expect(problem.body.title.length).toBeGreaterThan(5);
    }
  });

  it("builds a Response with the problem content type", async () => {
    const response = problemResponse(toProblem(AppError.conflict("Al vergrendeld.")), { "X-Request-Id": "r1" });
    expect(response.status).toBe(409);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.headers.get("x-request-id")).toBe("r1");
    expect(await response.json()).toMatchObject({ code: "conflict", detail: "Al vergrendeld." });
  });
});
