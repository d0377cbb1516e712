import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AppShell } from "@/components/shell";
import { huidigeSessie, inlogUrl, toegangVoorSessie } from "@/lib/auth";
import { UITLOG_PAD } from "@/lib/auth/uitloggen";
import { Providers } from "./providers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Zaakafhandelcomponent", template: "%s | Zaakafhandelcomponent" },
  description: "Zaakafhandelcomponent voor gemeenten: zaken, taken en documenten behandelen.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
};

/** Pages without login (the proxy lets them through and tells us the path). */
const OPENBARE_PAGINAS = new Set(["/uitgelogd", "/inlogfout"]);

export default async function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  // The proxy already sent users without a session to the login and users without access to
  // the 403 page; the layout checks again so no page renders for them if the proxy did not run.
  const pad = (await headers()).get("x-zac-pad");
  const openbaar = pad !== null && OPENBARE_PAGINAS.has(pad);
  const sessie = openbaar ? null : await huidigeSessie();
  if (!openbaar && !sessie) redirect(inlogUrl(pad ?? "/"));
  const uitkomst = toegangVoorSessie(sessie);
  if (uitkomst && !uitkomst.toegang && pad !== "/geen-toegang") redirect("/geen-toegang");
  const user = sessie?.gebruiker ? { naam: sessie.gebruiker.naam, rollen: sessie.rollen ?? [], uitlogUrl: UITLOG_PAD } : null;
  return (
    <html lang="nl">
      <body>
        <AppShell user={user}>
          <Providers>{children}</Providers>
        </AppShell>
      </body>
    </html>
  );
}
