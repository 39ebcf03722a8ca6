import type { CallbackAttempt } from './callback-attempt.entity';
import { toCallbackDto, type CallbackNames } from './callback-mapper';
import type { CallbackRequest } from './callback-request.entity';

const names: CallbackNames = {
  user: (id) => ({ id, name: `user ${id}` }),
  department: (id) => ({ id, name: `department ${id}` }),
  contact: (conversationId) => ({ id: `contact of ${conversationId}`, displayName: 'Fenna de Groot' }),
};

const booked: CallbackRequest = {
  id: 'cb1',
  conversationId: 'c1',
  phone: '+31612345678',
  preferredMoment: 'na 14:00',
  note: 'Vraag over de aanslag',
  departmentId: null,
  status: 'open',
  outcome: null,
  outcomeNote: null,
  deadlineAt: new Date('2026-11-16T15:00:00.000Z'),
  atRiskAt: new Date('2026-11-16T11:00:00.000Z'),
  createdBy: 'u1',
  createdAt: new Date('2026-11-13T15:00:00.000Z'),
  completedAt: null,
  completedBy: null,
  firstReachedAt: null,
};

const attempt = (at: string, reached: boolean): CallbackAttempt => ({
  id: at,
  callbackId: 'cb1',
  at: new Date(at),
  attemptedBy: 'u2',
  reached,
  note: reached ? 'Gesproken' : 'Voicemail',
});

describe(toCallbackDto.name, () => {
  it('shows an open callback of the KCC with its citizen and who booked it', () => {
    expect(toCallbackDto(booked, [], names)).toEqual({
      id: 'cb1',
      conversationId: 'c1',
      contact: { id: 'contact of c1', displayName: 'Fenna de Groot' },
      phone: '+31612345678',
      preferredMoment: 'na 14:00',
      note: 'Vraag over de aanslag',
      department: null,
      status: 'open',
      outcome: null,
      outcomeNote: null,
      deadlineAt: '2026-11-16T15:00:00.000Z',
      atRiskAt: '2026-11-16T11:00:00.000Z',
      createdBy: { id: 'u1', name: 'user u1' },
      createdAt: '2026-11-13T15:00:00.000Z',
      completedAt: null,
      completedBy: null,
      firstReachedAt: null,
      attempts: [],
    });
  });

  it('shows a done callback of a department with its attempts oldest first', () => {
    const done: CallbackRequest = {
      ...booked,
      departmentId: 'd1',
      status: 'done',
      outcome: 'reached',
      outcomeNote: 'Opgelost',
      completedAt: new Date('2026-11-16T10:00:00.000Z'),
      completedBy: 'u2',
      firstReachedAt: new Date('2026-11-16T09:00:00.000Z'),
    };
    const dto = toCallbackDto(
      done,
      [attempt('2026-11-16T09:00:00.000Z', true), attempt('2026-11-13T16:00:00.000Z', false)],
      names,
    );
    expect(dto).toMatchObject({
      department: { id: 'd1', name: 'department d1' },
      completedBy: { id: 'u2', name: 'user u2' },
      completedAt: '2026-11-16T10:00:00.000Z',
      firstReachedAt: '2026-11-16T09:00:00.000Z',
    });
    expect(dto.attempts).toEqual([
      { at: '2026-11-13T16:00:00.000Z', by: { id: 'u2', name: 'user u2' }, reached: false, note: 'Voicemail' },
      { at: '2026-11-16T09:00:00.000Z', by: { id: 'u2', name: 'user u2' }, reached: true, note: 'Gesproken' },
    ]);
  });
});
