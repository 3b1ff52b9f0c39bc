// Print-ready HTML of case sheets (信访登记表, 呈批件). Serve with PRINTOUT_CSP as the Content-Security-Policy.
export type { AccusedView, CaseSheetView, PetitionerView } from './case-sheet-view.js';
export { escapeHtml, escapeMultiline } from './escape-html.js';
export { PRINTOUT_CSP, htmlPage } from './page.js';
export { registrationForm } from './registration-form.js';
export { approvalSheet } from './approval-sheet.js';
