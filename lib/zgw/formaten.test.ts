import { describe, expect, it } from "vitest";
import { z } from "zod";
import { toProblem } from "@/lib/errors";
import { berekenEtag, ifNoneMatchPast } from "./etag";
import { pagineer } from "./pagination";
import { kommaLijst, paginaParameter, parseQuery } from "./query";
import { leesJson, zgwJson } from "./route";

const Schema = z.object({ clientIds: kommaLijst.optional(), page: paginaParameter });
const fout = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    return toProblem(error);
  }
  throw new Error("geen fout");
};

describe("strikte query-parameters", () => {
  it("leest bekende parameters", () => {
    expect(parseQuery("https://h/x?clientIds=a,,b&page=2", Schema)).toEqual({ clientIds: ["a", "b"], page: 2 });
    expect(parseQuery("https://h/x", Schema)).toEqual({});
  });

  it("geeft 400 unknown-parameters voor een onbekende parameter", () => {
    const p = fout(() => parseQuery("https://h/x?foo=1&bar=2", Schema));
    expect(p.status).toBe(400);
    expect(p.body.code).toBe("unknown-parameters");
    expect(p.body.invalidParams).toEqual([expect.objectContaining({ name: "nonFieldErrors", code: "unknown-parameters" })]);
    expect(p.body.detail).toContain("foo, bar");
  });

  it("geeft 400 met de parameternaam voor een ongeldige of dubbele waarde", () => {
    for (const q of ["page=0", "page=een", "page=1.5", "page=1&page=2"]) {
      const p = fout(() => parseQuery(`https://h/x?${q}`, Schema));
      expect(p.status).toBe(400);
      expect(p.body.invalidParams?.[0]?.name).toBe("page");
    }
  });
});

describe("paginering", () => {
  const url = new URL("https://zac.example/api/v1/dingen?filter=x&page=2");
  it("bouwt next/previous op de gevraagde URL", () => {
    expect(pagineer(url, 2, 250, [], 100)).toEqual({
      count: 250,
      next: "https://zac.example/api/v1/dingen?filter=x&page=3",
      previous: "https://zac.example/api/v1/dingen?filter=x",
      results: [],
    });
    expect(pagineer(new URL("https://zac.example/d"), 1, 0, [], 100)).toEqual({ count: 0, next: null, previous: null, results: [] });
  });

  it("weigert een pagina voorbij de laatste", () => {
    expect(fout(() => pagineer(url, 4, 250, [], 100)).status).toBe(400);
  });
});

describe("ETag en If-None-Match", () => {
  const body = { url: "https://a/1", naam: "x" };
  it("hangt af van de representatie", () => {
    expect(berekenEtag(body)).toMatch(/^"[0-9a-f]{32}"$/);
    expect(berekenEtag({ ...body, url: "https://b/1" })).not.toBe(berekenEtag(body));
  });

  it("herkent lijsten, zwakke tags en *", () => {
    const etag = berekenEtag(body);
    expect(ifNoneMatchPast(`"x", W/${etag}`, etag)).toBe(true);
    expect(ifNoneMatchPast("*", etag)).toBe(true);
    expect(ifNoneMatchPast('"x"', etag)).toBe(false);
    expect(ifNoneMatchPast(null, etag)).toBe(false);
  });

  it("geeft 304 zonder body als de ETag past, anders 200 met ETag", async () => {
    const eerst = zgwJson(new Request("https://h/x"), body, { etag: true });
    const etag = eerst.headers.get("ETag")!;
    expect(eerst.status).toBe(200);
    const weer = zgwJson(new Request("https://h/x", { headers: { "If-None-Match": etag } }), body, { etag: true });
    expect(weer.status).toBe(304);
    expect(weer.headers.get("ETag")).toBe(etag);
    expect(await weer.text()).toBe("");
    const anders = zgwJson(new Request("https://h/x", { headers: { "If-None-Match": '"oud"' } }), body, { etag: true });
    expect(anders.status).toBe(200);
  });
});

describe("JSON-body", () => {
  it("eist application/json (415) en geldige JSON (400)", async () => {
    const verzoek = (type: string, body: string) => new Request("https://h/x", { method: "POST", headers: { "Content-Type": type }, body });
    await expect(leesJson(verzoek("application/json; charset=utf-8", '{"a":1}'))).resolves.toEqual({ a: 1 });
    await expect(leesJson(verzoek("text/plain", "{}"))).rejects.toMatchObject({ status: 415 });
    await expect(leesJson(verzoek("application/json", "{"))).rejects.toMatchObject({ status: 400 });
  });
});
