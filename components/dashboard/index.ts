export { Dashboard } from "./Dashboard";
export { SignaleringInstellingen } from "./SignaleringInstellingen";
