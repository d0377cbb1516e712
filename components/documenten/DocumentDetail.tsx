"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { z } from "zod";
import {
  DocumentDetail,
  DocumentOntkoppelenInvoer,
  DocumentWijzigenInvoer,
  endpointPad,
  queryKeys,
  RedenInvoer,
  VerplaatsenInvoer,
} from "@/lib/zaakafhandeling/contract";
import { AppError } from "@/lib/errors/app-error";
import { foutTekst, haal } from "@/components/ui/api";
import { ActieDialoog } from "@/components/ui/ActieDialoog";
import { FoutMelding, Laden } from "@/components/ui/Melding";
import { Gegevenslijst, Tabel } from "@/components/ui/Tabel";
import { Datum } from "@/components/werklijst/Termijn";
import { actie, zoekZaakOpIdentificatie } from "@/components/zaak/gegevens";
import { tijdstip } from "@/components/zaak/tabbladen";
import { VERTROUWELIJKHEID } from "@/components/zaak/ZaakActies";
import { formatOmvang } from "./BestandKiezer";
import { DocumentToevoegen } from "./DocumentToevoegen";

const STATUSSEN = ["in_bewerking", "ter_vaststelling", "definitief", "gearchiveerd"].map((w) => ({ waarde: w, label: w.replace(/_/g, " ") }));

