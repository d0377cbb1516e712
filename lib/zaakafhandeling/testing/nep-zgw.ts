/**
 * A small in-memory fake of the Zaken, Catalogi, Documenten and Besluiten APIs for msw, with
 * just the behaviour the proxy relies on. Every request is recorded (`verzoeken`), so a test
 * can prove that a refused action wrote nothing (`schrijfverzoeken()` is empty).
 */
import { randomUUID } from "node:crypto";
import { http, HttpResponse, type HttpHandler } from "msw";

export const NEP_ROOT = "http://zgw.test";
export const NEP_ROOTS = {
  ZGW_ZAKEN_API_URL: `${NEP_ROOT}/zaken/api/v1`,
  ZGW_CATALOGI_API_URL: `${NEP_ROOT}/catalogi/api/v1`,
  ZGW_DOCUMENTEN_API_URL: `${NEP_ROOT}/documenten/api/v1`,
  ZGW_BESLUITEN_API_URL: `${NEP_ROOT}/besluiten/api/v1`,
} as const;

type Obj = Record<string, unknown>;

interface Verzoek {
  method: string;
  pad: string;
  zoek: string;
  body: unknown;
  autorisatie: string | null;
  toelichting: string | null;
}

const COLLECTIES: Record<string, string> = {
  zaken: "zaken",
  statussen: "zaken",
  rollen: "zaken",
  resultaten: "zaken",
  zaakinformatieobjecten: "zaken",
  zaaktypen: "catalogi",
  statustypen: "catalogi",
  resultaattypen: "catalogi",
  roltypen: "catalogi",
  besluittypen: "catalogi",
  informatieobjecttypen: "catalogi",
  catalogussen: "catalogi",
  enkelvoudiginformatieobjecten: "documenten",
  bestandsdelen: "documenten",
  besluiten: "besluiten",
  besluitinformatieobjecten: "besluiten",
};

/** Collections that answer a bare array instead of a page. */
const ONGEPAGINEERD = new Set(["zaakinformatieobjecten", "besluitinformatieobjecten"]);

export class NepZgw {
  readonly data = new Map<string, Map<string, Obj>>();
  readonly verzoeken: Verzoek[] = [];
  private teller = 0;

  url(collectie: string, uuid: string): string {
    const api = COLLECTIES[collectie];
    if (!api) throw new Error(`onbekende collectie ${collectie}`);
    return `${NEP_ROOT}/${api}/api/v1/${collectie}/${uuid}`;
  }

  lijst(collectie: string): Map<string, Obj> {
    let m = this.data.get(collectie);
    if (!m) {
      m = new Map();
      this.data.set(collectie, m);
    }
    return m;
  }

  voegToe(collectie: string, velden: Obj, uuid: string = randomUUID()): Obj {
    const obj: Obj = { uuid, url: this.url(collectie, uuid), ...velden };
    this.lijst(collectie).set(uuid, obj);
    return obj;
  }

  haal(collectie: string, uuid: string): Obj | undefined {
    return this.lijst(collectie).get(uuid);
  }

  schrijfverzoeken(): Verzoek[] {
    return this.verzoeken.filter((v) => v.method !== "GET" && !v.pad.endsWith("/_zoek"));
  }

  vergeetVerzoeken(): void {
    this.verzoeken.length = 0;
  }

  private nieuwIdentificatie(prefix: string): string {
    this.teller += 1;
    return `${prefix}-${String(this.teller).padStart(4, "0")}`;
  }

  private filter(collectie: string, params: URLSearchParams): Obj[] {
    let items = [...this.lijst(collectie).values()];
    for (const [k, v] of params) {
      if (["page", "status", "expand", "ordering"].includes(k)) continue;
      items = items.filter((o) => String(o[k] ?? "") === v);
    }
    return items;
  }

