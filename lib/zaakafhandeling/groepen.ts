/** Groups and their members for toekennen (PABC: groups per zaaktype; Keycloak: members). */
import { getKeycloakAdminClient } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { getPabcClient } from "@/lib/pabc";
import type { MedewerkerContext } from "./context";
import type { Groep, Medewerker } from "./contract";
import { magZaaktypeLezen } from "./feiten";

export async function groepenVoorZaaktype(ctx: MedewerkerContext, zaaktype: string): Promise<Groep[]> {
  // Same answer for an unknown zaaktype and one the user may not read.
  if (!magZaaktypeLezen(ctx, zaaktype)) {
    throw new AppError("permission_denied", { detail: `Je mag zaken van zaaktype "${zaaktype}" niet bekijken.`, extensions: { recht: "zaak.lezen" } });
  }
  const groepen = await getPabcClient().groepen({ applicatieRol: "behandelaar", zaaktype });
  return groepen.map((g) => ({ id: g.naam, naam: g.omschrijving || g.naam }));
}

export async function medewerkersVanGroep(_ctx: MedewerkerContext, groep: string): Promise<Medewerker[]> {
  const admin = getKeycloakAdminClient();
  const gevonden = (await admin.groepen(groep)).find((g) => g.naam === groep);
  if (!gevonden) throw AppError.notFound("Deze groep bestaat niet.");
  const leden = await admin.groepLeden(gevonden.id);
  return leden.map((l) => ({ id: l.gebruikersnaam, naam: l.naam })).sort((a, b) => a.naam.localeCompare(b.naam, "nl"));
}
