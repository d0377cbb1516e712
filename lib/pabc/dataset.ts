import { z } from "zod";
import { AppError, invalidParamsFromZod } from "@/lib/errors";

/**
 * PABC's own dataset format: the JSON file that PABC's migration service imports
 * (`PABC.MigrationService/dataset.schema.json`, version with `applications`; example in
 * PABC's `test-dataset.json`). See README.md for the source and the few deviations.
 */

const guid = z.guid({ error: "verwacht een GUID" });
const naam = z.string().min(1).max(256);

export const PabcDatasetSchema = z.object({
  $schema: z.string().optional(),
  applications: z.array(z.object({ id: guid, name: naam })),
  applicationRoles: z.array(z.object({ id: guid, name: naam, applicationId: guid })),
  functionalRoles: z.array(z.object({ id: guid, name: naam })),
  entityTypes: z.array(
    z.object({
      id: guid,
      entityTypeId: naam,
      type: naam,
      name: naam,
      description: z.string().nullable().optional(),
      uri: z.url().nullable().optional(),
    }),
  ),
  domains: z.array(z.object({ id: guid, name: naam, description: z.string().max(256), entityTypeIds: z.array(guid) })),
  mappings: z.array(
    z
      .object({
        id: guid,
        functionalRoleId: guid,
        applicationRoleId: guid,
        domainId: guid.nullable().optional(),
        isAllEntityTypes: z.boolean().optional(),
      })
      // As in PABC's schema: "all entity types" and a domain exclude each other.
      .refine((m) => !(m.isAllEntityTypes && m.domainId), {
        error: "isAllEntityTypes en domainId sluiten elkaar uit",
        path: ["domainId"],
      }),
  ),
});

export type PabcDataset = z.infer<typeof PabcDatasetSchema>;

/** Checks that every reference resolves and no name is used twice (case-insensitively). */
function controleerSamenhang(d: PabcDataset): string[] {
  const fouten: string[] = [];
  const ids = new Set<string>();
  const uniekeId = (id: string, waar: string) => {
    const key = id.toLowerCase();
    if (ids.has(key)) fouten.push(`${waar}: id ${id} komt vaker voor`);
    ids.add(key);
  };
  const uniekeNaam = (gezien: Set<string>, waarde: string, waar: string) => {
    const key = waarde.toLowerCase();
    if (gezien.has(key)) fouten.push(`${waar}: naam '${waarde}' komt vaker voor (hoofdletters tellen niet)`);
    gezien.add(key);
  };

  const applicaties = new Set<string>();
  const appNamen = new Set<string>();
  d.applications.forEach((a, i) => {
    uniekeId(a.id, `applications.${i}`);
    uniekeNaam(appNamen, a.name, `applications.${i}`);
    applicaties.add(a.id.toLowerCase());
  });
  const appRollen = new Set<string>();
  const appRolNamen = new Set<string>();
  d.applicationRoles.forEach((r, i) => {
    uniekeId(r.id, `applicationRoles.${i}`);
    if (!applicaties.has(r.applicationId.toLowerCase())) {
      fouten.push(`applicationRoles.${i}: applicationId ${r.applicationId} bestaat niet`);
    }
    uniekeNaam(appRolNamen, `${r.applicationId.toLowerCase()}/${r.name}`, `applicationRoles.${i}`);
    appRollen.add(r.id.toLowerCase());
  });
  const functioneleRollen = new Set<string>();
  const frNamen = new Set<string>();
  d.functionalRoles.forEach((r, i) => {
    uniekeId(r.id, `functionalRoles.${i}`);
    uniekeNaam(frNamen, r.name, `functionalRoles.${i}`);
    functioneleRollen.add(r.id.toLowerCase());
  });
  const entiteitTypen = new Set<string>();
  const etSleutels = new Set<string>();
  d.entityTypes.forEach((e, i) => {
    uniekeId(e.id, `entityTypes.${i}`);
    uniekeNaam(etSleutels, `${e.type}/${e.entityTypeId}`, `entityTypes.${i}`);
    entiteitTypen.add(e.id.toLowerCase());
  });
  const domeinen = new Set<string>();
  d.domains.forEach((dm, i) => {
    uniekeId(dm.id, `domains.${i}`);
    domeinen.add(dm.id.toLowerCase());
    dm.entityTypeIds.forEach((et, j) => {
      if (!entiteitTypen.has(et.toLowerCase())) fouten.push(`domains.${i}.entityTypeIds.${j}: entity type ${et} bestaat niet`);
    });
  });
  d.mappings.forEach((m, i) => {
    uniekeId(m.id, `mappings.${i}`);
    if (!functioneleRollen.has(m.functionalRoleId.toLowerCase())) {
      fouten.push(`mappings.${i}: functionalRoleId ${m.functionalRoleId} bestaat niet`);
    }
    if (!appRollen.has(m.applicationRoleId.toLowerCase())) {
      fouten.push(`mappings.${i}: applicationRoleId ${m.applicationRoleId} bestaat niet`);
    }
    if (m.domainId && !domeinen.has(m.domainId.toLowerCase())) {
      fouten.push(`mappings.${i}: domainId ${m.domainId} bestaat niet`);
    }
  });
  return fouten;
}

/** Parses and checks a dataset; throws AppError("invalid") listing every problem. */
export function parseDataset(input: unknown, bron = "dataset"): PabcDataset {
  const parsed = PabcDatasetSchema.safeParse(input);
  if (!parsed.success) {
    const params = invalidParamsFromZod(parsed.error);
    throw AppError.invalid(
      `De PABC-dataset ${bron} is ongeldig: ` + params.map((p) => `${p.name}: ${p.reason}`).join("; "),
      params,
    );
  }
  const fouten = controleerSamenhang(parsed.data);
  if (fouten.length) throw AppError.invalid(`De PABC-dataset ${bron} klopt niet: ${fouten.join("; ")}`);
  return parsed.data;
}

/** Parses dataset JSON text (the file contents). */
export function parseDatasetTekst(tekst: string, bron = "dataset"): PabcDataset {
  let json: unknown;
  try {
    json = JSON.parse(tekst);
  } catch (error) {
    throw AppError.invalid(`De PABC-dataset ${bron} is geen geldige JSON: ${(error as Error).message}`);
  }
  return parseDataset(json, bron);
}
