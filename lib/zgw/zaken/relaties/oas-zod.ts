import { z } from "zod";
import { oasDocument } from "../../oas";

/**
 * zod input schemas for the gegevensgroepen of the Zaken OAS that come in ~35 variants
 * (`betrokkeneIdentificatie` per betrokkeneType, `objectIdentificatie` per objectType,
 * `contactpersoonRol`, `objectTypeOverigeDefinitie`). Writing them by hand would copy the
 * OAS; deriving them keeps max lengths, patterns and required members exactly as the
 * standard says. Read-only members are ignored and unknown members dropped (as DRF does).
 * Optional plain strings default to "" and nullable members to null, arrays to [], so the
 * stored group is what GET answers (Open Zaak shows every member of a group).
 */

type Schema = Record<string, unknown>;

const cache = new Map<string, z.ZodType>();

function componenten(): Record<string, Schema> {
  return (oasDocument("zaken").components?.schemas ?? {}) as Record<string, Schema>;
}

function los(schema: Schema): Schema {
  const ref = schema.$ref;
  if (typeof ref === "string" && ref.startsWith("#/components/schemas/")) {
    const doel = componenten()[ref.slice("#/components/schemas/".length)];
    if (!doel) throw new Error(`Onbekende $ref ${ref}`);
    return doel;
  }
  return schema;
}

const HTTP_URL = z.url({ protocol: /^https?$/, error: "Voer een geldige URL in." });

function naarZod(invoer: Schema): z.ZodType {
  const schema = los(invoer);
  let basis: z.ZodType;
  if (Array.isArray(schema.allOf) && schema.allOf.length === 1) {
    basis = naarZod(schema.allOf[0] as Schema);
  } else if (Array.isArray(schema.oneOf)) {
    const delen = (schema.oneOf as Schema[]).map(naarZod);
    basis = z.union(delen as [z.ZodType, z.ZodType, ...z.ZodType[]]);
  } else if (Array.isArray(schema.enum)) {
    basis = z.enum(schema.enum as [string, ...string[]]);
  } else if (schema.type === "object" || schema.properties) {
    if (!schema.properties && schema.additionalProperties !== undefined) {
      basis = z.record(z.string(), z.unknown());
    } else {
      const vereist = new Set((schema.required as string[] | undefined) ?? []);
      const vorm: Record<string, z.ZodType> = {};
      for (const [naam, lid] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) {
        if (lid.readOnly === true) continue;
        let s = naarZod(lid);
        if (!vereist.has(naam)) s = metStandaard(s, los(lid), lid);
        vorm[naam] = s;
      }
      basis = z.object(vorm);
    }
  } else if (schema.type === "string") {
    let s: z.ZodType;
    if (schema.format === "uri") s = HTTP_URL.max(Number(schema.maxLength ?? 1000));
    else if (schema.format === "date-time") s = z.iso.datetime({ offset: true, local: true });
    else if (schema.format === "date") s = z.iso.date();
    else if (schema.format === "email") s = z.email();
    else {
      let t = z.string();
      if (typeof schema.maxLength === "number") t = t.max(schema.maxLength);
      if (typeof schema.minLength === "number") t = t.min(schema.minLength);
      if (typeof schema.pattern === "string") t = t.regex(new RegExp(schema.pattern));
      s = t;
    }
    basis = s;
  } else if (schema.type === "integer" || schema.type === "number") {
    let n = schema.type === "integer" ? z.number().int() : z.number();
    if (typeof schema.minimum === "number") n = n.min(schema.minimum);
    if (typeof schema.maximum === "number") n = n.max(schema.maximum);
    basis = n;
  } else if (schema.type === "boolean") {
    basis = z.boolean();
  } else if (schema.type === "array") {
    basis = z.array(naarZod((schema.items ?? {}) as Schema));
  } else {
    basis = z.unknown();
  }
  return invoer.nullable === true || schema.nullable === true ? basis.nullable() : basis;
}

/** Default of an optional member, so the stored group has every member GET shows. */
function metStandaard(s: z.ZodType, schema: Schema, lid: Schema): z.ZodType {
  if (lid.nullable === true || schema.nullable === true) return s.optional().transform((v) => v ?? null);
  if (schema.type === "array") return s.optional().transform((v) => v ?? []);
  const isBlankeTekst =
    (schema.type === "string" && !schema.format) ||
    (Array.isArray(schema.oneOf) && (schema.oneOf as Schema[]).some((d) => (los(d).enum as unknown[] | undefined)?.includes("")));
  if (isBlankeTekst) return s.optional().transform((v) => v ?? "");
  return s.optional();
}

/** The zod schema of a named component of the Zaken OAS (cached). */
export function oasSchema(naam: string): z.ZodType {
  let s = cache.get(naam);
  if (!s) {
    const component = componenten()[naam];
    if (!component) throw new Error(`De Zaken-OAS kent geen schema ${naam}`);
    s = naarZod(component);
    cache.set(naam, s);
  }
  return s;
}
