/** A plain data table with a (visually hidden) caption; the first column names the row. */
export function Tabel({
  bijschrift,
  koppen,
  rijen,
  leeg,
}: {
  bijschrift: string;
  koppen: readonly string[];
  rijen: readonly { sleutel: string; cellen: readonly React.ReactNode[] }[];
  leeg: string;
}) {
  if (rijen.length === 0) return <p className="text-gray-700">{leeg}</p>;
  return (
    <div className="overflow-x-auto" role="region" aria-label={bijschrift} tabIndex={0}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{bijschrift}</caption>
        <thead className="border-b border-gray-300 bg-gray-50">
          <tr>
            {koppen.map((k, i) => (
              <th key={i} scope="col" className="px-3 py-2 font-semibold">
                {k || <span className="sr-only">Acties</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rijen.map((r) => (
            <tr key={r.sleutel} className="border-b border-gray-200 last:border-0">
              {r.cellen.map((c, i) =>
                i === 0 ? (
                  <th key={i} scope="row" className="px-3 py-2 text-left align-top font-normal">
                    {c}
                  </th>
                ) : (
                  <td key={i} className="px-3 py-2 align-top">
                    {c}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Label/value pairs. */
export function Gegevenslijst({ items }: { items: readonly [string, React.ReactNode][] }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
      {items.map(([label, waarde]) => (
        <div key={label} className="contents">
          <dt className="font-semibold text-gray-900">{label}</dt>
          <dd className="text-gray-800">{waarde === null || waarde === undefined || waarde === "" ? "—" : waarde}</dd>
        </div>
      ))}
    </dl>
  );
}
