export { buildApp, type BuildAppOptions } from './app.js';
export { startServer, type RunningServer, type StartServerOptions } from './start-server.js';
export { readServerConfig, serverConfigSchema, type ServerConfig } from './config.js';
export { type AppContext } from './context.js';
export { demoLogin, loadDemo } from './demo/load-demo.js';
export { hashPassword } from './auth/passwords.js';
