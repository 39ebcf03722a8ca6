import { describe, expect, it } from '@jest/globals';
import type { TopicDto } from '@ingang/shared';
import { nextActiveIndex, pickerOptions } from './topic-picker';

const topic = (id: string, name: string, sortOrder: number): TopicDto => ({
  id,
  name,
  active: true,
  sortOrder,
  createdAt: '2026-01-05T09:00:00.000Z',
  updatedAt: '2026-01-05T09:00:00.000Z',
});
const afval = topic('1', 'Afval', 0);
const paspoort = topic('2', 'Paspoort en ID-kaart', 1);
const parkeren = topic('3', 'Parkeren', 2);
const cafes = topic('4', 'Cafés en terrassen', 3);
const all = [afval, paspoort, parkeren, cafes];

describe(pickerOptions.name, () => {
  it('offers every topic not yet chosen, in list order, when nothing is typed', () => {
    expect(pickerOptions(all, [paspoort], '')).toEqual([afval, parkeren, cafes]);
  });

  it('narrows to names containing what was typed, regardless of case and accents', () => {
    expect(pickerOptions(all, [], 'PA')).toEqual([paspoort, parkeren]);
    expect(pickerOptions(all, [], ' id-kaart ')).toEqual([paspoort]);
    expect(pickerOptions(all, [], 'cafe')).toEqual([cafes]);
    expect(pickerOptions(all, [], 'pàrk')).toEqual([parkeren]);
  });

  it('offers nothing when nothing matches or everything is chosen', () => {
    expect(pickerOptions(all, [], 'zwemmen')).toEqual([]);
    expect(pickerOptions(all, all, '')).toEqual([]);
  });
});

describe(nextActiveIndex.name, () => {
  it('goes down and up through the options, round at either end', () => {
    expect(nextActiveIndex(-1, 3, 'ArrowDown')).toBe(0);
    expect(nextActiveIndex(0, 3, 'ArrowDown')).toBe(1);
    expect(nextActiveIndex(2, 3, 'ArrowDown')).toBe(0);
    expect(nextActiveIndex(1, 3, 'ArrowUp')).toBe(0);
    expect(nextActiveIndex(0, 3, 'ArrowUp')).toBe(2);
    expect(nextActiveIndex(-1, 3, 'ArrowUp')).toBe(2);
  });

  it('jumps to the first and the last option', () => {
    expect(nextActiveIndex(1, 3, 'Home')).toBe(0);
    expect(nextActiveIndex(1, 3, 'End')).toBe(2);
  });

  it('has no active option when there are none', () => {
    expect(nextActiveIndex(0, 0, 'ArrowDown')).toBe(-1);
  });
});
