import { isAppError } from "@/lib/errors";
import { registreerGereedheidsControle } from "@/lib/health";
import { createPabcClient, pabcVerbinding } from "./client";

/**
 * Registers the readiness check "pabc": an empty role list must get a 200 from the
 * configured PABC (external or built-in), which proves it is reachable and takes the key.
 * The lead calls this once at start-up.
 */
export function registreerPabcGereedheid(): void {
  registreerGereedheidsControle("pabc", async () => {
    try {
      const verbinding = pabcVerbinding();
      await createPabcClient({ baseUrl: verbinding.baseUrl, apiKey: verbinding.apiKey, timeoutMs: 2_500 }).applicatieRollen([]);
      return { ok: true, detail: verbinding.ingebouwd ? "ingebouwde PABC" : `PABC op ${new URL(verbinding.baseUrl).host}` };
    } catch (error) {
      const oorzaak = isAppError(error) ? (error.extensions?.oorzaak as string | undefined) ?? error.message : String(error);
      return { ok: false, detail: oorzaak };
    }
  });
}
