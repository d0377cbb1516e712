"use client";

import { useQuery } from "@tanstack/react-query";
import { haal } from "@/components/ui/api";
import { PABC_BEHEER_PADEN, pabcBeheerQueryKey, PabcOverzicht } from "@/lib/pabc/beheer-contract";

/** Everything of the built-in PABC in one answer (a few dozen rows); every beheer page reads it. */
export function usePabcOverzicht() {
  return useQuery({
    queryKey: pabcBeheerQueryKey,
    queryFn: ({ signal }) => haal(PABC_BEHEER_PADEN.overzicht, PabcOverzicht, signal),
  });
}
