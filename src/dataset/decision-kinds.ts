/**
 * What a meeting can do with a matter, named by the verb its sources use, and the forms of that
 * verb a source writes. A decision takes its kind from the source's verb; `OUTCOME` is for an
 * outcome whose source names none, so its evidence must use none of these verbs (the rule and
 * the kinds are one table and cannot drift apart).
 */
export const decisionKindTable = {
  LAUNCHED: {
    verbs: ['launch', 'launched', 'launching'],
    description: 'Launched a network, platform, partnership or project.',
  },
  ENDORSED: {
    verbs: ['endorse', 'endorsed', 'endorsing'],
    description: 'Endorsed a proposal, project, plan or text.',
  },
  DECIDED: {
    verbs: ['decide', 'decided', 'deciding', 'decision', 'decisions'],
    description: 'Decided to do something.',
  },
  REAFFIRMED: {
    verbs: ['reaffirm', 'reaffirmed', 'reaffirming'],
    description: 'Reaffirmed its support or a need.',
  },
  ADOPTED: {
    verbs: ['adopt', 'adopted', 'adopting'],
    description: 'Adopted a text: a statement, resolution, plan or rules.',
  },
  APPROVED: {
    verbs: ['approve', 'approved', 'approving'],
    description: 'Approved a project, proposal or budget.',
  },
  NOTED: {
    verbs: ['noted', 'noting', 'took note'],
    description: 'Took note of a proposal, report or plan.',
  },
  REQUESTED: {
    verbs: ['request', 'requested', 'requesting'],
    description: 'Asked someone to do something.',
  },
  REVIEWED: {
    verbs: ['review', 'reviewed', 'reviewing'],
    description: 'Reviewed work under way.',
  },
  FORMALISED: {
    verbs: ['formalise', 'formalised', 'formalising', 'formalize', 'formalized', 'formalizing'],
    description: 'Formalised how something works.',
  },
  EXTENDED: {
    verbs: ['extend', 'extended', 'extending'],
    description: 'Extended something to new members or places.',
  },
  CONTINUED: {
    verbs: ['continued'],
    description: 'Continued work under way.',
  },
  AGREED: {
    verbs: ['agree', 'agreed', 'agreeing'],
    description: 'Agreed on a course of action.',
  },
  RECOGNISED: {
    verbs: ['recognise', 'recognised', 'recognize', 'recognized'],
    description: 'Recognised the value or relevance of something.',
  },
  INVITED: {
    verbs: ['invite', 'invited', 'inviting'],
    description: 'Invited member States or others to act.',
  },
  WELCOMED: {
    verbs: ['welcome', 'welcomed', 'welcoming'],
    description: 'Welcomed an offer, announcement or plan.',
  },
  SUPPORTED: {
    verbs: ['support', 'supported', 'supporting'],
    description: 'Supported programmes, activities or plans.',
  },
  COMMENDED: {
    verbs: ['commend', 'commended', 'commending'],
    description: 'Commended progress or outcomes.',
  },
  CONCLUDED: {
    verbs: ['conclude', 'concluded', 'concluding'],
    description: 'Concluded to do something.',
  },
  RECOMMENDED: {
    verbs: ['recommend', 'recommended', 'recommending'],
    description: 'Recommended a course of action.',
  },
  CONSIDERED: {
    verbs: ['consider', 'considered', 'considering'],
    description: 'Considered proposals put to the meeting.',
  },
  OUTCOME: {
    verbs: [],
    description: 'An outcome the sources list without saying how the meeting reached it.',
  },
} as const satisfies Record<string, { verbs: readonly string[]; description: string }>;

export type DecisionKind = keyof typeof decisionKindTable;
export const decisionKinds = Object.keys(decisionKindTable) as [DecisionKind, ...DecisionKind[]];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each verb form as a whole word (or words), whatever its case. */
const verbPatterns = decisionKinds.flatMap((kind) =>
  decisionKindTable[kind].verbs.map((verb) => ({
    kind,
    verb,
    pattern: new RegExp(`\\b${escapeRegExp(verb).replace(/ /g, '\\s+')}\\b`, 'i'),
  })),
);

/** The first decision verb `text` uses and the kind it names, if any. */
export function decisionVerbIn(text: string): { kind: DecisionKind; verb: string } | undefined {
  const found = verbPatterns.find(({ pattern }) => pattern.test(text));
  return found && { kind: found.kind, verb: found.verb };
}
