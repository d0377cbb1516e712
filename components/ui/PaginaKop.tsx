/** The h1 of a page with an optional intro line and actions on the right. */
export function PaginaKop({ titel, intro, children }: { titel: string; intro?: React.ReactNode; children?: React.ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
      <div>
        <h1 className="text-3xl font-semibold tracking-tight text-gray-900">{titel}</h1>
        {intro ? <p className="mt-2 max-w-prose text-gray-700">{intro}</p> : null}
      </div>
      {children ? <div className="flex flex-wrap gap-3">{children}</div> : null}
    </div>
  );
}