  private zaakZoek(body: Obj): Obj[] {
    let zaken = [...this.lijst("zaken").values()];
    const typen = body.zaaktype__in as string[] | undefined;
    if (typen) zaken = zaken.filter((z) => typen.includes(String(z.zaaktype)));
    if (body.einddatum__isnull === true) zaken = zaken.filter((z) => !z.einddatum);
    if (body.einddatum__isnull === false) zaken = zaken.filter((z) => !!z.einddatum);
    if (typeof body.identificatie === "string") zaken = zaken.filter((z) => z.identificatie === body.identificatie);
    const mw = body.rol__betrokkeneIdentificatie__medewerker__identificatie;
    if (typeof mw === "string") {
      const rollen = [...this.lijst("rollen").values()].filter(
        (r) => r.betrokkeneType === "medewerker" && (r.betrokkeneIdentificatie as Obj | undefined)?.identificatie === mw,
      );
      zaken = zaken.filter((z) => rollen.some((r) => r.zaak === z.url));
    }
    const ordering = typeof body.ordering === "string" ? body.ordering : "identificatie";
    const veld = ordering.replace(/^-/, "");
    zaken.sort((a, b) => String(a[veld] ?? "").localeCompare(String(b[veld] ?? "")) * (ordering.startsWith("-") ? -1 : 1));
    const expand = String(body.expand ?? "").split(",");
    return zaken.map((z) => {
      if (!expand.includes("status") && !expand.includes("rollen")) return z;
      const _expand: Obj = {};
      if (expand.includes("status") && z.status) _expand.status = this.haal("statussen", String(z.status).split("/").pop() ?? "");
      if (expand.includes("rollen")) _expand.rollen = [...this.lijst("rollen").values()].filter((r) => r.zaak === z.url);
      return { ...z, _expand };
    });
  }

  private pagina(items: Obj[], page: number): Obj {
    const start = (page - 1) * 100;
    return { count: items.length, next: start + 100 < items.length ? "next" : null, previous: null, results: items.slice(start, start + 100) };
  }

  private maak(collectie: string, body: Obj): Obj {
    const extra: Obj = {};
    if (collectie === "zaken") extra.identificatie = this.nieuwIdentificatie("ZAAK");
    if (collectie === "besluiten") extra.identificatie = this.nieuwIdentificatie("BESLUIT");
    if (collectie === "enkelvoudiginformatieobjecten") {
      extra.identificatie = this.nieuwIdentificatie("DOC");
      extra.versie = 1;
      extra.locked = false;
      extra.bestandsdelen = [];
      if (body.inhoud === null && typeof body.bestandsomvang === "number" && body.bestandsomvang > 0) {
        const lock = randomUUID();
        const deel = this.voegToe("bestandsdelen", { volgnummer: 1, omvang: body.bestandsomvang, voltooid: false, lock });
        extra.locked = true;
        extra.lock = lock;
        extra.bestandsdelen = [deel];
      }
    }
    if (collectie === "rollen") {
      // As the Zaken API: omschrijving and omschrijvingGeneriek come from the roltype.
      const rt = this.haal("roltypen", String(body.roltype).split("/").pop() ?? "");
      extra.omschrijving = rt?.omschrijving ?? "";
      extra.omschrijvingGeneriek = rt?.omschrijvingGeneriek ?? "";
    }
    const obj = this.voegToe(collectie, { ...body, ...extra });
    if (collectie === "statussen") {
      const zaak = this.haal("zaken", String(body.zaak).split("/").pop() ?? "");
      const type = this.haal("statustypen", String(body.statustype).split("/").pop() ?? "");
      if (zaak) {
        zaak.status = obj.url;
        zaak.einddatum = type?.isEindstatus ? "2026-01-01" : null;
      }
    }
    if (collectie === "resultaten") {
      const zaak = this.haal("zaken", String(body.zaak).split("/").pop() ?? "");
      if (zaak) zaak.resultaat = obj.url;
    }
    return obj;
  }

