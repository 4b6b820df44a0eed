// The registry itself: well-formed, unambiguous, and complete for the menus.
import { describe, expect, it } from 'vitest';
import { COMMANDS, commandKeys, NEED_HINTS, parseChord, type Platform } from '../../../shared/commands';

describe('the command registry', () => {
  it('has unique ids and titles', () => {
    expect(new Set(COMMANDS.map((c) => c.id)).size).toBe(COMMANDS.length);
    expect(new Set(COMMANDS.map((c) => c.title)).size).toBe(COMMANDS.length);
  });

  it.each<Platform>(['mac', 'other'])('binds no chord to two commands on %s, and every chord parses', (platform) => {
    const owners = new Map<string, string>();
    for (const command of COMMANDS) {
      for (const chord of commandKeys(command, platform)) {
        const parsed = JSON.stringify(parseChord(chord));
        expect(owners.get(parsed), `${chord} of ${command.id}`).toBeUndefined();
        owners.set(parsed, command.id);
      }
    }
  });

  it('says why each need is unmet', () => {
    for (const command of COMMANDS) if (command.needs) expect(NEED_HINTS[command.needs]).toMatch(/first\.$/);
  });

  it('never lets a plain key act while the analyst types', () => {
    for (const command of COMMANDS) {
      const plain = commandKeys(command, 'other').some((chord) => !parseChord(chord).mod && !parseChord(chord).ctrl);
      if (plain) expect(command.whileTyping ?? false, command.id).toBe(false);
    }
  });
});
