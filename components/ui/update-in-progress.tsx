import { buttonClass } from "./button";

/**
 * Shown instead of a questionnaire or result whose content version this instance does not know
 * yet (a rolling deploy is under way, see README "Several instances"). The link is a plain <a>: a
 * full reload, which the load balancer may send to an instance that already runs the new build.
 */
export function UpdateInProgress({ text, retryLabel, href }: { text: string; retryLabel: string; href: string }) {
  return (
    <div className="mx-auto max-w-lg rounded-xl bg-white p-8 text-center shadow-sm" role="alert" data-testid="update-in-progress">
      <p className="text-slate-700">{text}</p>
      <a href={href} className={`${buttonClass()} mt-6`}>
        {retryLabel}
      </a>
    </div>
  );
}
