"use client";

import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { GEZIEN_EVENT, NieuwAntwoord, SIGNALERING_ENDPOINTS } from "@/lib/signaleringen/contract";

const INTERVAL_MS = 60_000;

/**
 * The dot on the Dashboard menu link: there are unseen signaleringen. Asked on every page
 * change, once a minute, and again when the dashboard has marked signaleringen seen.
 */
export function NieuwStip() {
  const pathname = usePathname();
  const [nieuw, setNieuw] = useState(0);
  useEffect(() => {
    let actief = true;
    const vraag = () => {
      fetch(SIGNALERING_ENDPOINTS.nieuw, { headers: { Accept: "application/json" }, credentials: "same-origin" })
        .then(async (r) => (r.ok ? NieuwAntwoord.parse(await r.json()).nieuw : 0))
        .then((n) => actief && setNieuw(n))
        .catch(() => undefined); // the dot is a hint; no error for it
    };
    vraag();
    const timer = window.setInterval(vraag, INTERVAL_MS);
    window.addEventListener(GEZIEN_EVENT, vraag);
    return () => {
      actief = false;
      window.clearInterval(timer);
      window.removeEventListener(GEZIEN_EVENT, vraag);
    };
  }, [pathname]);
  if (nieuw === 0) return null;
  return (
    <span data-testid="nieuw-stip" className="ml-auto flex items-center">
      <span aria-hidden="true" className="size-2.5 rounded-full bg-red-700" />
      <span className="sr-only">, nieuwe signaleringen</span>
    </span>
  );
}
