export * from './codes.js';
export * from './region-index.js';
export type { CascaderOption } from './cascader.js';
