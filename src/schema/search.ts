import { fromRow } from '../graph/plan.ts';
import { hitPlan, luceneQuery, searchStatement } from '../graph/search.ts';
import { builder, type Row } from './builder.ts';
import { badInput, checkRange } from './errors.ts';
import { planned, rooted } from './planned.ts';
import { Node } from './refs.ts';

const maxSearchLength = 200;
const maxSearchHits = 50;

const SearchHitRef = builder.objectRef<Row>('SearchHit').implement({
  description: 'An object whose names, aliases or summary match the search, and how well.',
  fields: (t) => ({
    score: t.float({
      description: 'Relevance: higher is better.',
      ...planned(fromRow('score')),
    }),
    node: t.field({
      type: Node,
      description: 'The object found (every object is also an Entity: `... on Entity { name }`).',
      ...planned(hitPlan),
    }),
  }),
});

builder.queryField('search', (t) =>
  t.field({
    type: [SearchHitRef],
    description:
      'Full-text search over names, aliases, acronyms and summaries of everything in the graph, best first. Words are matched whole or as the start of a longer word; search syntax in the text is taken literally.',
    args: {
      text: t.arg.string({
        required: true,
        description: `What to look for (at most ${maxSearchLength} characters).`,
      }),
      first: t.arg.int({ defaultValue: 10, description: `How many hits (1 to ${maxSearchHits}).` }),
    },
    ...rooted<Row[]>({
      plan: (selected) => {
        const { text, first } = selected.args as { text: string; first: number };
        if (text.length > maxSearchLength)
          throw badInput('text', `at most ${maxSearchLength} characters, got ${text.length}`);
        checkRange('first', first, 1, maxSearchHits);
        const query = luceneQuery(text);
        return query === undefined ? { value: [] } : searchStatement(query, first, selected);
      },
      fanOut: (selected) => Math.min(Number(selected.args.first ?? 10), maxSearchHits),
    }),
  }),
);
