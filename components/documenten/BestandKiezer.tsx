"use client";

import { useId, useState } from "react";

/**
 * File input with drag and drop. The real <input type=file> stays the keyboard and screen-reader
 * path (its label is the drop zone); dropping is an extra for mouse users.
 */
export function BestandKiezer({ bestand, onKies, fout }: { bestand: File | null; onKies: (f: File | null) => void; fout?: string }) {
  const id = useId();
  const [boven, setBoven] = useState(false);
  return (
    <div className="flex flex-col gap-1">
      <span className="font-semibold" id={`${id}-label`}>
        Bestand <span className="font-normal text-gray-700">(verplicht)</span>
      </span>
      <label
        htmlFor={id}
        onDragOver={(e) => {
          e.preventDefault();
          setBoven(true);
        }}
        onDragLeave={() => setBoven(false)}
        onDrop={(e) => {
          e.preventDefault();
          setBoven(false);
          const f = e.dataTransfer.files[0];
          if (f) onKies(f);
        }}
        data-testid="dropzone"
        className={
          "flex min-h-24 cursor-pointer flex-col items-center justify-center rounded-lg border-2 border-dashed px-4 py-6 text-center " +
          (boven ? "border-accent-700 bg-accent-50" : fout ? "border-red-700" : "border-gray-500 bg-gray-50")
        }
      >
        <span className="font-semibold text-accent-800 underline">Kies een bestand</span>
        <span className="text-sm text-gray-700">of sleep het hierheen</span>
        {bestand ? (
          <span className="mt-2 text-sm text-gray-900" data-testid="gekozen-bestand">
            Gekozen: {bestand.name} ({formatOmvang(bestand.size)})
          </span>
        ) : null}
      </label>
      <input
        id={id}
        type="file"
        name="bestand"
        className="sr-only"
        aria-labelledby={`${id}-label`}
        aria-invalid={fout ? true : undefined}
        aria-describedby={fout ? `${id}-fout` : undefined}
        onChange={(e) => onKies(e.target.files?.[0] ?? null)}
      />
      {fout ? (
        <p id={`${id}-fout`} className="text-sm font-semibold text-red-800">
          <span aria-hidden="true">⚠ </span>
          {fout}
        </p>
      ) : null}
    </div>
  );
}

export function formatOmvang(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1).replace(".", ",")} kB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1).replace(".", ",")} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2).replace(".", ",")} GB`;
}

export function Voortgang({ fractie, label }: { fractie: number; label: string }) {
  const procent = Math.round(fractie * 100);
  return (
    <div className="flex flex-col gap-1">
      <label className="text-sm font-semibold">
        {label}
        <progress max={100} value={procent} className="mt-1 block h-3 w-full" />
      </label>
      <span className="text-sm text-gray-800" aria-live="polite">
        {procent}% verzonden
      </span>
    </div>
  );
}
