/**
 * The access gate: may this logged-in user use the app at all, and is the user a beheerder?
 * Every yes/no comes from the policies (lib/policy); this module only chooses which
 * questions to ask: "may you read a zaak of zaaktype X", for each zaaktype the user has roles
 * for, and "beheren" for the beheer screens.
 */
import { DEMO_DOMEINEN } from "@/lib/demo/domeinen";
import {
  gebruikerInvoer,
  overigeRechten,
  zaakInvoer,
  zaakRechten,
  zaaktypenVoorDomeinen,
  type PolicyGebruiker,
  type ZaakFeiten,
  type ZaaktypeDomeinen,
} from "@/lib/policy";
import type { SessieGebruiker } from "./claims";
import { heeftSysteemrol, policyGebruikerUitSessie, SYSTEEMROL, type IamModus, type SessiePabcRollen } from "./sessie";

export type GeenToegangReden = "geen-systeemrol" | "geen-leesrol" | "pabc-onbeschikbaar";

export type ToegangsUitkomst =
  | { toegang: true; policyGebruiker: PolicyGebruiker; beheerder: boolean }
  | { toegang: false; reden: GeenToegangReden; uitleg: string };

export interface ToegangOpties {
  iamModus: IamModus;
  pabc?: SessiePabcRollen | null;
  /** Dutch explanation when PABC failed at login. */
  pabcFout?: string | null;
  /** Domain-role mode: zaaktype -> domein (from the zaakafhandelparameters). */
  zaaktypeDomeinen?: ZaaktypeDomeinen;
}

/**
 * The demo organisation's zaaktype -> domein mapping (lib/demo/domeinen.ts), used until the
 * zaakafhandelparameters hold the domains.
 */
export function demoZaaktypeDomeinen(): ZaaktypeDomeinen {
  return Object.fromEntries(DEMO_DOMEINEN.flatMap((d) => d.zaaktypen.map((zt) => [zt, `domein_${d.code}`])));
}

/** Stands for "any zaaktype" when the user's roles hold for every zaaktype. */
const ELK_ZAAKTYPE_VRAAG = "(elk zaaktype)";

function zaakVoorLeesvraag(zaaktype: string): ZaakFeiten {
  // Reading does not depend on the zaak's state; an ordinary open zaak is the question.
  return {
    open: true,
    zaaktype,
    opgeschort: false,
    verlengd: false,
    intake: false,
    besloten: false,
    heropend: false,
    brondatumBepaald: false,
    vertrouwelijkheidaanduiding: "openbaar",
  };
}

/** The zaaktypen to ask about: those the user has roles for (or one stand-in for "all"). */
function teVragenZaaktypen(gebruiker: PolicyGebruiker, zaaktypeDomeinen: ZaaktypeDomeinen): string[] {
  if (gebruiker.iamModus === "pabc") {
    const zaaktypen = Object.keys(gebruiker.pabc.perZaaktype);
    if (gebruiker.pabc.alleZaaktypen.length > 0) zaaktypen.push(ELK_ZAAKTYPE_VRAAG);
    return zaaktypen;
  }
  const zaaktypen = zaaktypenVoorDomeinen(gebruiker.domeinen, zaaktypeDomeinen);
  return zaaktypen === null ? [ELK_ZAAKTYPE_VRAAG] : zaaktypen;
}

/** Whether the policy lets the user read zaken of at least one zaaktype. */
export function heeftLeesrolVoorEenZaaktype(gebruiker: PolicyGebruiker, zaaktypeDomeinen: ZaaktypeDomeinen): boolean {
  return teVragenZaaktypen(gebruiker, zaaktypeDomeinen).some(
    (zaaktype) => zaakRechten(zaakInvoer(gebruiker, zaakVoorLeesvraag(zaaktype), { zaaktypeDomeinen })).lezen,
  );
}

export function beoordeelToegang(gebruiker: SessieGebruiker, opties: ToegangOpties): ToegangsUitkomst {
  const zaaktypeDomeinen = opties.zaaktypeDomeinen ?? demoZaaktypeDomeinen();
  if (opties.iamModus === "domein" && !heeftSysteemrol(gebruiker)) {
    return {
      toegang: false,
      reden: "geen-systeemrol",
      uitleg: `Je account heeft niet de rol "${SYSTEEMROL}" die nodig is om de zaakafhandelcomponent te gebruiken.`,
    };
  }
  const policyGebruiker = policyGebruikerUitSessie(gebruiker, opties.iamModus, opties.pabc);
  if (!policyGebruiker) {
    return {
      toegang: false,
      reden: "pabc-onbeschikbaar",
      uitleg:
        opties.pabcFout ??
        "Je rechten konden bij het inloggen niet worden opgehaald bij het autorisatiebeheer (PABC).",
    };
  }
  if (!heeftLeesrolVoorEenZaaktype(policyGebruiker, zaaktypeDomeinen)) {
    return {
      toegang: false,
      reden: "geen-leesrol",
      uitleg: "Je account heeft voor geen enkel zaaktype een rol waarmee je zaken mag bekijken.",
    };
  }
  const beheerder = overigeRechten(gebruikerInvoer(policyGebruiker, { zaaktypeDomeinen })).beheren;
  return { toegang: true, policyGebruiker, beheerder };
}
