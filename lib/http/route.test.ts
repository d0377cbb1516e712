import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { requestIdOf, route } from "./route";

const segment = { params: Promise.resolve({ id: "42" }) };

describe("route", () => {
  it("passes params and the incoming request id to the handler", async () => {
    const handler = route<{ id: string }>(async (_req, ctx) => Response.json({ id: ctx.params.id, reqId: ctx.requestId }));
    const response = await handler(new Request("http://localhost/x", { headers: { "x-request-id": "abc-1" } }), segment);
    expect(await response.json()).toEqual({ id: "42", reqId: "abc-1" });
  });

  it("maps an AppError to problem+json with the request id", async () => {
    const handler = route(async () => {
      throw AppError.forbidden("Je mag deze zaak niet wijzigen.");
    });
    const response = await handler(new Request("http://localhost/api/zaken/1", { headers: { "x-request-id": "r-9" } }), segment);
    expect(response.status).toBe(403);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.headers.get("x-request-id")).toBe("r-9");
    expect(await response.json()).toMatchObject({ code: "permission_denied", instance: "/api/zaken/1" });
  });

  it("maps zod failures to 400 and unknown errors to a bare 500", async () => {
    const invalid = route(async () => {
      z.object({ a: z.string() }).parse({});
      return new Response();
    });
    expect((await invalid(new Request("http://localhost/"), segment)).status).toBe(400);

    const broken = route(async () => {
      throw new TypeError("cannot read properties of undefined (reading 'geheim')");
    });
    const response = await broken(new Request("http://localhost/"), segment);
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain("geheim");
  });

  it("ignores a malformed request id", () => {
    const id = requestIdOf(new Request("http://localhost/", { headers: { "x-request-id": "bad id <script>" } }));
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
  });
});
