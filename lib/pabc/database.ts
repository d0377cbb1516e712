import { readFile } from "node:fs/promises";
import { and, eq, inArray, isNull, or, sql, type SQLWrapper } from "drizzle-orm";
import type { Database, Transaction } from "@/lib/db/client";
import { parseDatasetTekst, type PabcDataset } from "./dataset";
import type { GroepenVraag, PabcOpslag, RolRegel } from "./opslag";
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

/**
 * Replaces everything in the pabc_ tables by `dataset`, like PABC's DatabaseInitializer
 * (delete all, insert all). Call it inside a transaction: `herlaadDataset` does that.
 */
export async function vervangDataset(tx: Db, dataset: PabcDataset): Promise<void> {
  // Children first, although the foreign keys cascade: explicit is cheaper to reason about.
  await tx.delete(pabcMapping);
  await tx.delete(pabcDomeinEntiteitType);
  await tx.delete(pabcDomein);
  await tx.delete(pabcEntiteitType);
  await tx.delete(pabcFunctioneleRol);
  await tx.delete(pabcApplicatieRol);
  await tx.delete(pabcApplicatie);

  if (dataset.applications.length) {
    await tx.insert(pabcApplicatie).values(dataset.applications.map((a) => ({ id: a.id, naam: a.name })));
  }
  if (dataset.applicationRoles.length) {
    await tx
      .insert(pabcApplicatieRol)
      .values(dataset.applicationRoles.map((r) => ({ id: r.id, applicatieId: r.applicationId, naam: r.name })));
  }
  if (dataset.functionalRoles.length) {
    await tx.insert(pabcFunctioneleRol).values(dataset.functionalRoles.map((r) => ({ id: r.id, naam: r.name })));
  }
  if (dataset.entityTypes.length) {
    await tx.insert(pabcEntiteitType).values(
      dataset.entityTypes.map((e) => ({
        id: e.id,
        entiteitTypeId: e.entityTypeId,
        type: e.type,
        naam: e.name,
        omschrijving: e.description ?? null,
        uri: e.uri ?? null,
      })),
    );
  }
  if (dataset.domains.length) {
    await tx.insert(pabcDomein).values(dataset.domains.map((d) => ({ id: d.id, naam: d.name, omschrijving: d.description })));
    const koppelingen = dataset.domains.flatMap((d) =>
      [...new Set(d.entityTypeIds.map((e) => e.toLowerCase()))].map((entiteitTypeId) => ({ domeinId: d.id, entiteitTypeId })),
    );
    if (koppelingen.length) await tx.insert(pabcDomeinEntiteitType).values(koppelingen);
  }
  if (dataset.mappings.length) {
    await tx.insert(pabcMapping).values(
      dataset.mappings.map((m) => ({
        id: m.id,
        functioneleRolId: m.functionalRoleId,
        applicatieRolId: m.applicationRoleId,
        domeinId: m.domainId ?? null,
        alleEntiteitTypen: m.isAllEntityTypes ?? false,
      })),
    );
  }
}

/** Replaces the built-in PABC's data in one transaction: on any error nothing changes. */
export async function herlaadDataset(db: Database, dataset: PabcDataset): Promise<void> {
  await db.transaction((tx) => vervangDataset(tx, dataset));
}

/** Reads, validates and loads a dataset file (PABC format), replacing all data. */
export async function laadDatasetBestand(db: Database, pad: string): Promise<PabcDataset> {
  const dataset = parseDatasetTekst(await readFile(pad, "utf8"), pad);
  await herlaadDataset(db, dataset);
  return dataset;
}

/** Row counts per table, for the command line and tests. */
export async function datasetOmvang(db: Db) {
  const tel = async (tabel: Parameters<Db["$count"]>[0]) => Number(await db.$count(tabel));
  return {
    applicaties: await tel(pabcApplicatie),
    applicatieRollen: await tel(pabcApplicatieRol),
    functioneleRollen: await tel(pabcFunctioneleRol),
    entiteitTypen: await tel(pabcEntiteitType),
    domeinen: await tel(pabcDomein),
    mappings: await tel(pabcMapping),
  };
}

const lower = (kolom: SQLWrapper) => sql<string>`lower(${kolom})`;

