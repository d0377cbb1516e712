import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { GroupRepresentation } from "./contract";

/**
 * Where the built-in PABC finds groups. Real PABC asks Keycloak's admin API for the groups
 * that have a functional role (a realm role); the built-in one reads them from a realm file.
 */
export interface GroepenBron {
  /** Groups that hold this functional role directly (role names compared case-insensitively). */
  groepenMetRol(functioneleRol: string): Promise<GroupRepresentation[]>;
}

/** The realm file the identity part of the app writes (Keycloak realm export). */
export const STANDAARD_REALM_BESTAND = "lib/auth/realm/zaakafhandelcomponent-realm.json";

interface RealmGroep {
  name: string;
  description?: string | null | undefined;
  attributes?: Record<string, string[]> | undefined;
  realmRoles?: string[] | undefined;
  subGroups?: RealmGroep[] | undefined;
}

const RealmGroepSchema: z.ZodType<RealmGroep> = z.lazy(() =>
  z.object({
    name: z.string(),
    description: z.string().nullable().optional(),
    attributes: z.record(z.string(), z.array(z.string())).optional(),
    realmRoles: z.array(z.string()).optional(),
    subGroups: z.array(RealmGroepSchema).optional(),
  }),
);
const RealmSchema = z.object({ groups: z.array(RealmGroepSchema).optional() });

/** Flattens a realm export's groups (sub groups included) into PABC group representations. */
export function groepenUitRealm(realm: unknown): { groep: GroupRepresentation; rollen: string[] }[] {
  const parsed = RealmSchema.parse(realm);
  const uit: { groep: GroupRepresentation; rollen: string[] }[] = [];
  const bezoek = (g: RealmGroep) => {
    uit.push({
      groep: { name: g.name, description: g.description ?? null, attributes: g.attributes ?? {} },
      rollen: g.realmRoles ?? [],
    });
    g.subGroups?.forEach(bezoek);
  };
  parsed.groups?.forEach(bezoek);
  return uit;
}

/**
 * GroepenBron from a Keycloak realm-export file, read on first use and again when the file
 * changes (the identity helper may rewrite it while the app runs).
 */
export function realmBestandGroepenBron(bestand = STANDAARD_REALM_BESTAND): GroepenBron {
  const pad = path.resolve(process.cwd(), bestand);
  let cache: { mtimeMs: number; groepen: ReturnType<typeof groepenUitRealm> } | undefined;

  async function groepen() {
    let mtimeMs: number;
    try {
      mtimeMs = (await stat(pad)).mtimeMs;
    } catch (error) {
      throw AppError.unavailable(`De groepen van de ingebouwde PABC zijn niet beschikbaar: realmbestand ${bestand} ontbreekt.`, error);
    }
    if (cache?.mtimeMs !== mtimeMs) {
      try {
        cache = { mtimeMs, groepen: groepenUitRealm(JSON.parse(await readFile(pad, "utf8"))) };
      } catch (error) {
        throw AppError.unavailable(`Het realmbestand ${bestand} kon niet worden gelezen.`, error);
      }
    }
    return cache.groepen;
  }

  return {
    async groepenMetRol(rol) {
      const gezocht = rol.toLowerCase();
      return (await groepen()).filter((g) => g.rollen.some((r) => r.toLowerCase() === gezocht)).map((g) => g.groep);
    },
  };
}

/** A fixed GroepenBron (tests). */
export function vasteGroepenBron(realm: unknown): GroepenBron {
  const groepen = groepenUitRealm(realm);
  return {
    async groepenMetRol(rol) {
      const gezocht = rol.toLowerCase();
      return groepen.filter((g) => g.rollen.some((r) => r.toLowerCase() === gezocht)).map((g) => g.groep);
    },
  };
}
