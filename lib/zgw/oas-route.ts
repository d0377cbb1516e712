import type { ZgwApi } from "./apis";
import { oasJson, oasYaml } from "./oas";
import { zgwOpenRoute } from "./route";

/** `{root}/openapi.yaml|json`: public, as in Open Zaak, so clients can read the contract before they have a token. */
export function oasAntwoord(api: ZgwApi, formaat: "yaml" | "json") {
  return zgwOpenRoute(api, () =>
    formaat === "yaml"
      ? new Response(oasYaml(api), { headers: { "Content-Type": "application/vnd.oai.openapi; charset=utf-8" } })
      : new Response(oasJson(api), { headers: { "Content-Type": "application/json; charset=utf-8" } }),
  );
}
