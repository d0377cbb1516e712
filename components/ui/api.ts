/**
 * The browser's only way to the server: the app's own endpoints (never a ZGW API). Answers are
 * parsed with the contract's zod schemas; problem+json answers become an AppError so forms can
 * show the detail and the invalidParams next to the fields.
 */
import type { z } from "zod";
import { AppError, FOUT_CODES, type FoutCode, type InvalidParam } from "@/lib/errors/app-error";

interface ProbleemAntwoord {
  code?: string;
  title?: string;
  detail?: string;
  invalidParams?: InvalidParam[];
}

function codeVoorStatus(status: number): FoutCode {
  const gevonden = (Object.entries(FOUT_CODES) as [FoutCode, { status: number }][]).find(([, d]) => d.status === status);
  return gevonden?.[0] ?? "error";
}

async function naarFout(antwoord: Response): Promise<AppError> {
  let probleem: ProbleemAntwoord = {};
  try {
    probleem = (await antwoord.json()) as ProbleemAntwoord;
  } catch {
    // Not JSON (e.g. a proxy error page): the status alone decides.
  }
  const code = probleem.code && probleem.code in FOUT_CODES ? (probleem.code as FoutCode) : codeVoorStatus(antwoord.status);
  return new AppError(code, {
    title: probleem.title,
    detail: probleem.detail,
    invalidParams: probleem.invalidParams,
  });
}

async function verwerk<T>(antwoord: Response, schema?: z.ZodType<T>): Promise<T> {
  if (!antwoord.ok) throw await naarFout(antwoord);
  if (antwoord.status === 204) return undefined as T;
  const tekst = await antwoord.text();
  const json: unknown = tekst ? JSON.parse(tekst) : undefined;
  if (!schema) return json as T;
  const uitkomst = schema.safeParse(json);
  if (!uitkomst.success) {
    throw new AppError("error", { detail: "Het antwoord van de server had een onverwachte vorm.", cause: uitkomst.error });
  }
  return uitkomst.data;
}

export async function haal<T>(pad: string, schema?: z.ZodType<T>, signal?: AbortSignal): Promise<T> {
  const antwoord = await fetch(pad, { headers: { Accept: "application/json" }, credentials: "same-origin", signal });
  return verwerk(antwoord, schema);
}

export async function stuur<T = unknown>(
  pad: string,
  opties: { method?: "POST" | "PUT" | "PATCH" | "DELETE"; body?: unknown; schema?: z.ZodType<T> } = {},
): Promise<T> {
  const antwoord = await fetch(pad, {
    method: opties.method ?? "POST",
    headers: { Accept: "application/json", ...(opties.body !== undefined ? { "Content-Type": "application/json" } : {}) },
    credentials: "same-origin",
    body: opties.body !== undefined ? JSON.stringify(opties.body) : undefined,
  });
  return verwerk(antwoord, opties.schema);
}

/**
 * Upload with progress (fetch has no upload progress in browsers); XMLHttpRequest reports the
 * bytes sent. `voortgang` gets the bytes sent of this request.
 */
export function uploadMetVoortgang<T = unknown>(
  pad: string,
  inhoud: FormData | Blob,
  voortgang: (verzondenBytes: number) => void,
  opties: { method?: "POST" | "PUT"; signal?: AbortSignal; contentType?: string } = {},
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(opties.method ?? "POST", pad);
    xhr.setRequestHeader("Accept", "application/json");
    if (opties.contentType) xhr.setRequestHeader("Content-Type", opties.contentType);
    xhr.upload.onprogress = (e) => voortgang(e.loaded);
    xhr.onload = () => {
      const antwoord = new Response(xhr.status === 204 ? null : xhr.responseText, {
        status: xhr.status,
        headers: { "Content-Type": xhr.getResponseHeader("Content-Type") ?? "application/json" },
      });
      verwerk<T>(antwoord).then(resolve, reject);
    };
    xhr.onerror = () => reject(new AppError("service_unavailable", { detail: "De verbinding met de server is verbroken." }));
    xhr.onabort = () => reject(new AppError("error", { detail: "Het uploaden is afgebroken." }));
    opties.signal?.addEventListener("abort", () => xhr.abort());
    xhr.send(inhoud);
  });
}

/** The sentence a user sees for a failed request. */
export function foutTekst(fout: unknown): string {
  if (fout instanceof AppError) {
    if (fout.status === 403) return fout.detail ?? "Je hebt geen toestemming voor deze actie.";
    if (fout.status === 401) return "Je sessie is verlopen. Log opnieuw in.";
    return fout.detail ?? fout.title;
  }
  return "Er ging iets mis. Probeer het opnieuw.";
}
