/**
 * Documents through the proxy. Rights come from the document's facts (its zaak decides
 * zaaktype and zaakOpen; the lock holder is in our own table) and are checked before any
 * write. Uploads go in parts (bestandsdelen) to the Documenten API: the UI sends each part's
 * bytes to `PUT /api/documenten/{uuid}/bestandsdelen/{volgnummer}`, which streams them on as
 * the multipart body the Documenten API wants, without buffering the file.
 */
import { AppError } from "@/lib/errors";
import { assertRecht, type DocumentRechten } from "@/lib/policy";
import {
  documentInLijst,
  documentUitLijsten,
  vergrendeling,
  vergrendelingOpslaan,
  vergrendelingVerwijderen,
  type VergrendelingRij,
} from "@/lib/werklijst/opslag";
import { taakLezen } from "@/lib/taken";
import { ZgwClient, zgwClientEnv, ZgwDocument, ZgwZaakInformatieobject, zgwFoutNaarAppError, type ZgwDocument as Document } from "@/lib/zgw-client";
import { z } from "zod";
import { informatieobjecttypeVan, informatieobjecttypen } from "./catalogus";
import type { MedewerkerContext } from "./context";
import type {
  DocumentAanmakenInvoer,
  DocumentDetail,
  DocumentOntkoppelenInvoer,
  DocumentWijzigenInvoer,
  NieuweVersieInvoer,
  UploadSessie,
  VerplaatsenInvoer,
} from "./contract";
import { documentFeiten, documentRechtenVoor, geenLeestoegang, taakRechtenVoor, verseZaak, werklijstRechtenVoor, type VerseZaak } from "./feiten";
import { vandaag } from "./zaken";
import { signaleerDocumentToegevoegd } from "@/lib/signaleringen";

const LockAntwoord = z.looseObject({ lock: z.string() });

export interface GeladenDocument {
  uuid: string;
  document: Document;
  zaak: VerseZaak | null;
  slot: VergrendelingRij | null;
  rechten: DocumentRechten;
}

function documentPad(uuid: string): { api: "documenten"; pad: string } {
  return { api: "documenten", pad: `/enkelvoudiginformatieobjecten/${encodeURIComponent(uuid)}` };
}

async function zaakVanDocument(ctx: MedewerkerContext, documentUrl: string): Promise<VerseZaak | null> {
  const zios = await ctx.zgw.array("zaken", "/zaakinformatieobjecten", ZgwZaakInformatieobject, { informatieobject: documentUrl });
  const eerste = zios[0];
  if (!eerste) return null;
  return verseZaak(ctx, ZgwClient.uuidUit(eerste.zaak));
}

/** The document as it is now, its zaak and the user's rights; 404 / 403 (lezen) first. */
export async function documentLaden(ctx: MedewerkerContext, uuid: string): Promise<GeladenDocument> {
  const document = await ctx.zgw.haalOfNull(documentPad(uuid), ZgwDocument);
  if (!document) throw AppError.notFound("Dit document bestaat niet.");
  const [zaak, slot] = await Promise.all([zaakVanDocument(ctx, document.url), vergrendeling(ctx.db, uuid)]);
  const feiten = documentFeiten(document, zaak ? { zaaktype: zaak.feiten.zaaktype, open: zaak.feiten.open } : null, slot && !slot.upload ? slot.gebruikerId : null);
  const rechten = documentRechtenVoor(ctx, feiten);
  if (!rechten.lezen) throw geenLeestoegang("document.lezen", "Je hebt geen toegang tot dit document.");
  return { uuid, document, zaak, slot, rechten };
}

async function documentMetRecht(ctx: MedewerkerContext, uuid: string, recht: keyof DocumentRechten): Promise<GeladenDocument> {
  const d = await documentLaden(ctx, uuid);
  assertRecht(d.rechten, `document.${recht}`, `document ${d.document.identificatie}`);
  return d;
}

function voorbeeldMogelijk(formaat: string | null): boolean {
  return !!formaat && (formaat === "application/pdf" || formaat.startsWith("image/"));
}

