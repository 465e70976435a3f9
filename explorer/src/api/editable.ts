/** Generated from schema.graphql by `npm run explorer:types` (explorer/editing.ts); do not edit. */
import type { Editable } from '../../editing.ts';

export const editable: Editable = {
  "labels": {
    "AgendaItem": {
      "create": [
        {
          "name": "aliases",
          "type": "String",
          "list": true,
          "required": false,
          "description": "Other names the sources use for it."
        },
        {
          "name": "meeting",
          "type": "ID",
          "list": false,
          "required": true,
          "description": "The meeting whose agenda it is on. Its global ID; it cannot change once made."
        },
        {
          "name": "number",
          "type": "String",
          "list": false,
          "required": true,
          "description": "As printed, with sub-items lettered: \"1\", \"2a\"."
        },
        {
          "name": "title",
          "type": "String",
          "list": false,
          "required": true,
          "description": "As printed on the agenda."
        }
      ],
      "update": [
        {
          "name": "aliases",
          "type": "String",
          "list": true,
          "required": false,
          "description": "Other names the sources use for it."
        },
        {
          "name": "meeting",
          "type": "ID",
          "list": false,
          "required": false,
          "description": "The meeting whose agenda it is on. Its global ID; it cannot change once made."
        },
        {
          "name": "number",
          "type": "String",
          "list": false,
          "required": false,
          "description": "As printed, with sub-items lettered: \"1\", \"2a\"."
        },
        {
          "name": "title",
          "type": "String",
          "list": false,
          "required": false,
          "description": "As printed on the agenda."
        }
      ]
    },
    "Decision": {
      "create": [
        {
          "name": "aliases",
          "type": "String",
          "list": true,
          "required": false,
          "description": "Other names the sources use for it."
        },
        {
          "name": "key",
          "type": "String",
          "list": false,
          "required": true,
          "description": "Its key within its meeting, a slug, e.g. \"neampan-launched\"."
        },
        {
          "name": "kind",
          "type": "DecisionKind",
          "list": false,
          "required": true,
          "description": "What the meeting did.",
          "values": [
            "ADOPTED",
            "AGREED",
            "APPROVED",
            "COMMENDED",
            "CONCLUDED",
            "CONSIDERED",
            "CONTINUED",
            "DECIDED",
            "ENDORSED",
            "EXTENDED",
            "FORMALISED",
            "INVITED",
            "LAUNCHED",
            "NOTED",
            "OUTCOME",
            "REAFFIRMED",
            "RECOGNISED",
            "RECOMMENDED",
            "REQUESTED",
            "REVIEWED",
            "SUPPORTED",
            "WELCOMED"
          ]
        },
        {
          "name": "meeting",
          "type": "ID",
          "list": false,
          "required": true,
          "description": "The meeting that made it. Its global ID; it cannot change once made."
        },
        {
          "name": "summary",
          "type": "String",
          "list": false,
          "required": true,
          "description": "What was decided, in one sentence."
        }
      ],
      "update": [
        {
          "name": "aliases",
          "type": "String",
          "list": true,
          "required": false,
          "description": "Other names the sources use for it."
        },
        {
          "name": "key",
          "type": "String",
          "list": false,
          "required": false,
          "description": "Its key within its meeting, a slug, e.g. \"neampan-launched\"."
        },
        {
          "name": "kind",
          "type": "DecisionKind",
          "list": false,
          "required": false,
          "description": "What the meeting did.",
          "values": [
            "ADOPTED",
            "AGREED",
            "APPROVED",
            "COMMENDED",
            "CONCLUDED",
            "CONSIDERED",
            "CONTINUED",
            "DECIDED",
            "ENDORSED",
            "EXTENDED",
            "FORMALISED",
            "INVITED",
            "LAUNCHED",
            "NOTED",
            "OUTCOME",
            "REAFFIRMED",
            "RECOGNISED",
            "RECOMMENDED",
            "REQUESTED",
            "REVIEWED",
            "SUPPORTED",
            "WELCOMED"
          ]
        },
        {
          "name": "meeting",
          "type": "ID",
          "list": false,
          "required": false,
          "description": "The meeting that made it. Its global ID; it cannot change once made."
        },
        {
          "name": "summary",
          "type": "String",
          "list": false,
          "required": false,
          "description": "What was decided, in one sentence."
        }
      ]
    },
    "Event": {
      "create": [
        {
          "name": "aliases",
          "type": "String",
          "list": true,
          "required": false,
          "description": "Other names the sources use for it."
        },
        {
          "name": "endDate",
          "type": "Date",
          "list": false,
          "required": false,
          "description": "Last day, where known."
        },
        {
          "name": "kind",
          "type": "String",
          "list": false,
          "required": true,
          "description": "e.g. \"symposium\", \"committee meeting\", \"anniversary\"."
        },
        {
          "name": "name",
          "type": "String",
          "list": false,
          "required": true,
          "description": "Its name."
        },
        {
          "name": "number",
          "type": "Int",
          "list": false,
          "required": false,
          "description": "Its number in a numbered series, e.g. 3 for the 3rd Science and Policy Committee meeting."
        },
        {
          "name": "online",
          "type": "Boolean",
          "list": false,
          "required": false,
          "description": "True when it was held online."
        },
        {
          "name": "slug",
          "type": "String",
          "list": false,
          "required": true,
          "description": "Its key."
        },
        {
          "name": "startDate",
          "type": "Date",
          "list": false,
          "required": false,
          "description": "First day, where known."
        },
        {
          "name": "summary",
          "type": "String",
          "list": false,
          "required": false,
          "description": "What the event was."
        }
      ],
      "update": [
        {
          "name": "aliases",
          "type": "String",
          "list": true,
          "required": false,
          "description": "Other names the sources use for it."
        },
        {
          "name": "endDate",
          "type": "Date",
          "list": false,
          "required": false,
          "description": "Last day, where known."
        },
        {
          "name": "kind",
          "type": "String",
          "list": false,
          "required": false,
          "description": "e.g. \"symposium\", \"committee meeting\", \"anniversary\"."
        },
        {
          "name": "name",
          "type": "String",
          "list": false,
          "required": false,
          "description": "Its name."
        },
        {
          "name": "number",
          "type": "Int",
          "list": false,
          "required": false,
          "description": "Its number in a numbered series, e.g. 3 for the 3rd Science and Policy Committee meeting."
        },
        {
          "name": "online",
          "type": "Boolean",
          "list": false,
          "required": false,
          "description": "True when it was held online."
        },
        {
          "name": "slug",
          "type": "String",
          "list": false,
          "required": false,
          "description": "Its key."
        },
        {
          "name": "startDate",
          "type": "Date",
          "list": false,
          "required": false,
          "description": "First day, where known."
        },
        {
          "name": "summary",
          "type": "String",
          "list": false,
          "required": false,
          "description": "What the event was."
        }
      ]
    },
    "Meeting": {
      "create": [
        {
          "name": "aliases",
          "type": "String",
          "list": true,
          "required": false,
          "description": "Other names the sources use for it."
        },
        {
          "name": "certainty",
          "type": "String",
          "list": false,
          "required": false,
          "description": "UNCERTAIN when the sources disagree on its dates or place."
        },
        {
          "name": "endDate",
          "type": "Date",
          "list": false,
          "required": false,
          "description": "Last day; null when no source gives it."
        },
        {
          "name": "number",
          "type": "Int",
          "list": false,
          "required": true,
          "description": "The SOM number: 18 for SOM-18."
        },
        {
          "name": "online",
          "type": "Boolean",
          "list": false,
          "required": false,
          "description": "True when it was held online."
        },
        {
          "name": "startDate",
          "type": "Date",
          "list": false,
          "required": false,
          "description": "First day; null when no source gives it (a meeting known only by its number, see `coverage.date`)."
        },
        {
          "name": "summary",
          "type": "String",
          "list": false,
          "required": false,
          "description": "What the meeting was about."
        },
        {
          "name": "title",
          "type": "String",
          "list": false,
          "required": true,
          "description": "e.g. \"18th Senior Officials Meeting\"."
        }
      ],
      "update": [
        {
          "name": "aliases",
          "type": "String",
          "list": true,
          "required": false,
          "description": "Other names the sources use for it."
        },
        {
          "name": "certainty",
          "type": "String",
          "list": false,
          "required": false,
          "description": "UNCERTAIN when the sources disagree on its dates or place."
        },
        {
          "name": "endDate",
          "type": "Date",
          "list": false,
          "required": false,
          "description": "Last day; null when no source gives it."
        },
        {
          "name": "number",
          "type": "Int",
          "list": false,
          "required": false,
          "description": "The SOM number: 18 for SOM-18."
        },
        {
          "name": "online",
          "type": "Boolean",
          "list": false,
          "required": false,
          "description": "True when it was held online."
        },
        {
          "name": "startDate",
          "type": "Date",
          "list": false,
          "required": false,
          "description": "First day; null when no source gives it (a meeting known only by its number, see `coverage.date`)."
        },
        {
          "name": "summary",
          "type": "String",
          "list": false,
          "required": false,
          "description": "What the meeting was about."
        },
        {
          "name": "title",
          "type": "String",
          "list": false,
          "required": false,
          "description": "e.g. \"18th Senior Officials Meeting\"."
        }
      ]
    },
    "MemberState": {
      "create": [
        {
          "name": "aliases",
          "type": "String",
          "list": true,
          "required": false,
          "description": "Other names the sources use for it."
        },
        {
          "name": "iso3",
          "type": "String",
          "list": false,
          "required": true,
          "description": "ISO 3166 alpha-3 code, e.g. \"KOR\"."
        },
        {
          "name": "name",
          "type": "String",
          "list": false,
          "required": true,
          "description": "Its name."
        }
      ],
      "update": [
        {
          "name": "aliases",
          "type": "String",
          "list": true,
          "required": false,
          "description": "Other names the sources use for it."
        },
        {
          "name": "iso3",
          "type": "String",
          "list": false,
          "required": false,
          "description": "ISO 3166 alpha-3 code, e.g. \"KOR\"."
        },
        {
          "name": "name",
          "type": "String",
          "list": false,
          "required": false,
          "description": "Its name."
        }
      ]
    },
    "Network": {
      "create": [
        {
          "name": "acronym",
          "type": "String",
          "list": false,
          "required": false,
          "description": "Its acronym, e.g. \"NEAMPAN\" (null for a network without one)."
        },
        {
          "name": "aliases",
          "type": "String",
          "list": true,
          "required": false,
          "description": "Other names the sources use for it."
        },
        {
          "name": "key",
          "type": "String",
          "list": false,
          "required": true,
          "description": "Its key, e.g. \"som-18-report\"."
        },
        {
          "name": "name",
          "type": "String",
          "list": false,
          "required": true,
          "description": "Its name."
        },
        {
          "name": "summary",
          "type": "String",
          "list": false,
          "required": false,
          "description": "What the network is and does."
        }
      ],
      "update": [
        {
          "name": "acronym",
          "type": "String",
          "list": false,
          "required": false,
          "description": "Its acronym, e.g. \"NEAMPAN\" (null for a network without one)."
        },
        {
          "name": "aliases",
          "type": "String",
          "list": true,
          "required": false,
          "description": "Other names the sources use for it."
        },
        {
          "name": "key",
          "type": "String",
          "list": false,
          "required": false,
          "description": "Its key, e.g. \"som-18-report\"."
        },
        {
          "name": "name",
          "type": "String",
          "list": false,
          "required": false,
          "description": "Its name."
        },
        {
          "name": "summary",
          "type": "String",
          "list": false,
          "required": false,
          "description": "What the network is and does."
        }
      ]
    },
    "Organisation": {
      "create": [
        {
          "name": "acronym",
          "type": "String",
          "list": false,
          "required": false,
          "description": "Its acronym, where a source gives one."
        },
        {
          "name": "aliases",
          "type": "String",
          "list": true,
          "required": false,
          "description": "Other names the sources use for it."
        },
        {
          "name": "established",
          "type": "String",
          "list": false,
          "required": false,
          "description": "When it was set up or opened, as precisely as a source says: a year (\"1994\"), a month (\"1994-09\") or a day (\"2010-05-17\"); null where no source says."
        },
        {
          "name": "name",
          "type": "String",
          "list": false,
          "required": true,
          "description": "Its name."
        },
        {
          "name": "slug",
          "type": "String",
          "list": false,
          "required": true,
          "description": "Its key, e.g. \"cass\"."
        },
        {
          "name": "summary",
          "type": "String",
          "list": false,
          "required": false,
          "description": "What it is and does for NEASPEC."
        }
      ],
      "update": [
        {
          "name": "acronym",
          "type": "String",
          "list": false,
          "required": false,
          "description": "Its acronym, where a source gives one."
        },
        {
          "name": "aliases",
          "type": "String",
          "list": true,
          "required": false,
          "description": "Other names the sources use for it."
        },
        {
          "name": "established",
          "type": "String",
          "list": false,
          "required": false,
          "description": "When it was set up or opened, as precisely as a source says: a year (\"1994\"), a month (\"1994-09\") or a day (\"2010-05-17\"); null where no source says."
        },
        {
          "name": "name",
          "type": "String",
          "list": false,
          "required": false,
          "description": "Its name."
        },
        {
          "name": "slug",
          "type": "String",
          "list": false,
          "required": false,
          "description": "Its key, e.g. \"cass\"."
        },
        {
          "name": "summary",
          "type": "String",
          "list": false,
          "required": false,
          "description": "What it is and does for NEASPEC."
        }
      ]
    },
    "Person": {
      "create": [
        {
          "name": "aliases",
          "type": "String",
          "list": true,
          "required": false,
          "description": "Other names the sources use for it."
        },
        {
          "name": "name",
          "type": "String",
          "list": false,
          "required": true,
          "description": "Its name."
        },
        {
          "name": "slug",
          "type": "String",
          "list": false,
          "required": true,
          "description": "Its key, e.g. \"yun-hyunsoo\"."
        }
      ],
      "update": [
        {
          "name": "aliases",
          "type": "String",
          "list": true,
          "required": false,
          "description": "Other names the sources use for it."
        },
        {
          "name": "name",
          "type": "String",
          "list": false,
          "required": false,
          "description": "Its name."
        },
        {
          "name": "slug",
          "type": "String",
          "list": false,
          "required": false,
          "description": "Its key, e.g. \"yun-hyunsoo\"."
        }
      ]
    },
    "Place": {
      "create": [
        {
          "name": "aliases",
          "type": "String",
          "list": true,
          "required": false,
          "description": "Other names the sources use for it."
        },
        {
          "name": "kind",
          "type": "String",
          "list": false,
          "required": true,
          "description": "City or region."
        },
        {
          "name": "name",
          "type": "String",
          "list": false,
          "required": true,
          "description": "Its name."
        },
        {
          "name": "slug",
          "type": "String",
          "list": false,
          "required": true,
          "description": "Its key, e.g. \"ulaanbaatar\"."
        }
      ],
      "update": [
        {
          "name": "aliases",
          "type": "String",
          "list": true,
          "required": false,
          "description": "Other names the sources use for it."
        },
        {
          "name": "kind",
          "type": "String",
          "list": false,
          "required": false,
          "description": "City or region."
        },
        {
          "name": "name",
          "type": "String",
          "list": false,
          "required": false,
          "description": "Its name."
        },
        {
          "name": "slug",
          "type": "String",
          "list": false,
          "required": false,
          "description": "Its key, e.g. \"ulaanbaatar\"."
        }
      ]
    },
    "Programme": {
      "create": [
        {
          "name": "aliases",
          "type": "String",
          "list": true,
          "required": false,
          "description": "Other names the sources use for it."
        },
        {
          "name": "name",
          "type": "String",
          "list": false,
          "required": true,
          "description": "Its name."
        },
        {
          "name": "slug",
          "type": "String",
          "list": false,
          "required": true,
          "description": "Its key, e.g. \"marine-protected-areas\"."
        },
        {
          "name": "summary",
          "type": "String",
          "list": false,
          "required": false,
          "description": "What the programme area covers."
        }
      ],
      "update": [
        {
          "name": "aliases",
          "type": "String",
          "list": true,
          "required": false,
          "description": "Other names the sources use for it."
        },
        {
          "name": "name",
          "type": "String",
          "list": false,
          "required": false,
          "description": "Its name."
        },
        {
          "name": "slug",
          "type": "String",
          "list": false,
          "required": false,
          "description": "Its key, e.g. \"marine-protected-areas\"."
        },
        {
          "name": "summary",
          "type": "String",
          "list": false,
          "required": false,
          "description": "What the programme area covers."
        }
      ]
    },
    "Project": {
      "create": [
        {
          "name": "aliases",
          "type": "String",
          "list": true,
          "required": false,
          "description": "Other names the sources use for it."
        },
        {
          "name": "name",
          "type": "String",
          "list": false,
          "required": true,
          "description": "Its name."
        },
        {
          "name": "slug",
          "type": "String",
          "list": false,
          "required": true,
          "description": "Its key, e.g. \"amur-tiger-leopard-dna-analysis\"."
        },
        {
          "name": "summary",
          "type": "String",
          "list": false,
          "required": false,
          "description": "What the project does."
        }
      ],
      "update": [
        {
          "name": "aliases",
          "type": "String",
          "list": true,
          "required": false,
          "description": "Other names the sources use for it."
        },
        {
          "name": "name",
          "type": "String",
          "list": false,
          "required": false,
          "description": "Its name."
        },
        {
          "name": "slug",
          "type": "String",
          "list": false,
          "required": false,
          "description": "Its key, e.g. \"amur-tiger-leopard-dna-analysis\"."
        },
        {
          "name": "summary",
          "type": "String",
          "list": false,
          "required": false,
          "description": "What the project does."
        }
      ]
    },
    "Publication": {
      "create": [
        {
          "name": "aliases",
          "type": "String",
          "list": true,
          "required": false,
          "description": "Other names the sources use for it."
        },
        {
          "name": "author",
          "type": "String",
          "list": false,
          "required": false,
          "description": "Who wrote it, where a source says."
        },
        {
          "name": "publisher",
          "type": "String",
          "list": false,
          "required": false,
          "description": "Who published it, where a source says."
        },
        {
          "name": "reference",
          "type": "String",
          "list": false,
          "required": false,
          "description": "Its document symbol, e.g. \"ST/ESCAP/2495\"."
        },
        {
          "name": "slug",
          "type": "String",
          "list": false,
          "required": true,
          "description": "Its key, e.g. \"saving-the-flagship-species\"."
        },
        {
          "name": "title",
          "type": "String",
          "list": false,
          "required": true,
          "description": "Its title."
        },
        {
          "name": "url",
          "type": "String",
          "list": false,
          "required": false,
          "description": "Where to read it."
        },
        {
          "name": "year",
          "type": "Int",
          "list": false,
          "required": false,
          "description": "The year it was published, where a source gives it."
        }
      ],
      "update": [
        {
          "name": "aliases",
          "type": "String",
          "list": true,
          "required": false,
          "description": "Other names the sources use for it."
        },
        {
          "name": "author",
          "type": "String",
          "list": false,
          "required": false,
          "description": "Who wrote it, where a source says."
        },
        {
          "name": "publisher",
          "type": "String",
          "list": false,
          "required": false,
          "description": "Who published it, where a source says."
        },
        {
          "name": "reference",
          "type": "String",
          "list": false,
          "required": false,
          "description": "Its document symbol, e.g. \"ST/ESCAP/2495\"."
        },
        {
          "name": "slug",
          "type": "String",
          "list": false,
          "required": false,
          "description": "Its key, e.g. \"saving-the-flagship-species\"."
        },
        {
          "name": "title",
          "type": "String",
          "list": false,
          "required": false,
          "description": "Its title."
        },
        {
          "name": "url",
          "type": "String",
          "list": false,
          "required": false,
          "description": "Where to read it."
        },
        {
          "name": "year",
          "type": "Int",
          "list": false,
          "required": false,
          "description": "The year it was published, where a source gives it."
        }
      ]
    },
    "Source": {
      "create": [
        {
          "name": "aliases",
          "type": "String",
          "list": true,
          "required": false,
          "description": "Other names the sources use for it."
        },
        {
          "name": "announces",
          "type": "Boolean",
          "list": false,
          "required": false,
          "description": "True when the page only announces what it is about (a programme, \"will be held\") and reports none of it as done: what such pages alone support is recorded as announced, never as held."
        },
        {
          "name": "author",
          "type": "String",
          "list": false,
          "required": false,
          "description": "Who wrote it."
        },
        {
          "name": "date",
          "type": "String",
          "list": false,
          "required": false,
          "description": "When it was published or dated, as precisely as it says: a year (\"1992\"), a month (\"2025-09\") or a day (\"2024-12-13\")."
        },
        {
          "name": "key",
          "type": "String",
          "list": false,
          "required": true,
          "description": "Its key, e.g. \"som-18-report\"."
        },
        {
          "name": "kind",
          "type": "String",
          "list": false,
          "required": true,
          "description": "Web page or document."
        },
        {
          "name": "publisher",
          "type": "String",
          "list": false,
          "required": false,
          "description": "Who published it."
        },
        {
          "name": "reference",
          "type": "String",
          "list": false,
          "required": false,
          "description": "Its document symbol, e.g. \"ST/ESCAP/2495\"."
        },
        {
          "name": "text",
          "type": "String",
          "list": false,
          "required": false,
          "description": "Its full text, when the graph holds it (quotes in evidence are exact parts of it)."
        },
        {
          "name": "title",
          "type": "String",
          "list": false,
          "required": true,
          "description": "Its title."
        },
        {
          "name": "url",
          "type": "String",
          "list": false,
          "required": false,
          "description": "Where to read it."
        }
      ],
      "update": [
        {
          "name": "aliases",
          "type": "String",
          "list": true,
          "required": false,
          "description": "Other names the sources use for it."
        },
        {
          "name": "announces",
          "type": "Boolean",
          "list": false,
          "required": false,
          "description": "True when the page only announces what it is about (a programme, \"will be held\") and reports none of it as done: what such pages alone support is recorded as announced, never as held."
        },
        {
          "name": "author",
          "type": "String",
          "list": false,
          "required": false,
          "description": "Who wrote it."
        },
        {
          "name": "date",
          "type": "String",
          "list": false,
          "required": false,
          "description": "When it was published or dated, as precisely as it says: a year (\"1992\"), a month (\"2025-09\") or a day (\"2024-12-13\")."
        },
        {
          "name": "key",
          "type": "String",
          "list": false,
          "required": false,
          "description": "Its key, e.g. \"som-18-report\"."
        },
        {
          "name": "kind",
          "type": "String",
          "list": false,
          "required": false,
          "description": "Web page or document."
        },
        {
          "name": "publisher",
          "type": "String",
          "list": false,
          "required": false,
          "description": "Who published it."
        },
        {
          "name": "reference",
          "type": "String",
          "list": false,
          "required": false,
          "description": "Its document symbol, e.g. \"ST/ESCAP/2495\"."
        },
        {
          "name": "text",
          "type": "String",
          "list": false,
          "required": false,
          "description": "Its full text, when the graph holds it (quotes in evidence are exact parts of it)."
        },
        {
          "name": "title",
          "type": "String",
          "list": false,
          "required": false,
          "description": "Its title."
        },
        {
          "name": "url",
          "type": "String",
          "list": false,
          "required": false,
          "description": "Where to read it."
        }
      ]
    },
    "Species": {
      "create": [
        {
          "name": "aliases",
          "type": "String",
          "list": true,
          "required": false,
          "description": "Other names the sources use for it."
        },
        {
          "name": "commonName",
          "type": "String",
          "list": false,
          "required": true,
          "description": "Its common name, e.g. \"Amur leopard\"."
        },
        {
          "name": "scientificName",
          "type": "String",
          "list": false,
          "required": false,
          "description": "Its scientific name, where a source gives it."
        },
        {
          "name": "slug",
          "type": "String",
          "list": false,
          "required": true,
          "description": "Its key, e.g. \"amur-leopard\"."
        }
      ],
      "update": [
        {
          "name": "aliases",
          "type": "String",
          "list": true,
          "required": false,
          "description": "Other names the sources use for it."
        },
        {
          "name": "commonName",
          "type": "String",
          "list": false,
          "required": false,
          "description": "Its common name, e.g. \"Amur leopard\"."
        },
        {
          "name": "scientificName",
          "type": "String",
          "list": false,
          "required": false,
          "description": "Its scientific name, where a source gives it."
        },
        {
          "name": "slug",
          "type": "String",
          "list": false,
          "required": false,
          "description": "Its key, e.g. \"amur-leopard\"."
        }
      ]
    }
  },
  "relationships": {
    "Attended": [],
    "BasedIn": [],
    "Commemorated": [],
    "Concerns": [],
    "ContributesTo": [
      {
        "name": "role",
        "type": "String",
        "list": false,
        "required": true,
        "description": "The part an organisation plays in a project (CONTRIBUTES_TO), e.g. \"funder\"."
      }
    ],
    "Convened": [],
    "Covers": [],
    "DocumentedIn": [],
    "Funded": [
      {
        "name": "amount",
        "type": "Int",
        "list": false,
        "required": false,
        "description": "How much it gave (FUNDED), in `currency`, where a source states it."
      },
      {
        "name": "currency",
        "type": "String",
        "list": false,
        "required": false,
        "description": "The currency of `amount` (FUNDED), as the source writes it, e.g. \"USD\"."
      },
      {
        "name": "years",
        "type": "String",
        "list": false,
        "required": false,
        "description": "The years the funding covers (FUNDED), as the source states them, e.g. \"2006-2010\"."
      }
    ],
    "HasAgendaItem": [],
    "HasAnnex": [],
    "HeldIn": [],
    "HeldRole": [
      {
        "name": "date",
        "type": "String",
        "list": false,
        "required": false,
        "description": "When a source names the person in the role (HELD_ROLE): a day, a month or a year, e.g. \"2023-11-23\"."
      },
      {
        "name": "role",
        "type": "String",
        "list": false,
        "required": true,
        "description": "The title of the public role a source names a person in (HELD_ROLE), e.g. \"Director-General for Climate, Environment and Science Diplomacy\"."
      }
    ],
    "Hosted": [],
    "LocatedIn": [],
    "MadeAt": [],
    "MemberOf": [
      {
        "name": "role",
        "type": "String",
        "list": false,
        "required": false,
        "description": "How the State takes part (MEMBER_OF, PARTICIPATES_IN), where a source says, e.g. \"nominated sites\"; several ways are joined by \"; \"."
      },
      {
        "name": "sites",
        "type": "Int",
        "list": false,
        "required": false,
        "description": "How many sites of the network the State has nominated (MEMBER_OF), where a source counts them: NEAMPAN's target MPAs."
      }
    ],
    "Observed": [],
    "Organised": [],
    "PartOf": [],
    "ParticipatesIn": [
      {
        "name": "role",
        "type": "String",
        "list": false,
        "required": false,
        "description": "How the State takes part (MEMBER_OF, PARTICIPATES_IN), where a source says, e.g. \"nominated sites\"; several ways are joined by \"; \"."
      }
    ],
    "Proposed": [],
    "ReportsOn": [],
    "Reviews": [],
    "Targets": [],
    "TechnicalCentreOf": [],
    "TookPartIn": [
      {
        "name": "part",
        "type": "String",
        "list": false,
        "required": true,
        "description": "The part a person took in a meeting or event (TOOK_PART_IN), e.g. \"chaired the meeting\"."
      }
    ]
  },
  "identifying": {
    "HeldRole": [
      "date",
      "role"
    ]
  }
};
