import { envDocumentation } from "./schema";

export const README_TABLE_BEGIN = "<!-- config-table:begin (npm run docs:config) -->";
export const README_TABLE_END = "<!-- config-table:end -->";

/** The README's configuration table, generated from the schema's documentation. */
export function configTable(): string {
  const rows = Object.entries(envDocumentation).map(
    ([name, doc]) => `| \`${name}\` | ${doc.standaard} | ${doc.omschrijving} |`,
  );
  return ["| Variable | Default | Meaning |", "|---|---|---|", ...rows].join("\n");
}

/** Replaces the table between the markers; throws when the markers are missing. */
export function withConfigTable(readme: string): string {
  const begin = readme.indexOf(README_TABLE_BEGIN);
  const end = readme.indexOf(README_TABLE_END);
  if (begin < 0 || end < begin) throw new Error("README.md mist de markeringen van de configuratietabel.");
  return `${readme.slice(0, begin + README_TABLE_BEGIN.length)}\n${configTable()}\n${readme.slice(end)}`;
}
