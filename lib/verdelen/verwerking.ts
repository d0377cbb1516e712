/**
 * One item of an opdracht: the zaak/taak is read fresh, the user's right to change it is asked
 * again (the policy, via the same functions as the single toekennen action), and items the user
 * may no longer change are skipped with a reason. The writes go through the single action's
 * path: zaak rollen through the ZGW client with X-Audit-Toelichting = reden (the zaak's
 * historie), taken through lib/taken (taak_historie).
 */
import { demoZaaktypeDomeinen } from "@/lib/auth/toegang";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getPabcClient } from "@/lib/pabc";
import { taakLezen } from "@/lib/taken";
import { zgwClient, ZgwRol } from "@/lib/zgw-client";
import type { MedewerkerContext } from "@/lib/zaakafhandeling/context";
import { TAAKTYPE_NAMEN, type Taaktype } from "@/lib/zaakafhandeling/contract";
import { verseZaak } from "@/lib/zaakafhandeling/feiten";
import { behandelaarUit, groepUit } from "@/lib/zaakafhandeling/rollen";
import { taakToekennen } from "@/lib/zaakafhandeling/taken";
import { zaakToekennen } from "@/lib/zaakafhandeling/zaken";
import type { GebruikerMomentopname, OpdrachtRij } from "./opslag";

export type Uitkomst =
  | { status: "gelukt" | "overgeslagen" | "mislukt"; reden: string | null; label: string | null }
  /** A temporary failure (ZGW API or network away): try this item again later. */
  | { status: "opnieuw"; reden: string; label: string | null };

/** The context of the user who started the opdracht (their rights as at the start; the data fresh). */
export function contextVoor(gebruiker: GebruikerMomentopname, db: Database): MedewerkerContext {
  return {
    id: gebruiker.id,
    naam: gebruiker.naam,
    groepen: gebruiker.groepen,
    policy: gebruiker.policy,
    opties: { zaaktypeDomeinen: demoZaaktypeDomeinen() },
    zgw: zgwClient({ id: gebruiker.id, weergave: gebruiker.naam }),
    db,
  };
}

/** PABC groups (behandelaar) per zaaktype; one lookup per zaaktype per cache. */
export type GroepenCache = Map<string, Promise<Set<string>>>;

export function bevoegdeGroepen(cache: GroepenCache, zaaktype: string): Promise<Set<string>> {
  let p = cache.get(zaaktype);
  if (!p) {
    p = getPabcClient()
      .groepen({ applicatieRol: "behandelaar", zaaktype })
      .then((g) => new Set(g.map((x) => x.naam)));
    p.catch(() => cache.delete(zaaktype));
    cache.set(zaaktype, p);
  }
  return p;
}

function isTijdelijk(error: unknown): boolean {
  if (error instanceof AppError) return error.status === 503 || error.status === 502 || error.status === 504;
  // fetch failures (connection refused/reset) arrive as TypeError.
  return error instanceof TypeError;
}

function foutUitkomst(error: unknown, label: string | null): Uitkomst {
  if (isTijdelijk(error)) return { status: "opnieuw", reden: error instanceof Error ? error.message : String(error), label };
  if (error instanceof AppError) {
    if (error.status === 403) return { status: "overgeslagen", reden: error.detail ?? "Je mag dit niet (meer) wijzigen.", label };
    if (error.status === 404) return { status: "overgeslagen", reden: error.detail ?? "Bestaat niet meer.", label };
    if (error.status === 409) return { status: "overgeslagen", reden: error.detail ?? "Kan in deze toestand niet.", label };
    return { status: "mislukt", reden: error.detail ?? error.title, label };
  }
  return { status: "mislukt", reden: error instanceof Error ? error.message : String(error), label };
}

/** The groep rol stores at most 24 characters of the id (see lib/zaakafhandeling/zaken.ts). */
const groepId = (groep: string) => groep.slice(0, 24);

export async function verwerkItem(ctx: MedewerkerContext, opdracht: OpdrachtRij, sleutel: string, groepen: GroepenCache): Promise<Uitkomst> {
  return opdracht.soort === "zaken" ? verwerkZaak(ctx, opdracht, sleutel, groepen) : verwerkTaak(ctx, opdracht, sleutel, groepen);
}

