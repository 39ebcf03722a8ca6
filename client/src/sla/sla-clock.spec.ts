import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { createSlaClock } from './sla-clock';

describe(createSlaClock.name, () => {
  let time: number;
  const readTime = () => time;

  beforeEach(() => {
    jest.useFakeTimers();
    time = Date.parse('2026-10-26T10:00:00.000Z');
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  it('ticks while someone listens, and stops when nobody does', () => {
    const sut = createSlaClock(readTime, 15_000);
    const listener = jest.fn();
    const unsubscribe = sut.subscribe(listener);
    time += 15_000;
    jest.advanceTimersByTime(15_000);
    expect(sut.now().toISOString()).toBe('2026-10-26T10:00:15.000Z');
    expect(listener).toHaveBeenCalledTimes(1);

    unsubscribe();
    time += 15_000;
    jest.advanceTimersByTime(15_000);
    expect(sut.now().toISOString()).toBe('2026-10-26T10:00:15.000Z');
  });

  it('catches up with the time as soon as someone listens again', () => {
    const sut = createSlaClock(readTime, 15_000);
    time += 3_600_000;
    sut.subscribe(() => undefined);
    expect(sut.now().toISOString()).toBe('2026-10-26T11:00:00.000Z');
  });

  it('keeps the same Date while the time stands still, as React needs of a snapshot', () => {
    const sut = createSlaClock(readTime, 15_000);
    sut.subscribe(() => undefined);
    jest.advanceTimersByTime(15_000);
    expect(sut.now()).toBe(sut.now());
  });

  it('moves to the moment the server announced, also when this computer lags a few seconds', () => {
    const sut = createSlaClock(readTime, 15_000);
    sut.advanceTo(new Date('2026-10-26T10:00:02.000Z'));
    expect(sut.now().toISOString()).toBe('2026-10-26T10:00:02.000Z');
    // The next tick reads 10:00:01 here: the clock does not go back, the state does not flicker.
    sut.subscribe(() => undefined);
    time += 1_000;
    jest.advanceTimersByTime(15_000);
    expect(sut.now().toISOString()).toBe('2026-10-26T10:00:02.000Z');
  });

  it('moves to the present for an announcement about a moment already past', () => {
    const sut = createSlaClock(readTime, 15_000);
    time += 10_000;
    sut.advanceTo(new Date('2026-10-26T10:00:05.000Z'));
    expect(sut.now().toISOString()).toBe('2026-10-26T10:00:10.000Z');
  });

  it('is not pulled further ahead than a minute by a moment far in the future', () => {
    const sut = createSlaClock(readTime, 15_000);
    sut.advanceTo(new Date('2026-10-27T10:00:00.000Z'));
    expect(sut.now().toISOString()).toBe('2026-10-26T10:01:00.000Z');
  });

  it('reads the time at once when asked, between ticks', () => {
    const sut = createSlaClock(readTime, 15_000);
    const listener = jest.fn();
    sut.subscribe(listener);
    time += 7_000;
    sut.tick();
    expect(sut.now().toISOString()).toBe('2026-10-26T10:00:07.000Z');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('follows the system clock when it was set back', () => {
    const sut = createSlaClock(readTime, 15_000);
    sut.subscribe(() => undefined);
    time -= 3_600_000;
    jest.advanceTimersByTime(15_000);
    expect(sut.now().toISOString()).toBe('2026-10-26T09:00:00.000Z');
  });
});
