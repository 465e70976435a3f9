/** The errors a curation mutation answers with, as typed results rather than failures. */

export interface InputProblem {
  /** Where in the input, e.g. `input.evidence[0].quote`. */
  field: string;
  message: string;
}

/** The input breaks a rule of the dataset (the same rules an import applies); nothing was written. */
export class InvalidInputError extends Error {
  override name = 'InvalidInputError';

  readonly problems: readonly InputProblem[];

  constructor(problems: readonly InputProblem[]) {
    super(
      `The input was refused: ${problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ')}`,
    );
    this.problems = problems;
  }
}

/** What the mutation should act on is not in the graph; nothing was written. */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

/**
 * A change cannot be reverted: a fact it changed has changed since (named, with the later change
 * that changed it); nothing was written.
 */
export class ConflictError extends Error {
  override name = 'ConflictError';

  /** The fact, e.g. `Project amur-tiger-leopard-dna-analysis` or `PRK -[MEMBER_OF]-> NEACAP`. */
  readonly fact: string;
  /** The id of the later change to it, where history has one. */
  readonly change: string | undefined;

  constructor(message: string, fact: string, change: string | undefined) {
    super(message);
    this.fact = fact;
    this.change = change;
  }
}