  handlers(): HttpHandler[] {
    const vastleggen = async (request: Request) => {
      const url = new URL(request.url);
      let body: unknown = null;
      const type = request.headers.get("content-type") ?? "";
      if (request.method !== "GET" && request.method !== "DELETE") {
        body = type.includes("json") ? await request.clone().json().catch(() => null) : await request.clone().text();
      }
      this.verzoeken.push({
        method: request.method,
        pad: url.pathname,
        zoek: url.search,
        body,
        autorisatie: request.headers.get("authorization"),
        toelichting: request.headers.get("x-audit-toelichting"),
      });
      return body;
    };
    const pad = `${NEP_ROOT}/:api/api/v1/:collectie`;
    return [
      http.post(`${NEP_ROOT}/zaken/api/v1/zaken/_zoek`, async ({ request }) => {
        const body = (await vastleggen(request)) as Obj;
        const page = Number(new URL(request.url).searchParams.get("page") ?? 1);
        return HttpResponse.json(this.pagina(this.zaakZoek(body), page));
      }),
      http.get(`${pad}/:uuid/audittrail`, async ({ request }) => {
        await vastleggen(request);
        return HttpResponse.json([]);
      }),
      http.get(`${pad}/:uuid/download`, async ({ request, params }) => {
        await vastleggen(request);
        const doc = this.haal("enkelvoudiginformatieobjecten", String(params.uuid));
        if (!doc) return HttpResponse.json({ detail: "Niet gevonden." }, { status: 404 });
        return new HttpResponse(String(doc.inhoudTekst ?? "inhoud"), { headers: { "Content-Type": "application/octet-stream" } });
      }),
      http.post(`${pad}/:uuid/lock`, async ({ request, params }) => {
        await vastleggen(request);
        const doc = this.haal("enkelvoudiginformatieobjecten", String(params.uuid));
        if (!doc) return HttpResponse.json({ detail: "Niet gevonden." }, { status: 404 });
        if (doc.locked) return HttpResponse.json({ detail: "Al vergrendeld.", invalidParams: [{ name: "nonFieldErrors", code: "existing-lock", reason: "locked" }] }, { status: 400 });
        const lock = randomUUID();
        doc.locked = true;
        doc.lock = lock;
        return HttpResponse.json({ lock });
      }),
      http.post(`${pad}/:uuid/unlock`, async ({ request, params }) => {
        await vastleggen(request);
        const doc = this.haal("enkelvoudiginformatieobjecten", String(params.uuid));
        if (!doc) return HttpResponse.json({ detail: "Niet gevonden." }, { status: 404 });
        doc.locked = false;
        delete doc.lock;
        doc.bestandsdelen = [];
        return new HttpResponse(null, { status: 204 });
      }),
      http.get(`${pad}/:uuid`, async ({ request, params }) => {
        await vastleggen(request);
        const obj = this.haal(String(params.collectie), String(params.uuid));
        if (!obj) return HttpResponse.json({ detail: "Niet gevonden.", code: "not_found" }, { status: 404 });
        return HttpResponse.json(obj);
      }),
      http.get(pad, async ({ request, params }) => {
        await vastleggen(request);
        const collectie = String(params.collectie);
        const zoek = new URL(request.url).searchParams;
        const items = this.filter(collectie, zoek);
        if (ONGEPAGINEERD.has(collectie)) return HttpResponse.json(items);
        return HttpResponse.json(this.pagina(items, Number(zoek.get("page") ?? 1)));
      }),
      http.post(pad, async ({ request, params }) => {
        const body = (await vastleggen(request)) as Obj;
        return HttpResponse.json(this.maak(String(params.collectie), body ?? {}), { status: 201 });
      }),
      http.patch(`${pad}/:uuid`, async ({ request, params }) => {
        const body = (await vastleggen(request)) as Obj;
        const obj = this.haal(String(params.collectie), String(params.uuid));
        if (!obj) return HttpResponse.json({ detail: "Niet gevonden." }, { status: 404 });
        Object.assign(obj, body);
        return HttpResponse.json(obj);
      }),
      http.put(`${pad}/:uuid`, async ({ request, params }) => {
        const body = await vastleggen(request);
        const obj = this.haal(String(params.collectie), String(params.uuid));
        if (!obj) return HttpResponse.json({ detail: "Niet gevonden." }, { status: 404 });
        if (String(params.collectie) === "bestandsdelen") {
          obj.voltooid = true;
          obj.ontvangen = typeof body === "string" ? body : "";
          return HttpResponse.json(obj);
        }
        Object.assign(obj, body as Obj);
        return HttpResponse.json(obj);
      }),
      http.delete(`${pad}/:uuid`, async ({ request, params }) => {
        await vastleggen(request);
        const m = this.lijst(String(params.collectie));
        if (!m.delete(String(params.uuid))) return HttpResponse.json({ detail: "Niet gevonden." }, { status: 404 });
        return new HttpResponse(null, { status: 204 });
      }),
    ];
  }
}

