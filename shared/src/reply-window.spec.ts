import { replyWindow } from './reply-window';

const last = new Date('2026-10-23T13:00:00Z'); // Friday 15:00 in Amsterdam
const at = (hours: number) => new Date(last.getTime() + hours * 3_600_000);

describe(replyWindow.name, () => {
  it('keeps WhatsApp open for 24 hours after the citizen last wrote, then asks for a template', () => {
    expect(replyWindow('whatsapp', last, at(23.9))).toEqual({ state: 'open', until: at(24), templatesRequired: false });
    expect(replyWindow('whatsapp', last, at(24))).toEqual({ state: 'closed', until: null, templatesRequired: true });
    // Friday afternoon's question, answered on Monday within the SLA: only a template can go out.
    expect(replyWindow('whatsapp', last, at(66)).templatesRequired).toBe(true);
  });

  it('allows Messenger replies with the HUMAN_AGENT tag up to 7 days', () => {
    expect(replyWindow('messenger', last, at(25)).state).toBe('tagged');
    expect(replyWindow('messenger', last, at(7 * 24)).state).toBe('closed');
    expect(replyWindow('messenger', last, at(7 * 24)).templatesRequired).toBe(false);
  });

  it('has no window on e-mail and X', () => {
    expect(replyWindow('email', null, at(1000)).state).toBe('always');
    expect(replyWindow('twitter', last, at(1000)).state).toBe('always');
  });
});
