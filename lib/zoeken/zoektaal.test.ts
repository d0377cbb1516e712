import { describe, expect, it } from "vitest";
import { MAX_TERMEN, parseZoekvraag, zoekvraagNaarTsquery } from "./zoektaal";

const tq = zoekvraagNaarTsquery;

describe("zoekvraagNaarTsquery", () => {
  it("joins words with AND", () => {
    expect(tq("bouw vergunning")).toBe("'bouw' & 'vergunning'");
    expect(tq("bouw AND vergunning")).toBe("'bouw' & 'vergunning'");
    expect(tq("bouw EN vergunning")).toBe("'bouw' & 'vergunning'");
  });

  it("knows OR and binds AND tighter", () => {
    expect(tq("a OR b")).toBe("'a' | 'b'");
    expect(tq("a b OF c")).toBe("('a' & 'b') | 'c'");
  });

  it("knows NOT, NIET and -", () => {
    expect(tq("boom NOT kap")).toBe("'boom' & !'kap'");
    expect(tq("boom NIET kap")).toBe("'boom' & !'kap'");
    expect(tq("boom -kap")).toBe("'boom' & !'kap'");
    expect(tq("-(a OR b) c")).toBe("!('a' | 'b') & 'c'");
    expect(tq("NOT NOT a")).toBe("'a'");
  });

  it("keeps a hyphen inside a word (zaak numbers)", () => {
    expect(tq("ZAAK-2026-0000001")).toBe("'ZAAK-2026-0000001'");
  });

  it("makes quoted text a phrase", () => {
    expect(tq('"bouw vergunning" tuin')).toBe("'bouw vergunning' & 'tuin'");
    expect(tq('"enkel"')).toBe("'enkel'");
    // An unterminated quote runs to the end.
    expect(tq('"bouw vergunning')).toBe("'bouw vergunning'");
  });

  it("turns a trailing * into a prefix", () => {
    expect(tq("verg*")).toBe("'verg':*");
    expect(tq("verg* OR kap")).toBe("'verg':* | 'kap'");
  });

  it("groups with brackets and forgives unbalanced ones", () => {
    expect(tq("(a OR b) c")).toBe("('a' | 'b') & 'c'");
    expect(tq("(a OR b")).toBe("'a' | 'b'");
    expect(tq("a) b")).toBe("'a' & 'b'");
  });

  it("treats lower-case operators as words", () => {
    expect(tq("huis or tuin")).toBe("'huis' & 'or' & 'tuin'");
  });

  it("ignores operators without operands", () => {
    expect(tq("AND")).toBeNull();
    expect(tq("OR a")).toBe("'a'");
    expect(tq("a OR")).toBe("'a'");
    expect(tq("a NOT")).toBe("'a'");
    expect(tq("")).toBeNull();
    expect(tq("   ")).toBeNull();
    expect(tq("()")).toBeNull();
  });

  it("cannot be made to produce tsquery syntax of its own", () => {
    // Quotes, backslashes, &, |, !, :, <-> and * inside words are removed or separate words.
    expect(tq("a'b")).toBe("'a' & 'b'");
    expect(tq("x\\' | !y:*A <-> z")).toBe("'x' & 'y' & 'A' & 'z'");
    expect(tq("a&b|c")).toBe("'a' & 'b' & 'c'");
    expect(tq("');drop table zrc_zaak;--")).toBe("'drop' & 'table' & 'zrc_zaak'");
    for (const invoer of ["'", "\\", "''''", "*", ":*", "!!", "<->", "&|"]) expect(tq(invoer)).toBeNull();
  });

  it("every term in the output is a quoted literal of safe characters", () => {
    const vreemd = ["a'b\"c d\\e", "(((", ")))", "-", "--a", "a--", "é€ü ß", "x:y:z", "\u0000null", "日本語 テスト*"];
    for (const invoer of vreemd) {
      const uit = tq(invoer);
      if (uit === null) continue;
      const zonderLiteralen = uit.replace(/'[\p{L}\p{N}_\-.@/ ]+'(:\*)?/gu, "L");
      expect(zonderLiteralen, invoer).toMatch(/^[L&|!() ]+$/);
    }
  });

  it("keeps letters with accents and other scripts", () => {
    expect(tq("café Müller")).toBe("'café' & 'Müller'");
  });

  it("bounds the number of terms", () => {
    const veel = Array.from({ length: MAX_TERMEN + 10 }, (_, i) => `w${i}`).join(" ");
    const knoop = parseZoekvraag(veel);
    expect(knoop?.soort).toBe("en");
    expect(knoop && knoop.soort === "en" ? knoop.delen.length : 0).toBe(MAX_TERMEN);
  });
});
