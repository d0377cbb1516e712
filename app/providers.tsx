"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { AppError } from "@/lib/errors/app-error";
import { MeldingProvider } from "@/components/ui/meldingen";

/**
 * Client-side data layer: one QueryClient per browser tab. Rights and lists change through
 * other users' work, so data is fresh for 30 s; 4xx answers are not retried (a 403 stays a 403).
 */
export function Providers({ children }: { children: React.ReactNode }) {
  const [client] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          queries: {
            staleTime: 30_000,
            refetchOnWindowFocus: false,
            retry: (pogingen, fout) => !(fout instanceof AppError && fout.status < 500) && pogingen < 2,
          },
        },
      }),
  );
  return (
    <QueryClientProvider client={client}>
      <MeldingProvider>{children}</MeldingProvider>
    </QueryClientProvider>
  );
}