export async function documentDetail(ctx: MedewerkerContext, uuid: string): Promise<DocumentDetail> {
  const d = await documentLaden(ctx, uuid);
  const doc = d.document;
  const iot = await informatieobjecttypeVan(ctx.zgw, doc.informatieobjecttype).catch(() => null);
  const audit = await ctx.zgw
    .array("documenten", `/enkelvoudiginformatieobjecten/${encodeURIComponent(uuid)}/audittrail`, z.looseObject({ aanmaakdatum: z.string(), gebruikersWeergave: z.string().nullish(), actie: z.string(), wijzigingen: z.looseObject({ nieuw: z.unknown().nullish() }).nullish() }))
    .catch(() => []);
  const versies = audit
    .filter((a) => a.actie === "create" || a.actie === "update" || a.actie === "partial_update")
    .map((a) => {
      const n = (a.wijzigingen?.nieuw ?? {}) as Record<string, unknown>;
      return {
        versie: typeof n.versie === "number" ? n.versie : 0,
        bestandsnaam: typeof n.bestandsnaam === "string" ? n.bestandsnaam : null,
        bestandsomvang: typeof n.bestandsomvang === "number" ? n.bestandsomvang : null,
        formaat: typeof n.formaat === "string" ? n.formaat : null,
        beginRegistratie: typeof n.beginRegistratie === "string" ? n.beginRegistratie : a.aanmaakdatum,
        auteur: a.gebruikersWeergave ?? "",
      };
    })
    .filter((v, i, lijst) => v.versie > 0 && lijst.findIndex((x) => x.versie === v.versie) === i);
  return {
    uuid,
    identificatie: doc.identificatie,
    titel: doc.titel,
    informatieobjecttype: iot?.omschrijving ?? null,
    versie: doc.versie,
    status: doc.status,
    formaat: doc.formaat,
    bestandsnaam: doc.bestandsnaam,
    bestandsomvang: doc.bestandsomvang,
    creatiedatum: doc.creatiedatum,
    auteur: doc.auteur,
    vertrouwelijkheidaanduiding: doc.vertrouwelijkheidaanduiding,
    vergrendeld: doc.locked,
    vergrendeldDoor: doc.locked ? (d.slot?.gebruiker ?? "onbekend") : null,
    ondertekend: !!doc.ondertekening,
    rechten: d.rechten,
    beschrijving: doc.beschrijving,
    taal: doc.taal,
    zaak: d.zaak ? { uuid: d.zaak.zaak.uuid ?? ZgwClient.uuidUit(d.zaak.zaak.url), identificatie: d.zaak.zaak.identificatie, open: d.zaak.feiten.open } : null,
    versies: versies.length > 0 ? versies : [{ versie: doc.versie, bestandsnaam: doc.bestandsnaam, bestandsomvang: doc.bestandsomvang, formaat: doc.formaat, beginRegistratie: doc.beginRegistratie, auteur: doc.auteur }],
    voorbeeld: voorbeeldMogelijk(doc.formaat),
  };
}

function uploadSessie(doc: Document): UploadSessie {
  return {
    document: ZgwClient.uuidUit(doc.url),
    delen: doc.bestandsdelen.map((d) => ({ volgnummer: d.volgnummer, omvang: d.omvang, voltooid: d.voltooid })),
  };
}

