import {
  agendaItemId,
  decisionId,
  meetingId,
  type SubjectList,
  subjectLabels,
  withMeetingAliases,
} from '../../model/facts.ts';
import type { FactChecker } from '../checker.ts';
import type { LoadedDataset } from '../load.ts';
import { type Compilation, listed, single } from './compilation.ts';

type MeetingFile = LoadedDataset['meetings'][number];
type Content = MeetingFile['content'];

/** Claims the ids of a meeting file: the meeting, its agenda items and its decisions. */
export function registerMeeting(c: Compilation, { file, content }: MeetingFile): void {
  const { number } = content.meeting;
  const named = /som-0*(\d+)\.yaml$/.exec(file)?.[1];
  if (named !== undefined && Number(named) !== number)
    c.checker(file).problem(
      'meeting.number',
      `the file is named for SOM-${named} but holds SOM-${number}`,
    );
  c.register('Meeting', meetingId(number), file, 'meeting.number');
  content.agenda.forEach((item, i) => {
    c.register('AgendaItem', agendaItemId(number, item.number), file, `agenda[${i}].number`);
  });
  content.decisions.forEach((decision, i) => {
    c.register('Decision', decisionId(number, decision.key), file, `decisions[${i}].key`);
  });
}

/** A meeting: where, when, who hosted and attended, its documents, agenda and decisions. */
export function compileMeeting(c: Compilation, { file, content }: MeetingFile): void {
  const check = c.checker(file);
  compileMeetingEntry(c, check, content);
  const { meeting, decisions } = content;
  const outcomes = [
    ...(decisions.length > 0 ? ['decisions'] : []),
    ...(meeting.attendance.length > 0 ? ['meeting.attendance'] : []),
    ...(meeting.observers.length > 0 ? ['meeting.observers'] : []),
  ];
  check.announced(meeting.summary, outcomes, meeting.evidence, 'meeting');
  compileAgenda(c, check, content);
  compileDecisions(c, check, content);
}

function compileMeetingEntry(c: Compilation, check: FactChecker, content: Content) {
  const { meeting } = content;
  const id = meetingId(meeting.number);
  check.dates(meeting.startDate, meeting.endDate, 'meeting.endDate');
  check.placement(meeting.city, meeting.online, 'meeting.city');
  check.online(meeting.online, meeting.evidence, 'meeting.online');
  check.certainty(meeting.certainty, meeting.evidence, 'meeting.certainty');
  // The meeting's own evidence also supports its city and its documents; with the evidence of
  // what it had none of, it supports that too.
  const evidence = check.evidence(meeting.evidence, 'meeting.evidence');
  const recorded = {
    city: meeting.city !== undefined || meeting.online,
    host: meeting.host !== undefined,
    attendance: meeting.attendance.length > 0,
    agenda: content.agenda.length > 0,
    decisions: content.decisions.length > 0,
  };
  const { none: groups, ...values } = meeting;
  const none = { groups, recorded, here: 'meeting' };
  c.nodeStatingNone(check, 'Meeting', id, withMeetingAliases(values), none, evidence);
  c.linkTo(check, 'HELD_IN', id, single(meeting.city, 'meeting.city'), evidence);
  c.linkTo(check, 'DOCUMENTED_IN', id, listed(meeting.documents, 'meeting.documents'), evidence);

  const host = c.singleLink(check, meeting.host, 'state', 'meeting.host');
  if (meeting.host !== undefined) check.host(meeting.host.evidence, 'meeting.host.evidence');
  c.linkFrom(check, 'HOSTED', host.targets, id, host.evidence);

  for (const g of c.groups(check, meeting.attendance, 'states', 'meeting.attendance')) {
    check.attendance(g.group.states, g.group.evidence, `${g.path}.states`);
    c.linkFrom(check, 'ATTENDED', g.targets, id, g.evidence);
  }
  for (const g of c.groups(check, meeting.observers, 'organisations', 'meeting.observers'))
    c.linkFrom(check, 'OBSERVED', g.targets, id, g.evidence);
  for (const g of c.groups(check, meeting.commemorates, 'events', 'meeting.commemorates'))
    c.linkTo(check, 'COMMEMORATED', id, g.targets, g.evidence);
}

function compileAgenda(c: Compilation, check: FactChecker, { meeting, agenda }: Content) {
  const id = meetingId(meeting.number);
  // The item's evidence supports it, its place on the agenda, what it reviews and its annexes.
  c.entries(check, 'agenda', agenda, (item, here, evidence, index) => {
    const itemId = agendaItemId(meeting.number, item.number);
    check.agendaReviews(item.title, item.reviews, `${here}.reviews`);
    if (evidence) {
      c.node('AgendaItem', itemId, { ...item, position: index + 1 }, evidence);
      c.link('HAS_AGENDA_ITEM', id, itemId, evidence);
    }
    c.linkTo(check, 'REVIEWS', itemId, listed(item.reviews, `${here}.reviews`), evidence);
    c.linkTo(check, 'HAS_ANNEX', itemId, listed(item.annexes, `${here}.annexes`), evidence);
  });
}

function compileDecisions(c: Compilation, check: FactChecker, { meeting, decisions }: Content) {
  // The decision's evidence supports it, its meeting, its subjects and its proposer.
  c.entries(check, 'decisions', decisions, (decision, here, evidence, index) => {
    const id = decisionId(meeting.number, decision.key);
    check.decisionKind(decision.kind, decision.evidence, `${here}.kind`);
    if (evidence) {
      c.node('Decision', id, { ...decision, position: index + 1 }, evidence);
      c.link('MADE_AT', id, meetingId(meeting.number), evidence);
    }
    for (const [list, label] of Object.entries(subjectLabels)) {
      const targets = listed(decision.subjects[list as SubjectList], `${here}.subjects.${list}`);
      c.linkTo(check, 'CONCERNS', id, targets, evidence, { far: [label] });
    }
    const proposer = single(decision.proposedBy, `${here}.proposedBy`);
    c.linkFrom(check, 'PROPOSED', proposer, id, evidence);
  });
}
