/**
 * Every request to a page or API passes here first: not logged in -> the login (pages) or
 * 401 (APIs); logged in without access -> the Dutch 403 page (with status 403) or 403
 * problem+json; /beheer and /api/beheer need the beheerder right. The decisions come from
 * lib/auth (which asks the policies). Paths with their own protection are not matched:
 * next-auth itself, health checks, the PABC API (API key), the identity provider,
 * /rest/internal (API key) and /uitloggen (it must not get a refreshed session cookie).
 */
import { type NextFetchEvent, type NextRequest, NextResponse } from "next/server";
import { auth } from "@/lib/auth/auth";
import { inlogUrl, toegangVoorSessie } from "@/lib/auth/poort";
import { AppError, problemResponse, toProblem } from "@/lib/errors";

/** Pages anyone may see (after logout, a failed login). */
const OPENBARE_PAGINAS = new Set(["/uitgelogd", "/inlogfout"]);
export const PAD_HEADER = "x-zac-pad";

function isApi(pad: string): boolean {
  return pad === "/api" || pad.startsWith("/api/");
}

function isBeheer(pad: string): boolean {
  return pad === "/beheer" || pad.startsWith("/beheer/") || pad === "/api/beheer" || pad.startsWith("/api/beheer/");
}

function probleem(error: AppError, pad: string): Response {
  return problemResponse(toProblem(error, { instance: pad }));
}

function metPad(request: Request, pad: string): Headers {
  // The layout reads the path from here (set by us, never by the client).
  const headers = new Headers(request.headers);
  headers.set(PAD_HEADER, pad);
  return headers;
}

function verder(request: Request, pad: string): NextResponse {
  return NextResponse.next({ request: { headers: metPad(request, pad) } });
}

function geenToegang(request: Request & { nextUrl: URL }, zoek = ""): NextResponse {
  return NextResponse.rewrite(new URL(`/geen-toegang${zoek}`, request.nextUrl.origin), {
    status: 403,
    request: { headers: metPad(request, "/geen-toegang") },
  });
}

const metSessie = auth((request) => {
  const pad = request.nextUrl.pathname;
  if (OPENBARE_PAGINAS.has(pad) || pad === "/inloggen") return verder(request, pad);

  const uitkomst = toegangVoorSessie(request.auth);
  if (!uitkomst) {
    if (isApi(pad)) {
      return probleem(
        new AppError("not_authenticated", {
          detail: "Log in om deze gegevens te gebruiken.",
          headers: { "WWW-Authenticate": 'Bearer realm="zaakafhandelcomponent"' },
        }),
        pad,
      );
    }
    return NextResponse.redirect(new URL(inlogUrl(pad + request.nextUrl.search), request.nextUrl.origin));
  }

  if (!uitkomst.toegang) {
    if (isApi(pad)) {
      return probleem(new AppError("permission_denied", { detail: uitkomst.uitleg, extensions: { reden: uitkomst.reden } }), pad);
    }
    if (pad === "/geen-toegang") return verder(request, pad);
    return geenToegang(request);
  }

  if (isBeheer(pad) && !uitkomst.beheerder) {
    if (isApi(pad)) {
      return probleem(new AppError("permission_denied", { detail: "Alleen een beheerder mag dit.", extensions: { reden: "geen-beheerder" } }), pad);
    }
    return geenToegang(request, "?reden=beheer");
  }
  return verder(request, pad);
});

/**
 * With lazy configuration (lib/auth/auth.ts), next-auth's `auth(handler)` resolves to the
 * middleware asynchronously, so the proxy awaits it.
 */
export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  const middleware = await metSessie;
  return middleware(request, event as never);
}

// The machine-to-machine APIs (PABC, the five ZGW APIs, internal endpoints) authenticate
// themselves (API key or ZGW JWT); a login redirect would only break their clients.
export const config = {
  matcher: [
    "/((?!_next/|api/auth/|api/health|api/ready|pabc/api/|autorisaties/api/|catalogi/api/|zaken/api/|documenten/api/|besluiten/api/|realms/|admin/realms/|rest/internal/|uitloggen$|favicon\\.ico|robots\\.txt|.*\\.(?:svg|png|jpg|ico|css|js|woff2?)$).*)",
  ],
};