/** Create a document (metadata) for a zaak, or for the inbox when `zaakUuid` is null; returns the parts to upload. */
export async function documentAanmaken(ctx: MedewerkerContext, zaakUuid: string | null, invoer: DocumentAanmakenInvoer): Promise<UploadSessie> {
  let zaak: VerseZaak | null = null;
  if (zaakUuid) {
    zaak = await verseZaak(ctx, zaakUuid);
    assertRecht(zaak.rechten, "zaak.toevoegen_document", `zaak ${zaak.zaak.identificatie}`);
    if (invoer.taak) {
      const taak = await taakLezen(ctx.db, invoer.taak);
      if (!taak || taak.zaakUuid !== zaakUuid) throw AppError.notFound("Deze taak hoort niet bij deze zaak.");
      const r = taakRechtenVoor(ctx, { open: taak.status !== "afgerond", zaakOpen: zaak.feiten.open, zaaktype: taak.zaaktype });
      assertRecht(r, "taak.toevoegen_document", "deze taak");
    }
    const toegestaan = (await informatieobjecttypen(ctx.zgw, zaak.zaaktype)).map((t) => t.url);
    if (!toegestaan.includes(invoer.informatieobjecttype)) {
      throw AppError.invalid("Kies een documenttype van dit zaaktype.", [{ name: "informatieobjecttype", code: "invalid", reason: "Niet toegestaan bij dit zaaktype." }]);
    }
  } else {
    assertRecht(werklijstRechtenVoor(ctx), "werklijst.inbox", "de inbox");
  }
  const leeg = invoer.bestandsomvang === 0;
  const doc = await ctx.zgw.maak(
    "documenten",
    "/enkelvoudiginformatieobjecten",
    {
      bronorganisatie: zaak?.zaak.bronorganisatie || zgwClientEnv().ZAC_BRONORGANISATIE,
      creatiedatum: invoer.creatiedatum ?? vandaag(),
      titel: invoer.titel,
      auteur: invoer.auteur ?? ctx.naam,
      taal: invoer.taal,
      bestandsnaam: invoer.bestandsnaam,
      formaat: invoer.formaat,
      bestandsomvang: invoer.bestandsomvang,
      // Empty file: empty content; otherwise no content: the API opens bestandsdelen and locks.
      inhoud: leeg ? "" : null,
      informatieobjecttype: invoer.informatieobjecttype,
      beschrijving: invoer.beschrijving,
      // Closing a zaak needs indicatieGebruiksrecht set on all its documents (zrc rule); no
      // gebruiksrechten are recorded through this screen.
      indicatieGebruiksrecht: false,
      ...(invoer.vertrouwelijkheidaanduiding ? { vertrouwelijkheidaanduiding: invoer.vertrouwelijkheidaanduiding } : {}),
      ...(invoer.status ? { status: invoer.status } : {}),
    },
    ZgwDocument,
    "Document geüpload",
  );
  const uuid = ZgwClient.uuidUit(doc.url);
  if (!leeg && doc.lock) {
    await vergrendelingOpslaan(ctx.db, { documentUuid: uuid, documentUrl: doc.url, slot: doc.lock, gebruikerId: ctx.id, gebruiker: ctx.naam, upload: true });
  }
  if (zaak) {
    await ctx.zgw.maak("zaken", "/zaakinformatieobjecten", { informatieobject: doc.url, zaak: zaak.zaak.url, titel: invoer.titel }, ZgwZaakInformatieobject);
    await signaleerDocumentToegevoegd(ctx, zaak.zaak, doc);
  } else {
    const iot = await informatieobjecttypeVan(ctx.zgw, doc.informatieobjecttype).catch(() => null);
    await documentInLijst(ctx.db, "inbox", {
      documentUrl: doc.url,
      documentUuid: uuid,
      identificatie: doc.identificatie,
      titel: doc.titel,
      informatieobjecttype: iot?.omschrijving ?? null,
      doorId: ctx.id,
      door: ctx.naam,
    });
  }
  return uploadSessie(doc);
}

async function uploadSlot(ctx: MedewerkerContext, uuid: string): Promise<VergrendelingRij> {
  const slot = await vergrendeling(ctx.db, uuid);
  // Only the user who started this upload may send its parts.
  if (!slot || !slot.upload || slot.gebruikerId !== ctx.id) {
    throw new AppError("permission_denied", { detail: "Er loopt geen upload van jou voor dit document.", extensions: { recht: "document.toevoegen_nieuwe_versie" } });
  }
  return slot;
}

/**
 * Streams one part to the Documenten API as multipart/form-data (`inhoud` + `lock`), without
 * buffering: preamble + the request body + closing boundary.
 */
