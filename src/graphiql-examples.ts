/** The operations GraphiQL opens with, one tab each: the questions people come to ask. */

/** GraphiQL names each tab after its operation. */
export const examples: { query: string }[] = [
  {
    query: `# Which member States take part in which network, project and programme area,
# and how (directly, or through one of its networks or projects), with the evidence.
# The same table as CSV: /export/csv/participation.csv; every export is listed at /export.
query WhichStatesJoinWhichProgramme {
  participation {
    state { iso3 name }
    kind
    target {
      __typename
      ... on Programme { name }
      ... on Network { acronym name }
      ... on Project { name }
    }
    through { ... on Entity { name } }
    evidence { quote note source { title url } }
  }
}`,
  },
  {
    query: `# What the 18th Senior Officials Meeting decided, on whose proposal, and about what.
query WhatSom18Decided {
  meeting(number: 18) {
    title
    startDate
    endDate
    city { name }
    hostState { name }
    agenda { number title reviews { name } }
    decisions {
      kind
      summary
      proposedBy { name }
      subjects { __typename ... on Entity { name } }
      evidence { quote source { title } }
    }
  }
}`,
  },
  {
    query: `# The member States of the North-East Asian Marine Protected Areas Network, the
# programme area it belongs to, and the decision that launched it.
query NeampanMembers {
  network(acronym: "NEAMPAN") {
    name
    programme { name }
    memberStates { iso3 name }
    launchedAt { summary meeting { title startDate } }
    relationships(types: [MEMBER_OF]) {
      from { name }
      evidence { quote }
    }
  }
}`,
  },
  {
    query: `# The shortest chain of relationships from Mongolia to NEAMPAN, each step with its
# evidence. Name the ends by key (an ISO code, an acronym, "SOM-18", a slug) or by the id
# of any object the API returned; \`types\` may limit the relationships it follows.
query HowMongoliaConnectsToNeampan {
  path(from: "MNG", to: "NEAMPAN") {
    length
    nodes { __typename ... on Entity { name } }
    relationships {
      type
      from { name }
      to { name }
      evidence { quote note }
    }
  }
}`,
  },
  {
    query: `# Full-text search, a page of meetings, and the counts a dashboard shows.
query SearchMeetingsAndCounts {
  search(text: "Amur leopard", first: 5) {
    score
    node { __typename ... on Entity { name } }
  }
  meetings(first: 5, fromYear: 2013) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { number title year city { name } } }
  }
  stats {
    nodeCounts { label count }
    decisionsByKind { kind count }
    decisionsByYear { year count }
  }
}`,
  },
];
