import type { SessieGebruiker } from "./claims";
import type { SessiePabcRollen } from "./sessie";

// What `auth()` and /api/auth/session return: user fields and role facts, never tokens.
declare module "next-auth" {
  interface Session {
    gebruiker?: SessieGebruiker;
    /** Application roles (union over all zaaktypen), for display. */
    rollen?: string[];
    pabc?: SessiePabcRollen | null;
    pabcFout?: string | null;
    /** Unix seconds at which the current access token expires (it is refreshed before). */
    tokenVerlooptOp?: number;
  }
}