export async function bestandsdeelUploaden(ctx: MedewerkerContext, uuid: string, volgnummer: number, inhoud: ReadableStream<Uint8Array>, lengte: number | null): Promise<{ volgnummer: number; voltooid: boolean }> {
  const slot = await uploadSlot(ctx, uuid);
  const doc = await ctx.zgw.haal(documentPad(uuid), ZgwDocument);
  const deel = doc.bestandsdelen.find((d) => d.volgnummer === volgnummer);
  if (!deel) throw AppError.notFound("Dit bestandsdeel bestaat niet.");
  if (lengte !== null && lengte !== deel.omvang) {
    throw AppError.invalid(`Dit deel moet precies ${deel.omvang} bytes zijn.`, [{ name: "inhoud", code: "file-size", reason: `Verwacht ${deel.omvang} bytes, kreeg ${lengte}.` }]);
  }
  const grens = `----zac${crypto.randomUUID().replaceAll("-", "")}`;
  const enc = new TextEncoder();
  const voor = enc.encode(
    `--${grens}\r\nContent-Disposition: form-data; name="lock"\r\n\r\n${slot.slot}\r\n` +
      `--${grens}\r\nContent-Disposition: form-data; name="inhoud"; filename="deel${volgnummer}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const na = enc.encode(`\r\n--${grens}--\r\n`);
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(voor);
      const lezer = inhoud.getReader();
      for (;;) {
        const { done, value } = await lezer.read();
        if (done) break;
        controller.enqueue(value);
      }
      controller.enqueue(na);
      controller.close();
    },
  });
  const response = await ctx.zgw.verzoek(deel.url, {
    method: "PUT",
    rauw: body,
    duplex: true,
    headers: { "Content-Type": `multipart/form-data; boundary=${grens}` },
  });
  if (!response.ok) {
    throw await zgwFoutNaarAppError(response, "bestandsdeel uploaden");
  }
  const antwoord = await response.json().catch(() => ({}));
  return { volgnummer, voltooid: (antwoord as { voltooid?: boolean }).voltooid ?? true };
}

/** Ends an upload: unlocking makes the Documenten API join the parts. */
export async function uploadAfronden(ctx: MedewerkerContext, uuid: string): Promise<DocumentDetail> {
  const slot = await uploadSlot(ctx, uuid);
  const response = await ctx.zgw.verzoek({ api: "documenten", pad: `/enkelvoudiginformatieobjecten/${encodeURIComponent(uuid)}/unlock` }, { method: "POST", body: { lock: slot.slot } });
  if (!response.ok) {
    throw await zgwFoutNaarAppError(response, "upload afronden");
  }
  await vergrendelingVerwijderen(ctx.db, uuid);
  return documentDetail(ctx, uuid);
}

/** Locks for a change by the proxy: the user's own lock when they hold it, else a temporary one. */
async function metSlot<T>(ctx: MedewerkerContext, d: GeladenDocument, werk: (slot: string) => Promise<T>): Promise<T> {
  if (d.document.locked) {
    if (d.slot && !d.slot.upload && d.slot.gebruikerId === ctx.id) return werk(d.slot.slot);
    throw AppError.conflict("Dit document is vergrendeld door iemand anders.");
  }
  const { lock } = await ctx.zgw.post({ api: "documenten", pad: `/enkelvoudiginformatieobjecten/${encodeURIComponent(d.uuid)}/lock` }, {}, LockAntwoord);
  try {
    return await werk(lock);
  } finally {
    await ctx.zgw.verzoek({ api: "documenten", pad: `/enkelvoudiginformatieobjecten/${encodeURIComponent(d.uuid)}/unlock` }, { method: "POST", body: { lock } });
  }
}

export async function documentWijzigen(ctx: MedewerkerContext, uuid: string, invoer: DocumentWijzigenInvoer): Promise<void> {
  const d = await documentMetRecht(ctx, uuid, "wijzigen");
  const { reden, ...velden } = invoer;
  const patch = Object.fromEntries(Object.entries(velden).filter(([, v]) => v !== undefined));
  if (Object.keys(patch).length === 0) throw AppError.invalid("Er is niets gewijzigd.");
  await metSlot(ctx, d, (lock) => ctx.zgw.wijzig(d.document.url, { ...patch, lock }, ZgwDocument, reden || "Metadata gewijzigd"));
}

export async function nieuweVersie(ctx: MedewerkerContext, uuid: string, invoer: NieuweVersieInvoer): Promise<UploadSessie> {
  const d = await documentMetRecht(ctx, uuid, "toevoegen_nieuwe_versie");
  let lock: string;
  if (d.document.locked) {
    if (!d.slot || d.slot.upload || d.slot.gebruikerId !== ctx.id) throw AppError.conflict("Dit document is vergrendeld door iemand anders.");
    lock = d.slot.slot;
  } else {
    lock = (await ctx.zgw.post({ api: "documenten", pad: `/enkelvoudiginformatieobjecten/${encodeURIComponent(uuid)}/lock` }, {}, LockAntwoord)).lock;
  }
  await vergrendelingOpslaan(ctx.db, { documentUuid: uuid, documentUrl: d.document.url, slot: lock, gebruikerId: ctx.id, gebruiker: ctx.naam, upload: true });
  const leeg = invoer.bestandsomvang === 0;
  const doc = await ctx.zgw.wijzig(
    d.document.url,
    {
      lock,
      bestandsnaam: invoer.bestandsnaam,
      formaat: invoer.formaat,
      bestandsomvang: invoer.bestandsomvang,
      inhoud: leeg ? "" : null,
      ...(invoer.titel ? { titel: invoer.titel } : {}),
      ...(invoer.beschrijving !== undefined ? { beschrijving: invoer.beschrijving } : {}),
    },
    ZgwDocument,
    "Nieuwe versie",
  );
  return uploadSessie(doc);
}

export async function documentVergrendelen(ctx: MedewerkerContext, uuid: string): Promise<void> {
  const d = await documentMetRecht(ctx, uuid, "vergrendelen");
  if (d.document.locked) throw AppError.conflict("Dit document is al vergrendeld.");
  const { lock } = await ctx.zgw.post({ api: "documenten", pad: `/enkelvoudiginformatieobjecten/${encodeURIComponent(uuid)}/lock` }, {}, LockAntwoord);
  await vergrendelingOpslaan(ctx.db, { documentUuid: uuid, documentUrl: d.document.url, slot: lock, gebruikerId: ctx.id, gebruiker: ctx.naam, upload: false });
}

export async function documentOntgrendelen(ctx: MedewerkerContext, uuid: string): Promise<void> {
  const d = await documentMetRecht(ctx, uuid, "ontgrendelen");
  if (!d.document.locked) throw AppError.conflict("Dit document is niet vergrendeld.");
  // Without our lock (locked elsewhere) the unlock is forced (the app's client may).
  const response = await ctx.zgw.verzoek(
    { api: "documenten", pad: `/enkelvoudiginformatieobjecten/${encodeURIComponent(uuid)}/unlock` },
    { method: "POST", body: d.slot ? { lock: d.slot.slot } : {} },
  );
  if (!response.ok) {
    throw await zgwFoutNaarAppError(response, "ontgrendelen");
  }
  await vergrendelingVerwijderen(ctx.db, uuid);
}

export async function documentOndertekenen(ctx: MedewerkerContext, uuid: string): Promise<void> {
  const d = await documentMetRecht(ctx, uuid, "ondertekenen");
  if (d.document.ondertekening) throw AppError.conflict("Dit document is al ondertekend.");
  await metSlot(ctx, d, (lock) =>
    ctx.zgw.wijzig(d.document.url, { lock, ondertekening: { soort: "digitaal", datum: vandaag() }, status: "definitief" }, ZgwDocument, "Ondertekend"),
  );
}

async function zioVan(ctx: MedewerkerContext, documentUrl: string, zaakUrl: string) {
  const zios = await ctx.zgw.array("zaken", "/zaakinformatieobjecten", ZgwZaakInformatieobject, { informatieobject: documentUrl, zaak: zaakUrl });
  const zio = zios[0];
  if (!zio) throw AppError.notFound("Dit document hoort niet bij deze zaak.");
  return zio;
}

export async function documentVerplaatsen(ctx: MedewerkerContext, uuid: string, invoer: VerplaatsenInvoer): Promise<void> {
  const d = await documentMetRecht(ctx, uuid, "verplaatsen");
  if (!d.zaak || (d.zaak.zaak.uuid ?? ZgwClient.uuidUit(d.zaak.zaak.url)) !== invoer.vanZaak) throw AppError.notFound("Dit document hoort niet bij deze zaak.");
  const naar = await verseZaak(ctx, invoer.naarZaak);
  assertRecht(naar.rechten, "zaak.toevoegen_document", `zaak ${naar.zaak.identificatie}`);
  if (naar.zaak.url === d.zaak.zaak.url) throw AppError.invalid("Kies een andere zaak.");
  const zio = await zioVan(ctx, d.document.url, d.zaak.zaak.url);
  await ctx.zgw.maak("zaken", "/zaakinformatieobjecten", { informatieobject: d.document.url, zaak: naar.zaak.url, titel: zio.titel || d.document.titel }, ZgwZaakInformatieobject, `Verplaatst: ${invoer.reden}`);
  await ctx.zgw.verwijder(zio.url, `Verplaatst: ${invoer.reden}`);
  await signaleerDocumentToegevoegd(ctx, naar.zaak, d.document);
}

export async function documentOntkoppelen(ctx: MedewerkerContext, uuid: string, invoer: DocumentOntkoppelenInvoer): Promise<void> {
  const d = await documentMetRecht(ctx, uuid, "ontkoppelen");
  if (!d.zaak || (d.zaak.zaak.uuid ?? ZgwClient.uuidUit(d.zaak.zaak.url)) !== invoer.zaak) throw AppError.notFound("Dit document hoort niet bij deze zaak.");
  const zio = await zioVan(ctx, d.document.url, d.zaak.zaak.url);
  await ctx.zgw.verwijder(zio.url, `Ontkoppeld: ${invoer.reden}`);
  const iot = await informatieobjecttypeVan(ctx.zgw, d.document.informatieobjecttype).catch(() => null);
  await documentInLijst(ctx.db, "ontkoppeld", {
    documentUrl: d.document.url,
    documentUuid: uuid,
    identificatie: d.document.identificatie,
    titel: d.document.titel,
    informatieobjecttype: iot?.omschrijving ?? null,
    zaakIdentificatie: d.zaak.zaak.identificatie,
    zaaktype: d.zaak.feiten.zaaktype,
    doorId: ctx.id,
    door: ctx.naam,
    reden: invoer.reden,
  });
}

export async function documentVerwijderen(ctx: MedewerkerContext, uuid: string, reden?: string): Promise<void> {
  const d = await documentLaden(ctx, uuid);
  if (d.zaak) {
    assertRecht(d.rechten, "document.verwijderen", `document ${d.document.identificatie}`);
  } else {
    // A document without a zaak (inbox / ontkoppeld): the werklijst right decides.
    assertRecht(werklijstRechtenVoor(ctx), "werklijst.ontkoppelde_documenten_verwijderen", "ontkoppelde documenten");
    if (d.document.locked) throw AppError.conflict("Dit document is vergrendeld.");
  }
  const toelichting = reden || "Document verwijderd";
  if (d.zaak) {
    const zio = await zioVan(ctx, d.document.url, d.zaak.zaak.url);
    await ctx.zgw.verwijder(zio.url, toelichting);
  }
  await ctx.zgw.verwijder(d.document.url, toelichting);
  await documentUitLijsten(ctx.db, uuid);
  await vergrendelingVerwijderen(ctx.db, uuid);
}

/** Streams the content (`?versie=` for an older version) with the Documenten API's headers. */
export async function documentInhoud(ctx: MedewerkerContext, uuid: string, opties: { versie?: number; inline: boolean }): Promise<Response> {
  const d = await documentMetRecht(ctx, uuid, "downloaden");
  const doc = opties.versie
    ? await ctx.zgw.haal(documentPad(uuid), ZgwDocument, { versie: opties.versie })
    : d.document;
  const response = await ctx.zgw.verzoek(
    { api: "documenten", pad: `/enkelvoudiginformatieobjecten/${encodeURIComponent(uuid)}/download` },
    { query: opties.versie ? { versie: opties.versie } : undefined, headers: { Accept: "*/*" } },
  );
  if (!response.ok || !response.body) {
    throw await zgwFoutNaarAppError(response, "downloaden");
  }
  const naam = (doc.bestandsnaam || `${doc.identificatie}`).replace(/["\r\n\\]/g, "_");
  const headers = new Headers({
    "Content-Type": opties.inline && voorbeeldMogelijk(doc.formaat) ? (doc.formaat ?? "application/octet-stream") : "application/octet-stream",
    "Content-Disposition": `${opties.inline && voorbeeldMogelijk(doc.formaat) ? "inline" : "attachment"}; filename="${naam.replace(/[^\x20-\x7e]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(naam)}`,
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, no-store",
    // An inline preview must not run scripts (an SVG or HTML in disguise).
    "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
  });
  const lengte = response.headers.get("Content-Length");
  if (lengte) headers.set("Content-Length", lengte);
  return new Response(response.body, { status: 200, headers });
}
