import { easterSunday } from './easter-sunday';

describe(easterSunday.name, () => {
  it.each([
    [1818, 3, 22], // the earliest possible date
    [1943, 4, 25], // the latest possible date
    [2000, 4, 23],
    [2008, 3, 23],
    [2019, 4, 21],
    [2024, 3, 31],
    [2025, 4, 20],
    [2026, 4, 5],
    [2027, 3, 28],
    [2038, 4, 25],
    [2285, 3, 22],
  ])('puts Easter %i on %i/%i', (year, month, day) => {
    expect(easterSunday(year)).toEqual({ year, month, day });
  });

  it('always falls between 22 March and 25 April', () => {
    for (let year = 1583; year <= 4099; year++) {
      const { month, day } = easterSunday(year);
      expect(month * 100 + day).toBeGreaterThanOrEqual(322);
      expect(month * 100 + day).toBeLessThanOrEqual(425);
    }
  });
});
