/**
 * Beheer of the built-in PABC's data (domeinen, entiteittypen, functionele rollen, mappings).
 * The application roles are read-only: the zaakafhandelcomponent's roles are the ones its
 * policy knows (lib/policy ROLLEN). Every write runs in one transaction and checks the rules
 * itself, so the beheerder gets a Dutch 409 instead of a bare constraint error.
 *
 * The mappings decide every user's rights; the data is read at login (see lib/auth), so a
 * change takes effect at a user's next login.
 */
import { randomUUID } from "node:crypto";
import { and, asc, count, eq, inArray, isNull, ne, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { z } from "zod";
import type { Database, Transaction } from "@/lib/db/client";
import { mapDatabaseError } from "@/lib/db/errors";
import { AppError, invalidParamsFromZod } from "@/lib/errors";
import {
  DomeinInvoer,
  EntiteitTypeInvoer,
  FunctioneleRolInvoer,
  MappingInvoer,
  type Bereik,
  type PabcOverzicht,
} from "./beheer-contract";
import {
  pabcApplicatie,
  pabcApplicatieRol,
  pabcDomein,
  pabcDomeinEntiteitType,
  pabcEntiteitType,
  pabcFunctioneleRol,
  pabcMapping,
} from "./schema";

type Db = Database | Transaction;

/** The application whose roles are fixed by this app's policy. */
export const EIGEN_APPLICATIE = "zaakafhandelcomponent";

/** Where the data lives: `extern` when PABC_URL points at another PABC (nothing to manage here). */
export interface PabcBeheerContext {
  db: Database;
  extern: boolean;
}

const lower = (kolom: SQLWrapper) => sql<string>`lower(${kolom})`;

/** The handlers parse already; the lib parses again so no caller can skip the rules. */
function valideer<S extends z.ZodType>(schema: S, invoer: unknown): z.output<S> {
  const r = schema.safeParse(invoer);
  if (!r.success) throw AppError.invalid("Controleer de invoer.", invalidParamsFromZod(r.error));
  return r.data;
}

function veldFout(naam: string, reden: string): AppError {
  return AppError.invalid("Controleer de invoer.", [{ name: naam, code: "invalid", reason: reden }]);
}

function alleenIngebouwd(ctx: PabcBeheerContext): void {
  if (ctx.extern) {
    throw new AppError("conflict", {
      detail: "Deze omgeving gebruikt een externe PABC (PABC_URL). Beheer de rollen en mappings in de beheeromgeving van die PABC.",
    });
  }
}

/** One transaction per write; constraint errors that slip through still become Dutch 409s. */
async function schrijf<T>(ctx: PabcBeheerContext, werk: (tx: Transaction) => Promise<T>): Promise<T> {
  alleenIngebouwd(ctx);
  try {
    return await ctx.db.transaction(werk);
  } catch (error) {
    throw mapDatabaseError(error);
  }
}

/** Serialises writes to one table, so the "name is unique" check cannot race another write. */
async function vergrendel(tx: Transaction, tabel: "pabc_domein" | "pabc_functionele_rol" | "pabc_entiteit_type" | "pabc_mapping") {
  await tx.execute(sql.raw(`lock table ${tabel} in share row exclusive mode`));
}

async function bestaat(tx: Db, tabel: typeof pabcDomein | typeof pabcFunctioneleRol | typeof pabcEntiteitType | typeof pabcMapping, voorwaarde: SQL) {
  const [rij] = await tx.select({ n: count() }).from(tabel).where(voorwaarde);
  return Number(rij?.n ?? 0) > 0;
}

function nietGevonden(wat: string): AppError {
  return AppError.notFound(`${wat} bestaat niet (meer). Vernieuw de pagina.`);
}

// ---------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------

const LEEG: PabcOverzicht = { extern: true, applicaties: [], functioneleRollen: [], entiteitTypen: [], domeinen: [], mappings: [] };

export async function pabcOverzicht(ctx: PabcBeheerContext): Promise<PabcOverzicht> {
  if (ctx.extern) return LEEG;
  const db = ctx.db;
  const [applicaties, appRollen, functioneleRollen, entiteitTypen, domeinen, koppelingen, mappings] = await Promise.all([
    db.select().from(pabcApplicatie).orderBy(asc(lower(pabcApplicatie.naam))),
    db.select().from(pabcApplicatieRol).orderBy(asc(lower(pabcApplicatieRol.naam))),
    db.select().from(pabcFunctioneleRol).orderBy(asc(lower(pabcFunctioneleRol.naam))),
    db.select().from(pabcEntiteitType).orderBy(asc(lower(pabcEntiteitType.naam))),
    db.select().from(pabcDomein).orderBy(asc(lower(pabcDomein.naam))),
    db.select().from(pabcDomeinEntiteitType),
    db.select().from(pabcMapping),
  ]);
  const naamVan = new Map<string, string>();
  for (const r of [...applicaties, ...appRollen, ...functioneleRollen, ...entiteitTypen, ...domeinen]) naamVan.set(r.id, r.naam);
  const ref = (id: string) => ({ id, naam: naamVan.get(id) ?? "?" });
  const appVanRol = new Map(appRollen.map((r) => [r.id, r.applicatieId]));
  const telMappings = (sleutel: (m: (typeof mappings)[number]) => string | null) => {
    const n = new Map<string, number>();
    for (const m of mappings) {
      const k = sleutel(m);
      if (k) n.set(k, (n.get(k) ?? 0) + 1);
    }
    return n;
  };
  const perFunctioneleRol = telMappings((m) => m.functioneleRolId);
  const perDomein = telMappings((m) => m.domeinId);
  const bereik = (m: (typeof mappings)[number]): Bereik => (m.alleEntiteitTypen ? "alle" : m.domeinId ? "domein" : "geen");
  const vergelijk = (a: string, b: string) => a.localeCompare(b, "nl", { sensitivity: "base" });

  return {
    extern: false,
    applicaties: applicaties.map((a) => ({
      id: a.id,
      naam: a.naam,
      vast: a.naam.toLowerCase() === EIGEN_APPLICATIE,
      rollen: appRollen.filter((r) => r.applicatieId === a.id).map((r) => ({ id: r.id, naam: r.naam })),
    })),
    functioneleRollen: functioneleRollen.map((r) => ({ id: r.id, naam: r.naam, mappings: perFunctioneleRol.get(r.id) ?? 0 })),
    entiteitTypen: entiteitTypen.map((e) => ({
      id: e.id,
      naam: e.naam,
      entiteitTypeId: e.entiteitTypeId,
      type: e.type,
      omschrijving: e.omschrijving,
      uri: e.uri,
      domeinen: koppelingen.filter((k) => k.entiteitTypeId === e.id).map((k) => ref(k.domeinId)),
    })),
    domeinen: domeinen.map((d) => ({
      id: d.id,
      naam: d.naam,
      omschrijving: d.omschrijving,
      entiteitTypen: koppelingen
        .filter((k) => k.domeinId === d.id)
        .map((k) => ref(k.entiteitTypeId))
        .sort((a, b) => vergelijk(a.naam, b.naam)),
      mappings: perDomein.get(d.id) ?? 0,
    })),
    mappings: mappings
      .map((m) => ({
        id: m.id,
        functioneleRol: ref(m.functioneleRolId),
        applicatieRol: { ...ref(m.applicatieRolId), applicatie: naamVan.get(appVanRol.get(m.applicatieRolId) ?? "") ?? "?" },
        bereik: bereik(m),
        domein: m.domeinId ? ref(m.domeinId) : null,
      }))
      .sort(
        (a, b) =>
          vergelijk(a.functioneleRol.naam, b.functioneleRol.naam) ||
          vergelijk(a.applicatieRol.naam, b.applicatieRol.naam) ||
          vergelijk(a.domein?.naam ?? "", b.domein?.naam ?? ""),
      ),
  };
}

// ---------------------------------------------------------------------------------------------
// Domeinen
// ---------------------------------------------------------------------------------------------

async function controleerEntiteitTypen(tx: Transaction, ids: readonly string[]) {
  if (ids.length === 0) return;
  const gevonden = await tx.select({ id: pabcEntiteitType.id }).from(pabcEntiteitType).where(inArray(pabcEntiteitType.id, [...ids]));
  if (gevonden.length !== ids.length) throw veldFout("entiteitTypen", "Een gekozen zaaktype bestaat niet (meer). Vernieuw de pagina.");
}

async function schrijfDomein(tx: Transaction, domeinId: string | null, invoer: DomeinInvoer) {
  const d = valideer(DomeinInvoer, invoer);
  await vergrendel(tx, "pabc_domein");
  const dubbel = eq(lower(pabcDomein.naam), d.naam.toLowerCase());
  if (await bestaat(tx, pabcDomein, domeinId ? and(dubbel, ne(pabcDomein.id, domeinId))! : dubbel)) {
    throw new AppError("conflict", { detail: `Er bestaat al een domein met de naam "${d.naam}".` });
  }
  const typen = [...new Set(d.entiteitTypen)];
  await controleerEntiteitTypen(tx, typen);
  const id = domeinId ?? randomUUID();
  if (domeinId) {
    const bijgewerkt = await tx
      .update(pabcDomein)
      .set({ naam: d.naam, omschrijving: d.omschrijving ?? "" })
      .where(eq(pabcDomein.id, domeinId))
      .returning({ id: pabcDomein.id });
    if (bijgewerkt.length === 0) throw nietGevonden("Dit domein");
    await tx.delete(pabcDomeinEntiteitType).where(eq(pabcDomeinEntiteitType.domeinId, domeinId));
  } else {
    await tx.insert(pabcDomein).values({ id, naam: d.naam, omschrijving: d.omschrijving ?? "" });
  }
  if (typen.length) await tx.insert(pabcDomeinEntiteitType).values(typen.map((entiteitTypeId) => ({ domeinId: id, entiteitTypeId })));
  return { id };
}

export function domeinToevoegen(ctx: PabcBeheerContext, invoer: DomeinInvoer) {
  return schrijf(ctx, (tx) => schrijfDomein(tx, null, invoer));
}

export function domeinWijzigen(ctx: PabcBeheerContext, id: string, invoer: DomeinInvoer) {
  return schrijf(ctx, (tx) => schrijfDomein(tx, id, invoer));
}

export function domeinVerwijderen(ctx: PabcBeheerContext, id: string) {
  return schrijf(ctx, async (tx) => {
    await vergrendel(tx, "pabc_mapping");
    const [domein] = await tx.select().from(pabcDomein).where(eq(pabcDomein.id, id));
    if (!domein) throw nietGevonden("Dit domein");
    const [gebruik] = await tx.select({ n: count() }).from(pabcMapping).where(eq(pabcMapping.domeinId, id));
    const n = Number(gebruik?.n ?? 0);
    // The foreign key would cascade and silently take rights away: refuse instead.
    if (n > 0) {
      throw new AppError("conflict", {
        detail: `Het domein "${domein.naam}" wordt nog gebruikt in ${n === 1 ? "1 mapping" : `${n} mappings`}. Verwijder of wijzig die eerst.`,
      });
    }
    await tx.delete(pabcDomein).where(eq(pabcDomein.id, id));
  });
}

// ---------------------------------------------------------------------------------------------
// Entiteittypen (zaaktypen)
// ---------------------------------------------------------------------------------------------

async function schrijfEntiteitType(tx: Transaction, entiteitId: string | null, invoer: EntiteitTypeInvoer) {
  const e = valideer(EntiteitTypeInvoer, invoer);
  await vergrendel(tx, "pabc_entiteit_type");
  const dubbel = and(eq(lower(pabcEntiteitType.type), e.type.toLowerCase()), eq(lower(pabcEntiteitType.entiteitTypeId), e.entiteitTypeId.toLowerCase()))!;
  if (await bestaat(tx, pabcEntiteitType, entiteitId ? and(dubbel, ne(pabcEntiteitType.id, entiteitId))! : dubbel)) {
    throw new AppError("conflict", { detail: `Er bestaat al een ${e.type} met de omschrijving "${e.entiteitTypeId}".` });
  }
  const waarden = { entiteitTypeId: e.entiteitTypeId, type: e.type, naam: e.naam, omschrijving: e.omschrijving ?? null, uri: e.uri ?? null };
  if (entiteitId) {
    const bijgewerkt = await tx.update(pabcEntiteitType).set(waarden).where(eq(pabcEntiteitType.id, entiteitId)).returning({ id: pabcEntiteitType.id });
    if (bijgewerkt.length === 0) throw nietGevonden("Dit zaaktype");
    return { id: entiteitId };
  }
  const id = randomUUID();
  await tx.insert(pabcEntiteitType).values({ id, ...waarden });
  return { id };
}

export function entiteitTypeToevoegen(ctx: PabcBeheerContext, invoer: EntiteitTypeInvoer) {
  return schrijf(ctx, (tx) => schrijfEntiteitType(tx, null, invoer));
}

export function entiteitTypeWijzigen(ctx: PabcBeheerContext, id: string, invoer: EntiteitTypeInvoer) {
  return schrijf(ctx, (tx) => schrijfEntiteitType(tx, id, invoer));
}

export function entiteitTypeVerwijderen(ctx: PabcBeheerContext, id: string) {
  return schrijf(ctx, async (tx) => {
    await vergrendel(tx, "pabc_domein");
    const [type] = await tx.select().from(pabcEntiteitType).where(eq(pabcEntiteitType.id, id));
    if (!type) throw nietGevonden("Dit zaaktype");
    const domeinen = await tx
      .select({ naam: pabcDomein.naam })
      .from(pabcDomeinEntiteitType)
      .innerJoin(pabcDomein, eq(pabcDomein.id, pabcDomeinEntiteitType.domeinId))
      .where(eq(pabcDomeinEntiteitType.entiteitTypeId, id));
    if (domeinen.length > 0) {
      throw new AppError("conflict", {
        detail: `Het zaaktype "${type.naam}" hoort nog bij ${domeinen.length === 1 ? "het domein" : "de domeinen"} ${domeinen.map((d) => `"${d.naam}"`).join(", ")}. Haal het daar eerst uit.`,
      });
    }
    await tx.delete(pabcEntiteitType).where(eq(pabcEntiteitType.id, id));
  });
}

// ---------------------------------------------------------------------------------------------
// Functionele rollen
// ---------------------------------------------------------------------------------------------

async function schrijfFunctioneleRol(tx: Transaction, rolId: string | null, invoer: FunctioneleRolInvoer) {
  const r = valideer(FunctioneleRolInvoer, invoer);
  await vergrendel(tx, "pabc_functionele_rol");
  const dubbel = eq(lower(pabcFunctioneleRol.naam), r.naam.toLowerCase());
  if (await bestaat(tx, pabcFunctioneleRol, rolId ? and(dubbel, ne(pabcFunctioneleRol.id, rolId))! : dubbel)) {
    throw new AppError("conflict", { detail: `Er bestaat al een functionele rol met de naam "${r.naam}".` });
  }
  if (rolId) {
    const bijgewerkt = await tx.update(pabcFunctioneleRol).set({ naam: r.naam }).where(eq(pabcFunctioneleRol.id, rolId)).returning({ id: pabcFunctioneleRol.id });
    if (bijgewerkt.length === 0) throw nietGevonden("Deze functionele rol");
    return { id: rolId };
  }
  const id = randomUUID();
  await tx.insert(pabcFunctioneleRol).values({ id, naam: r.naam });
  return { id };
}

export function functioneleRolToevoegen(ctx: PabcBeheerContext, invoer: FunctioneleRolInvoer) {
  return schrijf(ctx, (tx) => schrijfFunctioneleRol(tx, null, invoer));
}

export function functioneleRolWijzigen(ctx: PabcBeheerContext, id: string, invoer: FunctioneleRolInvoer) {
  return schrijf(ctx, (tx) => schrijfFunctioneleRol(tx, id, invoer));
}

export function functioneleRolVerwijderen(ctx: PabcBeheerContext, id: string) {
  return schrijf(ctx, async (tx) => {
    await vergrendel(tx, "pabc_mapping");
    const [rol] = await tx.select().from(pabcFunctioneleRol).where(eq(pabcFunctioneleRol.id, id));
    if (!rol) throw nietGevonden("Deze functionele rol");
    const [gebruik] = await tx.select({ n: count() }).from(pabcMapping).where(eq(pabcMapping.functioneleRolId, id));
    const n = Number(gebruik?.n ?? 0);
    if (n > 0) {
      throw new AppError("conflict", {
        detail: `De functionele rol "${rol.naam}" heeft nog ${n === 1 ? "1 mapping" : `${n} mappings`}. Verwijder die eerst.`,
      });
    }
    await tx.delete(pabcFunctioneleRol).where(eq(pabcFunctioneleRol.id, id));
  });
}

// ---------------------------------------------------------------------------------------------
// Mappings
// ---------------------------------------------------------------------------------------------

async function schrijfMapping(tx: Transaction, mappingId: string | null, invoer: MappingInvoer) {
  const m = valideer(MappingInvoer, invoer);
  await vergrendel(tx, "pabc_mapping");
  const [rol] = await tx.select().from(pabcFunctioneleRol).where(eq(pabcFunctioneleRol.id, m.functioneleRolId));
  if (!rol) throw veldFout("functioneleRolId", "Deze functionele rol bestaat niet (meer).");
  const [appRol] = await tx.select().from(pabcApplicatieRol).where(eq(pabcApplicatieRol.id, m.applicatieRolId));
  if (!appRol) throw veldFout("applicatieRolId", "Deze applicatierol bestaat niet (meer).");
  let domeinNaam: string | null = null;
  if (m.domeinId) {
    const [domein] = await tx.select().from(pabcDomein).where(eq(pabcDomein.id, m.domeinId));
    if (!domein) throw veldFout("domeinId", "Dit domein bestaat niet (meer).");
    domeinNaam = domein.naam;
  }
  const domeinId = m.bereik === "domein" ? (m.domeinId ?? null) : null;
  const alleEntiteitTypen = m.bereik === "alle";
  const zelfde = and(
    eq(pabcMapping.functioneleRolId, m.functioneleRolId),
    eq(pabcMapping.applicatieRolId, m.applicatieRolId),
    eq(pabcMapping.alleEntiteitTypen, alleEntiteitTypen),
    domeinId ? eq(pabcMapping.domeinId, domeinId) : isNull(pabcMapping.domeinId),
  )!;
  if (await bestaat(tx, pabcMapping, mappingId ? and(zelfde, ne(pabcMapping.id, mappingId))! : zelfde)) {
    const waarvoor = domeinNaam ? `het domein "${domeinNaam}"` : alleEntiteitTypen ? "alle zaaktypen" : "zonder zaaktype";
    throw new AppError("conflict", {
      detail: `Deze mapping bestaat al: "${rol.naam}" krijgt al de applicatierol "${appRol.naam}" voor ${waarvoor}.`,
    });
  }
  const waarden = { functioneleRolId: m.functioneleRolId, applicatieRolId: m.applicatieRolId, domeinId, alleEntiteitTypen };
  if (mappingId) {
    const bijgewerkt = await tx.update(pabcMapping).set(waarden).where(eq(pabcMapping.id, mappingId)).returning({ id: pabcMapping.id });
    if (bijgewerkt.length === 0) throw nietGevonden("Deze mapping");
    return { id: mappingId };
  }
  const id = randomUUID();
  await tx.insert(pabcMapping).values({ id, ...waarden });
  return { id };
}

export function mappingToevoegen(ctx: PabcBeheerContext, invoer: MappingInvoer) {
  return schrijf(ctx, (tx) => schrijfMapping(tx, null, invoer));
}

export function mappingWijzigen(ctx: PabcBeheerContext, id: string, invoer: MappingInvoer) {
  return schrijf(ctx, (tx) => schrijfMapping(tx, id, invoer));
}

export function mappingVerwijderen(ctx: PabcBeheerContext, id: string) {
  return schrijf(ctx, async (tx) => {
    const verwijderd = await tx.delete(pabcMapping).where(eq(pabcMapping.id, id)).returning({ id: pabcMapping.id });
    if (verwijderd.length === 0) throw nietGevonden("Deze mapping");
  });
}
