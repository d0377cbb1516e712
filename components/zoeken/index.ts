export { Zoeken } from "./Zoeken";
