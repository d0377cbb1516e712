/**
 * Route handlers' logic: the user's own dashboard and signaleringen (session), and the internal
 * job endpoints (X-API-KEY). Personal data only, so no policy question: everyone with access to
 * the app has a dashboard; the Mijn zaken/taken cards read the werklijsten, which ask the policy.
 */
import { z } from "zod";
import { vereisApiGebruiker } from "@/lib/auth";
import { vereisInterneApiSleutel } from "@/lib/auth/interne-api";
import { getDatabase, type Database } from "@/lib/db";
import { AppError, invalidParamsFromZod } from "@/lib/errors";
import { json } from "@/lib/http";
import { DashboardIndeling, GezienInvoer, SignaleringInstellingenInvoer, SignaleringType, type SignaleringInstellingen } from "./contract";
import { mailBeschikbaar } from "./mail";
import {
  aantalNieuw,
  instellingenOpslaan,
  instellingenVan,
  kaartenOpslaan,
  kaartenVan,
  markeerGezien,
  onthoudOntvanger,
  signaleringenOpruimen,
  signaleringenVan,
} from "./opslag";
import { takenVerlopend, zakenVerlopend } from "./verlopend";

const GEEN_CACHE = { "Cache-Control": "private, no-store" };
const ok = (body: unknown) => json(body, { headers: GEEN_CACHE });

async function lees<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch (error) {
    throw new AppError("parse_error", { detail: "De inhoud van het verzoek is geen geldige JSON.", cause: error });
  }
  const r = schema.safeParse(body);
  if (!r.success) throw AppError.invalid("Controleer de invoer.", invalidParamsFromZod(r.error));
  return r.data;
}

async function gebruiker(request: Request): Promise<{ id: string; naam: string; email: string | null; db: Database }> {
  const { gebruiker: g } = await vereisApiGebruiker(request);
  return { id: g.id, naam: g.naam, email: g.email, db: (await getDatabase()).db };
}

/** GET /api/dashboard -> DashboardIndeling (also refreshes the user's e-mail address for signaleringen). */
export async function dashboardLezen(request: Request): Promise<Response> {
  const g = await gebruiker(request);
  await onthoudOntvanger(g.db, g);
  return ok({ kaarten: await kaartenVan(g.db, g.id) });
}

/** PUT /api/dashboard DashboardIndeling -> DashboardIndeling */
export async function dashboardOpslaan(request: Request): Promise<Response> {
  const g = await gebruiker(request);
  const invoer = await lees(request, DashboardIndeling);
  return ok({ kaarten: await kaartenOpslaan(g.db, g.id, invoer.kaarten) });
}

/** GET /api/signaleringen?type=<type> -> SignaleringenAntwoord (newest 20 on the dashboard). */
export async function signaleringenLezen(request: Request): Promise<Response> {
  const g = await gebruiker(request);
  const type = SignaleringType.safeParse(new URL(request.url).searchParams.get("type"));
  if (!type.success) throw AppError.invalid("Onbekend type signalering.", [{ name: "type", code: "invalid", reason: "Onbekend type." }]);
  return ok(await signaleringenVan(g.db, g.id, type.data));
}

/** GET /api/signaleringen/nieuw -> { nieuw } (the menu dot). */
export async function nieuwLezen(request: Request): Promise<Response> {
  const g = await gebruiker(request);
  return ok({ nieuw: await aantalNieuw(g.db, g.id) });
}

/** POST /api/signaleringen/gezien { type } -> { gezien } */
export async function gezienMarkeren(request: Request): Promise<Response> {
  const g = await gebruiker(request);
  const { type } = await lees(request, GezienInvoer);
  return ok({ gezien: await markeerGezien(g.db, g.id, type) });
}

async function instellingenAntwoord(db: Database, id: string, email: string | null): Promise<SignaleringInstellingen> {
  return { instellingen: await instellingenVan(db, id), mailBeschikbaar: mailBeschikbaar(), email };
}

/** GET /api/signaleringen/instellingen -> SignaleringInstellingen */
export async function instellingenLezen(request: Request): Promise<Response> {
  const g = await gebruiker(request);
  await onthoudOntvanger(g.db, g);
  return ok(await instellingenAntwoord(g.db, g.id, g.email));
}

/** PUT /api/signaleringen/instellingen { instellingen } -> SignaleringInstellingen */
export async function instellingenWijzigen(request: Request): Promise<Response> {
  const g = await gebruiker(request);
  const invoer = await lees(request, SignaleringInstellingenInvoer);
  await instellingenOpslaan(g.db, g.id, invoer.instellingen);
  return ok(await instellingenAntwoord(g.db, g.id, g.email));
}

// --- internal (jobs) -------------------------------------------------------------------------------

/** POST /rest/internal/signaleringen/zaken-verlopend (X-API-KEY) -> { bekeken, nieuw } */
export async function zakenVerlopendJob(request: Request): Promise<Response> {
  vereisInterneApiSleutel(request);
  return ok(await zakenVerlopend((await getDatabase()).db));
}

/** POST /rest/internal/signaleringen/taken-verlopend (X-API-KEY) -> { bekeken, nieuw } */
export async function takenVerlopendJob(request: Request): Promise<Response> {
  vereisInterneApiSleutel(request);
  return ok(await takenVerlopend((await getDatabase()).db));
}

const OpruimQuery = z.object({ dagen: z.coerce.number({ error: "verwacht een aantal dagen" }).int().min(1).max(3650) });

/** POST /rest/internal/signaleringen/opruimen?dagen=N (X-API-KEY) -> { verwijderd } */
export async function opruimenJob(request: Request): Promise<Response> {
  vereisInterneApiSleutel(request);
  const q = OpruimQuery.safeParse({ dagen: new URL(request.url).searchParams.get("dagen") ?? undefined });
  if (!q.success) throw AppError.invalid("Geef het aantal dagen op: ?dagen=N (1 tot en met 3650).", invalidParamsFromZod(q.error));
  return ok({ verwijderd: await signaleringenOpruimen((await getDatabase()).db, q.data.dagen) });
}
