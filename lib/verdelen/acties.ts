/**
 * The proxy side of bulk verdelen/vrijgeven: the right `werklijst.zaken_taken_verdelen` first
 * (403, nothing stored), then the selection (chosen ids, or every row the werklijst's filter
 * matches, resolved through the same werklijst query so only readable items), stored as an
 * opdracht that the worker processes.
 */
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { AppError, invalidParamsFromZod } from "@/lib/errors";
import { assertRecht } from "@/lib/policy";
import type { MedewerkerContext } from "@/lib/zaakafhandeling/context";
import { parseWerklijstQuery, type Groep, type TaakRij, type ZaakRij } from "@/lib/zaakafhandeling/contract";
import { werklijstRechtenVoor } from "@/lib/zaakafhandeling/feiten";
import { groepenVoorZaaktype, medewerkersVanGroep } from "@/lib/zaakafhandeling/groepen";
import { werklijst } from "@/lib/zaakafhandeling/werklijsten";
import { doorsnede, MAX_ITEMS, type VerdeelInvoer, type VerdeelLijst, type VerdeelOpdracht } from "./contract";
import { maakOpdracht, opdrachtVan } from "./opslag";
import { wekVerdeelWerker } from "./werker";

function vereisVerdeelRecht(ctx: MedewerkerContext): void {
  assertRecht(werklijstRechtenVoor(ctx), "werklijst.zaken_taken_verdelen", "zaken en taken (verdelen en vrijgeven)");
}

const SOORT: Record<VerdeelLijst, "zaken" | "taken"> = { "zaken-werkvoorraad": "zaken", "taken-werkvoorraad": "taken" };

/** Every row of the list that the filter matches, paged through the werklijst query itself. */
async function selectieUitFilter(ctx: MedewerkerContext, lijst: VerdeelLijst, filter: string): Promise<{ sleutel: string; label: string }[]> {
  const params = new URLSearchParams(filter);
  for (const k of ["page", "pageSize", "sort", "order"]) params.delete(k);
  const q = parseWerklijstQuery(params);
  if (!q.success) throw AppError.invalid("Ongeldig filter.", invalidParamsFromZod(q.error));
  const uit: { sleutel: string; label: string }[] = [];
  for (let page = 1; ; page++) {
    const antwoord = await werklijst(ctx, lijst, { ...q.data, page, pageSize: 100 });
    if (page === 1 && antwoord.count > MAX_ITEMS) {
      throw AppError.invalid(`Het filter geeft ${antwoord.count} regels; verdeel er hoogstens ${MAX_ITEMS} tegelijk.`, [
        { name: "selectie", code: "invalid", reason: `Hoogstens ${MAX_ITEMS}.` },
      ]);
    }
    for (const rij of antwoord.rijen as (ZaakRij | TaakRij)[]) {
      uit.push("uuid" in rij ? { sleutel: rij.uuid, label: rij.identificatie } : { sleutel: rij.id, label: `${rij.naam} (${rij.zaakIdentificatie})` });
    }
    if (antwoord.rijen.length < 100 || uit.length >= antwoord.count) break;
  }
  return uit;
}

export async function startOpdracht(ctx: MedewerkerContext, invoer: VerdeelInvoer): Promise<{ opdracht: VerdeelOpdracht; nieuw: boolean }> {
  vereisVerdeelRecht(ctx);
  const groep = invoer.actie === "verdelen" ? invoer.groep : null;
  const behandelaar = invoer.actie === "verdelen" ? (invoer.behandelaar || null) : null;
  if (groep && behandelaar) {
    const leden = await medewerkersVanGroep(ctx, groep);
    if (!leden.some((m) => m.id === behandelaar)) {
      throw AppError.invalid("Deze medewerker hoort niet bij de gekozen groep.", [{ name: "behandelaar", code: "invalid", reason: "Kies een medewerker van de groep." }]);
    }
  }
  let items: { sleutel: string; label: string | null }[];
  if ("ids" in invoer.selectie) {
    const ids = z.array(z.uuid()).safeParse(invoer.selectie.ids);
    if (!ids.success) throw AppError.invalid("Onbekende regels in de selectie.", invalidParamsFromZod(ids.error));
    items = ids.data.map((id) => ({ sleutel: id, label: null }));
  } else {
    items = await selectieUitFilter(ctx, invoer.lijst, invoer.selectie.filter);
  }
  const { opdracht, nieuw } = await maakOpdracht(ctx.db, {
    id: invoer.id ?? randomUUID(),
    soort: SOORT[invoer.lijst],
    actie: invoer.actie,
    groep,
    behandelaarId: behandelaar,
    reden: invoer.reden,
    gebruiker: { id: ctx.id, naam: ctx.naam, groepen: [...ctx.groepen], policy: ctx.policy },
    items,
  });
  if (nieuw) wekVerdeelWerker();
  const volledig = (await opdrachtVan(ctx.db, opdracht.id, ctx.id))!;
  // The answer to a start is the summary; the items come with GET /api/verdelen/{id}.
  delete volledig.items;
  return { opdracht: volledig, nieuw };
}

/** Groups authorised (PABC, behandelaar) for EVERY one of these zaaktypen. */
export async function groepenVoorVerdelen(ctx: MedewerkerContext, zaaktypen: readonly string[]): Promise<Groep[]> {
  vereisVerdeelRecht(ctx);
  const uniek = [...new Set(zaaktypen)];
  if (uniek.length === 0) return [];
  const perZaaktype = await Promise.all(uniek.map((zt) => groepenVoorZaaktype(ctx, zt)));
  return doorsnede(perZaaktype).sort((a, b) => a.naam.localeCompare(b.naam, "nl"));
}
