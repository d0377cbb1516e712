import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";

/**
 * A fake Selectielijst / Referentielijsten API for tests, with msw: it answers GETs for the
 * resources it is given (404 for others) and records every outbound request, so a test can
 * also show that nothing was fetched at all.
 */
export function nepExterneLijsten() {
  let bronnen: Record<string, unknown> = {};
  const verzoeken: string[] = [];
  const server = setupServer(
    http.get("*", ({ request }) => {
      verzoeken.push(request.url);
      return request.url in bronnen ? HttpResponse.json(bronnen[request.url] as object) : HttpResponse.json({}, { status: 404 });
    }),
  );
  return {
    verzoeken,
    /** Serve these resources (URL -> JSON body) from now on. */
    bedien(nieuw: Record<string, unknown>) {
      bronnen = nieuw;
    },
    start: () => server.listen({ onUnhandledRequest: "error" }),
    /** Between tests: forget resources and recorded requests. */
    herstel() {
      bronnen = {};
      verzoeken.length = 0;
    },
    stop: () => server.close(),
  };
}
