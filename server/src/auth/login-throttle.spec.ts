import { LoginThrottle } from './login-throttle';

describe(LoginThrottle.name, () => {
  it('blocks a key after too many failures within 15 minutes, and forgets them after', () => {
    const sut = new LoginThrottle(3);
    const t0 = 1_000_000;
    sut.recordFailure(['ip:a'], t0);
    sut.recordFailure(['ip:a'], t0 + 1);
    expect(sut.isBlocked(['ip:a'], t0 + 2)).toBe(false);
    sut.recordFailure(['ip:a'], t0 + 2);
    expect(sut.isBlocked(['ip:a', 'email:x'], t0 + 3)).toBe(true);
    expect(sut.isBlocked(['ip:b'], t0 + 3)).toBe(false);
    expect(sut.isBlocked(['ip:a'], t0 + 15 * 60_000 + 3)).toBe(false);
  });

  it('clears a key after a successful login', () => {
    const sut = new LoginThrottle(1);
    sut.recordFailure(['email:x'], 0);
    sut.reset(['email:x']);
    expect(sut.isBlocked(['email:x'], 1)).toBe(false);
  });
});
