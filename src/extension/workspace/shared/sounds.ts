/**
 * Notification sounds (spec §2.9, §3.6), synthesized with the Web Audio API so that the extension
 * ships no audio files. Browsers allow sound only after the user has interacted with the page;
 * until then a sound is skipped silently rather than queued.
 */
import type { NotificationSound } from '../../common/settings';

/** A tone: frequency (Hz), start offset and length (s), peak gain. */
type Tone = readonly [frequency: number, start: number, length: number, gain: number];

const TONES: Record<Exclude<NotificationSound, 'none'>, readonly Tone[]> = {
  chime: [
    [880, 0, 0.25, 0.18],
    [1320, 0.12, 0.35, 0.14],
  ],
  bell: [
    [660, 0, 0.6, 0.2],
    [1320, 0, 0.4, 0.06],
  ],
  pop: [[520, 0, 0.09, 0.22]],
  ding: [[1175, 0, 0.3, 0.16]],
};

export const SOUND_LABELS: Record<NotificationSound, string> = {
  none: 'No sound',
  chime: 'Chime',
  bell: 'Bell',
  pop: 'Pop',
  ding: 'Ding',
};

let context: AudioContext | undefined;

/** Plays the sound; does nothing for `none`, without Web Audio, or before the user interacted. */
export function playSound(sound: NotificationSound): void {
  if (sound === 'none' || typeof AudioContext === 'undefined') return;
  context ??= new AudioContext();
  if (context.state === 'suspended') void context.resume().catch(() => undefined);
  const start = context.currentTime + 0.01;
  for (const [frequency, offset, length, gain] of TONES[sound]) {
    const oscillator = context.createOscillator();
    const envelope = context.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    envelope.gain.setValueAtTime(0.0001, start + offset);
    envelope.gain.exponentialRampToValueAtTime(gain, start + offset + 0.015);
    envelope.gain.exponentialRampToValueAtTime(0.0001, start + offset + length);
    oscillator.connect(envelope).connect(context.destination);
    oscillator.start(start + offset);
    oscillator.stop(start + offset + length + 0.02);
  }
}
