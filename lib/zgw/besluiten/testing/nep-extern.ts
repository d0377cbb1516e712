import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";

/** Base URL of the fake external ZGW APIs (another host than the app's public URL). */
export const EXTERN = "https://extern-zgw.example";

export interface VastgelegdVerzoek {
  method: string;
  url: string;
  body: unknown;
  authorization: string | null;
}

/**
 * A fake external Zaken/Documenten/Catalogi API for the Besluiten tests, with msw: GETs
 * answer the resources it is given (404 otherwise); POST {zaak}/besluiten and POST
 * .../objectinformatieobjecten create a relation (201 with a URL) unless told to refuse;
 * DELETE answers 204. Every request is recorded, so tests can show what was (not) sent.
 */
export function nepExterneZgw() {
  let bronnen: Record<string, unknown> = {};
  let weigerSchrijven = false;
  const verzoeken: VastgelegdVerzoek[] = [];
  let teller = 0;

  const leesBody = async (request: Request): Promise<unknown> => {
    const tekst = await request.text();
    return tekst === "" ? undefined : (JSON.parse(tekst) as unknown);
  };
  const vastleggen = async (request: Request) => {
    const v = { method: request.method, url: request.url, body: await leesBody(request.clone()), authorization: request.headers.get("authorization") };
    verzoeken.push(v);
    return v;
  };

  const server = setupServer(
    http.get(`${EXTERN}/*`, async ({ request }) => {
      await vastleggen(request);
      return request.url in bronnen ? HttpResponse.json(bronnen[request.url] as object) : HttpResponse.json({ detail: "Niet gevonden." }, { status: 404 });
    }),
    http.post(`${EXTERN}/*`, async ({ request }) => {
      const v = await vastleggen(request);
      if (weigerSchrijven) return HttpResponse.json({ detail: "Geweigerd.", invalidParams: [] }, { status: 400 });
      const id = `00000000-0000-4000-8000-${String(++teller).padStart(12, "0")}`;
      const url = request.url.endsWith("/besluiten") ? `${request.url}/${id}` : `${EXTERN}/documenten/api/v1/objectinformatieobjecten/${id}`;
      return HttpResponse.json({ url, ...(v.body as object) }, { status: 201 });
    }),
    http.delete(`${EXTERN}/*`, async ({ request }) => {
      await vastleggen(request);
      return new HttpResponse(null, { status: 204 });
    }),
  );
  return {
    verzoeken,
    /** Serve these resources (URL -> JSON body) from now on (added to the current ones). */
    bedien(nieuw: Record<string, unknown>) {
      bronnen = { ...bronnen, ...nieuw };
    },
    /** Whether writes (POST) are refused with a 400. */
    weiger(aan: boolean) {
      weigerSchrijven = aan;
    },
    start: () => server.listen({ onUnhandledRequest: "error" }),
    herstel() {
      bronnen = {};
      weigerSchrijven = false;
      verzoeken.length = 0;
    },
    stop: () => server.close(),
  };
}