async function verwerkZaak(ctx: MedewerkerContext, o: OpdrachtRij, uuid: string, groepen: GroepenCache): Promise<Uitkomst> {
  let label: string | null = null;
  try {
    const vers = await verseZaak(ctx, uuid);
    label = vers.zaak.identificatie;
    if (!vers.rechten.toekennen) {
      const waarom = vers.feiten.open ? "" : " (de zaak is afgehandeld)";
      return { status: "overgeslagen", reden: `Je mag deze zaak niet (meer) toekennen${waarom}.`, label };
    }
    if (o.actie === "verdelen" && o.groep && !(await bevoegdeGroepen(groepen, vers.feiten.zaaktype)).has(o.groep)) {
      return { status: "overgeslagen", reden: `Groep "${o.groep}" is niet bevoegd voor zaaktype "${vers.feiten.zaaktype}".`, label };
    }
    const rollen = await ctx.zgw.alle("zaken", "/rollen", ZgwRol, { zaak: vers.zaak.url });
    const groep = groepUit(rollen);
    const behandelaar = behandelaarUit(rollen);
    if (o.actie === "vrijgeven") {
      if (!behandelaar) return { status: "gelukt", reden: "Had al geen behandelaar.", label };
      // Vrijgeven keeps the groep: only the medewerker rol goes, with the reden in the audit trail.
      for (const r of rollen) {
        if (r.omschrijvingGeneriek === "behandelaar" && r.betrokkeneType === "medewerker") await ctx.zgw.verwijder(r.url, o.reden);
      }
      return { status: "gelukt", reden: null, label };
    }
    // Idempotent: an item already in the target state (e.g. done before a crash) is not redone.
    if (groep?.id === groepId(o.groep ?? "") && (behandelaar?.id ?? null) === (o.behandelaarId ?? null)) {
      return { status: "gelukt", reden: "Was al zo toegekend.", label };
    }
    await zaakToekennen(ctx, uuid, { aanMij: false, groep: o.groep, behandelaar: o.behandelaarId, reden: o.reden });
    return { status: "gelukt", reden: null, label };
  } catch (error) {
    return foutUitkomst(error, label);
  }
}

async function verwerkTaak(ctx: MedewerkerContext, o: OpdrachtRij, id: string, groepen: GroepenCache): Promise<Uitkomst> {
  let label: string | null = null;
  try {
    const taak = await taakLezen(ctx.db, id);
    if (!taak) return { status: "overgeslagen", reden: "Deze taak bestaat niet meer.", label };
    label = `${TAAKTYPE_NAMEN[taak.taaktype as Taaktype] ?? taak.taaktype} (${taak.zaakIdentificatie})`;
    if (taak.status === "afgerond") return { status: "overgeslagen", reden: "Deze taak is al afgerond.", label };
    if (o.actie === "vrijgeven") {
      if (!taak.behandelaarId) return { status: "gelukt", reden: "Had al geen behandelaar.", label };
      await taakToekennen(ctx, id, { aanMij: false, groep: taak.groep, behandelaar: null, reden: o.reden });
      return { status: "gelukt", reden: null, label };
    }
    if (o.groep && !(await bevoegdeGroepen(groepen, taak.zaaktype)).has(o.groep)) {
      return { status: "overgeslagen", reden: `Groep "${o.groep}" is niet bevoegd voor zaaktype "${taak.zaaktype}".`, label };
    }
    if (taak.groep === o.groep && taak.behandelaarId === (o.behandelaarId ?? null)) return { status: "gelukt", reden: "Was al zo toegekend.", label };
    // taakToekennen reads the taak and its zaak fresh and asks taak.toekennen (403 -> skipped).
    await taakToekennen(ctx, id, { aanMij: false, groep: o.groep, behandelaar: o.behandelaarId, reden: o.reden });
    return { status: "gelukt", reden: null, label };
  } catch (error) {
    return foutUitkomst(error, label);
  }
}
