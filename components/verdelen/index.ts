export { LopendeVerdelingen, useVerdeelOpdrachten } from "./LopendeVerdelingen";
export { VerdeelWerkbalk } from "./VerdeelWerkbalk";
