/**
 * Which message namespaces the client components of each part of the app translate with (the
 * segment layouts, or a page itself, pass exactly these to components/client-intl.tsx, plus "form").
 * A client component that calls useTranslations outside these parts fails loudly in the e2e tests.
 */
const company = ["company", "nace", "sizeBands", "regions", "people.settings"];

export const clientNamespaces = {
  /** /companies, a company's page and its settings (each page passes them itself: the company's
   *  other parts have layouts of their own, and a ClientIntl around them all would ship both) */
  companies: company,
  /** a company's page: start buttons and the profile form (JsonForm's texts only) */
  companyPage: [],
  dashboard: [...company, "dashboard"],
  people: ["people"],
  /** the questionnaire (SurveyJS wrapper and save indicator): the answering page passes them itself, a result needs none */
  assessments: ["survey"],
  account: ["account", "auth"],
  auth: ["auth"],
  /** registration words the API's field errors itself (errors.<key>) */
  register: ["auth", "errors"],
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
