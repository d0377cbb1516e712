import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { parseOas } from "../oas";
import { OAS_ERRATA } from "./oas-errata";

/**
 * Validates HTTP responses against a normative ZGW OAS (3.0), so tests fail when a response
 * drifts from the standard: status documented for the operation, content type, documented
 * headers (API-version, Location, ...) and the body against the response schema.
 *
 * OAS 3.0 is not JSON Schema: `nullable: true` becomes a `null` alternative, `readOnly`
 * members are not required in request bodies and `writeOnly` members not in responses,
 * `discriminator`/`example`/`x-*` are dropped, and local `$ref`s point into one registered
 * document. The Zaken OAS's remote `$ref`s into the Catalogi OAS (`.../ztc/current_version/
 * openapi.yaml#/...`) resolve against the committed Catalogi OAS, registered beside it.
 */

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };
export type Richting = "request" | "response";

/** Remote refs of the Zaken OAS into the Catalogi OAS ("current_version"). */
const ZTC_REF = /^https?:\/\/[^#]*\/ztc\/[^#]*openapi\.yaml#\//;
const CATALOGI_OAS = path.resolve(process.cwd(), "lib/zgw/oas/catalogi-1.3.1.yaml");

const WEGLATEN = new Set(["discriminator", "example", "examples", "xml", "externalDocs", "nullable"]);

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** OAS 3.0 schema -> JSON Schema (draft-07, as ajv's default) for one direction. */
export function naarJsonSchema(schema: Json, richting: Richting, refPrefix: string): Json {
  if (Array.isArray(schema)) return schema.map((s) => naarJsonSchema(s, richting, refPrefix));
  if (!isObject(schema)) return schema;
  const uit: JsonObject = {};
  for (const [k, v] of Object.entries(schema)) {
    if (WEGLATEN.has(k) || k.startsWith("x-")) continue;
    if (k === "$ref" && typeof v === "string") {
      if (v.startsWith("#/")) uit.$ref = `${refPrefix}${v}`;
      else if (ZTC_REF.test(v)) uit.$ref = `${refPrefix.replace(/-ztc$/, "")}-ztc${v.slice(v.indexOf("#"))}`;
      else throw new Error(`Externe $ref wordt niet ondersteund: ${v}`);
    } else if (k === "properties" && isObject(v)) {
      uit.properties = Object.fromEntries(Object.entries(v).map(([p, s]) => [p, naarJsonSchema(s, richting, refPrefix)]));
    } else if (k === "required" && Array.isArray(v) && isObject(schema.properties)) {
      const props = schema.properties;
      const weg = richting === "request" ? "readOnly" : "writeOnly";
      uit.required = v.filter((naam) => !(typeof naam === "string" && isObject(props[naam]) && props[naam][weg] === true));
    } else {
      uit[k] = naarJsonSchema(v, richting, refPrefix);
    }
  }
  if (schema.nullable === true) {
    if (typeof uit.type === "string") {
      uit.type = [uit.type, "null"];
      if (Array.isArray(uit.enum) && !uit.enum.includes(null)) uit.enum = [...uit.enum, null];
    } else {
      return { anyOf: [uit, { type: "null" }] };
    }
  }
  return uit;
}

export interface OasAntwoord {
  method: string;
  /** Path from the API root (`/applicaties/123`) or a full URL / absolute path starting with the root. */
  path: string;
  status: number;
  headers: Headers;
  /** Parsed JSON body, or undefined for an empty body. */
  body: unknown;
}

export interface OasValidator {
  /** Throws an Error listing every deviation from the OAS. */
  controleer(antwoord: OasAntwoord): void;
  /** Validates a body against a named component schema (e.g. for statuses the OAS does not document). */
  controleerSchema(naam: string, body: unknown, richting?: Richting): void;
  /** The OAS operation (`method path`) a concrete path resolves to. */
  operatieVoor(method: string, path: string): { template: string; operationId: string };
}

export interface OasDoc {
  info: { version: string };
  paths: Record<string, Record<string, JsonObject>>;
  components?: JsonObject;
}

function pointer(...delen: string[]): string {
  return delen.map((d) => encodeURIComponent(d.replace(/~/g, "~0").replace(/\//g, "~1"))).join("/");
}

export function maakOasValidator(oasPad: string, opties: { apiRoot: string; errata?: (doc: OasDoc) => void }): OasValidator {
  const doc = parseOas(readFileSync(oasPad, "utf8")) as OasDoc;
  opties.errata?.(doc);
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, logger: false, unicodeRegExp: false });
  addFormats(ajv);

  // One registered document per direction; compiled validators refer into it.
  for (const richting of ["request", "response"] as const) {
    ajv.addSchema(
      { $id: `oas-${richting}`, components: naarJsonSchema((doc.components ?? {}) as Json, richting, `oas-${richting}`) } as object,
      undefined,
      undefined,
      false,
    );
  }
  // The Catalogi components, for the Zaken OAS's remote refs (ids `oas-<richting>-ztc`).
  const catalogi = parseOas(readFileSync(CATALOGI_OAS, "utf8")) as OasDoc;
  // The same corrections as for the Catalogi API itself (e.g. InformatieObjectType.zaaktypen
  // is a list), so an expanded Catalogi resource validates as it does there.
  OAS_ERRATA.catalogi?.(catalogi);
  for (const richting of ["request", "response"] as const) {
    ajv.addSchema(
      { $id: `oas-${richting}-ztc`, components: naarJsonSchema((catalogi.components ?? {}) as Json, richting, `oas-${richting}-ztc`) } as object,
      undefined,
      undefined,
      false,
    );
  }
  const gecompileerd = new Map<string, ValidateFunction>();
  const compileer = (sleutel: string, schema: Json, richting: Richting): ValidateFunction => {
    let v = gecompileerd.get(sleutel);
    if (!v) {
      v = ajv.compile(naarJsonSchema(schema, richting, `oas-${richting}`) as object);
      gecompileerd.set(sleutel, v);
    }
    return v;
  };

  const templates = Object.keys(doc.paths)
    .map((template) => ({
      template,
      regex: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+")}/?$`),
      parameters: (template.match(/\{/g) ?? []).length,
    }))
    // Literal segments win over parameters (`/applicaties/consumer` before `/applicaties/{uuid}`).
    .sort((a, b) => a.parameters - b.parameters);

  const relatief = (path: string): string => {
    let p = path;
    if (/^https?:\/\//.test(p)) p = new URL(p).pathname;
    p = p.split("?")[0]!;
    const root = new URL(opties.apiRoot, "http://x").pathname.replace(/\/$/, "");
    return p.startsWith(root) ? p.slice(root.length) || "/" : p;
  };

  const operatieVoor = (method: string, path: string) => {
    const rel = relatief(path);
    const m = method.toLowerCase();
    for (const t of templates) {
      const op = doc.paths[t.template]?.[m];
      if (t.regex.test(rel) && op) return { template: t.template, operationId: String(op.operationId) };
    }
    throw new Error(`Geen OAS-operatie voor ${method} ${rel}`);
  };

  const formatteer = (fouten: ValidateFunction["errors"]) =>
    (fouten ?? []).map((f) => `  ${f.instancePath || "(body)"} ${f.message ?? ""} ${JSON.stringify(f.params)}`).join("\n");

  return {
    operatieVoor,
    controleer(antwoord) {
      const { template } = operatieVoor(antwoord.method, antwoord.path);
      const m = antwoord.method.toLowerCase();
      const operatie = doc.paths[template]![m]!;
      const responses = operatie.responses as JsonObject;
      const statusSleutel = String(antwoord.status) in responses ? String(antwoord.status) : "default" in responses ? "default" : null;
      const waar = `${antwoord.method} ${template} -> ${antwoord.status}`;
      if (statusSleutel === null) {
        throw new Error(`${waar}: status ${antwoord.status} is niet gedocumenteerd (wel: ${Object.keys(responses).join(", ")})`);
      }
      const spec = responses[statusSleutel] as JsonObject;
      const fouten: string[] = [];
      for (const header of Object.keys(isObject(spec.headers) ? spec.headers : {})) {
        if (!antwoord.headers.has(header)) fouten.push(`header ${header} ontbreekt`);
      }
      const content = isObject(spec.content) ? spec.content : null;
      if (!content) {
        if (antwoord.body !== undefined) fouten.push("de OAS beschrijft geen body, maar er is er een");
      } else if (m !== "head") {
        const type = (antwoord.headers.get("content-type") ?? "").split(";")[0]!.trim();
        const media = content[type];
        if (!isObject(media)) {
          fouten.push(`content-type ${type || "(geen)"} niet gedocumenteerd (wel: ${Object.keys(content).join(", ")})`);
        } else if (media.schema !== undefined) {
          const v = compileer(`${template} ${m} ${statusSleutel} ${type}`, media.schema, "response");
          if (!v(antwoord.body)) fouten.push(`body wijkt af van het schema:\n${formatteer(v.errors)}`);
        }
      }
      if (fouten.length > 0) throw new Error(`${waar}: ${fouten.join("; ")}`);
    },
    controleerSchema(naam, body, richting = "response") {
      const v = compileer(`schema ${naam} ${richting}`, { $ref: `#/${pointer("components", "schemas", naam)}` }, richting);
      if (!v(body)) throw new Error(`body wijkt af van ${naam}:\n${formatteer(v.errors)}`);
    },
  };
}

/**
 * Test helper: calls `controleer` for a Fetch Response (its body is read from a clone) and
 * returns the parsed body.
 */
export async function controleerOasAntwoord(validator: OasValidator, request: Request, response: Response): Promise<unknown> {
  const tekst = await response.clone().text();
  const body = tekst === "" ? undefined : (JSON.parse(tekst) as unknown);
  validator.controleer({ method: request.method, path: request.url, status: response.status, headers: response.headers, body });
  return body;
}
