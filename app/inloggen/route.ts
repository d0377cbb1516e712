import { redirect } from "next/navigation";
import { huidigeSessie, PROVIDER_ID, signIn, veiligTerugpad } from "@/lib/auth";

export const dynamic = "force-dynamic";

/** Starts the login at the identity provider; afterwards the user returns to `terug`. */
export async function GET(request: Request): Promise<Response> {
  const terug = veiligTerugpad(new URL(request.url).searchParams.get("terug") ?? new URL(request.url).searchParams.get("callbackUrl"));
  if (await huidigeSessie()) redirect(terug);
  await signIn(PROVIDER_ID, { redirectTo: terug });
  // signIn redirects (it throws Next's redirect); this line is not reached.
  return new Response(null, { status: 204 });
}