/**
 * A catalogue like the demo one: per zaaktype omschrijving one zaaktype with 4 statustypen
 * (the last the end status), 2 resultaattypen, roltypen (initiator, behandelaar,
 * belanghebbende), one besluittype and one informatieobjecttype.
 */
export function nepCatalogus(nep: NepZgw, omschrijvingen: readonly string[]) {
  const iot = nep.voegToe("informatieobjecttypen", { omschrijving: "Bijlage", vertrouwelijkheidaanduiding: "openbaar" });
  const uit: Record<string, { zaaktype: Obj; statustypen: Obj[]; resultaattypen: Obj[]; roltypen: Record<string, Obj>; besluittype: Obj; iot: Obj }> = {};
  for (const omschrijving of omschrijvingen) {
    const besluittype = nep.voegToe("besluittypen", { omschrijving: `Besluit ${omschrijving}` });
    const zaaktype = nep.voegToe("zaaktypen", {
      identificatie: `ZT-${omschrijving}`,
      omschrijving,
      doorlooptijd: "P56D",
      servicenorm: "P28D",
      vertrouwelijkheidaanduiding: "openbaar",
      besluittypen: [besluittype.url],
      informatieobjecttypen: [iot.url],
      concept: false,
      beginGeldigheid: "2024-01-01",
    });
    const statustypen = ["Ontvangen", "In behandeling", "Besluit genomen", "Afgerond"].map((naam, i) =>
      nep.voegToe("statustypen", { omschrijving: naam, volgnummer: i + 1, isEindstatus: i === 3, zaaktype: zaaktype.url }),
    );
    const resultaattypen = ["Verleend", "Geweigerd"].map((naam) => nep.voegToe("resultaattypen", { omschrijving: naam, zaaktype: zaaktype.url }));
    const roltypen = Object.fromEntries(
      ["initiator", "behandelaar", "belanghebbende"].map((g) => [g, nep.voegToe("roltypen", { omschrijving: g, omschrijvingGeneriek: g, zaaktype: zaaktype.url })]),
    );
    zaaktype.statustypen = statustypen.map((s) => s.url);
    zaaktype.resultaattypen = resultaattypen.map((s) => s.url);
    zaaktype.roltypen = Object.values(roltypen).map((s) => s.url);
    uit[omschrijving] = { zaaktype, statustypen, resultaattypen, roltypen, besluittype, iot };
  }
  return uit;
}

/** A zaak with a status (first statustype, or the end status when `gesloten`). */
export function nepZaak(nep: NepZgw, cat: ReturnType<typeof nepCatalogus>[string], opties: { gesloten?: boolean; omschrijving?: string } = {}): Obj {
  const zaak = nep.voegToe("zaken", {
    identificatie: `ZAAK-${Math.floor(Math.random() * 1e6)}`,
    bronorganisatie: "002220647",
    omschrijving: opties.omschrijving ?? "Testzaak",
    toelichting: "",
    zaaktype: cat.zaaktype.url,
    registratiedatum: "2026-01-02",
    startdatum: "2026-01-02",
    einddatum: null,
    einddatumGepland: "2026-02-01",
    uiterlijkeEinddatumAfdoening: "2026-03-01",
    vertrouwelijkheidaanduiding: "openbaar",
    opschorting: { indicatie: false, reden: "" },
    verlenging: null,
    relevanteAndereZaken: [],
    deelzaken: [],
    hoofdzaak: null,
    status: null,
    resultaat: null,
  });
  const eerste = cat.statustypen[0];
  const st = nep.voegToe("statussen", { zaak: zaak.url, statustype: eerste?.url, datumStatusGezet: "2026-01-02T10:00:00Z", statustoelichting: "" });
  zaak.status = st.url;
  if (opties.gesloten) {
    const eind = cat.statustypen[3];
    const s2 = nep.voegToe("statussen", { zaak: zaak.url, statustype: eind?.url, datumStatusGezet: "2026-01-03T10:00:00Z", statustoelichting: "" });
    zaak.status = s2.url;
    zaak.einddatum = "2026-01-03";
    const r = nep.voegToe("resultaten", { zaak: zaak.url, resultaattype: cat.resultaattypen[0]?.url, toelichting: "" });
    zaak.resultaat = r.url;
  }
  return zaak;
}
