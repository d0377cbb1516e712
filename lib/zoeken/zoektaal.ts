/**
 * The search syntax users know, turned into a PostgreSQL tsquery TEXT that goes into the
 * query as one bind parameter (`to_tsquery('dutch', $1)`), never into the SQL itself.
 *
 *   woord woord        both (AND is implied)        vergunning AND bouw, vergunning EN bouw
 *   a OR b             either                        a OF b
 *   NOT a, -a          without                       NIET a
 *   "bouw vergunning"  phrase (words next to each other)
 *   verg*              prefix
 *   ( ... )            grouping
 *
 * Operators are recognised in capitals only, so "of" and "en" in a sentence stay words
 * (they are Dutch stop words anyway). Every term is reduced to letters, digits and a few
 * joiners (- _ . @ /) and then single-quoted, so user input can never form tsquery syntax
 * of its own. The parser never throws: stray operators and brackets are ignored.
 */

export type ZoekKnoop =
  | { soort: "term"; tekst: string; prefix: boolean }
  | { soort: "zin"; woorden: string[] }
  | { soort: "en" | "of"; delen: ZoekKnoop[] }
  | { soort: "niet"; deel: ZoekKnoop };

type Token =
  | { soort: "woord"; tekst: string; prefix: boolean }
  | { soort: "zin"; woorden: string[] }
  | { soort: "en" | "of" | "niet" | "(" | ")" };

/** Bounds: a search box is not a query language playground. */
export const MAX_INVOER = 500;
export const MAX_TERMEN = 32;

const WOORDTEKEN = /[\p{L}\p{N}_\-.@/]/u;
const OPERATOREN: Record<string, "en" | "of" | "niet"> = { AND: "en", EN: "en", OR: "of", OF: "of", NOT: "niet", NIET: "niet" };

/** Keeps the characters a term may have; leading/trailing joiners are dropped ("-" at the start means NOT). */
function zuiver(woord: string): string {
  return [...woord].filter((c) => WOORDTEKEN.test(c)).join("").replace(/^[-_.@/]+|[-_.@/]+$/g, "");
}

