/** Taken and notities of a zaak: the app's own data, each action checked against the policy from fresh data. */
import { AppError } from "@/lib/errors";
import { assertRecht } from "@/lib/policy";
import { notitieToevoegen, notitieVerwijderen, notitieWijzigen, notitiesVanZaak } from "@/lib/notities";
import { taakAfronden as afronden, taakHistorieVan, taakLezen, taakStarten as starten, taakToekennen as toekennen, taakWijzigen as wijzigen, type TaakRij } from "@/lib/taken";
import type { MedewerkerContext } from "./context";
import type { Notitie, NotitieInvoer, TaakAfrondenInvoer, TaakDetail, TaakStartenInvoer, TaakWijzigenInvoer, Taaktype, ToekennenInvoer } from "./contract";
import { TaakGegevens, TaakAfronding } from "./contract";
import { geenLeestoegang, notitieRechtenVoor, taakRechtenVoor, verseZaak, zaakMetRecht, type VerseZaak } from "./feiten";
import { taakSamenvatting, vandaag } from "./zaken";
import { leesParameters, takenVoorZaaktype } from "@/lib/zaakafhandelparameters/opslag";
import { signaleerTaakToegekend } from "@/lib/signaleringen";

interface VerseTaak {
  taak: TaakRij;
  zaak: VerseZaak;
  rechten: ReturnType<typeof taakRechtenVoor>;
}

/** The taak and its zaak fresh; 404 when unknown, 403 without taak.lezen (or zaak.lezen). */
async function verseTaak(ctx: MedewerkerContext, id: string): Promise<VerseTaak> {
  const taak = await taakLezen(ctx.db, id);
  if (!taak) throw AppError.notFound("Deze taak bestaat niet.");
  const zaak = await verseZaak(ctx, taak.zaakUuid);
  const rechten = taakRechtenVoor(ctx, { open: taak.status !== "afgerond", zaakOpen: zaak.feiten.open, zaaktype: zaak.feiten.zaaktype });
  if (!rechten.lezen) throw geenLeestoegang("taak.lezen", "Je hebt geen toegang tot deze taak.");
  return { taak, zaak, rechten };
}

export async function taakDetail(ctx: MedewerkerContext, id: string): Promise<TaakDetail> {
  const { taak, zaak, rechten } = await verseTaak(ctx, id);
  const historie = await taakHistorieVan(ctx.db, id);
  const gegevens = TaakGegevens.safeParse(taak.gegevens);
  const afronding = taak.afronding ? TaakAfronding.safeParse(taak.afronding) : null;
  return {
    ...taakSamenvatting(taak, zaak.feiten.open, vandaag()),
    zaakUuid: taak.zaakUuid,
    zaakIdentificatie: taak.zaakIdentificatie,
    zaaktype: taak.zaaktype,
    toelichting: taak.toelichting,
    gegevens: gegevens.success ? gegevens.data : ({ taaktype: taak.taaktype as Taaktype, vraag: "" } as TaakDetail["gegevens"]),
    afronding: afronding?.success ? afronding.data : null,
    afgerond: taak.afgerond?.toISOString() ?? null,
    historie: historie.map((h) => ({ tijdstip: h.tijdstip.toISOString(), gebruiker: h.gebruiker, actie: h.actie, toelichting: h.toelichting })),
    rechten,
  };
}

function actor(ctx: MedewerkerContext) {
  return { id: ctx.id, naam: ctx.naam };
}

export async function taakStarten(ctx: MedewerkerContext, zaakUuid: string, invoer: TaakStartenInvoer): Promise<{ id: string }> {
  const zaak = await zaakMetRecht(ctx, zaakUuid, "starten_taak");
  // Only the task types the zaakafhandelparameters enable; their doorlooptijd gives the streefdatum.
  const soort = takenVoorZaaktype((await leesParameters(ctx.db, zaak.feiten.zaaktype))?.parameters ?? null).find((t) => t.taaktype === invoer.gegevens.taaktype);
  if (!soort) {
    throw AppError.invalid("Deze soort taak is niet ingeschakeld voor dit zaaktype.", [
      { name: "gegevens.taaktype", code: "invalid", reason: "Deze soort taak is niet ingeschakeld voor dit zaaktype." },
    ]);
  }
  const streefdatum = invoer.streefdatum ?? (soort.doorlooptijdDagen !== null ? plusDagenVanaf(vandaag(), soort.doorlooptijdDagen) : null);
  const behandelaar = invoer.behandelaar ? { id: invoer.behandelaar, naam: invoer.behandelaar === ctx.id ? ctx.naam : invoer.behandelaar } : null;
  const taak = await starten(
    ctx.db,
    {
      taaktype: invoer.gegevens.taaktype,
      zaak: { uuid: zaakUuid, url: zaak.zaak.url, identificatie: zaak.zaak.identificatie, zaaktype: zaak.feiten.zaaktype },
      gegevens: invoer.gegevens,
      groep: invoer.groep,
      behandelaar,
      streefdatum,
      fataledatum: invoer.fataledatum ?? null,
    },
    actor(ctx),
  );
  await signaleerTaakToegekend(ctx, taak, taak.behandelaarId);
  return { id: taak.id };
}

