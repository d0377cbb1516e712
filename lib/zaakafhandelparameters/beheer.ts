/**
 * The beheer side: list, read and save zaakafhandelparameters. Every function asks the policy
 * for overig.beheren first (403 problem+json, nothing read or written); the choices (groepen,
 * resultaattypen) come from PABC and the Catalogi API, and a save that refers to anything else
 * answers 400 with the field that is wrong.
 */
import { DEMO_DOMEINEN } from "@/lib/demo/domeinen";
import { AppError } from "@/lib/errors";
import { assertRecht } from "@/lib/policy";
import { getPabcClient } from "@/lib/pabc";
import type { ZgwZaaktype } from "@/lib/zgw-client";
import { alleZaaktypen, resultaattypen } from "@/lib/zaakafhandeling/catalogus";
import type { MedewerkerContext } from "@/lib/zaakafhandeling/context";
import { overigeRechtenVoor } from "@/lib/zaakafhandeling/feiten";
import {
  inrichtingsProblemen,
  onbekendeVerwijzingen,
  zaaktypeStatus,
  type Keuzes,
  type ParametersFormulier,
  type ZaakafhandelparametersInvoer,
  type ZaaktypeInrichting,
  legeParameters,
} from "./model";
import { alleParameters, bewaarParameters, leesParameters, type OpgeslagenParameters } from "./opslag";

export function vereisBeheren(ctx: MedewerkerContext): void {
  assertRecht(overigeRechtenVoor(ctx), "overig.beheren", "het beheer");
}

