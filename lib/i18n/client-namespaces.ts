/**
 * Which message namespaces the client components of each part of the app translate with (the
 * segment layouts pass exactly these to components/client-intl.tsx, plus "form" and "errors").
 * A client component that calls useTranslations outside these parts fails loudly in the e2e tests.
 */
const company = ["company", "nace", "sizeBands", "regions", "people.settings"];

export const clientNamespaces = {
  /** /companies and a company's page: company forms, start buttons */
  companies: company,
  dashboard: [...company, "dashboard"],
  people: ["people"],
  /** the questionnaire (SurveyJS wrapper and save indicator) */
  assessments: ["survey"],
  account: ["account", "auth"],
  auth: ["auth"],
  admin: ["adminContent.preview", "survey"],
  /** a guest's link (workshop participant, cooperation partner): start buttons and the questionnaire */
  guest: ["survey"],
  /** invitation and grant links (accept button) */
  token: [],
  /** a company's cooperations: step, profile, agreement and evaluation forms */
  cooperations: [...company, "cooperation"],
  /** the advisor's workshops: the new-workshop form and the projector */
  workshops: ["workshops.form", "workshops.projector"],
  /** joining a workshop by code (company fields) and taking a result into an account */
  join: ["company", "nace", "sizeBands", "regions", "workshops.join", "workshops.claim"],
} satisfies Record<string, string[]>;
