import { describe, expect, it } from 'vitest';
import { CASE_STATES, TERMINAL_STATES } from './states.js';
import { QUEUE_DEFINITIONS, QUEUES, queuesFor } from './queues.js';

describe('work queues', () => {
  it('never puts one state in two queues, and holds no finished case', () => {
    const seen = new Map<string, string>();
    for (const q of QUEUES)
      for (const s of QUEUE_DEFINITIONS[q].states) {
        expect(seen.get(s), `${s} in ${q} and ${seen.get(s)}`).toBeUndefined();
        expect(TERMINAL_STATES).not.toContain(s);
        expect(CASE_STATES).toContain(s);
        seen.set(s, q);
      }
  });
  it('shows a leader the cases waiting for an instruction, a handler those in handling', () => {
    expect(queuesFor(['leader'])).toContain('toInstruct');
    expect(queuesFor(['handler'])).toEqual(expect.arrayContaining(['handling', 'toReply']));
    expect(queuesFor(['analyst'])).toEqual([]);
  });
});
