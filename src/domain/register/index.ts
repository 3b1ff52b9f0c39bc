// Registration: identity checks, masks, the registration form's rules and flags, case numbers.
export * from './id-number.js';
export * from './phone.js';
export * from './masking.js';
export * from './registration-codes.js';
export * from './registration.js';
export * from './party-input.js';
export * from './flags.js';
export * from './case-input.js';
export * from './case-number.js';
