/**
 * Policy input (the JSON each decision gets, shared/policy/README.md) and the builders that
 * turn a user and domain facts into it, for both IAM modes.
 */

/** `input.user`: zaaktypen null = every zaaktype. */
export interface PolicyUser {
  readonly id: string;
  readonly rollen: readonly string[];
  readonly zaaktypen: readonly string[] | null;
}

/** `input.zaak` / `input.doelzaak`. `zaaktype` is the zaaktype omschrijving. */
export interface ZaakFeiten {
  readonly open: boolean;
  readonly zaaktype: string;
  readonly opgeschort: boolean;
  readonly verlengd: boolean;
  readonly intake: boolean;
  /** The zaaktype has besluittypen. */
  readonly besloten: boolean;
  readonly heropend: boolean;
  readonly brondatumBepaald: boolean;
  readonly vertrouwelijkheidaanduiding: string;
}

/** `input.taak`. */
export interface TaakFeiten {
  readonly open: boolean;
  readonly zaakOpen: boolean;
  readonly zaaktype: string;
}

/** `input.document`. A document without a zaaktype (null) may only be read and downloaded. */
export interface DocumentFeiten {
  readonly definitief: boolean;
  readonly vergrendeld: boolean;
  readonly vergrendeldDoor: string | null;
  readonly ondertekend: boolean;
  readonly zaaktype: string | null;
  readonly zaakOpen: boolean;
}

export interface ZaakInput {
  readonly user: PolicyUser;
  readonly zaak: ZaakFeiten;
}
export interface ZaakKoppelenInput {
  readonly user: PolicyUser;
  readonly zaak: ZaakFeiten;
  readonly doelzaak: ZaakFeiten;
}
export interface TaakInput {
  readonly user: PolicyUser;
  readonly taak: TaakFeiten;
}
export interface DocumentInput {
  readonly user: PolicyUser;
  readonly document: DocumentFeiten;
}
/** werklijst, notitie and overig: only the user. */
export interface GebruikerInput {
  readonly user: PolicyUser;
}

/**
 * The user as the policies need it; the identity module fills it from the session.
 * Treat it as immutable: derived role sets are cached per object.
 *
 * - `pabc`: application roles per zaaktype (omschrijving) from PABC, plus the roles that hold
 *   for all zaaktypen (PABC results without entityType).
 * - `domein`: `rollen` = the application (client) roles in the token; `domeinen` = the user's
 *   domain roles (`domein_<x>`, with or without the prefix; `domein_elk_zaaktype` = all zaaktypen).
 */
export type PolicyGebruiker =
  | {
      readonly id: string;
      readonly iamModus: "pabc";
      readonly pabc: {
        readonly perZaaktype: Readonly<Record<string, readonly string[]>>;
        readonly alleZaaktypen: readonly string[];
      };
    }
  | {
      readonly id: string;
      readonly iamModus: "domein";
      readonly rollen: readonly string[];
      readonly domeinen: readonly string[];
    };

/**
 * Domain-role mode: zaaktype omschrijving -> the domein named in its zaakafhandelparameters
 * (`domein_<x>` or `<x>`; null/absent = no domein, only `domein_elk_zaaktype` users see it).
 */
export type ZaaktypeDomeinen = Readonly<Record<string, string | null | undefined>>;

export interface InvoerOpties {
  /** Required in domain-role mode. */
  readonly zaaktypeDomeinen?: ZaaktypeDomeinen;
}

export const ELK_ZAAKTYPE = "elk_zaaktype";
const DOMEIN_PREFIX = "domein_";

function domeinNaam(domein: string): string {
  return domein.startsWith(DOMEIN_PREFIX) ? domein.slice(DOMEIN_PREFIX.length) : domein;
}

/** The `domein_<x>` roles among token roles, as domain names without the prefix. */
export function domeinenUitRollen(rollen: readonly string[]): string[] {
  return rollen.filter((rol) => rol.startsWith(DOMEIN_PREFIX)).map(domeinNaam);
}

/** Zaaktypen a domain-role user may see; null = every zaaktype (`domein_elk_zaaktype`). */
export function zaaktypenVoorDomeinen(
  domeinen: readonly string[],
  zaaktypeDomeinen: ZaaktypeDomeinen,
): string[] | null {
  const namen = new Set(domeinen.map(domeinNaam));
  if (namen.has(ELK_ZAAKTYPE)) return null;
  const zaaktypen: string[] = [];
  for (const [zaaktype, domein] of Object.entries(zaaktypeDomeinen)) {
    if (domein && namen.has(domeinNaam(domein))) zaaktypen.push(zaaktype);
  }
  return zaaktypen.sort();
}

// Derived users are cached per gebruiker object (and per mapping in domain mode) so a page that
// asks for the rights of 50 zaken builds the user part once, not 50 times.
const pabcCache = new WeakMap<PolicyGebruiker, Map<string | null, PolicyUser>>();
const domeinCache = new WeakMap<PolicyGebruiker, WeakMap<ZaaktypeDomeinen, PolicyUser>>();

