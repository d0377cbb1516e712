import { z } from "zod";
import type { InvalidParam } from "@/lib/errors";

/**
 * The external lists the Catalogi rules refer to: the Selectielijst API (ztc-001, ztc-002,
 * ztc-003) and the Referentielijsten API (ztc-002). They are called only when their API root
 * is configured:
 *
 * - `ZGW_SELECTIELIJST_API` (e.g. https://selectielijst.openzaak.nl/api/v1): a
 *   selectielijstProcestype must be a `procestypen` resource there, a selectielijstklasse a
 *   `resultaten` resource of the zaaktype's procestype; archiefnominatie/archiefactietermijn
 *   are derived from it when omitted, and its procestermijn decides ztc-003.
 * - `ZGW_REFERENTIELIJSTEN_API` (e.g. https://referentielijsten-api.vng.cloud/api/v1): a
 *   resultaattypeomschrijving must be a `resultaattypeomschrijvingen` resource there; its
 *   `omschrijving` becomes omschrijvingGeneriek.
 *
 * Not configured: only the URL's form is checked, nothing is derived and omschrijvingGeneriek
 * stays empty (a deployment without internet access can still maintain its catalogus).
 */

/** Merged into lib/config, which validates these at start; read here from the environment. */
export const externeLijstenShape = {
  ZGW_SELECTIELIJST_API: z.preprocess((v) => (v === "" ? undefined : v), z.url().optional()),
  ZGW_REFERENTIELIJSTEN_API: z.preprocess((v) => (v === "" ? undefined : v), z.url().optional()),
};
const Instellingen = z.object(externeLijstenShape);

export function externeLijsten(env: NodeJS.ProcessEnv | Record<string, string | undefined> = process.env) {
  const r = Instellingen.safeParse(env);
  if (!r.success) throw new Error(`Ongeldige ZGW-configuratie: ${r.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join("; ")}`);
  const zonderSlash = (v?: string) => v?.replace(/\/+$/, "");
  return { selectielijst: zonderSlash(r.data.ZGW_SELECTIELIJST_API), referentielijsten: zonderSlash(r.data.ZGW_REFERENTIELIJSTEN_API) };
}

export const externeLijstenDocumentatie = {
  ZGW_SELECTIELIJST_API: {
    standaard: "(empty: not checked)",
    omschrijving: "API root of the Selectielijst API; when set, ztc-001/002/003 are checked against it.",
  },
  ZGW_REFERENTIELIJSTEN_API: {
    standaard: "(empty: not checked)",
    omschrijving: "API root of the Referentielijsten API; when set, resultaattypeomschrijving is checked against it (ztc-002).",
  },
} as const;

type Json = Record<string, unknown>;

/** GET a resource of an external list: the JSON object, or an InvalidParam explaining why not. */
async function haalOp(url: string, root: string, collectie: string, veld: string): Promise<{ body: Json } | { fout: InvalidParam }> {
  if (!url.startsWith(`${root}/${collectie}/`)) {
    return { fout: { name: veld, code: "invalid-resource", reason: `Verwacht een ${collectie}-resource van ${root}.` } };
  }
  try {
    const response = await fetch(url, { headers: { Accept: "application/json" }, redirect: "follow", signal: AbortSignal.timeout(10_000) });
    if (response.status !== 200) return { fout: { name: veld, code: "bad-url", reason: `${url} gaf HTTP ${response.status}.` } };
    const body = (await response.json()) as unknown;
    if (typeof body !== "object" || body === null || Array.isArray(body)) {
      return { fout: { name: veld, code: "invalid-resource", reason: `${url} is geen ${collectie}-resource.` } };
    }
    return { body: body as Json };
  } catch {
    return { fout: { name: veld, code: "bad-url", reason: `${url} kon niet worden opgehaald.` } };
  }
}

/** ztc-001 */
export async function controleerProcestype(url: string): Promise<InvalidParam[]> {
  const { selectielijst } = externeLijsten();
  if (!selectielijst || url === "") return [];
  const h = await haalOp(url, selectielijst, "procestypen", "selectielijstProcestype");
  if ("fout" in h) return [h.fout];
  const r = h.body;
  if (typeof r.nummer !== "number" || typeof r.naam !== "string") {
    return [{ name: "selectielijstProcestype", code: "invalid-resource", reason: "Dit is geen Selectielijst-procestype." }];
  }
  return [];
}

export interface Selectielijstklasse {
  procestermijn: string | null;
  waardering: string | null;
  bewaartermijn: string | null;
}

/** ztc-002 (selectielijstklasse): a `resultaat` of the zaaktype's procestype. `null` = not configured. */
export async function controleerSelectielijstklasse(
  url: string,
  procestype: string,
): Promise<{ fouten: InvalidParam[]; klasse: Selectielijstklasse | null }> {
  const { selectielijst } = externeLijsten();
  if (!selectielijst) return { fouten: [], klasse: null };
  const h = await haalOp(url, selectielijst, "resultaten", "selectielijstklasse");
  if ("fout" in h) return { fouten: [h.fout], klasse: null };
  const r = h.body;
  if (typeof r.procesType !== "string") {
    return { fouten: [{ name: "selectielijstklasse", code: "invalid-resource", reason: "Dit is geen Selectielijst-resultaat." }], klasse: null };
  }
  if (r.procesType !== procestype) {
    return {
      fouten: [{ name: "selectielijstklasse", code: "procestype-mismatch", reason: "De selectielijstklasse hoort niet bij het selectielijstProcestype van het zaaktype." }],
      klasse: null,
    };
  }
  const tekstOfNull = (v: unknown) => (typeof v === "string" && v !== "" ? v : null);
  return { fouten: [], klasse: { procestermijn: tekstOfNull(r.procestermijn), waardering: tekstOfNull(r.waardering), bewaartermijn: tekstOfNull(r.bewaartermijn) } };
}

/** ztc-002 (resultaattypeomschrijving): its omschrijving, or "" when Referentielijsten is not configured. */
export async function omschrijvingGeneriek(url: string): Promise<{ fouten: InvalidParam[]; omschrijving: string }> {
  const { referentielijsten } = externeLijsten();
  if (!referentielijsten) return { fouten: [], omschrijving: "" };
  const h = await haalOp(url, referentielijsten, "resultaattypeomschrijvingen", "resultaattypeomschrijving");
  if ("fout" in h) return { fouten: [h.fout], omschrijving: "" };
  const r = h.body;
  if (typeof r.omschrijving !== "string") {
    return { fouten: [{ name: "resultaattypeomschrijving", code: "invalid-resource", reason: "Dit is geen resultaattypeomschrijving." }], omschrijving: "" };
  }
  return { fouten: [], omschrijving: r.omschrijving };
}
