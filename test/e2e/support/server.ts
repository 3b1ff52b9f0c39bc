// The e2e tests start the real, built server as a child process. One implementation serves the API-over-HTTP
// helpers and the browser tests: it lives in test/support/server.ts (also used by the durability test).
export { DEMO_PASSWORD, freePort, httpLogin, startServer, type RunningServer } from '../../support/server.js';
