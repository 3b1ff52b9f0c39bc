// 领导接访 rota rules.
export * from './rota.js';
