import { type SearchHit, search } from '../graph/search.ts';
import { builder } from './builder.ts';
import { badInput, checkRange } from './errors.ts';

const maxSearchLength = 200;
const maxSearchHits = 50;

const SearchHitRef = builder.objectRef<SearchHit>('SearchHit').implement({
  description: 'An object whose names, aliases or summary match the search, and how well.',
  fields: (t) => ({
    score: t.float({ description: 'Relevance: higher is better.', resolve: (hit) => hit.score }),
    node: t.field({
      type: builder.nodeInterfaceRef(),
      description: 'The object found (every object is also an Entity: `... on Entity { name }`).',
      resolve: (hit) => hit.node,
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
    resolve: (_root, { text, first }, { graph }) => {
      if (text.length > maxSearchLength)
        throw badInput('text', `at most ${maxSearchLength} characters, got ${text.length}`);
      checkRange('first', first, 1, maxSearchHits);
      return search(graph.reader, text, first ?? 10);
    },
  }),
);
