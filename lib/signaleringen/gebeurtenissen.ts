/**
 * The signaleringen the case-handling actions cause (one-line calls in lib/zaakafhandeling).
 * Best effort: the ZGW change has happened already, so a failure here is logged and the user's
 * action still succeeds. The actor is never signalled about their own action (assigning a zaak
 * to yourself gives nothing); a zaak or taak assigned to a group only signals nobody.
 */
import type { Database } from "@/lib/db";
import { getLogger } from "@/lib/log";
import { TAAKTYPE_NAMEN, type Taaktype } from "@/lib/zaakafhandeling/contract";
import { ZgwClient, ZgwRol } from "@/lib/zgw-client";
import { registreerSignalering, type NieuweSignalering } from "./opslag";

/** The part of the case-handling context the hooks need (a MedewerkerContext fits). */
export interface Actor {
  id: string;
  db: Database;
  zgw: ZgwClient;
}

interface ZaakRef {
  url: string;
  uuid?: string;
  identificatie: string;
}

async function veilig(wat: string, werk: () => Promise<unknown>): Promise<void> {
  try {
    await werk();
  } catch (error) {
    getLogger().warn({ err: error, signalering: wat }, "signalering registreren mislukt");
  }
}

const zaakUuid = (z: ZaakRef) => z.uuid ?? ZgwClient.uuidUit(z.url);

function zaakSignalering(type: NieuweSignalering["type"], zaak: ZaakRef, gebruikerId: string, actorId: string | null, sleutel: string, tekst: string): NieuweSignalering {
  const uuid = zaakUuid(zaak);
  return { type, gebruikerId, actorId, sleutel, objectType: "zaak", objectId: uuid, onderwerp: zaak.identificatie, tekst, link: `/zaken/${uuid}` };
}

/** Zaak toegekend aan een medewerker. */
export async function signaleerZaakToegekend(actor: Actor, zaak: ZaakRef, behandelaarId: string | null | undefined): Promise<void> {
  if (!behandelaarId) return;
  await veilig("zaak_op_naam", () =>
    registreerSignalering(actor.db, zaakSignalering("zaak_op_naam", zaak, behandelaarId, actor.id, zaakUuid(zaak), `Zaak ${zaak.identificatie} is aan je toegekend.`)),
  );
}

/** Taak toegekend aan (or started for) a medewerker. */
export async function signaleerTaakToegekend(
  actor: Actor,
  taak: { id: string; taaktype: string; zaakIdentificatie: string },
  behandelaarId: string | null | undefined,
): Promise<void> {
  if (!behandelaarId) return;
  const naam = TAAKTYPE_NAMEN[taak.taaktype as Taaktype] ?? taak.taaktype;
  await veilig("taak_op_naam", () =>
    registreerSignalering(actor.db, {
      type: "taak_op_naam",
      gebruikerId: behandelaarId,
      actorId: actor.id,
      sleutel: taak.id,
      objectType: "taak",
      objectId: taak.id,
      onderwerp: naam,
      tekst: `Taak "${naam}" bij zaak ${taak.zaakIdentificatie} is aan je toegekend.`,
      link: `/taken/${taak.id}`,
    }),
  );
}

/** The medewerker behandelaar(s) of a zaak, from its rollen. */
export async function behandelaarsVan(zgw: ZgwClient, zaakUrl: string): Promise<string[]> {
  const rollen = await zgw.alle("zaken", "/rollen", ZgwRol, { zaak: zaakUrl });
  return rollen
    .filter((r) => r.omschrijvingGeneriek === "behandelaar" && r.betrokkeneType === "medewerker")
    .map((r) => r.betrokkeneIdentificatie?.identificatie)
    .filter((id): id is string => typeof id === "string" && id !== "");
}

/** A document added to a zaak: its behandelaar gets a signalering (unless they added it). */
export async function signaleerDocumentToegevoegd(actor: Actor, zaak: ZaakRef, document: { url: string; titel: string }): Promise<void> {
  await veilig("zaak_document_toegevoegd", async () => {
    const ids = await behandelaarsVan(actor.zgw, zaak.url);
    const docUuid = ZgwClient.uuidUit(document.url);
    for (const id of new Set(ids)) {
      await registreerSignalering(
        actor.db,
        zaakSignalering("zaak_document_toegevoegd", zaak, id, actor.id, `${zaakUuid(zaak)}|${docUuid}`, `Document "${document.titel}" is toegevoegd aan zaak ${zaak.identificatie}.`),
      );
    }
  });
}
