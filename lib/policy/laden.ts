/**
 * Loads the compiled policy (policies/dist/policy.wasm) once per process and evaluates
 * decisions in-process, synchronously.
 *
 * The hot path bypasses LoadedPolicy.evaluate: it writes the input JSON straight into the
 * WebAssembly memory with TextEncoder.encodeInto (no intermediate buffer) and calls opa_eval
 * with the entrypoint number; the heap is reset to the same base on every call, so nothing
 * accumulates in the module's memory.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import * as opaWasmModule from "@open-policy-agent/opa-wasm";
import { AppError } from "@/lib/errors";
import { RECHTEN, type Resource } from "./rechten";

/** The decision per resource (shared/policy/README.md): one object with all its rights. */
export const RECHTEN_ENTRYPOINTS = {
  zaak: "zac/zaak/zaak_rechten",
  taak: "zac/taak/taak_rechten",
  document: "zac/document/document_rechten",
  werklijst: "zac/werklijst/werklijst_rechten",
  notitie: "zac/notitie/notitie_rechten",
  overig: "zac/overig/overige_rechten",
} as const satisfies Record<Resource, string>;

export const KOPPELEN_ENTRYPOINT = "zac/zaak/zaak_koppelen";

/**
 * Every entrypoint the loader requires: the seven decisions of the spec, and per resource the
 * `_waarden` list (the hot path: values only, named here) and its `_namen` list (checked at load).
 */
export const ENTRYPOINTS = [
  RECHTEN_ENTRYPOINTS.zaak,
  KOPPELEN_ENTRYPOINT,
  RECHTEN_ENTRYPOINTS.taak,
  RECHTEN_ENTRYPOINTS.document,
  RECHTEN_ENTRYPOINTS.werklijst,
  RECHTEN_ENTRYPOINTS.notitie,
  RECHTEN_ENTRYPOINTS.overig,
  ...Object.values(RECHTEN_ENTRYPOINTS).map((e) => `${e}_waarden` as const),
  ...Object.values(RECHTEN_ENTRYPOINTS).map((e) => `${e}_namen` as const),
] as const;

export type Entrypoint = (typeof ENTRYPOINTS)[number];

export const STANDAARD_POLICY_PAD = "policies/dist/policy.wasm";

// The package's own type declarations are incomplete; this is the part we use.
interface WasmExports {
  opa_eval?: (
    reserved: number,
    entrypoint: number,
    data: number,
    input: number,
    inputLen: number,
    heapPtr: number,
    format: number,
  ) => number;
}
interface LoadedPolicy {
  mem: WebAssembly.Memory;
  wasmInstance: WebAssembly.Instance;
  minorVersion: number;
  dataAddr: number;
  dataHeapPtr: number;
  entrypoints: Record<string, number>;
  setData(data: object): void;
  evaluate(input: unknown, entrypoint?: number | string): unknown;
}
// The package's ESM entry exports only `loadPolicy` and a default (the CommonJS module, which
// has `loadPolicySync`); take it from whichever shape the runtime or bundler gives us.
const opaWasm = ((opaWasmModule as unknown as { default?: unknown }).default ?? opaWasmModule) as {
  loadPolicySync(wasm: BufferSource, memory?: number | WebAssembly.MemoryDescriptor): LoadedPolicy;
};

export interface GeladenPolicy {
  readonly pad: string;
  readonly entrypoints: Readonly<Record<Entrypoint, number>>;
  /** Raw decision: the value of the entrypoint's rule, or undefined when it has none. */
  evalueer(entrypoint: Entrypoint, input: unknown): unknown;
  /**
   * The rights object of a resource, from the `_waarden` list named with the `_namen` list
   * (not yet schema-checked; a malformed answer yields an object the schema rejects).
   */
  rechten(resource: Resource, input: unknown): Record<string, unknown>;
}

