"use client";

import { endpointPad, UploadSessie, DocumentDetail } from "@/lib/zaakafhandeling/contract";
import { stuur, uploadMetVoortgang } from "@/components/ui/api";

/**
 * Sends a file in the parts (bestandsdelen) the proxy asked for, one after the other, and then
 * completes the upload. `voortgang` gets 0..1 over the whole file. Large files never sit in
 * memory: each part is a slice of the File.
 */
export async function verstuurBestandsdelen(bestand: Blob, sessie: UploadSessie, voortgang: (fractie: number) => void, signal?: AbortSignal) {
  const totaal = Math.max(1, bestand.size);
  const delen = [...sessie.delen].sort((a, b) => a.volgnummer - b.volgnummer);
  let begin = 0;
  let klaar = 0;
  for (const deel of delen) {
    const stuk = bestand.slice(begin, begin + deel.omvang);
    begin += deel.omvang;
    if (!deel.voltooid) {
      await uploadMetVoortgang(
        endpointPad("bestandsdeel", { uuid: sessie.document, volgnummer: deel.volgnummer }),
        stuk,
        (verzonden) => voortgang(Math.min(1, (klaar + verzonden) / totaal)),
        { method: "PUT", contentType: "application/octet-stream", signal },
      );
    }
    klaar += deel.omvang;
    voortgang(Math.min(1, klaar / totaal));
  }
  const document = await stuur(endpointPad("uploadAfronden", { uuid: sessie.document }), { schema: DocumentDetail });
  voortgang(1);
  return document;
}

export async function startUpload(pad: string, invoer: unknown): Promise<UploadSessie> {
  return stuur(pad, { body: invoer, schema: UploadSessie });
}
