"use client";

/** Data hooks for the zaak pages: one query key per resource (lib/zaakafhandeling/contract.ts queryKeys). */
import { useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { haal, stuur } from "@/components/ui/api";
import {
  endpointPad,
  ENDPOINTS,
  Groep,
  HistorieRegel,
  Medewerker,
  queryKeys,
  ZaakDetail,
  ZaakOpties,
  ZaaktypeKeuze,
  ZakenWerklijstAntwoord,
  type EndpointNaam,
} from "@/lib/zaakafhandeling/contract";

export function useZaak(uuid: string) {
  return useQuery({ queryKey: queryKeys.zaak(uuid), queryFn: ({ signal }) => haal(endpointPad("zaak", { uuid }), ZaakDetail, signal) });
}

export function useZaakOpties(uuid: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.zaakOpties(uuid),
    queryFn: ({ signal }) => haal(endpointPad("zaakOpties", { uuid }), ZaakOpties, signal),
    enabled,
    staleTime: 5 * 60_000,
  });
}

export function useZaakHistorie(uuid: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.zaakHistorie(uuid),
    queryFn: ({ signal }) => haal(endpointPad("zaakHistorie", { uuid }), z.array(HistorieRegel), signal),
    enabled,
  });
}

export function useZaaktypen() {
  return useQuery({ queryKey: queryKeys.zaaktypen(), queryFn: ({ signal }) => haal(endpointPad("zaaktypen"), z.array(ZaaktypeKeuze), signal), staleTime: 5 * 60_000 });
}

export function useGroepen(zaaktype: string | undefined) {
  return useQuery({
    queryKey: queryKeys.groepen(zaaktype ?? ""),
    queryFn: ({ signal }) => haal(endpointPad("groepen", { zaaktype: zaaktype ?? "" }), z.array(Groep), signal),
    enabled: !!zaaktype,
    staleTime: 5 * 60_000,
  });
}

export function useMedewerkers(groep: string | undefined) {
  return useQuery({
    queryKey: queryKeys.medewerkers(groep ?? ""),
    queryFn: ({ signal }) => haal(endpointPad("medewerkers", { groep: groep ?? "" }), z.array(Medewerker), signal),
    enabled: !!groep,
    staleTime: 5 * 60_000,
  });
}

const ENDPOINT_METHODES = Object.fromEntries(Object.entries(ENDPOINTS).map(([k, v]) => [k, v.method])) as Record<
  EndpointNaam,
  "GET" | "POST" | "PUT" | "PATCH" | "DELETE"
>;

/** A mutation on a contract endpoint with that endpoint's own method. */
export function actie<T = unknown>(naam: EndpointNaam, params: Record<string, string>, body?: unknown): Promise<T> {
  const method = ENDPOINT_METHODES[naam];
  if (method === "GET") throw new Error(`${naam} is geen actie`);
  return stuur<T>(endpointPad(naam, params), { method, body });
}

/**
 * The user types a zaaknummer; the proxy's zaken list (filtered in the query, so only zaken the
 * user may read) gives its uuid. Searches open and closed zaken.
 */
export async function zoekZaakOpIdentificatie(identificatie: string): Promise<{ uuid: string; identificatie: string } | null> {
  const zoek = identificatie.trim();
  for (const lijst of ["zaken-werkvoorraad", "afgehandelde-zaken"] as const) {
    const p = new URLSearchParams({ identificatie: zoek, pageSize: "10" });
    const antwoord = await haal(`${endpointPad("werklijst", { lijst })}?${p}`, ZakenWerklijstAntwoord);
    const rij = antwoord.rijen.find((r) => r.identificatie.toLowerCase() === zoek.toLowerCase());
    if (rij) return { uuid: rij.uuid, identificatie: rij.identificatie };
  }
  return null;
}