function tokens(invoer: string): Token[] {
  const uit: Token[] = [];
  const tekst = invoer.slice(0, MAX_INVOER);
  let i = 0;
  while (i < tekst.length) {
    const c = tekst[i] as string;
    if (c === "(" || c === ")") {
      uit.push({ soort: c });
      i++;
    } else if (c === '"') {
      const eind = tekst.indexOf('"', i + 1);
      const inhoud = tekst.slice(i + 1, eind === -1 ? tekst.length : eind);
      const woorden = inhoud.split(/[^\p{L}\p{N}_\-.@/]+/u).map(zuiver).filter(Boolean);
      if (woorden.length > 0) uit.push({ soort: "zin", woorden });
      i = eind === -1 ? tekst.length : eind + 1;
    } else if (c === "-" && i + 1 < tekst.length && (WOORDTEKEN.test(tekst[i + 1] as string) || tekst[i + 1] === '"' || tekst[i + 1] === "(") && (i === 0 || /[\s(]/.test(tekst[i - 1] as string))) {
      // "-woord" at the start of a word: NOT.
      uit.push({ soort: "niet" });
      i++;
    } else if (WOORDTEKEN.test(c) || c === "*") {
      let j = i;
      while (j < tekst.length && (WOORDTEKEN.test(tekst[j] as string) || tekst[j] === "*")) j++;
      const ruw = tekst.slice(i, j);
      i = j;
      const operator = OPERATOREN[ruw];
      if (operator) {
        uit.push({ soort: operator });
        continue;
      }
      const woord = zuiver(ruw.replace(/\*/g, " ").trim().split(" ")[0] ?? "");
      if (woord) uit.push({ soort: "woord", tekst: woord, prefix: ruw.endsWith("*") });
    } else {
      i++;
    }
  }
  return uit;
}

/** Recursive descent: of := en (OR en)* ; en := niet ((AND)? niet)* ; niet := NOT niet | basis. */
export function parseZoekvraag(invoer: string): ZoekKnoop | null {
  const t = tokens(invoer);
  let pos = 0;
  let termen = 0;

  const kijk = () => t[pos];

  function basis(): ZoekKnoop | null {
    const tok = kijk();
    if (!tok) return null;
    if (tok.soort === "woord") {
      pos++;
      if (termen >= MAX_TERMEN) return null;
      termen++;
      return { soort: "term", tekst: tok.tekst, prefix: tok.prefix };
    }
    if (tok.soort === "zin") {
      pos++;
      if (termen >= MAX_TERMEN) return null;
      termen++;
      return tok.woorden.length === 1 ? { soort: "term", tekst: tok.woorden[0] as string, prefix: false } : { soort: "zin", woorden: tok.woorden };
    }
    if (tok.soort === "(") {
      pos++;
      const binnen = of();
      if (kijk()?.soort === ")") pos++;
      return binnen;
    }
    return null;
  }

  function niet(): ZoekKnoop | null {
    if (kijk()?.soort === "niet") {
      pos++;
      const deel = niet();
      if (!deel) return null;
      return deel.soort === "niet" ? deel.deel : { soort: "niet", deel };
    }
    return basis();
  }

  function en(): ZoekKnoop | null {
    const delen: ZoekKnoop[] = [];
    for (;;) {
      const tok = kijk();
      if (!tok || tok.soort === "of" || tok.soort === ")") break;
      if (tok.soort === "en") {
        pos++;
        continue;
      }
      const deel = niet();
      if (deel) delen.push(...(deel.soort === "en" ? deel.delen : [deel]));
    }
    if (delen.length === 0) return null;
    return delen.length === 1 ? (delen[0] as ZoekKnoop) : { soort: "en", delen };
  }

  function of(): ZoekKnoop | null {
    const delen: ZoekKnoop[] = [];
    for (;;) {
      const deel = en();
      if (deel) delen.push(...(deel.soort === "of" ? deel.delen : [deel]));
      if (kijk()?.soort === "of") {
        pos++;
        continue;
      }
      break;
    }
    if (delen.length === 0) return null;
    return delen.length === 1 ? (delen[0] as ZoekKnoop) : { soort: "of", delen };
  }

  let resultaat: ZoekKnoop | null = null;
  // A stray ")" ends `of()` early: skip it and go on with the rest as AND.
  while (pos < t.length) {
    const deel = of();
    if (deel) resultaat = resultaat ? { soort: "en", delen: [...(resultaat.soort === "en" ? resultaat.delen : [resultaat]), deel] } : deel;
    if (kijk()?.soort === ")") pos++;
  }
  return resultaat;
}

/** A tsquery literal: single-quoted with quotes and backslashes escaped (the terms have neither, but be safe). */
function literal(tekst: string): string {
  return `'${tekst.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
}

export function naarTsquery(knoop: ZoekKnoop): string {
  switch (knoop.soort) {
    case "term":
      return literal(knoop.tekst) + (knoop.prefix ? ":*" : "");
    case "zin":
      // One quoted literal with spaces: to_tsquery makes it a phrase (a <-> b) after stemming.
      return literal(knoop.woorden.join(" "));
    case "niet":
      return `!${knoop.deel.soort === "term" ? naarTsquery(knoop.deel) : `(${naarTsquery(knoop.deel)})`}`;
    case "en":
    case "of":
      return knoop.delen.map((d) => (d.soort === "en" || d.soort === "of" ? `(${naarTsquery(d)})` : naarTsquery(d))).join(knoop.soort === "en" ? " & " : " | ");
  }
}

/** User input -> tsquery text for `to_tsquery('dutch', $1)`, or null when there is nothing to search for. */
export function zoekvraagNaarTsquery(invoer: string): string | null {
  const knoop = parseZoekvraag(invoer);
  return knoop ? naarTsquery(knoop) : null;
}
