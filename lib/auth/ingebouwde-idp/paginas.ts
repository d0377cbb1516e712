/**
 * The built-in provider's pages: plain server-rendered HTML in Dutch (lang="nl"), with real
 * labels, visible focus and no JavaScript needed (the logout page submits itself, with a
 * button as fallback).
 */

export function html(tekst: unknown): string {
  return String(tekst)
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

const STIJL = `
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f3f4f6;color:#111827;line-height:1.5}
main{max-width:26rem;margin:3rem auto;padding:2rem;background:#fff;border:1px solid #d1d5db;border-radius:.5rem}
h1{font-size:1.5rem;margin:0 0 .25rem}
p{margin:.5rem 0 1rem}
.demo{background:#fef3c7;border:1px solid #b45309;color:#78350f;padding:.5rem .75rem;border-radius:.375rem;font-size:.875rem}
label{display:block;font-weight:600;margin-top:1rem}
input{display:block;width:100%;margin-top:.25rem;padding:.625rem .75rem;font-size:1rem;border:1px solid #6b7280;border-radius:.375rem}
button{margin-top:1.5rem;min-height:2.75rem;padding:.5rem 1rem;font-size:1rem;font-weight:600;color:#fff;background:#1d4ed8;border:0;border-radius:.375rem;cursor:pointer}
button:hover{background:#1e40af}
:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
.fout{background:#fef2f2;border:1px solid #b91c1c;color:#7f1d1d;padding:.5rem .75rem;border-radius:.375rem}
`;

function pagina(titel: string, inhoud: string, extraHead = ""): string {
  return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${html(titel)} | Zaakafhandelcomponent</title>
<style>${STIJL}</style>
${extraHead}
</head>
<body>
<main>
${inhoud}
</main>
</body>
</html>`;
}

const DEMO_MELDING =
  '<p class="demo"><strong>Demo-omgeving.</strong> Dit is de ingebouwde inlogdienst voor demo\'s en tests, niet voor productie.</p>';

export function inlogPagina(opties: { actie: string; gebruikersnaam?: string; fout?: string }): string {
  const fout = opties.fout
    ? `<p class="fout" role="alert" id="inlogfout">${html(opties.fout)}</p>`
    : "";
  const beschreven = opties.fout ? ' aria-describedby="inlogfout"' : "";
  return pagina(
    "Inloggen",
    `<h1>Inloggen</h1>
<p>Log in bij de zaakafhandelcomponent.</p>
${DEMO_MELDING}
${fout}
<form method="post" action="${html(opties.actie)}" autocomplete="off" novalidate>
<label for="gebruikersnaam">Gebruikersnaam</label>
<input id="gebruikersnaam" name="gebruikersnaam" type="text" autocomplete="username" required value="${html(opties.gebruikersnaam ?? "")}"${beschreven}${opties.gebruikersnaam ? "" : " autofocus"}>
<label for="wachtwoord">Wachtwoord</label>
<input id="wachtwoord" name="wachtwoord" type="password" autocomplete="current-password" required${beschreven}${opties.gebruikersnaam ? " autofocus" : ""}>
<button type="submit">Inloggen</button>
</form>`,
  );
}

/** oidc-provider's logout confirmation, submitted at once (Keycloak does not ask when id_token_hint is valid). */
export function uitlogPagina(form: string): string {
  return pagina(
    "Uitloggen",
    `<h1>Uitloggen</h1>
<p>Je wordt uitgelogd.</p>
${form}
<input type="hidden" form="op.logoutForm" name="logout" value="yes">
<button type="submit" form="op.logoutForm" value="yes" name="logout">Uitloggen</button>
<script>document.getElementById("op.logoutForm").submit();</script>`,
  );
}

export function uitgelogdPagina(): string {
  return pagina("Uitgelogd", `<h1>Je bent uitgelogd</h1><p>Je kunt dit venster sluiten.</p>`);
}

export function foutPagina(titel: string, uitleg: string): string {
  return pagina(titel, `<h1>${html(titel)}</h1><p>${html(uitleg)}</p>`);
}
