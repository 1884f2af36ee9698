export function today(ports) {
    return ports.now().toISOString().slice(0, 10);
}
//# sourceMappingURL=ports.js.map