export const commands = new Map();
export function registerCommand(name, command) {
    commands.set(name, command);
}
//# sourceMappingURL=registry.js.map