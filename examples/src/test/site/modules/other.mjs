// A second module for importing several at once.
export const answer = 42;
