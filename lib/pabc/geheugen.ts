import type { PabcDataset } from "./dataset";
import type { GroepenVraag, PabcOpslag, RolRegel } from "./opslag";

const lc = (s: string) => s.toLowerCase();

/**
 * The PABC semantics on a dataset in memory. It is the reference the database version is
 * held to (both pass the same contract tests), and the fake PABC behind msw in unit tests.
 */
export function geheugenOpslag(dataset: PabcDataset): PabcOpslag {
  const applicaties = new Map(dataset.applications.map((a) => [lc(a.id), a]));
  const appRollen = new Map(dataset.applicationRoles.map((r) => [lc(r.id), r]));
  const functioneleRollen = new Map(dataset.functionalRoles.map((r) => [lc(r.id), r]));
  const entiteitTypen = new Map(dataset.entityTypes.map((e) => [lc(e.id), e]));
  const domeinen = new Map(dataset.domains.map((d) => [lc(d.id), d]));

  const typenVanDomein = (domeinId: string) =>
    (domeinen.get(lc(domeinId))?.entityTypeIds ?? []).flatMap((id) => {
      const et = entiteitTypen.get(lc(id));
      return et ? [et] : [];
    });
  const alsRegel = (et: PabcDataset["entityTypes"][number]) => ({
    sleutel: lc(et.id),
    id: et.entityTypeId,
    naam: et.name,
    type: et.type,
  });

  return {
    async rolRegels(namen) {
      const gevraagd = new Set(namen.map(lc));
      const regels: RolRegel[] = [];
      for (const m of dataset.mappings) {
        const fr = functioneleRollen.get(lc(m.functionalRoleId));
        const ar = appRollen.get(lc(m.applicationRoleId));
        const app = ar && applicaties.get(lc(ar.applicationId));
        if (!fr || !ar || !app || !gevraagd.has(lc(fr.name))) continue;
        const basis = { applicatie: app.name, applicatieRol: ar.name };
        if (m.isAllEntityTypes) {
          for (const et of dataset.entityTypes) regels.push({ ...basis, entiteitType: alsRegel(et) });
        } else if (m.domainId) {
          for (const et of typenVanDomein(m.domainId)) regels.push({ ...basis, entiteitType: alsRegel(et) });
        } else {
          regels.push({ ...basis, entiteitType: null });
        }
      }
      return regels;
    },

    async functioneleRollenVoor(vraag: GroepenVraag) {
      const namen = new Map<string, string>();
      for (const m of dataset.mappings) {
        const ar = appRollen.get(lc(m.applicationRoleId));
        const app = ar && applicaties.get(lc(ar.applicationId));
        const fr = functioneleRollen.get(lc(m.functionalRoleId));
        if (!ar || !app || !fr) continue;
        if (lc(ar.name) !== lc(vraag.applicatieRol) || lc(app.name) !== lc(vraag.applicatie)) continue;
        const passend =
          m.isAllEntityTypes === true ||
          (m.domainId != null &&
            typenVanDomein(m.domainId).some(
              (et) => lc(et.entityTypeId) === lc(vraag.entiteitTypeId) && lc(et.type) === lc(vraag.entiteitType),
            ));
        if (passend) namen.set(lc(fr.name), fr.name);
      }
      return [...namen.values()];
    },
  };
}