/** Throws when the bundle lacks one of our entrypoints (names it and the bundle path). */
export function controleerEntrypoints(
  beschikbaar: Readonly<Record<string, number>>,
  pad: string,
): Record<Entrypoint, number> {
  const ids = {} as Record<Entrypoint, number>;
  for (const naam of ENTRYPOINTS) {
    const id = beschikbaar[naam];
    if (typeof id !== "number") {
      throw new AppError("error", {
        detail:
          `Het beleid in ${pad} mist entrypoint "${naam}". ` +
          `Bouw het opnieuw met "npm run policy:build" (aanwezig: ${Object.keys(beschikbaar).sort().join(", ") || "geen"}).`,
        extensions: { entrypoint: naam },
      });
    }
    ids[naam] = id;
  }
  return ids;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

// The input builders hand out frozen, cached user objects; their JSON is cached too, so a
// decision serialises only the object (zaak, taak, document) on the hot path. Mutable users
// (e.g. hand-built in a test) are serialised every time.
const userJsonCache = new WeakMap<object, string>();

function isBevroren(user: Record<string, unknown>): boolean {
  return (
    Object.isFrozen(user) &&
    Object.isFrozen(user.rollen) &&
    (user.zaaktypen === null || Object.isFrozen(user.zaaktypen))
  );
}

const sleutelCache = new Map<string, string>();

/** `,"<key>":` for an input key (the few keys of the input schema, cached). */
function sleutelJson(sleutel: string): string {
  let json = sleutelCache.get(sleutel);
  if (json === undefined) {
    json = "," + JSON.stringify(sleutel) + ":";
    if (sleutelCache.size < 64) sleutelCache.set(sleutel, json);
  }
  return json;
}

/** JSON of a policy input, reusing the cached JSON of a frozen `user`. */
export function invoerJson(input: unknown): string {
  if (input === null || typeof input !== "object" || Array.isArray(input)) return JSON.stringify(input);
  const velden = input as Record<string, unknown>;
  const user = velden.user;
  if (user === null || typeof user !== "object" || !isBevroren(user as Record<string, unknown>)) {
    return JSON.stringify(input);
  }
  let userJson = userJsonCache.get(user);
  if (userJson === undefined) {
    userJson = JSON.stringify(user);
    userJsonCache.set(user, userJson);
  }
  let json = '{"user":' + userJson;
  for (const sleutel in velden) {
    if (sleutel === "user") continue;
    const waarde = velden[sleutel];
    if (waarde === undefined || typeof waarde === "function") continue;
    json += sleutelJson(sleutel) + JSON.stringify(waarde);
  }
  return json + "}";
}

/** Loads and checks a compiled policy from a file; does not touch the process-wide cache. */
export function laadPolicyBestand(pad: string): GeladenPolicy {
  let bytes: Buffer;
  try {
    bytes = readFileSync(pad);
  } catch (err) {
    throw new AppError("error", { detail: `Het gecompileerde beleid ${pad} kon niet worden gelezen.`, cause: err });
  }
  let policy: LoadedPolicy;
  try {
    policy = opaWasm.loadPolicySync(bytes as unknown as BufferSource);
  } catch (err) {
    throw new AppError("error", { detail: `Het gecompileerde beleid ${pad} kon niet worden geladen.`, cause: err });
  }
  const entrypoints = controleerEntrypoints(policy.entrypoints, pad);
  // The policies use no data document; set it once so every evaluation shares the same base.
  policy.setData({});

  const evalueer = maakEvaluator(policy, entrypoints);

  // The in-process path names the `_waarden` list itself: the names must be those of RECHTEN,
  // in the same order, or a right would get another right's value.
  const namen = {} as Record<Resource, readonly string[]>;
  // An all-false object per resource: cloning it gives every result the same object shape
  // (fast properties) instead of growing a dictionary key by key.
  const sjablonen = {} as Record<Resource, Readonly<Record<string, unknown>>>;
  for (const resource of Object.keys(RECHTEN_ENTRYPOINTS) as Resource[]) {
    const entrypoint = `${RECHTEN_ENTRYPOINTS[resource]}_namen` as const;
    const lijst = evalueer(entrypoint, {});
    const verwacht = RECHTEN[resource];
    if (!Array.isArray(lijst) || JSON.stringify(lijst) !== JSON.stringify(verwacht)) {
      throw new AppError("error", {
        detail:
          `Het beleid in ${pad} noemt de rechten van "${resource}" anders dan de applicatie ` +
          `(${entrypoint}: ${JSON.stringify(lijst)}; verwacht: ${JSON.stringify(verwacht)}).`,
        extensions: { entrypoint },
      });
    }
    namen[resource] = verwacht;
    sjablonen[resource] = Object.fromEntries(verwacht.map((naam) => [naam, false]));
  }

  return {
    pad,
    entrypoints,
    evalueer,
    rechten(resource, input) {
      const waarden = evalueer(`${RECHTEN_ENTRYPOINTS[resource]}_waarden`, input);
      const lijst = namen[resource];
      // A malformed answer gives an empty object, which the caller's schema rejects.
      if (!Array.isArray(waarden) || waarden.length !== lijst.length) return {};
      const uit: Record<string, unknown> = { ...sjablonen[resource] };
      for (let i = 0; i < lijst.length; i++) uit[lijst[i]!] = waarden[i];
      return uit;
    },
  };
}

function maakEvaluator(
  policy: LoadedPolicy,
  entrypoints: Readonly<Record<Entrypoint, number>>,
): (entrypoint: Entrypoint, input: unknown) => unknown {
  const exports = policy.wasmInstance.exports as unknown as WasmExports;
  const opaEval = exports.opa_eval;
  if (policy.minorVersion < 2 || typeof opaEval !== "function") {
    // Older ABI: no single-call eval; fall back to the library (slower, still correct).
    return (entrypoint, input) => {
      const rs = policy.evaluate(input, entrypoints[entrypoint]) as { result?: unknown }[];
      return rs[0]?.result;
    };
  }

  const mem = policy.mem;
  const dataAddr = policy.dataAddr;
  const basis = policy.dataHeapPtr;
  let view = new Uint8Array(mem.buffer);
  let doel = view.subarray(basis);

  function schrijfInvoer(json: string): number {
    for (;;) {
      if (view.buffer !== mem.buffer) {
        view = new Uint8Array(mem.buffer);
        doel = view.subarray(basis);
      }
      const { read, written } = encoder.encodeInto(json, doel);
      if (read === json.length) return written;
      // Not enough room: grow by at least the worst case (3 bytes per UTF-16 unit) and retry.
      mem.grow(Math.ceil((json.length * 3) / 65536) + 1);
    }
  }

  return (entrypoint, input) => {
    const len = schrijfInvoer(invoerJson(input));
    const adres = opaEval(0, entrypoints[entrypoint], dataAddr, basis, len, basis + len, 0);
    if (view.buffer !== mem.buffer) {
      view = new Uint8Array(mem.buffer);
      doel = view.subarray(basis);
    }
    const eind = view.indexOf(0, adres);
    // The result set: [] (undefined) or [{"result": <value>}].
    const rs = JSON.parse(decoder.decode(view.subarray(adres, eind))) as { result?: unknown }[];
    return rs[0]?.result;
  };
}

// Next.js may evaluate this module twice in one process (server bundles); keep the one loaded
// policy on globalThis so it is compiled once.
const SLEUTEL = Symbol.for("zac.policy.geladen");
type MetPolicy = typeof globalThis & { [SLEUTEL]?: GeladenPolicy };

/** The path of the compiled policy: POLICY_BUNDLE_PATH, or policies/dist/policy.wasm, from cwd. */
export function policyPad(): string {
  return path.resolve(process.cwd(), process.env.POLICY_BUNDLE_PATH || STANDAARD_POLICY_PAD);
}

/** The process-wide loaded policy (loads it on first use). */
export function geladenPolicy(): GeladenPolicy {
  const g = globalThis as MetPolicy;
  return (g[SLEUTEL] ??= laadPolicyBestand(policyPad()));
}

/** Forgets the loaded policy, so the next call loads it again (tests; after a rebuild). */
export function vergeetPolicy(): void {
  delete (globalThis as MetPolicy)[SLEUTEL];
}
