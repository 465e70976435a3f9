/** Who is signed in: what a client shows before offering to edit. */
import { builder } from './builder.ts';

const Viewer = builder
  .objectRef<{ name: string; roles: string[]; editor: boolean }>('Viewer')
  .implement({
    description: 'Who sent the request, from their token.',
    fields: (t) => ({
      name: t.exposeString('name', { description: "The token's subject." }),
      roles: t.exposeStringList('roles', { description: 'The roles the token carries.' }),
      editor: t.exposeBoolean('editor', {
        description: 'True when the token carries the editor role: mutations are open to it.',
      }),
    }),
  });

builder.queryField('viewer', (t) =>
  t.field({
    type: Viewer,
    nullable: true,
    description: 'Who is signed in: null when the request sent no token.',
    resolve: (_root, _args, { viewer, editorRole }) =>
      viewer && {
        name: viewer.subject,
        roles: viewer.roles,
        editor: viewer.roles.includes(editorRole),
      },
  }),
);
