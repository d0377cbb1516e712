import { and, inArray, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { niveausTotEnMet, rang, VERTROUWELIJKHEIDAANDUIDINGEN } from "./vertrouwelijkheid";

/**
 * Scope expressions as the ZGW OAS files write them in `security`, e.g. `zaken.lezen` or
 * `(zaken.bijwerken | zaken.geforceerd-bijwerken)`. `|` = one of, `&` = all of (binds
 * tighter), parentheses group. Several entries in one security requirement must all hold;
 * several requirements are alternatives (OpenAPI semantics).
 */
export type ScopeExpressie =
  | { soort: "scope"; scope: string }
  | { soort: "of"; delen: ScopeExpressie[] }
  | { soort: "en"; delen: ScopeExpressie[] };

const SCOPE_TEKEN = /^[A-Za-z0-9._-]+/;

export function parseScopeExpressie(tekst: string): ScopeExpressie {
  let pos = 0;
  const spaties = () => {
    while (pos < tekst.length && /\s/.test(tekst[pos]!)) pos++;
  };
  const fout = (wat: string) => new Error(`Ongeldige scope-expressie ${JSON.stringify(tekst)}: ${wat} op positie ${pos}`);

  const term = (): ScopeExpressie => {
    spaties();
    if (tekst[pos] === "(") {
      pos++;
      const binnen = of();
      spaties();
      if (tekst[pos] !== ")") throw fout("')' verwacht");
      pos++;
      return binnen;
    }
    const match = SCOPE_TEKEN.exec(tekst.slice(pos));
    if (!match) throw fout("scope verwacht");
    pos += match[0].length;
    return { soort: "scope", scope: match[0] };
  };
  const en = (): ScopeExpressie => {
    const delen = [term()];
    for (spaties(); tekst[pos] === "&"; spaties()) {
      pos++;
      delen.push(term());
    }
    return delen.length === 1 ? delen[0]! : { soort: "en", delen };
  };
  const of = (): ScopeExpressie => {
    const delen = [en()];
    for (spaties(); tekst[pos] === "|"; spaties()) {
      pos++;
      delen.push(en());
    }
    return delen.length === 1 ? delen[0]! : { soort: "of", delen };
  };

  const resultaat = of();
  spaties();
  if (pos !== tekst.length) throw fout("onverwacht teken");
  return resultaat;
}

export function voldoet(expressie: ScopeExpressie, scopes: ReadonlySet<string>): boolean {
  switch (expressie.soort) {
    case "scope":
      return scopes.has(expressie.scope);
    case "of":
      return expressie.delen.some((d) => voldoet(d, scopes));
    case "en":
      return expressie.delen.every((d) => voldoet(d, scopes));
  }
}

/** The `security` of one OAS operation: alternatives (OR) of requirement lists (AND). */
export type Beveiliging = Array<Record<string, string[]>>;

/** Turns an OAS `security` block into one expression; `null` = no scope needed. */
export function expressieUitBeveiliging(beveiliging: Beveiliging): ScopeExpressie | null {
  const alternatieven: ScopeExpressie[] = [];
  for (const eis of beveiliging) {
    const delen = Object.values(eis)
      .flat()
      .map((s) => parseScopeExpressie(s));
    // A requirement without scopes (`JWT-Claims: []`) asks only for a valid token.
    if (delen.length === 0) return null;
    alternatieven.push(delen.length === 1 ? delen[0]! : { soort: "en", delen });
  }
  if (alternatieven.length === 0) return null;
  return alternatieven.length === 1 ? alternatieven[0]! : { soort: "of", delen: alternatieven };
}

export function expressieTekst(expressie: ScopeExpressie): string {
  switch (expressie.soort) {
    case "scope":
      return expressie.scope;
    case "of":
      return `(${expressie.delen.map(expressieTekst).join(" | ")})`;
    case "en":
      return `(${expressie.delen.map(expressieTekst).join(" & ")})`;
  }
}

export const COMPONENTEN = ["ac", "nrc", "zrc", "ztc", "drc", "brc"] as const;
export type Component = (typeof COMPONENTEN)[number];

/** One autorisatie of the consumer's applicatie, as the AC stores it. */
export interface ConsumerAutorisatie {
  component: Component;
  scopes: string[];
  zaaktype?: string | null;
  informatieobjecttype?: string | null;
  besluittype?: string | null;
  maxVertrouwelijkheidaanduiding?: string | null;
}

/** The authenticated consumer of one request. */
export interface Consumer {
  clientId: string;
  applicatie: { uuid: string; label: string; heeftAlleAutorisaties: boolean } | null;
  autorisaties: ConsumerAutorisatie[];
  /** JWT `user_id` / `user_representation`, for the audit trail (gebruikersId/-Weergave). */
  gebruiker: { id: string; weergave: string };
}

/** Which autorisatie field holds the object type per typed component. */
const TYPE_VELD = { zrc: "zaaktype", drc: "informatieobjecttype", brc: "besluittype" } as const;
type GetypeerdeComponent = keyof typeof TYPE_VELD;

function typeVan(a: ConsumerAutorisatie): string | null {
  const veld = TYPE_VELD[a.component as GetypeerdeComponent];
  return veld ? (a[veld] ?? null) : null;
}

export interface ObjectKenmerken {
  /** URL of the zaaktype / informatieobjecttype / besluittype. */
  type?: string;
  vertrouwelijkheidaanduiding?: string;
}

export interface LijstFilterKolommen {
  /** Column (or expression) holding the type URL of the object. */
  type: SQLWrapper;
  /** Column holding the object's vertrouwelijkheidaanduiding (zrc, drc). */
  vertrouwelijkheidaanduiding?: SQLWrapper;
}

/**
 * The authorisation of one request (GUIDE §3.2): what the consumer may do in one
 * component. Scope sets are the union of the scopes of every autorisatie that covers the
 * object (its type, and a max confidentiality >= the object's), as vng-api-common does.
 */
export class Autorisatiecontext {
  constructor(
    readonly consumer: Consumer,
    readonly component: Component,
  ) {}

  get clientId(): string {
    return this.consumer.clientId;
  }

  get alles(): boolean {
    return this.consumer.applicatie?.heeftAlleAutorisaties === true;
  }

  private eigen(): ConsumerAutorisatie[] {
    return this.consumer.applicatie ? this.consumer.autorisaties.filter((a) => a.component === this.component) : [];
  }

  /** The scopes granted for an object with these characteristics (all types when none given). */
  scopesVoor(kenmerken: ObjectKenmerken = {}): Set<string> {
    const scopes = new Set<string>();
    for (const a of this.eigen()) {
      if (kenmerken.type !== undefined && TYPE_VELD[a.component as GetypeerdeComponent] && typeVan(a) !== kenmerken.type) continue;
      if (kenmerken.vertrouwelijkheidaanduiding !== undefined && a.maxVertrouwelijkheidaanduiding) {
        if (rang(kenmerken.vertrouwelijkheidaanduiding) > rang(a.maxVertrouwelijkheidaanduiding)) continue;
      }
      for (const s of a.scopes) scopes.add(s);
    }
    // ztc-014: whoever may read zaken or documenten (of any type) may read the Catalogi.
    if (this.component === "ztc" && this.consumer.applicatie) {
      const leestElders = this.consumer.autorisaties.some(
        (a) => (a.component === "zrc" && a.scopes.includes("zaken.lezen")) || (a.component === "drc" && a.scopes.includes("documenten.lezen")),
      );
      if (leestElders) scopes.add("catalogi.lezen");
    }
    return scopes;
  }

  /** Whether the expression holds, for an object (or, without kenmerken, for any object). */
  mag(expressie: ScopeExpressie | null, kenmerken: ObjectKenmerken = {}): boolean {
    if (expressie === null) return true;
    if (this.alles) return true;
    return voldoet(expressie, this.scopesVoor(kenmerken));
  }

  /** Throws 403 when the expression does not hold. */
  vereis(expressie: ScopeExpressie | null, kenmerken: ObjectKenmerken = {}): void {
    if (!this.mag(expressie, kenmerken)) throw geenToestemming(expressie);
  }

  /**
   * A WHERE condition that keeps only the objects this consumer may see under the
   * expression (zrc-006), so lists, counts and searches are filtered in the query, before
   * paging. `undefined` = no restriction (heeftAlleAutorisaties).
   */
  lijstFilter(expressie: ScopeExpressie | null, kolommen: LijstFilterKolommen): SQL | undefined {
    if (expressie === null || this.alles) return undefined;
    // Per type: the highest level whose granted scopes (union over autorisaties with max >=
    // that level) satisfy the expression. Scopes only grow towards lower levels, so every
    // level up to that one is allowed too.
    const perType = new Map<string, ConsumerAutorisatie[]>();
    for (const a of this.eigen()) {
      const type = typeVan(a);
      if (type === null) continue;
      perType.set(type, [...(perType.get(type) ?? []), a]);
    }
    const delen: SQL[] = [];
    for (const [type, autorisaties] of perType) {
      const typeConditie = sql`${kolommen.type} = ${type}`;
      if (!kolommen.vertrouwelijkheidaanduiding) {
        const scopes = new Set(autorisaties.flatMap((a) => a.scopes));
        if (voldoet(expressie, scopes)) delen.push(typeConditie);
        continue;
      }
      let hoogste: string | null = null;
      for (const niveau of [...VERTROUWELIJKHEIDAANDUIDINGEN].reverse()) {
        const scopes = new Set(
          autorisaties.filter((a) => a.maxVertrouwelijkheidaanduiding && rang(niveau) <= rang(a.maxVertrouwelijkheidaanduiding)).flatMap((a) => a.scopes),
        );
        if (voldoet(expressie, scopes)) {
          hoogste = niveau;
          break;
        }
      }
      if (hoogste !== null) {
        delen.push(and(typeConditie, inArray(kolommen.vertrouwelijkheidaanduiding, niveausTotEnMet(hoogste)))!);
      }
    }
    if (delen.length === 0) return sql`false`;
    return delen.length === 1 ? delen[0] : or(...delen);
  }
}

export function geenToestemming(expressie: ScopeExpressie | null): AppError {
  return new AppError("permission_denied", {
    detail: "Je hebt geen toestemming om deze actie uit te voeren.",
    ...(expressie ? { extensions: { scopes: expressieTekst(expressie) } } : {}),
  });
}
