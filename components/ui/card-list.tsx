import type { ReactNode } from "react";

/** A page's heading with its one-paragraph introduction (the list pages of companies, portfolio, workshops). */
export function PageIntro({ title, intro }: { title: string; intro: string }) {
  return (
    <div>
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="mt-1 max-w-3xl text-slate-700">{intro}</p>
    </div>
  );
}

/** Cards in a two-column grid, or the sentence that says why there are none yet (and what to do). */
export function CardGrid({ empty, testId, children }: { empty: string; testId: string; children: ReactNode[] }) {
  if (children.length === 0) return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">{empty}</p>;
  return (
    <ul className="grid gap-3 md:grid-cols-2" data-testid={testId}>
      {children}
    </ul>
  );
}
