export { json, requestIdOf, route, type RouteContext } from "./route";
