/**
 * How the id of a node of each label is made, declared once: the dataset compiler and curation
 * both make ids here. Most labels are known by their key (a slug, an ISO code, a network's
 * acronym or slug, a source's id); a meeting by its SOM number (`som-18`); what belongs to a
 * meeting by the meeting and its own key (`som-18/neampan-launched`, `som-18/2a`).
 */
import { entityOf, type Label } from './entities.ts';

/** The id of Senior Officials Meeting number `number`: SOM-18 is `som-18`. */
export const meetingId = (number: number) => `som-${number}`;

/** The id of decision `key` of a meeting: `som-18/neampan-launched`. */
export const decisionId = (meeting: number, key: string) => `${meetingId(meeting)}/${key}`;

/** The id of agenda item `number` of a meeting: `som-18/2a`. */
export const agendaItemId = (meeting: number, number: string) => `${meetingId(meeting)}/${number}`;

/** What names a node of a label: the field holding its key, and the meeting it belongs to. */
export interface Identity {
  /** The field of the label's key: `slug`, `iso3`, `number`, or `key` where the API shows none. */
  field: string;
  /** Its id is the meeting's id, a slash, and its key (agenda items, decisions). */
  withinMeeting: boolean;
}

/** Labels whose nodes belong to a meeting, and the field of their key within it. */
const ofMeeting: Partial<Record<Label, string>> = { AgendaItem: 'number', Decision: 'key' };

export function identityOf(label: Label): Identity {
  const within = ofMeeting[label];
  if (within !== undefined) return { field: within, withinMeeting: true };
  if (label === 'Meeting') return { field: 'number', withinMeeting: false };
  return { field: entityOf(label).key?.field ?? 'key', withinMeeting: false };
}

/** The id of the node of `label` with key `key` (within the meeting with id `meeting`). */
export function nodeIdOf(label: Label, key: string | number, meeting?: string): string {
  if (label === 'Meeting') return meetingId(Number(key));
  if (identityOf(label).withinMeeting) return `${meeting}/${key}`;
  return String(key);
}
