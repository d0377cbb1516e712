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
import opaWasm from "@open-policy-agent/opa-wasm";
import { AppError } from "@/lib/errors";

/** Every entrypoint the app uses; the loader refuses a bundle that lacks one. */
export const ENTRYPOINTS = [
  "zac/zaak/zaak_rechten",
  "zac/zaak/zaak_koppelen",
  "zac/taak/taak_rechten",
  "zac/document/document_rechten",
  "zac/werklijst/werklijst_rechten",
  "zac/notitie/notitie_rechten",
  "zac/overig/overige_rechten",
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
const { loadPolicySync } = opaWasm as unknown as {
  loadPolicySync(wasm: BufferSource, memory?: number | WebAssembly.MemoryDescriptor): LoadedPolicy;
};

export interface GeladenPolicy {
  readonly pad: string;
  readonly entrypoints: Readonly<Record<Entrypoint, number>>;
  /** Raw decision: the value of the entrypoint's rule, or undefined when it has none. */
  evalueer(entrypoint: Entrypoint, input: unknown): unknown;
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
    policy = loadPolicySync(bytes);
  } catch (err) {
    throw new AppError("error", { detail: `Het gecompileerde beleid ${pad} kon niet worden geladen.`, cause: err });
  }
  const entrypoints = controleerEntrypoints(policy.entrypoints, pad);
  // The policies use no data document; set it once so every evaluation shares the same base.
  policy.setData({});

  const exports = policy.wasmInstance.exports as unknown as WasmExports;
  const opaEval = exports.opa_eval;
  if (policy.minorVersion < 2 || typeof opaEval !== "function") {
    // Older ABI: no single-call eval; fall back to the library (slower, still correct).
    return {
      pad,
      entrypoints,
      evalueer(entrypoint, input) {
        const rs = policy.evaluate(input, entrypoints[entrypoint]) as { result?: unknown }[];
        return rs[0]?.result;
      },
    };
  }

  const mem = policy.mem;
  const dataAddr = policy.dataAddr;
  const basis = policy.dataHeapPtr;
  let view = new Uint8Array(mem.buffer);

  function schrijfInvoer(json: string): number {
    for (;;) {
      if (view.buffer !== mem.buffer) view = new Uint8Array(mem.buffer);
      const { read, written } = encoder.encodeInto(json, view.subarray(basis));
      if (read === json.length) return written;
      // Not enough room: grow by at least the worst case (3 bytes per UTF-16 unit) and retry.
      mem.grow(Math.ceil((json.length * 3) / 65536) + 1);
    }
  }

  return {
    pad,
    entrypoints,
    evalueer(entrypoint, input) {
      const json = JSON.stringify(input);
      const len = schrijfInvoer(json);
      const adres = opaEval(0, entrypoints[entrypoint], dataAddr, basis, len, basis + len, 0);
      if (view.buffer !== mem.buffer) view = new Uint8Array(mem.buffer);
      const eind = view.indexOf(0, adres);
      // The result set: [] (undefined) or [{"result": <value>}].
      const rs = JSON.parse(decoder.decode(view.subarray(adres, eind))) as { result?: unknown }[];
      return rs[0]?.result;
    },
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
