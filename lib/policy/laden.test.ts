import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AppError, isAppError } from "@/lib/errors";
import { assertRecht, controleerPolicy, zaakRechten } from "./beslissingen";
import { gebruikerInvoer } from "./invoer";
import {
  controleerEntrypoints,
  ENTRYPOINTS,
  geladenPolicy,
  invoerJson,
  laadPolicyBestand,
  policyPad,
  vergeetPolicy,
} from "./laden";
import { RECHTEN } from "./rechten";

const zaak = {
  open: true,
  zaaktype: "Bezwaar en beroep – ÉÉN",
  opgeschort: false,
  verlengd: false,
  intake: false,
  besloten: true,
  heropend: false,
  brondatumBepaald: false,
  vertrouwelijkheidaanduiding: "openbaar",
};

afterEach(() => {
  vi.unstubAllEnvs();
  vergeetPolicy();
});

describe("loading the compiled policy", () => {
  it("defaults to policies/dist/policy.wasm under cwd, or POLICY_BUNDLE_PATH", () => {
    expect(policyPad()).toBe(path.resolve(process.cwd(), "policies/dist/policy.wasm"));
    vi.stubEnv("POLICY_BUNDLE_PATH", "elders/beleid.wasm");
    expect(policyPad()).toBe(path.resolve(process.cwd(), "elders/beleid.wasm"));
  });

  it("loads once per process and keeps it on globalThis (a second module instance reuses it)", async () => {
    const eerste = geladenPolicy();
    expect(geladenPolicy()).toBe(eerste);
    vi.resetModules();
    const opnieuw = await import("./laden");
    expect(opnieuw.geladenPolicy()).toBe(eerste);
  });

  it("the bundle has every entrypoint", () => {
    expect(Object.keys(geladenPolicy().entrypoints).sort()).toEqual([...ENTRYPOINTS].sort());
  });

  it("a missing entrypoint is refused with its name", () => {
    const { entrypoints } = geladenPolicy();
    const zonder = Object.fromEntries(Object.entries(entrypoints).filter(([naam]) => naam !== "zac/taak/taak_rechten"));
    let fout: unknown;
    try {
      controleerEntrypoints(zonder, "/pad/policy.wasm");
    } catch (err) {
      fout = err;
    }
    expect(isAppError(fout)).toBe(true);
    expect((fout as AppError).message).toMatch(/mist entrypoint "zac\/taak\/taak_rechten"/);
    expect((fout as AppError).extensions).toEqual({ entrypoint: "zac/taak/taak_rechten" });
  });

  it("a missing file gives a clear error, and the readiness check reports it", () => {
    vi.stubEnv("POLICY_BUNDLE_PATH", "/bestaat/niet/policy.wasm");
    vergeetPolicy();
    expect(() => geladenPolicy()).toThrow(/\/bestaat\/niet\/policy\.wasm kon niet worden gelezen/);
    const status = controleerPolicy();
    expect(status.ok).toBe(false);
    expect(!status.ok && status.fout).toMatch(/kon niet worden gelezen/);
  });

  it("a file that is no WebAssembly is refused", () => {
    expect(() => laadPolicyBestand(path.resolve(import.meta.dirname, "matrix.json"))).toThrow(/kon niet worden geladen/);
  });

  it("the readiness check is ok for the committed policy", () => {
    expect(controleerPolicy()).toEqual({ ok: true });
  });
});

describe("evaluation", () => {
  const user = { id: "u1", rollen: ["behandelaar"], zaaktypen: [zaak.zaaktype] };

  it("handles non-ASCII input (UTF-8 written into WebAssembly memory)", () => {
    expect(zaakRechten({ user, zaak }).wijzigen).toBe(true);
    expect(zaakRechten({ user, zaak: { ...zaak, zaaktype: "Bezwaar en beroep – EEN" } }).lezen).toBe(false);
  });

  it("grows the WebAssembly memory for a large input and stays correct afterwards", () => {
    const veel = Array.from({ length: 50_000 }, (_, i) => `rol-${i}-é`);
    expect(zaakRechten({ user: { ...user, rollen: [...veel, "beheerder"] }, zaak }).bekijken_zaakdata).toBe(true);
    expect(zaakRechten({ user, zaak }).bekijken_zaakdata).toBe(false);
    expect(zaakRechten({ user, zaak }).wijzigen).toBe(true);
  });

  it("names the value list with the right names (object entrypoint = hot path)", () => {
    const policy = geladenPolicy();
    const input = { user: { id: "u1", rollen: ["recordmanager"], zaaktypen: null }, zaak: { ...zaak, open: false } };
    expect(policy.rechten("zaak", input)).toEqual(policy.evalueer("zac/zaak/zaak_rechten", input));
    expect(Object.keys(policy.rechten("zaak", input))).toEqual([...RECHTEN.zaak]);
  });

  it("serialises a frozen (builder) user from cache, a mutable one every time", () => {
    const bevroren = gebruikerInvoer({ id: "u1", iamModus: "pabc", pabc: { perZaaktype: {}, alleZaaktypen: ["raadpleger"] } });
    expect(JSON.parse(invoerJson({ ...bevroren, zaak }))).toEqual({ user: bevroren.user, zaak });
    const los = { id: "u1", rollen: ["raadpleger"], zaaktypen: null as string[] | null };
    expect(invoerJson({ user: los })).toBe(JSON.stringify({ user: los }));
    los.rollen.push("beheerder");
    expect(invoerJson({ user: los })).toContain("beheerder");
  });
});

describe("assertRecht", () => {
  const rechten = zaakRechten({ user: { id: "u1", rollen: ["raadpleger"], zaaktypen: null }, zaak });

  it("passes when the right is true", () => {
    expect(() => assertRecht(rechten, "zaak.lezen")).not.toThrow();
  });

  it("throws permission_denied naming the right, in Dutch", () => {
    let fout: unknown;
    try {
      assertRecht(rechten, "zaak.wijzigen", "zaak ZAAK-2026-0001");
    } catch (err) {
      fout = err;
    }
    expect(fout).toBeInstanceOf(AppError);
    const e = fout as AppError;
    expect(e.code).toBe("permission_denied");
    expect(e.status).toBe(403);
    expect(e.detail).toBe('Je hebt niet het recht "wijzigen" voor zaak ZAAK-2026-0001.');
    expect(e.extensions).toEqual({ recht: "zaak.wijzigen" });
  });

  it("uses a default object description", () => {
    expect(() => assertRecht(rechten, "zaak.bekijken_zaakdata")).toThrow('Je hebt niet het recht "bekijken zaakdata" voor deze zaak.');
  });
});
