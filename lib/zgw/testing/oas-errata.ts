import type { ZgwApi } from "../apis";
import type { OasDoc } from "./oas-validator";

/**
 * Known slips in the normative OAS files, corrected for response validation only (the app
 * serves the files verbatim). Each correction follows what the reference implementation and
 * Open Zaak actually do; every other deviation still fails the tests.
 */
export const OAS_ERRATA: Partial<Record<ZgwApi, (doc: OasDoc) => void>> = {
  catalogi(doc) {
    const schemas = (doc.components?.schemas ?? {}) as Record<string, { properties?: Record<string, unknown> }>;
    const urlLijst = { type: "array", readOnly: true, items: { type: "string", format: "uri" } };
    // A generator slip: these read-only relations are typed `string`; they are lists of URLs.
    schemas.ZaakType!.properties!.informatieobjecttypen = urlLijst;
    schemas.InformatieObjectType!.properties!.zaaktypen = urlLijst;

    const paden = doc.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>;
    // informatieobjecttype_create documents only 200; like every other create it answers
    // 201 with Location.
    const iotCreate = paden["/informatieobjecttypen"]!.post!.responses;
    const ok = iotCreate["200"] as { headers?: Record<string, unknown> };
    iotCreate["201"] = { ...ok, headers: { ...ok.headers, Location: { schema: { type: "string", format: "uri" } } } };
    // The destroy operations of the versioned types document "200 with an unspecified
    // body"; like the other deletes they answer 204 without a body.
    for (const pad of ["/zaaktypen/{uuid}", "/informatieobjecttypen/{uuid}", "/besluittypen/{uuid}"]) {
      paden[pad]!.delete!.responses["204"] = { description: "No content" };
    }
  },
  besluiten(doc) {
    const besluit = (doc.components?.schemas as Record<string, { properties: Record<string, Record<string, unknown>> }>).Besluit!.properties;
    // Optional text members without a value are "" (DRF blank=True, as Open Zaak answers):
    // `zaak` (format uri), `vervalreden` (enum) and `vervalredenWeergave` (minLength 1) do
    // not allow that in the generated schema.
    besluit.zaak = { anyOf: [{ ...besluit.zaak }, { type: "string", maxLength: 0 }] };
    besluit.vervalreden = { ...besluit.vervalreden, enum: [...(besluit.vervalreden!.enum as string[]), ""] };
    besluit.vervalredenWeergave = { ...besluit.vervalredenWeergave, minLength: 0 };
    // AuditTrail.wijzigingen: `oud` is null on create and `nieuw` null on destroy (as
    // vng-api-common answers); the schema types both as a plain object.
    const wijzigingen = (doc.components?.schemas as Record<string, { properties: Record<string, Record<string, unknown>> }>).Wijzigingen!.properties;
    wijzigingen.oud = { ...wijzigingen.oud, nullable: true };
    wijzigingen.nieuw = { ...wijzigingen.nieuw, nullable: true };
  },
  documenten(doc) {
    const schemas = doc.components?.schemas as Record<string, { properties: Record<string, Record<string, unknown>> }>;
    // `link` (format uri) is "" when absent (DRF blank=True, as Open Zaak answers).
    for (const naam of ["EnkelvoudigInformatieObject", "EnkelvoudigInformatieObjectCreateLock", "EnkelvoudigInformatieObjectWithLock"]) {
      const p = schemas[naam]?.properties;
      if (p?.link) p.link = { anyOf: [{ ...p.link }, { type: "string", maxLength: 0 }] };
    }
    // AuditTrail.wijzigingen: `oud` is null on create and `nieuw` null on destroy.
    const wijzigingen = schemas.Wijzigingen!.properties;
    wijzigingen.oud = { ...wijzigingen.oud, nullable: true };
    wijzigingen.nieuw = { ...wijzigingen.nieuw, nullable: true };
    // drc-008 (document still related) and drc-004 (relation still in the source API) are
    // 400 ValidatieFout on DELETE, as Open Zaak answers; the destroys document no 400.
    const paden = doc.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>;
    const fout400 = paden["/enkelvoudiginformatieobjecten"]!.post!.responses["400"];
    for (const pad of ["/enkelvoudiginformatieobjecten/{uuid}", "/objectinformatieobjecten/{uuid}"]) {
      paden[pad]!.delete!.responses["400"] = fout400;
    }
  },
  zaken(doc) {
    const schemas = doc.components?.schemas as Record<string, { properties: Record<string, Record<string, unknown>> }>;
    // Zaak: optional URL members without a value are "" (DRF blank=True, as Open Zaak answers);
    // the generated schema gives them format uri only. (zaken-kern)
    for (const naam of ["Zaak", "PatchedZaak"]) {
      const p = schemas[naam]?.properties;
      for (const veld of ["communicatiekanaal", "selectielijstklasse"]) {
        if (p?.[veld]) p[veld] = { anyOf: [{ ...p[veld] }, { type: "string", maxLength: 0 }] };
      }
    }
    for (const naam of ["Status", "StatusRequestbody"]) {
      const p = schemas[naam]?.properties;
      if (p?.gezetdoor) p.gezetdoor = { anyOf: [{ ...p.gezetdoor }, { type: "string", maxLength: 0 }] };
    }
    // GeoJSONGeometry is a oneOf with a discriminator on `type` but no mapping; without it a
    // Polygon also matches MultiLineString (same nesting). Pin each member to its `type`.
    const geo = schemas as unknown as Record<string, { allOf?: Record<string, unknown>[] }>;
    for (const naam of ["Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection"]) {
      geo[naam]!.allOf = [...(geo[naam]!.allOf ?? []), { properties: { type: { enum: [naam] } } }];
    }
    // EmptyObject ({} for an empty expanded relation) has no constraints, so every expanded
    // object matched both alternatives of `oneOf [XExpanded, EmptyObject]`.
    (schemas as unknown as Record<string, Record<string, unknown>>).EmptyObject!.maxProperties = 0;
    // AuditTrail.wijzigingen: `oud` is null on create and `nieuw` null on destroy.
    const wijzigingen = schemas.Wijzigingen!.properties;
    wijzigingen.oud = { ...wijzigingen.oud, nullable: true };
    wijzigingen.nieuw = { ...wijzigingen.nieuw, nullable: true };
  },
};
