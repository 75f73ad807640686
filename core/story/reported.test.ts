import { describe, expect, it } from 'vitest';
import { reportedDaysBack } from './reported';

describe('reportedDaysBack', () => {
  it('reads the earliest recent day an article reports, from weekdays, "yesterday" and days of the year', () => {
    // 2025-06-16 is a Monday: "samedi" is two days before.
    expect(reportedDaysBack('Samedi, les secouristes ont atteint la galerie ; lundi, les mineurs sont sortis.', '2025-06-16')).toBe(2);
    expect(reportedDaysBack('The dam gave way yesterday, officials said.', '2025-06-16')).toBe(1);
    expect(reportedDaysBack('Les pompiers sont intervenus le 14 juin au soir.', '2025-06-16')).toBe(2);
    // A day the article is published on says nothing before it.
    expect(reportedDaysBack('On Monday the port reopened.', '2025-06-16')).toBe(0);
  });

  it('leaves out older days (background), coming days and undated articles', () => {
    expect(reportedDaysBack('La catastrophe du 3 mai 1998 avait fait 40 morts.', '2025-06-16')).toBe(0);
    expect(reportedDaysBack('Les syndicats appellent à une nouvelle journée le 24 juin.', '2025-06-16')).toBe(0);
    expect(reportedDaysBack('Samedi, les secouristes ont atteint la galerie.', undefined)).toBe(0);
    // Early January reads a late-December day in the year before.
    expect(reportedDaysBack('Le 30 décembre, la digue a cédé.', '2026-01-02')).toBe(3);
  });
});
