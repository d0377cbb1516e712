import Link from "next/link";
import { Icoon, NAVIGATIE } from "@/components/shell";

const ONDERDELEN = NAVIGATIE.filter((item) => item.href !== "/");

export default function HomePage() {
  return (
    <>
      <h1 className="text-3xl font-semibold tracking-tight text-gray-900">Welkom bij de zaakafhandelcomponent</h1>
      <p className="mt-3 max-w-prose text-lg text-gray-700">
        Hier behandel je straks de zaken van de gemeente: van aanvraag tot besluit, met de taken en documenten die
        daarbij horen.
      </p>

      <section aria-labelledby="stand-van-zaken" className="mt-8 max-w-prose rounded-lg border border-accent-100 bg-accent-50 p-5">
        <h2 id="stand-van-zaken" className="font-semibold text-accent-900">
          Stand van zaken
        </h2>
        <p className="mt-1 text-gray-800">
          De applicatie is in opbouw. Inloggen en je rechten werken al, maar er zijn nog geen zaken, taken of
          documenten te zien. De onderdelen hieronder komen stap voor stap beschikbaar.
        </p>
      </section>

      <section aria-labelledby="onderdelen" className="mt-10">
        <h2 id="onderdelen" className="text-xl font-semibold text-gray-900">
          Onderdelen
        </h2>
        <ul className="mt-4 grid grid-cols-1 gap-4 md:grid-cols-2 xl:grid-cols-3">
          {ONDERDELEN.map((item) => (
            <li key={item.href} className="relative flex flex-col rounded-lg border border-gray-200 bg-white p-5 shadow-xs hover:border-accent-600">
              <div className="flex items-center gap-3">
                <span aria-hidden="true" className="flex size-9 items-center justify-center rounded-md bg-accent-50 text-accent-700">
                  <Icoon naam={item.icoon} />
                </span>
                <h3 className="text-base font-semibold">
                  {/* The link covers the whole card (after:inset-0) while its name stays the short label. */}
                  <Link href={item.href} className="text-gray-900 no-underline after:absolute after:inset-0 after:rounded-lg hover:underline">
                    {item.label}
                  </Link>
                </h3>
              </div>
              <p className="mt-3 text-sm text-gray-700">{item.omschrijving}</p>
              <p className="mt-4 text-xs font-medium text-gray-600">In aanbouw</p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
