"use client";

import { useId } from "react";

/**
 * Labelled form fields. The error text is linked with aria-describedby and the field marked
 * aria-invalid, so screen readers read the message with the field (WCAG 3.3.1).
 */
interface Basis {
  label: string;
  naam: string;
  fout?: string;
  hint?: string;
  verplicht?: boolean;
}

function Omhulsel({
  id,
  basis,
  children,
}: {
  id: string;
  basis: Basis;
  children: (aria: { "aria-invalid"?: true; "aria-describedby"?: string; "aria-required"?: true }) => React.ReactNode;
}) {
  const hintId = `${id}-hint`;
  const foutId = `${id}-fout`;
  const beschreven = [basis.hint ? hintId : null, basis.fout ? foutId : null].filter(Boolean).join(" ");
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-semibold text-gray-900">
        {basis.label}
        {basis.verplicht ? <span className="font-normal text-gray-700"> (verplicht)</span> : null}
      </label>
      {basis.hint ? (
        <p id={hintId} className="text-sm text-gray-700">
          {basis.hint}
        </p>
      ) : null}
      {children({
        ...(basis.fout ? { "aria-invalid": true as const } : {}),
        ...(beschreven ? { "aria-describedby": beschreven } : {}),
        ...(basis.verplicht ? { "aria-required": true as const } : {}),
      })}
      {basis.fout ? (
        <p id={foutId} className="text-sm font-semibold text-red-800">
          <span aria-hidden="true">⚠ </span>
          {basis.fout}
        </p>
      ) : null}
    </div>
  );
}

const INVOER =
  "min-h-11 rounded-md border border-gray-500 bg-white px-3 py-2 text-gray-900 aria-invalid:border-red-700 aria-invalid:border-2";

export function TekstVeld(
  props: Basis & {
    waarde: string;
    onWijzig: (w: string) => void;
    type?: "text" | "date" | "number" | "email" | "search";
    autoComplete?: string;
    min?: string;
    max?: string;
  },
) {
  const id = useId();
  return (
    <Omhulsel id={id} basis={props}>
      {(aria) => (
        <input
          id={id}
          name={props.naam}
          type={props.type ?? "text"}
          value={props.waarde}
          min={props.min}
          max={props.max}
          autoComplete={props.autoComplete ?? "off"}
          onChange={(e) => props.onWijzig(e.target.value)}
          className={INVOER}
          {...aria}
        />
      )}
    </Omhulsel>
  );
}

export function TekstVlak(props: Basis & { waarde: string; onWijzig: (w: string) => void; regels?: number }) {
  const id = useId();
  return (
    <Omhulsel id={id} basis={props}>
      {(aria) => (
        <textarea
          id={id}
          name={props.naam}
          rows={props.regels ?? 4}
          value={props.waarde}
          onChange={(e) => props.onWijzig(e.target.value)}
          className={INVOER}
          {...aria}
        />
      )}
    </Omhulsel>
  );
}

export interface Optie {
  waarde: string;
  label: string;
}

export function Keuzelijst(
  props: Basis & { waarde: string; onWijzig: (w: string) => void; opties: readonly Optie[]; leegLabel?: string },
) {
  const id = useId();
  return (
    <Omhulsel id={id} basis={props}>
      {(aria) => (
        <select id={id} name={props.naam} value={props.waarde} onChange={(e) => props.onWijzig(e.target.value)} className={INVOER} {...aria}>
          <option value="">{props.leegLabel ?? "Maak een keuze"}</option>
          {props.opties.map((o) => (
            <option key={o.waarde} value={o.waarde}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Omhulsel>
  );
}

export function Vinkje(props: { label: string; naam: string; waarde: boolean; onWijzig: (w: boolean) => void; hint?: string }) {
  const id = useId();
  return (
    <div className="flex items-start gap-2">
      <input
        id={id}
        name={props.naam}
        type="checkbox"
        checked={props.waarde}
        onChange={(e) => props.onWijzig(e.target.checked)}
        className="mt-1 size-5"
        aria-describedby={props.hint ? `${id}-hint` : undefined}
      />
      <label htmlFor={id} className="text-gray-900">
        {props.label}
        {props.hint ? (
          <span id={`${id}-hint`} className="block text-sm text-gray-700">
            {props.hint}
          </span>
        ) : null}
      </label>
    </div>
  );
}
