import { nietIngerichtZaaktypeSeedStap } from "@/lib/demo/niet-ingericht";
import { pabcDemoSeedStap } from "@/lib/pabc/seed";
import { zaakafhandelparametersDemoSeedStap } from "@/lib/zaakafhandelparameters/seed";
import { catalogiDemoSeedStap } from "@/lib/zgw/catalogi/seed";
import { zakenDemoSeedStap } from "@/lib/zgw/dataset/seed";
import type { SeedStap } from "./index";

/**
 * The demo data set, in order. Each domain adds its steps here (demo catalogus, zaken,
 * documenten, ...); step names are permanent because applied steps are recorded by name.
 */
export const demoSeedStappen: readonly SeedStap[] = [
  pabcDemoSeedStap,
  catalogiDemoSeedStap,
  zakenDemoSeedStap,
  nietIngerichtZaaktypeSeedStap,
  zaakafhandelparametersDemoSeedStap,
];
