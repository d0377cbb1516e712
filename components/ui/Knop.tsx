import { forwardRef } from "react";

type Variant = "primair" | "secundair" | "gevaar" | "link";

const STIJL: Record<Variant, string> = {
  primair: "border-accent-700 bg-accent-700 text-white hover:bg-accent-800",
  secundair: "border-gray-400 bg-white text-gray-900 hover:bg-gray-50",
  gevaar: "border-red-700 bg-red-700 text-white hover:bg-red-800",
  link: "border-transparent bg-transparent text-accent-700 underline underline-offset-2 hover:text-accent-900",
};

export interface KnopProps extends React.ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  klein?: boolean;
}

/** Buttons keep a 44 px target (WCAG 2.5.8 asks 24; 44 is comfortable) unless `klein` (still >= 32). */
export const Knop = forwardRef<HTMLButtonElement, KnopProps>(function Knop(
  { variant = "secundair", klein = false, className = "", type = "button", ...rest },
  ref,
) {
  return (
    <button
      ref={ref}
      type={type}
      className={
        `inline-flex items-center justify-center gap-2 rounded-md border font-semibold disabled:cursor-not-allowed disabled:opacity-60 ` +
        `${klein ? "min-h-8 px-2.5 py-1 text-sm" : "min-h-11 px-4 py-2"} ${STIJL[variant]} ${className}`
      }
      {...rest}
    />
  );
});
