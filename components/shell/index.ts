export { AppShell } from "./AppShell";
export { APP_NAAM, Header } from "./Header";
export { Icoon } from "./Icoon";
export { InAanbouw } from "./InAanbouw";
export { Navigatie } from "./Navigatie";
export { NAVIGATIE, huidigeLink, isActief, type IcoonNaam, type NavigatieItem } from "./navigatie";
export { HOOFDINHOUD_ID, SkipLink } from "./SkipLink";
export { UserMenu, type ShellGebruiker } from "./UserMenu";
