/**
 * Authorisation: the Rego policies (policies/), compiled to WebAssembly and evaluated
 * in-process. Build inputs with the *Invoer builders, ask a decision, check a right:
 *
 *   const rechten = zaakRechten(zaakInvoer(gebruiker, zaakFeiten, { zaaktypeDomeinen }));
 *   assertRecht(rechten, "zaak.wijzigen", `zaak ${identificatie}`);
 */
export {
  assertRecht,
  controleerPolicy,
  documentRechten,
  notitieRechten,
  overigeRechten,
  taakRechten,
  werklijstRechten,
  zaakKoppelen,
  zaakRechten,
  type PolicyStatus,
} from "./beslissingen";
export {
  documentInvoer,
  domeinenUitRollen,
  ELK_ZAAKTYPE,
  gebruikerInvoer,
  policyUser,
  taakInvoer,
  zaakInvoer,
  zaakKoppelenInvoer,
  zaaktypenVoorDomeinen,
  type DocumentFeiten,
  type DocumentInput,
  type GebruikerInput,
  type InvoerOpties,
  type PolicyGebruiker,
  type PolicyUser,
  type TaakFeiten,
  type TaakInput,
  type ZaakFeiten,
  type ZaakInput,
  type ZaakKoppelenInput,
  type ZaaktypeDomeinen,
} from "./invoer";
export { ENTRYPOINTS, KOPPELEN_ENTRYPOINT, policyPad, RECHTEN_ENTRYPOINTS, vergeetPolicy, type Entrypoint } from "./laden";
export {
  RECHTEN,
  ROLLEN,
  type DocumentRechten,
  type NotitieRechten,
  type OverigeRechten,
  type RechtVan,
  type Resource,
  type Rol,
  type TaakRechten,
  type WerklijstRechten,
  type ZaakKoppelen,
  type ZaakRechten,
} from "./rechten";
