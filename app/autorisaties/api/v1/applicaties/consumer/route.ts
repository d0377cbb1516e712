import { applicatieConsumer } from "@/lib/zgw/autorisaties";
import { zgwRoute } from "@/lib/zgw";

export const dynamic = "force-dynamic";

export const GET = zgwRoute("autorisaties", "applicatie_consumer", applicatieConsumer);
