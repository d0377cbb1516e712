"use client";

import { useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { haal } from "@/components/ui/api";
import { beheerQueryKeys, ENDPOINTS_BEHEER, ParametersFormulier, ZaaktypeInrichting } from "@/lib/zaakafhandelparameters/model";

export function useZaaktypenInrichting() {
  return useQuery({
    queryKey: beheerQueryKeys.overzicht(),
    queryFn: ({ signal }) => haal(ENDPOINTS_BEHEER.overzicht, z.array(ZaaktypeInrichting), signal),
  });
}

export function useParametersFormulier(omschrijving: string) {
  return useQuery({
    queryKey: beheerQueryKeys.zaaktype(omschrijving),
    queryFn: ({ signal }) => haal(ENDPOINTS_BEHEER.zaaktype(omschrijving), ParametersFormulier, signal),
  });
}

/** Link to the form of one zaaktype. */
export function parametersPad(omschrijving: string): string {
  return `/beheer/zaakafhandelparameters/${encodeURIComponent(omschrijving)}`;
}
