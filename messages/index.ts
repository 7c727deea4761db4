/**
 * All UI texts, German first, English second. Each feature keeps its own namespace file
 * (messages/<locale>/<feature>.json); they are merged here at the top level, so a feature file
 * must not repeat a top-level key of another; "errors" is the one key that several files may bring
 * (merged below). A unit test checks that
 * both languages have exactly the same keys.
 */
import deCore from "./de/core.json";
import enCore from "./en/core.json";
import deContent from "./de/content.json";
import enContent from "./en/content.json";
import deDashboard from "./de/dashboard.json";
import enDashboard from "./en/dashboard.json";
import dePlan from "./de/plan.json";
import enPlan from "./en/plan.json";
import dePeople from "./de/people.json";
import enPeople from "./en/people.json";
import deGuests from "./de/guests.json";
import enGuests from "./en/guests.json";
import deWorkshops from "./de/workshops.json";
import enWorkshops from "./en/workshops.json";
import deCooperation from "./de/cooperation.json";
import enCooperation from "./en/cooperation.json";

// a feature file may bring its own "errors"; they are merged into the one errors namespace
const { errors: dePeopleErrors, ...dePeopleRest } = dePeople;
const { errors: enPeopleErrors, ...enPeopleRest } = enPeople;
const { errors: deGuestsErrors, ...deGuestsRest } = deGuests;
const { errors: enGuestsErrors, ...enGuestsRest } = enGuests;
const { errors: deWorkshopsErrors, ...deWorkshopsRest } = deWorkshops;
const { errors: enWorkshopsErrors, ...enWorkshopsRest } = enWorkshops;
const { errors: deCooperationErrors, ...deCooperationRest } = deCooperation;
const { errors: enCooperationErrors, ...enCooperationRest } = enCooperation;

export const de = { ...deCore, ...deContent, ...deDashboard, ...dePlan, ...dePeopleRest, ...deGuestsRest, ...deWorkshopsRest, ...deCooperationRest, errors: { ...deCore.errors, ...dePeopleErrors, ...deGuestsErrors, ...deWorkshopsErrors, ...deCooperationErrors } };
export const en: typeof de = { ...enCore, ...enContent, ...enDashboard, ...enPlan, ...enPeopleRest, ...enGuestsRest, ...enWorkshopsRest, ...enCooperationRest, errors: { ...enCore.errors, ...enPeopleErrors, ...enGuestsErrors, ...enWorkshopsErrors, ...enCooperationErrors } };
