export const inSentence = (label) => (/^[A-Z][a-z]/.test(label) ? label[0]?.toLowerCase() + label.slice(1) : label);
//# sourceMappingURL=sentence.js.map