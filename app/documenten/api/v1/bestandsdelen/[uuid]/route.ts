import { zgwRoute } from "@/lib/zgw";
import { bestandsdeelBijwerken } from "@/lib/zgw/documenten";

export const dynamic = "force-dynamic";

/** multipart/form-data, read as a stream (never buffered): see lib/zgw/documenten/bestandsdelen.ts. */
export const PUT = zgwRoute<{ uuid: string }>("documenten", "bestandsdeel_update", bestandsdeelBijwerken);