function uniek(...lijsten: (readonly string[] | undefined)[]): string[] {
  const set = new Set<string>();
  for (const lijst of lijsten) if (lijst) for (const rol of lijst) set.add(rol);
  return [...set].sort();
}

/** Frozen so laden.ts may cache the user's JSON (a frozen user cannot change under the cache). */
function bevries(user: { id: string; rollen: string[]; zaaktypen: string[] | null }): PolicyUser {
  Object.freeze(user.rollen);
  if (user.zaaktypen) Object.freeze(user.zaaktypen);
  return Object.freeze(user);
}

function pabcUser(gebruiker: Extract<PolicyGebruiker, { iamModus: "pabc" }>, zaaktype: string | null): PolicyUser {
  let perGebruiker = pabcCache.get(gebruiker);
  if (!perGebruiker) {
    perGebruiker = new Map();
    pabcCache.set(gebruiker, perGebruiker);
  }
  let user = perGebruiker.get(zaaktype);
  if (!user) {
    const { perZaaktype, alleZaaktypen } = gebruiker.pabc;
    user = bevries(
      zaaktype === null
        ? // Not about one zaaktype: the union of all roles, every zaaktype.
          { id: gebruiker.id, rollen: uniek(alleZaaktypen, ...Object.values(perZaaktype)), zaaktypen: null }
        : { id: gebruiker.id, rollen: uniek(perZaaktype[zaaktype], alleZaaktypen), zaaktypen: [zaaktype] },
    );
    perGebruiker.set(zaaktype, user);
  }
  return user;
}

function domeinUser(gebruiker: Extract<PolicyGebruiker, { iamModus: "domein" }>, opties: InvoerOpties): PolicyUser {
  const mapping = opties.zaaktypeDomeinen;
  if (!mapping) {
    throw new Error("zaaktypeDomeinen is verplicht in domeinrol-modus (iamModus 'domein')");
  }
  let perGebruiker = domeinCache.get(gebruiker);
  if (!perGebruiker) {
    perGebruiker = new WeakMap();
    domeinCache.set(gebruiker, perGebruiker);
  }
  let user = perGebruiker.get(mapping);
  if (!user) {
    user = bevries({
      id: gebruiker.id,
      rollen: uniek(gebruiker.rollen),
      zaaktypen: zaaktypenVoorDomeinen(gebruiker.domeinen, mapping),
    });
    perGebruiker.set(mapping, user);
  }
  return user;
}

/** `input.user` for a check on one object of `zaaktype` (null: not about one zaaktype). */
export function policyUser(gebruiker: PolicyGebruiker, zaaktype: string | null, opties: InvoerOpties = {}): PolicyUser {
  return gebruiker.iamModus === "pabc" ? pabcUser(gebruiker, zaaktype) : domeinUser(gebruiker, opties);
}

export function zaakInvoer(gebruiker: PolicyGebruiker, zaak: ZaakFeiten, opties?: InvoerOpties): ZaakInput {
  return { user: policyUser(gebruiker, zaak.zaaktype, opties), zaak };
}

export function taakInvoer(gebruiker: PolicyGebruiker, taak: TaakFeiten, opties?: InvoerOpties): TaakInput {
  return { user: policyUser(gebruiker, taak.zaaktype, opties), taak };
}

/** A document without a zaaktype gets the union of the roles (it may then only be read/downloaded). */
export function documentInvoer(
  gebruiker: PolicyGebruiker,
  document: DocumentFeiten,
  opties?: InvoerOpties,
): DocumentInput {
  return { user: policyUser(gebruiker, document.zaaktype, opties), document };
}

/** werklijst, notitie and overig are not about one zaaktype. */
export function gebruikerInvoer(gebruiker: PolicyGebruiker, opties?: InvoerOpties): GebruikerInput {
  return { user: policyUser(gebruiker, null, opties) };
}

/**
 * Input(s) for linking `zaak` to `doelzaak`; the link is allowed only when every input allows it.
 *
 * The user needs the right for both zaaktypen. In PABC mode the roles differ per zaaktype while
 * the input has one role list, so for two different zaaktypen there are two decisions: one with
 * the roles for the zaak's zaaktype and one with those for the doelzaak's (each with both
 * zaaktypen, the other's roles being checked by the other decision).
 */
export function zaakKoppelenInvoer(
  gebruiker: PolicyGebruiker,
  zaak: ZaakFeiten,
  doelzaak: ZaakFeiten,
  opties?: InvoerOpties,
): ZaakKoppelenInput[] {
  if (gebruiker.iamModus === "domein" || zaak.zaaktype === doelzaak.zaaktype) {
    return [{ user: policyUser(gebruiker, zaak.zaaktype, opties), zaak, doelzaak }];
  }
  const zaaktypen = [zaak.zaaktype, doelzaak.zaaktype];
  const voorZaak = policyUser(gebruiker, zaak.zaaktype, opties);
  const voorDoel = policyUser(gebruiker, doelzaak.zaaktype, opties);
  return [
    { user: { id: gebruiker.id, rollen: voorZaak.rollen, zaaktypen }, zaak, doelzaak },
    { user: { id: gebruiker.id, rollen: voorDoel.rollen, zaaktypen }, zaak, doelzaak },
  ];
}
