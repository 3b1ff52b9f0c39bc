// 考核: target agreements, scores, vetoes, scorecards.
export * from './assessment.js';
