import type { Metadata, Viewport } from "next";
import { AppShell } from "@/components/shell";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Zaakafhandelcomponent", template: "%s | Zaakafhandelcomponent" },
  description: "Zaakafhandelcomponent voor gemeenten: zaken, taken en documenten behandelen.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
};

export default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <html lang="nl">
      <body>
        {/* Identity is not wired yet; the shell shows "Niet ingelogd" until a user is passed. */}
        <AppShell>{children}</AppShell>
      </body>
    </html>
  );
}
