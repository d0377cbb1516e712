/**
 * Per request: who is asking (session -> PolicyGebruiker), the ZGW client that acts on their
 * behalf, and the database for the app's own tables. Route handlers call `medewerkerContext`
 * first; nothing else reads the session.
 */
import { demoZaaktypeDomeinen, vereisApiGebruiker } from "@/lib/auth";
import { getDatabase, type Database } from "@/lib/db";
import type { InvoerOpties, PolicyGebruiker } from "@/lib/policy";
import { zgwClient, type ZgwClient } from "@/lib/zgw-client";

export interface MedewerkerContext {
  id: string;
  naam: string;
  groepen: readonly string[];
  policy: PolicyGebruiker;
  /** Domain-role mode mapping (zaaktype -> domein); ignored in PABC mode. */
  opties: InvoerOpties;
  zgw: ZgwClient;
  db: Database;
}

export async function medewerkerContext(request: Request): Promise<MedewerkerContext> {
  const ingelogd = await vereisApiGebruiker(request);
  const { gebruiker, policyGebruiker } = ingelogd;
  return {
    id: gebruiker.id,
    naam: gebruiker.naam,
    groepen: gebruiker.groepen,
    policy: policyGebruiker,
    opties: { zaaktypeDomeinen: demoZaaktypeDomeinen() },
    zgw: zgwClient({ id: gebruiker.id, weergave: gebruiker.naam }),
    db: (await getDatabase()).db,
  };
}