/** The PABC queries on the pabc_ tables (same semantics as geheugen.ts). */
export function databaseOpslag(db: Db): PabcOpslag {
  return {
    async rolRegels(namen) {
      const gevraagd = [...new Set(namen.map((n) => n.toLowerCase()))];
      if (gevraagd.length === 0) return [];
      const velden = {
        applicatie: pabcApplicatie.naam,
        applicatieRol: pabcApplicatieRol.naam,
        sleutel: pabcEntiteitType.id,
        id: pabcEntiteitType.entiteitTypeId,
        naam: pabcEntiteitType.naam,
        type: pabcEntiteitType.type,
      };
      const vanRol = inArray(lower(pabcFunctioneleRol.naam), gevraagd);

      // "All entity types": the role holds for every entity type PABC knows.
      const alle = await db
        .select(velden)
        .from(pabcMapping)
        .innerJoin(pabcFunctioneleRol, eq(pabcFunctioneleRol.id, pabcMapping.functioneleRolId))
        .innerJoin(pabcApplicatieRol, eq(pabcApplicatieRol.id, pabcMapping.applicatieRolId))
        .innerJoin(pabcApplicatie, eq(pabcApplicatie.id, pabcApplicatieRol.applicatieId))
        .innerJoin(pabcEntiteitType, sql`true`)
        .where(and(vanRol, eq(pabcMapping.alleEntiteitTypen, true)));

      // A domain: the entity types in it.
      const perDomein = await db
        .select(velden)
        .from(pabcMapping)
        .innerJoin(pabcFunctioneleRol, eq(pabcFunctioneleRol.id, pabcMapping.functioneleRolId))
        .innerJoin(pabcApplicatieRol, eq(pabcApplicatieRol.id, pabcMapping.applicatieRolId))
        .innerJoin(pabcApplicatie, eq(pabcApplicatie.id, pabcApplicatieRol.applicatieId))
        .innerJoin(pabcDomeinEntiteitType, eq(pabcDomeinEntiteitType.domeinId, pabcMapping.domeinId))
        .innerJoin(pabcEntiteitType, eq(pabcEntiteitType.id, pabcDomeinEntiteitType.entiteitTypeId))
        .where(and(vanRol, eq(pabcMapping.alleEntiteitTypen, false)));

      // Neither: a role that is not about entity types (a result without entityType).
      const zonder = await db
        .select({ applicatie: pabcApplicatie.naam, applicatieRol: pabcApplicatieRol.naam })
        .from(pabcMapping)
        .innerJoin(pabcFunctioneleRol, eq(pabcFunctioneleRol.id, pabcMapping.functioneleRolId))
        .innerJoin(pabcApplicatieRol, eq(pabcApplicatieRol.id, pabcMapping.applicatieRolId))
        .innerJoin(pabcApplicatie, eq(pabcApplicatie.id, pabcApplicatieRol.applicatieId))
        .where(and(vanRol, eq(pabcMapping.alleEntiteitTypen, false), isNull(pabcMapping.domeinId)));

      const metType = ({ applicatie, applicatieRol, ...et }: (typeof alle)[number]): RolRegel => ({
        applicatie,
        applicatieRol,
        entiteitType: et,
      });
      return [
        ...alle.map(metType),
        ...perDomein.map(metType),
        ...zonder.map((r): RolRegel => ({ ...r, entiteitType: null })),
      ];
    },

    async functioneleRollenVoor(vraag: GroepenVraag) {
      const inDomein = db
        .select({ x: sql`1` })
        .from(pabcDomeinEntiteitType)
        .innerJoin(pabcEntiteitType, eq(pabcEntiteitType.id, pabcDomeinEntiteitType.entiteitTypeId))
        .where(
          and(
            eq(pabcDomeinEntiteitType.domeinId, pabcMapping.domeinId),
            eq(lower(pabcEntiteitType.entiteitTypeId), vraag.entiteitTypeId.toLowerCase()),
            eq(lower(pabcEntiteitType.type), vraag.entiteitType.toLowerCase()),
          ),
        );
      const rijen = await db
        .selectDistinct({ naam: pabcFunctioneleRol.naam })
        .from(pabcMapping)
        .innerJoin(pabcFunctioneleRol, eq(pabcFunctioneleRol.id, pabcMapping.functioneleRolId))
        .innerJoin(pabcApplicatieRol, eq(pabcApplicatieRol.id, pabcMapping.applicatieRolId))
        .innerJoin(pabcApplicatie, eq(pabcApplicatie.id, pabcApplicatieRol.applicatieId))
        .where(
          and(
            eq(lower(pabcApplicatieRol.naam), vraag.applicatieRol.toLowerCase()),
            eq(lower(pabcApplicatie.naam), vraag.applicatie.toLowerCase()),
            or(eq(pabcMapping.alleEntiteitTypen, true), sql`exists (${inDomein})`),
          ),
        );
      return rijen.map((r) => r.naam);
    },
  };
}