export async function taakToekennen(ctx: MedewerkerContext, id: string, invoer: ToekennenInvoer): Promise<void> {
  const { rechten, taak } = await verseTaak(ctx, id);
  assertRecht(rechten, "taak.toekennen", "deze taak");
  if (invoer.aanMij === true) {
    await toekennen(ctx.db, id, taak.groep, actor(ctx), actor(ctx), invoer.reden);
  } else {
    const b = invoer.behandelaar ? { id: invoer.behandelaar, naam: invoer.behandelaar === ctx.id ? ctx.naam : invoer.behandelaar } : null;
    await toekennen(ctx.db, id, invoer.groep, b, actor(ctx), invoer.reden);
    await signaleerTaakToegekend(ctx, taak, b?.id);
  }
}

export async function taakWijzigen(ctx: MedewerkerContext, id: string, invoer: TaakWijzigenInvoer): Promise<void> {
  const { rechten } = await verseTaak(ctx, id);
  assertRecht(rechten, "taak.wijzigen", "deze taak");
  const wijziging = Object.fromEntries(Object.entries(invoer).filter(([, v]) => v !== undefined));
  if (Object.keys(wijziging).length === 0) throw AppError.invalid("Er is niets gewijzigd.");
  await wijzigen(ctx.db, id, wijziging, actor(ctx));
}

export async function taakAfronden(ctx: MedewerkerContext, id: string, invoer: TaakAfrondenInvoer): Promise<void> {
  const { rechten, taak } = await verseTaak(ctx, id);
  assertRecht(rechten, "taak.wijzigen", "deze taak");
  if (taak.status === "afgerond") throw AppError.conflict("Deze taak is al afgerond.");
  if (invoer.afronding.taaktype !== taak.taaktype) {
    throw AppError.invalid("Dit formulier hoort niet bij deze taak.", [{ name: "afronding.taaktype", code: "invalid", reason: `Verwacht ${taak.taaktype}.` }]);
  }
  await afronden(ctx.db, id, invoer.afronding, actor(ctx));
}

// --- notities --------------------------------------------------------------------------------

function naarNotitie(n: Awaited<ReturnType<typeof notitiesVanZaak>>[number], magWijzigen: boolean): Notitie {
  return { id: n.id, tekst: n.tekst, auteurId: n.auteurId, auteur: n.auteur, aangemaakt: n.aangemaakt.toISOString(), gewijzigd: n.gewijzigd?.toISOString() ?? null, magWijzigen };
}

async function notitieRecht(ctx: MedewerkerContext, zaakUuid: string, recht: "lezen" | "wijzigen") {
  await verseZaak(ctx, zaakUuid); // 404 / 403 when the zaak may not be read
  const rechten = notitieRechtenVoor(ctx);
  assertRecht(rechten, `notitie.${recht}`, "notities");
  return rechten;
}

export async function notities(ctx: MedewerkerContext, zaakUuid: string): Promise<Notitie[]> {
  const rechten = await notitieRecht(ctx, zaakUuid, "lezen");
  return (await notitiesVanZaak(ctx.db, zaakUuid)).map((n) => naarNotitie(n, rechten.wijzigen));
}

export async function notitieToevoegenActie(ctx: MedewerkerContext, zaakUuid: string, invoer: NotitieInvoer): Promise<Notitie> {
  await notitieRecht(ctx, zaakUuid, "wijzigen");
  return naarNotitie(await notitieToevoegen(ctx.db, zaakUuid, actor(ctx), invoer.tekst), true);
}

export async function notitieWijzigenActie(ctx: MedewerkerContext, zaakUuid: string, id: string, invoer: NotitieInvoer): Promise<Notitie> {
  await notitieRecht(ctx, zaakUuid, "wijzigen");
  return naarNotitie(await notitieWijzigen(ctx.db, zaakUuid, id, invoer.tekst), true);
}

export async function notitieVerwijderenActie(ctx: MedewerkerContext, zaakUuid: string, id: string): Promise<void> {
  await notitieRecht(ctx, zaakUuid, "wijzigen");
  await notitieVerwijderen(ctx.db, zaakUuid, id);
}

function plusDagenVanaf(datum: string, dagen: number): string {
  const d = new Date(`${datum}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + dagen);
  return d.toISOString().slice(0, 10);
}
