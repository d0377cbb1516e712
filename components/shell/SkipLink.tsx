export const HOOFDINHOUD_ID = "hoofdinhoud";

/** First focusable element on every page; only visible while it has focus. */
export function SkipLink() {
  return (
    <a
      href={`#${HOOFDINHOUD_ID}`}
      className="sr-only focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50 focus:rounded-md focus:bg-white focus:px-4 focus:py-3 focus:font-semibold focus:text-accent-800 focus:underline focus:shadow-lg"
    >
      Naar hoofdinhoud
    </a>
  );
}
