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
};
