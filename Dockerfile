# The API image. docker-compose.yml runs it next to neo4j:5.26-community.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# The explorer page is built below, once its sources are here (npm ci would build it first).
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY explorer ./explorer
RUN npm run build && npm run explorer:build && npm prune --omit=dev

FROM node:24-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000 LOG_FORMAT=json
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/explorer/dist ./explorer/dist
COPY cypher ./cypher
COPY data ./data
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:4000/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The heap limit follows MEMORY_BUDGET_MB (src/config.ts, heapLimitMb).
CMD ["sh", "-c", "exec node --max-old-space-size=$(( ${MEMORY_BUDGET_MB:-512} / 2 )) dist/main.js"]
