"use client";

import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import type { z } from "zod";
import "@/lib/errors/zod-nl";
import { AppError } from "@/lib/errors/app-error";
import { foutTekst } from "./api";
import { Dialoog } from "./Dialoog";
import { Knop } from "./Knop";
import { FoutMelding } from "./Melding";
import { useMelding } from "./meldingen";
import { Keuzelijst, TekstVeld, TekstVlak, Vinkje, type Optie } from "./Velden";

export type VeldSoort = "tekst" | "tekstvlak" | "datum" | "getal" | "keuze" | "vinkje";

export interface VeldConfig {
  naam: string;
  label: string;
  soort: VeldSoort;
  verplicht?: boolean;
  hint?: string;
  opties?: readonly Optie[];
}

export type Waarden = Record<string, string | boolean>;

/** Zod issues -> first message per top-level field (the field names are the form's names). */
export function veldFouten(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string> {
  const uit: Record<string, string> = {};
  for (const i of issues) {
    const naam = i.path.length ? String(i.path[0]) : "_formulier";
    uit[naam] ??= i.message;
  }
  return uit;
}

/** Empty strings become undefined, so optional fields pass and required ones say "verplicht". */
export function opgeschoond(waarden: Waarden, velden: readonly VeldConfig[]): Record<string, unknown> {
  const uit: Record<string, unknown> = {};
  for (const v of velden) {
    const w = waarden[v.naam];
    if (typeof w === "string") {
      const t = w.trim();
      if (t === "") continue;
      uit[v.naam] = v.soort === "getal" && /^-?\d+$/.test(t) ? Number(t) : t;
    } else if (w !== undefined) uit[v.naam] = w;
  }
  return uit;
}

/** "Dit veld is verplicht." for each required field left empty. */
export function verplichtFouten(invoer: Record<string, unknown>, velden: readonly VeldConfig[]): Record<string, string> {
  const uit: Record<string, string> = {};
  for (const v of velden) if (v.verplicht && v.soort !== "vinkje" && invoer[v.naam] === undefined) uit[v.naam] = "Dit veld is verplicht.";
  return uit;
}

export function Veld({
  veld,
  waarde,
  fout,
  onWijzig,
}: {
  veld: VeldConfig;
  waarde: string | boolean | undefined;
  fout?: string;
  onWijzig: (w: string | boolean) => void;
}) {
  const basis = { label: veld.label, naam: veld.naam, fout, hint: veld.hint, verplicht: veld.verplicht };
  const tekst = typeof waarde === "string" ? waarde : "";
  switch (veld.soort) {
    case "tekstvlak":
      return <TekstVlak {...basis} waarde={tekst} onWijzig={onWijzig} />;
    case "keuze":
      return <Keuzelijst {...basis} waarde={tekst} onWijzig={onWijzig} opties={veld.opties ?? []} />;
    case "vinkje":
      return <Vinkje label={veld.label} naam={veld.naam} hint={veld.hint} waarde={waarde === true} onWijzig={onWijzig} />;
    case "datum":
      return <TekstVeld {...basis} type="date" waarde={tekst} onWijzig={onWijzig} />;
    case "getal":
      return <TekstVeld {...basis} type="number" waarde={tekst} onWijzig={onWijzig} />;
    default:
      return <TekstVeld {...basis} waarde={tekst} onWijzig={onWijzig} />;
  }
}

/**
 * An action as a button + dialog with a validated form. Render it ONLY when the user's right is
 * true (the caller decides; the server checks again). After success it closes, announces
 * `succes` in the page's status region and invalidates the given query keys.
 */
export function ActieDialoog<T>({
  knop,
  titel,
  uitleg,
  velden = [],
  beginwaarden = {},
  schema,
  verstuur,
  succes,
  ongeldig = [],
  bevestig = "Opslaan",
  gevaar = false,
  klein = false,
  testId,
}: {
  knop: string;
  titel?: string;
  uitleg?: React.ReactNode;
  velden?: readonly VeldConfig[];
  beginwaarden?: Waarden;
  schema?: z.ZodType<T>;
  verstuur: (invoer: T) => Promise<unknown>;
  succes: string | ((antwoord: unknown) => string);
  ongeldig?: readonly QueryKey[];
  bevestig?: string;
  gevaar?: boolean;
  klein?: boolean;
  testId?: string;
}) {
  const [open, setOpen] = useState(false);
  const [waarden, setWaarden] = useState<Waarden>(beginwaarden);
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const queryClient = useQueryClient();
  const meld = useMelding();

  const mutatie = useMutation({
    mutationFn: verstuur,
    onSuccess: async (antwoord) => {
      await Promise.all(ongeldig.map((sleutel) => queryClient.invalidateQueries({ queryKey: sleutel })));
      setOpen(false);
      meld(typeof succes === "function" ? succes(antwoord) : succes);
    },
    onError: (fout) => {
      if (fout instanceof AppError && fout.invalidParams?.length) {
        setFouten(veldFouten(fout.invalidParams.map((p) => ({ path: p.name.split("."), message: p.reason }))));
      }
    },
  });

  const sluit = useCallback(() => setOpen(false), []);

  function openen() {
    setWaarden(beginwaarden);
    setFouten({});
    mutatie.reset();
    setOpen(true);
  }

  function verzenden(e: React.FormEvent) {
    e.preventDefault();
    const invoer = opgeschoond(waarden, velden);
    if (schema) {
      const uitkomst = schema.safeParse(invoer);
      if (!uitkomst.success) {
        // An empty required field says so plainly (zod would describe the missing type).
        const f = { ...veldFouten(uitkomst.error.issues), ...verplichtFouten(invoer, velden) };
        setFouten(f);
        // Focus the first invalid field so keyboard and screen-reader users land on the problem.
        const eerste = velden.find((v) => f[v.naam]);
        if (eerste) document.querySelector<HTMLElement>(`dialog[open] [name="${eerste.naam}"]`)?.focus();
        return;
      }
      setFouten({});
      mutatie.mutate(uitkomst.data);
    } else {
      mutatie.mutate(invoer as T);
    }
  }

  const formulierFout = fouten._formulier ?? Object.entries(fouten).find(([n]) => !velden.some((v) => v.naam === n))?.[1];

  return (
    <>
      <Knop variant={gevaar ? "gevaar" : "secundair"} klein={klein} onClick={openen} data-testid={testId}>
        {knop}
      </Knop>
      <Dialoog open={open} titel={titel ?? knop} onSluit={sluit}>
        <form onSubmit={verzenden} noValidate className="flex flex-col gap-4">
          {uitleg ? <div className="text-gray-800">{uitleg}</div> : null}
          {velden.map((v) => (
            <Veld
              key={v.naam}
              veld={v}
              waarde={waarden[v.naam]}
              fout={fouten[v.naam]}
              onWijzig={(w) => setWaarden((oud) => ({ ...oud, [v.naam]: w }))}
            />
          ))}
          {mutatie.isError ? <FoutMelding>{foutTekst(mutatie.error)}</FoutMelding> : null}
          {formulierFout && !mutatie.isError ? <FoutMelding>{formulierFout}</FoutMelding> : null}
          <div className="flex flex-wrap justify-end gap-3 border-t border-gray-200 pt-4">
            <Knop onClick={sluit}>Annuleren</Knop>
            <Knop type="submit" variant={gevaar ? "gevaar" : "primair"} disabled={mutatie.isPending}>
              {mutatie.isPending ? "Bezig…" : bevestig}
            </Knop>
          </div>
        </form>
      </Dialoog>
    </>
  );
}