/** Document detail: metadata, versions, inline preview (PDF/images) and the actions the rights allow. */
export function DocumentDetailPagina({ uuid, zaakUuid }: { uuid: string; zaakUuid?: string }) {
  const router = useRouter();
  const pad = `${endpointPad("document", { uuid })}${zaakUuid ? `?zaak=${encodeURIComponent(zaakUuid)}` : ""}`;
  const document = useQuery({ queryKey: [...queryKeys.document(uuid), zaakUuid ?? ""], queryFn: ({ signal }) => haal(pad, DocumentDetail, signal) });

  if (document.isPending) return <Laden tekst="Document laden…" />;
  if (document.isError) {
    const f = document.error;
    if (f instanceof AppError && (f.status === 403 || f.status === 404)) {
      return (
        <>
          <h1 className="text-3xl font-semibold tracking-tight">{f.status === 403 ? "Geen toegang tot dit document" : "Document niet gevonden"}</h1>
          <p className="mt-3 text-gray-800">{foutTekst(f)}</p>
        </>
      );
    }
    return <FoutMelding>Het document kon niet worden geladen. {foutTekst(f)}</FoutMelding>;
  }
  const d = document.data;
  const r = d.rechten;
  const zaak = d.zaak;
  const ongeldig = [queryKeys.document(uuid), ...(zaak ? [queryKeys.zaak(zaak.uuid), queryKeys.zaakHistorie(zaak.uuid)] : []), queryKeys.werklijsten()];
  const inhoud = endpointPad("documentInhoud", { uuid });
  const isAfbeelding = (d.formaat ?? "").startsWith("image/");

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        {zaak ? (
          <p className="text-sm font-semibold text-gray-700">
            Document bij <Link href={`/zaken/${zaak.uuid}?tab=documenten`}>zaak {zaak.identificatie}</Link>
          </p>
        ) : (
          <p className="text-sm font-semibold text-gray-700">Niet gekoppeld aan een zaak</p>
        )}
        <h1 className="text-3xl font-semibold tracking-tight text-gray-900">{d.titel}</h1>
        <p className="text-sm text-gray-800">
          {d.identificatie} — versie {d.versie}
          {d.vergrendeld ? ` — vergrendeld${d.vergrendeldDoor ? ` door ${d.vergrendeldDoor}` : ""}` : ""}
          {d.ondertekend ? " — ondertekend" : ""}
        </p>
      </header>

      <section aria-label="Acties voor dit document" className="flex flex-wrap gap-2">
        {r.downloaden ? (
          <a href={inhoud} download={d.bestandsnaam ?? undefined} className="inline-flex min-h-11 items-center rounded-md border border-gray-400 bg-white px-4 py-2 font-semibold text-gray-900 no-underline hover:bg-gray-50">
            Downloaden
          </a>
        ) : null}
        {r.wijzigen ? (
          <ActieDialoog
            knop="Gegevens wijzigen"
            beginwaarden={{
              titel: d.titel,
              beschrijving: d.beschrijving,
              auteur: d.auteur,
              status: d.status ?? "",
              vertrouwelijkheidaanduiding: d.vertrouwelijkheidaanduiding ?? "",
              taal: d.taal,
              creatiedatum: d.creatiedatum ?? "",
            }}
            velden={[
              { naam: "titel", label: "Titel", soort: "tekst", verplicht: true },
              { naam: "beschrijving", label: "Beschrijving", soort: "tekstvlak" },
              { naam: "auteur", label: "Auteur", soort: "tekst" },
              { naam: "status", label: "Status", soort: "keuze", opties: STATUSSEN },
              { naam: "vertrouwelijkheidaanduiding", label: "Vertrouwelijkheid", soort: "keuze", opties: VERTROUWELIJKHEID },
              { naam: "creatiedatum", label: "Creatiedatum", soort: "datum" },
              { naam: "reden", label: "Reden", soort: "tekst" },
            ]}
            schema={DocumentWijzigenInvoer}
            verstuur={(i) => actie("documentWijzigen", { uuid }, i)}
            succes="De gegevens van het document zijn gewijzigd."
            ongeldig={ongeldig}
          />
        ) : null}
        {r.toevoegen_nieuwe_versie ? <DocumentToevoegen nieuweVersieVan={{ uuid, titel: d.titel }} ongeldig={ongeldig} /> : null}
        {r.vergrendelen && !d.vergrendeld ? (
          <ActieDialoog
            knop="Vergrendelen"
            titel="Document vergrendelen"
            uitleg={<p>Zolang het document vergrendeld is, kunnen anderen het niet wijzigen.</p>}
            verstuur={() => actie("documentVergrendelen", { uuid })}
            succes="Het document is vergrendeld."
            ongeldig={ongeldig}
            bevestig="Vergrendelen"
          />
        ) : null}
        {r.ontgrendelen && d.vergrendeld ? (
          <ActieDialoog
            knop="Ontgrendelen"
            titel="Document ontgrendelen"
            verstuur={() => actie("documentOntgrendelen", { uuid })}
            succes="Het document is ontgrendeld."
            ongeldig={ongeldig}
            bevestig="Ontgrendelen"
          />
        ) : null}
        {r.ondertekenen && !d.ondertekend ? (
          <ActieDialoog
            knop="Ondertekenen"
            titel="Document ondertekenen"
            uitleg={<p>Je ondertekent het document. Daarna is het definitief.</p>}
            verstuur={() => actie("documentOndertekenen", { uuid })}
            succes="Het document is ondertekend."
            ongeldig={ongeldig}
            bevestig="Ondertekenen"
          />
        ) : null}
        {r.verplaatsen && zaak ? (
          <ActieDialoog<{ zaaknummer: string; reden: string }>
            knop="Verplaatsen"
            titel="Document naar een andere zaak verplaatsen"
            velden={[
              { naam: "zaaknummer", label: "Zaaknummer van de nieuwe zaak", soort: "tekst", verplicht: true },
              { naam: "reden", label: "Reden", soort: "tekst", verplicht: true },
            ]}
            schema={z.object({ zaaknummer: z.string().trim().min(1, { error: "Vul een zaaknummer in." }).max(40), reden: VerplaatsenInvoer.shape.reden })}
            verstuur={async ({ zaaknummer, reden }) => {
              const doel = await zoekZaakOpIdentificatie(zaaknummer);
              if (!doel) throw AppError.invalid(`Zaak ${zaaknummer} is niet gevonden.`, [{ name: "zaaknummer", code: "not_found", reason: "Deze zaak bestaat niet of je mag hem niet zien." }]);
              await actie("documentVerplaatsen", { uuid }, { vanZaak: zaak.uuid, naarZaak: doel.uuid, reden });
              return doel;
            }}
            succes={(doel) => `Het document is verplaatst naar zaak ${(doel as { identificatie: string }).identificatie}.`}
            ongeldig={ongeldig}
            bevestig="Verplaatsen"
          />
        ) : null}
        {r.ontkoppelen && zaak ? (
          <ActieDialoog<{ reden: string }>
            knop="Ontkoppelen"
            titel="Document ontkoppelen van de zaak"
            gevaar
            uitleg={<p>Het document komt in de lijst met ontkoppelde documenten.</p>}
            velden={[{ naam: "reden", label: "Reden", soort: "tekst", verplicht: true }]}
            schema={DocumentOntkoppelenInvoer.omit({ zaak: true })}
            verstuur={async (i) => {
              await actie("documentOntkoppelen", { uuid }, { ...i, zaak: zaak.uuid });
              router.push(`/zaken/${zaak.uuid}?tab=documenten`);
            }}
            succes="Het document is ontkoppeld."
            ongeldig={ongeldig}
            bevestig="Ontkoppelen"
          />
        ) : null}
        {r.verwijderen ? (
          <ActieDialoog
            knop="Verwijderen"
            titel="Document verwijderen"
            gevaar
            uitleg={<p>Het document en al zijn versies worden verwijderd. Dit kun je niet ongedaan maken.</p>}
            velden={[{ naam: "reden", label: "Reden", soort: "tekst" }]}
            schema={RedenInvoer}
            verstuur={async (i) => {
              await actie("documentVerwijderen", { uuid }, i);
              router.push(zaak ? `/zaken/${zaak.uuid}?tab=documenten` : "/documenten");
            }}
            succes="Het document is verwijderd."
            ongeldig={ongeldig}
            bevestig="Definitief verwijderen"
          />
        ) : null}
      </section>

      <section aria-labelledby="document-gegevens">
        <h2 id="document-gegevens" className="mb-3 text-xl font-semibold">
          Gegevens
        </h2>
        <Gegevenslijst
          items={[
            ["Documenttype", d.informatieobjecttype],
            ["Status", d.status?.replace(/_/g, " ")],
            ["Auteur", d.auteur],
            ["Creatiedatum", <Datum key="c" waarde={d.creatiedatum} />],
            ["Beschrijving", d.beschrijving],
            ["Bestand", d.bestandsnaam ? `${d.bestandsnaam}${d.bestandsomvang !== null ? ` (${formatOmvang(d.bestandsomvang)})` : ""}` : null],
            ["Formaat", d.formaat],
            ["Taal", d.taal],
            ["Vertrouwelijkheid", d.vertrouwelijkheidaanduiding?.replace(/_/g, " ")],
          ]}
        />
      </section>

      {d.voorbeeld && r.lezen ? (
        <section aria-labelledby="document-voorbeeld">
          <h2 id="document-voorbeeld" className="mb-3 text-xl font-semibold">
            Voorbeeld
          </h2>
          {isAfbeelding ? (
            // eslint-disable-next-line @next/next/no-img-element
            <img src={`${inhoud}?inline=1`} alt={`Voorbeeld van ${d.titel}`} className="max-h-[70vh] max-w-full rounded border border-gray-300" />
          ) : (
            <iframe src={`${inhoud}?inline=1`} title={`Voorbeeld van ${d.titel}`} className="h-[70vh] w-full rounded border border-gray-300" />
          )}
        </section>
      ) : null}

      <section aria-labelledby="document-versies">
        <h2 id="document-versies" className="mb-3 text-xl font-semibold">
          Versies
        </h2>
        <Tabel
          bijschrift="Versies"
          koppen={["Versie", "Bestand", "Formaat", "Geregistreerd", "Auteur", ""]}
          leeg="Er zijn geen versies."
          rijen={[...d.versies]
            .sort((a, b) => b.versie - a.versie)
            .map((v) => ({
              sleutel: String(v.versie),
              cellen: [
                v.versie,
                v.bestandsnaam ? `${v.bestandsnaam}${v.bestandsomvang !== null ? ` (${formatOmvang(v.bestandsomvang)})` : ""}` : "—",
                v.formaat ?? "—",
                tijdstip(v.beginRegistratie),
                v.auteur,
                r.downloaden ? (
                  <a key="d" href={`${inhoud}?versie=${v.versie}`}>
                    Download<span className="sr-only"> versie {v.versie}</span>
                  </a>
                ) : null,
              ],
            }))}
        />
      </section>
    </div>
  );
}
