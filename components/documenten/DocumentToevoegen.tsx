"use client";

import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { DocumentAanmakenInvoer, NieuweVersieInvoer, endpointPad } from "@/lib/zaakafhandeling/contract";
import { foutTekst } from "@/components/ui/api";
import { veldFouten, Veld, type VeldConfig, type Waarden, opgeschoond } from "@/components/ui/ActieDialoog";
import { Dialoog } from "@/components/ui/Dialoog";
import { Knop } from "@/components/ui/Knop";
import { FoutMelding } from "@/components/ui/Melding";
import { useMelding } from "@/components/ui/meldingen";
import { BestandKiezer, Voortgang } from "./BestandKiezer";
import { startUpload, verstuurBestandsdelen } from "./upload";

/**
 * Upload a new document (to a zaak, optionally for a taak) or a new version of a document: the
 * metadata first, then the file in parts with a progress bar, then completion.
 */
export function DocumentToevoegen({
  zaakUuid,
  taakId,
  informatieobjecttypen,
  ongeldig,
  nieuweVersieVan,
}: {
  zaakUuid?: string;
  taakId?: string;
  informatieobjecttypen?: readonly { url: string; omschrijving: string }[];
  ongeldig: readonly QueryKey[];
  /** Upload a new version of this document instead. */
  nieuweVersieVan?: { uuid: string; titel: string };
}) {
  const [open, setOpen] = useState(false);
  const [bestand, setBestand] = useState<File | null>(null);
  const [waarden, setWaarden] = useState<Waarden>({});
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const [fractie, setFractie] = useState(0);
  const queryClient = useQueryClient();
  const meld = useMelding();
  const sluit = useCallback(() => setOpen(false), []);
  const nieuweVersie = !!nieuweVersieVan;

  const velden: VeldConfig[] = nieuweVersie
    ? [{ naam: "beschrijving", label: "Wat is er gewijzigd?", soort: "tekstvlak" }]
    : [
        { naam: "titel", label: "Titel", soort: "tekst", verplicht: true, hint: "Standaard de bestandsnaam." },
        {
          naam: "informatieobjecttype",
          label: "Documenttype",
          soort: "keuze",
          verplicht: true,
          opties: (informatieobjecttypen ?? []).map((t) => ({ waarde: t.url, label: t.omschrijving })),
        },
        { naam: "beschrijving", label: "Beschrijving", soort: "tekstvlak" },
      ];

  const mutatie = useMutation({
    mutationFn: async ({ invoer, bestand: b }: { invoer: unknown; bestand: File }) => {
      const pad = nieuweVersieVan
        ? endpointPad("documentNieuweVersie", { uuid: nieuweVersieVan.uuid })
        : zaakUuid
          ? endpointPad("documentAanmaken", { uuid: zaakUuid })
          : endpointPad("documentInboxAanmaken");
      const sessie = await startUpload(pad, invoer);
      return verstuurBestandsdelen(b, sessie, setFractie);
    },
    onSuccess: async (document) => {
      await Promise.all(ongeldig.map((k) => queryClient.invalidateQueries({ queryKey: k })));
      setOpen(false);
      meld(nieuweVersie ? `Nieuwe versie van "${document.titel}" is opgeslagen.` : `Document "${document.titel}" is toegevoegd.`);
    },
  });

  function verzenden(e: React.FormEvent) {
    e.preventDefault();
    if (!bestand) {
      setFouten({ bestand: "Kies een bestand." });
      return;
    }
    const basis = opgeschoond(waarden, velden);
    const invoer = {
      ...basis,
      ...(nieuweVersie ? {} : { titel: (basis.titel as string | undefined) ?? bestand.name }),
      bestandsnaam: bestand.name,
      formaat: bestand.type || "application/octet-stream",
      bestandsomvang: bestand.size,
      ...(taakId ? { taak: taakId } : {}),
    };
    const uitkomst = (nieuweVersie ? NieuweVersieInvoer : DocumentAanmakenInvoer).safeParse(invoer);
    if (!uitkomst.success) {
      setFouten(veldFouten(uitkomst.error.issues));
      return;
    }
    setFouten({});
    setFractie(0);
    mutatie.mutate({ invoer: uitkomst.data, bestand });
  }

  return (
    <>
      <Knop
        variant={nieuweVersie ? "secundair" : "primair"}
        onClick={() => {
          setBestand(null);
          setWaarden({});
          setFouten({});
          setFractie(0);
          mutatie.reset();
          setOpen(true);
        }}
      >
        {nieuweVersie ? "Nieuwe versie" : "Document toevoegen"}
      </Knop>
      <Dialoog open={open} titel={nieuweVersie ? `Nieuwe versie van "${nieuweVersieVan?.titel}"` : "Document toevoegen"} onSluit={sluit}>
        <form noValidate onSubmit={verzenden} className="flex flex-col gap-4">
          <BestandKiezer
            bestand={bestand}
            onKies={(f) => {
              setBestand(f);
              if (f && !nieuweVersie && !waarden.titel) setWaarden((w) => ({ ...w, titel: f.name.replace(/\.[^.]+$/, "") }));
            }}
            fout={fouten.bestand ?? fouten.bestandsomvang ?? fouten.bestandsnaam}
          />
          {velden.map((v) => (
            <Veld key={v.naam} veld={v} waarde={waarden[v.naam]} fout={fouten[v.naam]} onWijzig={(w) => setWaarden((o) => ({ ...o, [v.naam]: w }))} />
          ))}
          {mutatie.isPending || fractie > 0 ? <Voortgang fractie={fractie} label={`Uploaden van ${bestand?.name ?? "bestand"}`} /> : null}
          {mutatie.isError ? <FoutMelding>{foutTekst(mutatie.error)}</FoutMelding> : null}
          <div className="flex justify-end gap-3 border-t border-gray-200 pt-4">
            <Knop onClick={sluit}>Annuleren</Knop>
            <Knop type="submit" variant="primair" disabled={mutatie.isPending}>
              {mutatie.isPending ? "Bezig met uploaden…" : "Uploaden"}
            </Knop>
          </div>
        </form>
      </Dialoog>
    </>
  );
}
