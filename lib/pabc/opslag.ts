import type { GetApplicationRolesResponse, GetApplicationRolesResponseModel } from "./contract";

/**
 * What the built-in PABC API needs from its data, so the same request handling runs on the
 * database tables (the app) and on an in-memory dataset (the fake PABC of the client tests).
 */
export interface PabcOpslag {
  /** One row per (entity type or none, application role) that the functional roles grant. */
  rolRegels(functioneleRollen: readonly string[]): Promise<RolRegel[]>;
  /** Names of the functional roles that grant `applicatieRol` on that entity type. */
  functioneleRollenVoor(vraag: GroepenVraag): Promise<string[]>;
}

export interface RolRegel {
  /** `null`: a mapping without domain and not for all entity types. */
  entiteitType: { sleutel: string; id: string; naam: string; type: string } | null;
  applicatie: string;
  applicatieRol: string;
}

export interface GroepenVraag {
  applicatie: string;
  applicatieRol: string;
  entiteitTypeId: string;
  entiteitType: string;
}

const vergelijk = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Groups rows per entity type with distinct application roles, as PABC's controller does
 * (GroupBy entity type, DistinctBy role name + application). The order is made stable:
 * entity types by type and id, the result without entity type last, roles by application
 * and name.
 */
export function groepeerRolRegels(regels: readonly RolRegel[]): GetApplicationRolesResponse {
  const perSleutel = new Map<string, { model: GetApplicationRolesResponseModel; rollen: Set<string> }>();
  for (const regel of regels) {
    const sleutel = regel.entiteitType?.sleutel ?? "";
    let groep = perSleutel.get(sleutel);
    if (!groep) {
      groep = {
        model: {
          ...(regel.entiteitType
            ? { entityType: { id: regel.entiteitType.id, name: regel.entiteitType.naam, type: regel.entiteitType.type } }
            : {}),
          applicationRoles: [],
        },
        rollen: new Set(),
      };
      perSleutel.set(sleutel, groep);
    }
    const rolSleutel = `${regel.applicatie.toLowerCase()}\u0000${regel.applicatieRol.toLowerCase()}`;
    if (!groep.rollen.has(rolSleutel)) {
      groep.rollen.add(rolSleutel);
      groep.model.applicationRoles.push({ name: regel.applicatieRol, application: regel.applicatie });
    }
  }
  const results = [...perSleutel.values()].map((g) => g.model);
  for (const r of results) {
    r.applicationRoles.sort((a, b) => vergelijk(a.application.toLowerCase(), b.application.toLowerCase()) || vergelijk(a.name.toLowerCase(), b.name.toLowerCase()));
  }
  results.sort((a, b) => {
    if (!a.entityType || !b.entityType) return a.entityType ? -1 : b.entityType ? 1 : 0;
    return (
      vergelijk(a.entityType.type.toLowerCase(), b.entityType.type.toLowerCase()) ||
      vergelijk(a.entityType.id.toLowerCase(), b.entityType.id.toLowerCase())
    );
  });
  return { results };
}
