/** ZGW rollen -> the contract's betrokkenen, behandelaar and groep; BSN masking. */
import type { ZgwRol } from "@/lib/zgw-client";
import { maskeerBsn, type Groep, type Medewerker, type Rol } from "./contract";

function tekst(v: unknown): string {
  return typeof v === "string" ? v : "";
}

export function rolNaam(rol: ZgwRol): string {
  const id = rol.betrokkeneIdentificatie ?? {};
  switch (rol.betrokkeneType) {
    case "natuurlijk_persoon":
      return [tekst(id.voorletters), tekst(id.voorvoegselGeslachtsnaam), tekst(id.geslachtsnaam)].filter(Boolean).join(" ") || "(naam onbekend)";
    case "niet_natuurlijk_persoon":
      return tekst(id.statutaireNaam) || "(naam onbekend)";
    case "vestiging": {
      const h = id.handelsnaam;
      return (Array.isArray(h) ? h.filter((x): x is string => typeof x === "string").join(", ") : tekst(h)) || "(naam onbekend)";
    }
    case "organisatorische_eenheid":
      return tekst(id.naam) || tekst(id.identificatie);
    case "medewerker":
      return [tekst(id.voorletters), tekst(id.voorvoegselAchternaam), tekst(id.achternaam)].filter(Boolean).join(" ") || tekst(id.identificatie);
    default:
      return "(onbekend)";
  }
}

export function rolIdentificatie(rol: ZgwRol): string | null {
  const id = rol.betrokkeneIdentificatie ?? {};
  switch (rol.betrokkeneType) {
    case "natuurlijk_persoon":
      return tekst(id.inpBsn) || tekst(id.anpIdentificatie) || null;
    case "niet_natuurlijk_persoon":
      return tekst(id.annIdentificatie) || tekst(id.innNnpId) || null;
    case "vestiging":
      return tekst(id.vestigingsNummer) || tekst(id.kvkNummer) || null;
    default:
      return tekst(id.identificatie) || null;
  }
}

/** A rol for the UI; the BSN is masked unless the user may see it (zaak.bekijken_bsn). */
export function naarRol(rol: ZgwRol, roltypeOmschrijving: string, bsnZien: boolean): Rol {
  const bsn = rol.betrokkeneType === "natuurlijk_persoon" ? tekst(rol.betrokkeneIdentificatie?.inpBsn) : "";
  let identificatie = rolIdentificatie(rol);
  let gemaskeerd = false;
  if (bsn && identificatie === bsn && !bsnZien) {
    identificatie = maskeerBsn(bsn);
    gemaskeerd = true;
  }
  return {
    uuid: rol.uuid ?? rol.url.split("/").pop() ?? "",
    roltype: roltypeOmschrijving || rol.omschrijving,
    omschrijvingGeneriek: rol.omschrijvingGeneriek,
    betrokkeneType: rol.betrokkeneType as Rol["betrokkeneType"],
    naam: rolNaam(rol),
    identificatie,
    bsnGemaskeerd: gemaskeerd,
    roltoelichting: rol.roltoelichting,
  };
}

export function behandelaarUit(rollen: readonly ZgwRol[]): Medewerker | null {
  const r = rollen.find((x) => x.omschrijvingGeneriek === "behandelaar" && x.betrokkeneType === "medewerker");
  if (!r) return null;
  return { id: rolIdentificatie(r) ?? "", naam: rolNaam(r) };
}

export function groepUit(rollen: readonly ZgwRol[]): Groep | null {
  const r = rollen.find((x) => x.omschrijvingGeneriek === "behandelaar" && x.betrokkeneType === "organisatorische_eenheid");
  if (!r) return null;
  return { id: rolIdentificatie(r) ?? "", naam: rolNaam(r) };
}
