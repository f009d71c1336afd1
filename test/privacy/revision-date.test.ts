import { dateValue, findRevisionDate, isRevisionStatement } from "../../src/privacy/revision-date";

describe("findRevisionDate", () => {
  it.each([
    ["Date of most recent revision: 04/06/2021", "04/06/2021"],
    ["The last update on 18/05/2021. All rights reserved.", "18/05/2021"],
    ["*Last updated: 12 March 2024*", "12 March 2024"],
    ["Last revised on June 4, 2021.", "June 4, 2021"],
    ["Effective date: 2024-01-31", "2024-01-31"],
    ["Dernière mise à jour\u00a0: 3 février 2025", "3 février 2025"],
    ["Mis à jour le 01/02/2024", "01/02/2024"],
    ["Date de la dernière révision : 15.09.2023", "15.09.2023"],
    ["En vigueur à compter du 1er mars 2023", "1er mars 2023"],
  ])("finds %j", (text, expected) => {
    expect(findRevisionDate(text)).toBe(expected);
  });

  it("returns undefined when no date is stated", () => {
    expect(findRevisionDate("The date of the most recent revisions will appear on this page.")).toBeUndefined();
    expect(findRevisionDate("We were founded on 4 June 2001.")).toBeUndefined();
  });

  it("picks the most recent of several stated dates, reading numbers day-first", () => {
    expect(findRevisionDate("Last update on 18/05/2021.\nDate of most recent revision: 04/06/2021")).toBe("04/06/2021");
    expect(findRevisionDate("Last updated: 1 May 2020. Revised on 2 March 2023.")).toBe("2 March 2023");
  });

  it("reads numbers month-first when the document's own dates show it", () => {
    // 05/13 can only be May 13th, so 06/01 is June 1st (more recent), not January 6th.
    expect(findRevisionDate("Last updated 06/01/2021. Revised on 05/13/2021.")).toBe("06/01/2021");
  });

  it("tells revision statements from other sentences", () => {
    expect(isRevisionStatement("Last updated: 12 March 2024")).toBe(true);
    expect(isRevisionStatement("We keep data for 12 months.")).toBe(false);
  });
});

describe("dateValue", () => {
  it("reads French and English month names, ordinals and abbreviations", () => {
    const iso = (d: string) => new Date(dateValue(d) as number).toISOString().slice(0, 10);
    expect(iso("12 juillet 2024")).toBe("2024-07-12");
    expect(iso("1er mars 2023")).toBe("2023-03-01");
    expect(iso("Sept. 3, 2022")).toBe("2022-09-03");
    expect(iso("1st December 2020")).toBe("2020-12-01");
    expect(iso("04/06/2021")).toBe("2021-06-04");
    expect(iso("2024-01-31")).toBe("2024-01-31");
  });
});
