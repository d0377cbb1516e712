/** `npm run docs:config`: regenerates the configuration table in README.md from lib/config. */
import { readFileSync, writeFileSync } from "node:fs";
import { withConfigTable } from "@/lib/config/readme-table";

const file = new URL("../README.md", import.meta.url);
writeFileSync(file, withConfigTable(readFileSync(file, "utf8")));
process.stdout.write("Configuratietabel in README.md bijgewerkt.\n");