function vandaag(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

/** The current published version of each zaaktype (by omschrijving). */
export async function huidigeZaaktypen(ctx: MedewerkerContext): Promise<Map<string, ZgwZaaktype>> {
  const dag = vandaag();
  const uit = new Map<string, ZgwZaaktype>();
  for (const zt of await alleZaaktypen(ctx.zgw)) {
    if (zt.concept) continue;
    const begin = (zt as { beginGeldigheid?: string }).beginGeldigheid ?? "";
    const einde = (zt as { eindeGeldigheid?: string | null }).eindeGeldigheid ?? null;
    if (begin > dag || (einde && einde < dag)) continue;
    const bekend = uit.get(zt.omschrijving);
    const bekendBegin = (bekend as { beginGeldigheid?: string } | undefined)?.beginGeldigheid ?? "";
    if (!bekend || begin >= bekendBegin) uit.set(zt.omschrijving, zt);
  }
  return uit;
}

async function groepenVoor(zaaktype: string): Promise<{ id: string; naam: string }[]> {
  const groepen = await getPabcClient().groepen({ applicatieRol: "behandelaar", zaaktype });
  return groepen.map((g) => ({ id: g.naam, naam: g.omschrijving || g.naam })).sort((a, b) => a.naam.localeCompare(b.naam, "nl"));
}

async function keuzesVoor(ctx: MedewerkerContext, zt: ZgwZaaktype) {
  const [groepen, rt] = await Promise.all([groepenVoor(zt.omschrijving), resultaattypen(ctx.zgw, zt.url)]);
  return {
    groepen,
    resultaattypen: [...new Set(rt.map((r) => r.omschrijving))].sort((a, b) => a.localeCompare(b, "nl")),
    domeinen: DEMO_DOMEINEN.map((d) => ({ code: d.code, naam: d.naam })),
  };
}

function alsInvoer(p: OpgeslagenParameters | null): ZaakafhandelparametersInvoer | null {
  return p ? (p.parameters as ZaakafhandelparametersInvoer) : null;
}

async function zaaktypeOfNietGevonden(ctx: MedewerkerContext, omschrijving: string): Promise<ZgwZaaktype> {
  const zt = (await huidigeZaaktypen(ctx)).get(omschrijving);
  if (!zt) throw AppError.notFound(`Er is geen geldig zaaktype "${omschrijving}".`);
  return zt;
}

/** Every current zaaktype with its status and what is missing (the overview and the inrichtingscheck). */
export async function zaaktypenOverzicht(ctx: MedewerkerContext): Promise<ZaaktypeInrichting[]> {
  vereisBeheren(ctx);
  const [typen, opgeslagen] = await Promise.all([huidigeZaaktypen(ctx), alleParameters(ctx.db)]);
  const rijen = await Promise.all(
    [...typen.values()].map(async (zt): Promise<ZaaktypeInrichting> => {
      const eigen = opgeslagen.get(zt.omschrijving) ?? null;
      const k = await keuzesVoor(ctx, zt);
      const keuzes: Keuzes = { groepen: k.groepen.map((g) => g.id), resultaattypen: k.resultaattypen };
      const problemen = inrichtingsProblemen(alsInvoer(eigen), keuzes);
      return {
        zaaktype: zt.omschrijving,
        identificatie: zt.identificatie,
        ingericht: eigen !== null,
        inGebruik: eigen?.parameters.inGebruik ?? false,
        status: zaaktypeStatus(alsInvoer(eigen), problemen),
        standaardGroep: eigen?.parameters.standaardGroep ?? null,
        problemen,
        gewijzigd: eigen?.gewijzigd.toISOString() ?? null,
      };
    }),
  );
  return rijen.sort((a, b) => a.zaaktype.localeCompare(b.zaaktype, "nl"));
}

function formulier(zt: ZgwZaaktype, eigen: OpgeslagenParameters | null, keuzes: Awaited<ReturnType<typeof keuzesVoor>>): ParametersFormulier {
  const p = alsInvoer(eigen);
  const problemen = inrichtingsProblemen(p, { groepen: keuzes.groepen.map((g) => g.id), resultaattypen: keuzes.resultaattypen });
  return {
    zaaktype: zt.omschrijving,
    identificatie: zt.identificatie,
    ingericht: eigen !== null,
    parameters: eigen?.parameters ?? legeParameters(),
    gewijzigd: eigen?.gewijzigd.toISOString() ?? null,
    gewijzigdDoor: eigen?.gewijzigdDoor ?? null,
    keuzes,
    problemen,
    status: zaaktypeStatus(p, problemen),
  };
}

export async function parametersFormulier(ctx: MedewerkerContext, omschrijving: string): Promise<ParametersFormulier> {
  vereisBeheren(ctx);
  const zt = await zaaktypeOfNietGevonden(ctx, omschrijving);
  const [eigen, keuzes] = await Promise.all([leesParameters(ctx.db, omschrijving), keuzesVoor(ctx, zt)]);
  return formulier(zt, eigen, keuzes);
}

/** Saves the settings of one zaaktype; 400 (nothing stored) when they refer to a groep or resultaattype that does not exist. */
export async function parametersOpslaan(ctx: MedewerkerContext, omschrijving: string, invoer: ZaakafhandelparametersInvoer): Promise<ParametersFormulier> {
  vereisBeheren(ctx);
  const zt = await zaaktypeOfNietGevonden(ctx, omschrijving);
  const keuzes = await keuzesVoor(ctx, zt);
  const fout = onbekendeVerwijzingen(invoer, { groepen: keuzes.groepen.map((g) => g.id), resultaattypen: keuzes.resultaattypen }).map((f) => ({
    name: f.veld,
    code: "invalid",
    reason: f.melding,
  }));
  if (invoer.domein && !keuzes.domeinen.some((d) => d.code === invoer.domein)) {
    fout.push({ name: "domein", code: "invalid", reason: `Domein "${invoer.domein}" bestaat niet.` });
  }
  if (fout.length > 0) throw AppError.invalid("Controleer de invoer.", fout);
  // Zaak starten and taak starten read the table per request: the new settings apply at once.
  const eigen = await bewaarParameters(ctx.db, omschrijving, invoer, ctx.id);
  return formulier(zt, eigen, keuzes);
}
