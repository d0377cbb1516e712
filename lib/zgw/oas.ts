import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { ZGW_APIS, type ZgwApi } from "./apis";
import { expressieUitBeveiliging, type Beveiliging, type ScopeExpressie } from "./scopes";

/** Folder of the committed normative OAS files (the app runs from the project root, as migrations). */
export const OAS_MAP = path.resolve(process.cwd(), "lib/zgw/oas");

export interface OasDocument {
  openapi: string;
  info: { version: string; title: string };
  security?: Beveiliging;
  paths: Record<string, Record<string, unknown>>;
  components?: Record<string, Record<string, unknown>>;
}

export interface OasOperatie {
  operationId: string;
  methode: string;
  pad: string;
  /** The scope expression of the operation's `security` (falls back to the document's). */
  scopes: ScopeExpressie | null;
}

interface Geladen {
  yaml: string;
  json: string;
  document: OasDocument;
  operaties: Map<string, OasOperatie>;
}

const cache = new Map<ZgwApi, Geladen>();

const METHODEN = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

export function oasBestandPad(api: ZgwApi): string {
  return path.join(OAS_MAP, ZGW_APIS[api].oasBestand);
}

/**
 * Parses a normative OAS file. The Zaken 1.5.1 file has a double-quoted scalar whose escaped
 * continuation line (`\ ...`) is indented less than YAML allows (PyYAML accepts it, the
 * `yaml` package does not). Leading white space of such continuation lines is insignificant,
 * so indenting them further repairs the document without changing any value. The file is
 * still served byte for byte.
 */
export function parseOas(tekst: string): unknown {
  return parse(tekst.replace(/^(\s*)\\ /gm, "$1        \\ "));
}

function laad(api: ZgwApi): Geladen {
  const bestaand = cache.get(api);
  if (bestaand) return bestaand;
  const yaml = readFileSync(oasBestandPad(api), "utf8");
  const document = parseOas(yaml) as OasDocument;
  const operaties = new Map<string, OasOperatie>();
  for (const [pad, item] of Object.entries(document.paths)) {
    for (const [methode, operatie] of Object.entries(item)) {
      if (!METHODEN.includes(methode)) continue;
      const op = operatie as { operationId: string; security?: Beveiliging };
      operaties.set(op.operationId, {
        operationId: op.operationId,
        methode: methode.toUpperCase(),
        pad,
        scopes: expressieUitBeveiliging(op.security ?? document.security ?? []),
      });
    }
  }
  const geladen = { yaml, json: JSON.stringify(document), document, operaties };
  cache.set(api, geladen);
  return geladen;
}

export function oasDocument(api: ZgwApi): OasDocument {
  return laad(api).document;
}

/** The normative YAML, byte for byte. */
export function oasYaml(api: ZgwApi): string {
  return laad(api).yaml;
}

export function oasJson(api: ZgwApi): string {
  return laad(api).json;
}

/** `info.version`, sent as the `API-version` header. */
export function apiVersie(api: ZgwApi): string {
  const beschrijving = ZGW_APIS[api];
  return ("versie" in beschrijving ? beschrijving.versie : undefined) ?? laad(api).document.info.version;
}

export function oasOperatie(api: ZgwApi, operationId: string): OasOperatie {
  const operatie = laad(api).operaties.get(operationId);
  if (!operatie) throw new Error(`De OAS van ${api} kent geen operatie ${operationId}`);
  return operatie;
}

export function oasOperaties(api: ZgwApi): OasOperatie[] {
  return [...laad(api).operaties.values()];
}
