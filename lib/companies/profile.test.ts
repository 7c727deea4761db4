import { describe, it, expect } from "vitest";
import { contentRegistry } from "../content";
import { profileFacts, productionTypes, itCapacities, systemCodes, networkCodes } from "./profile";

describe("profileFacts (company profile summary)", () => {
  it("is null before a profile was submitted", () => {
    expect(profileFacts(null)).toBeNull();
    expect(profileFacts(undefined)).toBeNull();
    expect(profileFacts([])).toBeNull();
  });

  it("reads the planning facts of a submitted profile", () => {
    expect(
      profileFacts({ industry: "C", sizeBand: "10-49", productionType: "small-series", itCapacity: "part-time", systems: ["erp", "cad-cam"], erpName: " Sage 100 ", network: ["cluster"] }),
    ).toEqual({ productionType: "small-series", itCapacity: "part-time", systems: ["erp", "cad-cam"], erpName: "Sage 100", network: ["cluster"] });
  });

  it("drops unknown codes and odd values instead of failing, and the ERP name without ERP", () => {
    expect(profileFacts({ productionType: "mass", itCapacity: 3, systems: ["mes", "plc", 7], erpName: "SAP", network: "hub" })).toEqual({
      productionType: undefined,
      itCapacity: undefined,
      systems: ["mes"],
      network: [],
    });
  });

  it("knows exactly the codes the company-profile questionnaire offers", () => {
    const q = contentRegistry().latest("company-profile")!;
    const choices = (name: string) =>
      (q.survey.pages.flatMap((p) => p.elements).find((e) => e.name === name)!.choices as Array<{ value: string }>).map((c) => c.value);
    expect(choices("productionType")).toEqual([...productionTypes]);
    expect(choices("itCapacity")).toEqual([...itCapacities]);
    expect(choices("systems")).toEqual([...systemCodes]);
    expect(choices("network")).toEqual([...networkCodes]);
  });
});
